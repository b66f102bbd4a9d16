"""Property tests: whatever the text, segments and word differences point into it exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.compare.diff import word_diff
from app.compare.engine import compare
from app.compare.segments import segment_article
from app.compare.tokens import tokenize
from app.library.records import ArticleDocument, ArticleSummary

CHARACTERS = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("🚀𝐀𠜎تعهّدﻻﷲﻷ\u064b\u0670\u0640\u0301أإآىة١٢«». ؟\n")),
    ),
    max_size=30,
)
PHRASES = st.sampled_from(
    ["صاروخين باليستيين ", "صاروخًا واحدًا ", "شويغو ", "13 سبتمبر 2023 ", "وقال بوتين إن ",
     "٤٧ قتيلا ", "35.7% ", ". ", "، فيما أبدى كيم اهتماما كبيرا بهندسة الفضاء "]
)  # fmt: skip
TEXTS = st.lists(st.one_of(CHARACTERS, PHRASES), max_size=8).map("".join)


def _document(number: int, text: str) -> ArticleDocument:
    summary = ArticleSummary(number, 1, "t", None, None, 0, "ar", "rtl", None)
    return ArticleDocument(summary, text)


@given(TEXTS)
def test_segments_and_tokens_are_slices_of_the_text(text: str) -> None:
    for segment in segment_article(1, text):
        assert text[segment.start : segment.end] == segment.text
        assert segment.text == segment.text.strip()
        for token in tokenize(segment.text, segment.start):
            assert segment.start <= token.start < token.end <= segment.end


@given(TEXTS, TEXTS)
def test_word_diff_covers_both_sides_in_order(a: str, b: str) -> None:
    ta, tb = tokenize(a), tokenize(b)
    ops = word_diff(ta, tb)
    for side, tokens, text in ((0, ta, a), (1, tb, b)):
        spans = [op.a if side == 0 else op.b for op in ops]
        spans = [s for s in spans if s is not None]
        assert spans == sorted(spans)  # in text order, no overlap
        assert all(0 <= s < e <= len(text) for s, e in spans)
        covered = sum(1 for t in tokens if any(s <= t.start and t.end <= e for s, e in spans))
        assert covered == len(tokens)  # every word is in exactly one operation


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=4))
def test_compare_never_fails_and_points_into_the_texts(texts: list[str]) -> None:
    documents = [_document(n, t) for n, t in enumerate(texts, start=1)]
    result = compare(documents)
    reverse = compare(list(reversed(documents)))
    assert result.to_json() == reverse.to_json()
    by_article = {d.summary.id: d.text for d in documents}
    for segment in result.segments:
        assert by_article[segment.article][segment.start : segment.end] == segment.text
    for flag in result.flags:
        for span, segment_id in zip(flag.spans, flag.segments, strict=True):
            if span is not None:
                segment = result.segments[segment_id]
                assert segment.start <= span[0] < span[1] <= segment.end
