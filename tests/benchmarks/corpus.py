"""Synthetic corpora for benchmarks: articles of ~2 KB made from the seeds' paragraphs, varied."""

from __future__ import annotations

import itertools
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


ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 8))))
    return sorted(words)


def claims_corpus(
    articles: int,
    sentences: int = 40,
    outlets_per_story: int | None = None,
    claims_per_story: int = 120,
    seed: int = 11,
) -> list[str]:
    """Articles made of claims, as outlets report stories: each story has its own claims (made of
    invented Arabic-letter words drawn by Zipf's law, so stories share what any two texts share:
    common words, and rare ones by chance), each article carries
    ``sentences`` of its story's claims, each rewritten (a word in seven dropped, a word swapped).

    ``outlets_per_story`` None puts every article in one story (one event, heavy overlap: each
    claim is carried by a third of the articles); a number makes stories of that many outlets.
    """
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 50_000)
    # word frequencies follow Zipf's law, as in any language: a few words everywhere, most rare
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(vocabulary) + 1)))

    def words(count: int) -> list[str]:
        return rng.choices(vocabulary, cum_weights=weights, k=count)

    per_story = outlets_per_story or articles
    texts = []
    for first in range(0, articles, per_story):
        claims = [words(rng.randint(10, 22)) for _ in range(claims_per_story)]
        for _ in range(min(per_story, articles - first)):
            lines = []
            for claim in rng.sample(claims, min(sentences, len(claims))):
                kept = [w for w in claim if rng.random() > 1 / 7]
                if rng.random() < 0.5:
                    kept[rng.randrange(len(kept))] = words(1)[0]
                lines.append(" ".join(kept) + ".")
            texts.append("\n".join(lines))
    return texts
