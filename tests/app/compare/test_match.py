"""Match keys for alignment: suffix clitics and plural endings off, number words as digits,
paraphrases as one; and the linker's runner-up margin."""

from __future__ import annotations

import pytest

from app.compare.align import link_segments
from app.compare.engine import compare
from app.compare.match import match_key
from app.compare.tokens import tokenize
from app.library.records import ArticleDocument, ArticleSummary
from app.text.normalize import fold, strip_prefixes


def key(word: str) -> str:
    return match_key(strip_prefixes(fold(word)))


def test_suffixes_and_the_ta_before_them_come_off() -> None:
    assert key("لدعوته") == key("الدعوة") == key("دعوتنا")
    assert key("الصحفيين") == key("الصحفيون") == key("صحفي")
    assert key("برؤيتكم") == key("رؤيته")
    assert key("قمة") != key("قم")  # three letters stay whole


def test_number_words_meet_their_digits() -> None:
    assert key("الخامسة") == "5" and key("والسبعين") == "70" and key("بعشرة") == "10"


def test_monday_is_no_number_and_a_figure_after_wa_is_the_figure() -> None:
    # «الاثنين» (Monday) had the key of «اثنين» (two), the number 2; «و25 جريحا» kept its «و»
    keys = [t.match for t in tokenize("يوم الاثنين قتل اثنان و25 جريحا")]
    assert keys[1] != "2" and keys[3] == "2"
    assert keys[4] == "25"


def test_evacuation_is_one_word_either_way() -> None:
    # read on a dam's coverage: «بدء عملية الإجلاء» and «أن الإخلاء قد بدأ» shared no key
    assert key("الإجلاء") == key("الإخلاء") == key("إخلائها")


def test_the_survivors_are_one_word_however_written() -> None:
    # read on a plane crash's coverage: «نجاة 25 راكبا» and «نجا 25 شخصا» and «ارتفاع عدد
    # الناجين إلى 10» shared no key but the figure
    assert key("نجاة") == key("نجا") == key("الناجين") == key("ونجوا")
    assert key("نجاة") != key("إنقاذ")  # the rescued are not all who survived
    # and on an earthquake's: «تحذيرا من تسونامي» and «إنذار بحدوث تسونامي»
    assert key("تحذيرا") == key("إنذار") == key("تحذيرات")


def test_paraphrases_read_as_one_word() -> None:
    assert key("جئنا") == key("أتينا") == key("قدومنا")
    assert key("جميع") == key("كل")
    assert key("جئنا") != key("كل")


def test_a_counted_noun_joins_its_class_only_after_a_figure() -> None:
    """«امرأة» would lose «ة» and the alef before it like any word and read «أمر» (ordered): the
    lexicon gives it whole («#امرأة»). After a figure it is women («56 امرأة», Arabic counts 11
    to 99 with a singular), and meets «نساء»; alone it is one woman, not women (the public STS
    check pairs «امرأة» and «نساء» as different)."""
    women = tokenize("النساء")[0].match
    assert women == key("نساء") == key("سيدات")
    assert [t.match for t in tokenize("بينهم 56 امرأة")][2] == women
    assert [t.match for t in tokenize("ستة وخمسين امرأة")][2] == women
    alone = tokenize("قالت امرأة")[1]
    assert alone.match != women and not alone.counted
    assert alone.match != key("أمر") and key("وأمر") == key("أمر")


def test_traffic_halted_and_disrupted_are_one_claim() -> None:
    """«توقف / تعطل / شلل»: outlets say the traffic stopped in one of these words."""
    assert key("توقف") == key("تعطلت") == key("تعطّل") == key("شلل") == key("تعطيل")
    assert key("توقف") != key("أوقف")  # arrested: another class


def doc(number: int, text: str) -> ArticleDocument:
    summary = ArticleSummary(number, 1, text[:30], f"منفذ {number}", None, 9, "ar", "rtl", None)
    return ArticleDocument(summary, text)


