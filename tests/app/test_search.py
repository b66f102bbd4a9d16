"""Arabic-aware search, on the FTS5 index and on the portable fallback, with real databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app.library.search import ensure_index, search
from app.text.normalize import fold, match_keys, normalise
from app.workspace import Workspace
from db.search_index import uses_fts
from tests.conftest import run_tabayun


def test_match_keys_fold_forms_marks_and_prefixes() -> None:
    assert (
        match_keys("الرئيس") == match_keys("والرئيس") == match_keys("للرئيس") == match_keys("رئيس")
    )
    assert match_keys("تعهّد") == match_keys("تعهد")
    assert match_keys("قاعدة") == match_keys("قاعده")
    assert match_keys("أحمد") == match_keys("احمد") == match_keys("إحمد")
    assert match_keys("مصطفى") == match_keys("مصطفي")
    assert match_keys("صاروخـــين") == match_keys("صاروخين")
    assert match_keys("بوتين") == match_keys("وبوتين")
    assert match_keys("١٣ سبتمبر") == match_keys("13 سبتمبر")


def test_normalised_copy_maps_back_to_the_original() -> None:
    original = "تعهّد ﻻعب «بوتين»"
    copy = normalise(original)
    assert copy.text == 'تعهد لاعب "بوتين"'
    start = copy.text.index("بوتين")
    assert original[slice(*copy.to_original(start, start + 5))] == "بوتين"
    la = copy.text.index("لا")
    assert copy.to_original(la, la + 2) == (6, 7)  # two letters from one presentation form


@pytest.fixture(params=["fts5", "portable"])
def any_index(request: pytest.FixtureRequest, workspace: Workspace) -> Workspace:
    if request.param == "portable":
        with workspace.engine.begin() as conn:
            conn.execute(text("DROP TABLE article_search"))
        assert ensure_index(workspace.sessions)  # rebuilt into the portable table
    with workspace.engine.connect() as conn:
        assert uses_fts(conn) == (request.param == "fts5")
    return workspace


def test_search_finds_every_form(any_index: Workspace) -> None:
    sessions = any_index.sessions
    assert {h.article.original_filename[:3] for h in search(sessions, "فوستوشني").hits} == {
        "000",
        "002",
        "003",
        "004",
    }  # فوستوتشني (001) is another spelling: not the same word
    two_missiles = search(sessions, "صاروخين").hits
    assert {h.article.original_filename[:3] for h in two_missiles} == {"000", "003"}
    hit = next(h for h in two_missiles if h.article.original_filename.startswith("000"))
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["صاروخين", "الصاروخين"]
    assert search(sessions, "تعهد بوتين").hits[0].article.original_filename[:3] in {"000", "001"}
    assert search(sessions, "تعهّد").total == search(sessions, "تعهد").total >= 2
    assert search(sessions, "كلمة-غير-موجودة-إطلاقا").hits == ()
    assert search(sessions, "  ").total == 0


def test_a_words_first_letter_is_read_both_ways(any_index: Workspace) -> None:
    """«فضائية» (space, in two seeds) lost its «ف» as if it were «and», while «الفضائية» (in all
    five) kept it: a search for the bare word found two articles, not five. A query word is
    now looked for under both keys (``query_keys``), whatever the index."""
    from app.text.normalize import query_keys

    assert query_keys("فضائية") == [("ضاييه", "فضاييه")]  # folded: ئ → ي, ة → ه
    assert query_keys("الفضائية") == [("فضاييه", "ضاييه")]
    assert query_keys("وزير ووزير قال") == [("زير", "وزير"), ("وزير", "ووزير", "زير"), ("قال",)]
    sessions = any_index.sessions
    bare, defined = search(sessions, "فضائية"), search(sessions, "الفضائية")
    assert bare.total == defined.total == 5
    hit = next(h for h in bare.hits if h.article.original_filename.startswith("000"))
    shown = {hit.snippet[s:e] for s, e in hit.highlights}
    assert shown <= {"فضائية", "الفضائية"} and shown
    assert search(sessions, "كورية").total == search(sessions, "الكورية").total == 5
    assert search(sessions, "وزير").total == search(sessions, "الوزير").total >= 3


def test_snippet_is_cut_from_the_original_text(any_index: Workspace) -> None:
    from app.library.queries import load_articles
    from app.library.search import find_matches

    # Folding makes هنّأ (congratulated) and هنا (here) one key: both are found, as documented.
    hits = search(any_index.sessions, "هنّأ").hits
    hit = next(h for h in hits if h.article.original_filename.startswith("001"))
    (document,) = load_articles(any_index.sessions, [hit.article.id])
    words = [document.text[s:e] for s, e in find_matches(document.text, set(match_keys("هنّأ")))]
    assert words == ["هنا", "هنّأ"]  # the shadda kept: what is shown is the stored text
    assert document.text[hit.match_start : hit.match_end] == "هنا"
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["هنا"]


def test_collection_filter_and_the_cli(workspace: Workspace, tmp_path: Path) -> None:
    assert search(workspace.sessions, "بوتين", collection_id=999).total == 0
    result = run_tabayun("--data-dir", str(workspace.paths.data_dir), "search", "للقمة", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert hits and all("قمة" in h["snippet"] for h in hits)
    piped = run_tabayun("--data-dir", str(workspace.paths.data_dir), "search", "صاروخين")
    assert "*صاروخين*" in piped.stdout  # logical order when not a terminal
    visual = run_tabayun(
        "--data-dir",
        str(workspace.paths.data_dir),
        "search",
        "صاروخين",
        env={"TABAYUN_BIDI": "visual"},
    )
    assert "*صاروخين*" not in visual.stdout and max(visual.stdout) >= "\ufe8d"  # reshaped forms


NORMALISE_TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("🚀𝐀تعهّدﻻﷲﻷ\u064b\u0670\u0640\u0301أإآىة١٢«»")),
    ),
    max_size=80,
)


@given(NORMALISE_TEXTS)
def test_normalised_copy_is_each_character_folded_alone(text: str) -> None:
    """The fast path (marks dropped, letters folded one for one) gives what folding each code
    point by itself gives, the map included (Σ lowers by its context, so it takes the slow one)."""
    pieces = [fold(ch) for ch in text]
    copy = normalise(text)
    assert copy.text == "".join(pieces)
    assert list(copy.origin) == [i for i, piece in enumerate(pieces) for _ in piece]


@given(NORMALISE_TEXTS)
def test_normalised_offsets_map_back_in_order(text: str) -> None:
    copy = normalise(text)
    assert len(copy.origin) == len(copy.text)
    assert list(copy.origin) == sorted(copy.origin)  # monotone: spans map to spans
    assert all(0 <= o < len(text) for o in copy.origin)
    for start in range(0, len(copy.text), 7):
        a, b = copy.to_original(start, min(len(copy.text), start + 5))
        assert 0 <= a <= b <= len(text)
        # what the span covers in the original folds back to (at least) the normalised piece
        assert copy.text[start : start + 5] in normalise(text[a:b]).text
