"""One entry for every format: build the report once, write it safely in the format asked.

PDF needs a text-shaping engine (Qt's), which the core does not load: the caller hands in a
``pdf`` writer (the window and the ``tabayun`` command do).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.report.formats import FORMATS
from app.report.model import Report, ReportError
from app.report.output import write_atomically

PdfWriter = Callable[[Report, BinaryIO], None]


def write_report(
    report: Report,
    fmt: str,
    path: Path,
    *,
    force: bool = False,
    pdf: PdfWriter | None = None,
    data_dir: Path | None = None,
) -> Path:
    """Write ``report`` as ``fmt`` to ``path`` (a temporary file, then renamed). ``data_dir``:
    where the temporary file is recorded while it is written (see ``app.report.leftovers``).
    Raises ReportError, ReportExistsError, ReportWriteError."""
    from app.report.html import write_html
    from app.report.leftovers import JOURNAL
    from app.report.qdpx import write_qdpx
    from app.report.tabular import write_csv
    from app.report.webanno import write_webanno

    writers: dict[str, Callable[[BinaryIO], object]] = {
        "html": lambda out: out.write(write_html(report).encode("utf-8")),
        "csv": lambda out: out.write(write_csv(report)),
        "json": lambda out: out.write(write_webanno(report)),
        "qdpx": lambda out: write_qdpx(report, out),
    }
    if pdf is not None:
        writers["pdf"] = lambda out: pdf(report, out)
    if fmt not in FORMATS:
        raise ReportError(f"«{fmt}» is not a report format ({', '.join(FORMATS)}).")
    if fmt not in writers:
        raise ReportError("PDF needs the window's text engine; run the `tabayun` command.")
    journal = data_dir / JOURNAL if data_dir is not None else None
    write_atomically(path, writers[fmt], force=force, journal=journal)
    return path