def test_a_reworded_sentence_links_through_its_paraphrases() -> None:
    first = "وقال الرئيس للصحفيين إن هذا سبب قدومنا إلى القاعدة الشرقية. وأعلن الجيش مناورات بحرية."
    second = "وصرح الرئيس للصحفيين لهذا السبب جئنا إلى القاعدة الشرقية. وتراجعت أسعار النفط اليوم."
    result = compare([doc(1, first), doc(2, second)])
    texts = [(result.segments[x.a].text, result.segments[x.b].text) for x in result.links]
    assert any("قدومنا" in a and "جئنا" in b for a, b in texts), texts
    assert len(result.links) == 1  # the manoeuvres and oil prices stay apart


def test_a_margin_keeps_an_ambiguous_best_match_out() -> None:
    scores = {(0, 2): 0.40, (0, 4): 0.38, (1, 4): 0.20}  # 2 and 4 are not side by side
    articles, usable = [1, 1, 2, 2, 2], [True] * 5
    assert {(x.a, x.b) for x in link_segments(scores, articles, usable)} == {(0, 2)}
    assert link_segments(scores, articles, usable, margin=0.05) == []


def test_a_close_pair_links_when_a_third_outlet_says_it_too() -> None:
    """Read on a helicopter crash's coverage: outlets' leads announcing the president's death
    were each other's second best (each outlet also had a headline saying it), so they stayed
    apart at 0.35–0.43 while a third outlet's sentence scored 0.4 or more with both."""
    articles, usable = [1, 1, 2, 2, 3], [True] * 5
    scores = {
        (0, 2): 0.38, (0, 3): 0.42, (1, 2): 0.40,  # 0 and 2: each the other's second best
        (0, 4): 0.45, (2, 4): 0.41,  # a third article's sentence close to both
    }  # fmt: skip
    assert (0, 2) in {(x.a, x.b) for x in link_segments(scores, articles, usable)}
    weak = {**scores, (2, 4): 0.35}  # the third is close to one of them only
    assert (0, 2) not in {(x.a, x.b) for x in link_segments(weak, articles, usable)}
    low = {**scores, (0, 2): 0.33}  # below the supported band
    assert (0, 2) not in {(x.a, x.b) for x in link_segments(low, articles, usable)}


def test_a_sentence_links_to_the_two_sentences_that_say_it_side_by_side() -> None:
    """Read on a ship aground: «the ship, 220,000 tonnes and 400 metres, owned by a Taiwanese
    line, bound from China to Rotterdam» was linked to one outlet's «the ship, bound from China
    to Rotterdam, is owned by …» and not to the sentence before it, «the ship of 220,000 tonnes
    and 400 metres ran aground on Tuesday»: each of the two says part of it."""
    articles, usable = [1, 2, 2, 2], [True] * 4
    scores = {(0, 2): 0.50, (0, 1): 0.44, (0, 3): 0.30}
    found = {(x.a, x.b) for x in link_segments(scores, articles, usable)}
    # 3 is beside 2 as well and takes 0 as its best, but 0 ranks 3 only third in its article
    assert found == {(0, 2), (0, 1)}
    apart = {(0, 2): 0.50, (0, 1): 0.44, (1, 4): 0.60}  # 1 has a better match in 0's article
    assert (0, 1) not in {(x.a, x.b) for x in link_segments(apart, [1, 2, 2, 2, 1], [True] * 5)}
    # a headline and its lead with a dateline between: the lead is the headline's neighbour
    lead = {(0, 1): 0.50, (0, 3): 0.30}
    found = {(x.a, x.b) for x in link_segments(lead, articles, [True, True, False, True])}
    assert found == {(0, 1), (0, 3)}
    low = {(0, 2): 0.50, (0, 1): 0.22}  # below the link threshold
    assert {(x.a, x.b) for x in link_segments(low, articles, usable)} == {(0, 2)}
    assert {(x.a, x.b) for x in link_segments(scores, articles, usable, adjacent=0)} == {(0, 2)}


