"""Import of long and many files: ``uv run python -m tests.benchmarks.bench_import_hostile``.

1. One text file of 10,000, 100,000 and 1,000,000 short lines (the kind of file that never
   finished importing): read, furniture, metadata, write. Linear growth is the claim; beside it,
   the floor (reading and decoding the bytes, splitting the lines) measured in the same run.
2. The preview of a 5,000-file folder: when the first rows are shown (the dialog shows them as
   they come), and when the whole preview is ready.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path


def long_file(path: Path, lines: int) -> None:
    rng = random.Random(lines)
    words = ["كيم", "بوتين", "روسيا", "الفضاء", "قاعدة", "صاروخ", "أقمار", "كوريا", "زيارة"]
    path.write_text(
        "\n".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 2))) for _ in range(lines)
        ),
        "utf-8",
    )


def main() -> None:
    from app.ingest.plan import classify, plan_files
    from app.ingest.preview import preview_folder
    from app.ingest.service import import_rows
    from app.paths import resolve_paths
    from app.tasks import TaskControl
    from app.workspace import open_workspace
    from tests.benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        workspace = open_workspace(resolve_paths(root / "data"), seed_demo=False)
        print(f"{'lines':>10} {'MB':>6} {'Tabayun s':>10} {'per line µs':>12} {'floor s':>8}")
        for count in (10_000, 100_000, 1_000_000):
            path = root / f"lines{count}.txt"
            long_file(path, count)
            started = time.perf_counter()
            rows = classify(plan_files([path]), {})
            report = import_rows(workspace.sessions, rows, collection_name=f"lines {count}")
            took = time.perf_counter() - started
            assert report.imported == 1
            floor_start = time.perf_counter()
            path.read_bytes().decode("utf-8").split("\n")
            floor = time.perf_counter() - floor_start
            size = path.stat().st_size / 1e6
            print(
                f"{count:>10,} {size:>6.1f} {took:>10.2f} {took / count * 1e6:>12.2f} {floor:>8.3f}"
            )

        folder = root / "five-thousand"
        write_corpus(folder, 5000)
        first: list[float] = []
        started = time.perf_counter()
        control = TaskControl(on_partial=lambda rows: first.append(time.perf_counter()))
        preview = preview_folder(workspace.sessions, folder, control=control)
        whole = time.perf_counter() - started
        print(
            f"\npreview of 5,000 files: first rows shown after {first[0] - started:.2f} s, "
            f"all {len(preview.rows):,} ready after {whole:.2f} s"
        )


if __name__ == "__main__":
    main()
