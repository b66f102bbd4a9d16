"""Two sentences that share only who spoke are not one claim (``app.compare.speakers``)."""

from __future__ import annotations

import dataclasses

from app.compare.engine import compare
from app.compare.pipeline import DEFAULT_PIPELINE, Pipeline
from tests.app.compare.test_match import doc

# Read on a train crash's coverage: the ministry's spokesman, named with his title in two
# outlets, announcing two different things (more ambulances; an operations room).
AMBULANCES = (
    "وقع حادث تصادم بين قطارين للركاب قرب مدينة طهطا صباح اليوم. "
    "وأوضح الدكتور سامي عبد الرحيم، المتحدث الرسمي باسم وزارة الصحة والسكان، أنه تم رفع عدد"
    " سيارات الإسعاف المتجهة إلى موقع الحادث من ثلاثين إلى سبعين سيارة مجهزة. "
    "وخرجت ثلاث عربات عن القضبان."
)
OPERATIONS_ROOM = (
    "شهدت محافظة سوهاج حادث اصطدام قطارين صباح اليوم. "
    "وأعلن الدكتور سامي عبد الرحيم المتحدث الرسمي باسم وزارة الصحة أن الوزيرة شكلت غرفة"
    " عمليات دائمة لمتابعة حالة المصابين في مستشفيات المحافظة الثلاثة. "
    "وتحدث شهود عن انقلاب عربات القطار."
)
THIRD = (
    "اصطدم قطار مكيف بقطار ركاب من الخلف في سوهاج. "
    "وتجمع الأهالي حول العربات المقلوبة في انتظار وصول فرق الإنقاذ من المدن المجاورة. "
    "ولم تعرف أسباب الحادث بعد."
)


def _pipeline(beyond: bool) -> Pipeline:
    return DEFAULT_PIPELINE.replace(
        scorer=dataclasses.replace(DEFAULT_PIPELINE.scorer, beyond_speakers=beyond)
    )


def _linked(texts: list[str], beyond: bool) -> set[tuple[str, str]]:
    result = compare([doc(n, t) for n, t in enumerate(texts, 1)], pipeline=_pipeline(beyond))
    return {(result.segments[x.a].text[:12], result.segments[x.b].text[:12]) for x in result.links}


def test_a_shared_speaker_alone_links_nothing() -> None:
    texts = [AMBULANCES, OPERATIONS_ROOM, THIRD]
    spokesman = ("وأوضح الدكتو", "وأعلن الدكتو")
    assert spokesman in _linked(texts, beyond=False)  # what the cosine alone did
    linked = _linked(texts, beyond=True)
    assert spokesman not in linked
    assert ("وقع حادث تصا", "شهدت محافظة ") in linked  # the crash itself still links


def test_one_speaker_saying_one_thing_still_links() -> None:
    same = (
        "ووقع الاصطدام في الصباح الباكر. "
        "وقال الدكتور سامي عبد الرحيم إن وزارة الصحة رفعت عدد سيارات الإسعاف المتجهة إلى موقع"
        " الحادث. "
        "ونقل المصابون إلى المستشفيات."
    )
    assert ("وأوضح الدكتو", "وقال الدكتور") in _linked([AMBULANCES, same, THIRD], beyond=True)


# Read on the summit's coverage: «inspected the launch facilities» and «exchanged rifles», both in
# «Russia's Far East» on Wednesday, linked on the setting alone (reproduced in invented words).
VISIT = (
    "التقى رئيسا البلدين في مدينة نائية اليوم. "
    "وتفقد الضيف مصنعا للطائرات المسيرة بأقصى الشرق الروسي يوم الأربعاء. "
    "وعقدت المحادثات خلف أبواب مغلقة."
)
GIFTS = (
    "اجتمع الزعيمان في قاعدة عسكرية. "
    "وتبادل الزعيمان هدايا تذكارية في أقصى شرق روسيا يوم الأربعاء. "
    "ولم يصدر بيان مشترك بعد المحادثات."
)
SUMMIT = (
    "عقدت قمة بين البلدين في الشرق. "
    "وقالت وسائل إعلام إن المحادثات تناولت التعاون العسكري. "
    "وغادر الضيف بالقطار."
)


def test_a_shared_setting_alone_links_nothing() -> None:
    setting = ("وتفقد الضيف ", "وتبادل الزعي")
    assert setting in _linked([VISIT, GIFTS, SUMMIT], beyond=False)
    linked = _linked([VISIT, GIFTS, SUMMIT], beyond=True)
    assert setting not in linked
    assert ("التقى رئيسا ", "عقدت قمة بين") in linked


def test_one_visit_in_one_setting_still_links() -> None:
    same = GIFTS.replace("وتبادل الزعيمان هدايا تذكارية", "وزار الضيف مصنع الطائرات المسيرة")
    assert ("وتفقد الضيف ", "وزار الضيف م") in _linked([VISIT, same, SUMMIT], beyond=True)


def test_a_respelled_person_with_his_office_alone_links_nothing() -> None:
    """The seeds' Shoigu sentence («ويحضر وزير الدفاع الروسي سيرغي شويغو المناقشات») and another
    outlet's mention of his July visit («… زيارة وزير الدفاع الروسي سيرجي شويجو لكوريا») share
    the man and his office, spelled two ways, and no claim; a pair the score puts in the band is
    scored without them. Saying one thing of him still counts."""
    from app.compare.speakers import beyond_speakers

    texts = [
        "ويحضر وزير الدفاع الروسي سيرغي شويغو المناقشات مع الوفد.\n"
        "وقال وزير الدفاع الروسي سيرغي شويغو إن القوات دمرت 12 دبابة قرب المدينة.",
        "وتزايدت التكهنات بعد زيارة وزير الدفاع الروسي سيرجي شويجو لكوريا الشمالية في يوليو.\n"
        "وأعلن وزير الدفاع الروسي سيرجي شويجو أن القوات دمرت 12 دبابة قرب المدينة.",
    ]
    pipeline = _pipeline(True)
    segmented = pipeline.segmenter.segment([doc(n, t) for n, t in enumerate(texts, 1)])
    vectors = pipeline.representers[0].represent(segmented)
    attends, said_a, visit, said_b = range(4)
    scores = {(attends, visit): 0.3, (said_a, said_b): 0.3}  # both in the band
    found = beyond_speakers(segmented, vectors, scores)
    assert found[(attends, visit)] < 0.1  # only the man and his office were shared
    assert (said_a, said_b) not in found  # the tanks destroyed: still a claim in common