def test_ordinary_words_are_never_respelled_names() -> None:
    from app.compare.diff import word_diff
    from app.compare.tokens import tokenize

    def ops(a: str, b: str) -> list[str]:
        return [op.op for op in word_diff(tokenize(a), tokenize(b))]

    assert "variant" in ops("زار قاعدة فوستوشني", "زار قاعدة فوستوتشني")  # a transliteration
    assert "variant" in ops("وزير الدفاع شويغو", "وزير الدفاع شويجو")
    assert "variant" not in ops("الكورية الشمالية", "الكوري الشمالي")  # inflections
    assert "variant" not in ops("القاعدة الفضائية", "قاعدة الفضاء")


def test_sentences_giving_one_figure_score_higher() -> None:
    from app.compare.figures import figure_pairs
    from app.compare.pipeline import DEFAULT_PIPELINE, CandidateCosines

    first = doc(
        1, "أعلنت الوزارة مقتل 471 شخصا في قصف المستشفى الأهلي. وانقطعت الكهرباء عن المدينة."
    )
    second = doc(2, "بلغت حصيلة ضحايا مجزرة المستشفى 471 قتيلا بحسب الوزارة. وارتفعت أسعار الخبز.")
    segmented = DEFAULT_PIPELINE.segmenter.segment([first, second])
    texts = [s.text for s in segmented.segments]
    toll = (texts.index(next(t for t in texts if "مقتل 471" in t)),
            texts.index(next(t for t in texts if "471 قتيلا" in t)))  # fmt: skip
    assert figure_pairs(segmented) == {toll}
    representations = {r.name: r.represent(segmented) for r in DEFAULT_PIPELINE.representers}
    plain = CandidateCosines(figure_boost=0.0).score(segmented, representations)
    boosted = CandidateCosines().score(segmented, representations)
    # one question, and one figure given alike (471 dead): twice the boost
    assert toll in plain and boosted[toll] == pytest.approx(plain[toll] + 0.10)
    assert all(boosted[p] == plain[p] for p in plain if p != toll)


def test_a_toll_filed_under_two_places_still_raises_the_pair() -> None:
    """«6 dead and 53 injured» in Taksim and in Istanbul: the Facts table files them under two
    places, yet the two sentences give the same two figures (the Istiklal coverage)."""
    from app.compare.figures import figure_evidence
    from app.compare.pipeline import DEFAULT_PIPELINE

    first = doc(1, "وقال الرئيس إن ستة قتلى و53 جريحا سقطوا في منطقة تقسيم إثر الانفجار.")
    second = doc(2, "وأعلن المحافظ أن الانفجار خلف في إسطنبول 6 قتلى و53 جريحا بحسب آخر حصيلة.")
    third = doc(3, "وأغلقت الشرطة شوارع إسطنبول بعد الانفجار.")  # Taksim: one article in three
    segmented = DEFAULT_PIPELINE.segmenter.segment([first, second, third])
    assert figure_evidence(segmented) == {(0, 1): 2}  # no question in common, two figures alike
    # when most articles name the square, it is the event's place: one question, and more
    both = DEFAULT_PIPELINE.segmenter.segment([first, second])
    assert figure_evidence(both) == {(0, 1): 3}


def test_sentences_giving_a_tolls_two_figures_make_one_passage() -> None:
    """Three outlets' toll sentences: the first two linked strongly, the third linked to the
    second only and scoring nothing with the first (its words share little). Alone the third
    stays out (the passage would not be cohesive); when it gives the first's two figures alike
    (``related``), the passage holds all three (the Istiklal toll was four passages)."""
    from app.compare.align import Link, group_segments

    links = [Link(0, 1, 0.5), Link(1, 2, 0.3)]
    scores = {(0, 1): 0.5, (1, 2): 0.3}
    articles = [1, 2, 3]
    assert group_segments(3, links, scores, articles) == [[0, 1]]
    assert group_segments(3, links, scores, articles, related=[(0, 2)]) == [[0, 1, 2]]
    # related pairs never start a merge: no link, no passage
    assert group_segments(3, [], {}, articles, related=[(0, 2)]) == []


