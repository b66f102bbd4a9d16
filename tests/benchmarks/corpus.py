"""Synthetic corpora for benchmarks: articles of ~2 KB made from the seeds' paragraphs, varied."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTLETS = ["وكالة الأنباء", "صحيفة الشرق", "قناة المدينة", "موقع الخبر", "إذاعة الصباح"]
NAMES = ["بوتين", "كيم", "شويغو", "بيسكوف", "لافروف", "بايدن"]


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p for p in path.read_text("utf-8").split("\n") if len(p.split()) >= 12]
    return paragraphs


def article(rng: random.Random, paragraphs: list[str], number: int, target: int = 1100) -> str:
    parts = [f"تقرير رقم {number}: {rng.choice(NAMES)} و{rng.choice(NAMES)} في اجتماع جديد"]
    size = len(parts[0])
    while size < target:
        # Each paragraph a variation of a seed paragraph, as outlets rewrite agency copy:
        # names swapped, numbers changed, words dropped, a clause cut.
        words = rng.choice(paragraphs).split()
        words = [rng.choice(NAMES) if w in NAMES else w for w in words]
        words = [w for w in words if rng.random() > 0.12]
        for _ in range(2):
            words.insert(rng.randrange(len(words) + 1), str(rng.randrange(2, 5000)))
        cut = rng.randrange(len(words) // 2, len(words) + 1)
        parts.append(" ".join(words[:cut]) + ".")
        size += len(parts[-1]) + 1
    parts.append(f"المصدر: {rng.choice(OUTLETS)}")
    return "\n".join(parts)


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        path = folder / f"{number:06d}.txt"
        path.write_text(article(rng, paragraphs, number), "utf-8")
        files.append(path)
    return files
