"""The ``tabayun`` entry point: the command line, with the window commands plugged in.

Nothing here imports Qt at module level: ``tabayun info`` and the other headless commands never
load it; the window commands import it when they run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.cli.main import Screenshot
from app.cli.main import main as cli_main
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.report.export import PdfWriter


class QtWindowCommands:
    def run_gui(self, paths: AppPaths, started: float) -> int:
        from ui.application import run_gui

        return run_gui(paths, started=started)

    def take_screenshot(self, paths: AppPaths, shot: Screenshot) -> int:
        from ui.application import take_screenshot

        return take_screenshot(paths, shot)

    def pdf_writer(self) -> PdfWriter:
        from ui.report_pdf import write_pdf

        return write_pdf


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, window=QtWindowCommands())


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled program's import workers start through here
    raise SystemExit(main())
