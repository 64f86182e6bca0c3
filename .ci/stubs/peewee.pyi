# peewee as untyped (Any) for mypy. peewee 4 ships stubs (peewee-stubs) that type a query
# read with .tuples() or .dicts() as yielding model instances and do not know the implicit
# ``id`` primary key, which made ~450 false errors in db/. Like openpyxl and reportlab
# (no stubs at all), peewee is checked as Any until its stubs describe those calls.
from typing import Any

def __getattr__(name: str) -> Any: ...