def test_two_passages_of_one_toll_merge() -> None:
    """The president's toll in two outlets (linked) and the governor's in two others (linked),
    each sentence giving both figures of the toll: no link joins the two passages, but a toll
    pair (``merging``) starts a merge, under the same rule as a link (cohesive, every member
    of the smaller passage related to the larger). A passage where one member gives no toll
    stays apart."""
    from app.compare.align import Link, group_segments

    links = [Link(0, 1, 0.6), Link(2, 3, 0.6)]
    scores = {(0, 1): 0.6, (2, 3): 0.6}
    articles = [1, 2, 3, 4]
    tolls = [(0, 2), (0, 3), (1, 2), (1, 3)]
    assert group_segments(4, links, scores, articles, related=tolls) == [[0, 1], [2, 3]]
    merged = group_segments(4, links, scores, articles, related=tolls, merging=tolls)
    assert merged == [[0, 1, 2, 3]]
    # the fourth sentence gives no toll: not every member of that passage is related to the
    # other, so the two stay apart
    partial = [(0, 2), (1, 2)]
    assert group_segments(4, links, scores, articles, related=partial, merging=partial) == [
        [0, 1],
        [2, 3],
    ]


def test_an_articles_second_report_of_the_toll_joins_its_passage() -> None:
    """Two outlets give the toll in their lead and again as the president's words; the leads
    make one passage with two other outlets', and the president's two sentences, each the
    other's best, another. Every sentence gives both figures of one toll: the two passages
    are one (before, the president's toll stood apart, as on the Istiklal coverage)."""
    texts = [
        "قتل ستة أشخاص وأصيب 53 آخرون في انفجار شارع الاستقلال بإسطنبول.\n"
        "وقال الرئيس في كلمة متلفزة إن الهجوم الدنيء خلف ستة قتلى و53 جريحا.",
        "أسفر انفجار في شارع الاستقلال بإسطنبول عن مقتل ستة أشخاص وإصابة 53.\n"
        "ووصف الرئيس في كلمته المتلفزة الهجوم بالدنيء قائلا إنه خلف ستة قتلى و53 جريحا.",
        "قتل ستة أشخاص وأصيب 53 في انفجار هز شارع الاستقلال في إسطنبول.\nوطوقت الشرطة المكان.",
        "انفجار في شارع الاستقلال بإسطنبول أسفر عن مقتل ستة أشخاص وإصابة 53.\n"
        "وهرعت سيارات الإسعاف إلى المكان.",
    ]
    result = compare([doc(n, t) for n, t in enumerate(texts, start=1)])
    president = [s for s in result.segments if "الرئيس" in s.text]
    leads = [s for s in result.segments if s.text.startswith(("قتل", "أسفر", "انفجار"))]
    assert len(president) == 2 and len(leads) == 4
    assert len({s.group for s in president + leads}) == 1 and president[0].group is not None


def test_news_wording_of_an_attack_shares_keys() -> None:
    """Classes added from the Istiklal coverage: «the cause is not yet clear / still unknown»,
    «vile / heinous / despicable attack», «perpetrators / attackers», «we will punish /
    punishment», «crowded», «rushed / headed to»."""
    from app.compare.tokens import tokenize

    def keys(text: str) -> list[str]:
        return [t.match for t in tokenize(text)]

    assert keys("لم يتضح")[1] == keys("غير معروف")[1]
    assert keys("الهجوم الدنيء")[1] == keys("الهجوم الشنيع")[1] == keys("هجوم حقير")[1]
    assert keys("مرتكبي الهجوم")[0] == keys("المنفذين")[0] == keys("الجناة")[0]
    assert keys("سنعاقب")[0] == keys("معاقبة")[0]
    assert keys("المزدحم")[0] == keys("الزحام")[0]
    assert keys("هرعت")[0] == keys("متجهين")[0]
    # read again on other coverage of the attack: involvement, evacuation, revealing, and a
    # lexicon word in its construct plural or with the future prefix
    assert keys("ضلوع")[0] == keys("متورطة")[0] == keys("تورط")[0]
    assert keys("أخلت")[0] == keys("إخلاء")[0]
    assert keys("منفذي التفجير")[0] == keys("مرتكبي الهجوم")[0]
    assert keys("سنكشف")[0] == keys("كشف")[0]
    assert keys("سنوات")[0] != keys("وات")[0] and keys("سيارة")[0] == "سيار"  # not a prefix


