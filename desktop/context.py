"""Who is acting: every service call takes an :class:`Actor` so permissions and the audit
trail are decided in one place, for the GUI and the CLI alike."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str = "admin"  # 'admin' | 'clerk' | 'viewer'
    scope_unit_id: int | None = None  # None: everything
    can_see_citizen_id: bool = True

    @property
    def can_write(self) -> bool:
        return self.role in ("admin", "clerk")


# A single-user install with no accounts acts as this local administrator.
LOCAL_ADMIN = Actor(user_id=None, username="quantri", role="admin")
SYSTEM = Actor(user_id=None, username="he-thong", role="admin")
