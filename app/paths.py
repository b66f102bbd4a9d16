"""Where Tabayun keeps its files.

Everything lives under one data folder: the platform's user data folder by default, or the folder
given by ``tabayun --data-dir DIR`` or the ``TABAYUN_DATA_DIR`` environment variable (portable use,
tests). With an explicit folder, settings, logs and backups go there too, so nothing is written
elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import DataFolderError
from app.messages import Message, T

APP_NAME = "Tabayun"
DATA_DIR_ENV = "TABAYUN_DATA_DIR"
DATABASE_URL_ENV = "TABAYUN_DATABASE_URL"
DATABASE_FILENAME = "tabayun.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    explicit: bool  # chosen by the user (option or environment), not the platform default
    # a shared server (``postgresql://…``) instead of the local file; settings, logs and the
    # lock stay in the data folder
    database_url: str | None = None

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def on_server(self) -> bool:
        return bool(self.database_url)

    @property
    def database_label(self) -> str:
        """Where the data is, for people: the file, or the server without its password."""
        if not self.database_url:
            return str(self.database)
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def outlets_file(self) -> Path:
        """The reviewer's own additions to the outlet table (resources/outlets/outlets.json)."""
        return self.data_dir / "outlets.json"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "tabayun.lock"


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None
) -> AppPaths:
    """The option wins over the environment variable, which wins over the platform default."""
    url = database_url or os.environ.get(DATABASE_URL_ENV) or None
    chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        url = url or _preferred(root / "settings.json", "database_url")
        return AppPaths(root, root, root / "logs", explicit=True, database_url=url)
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False, roaming=False)
    settings_file = Path(dirs.user_config_dir) / "settings.json"
    chosen_in_preferences = _preferred_data_dir(settings_file)
    url = url or _preferred(settings_file, "database_url")
    return AppPaths(
        data_dir=chosen_in_preferences or Path(dirs.user_data_dir),
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
        explicit=False,
        database_url=url,
    )


def _preferred(settings_file: Path, key: str) -> str | None:
    """A text setting chosen in Preferences, read before anything else loads."""
    import json

    try:
        value = json.loads(settings_file.read_text(encoding="utf-8")).get(key)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def _preferred_data_dir(settings_file: Path) -> Path | None:
    """The data folder chosen in Preferences, if any (read here, before anything else loads:
    the settings themselves stay in the platform's config folder)."""
    import json

    try:
        chosen = json.loads(settings_file.read_text(encoding="utf-8")).get("data_dir")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(chosen).expanduser() if isinstance(chosen, str) and chosen.strip() else None


PRIVATE_DIR = 0o700  # the user alone: the data holds unpublished notes and verdicts
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def private_dir(path: Path, *, tighten: bool = True) -> None:
    """Create ``path`` (and its parents) with a folder for the user alone as its last part;
    ``tighten``: take group and other permissions from it when it exists already (POSIX)."""
    for folder in reversed([path, *path.parents]):  # each folder made here is private
        if not folder.exists():
            folder.mkdir(exist_ok=True, mode=PRIVATE_DIR)
    if _POSIX and tighten and path.stat().st_mode & 0o077:
        path.chmod(PRIVATE_DIR)


def private_file(path: Path) -> None:
    """Create ``path`` empty for the user alone if it is absent; take group and other
    permissions from it if it is present (POSIX; elsewhere the per-user folder protects it)."""
    if not _POSIX:
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)


def prepare_data_folder(paths: AppPaths) -> None:
    """Create the data folder (for the user alone) and prove it is writable, or say why not.
    A folder the user named keeps its permissions; the files Tabayun makes in it are private."""
    try:
        private_dir(paths.data_dir, tighten=not paths.explicit or not paths.data_dir.exists())
        probe = paths.data_dir / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        template = T(
            "core",
            "Tabayun cannot write to its data folder {folder} ({why}). "
            "Choose another folder with --data-dir or the TABAYUN_DATA_DIR variable.",
        )
        raise DataFolderError(
            Message(template, folder=paths.data_dir, why=reason), detail=repr(exc)
        ) from exc