def test_two_tolls_with_different_figures_are_one_toll_for_the_passage() -> None:
    """The Istiklal governor's first count (4 dead, 38 injured) and the president's later one
    (6 and 53): each answers both questions of the toll, so for a passage's membership they
    belong together (its word diff then shows 4→6 and 38→53); a sentence giving the dead
    alone does not join them that way."""
    from app.compare.figures import figure_relations
    from app.compare.pipeline import DEFAULT_PIPELINE

    first = doc(1, "وكتب المحافظ أن أربعة أشخاص قتلوا وأصيب 38 في الانفجار.")
    second = doc(2, "وقال الرئيس إن الانفجار خلف ستة قتلى و53 جريحا.")
    third = doc(3, "وقتل ستة أشخاص في الانفجار الذي هز الشارع.")
    segmented = DEFAULT_PIPELINE.segmenter.segment([first, second, third])
    found = figure_relations(segmented)
    assert found.tolls == {(0, 1)}
    assert found.evidence[(1, 2)] == 2  # one question, one figure alike (6 dead)
    # two cities' tolls are two tolls, though the table asks both with their country's
    malatya = doc(1, "وقتل 23 شخصا وأصيب 420 آخرون في ملطية.")
    urfa = doc(2, "وقتل 17 شخصا وأصيب 30 آخرون في شانلي أورفا.")
    cities = DEFAULT_PIPELINE.segmenter.segment([malatya, urfa])
    assert figure_relations(cities).tolls == frozenset()
    # a toll that names no place is one toll with the event's («in Kerman»): read on the
    # Kerman bombings, where reading «103 قتيلا، واصابة 181» right (not one combined figure)
    # had cut the toll's passage in two
    kerman = doc(1, "وقتل 73 شخصا وأصيب 171 آخرون في مدينة كرمان جنوب إيران.")
    nowhere = doc(2, "وقال التلفزيون إن عدد القتلى ارتفع إلى 103 قتيلا، واصابة 181 جريحا.")
    rose = DEFAULT_PIPELINE.segmenter.segment([kerman, nowhere])
    assert figure_relations(rose).tolls == {(0, 1)}


def test_the_dead_given_alone_join_the_tolls_passage() -> None:
    """Three outlets give the minister's toll (dead and injured); a fourth, earlier, gives only
    «at least 10 dead» from its own sources, in words that share little with the others. Each
    gives the dead of the one blast, and each is its article's only sentence to do so: the early
    count stands in the toll's passage, where its figure can be read against the others (the
    Beirut coverage). An article that gives the dead twice (the blast's and an earlier one)
    relates neither sentence that way."""
    from app.compare.figures import figure_relations
    from app.compare.pipeline import DEFAULT_PIPELINE

    texts = [
        "قال وزير الصحة إن أكثر من 30 شخصا لقوا حتفهم وأصيب 3000 آخرون في انفجار المرفأ.\n"
        "وهرعت سيارات الإسعاف إلى المكان.",
        "أعلن وزير الصحة مقتل 30 شخصا وإصابة 3000 آخرين جراء انفجار المرفأ.\n"
        "وأغلق الجيش الطرق المؤدية إلى المرفأ.",
        "كشف وزير الصحة أن انفجار المرفأ خلف 30 قتيلا و3000 جريح في حصيلة أولية.\n"
        "وامتلأت المستشفيات بالمصابين.",
        "ونقلت وكالة رويترز عن مصادر أمنية وطبية سقوط 10 ضحايا على الأقل.\n"
        "وتصاعدت سحب الدخان فوق العاصمة.",
    ]
    result = compare([doc(n, t) for n, t in enumerate(texts, start=1)])
    toll = [s for s in result.segments if "30" in s.text or "10 ضحايا" in s.text]
    assert len(toll) == 4
    assert toll[0].group is not None and len({s.group for s in toll}) == 1
    early = next(s for s in result.segments if "10 ضحايا" in s.text)
    assert not any(early.id in (link.a, link.b) for link in result.links)  # words alone: none

    twice = doc(4, "ونقلت وكالة رويترز عن مصادر أمنية سقوط 10 ضحايا على الأقل.\n"
                   "وكان انفجار سابق في المرفأ قد أدى إلى مقتل 5 أشخاص.")  # fmt: skip
    segmented = DEFAULT_PIPELINE.segmenter.segment([doc(1, texts[0]), twice])
    assert figure_relations(segmented).casualties == frozenset()
    single = DEFAULT_PIPELINE.segmenter.segment([doc(1, texts[0]), doc(4, texts[3])])
    assert figure_relations(single).casualties == {(0, 2)}
    # a headline's «kills dozens» gives no figure: the early count is still the only one
    headline = doc(4, "انفجار المرفأ يقتل العشرات ويجرح الآلاف\n" + texts[3])
    segmented = DEFAULT_PIPELINE.segmenter.segment([doc(1, texts[0]), headline])
    early = next(s.id for s in segmented.segments if "10 ضحايا" in s.text)
    assert figure_relations(segmented).casualties == {(0, early)}


