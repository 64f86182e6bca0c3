"""Fixtures of the service tests (``area``: a small unit tree with actors)."""
from tests.desktop.service_fixtures import area  # noqa: F401
