"""The furniture detector on the seeds and on furniture written in other sites' styles."""

from __future__ import annotations

from app.resources import seeds_dir
from app.text.furniture import FurnitureSpan, detect_furniture, repeated_short_lines

P1 = (
    "أعلنت وزارة الصحة في ليبيا ارتفاع عدد ضحايا الفيضانات في مدينة درنة إلى أكثر من خمسة آلاف شخص."
)
P2 = "وقال المتحدث باسم الوزارة إن فرق الإنقاذ ما زالت تبحث عن المفقودين تحت الأنقاض وفي البحر."
P3 = "وأضاف أن المساعدات الدولية بدأت تصل إلى المدينة عبر مطار بنينا في بنغازي منذ صباح الأربعاء."


def marked(text: str, repeated: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in detect_furniture(text, repeated)]


def test_seed_furniture_is_found_and_the_body_is_not() -> None:
    seeds = {p.name[:3]: p.read_text("utf-8") for p in sorted(seeds_dir().glob("*.txt"))}
    assert marked(seeds["000"]) == [] and marked(seeds["001"]) == []
    assert marked(seeds["002"]) == [("buttons", "تم أضافة تعليقك سوف يظهر بعد المراجعة")]
    spans = marked(seeds["003"])
    assert ("breadcrumb", "آسياأخبار العالم") in spans
    assert ("pointer", "اظهر المزيد") in spans
    assert spans[-1][1].startswith("مقالات ذات صلة") and spans[-1][1].endswith("إغلاق")
    (tail,) = marked(seeds["004"])
    assert tail[1].startswith("كلمات دلالية:")
    assert tail[1].endswith(
        "وزيرة خارجية أستراليا: الاتفاق الدفاعي بين كوريا الشمالية وروسيا يزعزع الاستقرار"
    )
    assert "المصدر: سكاي نيوز عربية" not in tail[1]  # the credit line is part of the article
    assert "سنخوض معا الحرب ضد الإمبريالية" not in tail[1]


def test_gulf_site_style_with_tags_share_and_most_read() -> None:
    text = "\n".join(
        [
            "الرئيسية › أخبار › عربي",
            "ارتفاع ضحايا فيضانات درنة",
            P1,
            P2,
            "شاهد أيضاً: مشاهد جوية للدمار في درنة",
            P3,
            "شارك",
            "الوسوم: ليبيا، درنة، فيضانات",
            "الأكثر قراءة",
            "1. عاصفة دانيال تضرب شرق ليبيا",
            "2. مصر ترسل مساعدات",
        ]
    )
    assert marked(text) == [
        ("pointer", "الرئيسية › أخبار › عربي"),
        ("pointer", "شاهد أيضاً: مشاهد جوية للدمار في درنة"),
        ("pointer", "شارك"),
        ("end-section", "\n".join(text.split("\n")[-4:])),
    ]


def test_english_page_furniture() -> None:
    text = "\n".join(
        [
            "World | Middle East",
            "Libya floods: death toll rises in Derna",
            "The death toll from floods in the eastern Libyan city of Derna has risen above "
            "5,000, the health ministry said on Wednesday.",
            "Read more: How Storm Daniel formed",
            "Rescue teams are still searching for the missing under the rubble and at sea, "
            "a spokesman said.",
            "Share this article",
            "Related stories",
            "Morocco earthquake: villages cut off",
            "Advertisement",
        ]
    )
    assert marked(text) == [
        ("breadcrumb", "World | Middle East"),
        ("pointer", "Read more: How Storm Daniel formed"),
        ("pointer", "Share this article"),
        ("end-section", "Related stories\nMorocco earthquake: villages cut off\nAdvertisement"),
    ]


def test_a_bullet_list_of_related_headlines_mid_page() -> None:
    text = "\n".join(
        [
            P1,
            "• عاصفة دانيال تضرب شرق ليبيا",
            "• مصر ترسل فرق إنقاذ إلى درنة",
            "• الأمم المتحدة تطلق نداء عاجلا",
            P2,
            P3,
        ]
    )
    assert [k for k, _ in marked(text)] == ["related-list"]


def test_sub_headings_and_prose_starting_with_cue_words_stay() -> None:
    text = "\n".join(
        [
            "فيضانات درنة",  # the headline: short, but it is the title
            P1,
            "حصيلة الضحايا",  # a sub-heading inside the body
            P2,
            "شارك الرئيس الليبي في اجتماع طارئ لبحث الأوضاع في المدينة المنكوبة يوم الأربعاء.",
            "التعليقات التي أدلى بها المسؤولون أثارت غضب السكان في المدينة المنكوبة وخارجها.",
            P3,
        ]
    )
    assert marked(text) == []


