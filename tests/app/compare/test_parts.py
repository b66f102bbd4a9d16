"""Parts of a sentence closer to another article's sentence than the whole (app.compare.parts):
the offers to split a sentence that carries two claims and link the part (issue 17)."""

from __future__ import annotations

from app.compare.engine import compare
from app.compare.parts import cuts
from app.compare.tokens import tokenize
from app.compare.unsure import to_check
from app.library.records import ArticleDocument, ArticleSummary

# One outlet joins two claims in one sentence (a toll and the schools closed); one outlet reports
# each. Words every article carries (the city, the storm) are the story's common ground.
TWO_CLAIMS = (
    "ضربت العاصفة مدينة الساحل فجر اليوم.\n"
    "وقال وزير الصحة إن حصيلة القتلى ارتفعت إلى اثني عشر شخصا في مدينة الساحل، "
    "وأعلنت البلدية إغلاق جميع المدارس يوم الأحد حتى إشعار آخر.\n"
    "وتتواصل أعمال الإغاثة في الأحياء المنكوبة."
)
TOLL = (
    "ضربت العاصفة مدينة الساحل صباح اليوم.\n"
    "ارتفعت حصيلة القتلى إلى 12 شخصا بحسب وزير الصحة.\n"
    "وتضررت مئات المنازل في الأحياء الشرقية."
)
TOLL_AGAIN = (
    "ضربت العاصفة مدينة الساحل ليلا.\n"
    "وأعلن وزير الصحة ارتفاع حصيلة القتلى إلى 12 شخصا.\n"
    "وتضررت الطرق في الأحياء الشرقية."
)
SCHOOLS = (
    "العاصفة تضرب مدينة الساحل.\n"
    "قررت البلدية إغلاق جميع المدارس يوم الأحد حتى إشعار آخر بسبب الأمطار الغزيرة.\n"
    "وحذر خبراء الأرصاد من رياح قوية خلال الليل."
)


def documents(*texts: str) -> list[ArticleDocument]:
    return [
        ArticleDocument(
            ArticleSummary(n, 1, f"#{n}", None, None, len(t.split()), "ar", "rtl", None), t
        )
        for n, t in enumerate(texts, start=1)
    ]


def test_a_sentence_cuts_after_a_comma_with_four_words_each_side() -> None:
    text = "قال الوزير إن الحصيلة ارتفعت، وأعلنت البلدية إغلاق المدارس غدا"
    spans = [(t.start, t.end) for t in tokenize(text, 100)]
    assert cuts(text, 100, spans) == [100 + text.index("وأعلنت")]
    short = "قال الوزير ذلك، وأعلنت البلدية إغلاق المدارس غدا"
    assert cuts(short, 0, [(t.start, t.end) for t in tokenize(short)]) == []  # three words


def test_the_claim_left_out_of_a_joined_sentences_passage_is_offered_to_split_off() -> None:
    """Two outlets report the toll, one the schools: the joined sentence goes with the toll
    (a sentence is in one passage), and its second part is offered with the schools."""
    result = compare(documents(TWO_CLAIMS, TOLL, TOLL_AGAIN, SCHOOLS))
    joined = next(s for s in result.segments if s.text.startswith("وقال وزير الصحة"))
    toll = next(s for s in result.segments if s.text.startswith("ارتفعت حصيلة"))
    schools = next(s for s in result.segments if s.text.startswith("قررت البلدية"))
    assert joined.group is not None and joined.group == toll.group and schools.group is None
    (offer,) = result.parts[joined.id]
    assert offer.other == schools.id
    assert (offer.cut, offer.head) == (joined.start + joined.text.index("وأعلنت"), False)
    assert offer.score >= offer.whole + 0.05
    row = next(s for s in result.to_json()["segments"] if s["id"] == joined.id)
    assert row["parts"] == [
        {"cut": offer.cut, "head": False, "other": schools.id, "score": offer.score,
         "whole": offer.whole}
    ]  # fmt: skip
    assert joined.id in to_check(result, [a.summary.id for a in result.articles])


def test_a_part_that_shares_only_the_storys_common_words_is_not_offered() -> None:
    """«The governor said the storm hit the coastal city hard» against the leads «the storm
    hits the coastal city»: closer than the whole sentence (33 % against 23 %), but all they
    share is the storm and the city, which every article names."""
    joined = (
        "ضربت العاصفة مدينة الساحل فجر اليوم.\n"
        "وقال المحافظ إن العاصفة ضربت مدينة الساحل بقوة، وأعلنت البلدية إغلاق جميع المدارس "
        "يوم الأحد حتى إشعار آخر.\n"
        "وتتواصل أعمال الإغاثة في الأحياء المنكوبة."
    )
    city = (
        "العاصفة تضرب مدينة الساحل.\n"
        "وتتعرض مدينة الساحل منذ أيام لعاصفة عنيفة ضربت مدينة الساحل.\n"
        "وحذر خبراء الأرصاد من رياح قوية خلال الليل."
    )
    result = compare(documents(joined, TOLL, city, SCHOOLS))
    governor = next(s for s in result.segments if s.text.startswith("وقال المحافظ"))
    leads = {s.id for s in result.segments if s.text.startswith("العاصفة تضرب")}
    assert len(leads) == 2
    assert not leads & {o.other for o in result.parts.get(governor.id, ())}


def test_a_part_is_weighed_like_the_sentences() -> None:
    """``Vectors.rows`` of a whole sentence's words is that sentence's row: the same words, the
    same weights."""
    from app.compare.pipeline import DEFAULT_PIPELINE
    from app.compare.vectors import vector_matrix

    segmented = DEFAULT_PIPELINE.segmenter.segment(documents(TWO_CLAIMS, TOLL, SCHOOLS))
    vectors = vector_matrix(segmented.tokens, segmented.usable)
    again = vectors.rows(segmented.tokens)
    assert abs(again - vectors.matrix).max() < 1e-12


def test_a_part_that_introduces_a_quote_is_not_offered() -> None:
    """«He answered Putin, saying:» says nothing alone; cut after a colon, only what follows
    may be offered."""
    from app.compare.parts import _introduces

    text = "ورد على بوتين بقوله إن: روسيا تخوض حربا مقدسة ضد الغرب"
    assert _introduces(text, text.index("روسيا"))
    assert not _introduces(text, text.index("ضد"))
