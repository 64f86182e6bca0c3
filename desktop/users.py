"""Users, roles, passwords and sign-in.

Roles: ``admin`` (everything), ``clerk`` (edits within the scope unit and everything under
it), ``viewer`` (reads and exports). A single-user install asks for no sign-in until a second
user exists or the database is a shared PostgreSQL server. Passwords are hashed with scrypt
(memory-hard, in the standard library); repeated failures lock the account for a while.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from db.audit import write_audit
from db.connection import is_postgres, write_transaction
from db.models import User, utcnow
from desktop.context import LOCAL_ADMIN, Actor
from desktop.errors_domain import StaleRecord
from desktop.permissions import require_admin
from vn.text import clean_text, normalize_name

ROLES = ("admin", "clerk", "viewer")
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# scrypt cost: 2^14 * 8 * 128 bytes = 16 MiB per hash, ~50 ms on an office PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class AuthError(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    scope_unit_id: int | None
    active: bool
    locked_until: dt.datetime | None
    can_see_citizen_id: bool
    version: int
    failed_logins: int = 0
    scope_name: str = ""  # the scope unit's name, joined in for lists

    def locked(self, now: dt.datetime | None = None) -> bool:
        """Locked out after too many wrong passwords (until ``locked_until``, UTC)."""
        return bool(self.locked_until and self.locked_until > (now or utcnow()))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=64 * 1024 * 1024, dklen=32,
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
            p=int(p), maxmem=64 * 1024 * 1024, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _info(u: User, scope_name: str = "") -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.role, u.scope_unit_id, u.active,
                    u.locked_until, u.can_see_citizen_id, u.version, u.failed_logins,
                    scope_name)


def _actor(u: User) -> Actor:
    return Actor(
        user_id=u.id,
        username=u.username,
        role=u.role,
        scope_unit_id=u.scope_unit_id,
        can_see_citizen_id=u.role == "admin" or u.can_see_citizen_id,
    )


def list_users() -> list[UserInfo]:
    from db.models import AdminUnit

    names = dict(
        AdminUnit.select(AdminUnit.id, AdminUnit.name)
        .join(User, on=(User.scope_unit == AdminUnit.id)).tuples()
    )
    return [_info(u, names.get(u.scope_unit_id, ""))
            for u in User.select().order_by(User.username)]


def login_required() -> bool:
    """Sign-in is asked once a second user exists, or on a shared server once any user does.

    With no user at all, the installer acts as the local administrator so the first
    administrator account can be created (on a server the database credentials gate that).
    """
    active = User.select().where(User.active == True).count()
    return active >= 2 or (is_postgres() and active >= 1)


def default_actor() -> Actor:
    """Who acts when no sign-in is required: the only user, else the local administrator."""
    only = User.select().where(User.active == True).first()
    return _actor(only) if only else LOCAL_ADMIN


def _check_password_rules(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AuthError("auth.password_too_short", minimum=MIN_PASSWORD)


def create_user(
    actor: Actor,
    *,
    username: str,
    password: str,
    role: str = "clerk",
    full_name: str = "",
    scope_unit_id: int | None = None,
    can_see_citizen_id: bool = False,
) -> UserInfo:
    # The very first account may be created by the local administrator of a fresh install.
    require_admin(actor)
    username = clean_text(username).lower()
    if not username or " " in username:
        raise AuthError("auth.bad_username", username=username)
    if role not in ROLES:
        raise AuthError("auth.bad_role", role=role)
    if role == "clerk" and scope_unit_id is None:
        raise AuthError("auth.clerk_needs_scope", username=username)
    _check_password_rules(password)
    if User.select().where(User.username == username).exists():
        raise AuthError("auth.username_taken", username=username)
    with write_transaction():
        user_id = User.insert(
            username=username,
            full_name=normalize_name(full_name),
            password_hash=hash_password(password),
            role=role,
            scope_unit=scope_unit_id,
            can_see_citizen_id=can_see_citizen_id,
        ).execute()
        write_audit(
            user_id=actor.user_id, username=actor.username, action="create", entity="user",
            entity_id=user_id, unit_id=scope_unit_id,
            after={"username": username, "role": role, "scope_unit_id": scope_unit_id,
                   "can_see_citizen_id": can_see_citizen_id},
        )
    return _info(User.get_by_id(user_id))


def authenticate(username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a sign-in; counts failures and locks the account after ``MAX_FAILURES``."""
    now = now or utcnow()
    username = clean_text(username).lower()
    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        # Same answer as a wrong password: don't reveal which usernames exist.
        raise AuthError("auth.bad_credentials")
    if user.locked_until and user.locked_until > now:
        raise AuthError("auth.locked", until=user.locked_until, username=username)
    if not verify_password(password, user.password_hash):
        failures = user.failed_logins + 1
        locked = now + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        with write_transaction():  # committed before refusing: the count must survive
            User.update(
                failed_logins=0 if locked else User.failed_logins + 1, locked_until=locked
            ).where(User.id == user.id).execute()
            write_audit(user_id=user.id, username=username, action="login_failed",
                        entity="user", entity_id=user.id,
                        note="locked" if locked else f"failures={failures}")
        if locked:
            raise AuthError("auth.locked", until=locked, username=username)
        raise AuthError("auth.bad_credentials")
    with write_transaction():
        User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
        write_audit(user_id=user.id, username=username, action="login", entity="user",
                    entity_id=user.id)
    return _actor(User.get_by_id(user.id))


