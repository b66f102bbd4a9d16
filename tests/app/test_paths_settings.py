from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app.paths import DATA_DIR_ENV, resolve_paths
from app.settings import SETTINGS_VERSION, Settings, load_settings, save_settings


def test_option_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = resolve_paths()
    assert not default.explicit
    assert "tabayun" in str(default.data_dir).lower()

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    from_env = resolve_paths()
    assert from_env.data_dir == tmp_path / "from-env"

    from_option = resolve_paths(tmp_path / "from-option")
    assert from_option.data_dir == tmp_path / "from-option"


def test_explicit_folder_holds_everything(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "portable")
    for inner in (
        paths.database,
        paths.settings_file,
        paths.log_dir,
        paths.backup_dir,
        paths.instance_lock,
    ):
        assert inner.is_relative_to(tmp_path / "portable")


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(reviewer_name="مراجِع", zoom_steps=3, sync_scroll=False)
    settings.ui_state["open_articles"] = "1,2"
    save_settings(path, settings)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == SETTINGS_VERSION
    assert "مراجِع" in path.read_text(encoding="utf-8")  # stored readable, not \\u-escaped
    assert load_settings(path) == settings


def test_damaged_settings_fall_back_and_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "{not json"


def test_older_settings_upgrade_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"reviewer_name": "Ali", "zoom_steps": "big", "sync_scroll": 1, "x": 2}),
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.reviewer_name == "Ali"
    assert settings.zoom_steps == 0 and settings.sync_scroll is True
    assert settings.ui_state == {}


def test_version_1_settings_move_the_theme_into_its_own_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {"version": 1, "reviewer_name": "ليلى", "ui_state": {"theme": "dark", "geometry": "g"}}
        ),
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.theme == "dark" and settings.ui_state == {"geometry": "g"}
    assert settings.language == "system" and settings.data_dir == ""
    save_settings(path, settings)
    assert json.loads(path.read_text("utf-8"))["version"] == SETTINGS_VERSION == 2


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_a_data_folder_chosen_in_preferences_is_used_unless_one_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings_file = resolve_paths().settings_file
    assert str(settings_file).startswith(str(tmp_path / "config"))
    settings = load_settings(settings_file)
    settings.data_dir = str(tmp_path / "elsewhere")
    save_settings(settings_file, settings)
    chosen = resolve_paths()
    assert chosen.data_dir == tmp_path / "elsewhere" and not chosen.explicit
    assert chosen.settings_file == settings_file  # the settings stay where they are found
    assert resolve_paths(tmp_path / "given").data_dir == tmp_path / "given"
