"""The comparison engine on the seeds: what is already true (work in progress, issue 4)."""

from __future__ import annotations

import itertools

import pytest

from app.compare.engine import Comparison, compare
from app.library.queries import list_articles, load_articles
from app.library.records import ArticleDocument
from app.workspace import Workspace


@pytest.fixture
def seeds(workspace: Workspace) -> list[ArticleDocument]:
    return load_articles(workspace.sessions, [a.id for a in list_articles(workspace.sessions, 1)])


def _group_texts(result: Comparison) -> list[list[str]]:
    by_id = {s.id: s.text for s in result.segments}
    return [[by_id[i] for i in group] for group in result.groups]


def test_segments_point_into_the_stored_text(seeds: list[ArticleDocument]) -> None:
    result = compare(seeds)
    texts = {d.summary.id: d.text for d in seeds}
    for segment in result.segments:
        assert texts[segment.article][segment.start : segment.end] == segment.text
    for link in result.links:
        for op in link.ops:
            for side, segment_id in ((op.a, link.a), (op.b, link.b)):
                if side is not None:
                    segment = result.segments[segment_id]
                    assert segment.start <= side[0] < side[1] <= segment.end


def test_the_result_does_not_depend_on_article_order(seeds: list[ArticleDocument]) -> None:
    reference = compare(seeds).to_json()
    for order in itertools.islice(itertools.permutations(seeds), 0, 120, 17):
        assert compare(list(order)).to_json() == reference


def test_reworded_quote_is_linked_across_three_outlets(seeds: list[ArticleDocument]) -> None:
    groups = _group_texts(compare(seeds))
    quote = next(g for g in groups if any("هذا سبب قدومنا إلى هنا" in t for t in g))
    assert any("لهذا السبب جئنا إلى هنا" in t for t in quote)
    assert any("هذا هو السبب الذي أتينا من أجله" in t for t in quote)


def test_sentences_sharing_only_names_are_not_linked(seeds: list[ArticleDocument]) -> None:
    groups = _group_texts(compare(seeds))
    assert not any(
        any("ويحضر وزير الدفاع الروسي سيرغي شويغو" in t for t in g)
        and any("بعد زيارة وزير الدفاع الروسي سيرجي شويجو" in t for t in g)
        for g in groups
    )


def test_furniture_is_left_out(seeds: list[ArticleDocument]) -> None:
    result = compare(seeds)
    furniture = [s for s in result.segments if s.furniture]
    assert any("مقالات ذات صلة" in s.text for s in furniture)
    assert all(s.group is None for s in furniture)


def test_name_variants_count_as_the_same_word() -> None:
    from app.compare.diff import word_diff
    from app.compare.tokens import tokenize

    a = tokenize("التقى كيم جونغ أون في بيونغ يانغ وزير الدفاع سيرغي شويغو")
    b = tokenize("التقى كيم جونج أون في بيونج يانج وزير الدفاع سيرجي شويجو")
    ops = word_diff(a, b)
    assert {op.op for op in ops} <= {"equal", "variant"}
    assert sum(1 for op in ops if op.op == "variant") == 5


def test_a_first_letter_taken_for_a_prefix_is_no_change() -> None:
    """«الوزير» against «وزير» was marked as a word replaced: the bare word's «و» is taken for
    «and» («زير») while after the article it stays («وزير»); so were «فرنسا»/«وفرنسا»
    («رنسا»/«فرنسا»). Within a pair the longer stem wins, and a real prefix stays a prefix."""
    from app.compare.diff import word_diff
    from app.compare.tokens import tokenize

    a = "وصل الوزير إلى القاعدة الفضائية في فرنسا وقال إن الاجتماع انتهى"
    b = "وصل وزير إلى قاعدة فضائية في وفرنسا قال إن الاجتماع انتهى"
    assert [op.op for op in word_diff(tokenize(a), tokenize(b))] == ["equal"]
    changed = word_diff(tokenize("وصل الوزير"), tokenize("وصل السفير"))
    assert [op.op for op in changed] == ["equal", "replace"]


def test_words_of_one_lexicon_class_are_synonyms_not_changes() -> None:
    """The paraphrase lexicon serves the word diff too: «جئنا» against «أتينا», «قال» against
    «أفاد», «الانفجار» against «التفجير» say the same in other words and are marked as such,
    not as words changed; an inflection of an ordinary word («الشمالية/الشمالي») and a figure
    that differs stay changes."""
    from app.compare.diff import word_diff
    from app.compare.tokens import tokenize

    def ops(a: str, b: str) -> list[tuple[str, str, str]]:
        return [
            (op.op, a[op.a[0] : op.a[1]] if op.a else "", b[op.b[0] : op.b[1]] if op.b else "")
            for op in word_diff(tokenize(a), tokenize(b))
        ]

    assert ops("لهذا جئنا إلى هنا", "لهذا أتينا إلى هنا") == [
        ("equal", "لهذا", "لهذا"), ("synonym", "جئنا", "أتينا"), ("equal", "إلى هنا", "إلى هنا")
    ]  # fmt: skip
    found = ops("قال الوزير إن 30 قتلوا في الانفجار", "وأفاد الوزير أن 31 قتلوا في التفجير")
    assert ("synonym", "قال", "وأفاد") in found and ("synonym", "الانفجار", "التفجير") in found
    assert ("replace", "30", "31") in found
    assert [op for op, _, _ in ops("كوريا الشمالية", "كوريا الشمالي")] == ["equal", "replace"]
