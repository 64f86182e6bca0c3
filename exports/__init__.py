"""Pure writers and readers (Excel, PDF). Plain data in and out; never Qt, never Peewee."""
from exports.errors import Cancelled, ExportError

__all__ = ["Cancelled", "ExportError"]
