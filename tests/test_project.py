"""The project's shape: layout, seeds byte for byte, the core kept free of Qt, no import cycle,
one bidi helper, and no module citing a document the repository lacks."""

from __future__ import annotations

import ast
import hashlib
import re
import sys
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


def _imported_modules(path: Path, *, type_checking: bool = True) -> set[str]:
    """Every module ``path`` imports, also inside functions (a lazy import is still a
    dependency); ``from a import b`` names both ``a`` and ``a.b``. Imports under ``if
    TYPE_CHECKING:`` count unless ``type_checking`` is False (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped: set[int] = set()
    if not type_checking:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(inner) for inner in ast.walk(node))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_cycles(files: list[Path]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's strongly
    connected components over every import that runs, lazy ones included)."""
    modules = {_module_name(p): p for p in files}

    def ours(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = {
        name: {ours(n) for n in _imported_modules(path, type_checking=False)} - {"", name}
        for name, path in modules.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return cycles


def _project_files() -> list[Path]:
    return [
        p for layer in ("app", "ui", "db") for p in sorted((PROJECT_ROOT / layer).rglob("*.py"))
    ]


def test_no_module_imports_itself_round_a_loop() -> None:
    assert import_cycles(_project_files()) == []


def test_the_cycle_finder_finds_a_lazy_cycle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules[__name__], "PROJECT_ROOT", tmp_path)
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "a.py").write_text("import ui.b\n", encoding="utf-8")
    (tmp_path / "ui" / "b.py").write_text("def f():\n    from ui.c import x\n", encoding="utf-8")
    (tmp_path / "ui" / "c.py").write_text("from ui import a\n", encoding="utf-8")
    (tmp_path / "ui" / "d.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import ui.a\n", encoding="utf-8"
    )
    (tmp_path / "ui" / "__init__.py").write_text("", encoding="utf-8")
    files = sorted((tmp_path / "ui").glob("*.py"))
    assert import_cycles(files) == [["ui.a", "ui.b", "ui.c"]]


BIDI_CONTROLS = re.compile(r"\\u20(6[6-9])|[\u2066-\u2069]")


def test_bidi_isolates_are_written_by_one_helper() -> None:
    """Only ``app/text/bidi.py`` writes isolate controls; everything else calls it."""
    helper = PROJECT_ROOT / "app" / "text" / "bidi.py"
    writers = [
        str(p.relative_to(PROJECT_ROOT))
        for p in _project_files()
        if p != helper and BIDI_CONTROLS.search(p.read_text(encoding="utf-8"))
    ]
    assert writers == []


CITED_DOCUMENT = re.compile(r"[\w./-]*[\w-]+\.md\b")


def test_every_document_a_module_cites_is_in_the_repository() -> None:
    missing = set()
    for path in _project_files():
        for cited in CITED_DOCUMENT.findall(path.read_text(encoding="utf-8")):
            if not any((PROJECT_ROOT / base / cited).is_file() for base in ("", "docs")):
                missing.add(f"{path.relative_to(PROJECT_ROOT)}: {cited}")
    assert not missing, sorted(missing)