def test_a_photo_caption_of_the_storys_names_is_not_compared() -> None:
    """«وزير الصحة اللبناني حمد حسن» under a photo: every word is one most articles carry, and
    the line is written word for word inside their sentences. Linked to two of them it joined
    the minister's toll and his word on the fireworks in one passage; now it is not compared,
    and those two stay apart. A headline of the story's common words in its own order is still
    compared. (The hospitals sentence gives no injured: «أصيب» and «الجرحى» are one word to the
    lexicon, and that sentence would be linked to the toll for them, not through the caption.)"""
    from app.compare.pipeline import DEFAULT_PIPELINE

    texts = [
        "وزير الصحة اللبناني حمد حسن\nوهرعت سيارات الإسعاف إلى المرفأ بعد الانفجار.",
        "قال وزير الصحة اللبناني حمد حسن إن أكثر من ثلاثين شخصا لقوا حتفهم وأصيب الآلاف بجروح"
        " متفاوتة.\nوأغلق الجيش الطرق.",
        "وأفاد وزير الصحة اللبناني حمد حسن بأن ما جرى نتيجة اشتعال مستودع للمفرقعات النارية"
        " المخزنة منذ سنوات.\nواشتعلت النيران في المرفأ.",
        "وأكد وزير الصحة اللبناني حمد حسن أن المستشفيات امتلأت وطلب فتح أقسام جديدة في"
        " الضواحي.\nانفجار المرفأ وزير الصحة قتلوا",
    ]
    documents = [doc(n, t) for n, t in enumerate(texts, start=1)]
    segmented = DEFAULT_PIPELINE.segmenter.segment(documents)
    usable = {s.text: ok for s, ok in zip(segmented.segments, segmented.usable, strict=True)}
    assert usable["وزير الصحة اللبناني حمد حسن"] is False
    assert usable["انفجار المرفأ وزير الصحة قتلوا"] is True  # not inside another's sentence
    result = compare(documents)
    toll = next(s for s in result.segments if "ثلاثين" in s.text)
    fireworks = next(s for s in result.segments if "مستودع" in s.text)
    assert toll.group is None or toll.group != fireworks.group


