"""A real database and damaged copies of it, for the tests that a damaged database is always
caught (tests/app/test_damaged_database.py, tests/ui/test_startup_errors.py)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from app.paths import resolve_paths
from app.workspace import DEMO_COLLECTION_NAME, open_workspace


def make_pristine(folder: Path) -> Path:
    """A real database: the demo imported, a note, a tagged passage."""
    from app.library.queries import collection_id_by_name, list_articles
    from app.review.annotations import tag_span
    from app.review.codebook import list_tags
    from app.review.history import History
    from app.review.notes import add_note

    workspace = open_workspace(resolve_paths(folder))
    history = History(workspace.sessions, reviewer="سارة")
    collection = collection_id_by_name(workspace.sessions, DEMO_COLLECTION_NAME)
    assert collection is not None
    article = list_articles(workspace.sessions, collection)[0]
    tag_span(history, article.id, 0, 40, list_tags(workspace.sessions)[0].id)
    add_note(history, "article", article.id, "ملاحظة للاختبار")
    workspace.close()
    return folder / "tabayun.sqlite3"


def damaged_copy(pristine: Path, folder: Path, seed: int) -> Path:
    """``pristine`` copied into ``folder`` with 50 bytes past offset 100 flipped."""
    folder.mkdir()
    target = folder / "tabayun.sqlite3"
    shutil.copyfile(pristine, target)
    data = bytearray(target.read_bytes())
    rng = random.Random(seed)
    start = rng.randrange(100, len(data) - 50)
    # a run of 50 bytes (a bad sector), or 50 bytes anywhere
    spots = range(start, start + 50) if seed % 2 else rng.sample(range(100, len(data)), 50)
    for at in spots:
        data[at] ^= rng.randrange(1, 256)
    target.write_bytes(bytes(data))
    return target