def test_lines_repeated_across_the_collection() -> None:
    a = "\n".join([P1, "تابع آخر الأخبار عبر تطبيقنا", P2])
    b = "\n".join([P3, "تابع آخر الأخبار عبر تطبيقنا", P1.replace("ليبيا", "ليبيا الشرقية")])
    repeated = frozenset(repeated_short_lines([a, b]))
    assert marked(a, repeated) == [("repeated", "تابع آخر الأخبار عبر تطبيقنا")]
    assert marked(a) == []  # alone, a short line in the body is left as it is


def test_repetition_added_to_each_text_equals_detecting_it_afresh() -> None:
    """The import adds "repeated" lines to what each text alone showed; the result is what a
    full detection with the collection's repeated lines gives."""
    from app.ingest.service import list_importable
    from app.resources import seeds_dir
    from app.text.furniture import (
        analyse_text,
        detect_in_collection,
        repeated_short_lines,
        with_meta,
    )

    seeds = [p.read_text("utf-8") for p in list_importable(seeds_dir())]
    footer = "\nتابعونا\nشارك المقال\nالأكثر تداولا اليوم\n"
    texts = [
        "أخبار محلية\n" + text.replace("\n", "\nسطر قصير مكرر\n", 1) + footer for text in seeds
    ]
    repeated = repeated_short_lines(texts)
    fresh = [with_meta(detect_furniture(t, repeated), analyse_text(t).meta) for t in texts]
    added = detect_in_collection(texts, (), [analyse_text(t) for t in texts])

    def shown(found: list[tuple[FurnitureSpan, ...]]) -> list[list[tuple[str, str]]]:
        pairs = zip(texts, found, strict=True)
        return [[(s.kind, t[s.start : s.end]) for s in spans] for t, spans in pairs]

    assert shown(added) == shown(fresh)
    assert any(s.kind == "repeated" for spans in added for s in spans)


def test_a_labelled_pointer_with_a_long_linked_headline() -> None:
    """Read on a nightclub fire's coverage: «شاهد ايضاً: …» before a 17-word headline of
    another story (a former prime minister dead at 88) was read as the article's own, and its
    age went into the Facts table. A pointer cue with a colon marks its line up to 40 words;
    without one, a line opening with the cue words is prose past 16."""
    teaser = (
        "شاهد ايضاً: رئيس وزراء سابق لإحدى دول البحر المتوسط وزعيم حزبها الاشتراكي القديم"
        " يتوفى في العاصمة عن عمر يناهز 88 عاماً"
    )
    assert len(teaser.split()) > 16
    assert marked("\n".join([P1, teaser, P2])) == [("pointer", teaser)]
    prose = (
        "شاهد أيضا سكان الحي الشرقي من المدينة ألسنة اللهب وهي تلتهم الطابق الثالث من المبنى"
        " قبل أن تنجح فرق الإطفاء في إخماد الحريق بعد ساعات"
    )
    assert marked("\n".join([P1, prose, P2])) == []


def test_a_pointer_cue_ended_by_dots() -> None:
    """Read on a train crash's coverage: «اقرأ أيضًا..» glued by two dots to a linked headline
    of an earlier report stayed in the article and was linked, as the article's own sentence,
    with two outlets' accounts of the crash. Dots end the cue as a colon does."""
    teaser = 'اقرأ أيضًا..اصطدام قطارين وخروج 3 عربات عن القضبان في سوهاج ووقوع ضحايا.."صور"'
    assert marked("\n".join([P1, teaser, P2])) == [("pointer", teaser)]
    ellipsis = "شاهد أيضا… فرق الإنقاذ تنتشل الركاب من العربات المقلوبة بعد تصادم القطارين"
    assert marked("\n".join([P1, ellipsis, P2])) == [("pointer", ellipsis)]
    prose = "اقرأ أيضا ما كتبه شهود العيان عن اللحظات الأولى بعد الاصطدام في محطة المدينة"
    assert marked("\n".join([P1, prose, P2])) == []


