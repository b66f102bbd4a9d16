"""Where a server's password comes from when its address has none: the system keyring first
(macOS Keychain, Windows Credential Manager, the Secret Service on Linux; stored there by
``tabayun server password`` or Preferences → Shared server), then libpq's own places, the
``~/.pgpass`` file and the service file, which the driver reads by itself. Never the settings
file: an address typed with a password in it is saved without it (app.settings).

A keyring entry is named by the account it opens: ``user@host:port/database``.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

SERVICE = "Tabayun"


class NoKeyringError(RuntimeError):
    """This system has no keyring to keep a password in (a server without a desktop)."""


def account(url: str | URL) -> str:
    """The keyring's name for the account ``url`` opens: «desk@db.example:5432/review»."""
    parsed = make_url(url)  # a URL is returned as it is
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    port = parsed.port or 5432
    return f"{parsed.username or ''}@{host}:{port}/{parsed.database or ''}"


def stored_password(url: str | URL) -> str | None:
    """The keyring's password for ``url`` when the address carries none; None when there is no
    keyring, no entry, or the keyring cannot be read (libpq's .pgpass is tried next)."""
    parsed = make_url(url)  # a URL is returned as it is
    if parsed.password or not parsed.drivername.startswith("postgresql"):
        return None
    import keyring

    try:
        found = keyring.get_password(SERVICE, account(parsed))
    except Exception:  # a locked, missing or broken keyring never stops a login
        return None  # libpq's ~/.pgpass is tried next
    return found or None


def remember(url: str | URL, password: str) -> None:
    """Keep ``password`` for ``url`` in the system keyring (``NoKeyringError``: none here)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except KeyringError as exc:  # none here, or locked, or refused
        raise NoKeyringError(str(exc)) from exc


def forget(url: str | URL) -> bool:
    """Take ``url``'s password out of the keyring; False when none was kept."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(url))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise NoKeyringError(str(exc)) from exc
    return True
