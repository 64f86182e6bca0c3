"""The application core of Sổ Tổ CNSCĐ: services, rules and the CLI. Never imports Qt."""
import db  # noqa: F401 - first, so peewee is imported without the PostgreSQL drivers