def test_a_teaser_glued_inside_a_paragraph() -> None:
    """Read on a hospital fire's coverage: a page that lost its line breaks carried «اقرأ أيضا»
    and another story's headline between two sentences of one paragraph, and the headline was
    compared as the article's own words. The teaser is marked from the cue to the end of its
    headline: the first «و…» word that starts the next sentence (a «و» inside quotation marks
    belongs to the headline), or its full stop; the sentence after it stays the article's."""
    paragraph = (
        "وقال الدفاع المدني إن النيران امتدت إلى الطابق الثاني. "
        'اقرأ أيضا صلاة في ساحة غنى فيها "المطرب وفرقته" وراح الأهالي يبحثون عن ذويهم في الأجنحة. '
        "وأضاف أن الفرق أخلت المرضى. اقرأ أيضًا: الرئيس: الكارثة نتيجة الإهمال. ونقل الجرحى إلى"
        " مستشفيات قريبة."
    )
    assert marked("\n".join([P1, paragraph, P2])) == [
        ("pointer", 'اقرأ أيضا صلاة في ساحة غنى فيها "المطرب وفرقته"'),
        ("pointer", "اقرأ أيضًا: الرئيس: الكارثة نتيجة الإهمال."),
    ]
    # no end within twenty words: the words may be the article's own, nothing is marked
    long = (
        "وأضاف أن الفرق أخلت المرضى. اقرأ أيضا ما كتبه شهود العيان عن الساعات الأولى للحريق في"
        " الطابق الثاني من المبنى القديم الذي يضم قسم العناية المركزة لمرضى كورونا في المدينة"
        " القديمة كلها"
    )
    assert marked("\n".join([P1, long, P2])) == []


def test_the_sentence_after_a_glued_teaser_is_compared() -> None:
    from app.compare.segments import segment_article
    from app.library.records import FurnitureMark

    glued = (
        "وأضاف أن الفرق أخلت المرضى. اقرأ أيضا الرئيس: الكارثة نتيجة الإهمال"
        " وراح الأهالي يبحثون عن ذويهم."
    )
    text = "\n".join([P1, glued])
    marks = [
        FurnitureMark(n, s.start, s.end, s.kind, "detected", True)
        for n, s in enumerate(detect_furniture(text))
    ]
    segments = segment_article(1, text, marks)
    compared = [s.text for s in segments if not s.furniture]
    assert "وراح الأهالي يبحثون عن ذويهم." in compared
    assert not any("الإهمال" in t for t in compared)


def test_a_short_closing_sentence_is_the_articles() -> None:
    """Read on a dam's coverage (reproduced in invented words): the last paragraph, «the two
    sides traded accusations.», five words and a full stop, was taken for buttons after the
    article; a line of buttons or links does not end a sentence."""
    text = f"{P1}\n\n{P2}\n\nوتبادل الطرفان الاتهامات بتدمير الجسر.\n"
    assert marked(text) == []
    after = marked(f"{P1}\n\n{P2}\n\nاضغط هنا للمزيد من الأخبار\n")  # no full stop: buttons
    assert [text for _kind, text in after] == ["اضغط هنا للمزيد من الأخبار"]


def test_another_articles_headline_at_the_foot_of_the_page() -> None:
    """Read on a helicopter crash's and a bridge's coverage: the page's last line is the headline
    of another article («ستشتري مصفاة أغنى أفريقي النفط الخام …»), nine words or more and no
    full stop, after a paragraph that ends a sentence; it was compared and tinted "this outlet
    only". A last paragraph with its full stop stays, and so does the last line of a page that
    writes no full stops."""
    teaser = "السفينة التي ضربت الجسر لها تاريخ طويل من الحوادث المؤسفة في الموانئ"
    assert marked(f"{P1}\n\n{P2}\n\n{teaser}\n") == [("related-list", teaser)]
    assert marked(f"{P1}\n\n{P2}\n\n{teaser}.\n") == []
    bare = [p.rstrip(".") for p in (P1, P2)]
    assert marked(f"{bare[0]}\n\n{bare[1]}\n\n{teaser}\n") == []


def test_a_sites_disclaimer_ends_the_article() -> None:
    """Read on a ceasefire's coverage (reproduced in invented words): an aggregator's
    disclaimer under the article, no label, was compared as a claim of its own."""
    disclaimer = (
        "إخلاء مسؤولية هذا الموقع يجمع الأخبار آليا من مصادر مختلفة، ولا يتحمل تبعة ما ينشر فيه."
    )
    text = "\n".join([P1, P2, disclaimer])
    assert marked(text) == [("end-section", disclaimer)]
    prose = "\n".join([P1, "وطالب المحامي بإخلاء مسؤولية موكله عن الحادث أمام المحكمة.", P2])
    assert marked(prose) == []