def test_a_sections_heading_inside_the_body_is_not_compared() -> None:
    """«معلومات عن جسر فرانسيس» between two paragraphs heads a section and reports nothing; on
    a bridge's coverage one such line was linked into the passage of the collapse, and on the
    seeds «استقبال حار لكيم» to a sentence that says something else. It is not compared, and
    its text stays the article's (no furniture). The title above the first paragraph, a line
    that leads into a quotation, a quoted claim set as a heading and a short last line are
    compared as before."""
    from app.compare.pipeline import DEFAULT_PIPELINE

    body = "وانهار الجسر بعد أن اصطدمت به سفينة شحن كبيرة في ساعة مبكرة من صباح الثلاثاء."
    texts = [
        "انهيار جسر في بالتيمور\n" + body + "\nمعلومات عن الجسر\n"
        "ويمتد الجسر على مسافة 2.6 كيلومتر فوق النهر وافتتح في عام 1977 بعد سنوات من البناء."
        '\nوأضاف:\n«نبحث عن ستة أشخاص».\nكيم وبوتين سيناقشان "كل القضايا"\n' + body,
        "سفينة تصطدم بجسر\n" + body + "\nوتجري عمليات بحث وإنقاذ واسعة عن ستة عمال مفقودين",
    ]
    documents = [doc(n, t) for n, t in enumerate(texts, start=1)]
    segmented = DEFAULT_PIPELINE.segmenter.segment(documents)
    usable = {s.text: ok for s, ok in zip(segmented.segments, segmented.usable, strict=True)}
    assert usable["معلومات عن الجسر"] is False
    assert not segmented.segments[2].furniture  # shown as the article's text, not dimmed
    assert usable["انهيار جسر في بالتيمور"] and usable["سفينة تصطدم بجسر"]  # the titles
    assert usable['كيم وبوتين سيناقشان "كل القضايا"']
    assert usable["وتجري عمليات بحث وإنقاذ واسعة عن ستة عمال مفقودين"]  # no paragraph after it
    heading = next(s for s in compare(documents).segments if s.text == "معلومات عن الجسر")
    assert heading.group is None and heading.support == "none"


def test_a_large_collection_pairs_only_the_candidates_and_finds_the_same() -> None:
    """Beyond STORY_GATE articles the figure evidence looks at the scorer's candidate pairs
    only (a hundred stories' tolls make one question of thousands of facts): over the same
    pairs it finds what pairing every two sentences of a question finds."""
    import itertools

    from app.compare.figures import _relations
    from app.compare.pipeline import DEFAULT_PIPELINE

    texts = [
        "وكتب المحافظ أن أربعة أشخاص قتلوا وأصيب 38 في الانفجار.",
        "وقال الرئيس إن الانفجار خلف ستة قتلى و53 جريحا.",
        "وقتل ستة أشخاص في الانفجار الذي هز الشارع. وأصيب 53 آخرون.",
        "وارتفع عدد القتلى إلى 6 والجرحى إلى 53 في آخر حصيلة.",
        "وقال التلفزيون إن عدد القتلى ارتفع إلى 103 قتيلا، واصابة 181 جريحا.",
    ]
    segmented = DEFAULT_PIPELINE.segmenter.segment([doc(n, t) for n, t in enumerate(texts, 1)])
    article_of = segmented.article_of
    pairs = [
        (a, b)
        for a, b in itertools.combinations(range(len(segmented.segments)), 2)
        if article_of[a] != article_of[b]
    ]
    every, among = _relations(segmented, None), _relations(segmented, pairs)
    assert every.evidence and every.tolls  # the invented toll gives something to find
    assert among.evidence == every.evidence
    assert among.tolls == every.tolls and among.casualties == every.casualties
    some = pairs[: len(pairs) // 2]
    assert set(_relations(segmented, some).evidence) <= set(some)


def test_a_counted_noun_and_the_same_word_alone_weigh_as_two_words_in_part_rows() -> None:
    """Rows for parts of sentences (``Vectors.rows``) look words up by stem: «امرأة» after a
    figure is women, alone one woman, whichever comes first."""
    from app.compare.vectors import vector_matrix

    women, alone = tokenize("بينهم 56 امرأة"), tokenize("قالت امرأة")
    vectors = vector_matrix([women, alone], [True, True])
    for order in ([women, alone], [alone, women]):
        rows = vectors.rows([order[0][-1:], order[1][-1:]])
        again = vectors.rows([order[1][-1:], order[0][-1:]])
        assert (rows[0] != again[1]).nnz == 0 and (rows[1] != again[0]).nnz == 0
        assert (rows[0] != rows[1]).nnz > 0
