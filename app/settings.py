"""User settings: one small versioned JSON file, upgraded in place when its version is older.

A damaged file is never fatal: it is kept beside as ``settings.json.bad`` and defaults are used.
The window stores its geometry here as opaque strings, so there is one settings system.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2


@dataclass
class Settings:
    reviewer_name: str = ""
    last_collection_id: int | None = None
    sync_scroll: bool = True
    zoom_steps: int = 0  # points above (or below) the default article size
    article_font_family: str = ""  # empty: the best installed Arabic font
    language: str = "system"  # "system" (follow the locale), "en", "ar"
    theme: str = "system"  # "system", "light", "dark"
    # digits of the Arabic interface: "system" (Eastern ٠–٩ where the system's locale writes
    # them), "western" (0–9), "eastern"; the articles' own text is shown as written
    digits: str = "system"
    data_dir: str = ""  # another data folder chosen in Preferences ("": the default one)
    # a shared PostgreSQL server chosen in Preferences ("": the local file); never a password
    database_url: str = ""
    ui_state: dict[str, str] = field(default_factory=dict)  # window geometry, splitter sizes

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        settings = cls()
        for key, value in raw.items():
            if key in known and _same_kind(getattr(settings, key), value):
                setattr(settings, key, value)
        return settings


def _same_kind(default: Any, value: Any) -> bool:
    if default is None:
        return value is None or isinstance(value, int)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's keys to the current version (one step per version)."""
    version = raw.get("version", 0)
    if version < 1:
        raw.setdefault("ui_state", {})
    if version < 2:  # the theme moved out of the window state into its own setting
        state = raw.get("ui_state")
        theme = state.pop("theme", "system") if isinstance(state, dict) else "system"
        raw.setdefault("theme", theme if theme in ("system", "light", "dark") else "system")
    raw["version"] = SETTINGS_VERSION
    return raw


def without_password(url: str) -> str:
    """``url`` with any password taken out: the password lives in ~/.pgpass, not here."""
    url = url.strip()
    if not url:
        return ""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not a URL at all: kept as typed, the connection test says why
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        with contextlib.suppress(OSError):
            path.replace(path.with_name(path.name + ".bad"))
        return Settings()
    return Settings.from_dict(_upgrade(raw))


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash leaves either the old file or the new one."""
    from app.paths import private_dir, private_file

    private_dir(path.parent, tighten=False)
    payload = {"version": SETTINGS_VERSION, **asdict(settings)}
    tmp = path.with_name(path.name + ".tmp")
    private_file(tmp)
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
