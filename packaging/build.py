"""Build the one-folder bundle for this system and smoke-test it.

    uv run --group packaging python packaging/build.py [--skip-build]

Compiles the translations, runs PyInstaller on packaging/tabayun.spec, then runs the built
program as a user would: it must print its version, and open its window (offscreen) on the demo
corpus and save a screenshot. Prints the bundle's size and start-up times (the README's figures).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def program() -> Path:
    if sys.platform == "darwin":
        return DIST / "Tabayun.app" / "Contents" / "MacOS" / "tabayun"
    return DIST / "tabayun" / ("tabayun.exe" if sys.platform == "win32" else "tabayun")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> None:
    sys.path.insert(0, str(ROOT))
    from ui.translations import compile_translations

    compile_translations()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "tabayun.spec"),
         "--noconfirm", "--distpath", str(DIST), "--workpath", str(ROOT / "build")],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def _window_run(
    exe: Path, data: Path, shot: Path, env: dict[str, str]
) -> tuple[float, dict[str, float]]:
    """The bundled program opening its window offscreen and saving it: (seconds, timings)."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(exe), "--data-dir", str(data), "screenshot", str(shot), "--timings"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return seconds, json.loads(result.stdout)


def smoke_test() -> dict[str, object]:
    exe = program()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TABAYUN_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    version_s = time.perf_counter() - started
    assert version.stdout.startswith("tabayun "), version.stdout
    with tempfile.TemporaryDirectory() as folder:
        data, shot = Path(folder) / "data", Path(folder) / "window.png"
        first_run_s, timings = _window_run(exe, data, shot, env)  # a new data folder: the demo
        assert shot.stat().st_size > 50_000, "the screenshot is (nearly) empty"
        second_run_s, timings_again = _window_run(exe, data, shot, env)  # the same folder again
    bundle = DIST / ("Tabayun.app" if sys.platform == "darwin" else "tabayun")
    return {
        "version": version.stdout.strip(),
        "bundle_mb": round(folder_size(bundle) / 1e6, 1),
        "version_s": round(version_s, 2),
        "first_run_s": round(first_run_s, 2),
        "first_run_window_shown_s": timings.get("window_shown_s"),
        "first_run_ready_s": timings.get("ready_s"),
        "second_run_s": round(second_run_s, 2),
        "second_run_window_shown_s": timings_again.get("window_shown_s"),
        "second_run_ready_s": timings_again.get("ready_s"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test dist/")
    args = parser.parse_args()
    if not args.skip_build:
        build()
    print(json.dumps(smoke_test(), indent=2))


if __name__ == "__main__":
    main()