def change_password(actor: Actor, old_password: str, new_password: str) -> None:
    user = User.get_or_none(User.id == actor.user_id)
    if user is None or not verify_password(old_password, user.password_hash):
        raise AuthError("auth.bad_credentials")
    _check_password_rules(new_password)
    with write_transaction():
        User.update(password_hash=hash_password(new_password), version=User.version + 1,
                    updated_at=utcnow()).where(User.id == user.id).execute()
        write_audit(user_id=user.id, username=user.username, action="update", entity="user",
                    entity_id=user.id, note="password changed")


def _versioned(query, user_id: int, expected_version: int) -> None:
    """Run a user UPDATE only on ``expected_version`` (``StaleRecord`` when it changed)."""
    if not query.where(User.version == expected_version).execute():
        current = User.get_or_none(User.id == user_id)
        raise StaleRecord("user", user_id, _info(current).__dict__ if current else None)


def reset_password(
    actor: Actor, user_id: int, new_password: str, *, expected_version: int
) -> None:
    """An administrator sets a new password and lifts a lock.

    ``expected_version`` is the user's version as listed: ``StaleRecord`` when another
    administrator changed the account since.
    """
    require_admin(actor)
    _check_password_rules(new_password)
    with write_transaction():
        _versioned(
            User.update(password_hash=hash_password(new_password), failed_logins=0,
                        locked_until=None, version=User.version + 1,
                        updated_at=utcnow()).where(User.id == user_id),
            user_id, expected_version,
        )
        write_audit(user_id=actor.user_id, username=actor.username, action="update",
                    entity="user", entity_id=user_id, note="password reset")


def set_active(
    actor: Actor, user_id: int, active: bool, *, expected_version: int
) -> None:
    """(De)activate an account; ``expected_version`` as for :func:`reset_password`."""
    require_admin(actor)
    target = User.get_or_none(User.id == user_id)
    if target is not None and not active and target.role == "admin" and target.active:
        others = User.select().where((User.role == "admin") & (User.active == True)
                                     & (User.id != user_id)).count()
        if others == 0:
            raise AuthError("auth.last_admin", username=target.username)
    with write_transaction():
        _versioned(
            User.update(active=active, version=User.version + 1,
                        updated_at=utcnow()).where(User.id == user_id),
            user_id, expected_version,
        )
        write_audit(user_id=actor.user_id, username=actor.username, action="update",
                    entity="user", entity_id=user_id, after={"active": active})


def unlock_user(actor: Actor, user_id: int, *, expected_version: int) -> None:
    """An administrator lifts a lockout after wrong passwords (the password stays);
    ``expected_version`` as for :func:`reset_password`."""
    require_admin(actor)
    with write_transaction():
        _versioned(
            User.update(failed_logins=0, locked_until=None, version=User.version + 1,
                        updated_at=utcnow()).where(User.id == user_id),
            user_id, expected_version,
        )
        write_audit(user_id=actor.user_id, username=actor.username, action="update",
                    entity="user", entity_id=user_id, note="unlocked")
