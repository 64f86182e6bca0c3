"""Data layer: Peewee models, connection, migrations and queries. Never imports Qt or desktop."""
