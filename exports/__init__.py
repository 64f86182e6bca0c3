"""Pure writers and readers (Excel, PDF). Plain data in and out; never Qt, never Peewee."""
