"""The application core of Sổ Tổ CNSCĐ: services, rules and the CLI. Never imports Qt."""
