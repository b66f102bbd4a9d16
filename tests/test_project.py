"""The project's shape: layout, seeds byte for byte, and the core kept free of Qt."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

SEED_SHA256 = {
    "000_74d106d3a341b1ed.txt": "73d7e133043a2ce818c0b2e2adac2bd1aae317ae1ceaac527ff2dc988d8dd403",
    "001_d5ff6441db812a29.txt": "45c89209271531fd6394b77092f4a05a363d390c258390eadea09c24fb7122eb",
    "002_88f50d0ee01a588f.txt": "2e327ceab456a8d4e3389970be35349935c2661fe7418d9cebda28adab7bffb7",
    "003_4bb060651ecf52cb.txt": "4766ee638621a62945abaea47d802fb3130ae44be605cd5c97d7cc5640155992",
    "004_d6bee144f8f1c642.txt": "d2a2b820b17d7b7ed104bdca41fbd8653af88fb7b509b8b5ea0b590e0f4bb4c3",
}
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "qtawesome", "ui")


def test_top_level_layout() -> None:
    for name in (
        "pyproject.toml",
        "app",
        "ui",
        "db",
        "resources",
        "tests",
        "seeds",
        "packaging",
        "README.md",
        "LICENSE",
        ".ci/run",
    ):
        assert (PROJECT_ROOT / name).exists(), name


def test_seeds_are_the_shared_articles_byte_for_byte() -> None:
    seeds = PROJECT_ROOT / "seeds"
    assert sorted(p.name for p in seeds.glob("*.txt")) == sorted(SEED_SHA256)
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256((seeds / name).read_bytes()).hexdigest() == digest, name
    shared = PROJECT_ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        for name in SEED_SHA256:
            assert (seeds / name).read_bytes() == (shared / name).read_bytes(), name


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):  # every import, also those inside functions
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_files() -> list[Path]:
    return [p for layer in ("app", "db") for p in sorted((PROJECT_ROOT / layer).rglob("*.py"))]


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_core_does_not_import_qt_or_ui(path: Path) -> None:
    offending = {
        name for name in _imported_modules(path) if name.split(".")[0] in FORBIDDEN_IN_CORE
    }
    assert not offending, f"{path} imports {offending}"


def test_the_checker_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(bad)
