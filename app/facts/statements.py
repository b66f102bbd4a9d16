"""Facts a sentence states beyond its quantities: who says it (``said_by``), how it describes
a thing (``elatives``), counts written by their noun (``noun_counts``: «صاروخين», «صاروخا
واحدا») and when the event happened (``event_times``). Each reads the sentence through
``extract``'s reader. And two passes over an article's facts: a figure in brackets after a
total is a part of it (``breakdowns``), a figure given twice takes the other's scope
(``repeated``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.facts.descriptors import context_keys, descriptor_fact, elative_at
from app.facts.labels import NOT_PLACES
from app.facts.model import Fact
from app.facts.numbers import Quantity, Word
from app.facts.sources import medium_words, told_medium
from app.facts.times import TimeMention
from app.facts.words import (
    AMONG,
    COUNTERS,
    NOT_COUNTED,
    NOUN_KINDS,
    PEOPLE,
    TRIGGERS,
    forms,
    lemma,
    lookup,
    member,
    wordset,
)
from app.text.normalize import fold

if TYPE_CHECKING:
    from app.facts.reader import SentenceReader

EVENT_VERBS = wordset(
    "وقع وقعت ضرب ضربت انهار انهارت اندلع اندلعت انفجر انفجرت هز هزت حدث حدثت استهدف استهدفت"
    " نفذ نفذت اجريت جرت"
    " اصطدم اصطدمت تحطم تحطمت"  # «في حوالي الساعة 1:30 صباح الثلاثاء اصطدمت سفينة بالجسر»
    " بدا بدات"  # «بدأ الحدث اليوم (الأربعاء)، عندما حوالي الساعة 3:30 ليلاً»
    # an agreement that takes effect: «سيبدأ وقف إطلاق النار الساعة الرابعة صباحاً», «سيسري
    # مفعوله في الساعة 4 صباحا»; «دخل» only into force (``_INTO_FORCE``)
    " سيبدا يبدا تبدا ستبدا يسري سيسري تسري ستسري"
)
# «دخل»: an event's verb only when it is into force («دخل الاتفاق حيز التنفيذ»), not «دخل المستشفى»
_ENTERS = wordset("دخل دخلت يدخل سيدخل تدخل ستدخل")
_INTO_FORCE = wordset("حيز التنفيذ")
# what takes effect is one event, whatever an outlet calls it: «الاتفاق», «الهدنة», «وقف إطلاق
# النار» (read on a ceasefire's coverage: 4 a.m. against 10 a.m., the table had no «When» row)
_IN_FORCE = wordset("اتفاق اتفاقيه هدنه")
EVENT_NOUNS = wordset(
    "اتفاق اتفاقيه هدنه"  # what takes effect (``_in_force_key``)
    " زلزال هزه انفجار تفجير هجوم حريق فيضان فيضانات سد اعصار عاصفه انهيار حادث تصادم اطلاق"
    " قصف غاره اقتحام اجتماع قمه لقاء تجربه انتخابات جوله"
    " حادثه اصطدام تحطم دهس طعن اغتيال سفينه مروحيه طايره حدث"
)
INTO_FORCE_WORDS = 16  # «دخل …» reaches «حيز التنفيذ» this far
BEFORE_VERB_WORDS = 6  # a time this close before the event's verb, in its clause, is its time


def said_by(reader: SentenceReader, article: int) -> list[Fact]:
    """Who says what the sentence reports: one fact per speaker or body it names."""
    found = []
    for mention in reader.sources:
        # the words the mention overlaps: it can start inside one («وقال لافروف» names
        # لافروف from the و on), and be the sentence's last
        inside = [
            k for k, w in enumerate(reader.words) if w.end > mention.start and w.start < mention.end
        ]
        if not inside:
            continue
        shown = reader.shown(mention)
        span = reader.span(inside[0], inside[-1])
        found.append(reader.stated(article, span, "source", source=shown, reading=shown))
    return found


# «وقال إن …», «وأضاف: …»: a sentence that goes on with the last speaker's words, naming no one
_GOES_ON = wordset(
    "وقال وقالت واضاف واضافت وتابع وتابعت واوضح واوضحت واكد واكدت واشار واشارت واعتبر واعتبرت"
)
_SPEECH_OPENS = wordset("ان انه انها انهم بان بانه بانها ايضا")


def said_before(reader: SentenceReader, article: int, previous: Sequence[Fact]) -> list[Fact]:
    """Who says a sentence that opens «وقال»/«وأضاف» without a name: the one body the sentence
    before named (``previous``: its «who says it» facts), found on the verb («وقال إن المياه
    ستصل …» after «وأعلن حاكم خيرسون …»). Nothing when the sentence names its own speaker, or
    the sentence before named none or several."""
    speakers = {f.source for f in previous}
    if reader.sources or len(speakers) != 1 or len(reader.words) < 3:
        return []
    verb, told = reader.words[0], 0
    if told_medium(reader.words[1].text):  # «وقال لرويترز إن …»: he told Reuters
        told = medium_words(reader.words, 1)
    if len(reader.words) <= 1 + told:
        return []
    before, after = reader.words[told], reader.words[1 + told]
    gap = reader.folded[before.end : after.start]
    opens = member(after.text, _SPEECH_OPENS) or ":" in gap or set(gap) & set('"“«')
    if not member(verb.text, _GOES_ON) or not opens:
        return []
    (said,) = previous[:1]
    start, end = reader.span(0, 0)
    return [
        replace(
            said,
            id=f"{article}:{start}",
            start=start,
            end=end,
            text=reader.s.text[start - reader.s.start : end - reader.s.start],
            time=reader.report_time(),
            sentence=(reader.s.start, reader.s.end),
        )
    ]


def elatives(reader: SentenceReader, article: int) -> list[Fact]:
    found = []
    for k in range(len(reader.words) - 1):
        elative = elative_at(reader.words, k)
        if elative is None:
            continue
        start, end = reader.span(k, k + 1)
        noun = lemma(forms(reader.words[k + 1].text)[-1])
        written = reader.written(k + 1)
        keys = context_keys(reader.words, k)
        found.append(
            replace(
                descriptor_fact(
                    article,
                    start,
                    end,
                    reader.s.text[start - reader.s.start : end - reader.s.start],
                    noun,
                    elative,
                    (reader.s.start, reader.s.end),
                ),
                cues=(elative, *sorted(keys)),
                noun=written,
            )
        )
    return found


# nouns whose -ين is a dual only: مصاب is left out, its -ين is the plural too («والمصابين»)
# nouns whose dual is a count news compares: «قتيلين», «صاروخين», and the vehicles of a
# collision («اصطدام قطارين» against «ثلاثة قطارات»)
_DUAL_NOUNS = wordset(
    "قتيل جريح ناجي شخص طفل جندي صاروخ طايره مسيره قذيفه قطار عربه سياره حافله شاحنه سفينه قارب"
    " زورق مبني منزل"  # «مبنيين سكنيين»: two buildings, though «م…» with an adjective is people
)
# the dual of «حالة» before its noun: «حالتا وفاة», «تسجيل حالتي وفاة» (two deaths)
_TWO_CASES = frozenset(("حالتا", "حالتي", "حالتان", "حالتين"))
ONE = wordset("واحد واحده واحدا")
# a person named alone among a toll's people counts one: «مقتل 8 أشخاص بينهم طفلة» against
# another outlet's «بينهم طفلان» (read on the pager blasts' coverage, where it was missed)
_ONE_PERSON = wordset("طفل طفله رضيع رضيعه فتاه صبي امراه سيده مسن مسنه")


def _one_other(words: Sequence[Word], k: int) -> int | None:
    """«وإصابة آخر», «وأصيب آخر», «وإصابة شخص آخر»: one other person, right after the word of
    what befell them (read on a nightclub fire: the one injured of every outlet was no figure).
    The index the count starts at, or None."""
    at = k - 1 if k and forms(words[k - 1].text)[-1] in ("شخص", "شخصا") else k
    return at if at and lookup(words[at - 1].text, TRIGGERS) in PEOPLE else None


def dual_lemma(text: str) -> str:
    """A dual noun's singular, folded and bare: a feminine noun's dual keeps its «ت»
    («سيارتين», «عربتين» → «سياره», «عربه»), so that two carriages are counted with three."""
    stem = forms(text)[-1][:-2]
    if stem.endswith("ت") and stem[:-1] + "ه" in _DUAL_NOUNS:
        return stem[:-1] + "ه"
    return stem


def _is_adjective(text: str) -> bool:
    bare = forms(text)[-1]
    return len(bare) >= 4 and bare.endswith(("ي", "يه", "يين", "يان", "يتين", "يتان"))


def _one_of(reader: SentenceReader, k: int) -> bool:
    """«وأحد حراسه», «وأحد من»: «و» + «أحد» (folded, one spelling with «واحد»: the stored
    text's hamza tells them apart), one of what follows, not «one» after its noun."""
    start, end = reader.span(k, k)
    written = reader.s.text[start - reader.s.start : end - reader.s.start]
    return written.startswith(("وأحد", "أحد", "وإحد", "إحد"))


def _befell_one_of(words: Sequence[Word], k: int) -> bool:
    """«قتل أحد الحاضرين», «وإصابة أحد المارة»: what befell one of a group of people, the
    word before («أحد» and «وأحد» after a noun is «and one of his guards», not this)."""
    return (
        k + 1 < len(words)
        and lookup(words[k - 1].text, TRIGGERS) in PEOPLE
        and words[k + 1].text.startswith("ال")
        and member(words[k + 1].text, COUNTERS)
    )


def noun_counts(reader: SentenceReader) -> list[tuple[Quantity, int]]:
    """Counts written by the noun itself: the dual («صاروخين باليستيين», «قتيلين») and «واحد»
    after its noun («صاروخًا باليستيًا واحدًا»)."""
    words = reader.words
    inside = {
        k
        for q in reader.quantities
        if not (q.first == q.last and q.value == 1)
        for k in range(q.first, q.last + 1)
    }
    counted = {q.last + 1 for q in reader.quantities}  # «5 مواطنين مدنيين»: five, not two
    found: list[tuple[Quantity, int]] = []
    for k, word in enumerate(words):
        if k in inside or k in counted:
            continue
        bare = forms(word.text)[-1]
        if k and word.text in ("احد", "احدي") and _befell_one_of(words, k):
            found.append((Quantity(k, k, 1.0, 1.0, 1.0, 0), k + 1))  # «قتل أحد الحاضرين»
            continue
        if member(word.text, ONE) and k and forms(words[k - 1].text)[-1] != "عبد":
            if _one_of(reader, k):
                continue  # «استشهاده وأحد حراسه»: and one of his guards, no «one» after a noun
            m = k - 1
            while m > 0 and _is_adjective(words[m].text) and m > k - 3:
                m -= 1
            counted_alone = any(at == m for _, at in found)  # «بينهم طفل واحد»: one child
            if (
                m not in inside
                and not counted_alone
                and words[m].text[:1].isalpha()
                and words[m].text not in NOT_COUNTED
            ):
                found.append((Quantity(k, k, 1.0, 1.0, 1.0, 0), m))
            continue
        if bare == "اخر" and (other := _one_other(words, k)) is not None:
            found.append((Quantity(other, k, 1.0, 1.0, 1.0, 0), other))
            continue
        if k and words[k - 1].text in AMONG and member(word.text, _ONE_PERSON):
            found.append((Quantity(k, k, 1.0, 1.0, 1.0, 0), k))
            continue
        if (
            any(f in _TWO_CASES for f in forms(word.text))
            and k + 1 < len(words)
            and lookup(words[k + 1].text, NOUN_KINDS) in PEOPLE
        ):
            found.append((Quantity(k, k, 2.0, 2.0, 2.0, 0), k + 1))
            continue
        dual = bare.endswith(("ين", "ان")) and len(bare) >= 5
        if not dual or bare[:-2] in ("اثن", "اثنت"):
            continue
        stem = bare[:-2]
        # «المصابين المدنيين»: a definite -ين with a plural adjective is a plural, not a dual
        definite = any(f.startswith("ال") for f in forms(word.text))
        adjective = (
            not definite
            and k + 1 < len(words)
            and forms(words[k + 1].text)[-1].endswith(("يين", "يان"))
        )
        # «محتجين إيرانيين», «مواطنين أمريكيين», «مسؤولين حكوميين»: people named by a participle
        # («م…») and an adjective are a plural far more often than two (read on a stabbing's
        # coverage, where «ومسؤولين حكوميين» had been a count of two)
        people = adjective and stem[:1] == "م"
        joined = word.text[:1] == "و" and len(forms(word.text)) > 1  # «قتيلين وجريحين»
        if found and found[-1][1] == k - 1 and found[-1][0].first == k - 1 and not joined:
            continue  # «طائرتين مسيرتين»: the dual adjective of the dual before it
        if definite:
            continue  # «القطارين»: the two trains named before, no count said again
        if dual_lemma(word.text) in _DUAL_NOUNS or (adjective and stem.rstrip("ا") and not people):
            found.append((Quantity(k, k, 2.0, 2.0, 2.0, 0), k))
    return found


def event_times(reader: SentenceReader, article: int) -> list[Fact]:
    """When the event happened: a time beside an event verb («وقع الزلزال الساعة 4:17»)."""
    words = reader.words
    # «منظمو الحدث»: with the article it is the event, a noun, not «حدث» (it happened)
    verb_at = next(
        (
            k
            for k, w in enumerate(words)
            if (member(w.text, EVENT_VERBS) or _into_force(words, k) is not None)
            and not w.text.lstrip("وفب").startswith("ال")
        ),
        None,
    )
    if verb_at is None or not reader.times:
        return []
    # what enters into force is named between «دخل» and «حيز التنفيذ», however far
    reach = max(verb_at + 3, _into_force(words, verb_at) or 0)
    near = range(max(0, verb_at - 3), min(len(words), reach))
    subject, noun_at = next(
        (
            (_in_force_key(form.removeprefix("ال"), words, k), k)
            for k in near
            for form in forms(words[k].text)
            if form.removeprefix("ال") in EVENT_NOUNS or _ceasefire(words, k)
        ),
        ("", 0),
    )
    if not subject:
        return []
    after_verb = words[verb_at].start
    mention = next((t for t in reader.times if (t.date or t.clock) and t.start > after_verb), None)
    if mention is None:  # «في حوالي الساعة 1:30 صباح اليوم الثلاثاء اصطدمت سفينة كبيرة»
        before = [t for t in reader.times if (t.date or t.clock) and t.end <= after_verb]
        gap = reader.folded[before[-1].end : after_verb] if before else ""
        if before and len(gap.split()) <= BEFORE_VERB_WORDS and not set(gap) & set(",.;:"):
            mention = before[-1]
    if mention is None:
        return []
    for other in reader.times:  # «فجر الإثنين الساعة 4:17»: the day and the clock, one time
        gap = reader.folded[mention.end : other.start]
        if other.start >= mention.end and len(gap.split()) <= 1 and not set(gap) & set(",.;"):
            mention = TimeMention(
                mention.start, other.end, mention.date or other.date,
                mention.clock or other.clock, mention.part or other.part,
            )  # fmt: skip
    for other in reversed(reader.times):  # «الساعة 1:30 صباح الثلاثاء» before the verb: one
        gap = reader.folded[other.end : mention.start]
        if other.end <= mention.start and len(gap.split()) <= 1 and not set(gap) & set(",.;"):
            mention = TimeMention(
                other.start, mention.end, mention.date or other.date,
                mention.clock or other.clock, mention.part or other.part,
            )  # fmt: skip
    inside = [k for k, w in enumerate(words) if mention.start <= w.start < mention.end]
    if not inside:
        return []
    first, last = inside[0], inside[-1]
    span = reader.span(first, max(first, last))
    written = reader.s.text[span[0] - reader.s.start : span[1] - reader.s.start]
    fact = reader.stated(
        article, span, "time", subject=subject, time=mention.label(),
        reading=_time_reading(written, mention),
    )  # fmt: skip
    # shown as the text writes the event («When · سفينة», «بحادث» → «حادث»), asked by its key
    word = words[noun_at].text
    skip = len(word) - len(subject) if word.endswith(subject) else 0
    last = noun_at + 2 if _ceasefire(words, noun_at) and noun_at + 2 < len(words) else noun_at
    start, end = reader.span(noun_at, last, skip)  # «وقف إطلاق النار», three words
    return [replace(fact, noun=reader.s.text[start - reader.s.start : end - reader.s.start])]


def _into_force(words: Sequence[Word], k: int) -> int | None:
    """«دخل» at ``k`` into force: the index of «حيز» or «التنفيذ» within INTO_FORCE_WORDS
    after it («دخل اتفاق وقف إطلاق النار بين … بوساطة الولايات المتحدة وفرنسا حيز التنفيذ»), or
    None."""
    if "دخل" not in words[k].text or not member(words[k].text, _ENTERS):
        return None
    return next(
        (j for j in range(k + 1, min(len(words), k + INTO_FORCE_WORDS))
         if member(words[j].text, _INTO_FORCE)),
        None,
    )  # fmt: skip


def _ceasefire(words: Sequence[Word], k: int) -> bool:
    """«وقف» right before «إطلاق»: a ceasefire, not a launch («إطلاق صاروخ»)."""
    return (
        forms(words[k].text)[-1] == "وقف"
        and k + 1 < len(words)
        and forms(words[k + 1].text)[-1].removeprefix("ال") == "اطلاق"
    )


def _in_force_key(noun: str, words: Sequence[Word], k: int) -> str:
    """What takes effect, one key however written: an agreement, a truce or a ceasefire."""
    return "هدنه" if noun in _IN_FORCE or _ceasefire(words, k) else noun


def _time_reading(written: str, mention: TimeMention) -> str:
    """«فجر السبت الساعة 4:17 (2023-02-04 04:17)»: as written, then the day and hour it means."""
    resolved = " ".join(x for x in (mention.date.isoformat() if mention.date else "",
                                    mention.clock) if x)  # fmt: skip
    return f"{written} ({resolved})" if resolved and resolved not in written else written


def repeated(facts: list[Fact]) -> list[Fact]:
    """A figure the article gives twice (a headline and its sentence) has the scope the other
    gives it when there is only one: a place when it names none, a period or an earlier year
    whatever place it names («3478 شهيدا في غزة» is the war's toll when the sentence says so)."""
    scopes: dict[tuple[str, str, float], set[str]] = {}
    for fact in facts:
        if fact.scope and fact.value is not None and fact.kind in PEOPLE:
            scopes.setdefault((fact.kind, fact.subject, fact.value), set()).add(fact.scope)
    out = []
    for fact in facts:
        found = scopes.get((fact.kind, fact.subject, fact.value or 0.0), set())
        wider = {s for s in found if s == "period" or s.startswith("year:")}
        if len(wider) == 1 and fact.scope not in wider:
            fact = replace(fact, scope=next(iter(wider)))
        elif len(found) == 1 and not fact.scope and fact.value is not None:
            fact = replace(fact, scope=next(iter(found)))
        out.append(fact)
    return _revised_alike(out)


def _revised_alike(facts: list[Fact]) -> list[Fact]:
    """A figure the article gives twice is a revision both times when one says so: «ارتفاع
    عدد الضحايا إلى 154» then «عن مصرع ما لا يقل عن 154 شخصا» (one report, later than 30)."""
    revised = {(f.kind, f.subject, f.value) for f in facts if f.revision and f.value is not None}
    return [
        replace(f, revision=True)
        if not f.revision and f.value is not None and (f.kind, f.subject, f.value) in revised
        else f
        for f in facts
    ]


def breakdowns(facts: list[Fact], text: str) -> list[Fact]:
    """A figure in brackets after a total of its kind, naming no place, is a part of that
    total: «1900 قتيلا ( 1498 قتيلا في تركيا وأكثر من 830 قتيلا)»."""
    out = []
    for fact in facts:
        opened = text.rfind("(", fact.sentence[0], fact.start)
        inside = opened >= 0 and text.find(")", opened, fact.start) < 0
        total = any(f.kind == fact.kind and f.end <= opened for f in facts)
        if inside and total and not fact.scope and fact.kind in PEOPLE and not fact.subject:
            fact = replace(fact, subject="part")
        out.append(fact)
    return out


_IN_PLACE = re.compile(r"\s+(?:و?في)\s+((?:[^\s،,.؛;:()«»\"]+\s*){1,3})")
_NOT_PLACE_WORDS = wordset(
    "الحادث الحادثه المستشفي المستشفيات المنطقه المدينه البلاد الموقع الفيضانات الزلزال"
    " الحريق الهجوم الانفجار اليوم الليل الصباح المساء حين حينه وقت الوقت صفوف جنوب شمال شرق"
    " غرب وسط حاله حالات عمليه عمليات قصف غاره غارات اشتباكات اشتباك مواجهات هجوم انفجار حادث"
)
_NOT_PLACE_SCOPES = (*NOT_PLACES, "#")  # scopes that name no place


def regional_parts(facts: list[Fact], text: str) -> list[Fact]:
    """«سجلت منطقة فالنسيا وحدها 92 حالة وفاة، بينما سجلت حالتا وفاة في كاستيا لا مانشا،
    وحالة وفاة واحدة في الأندلس»: after a figure of a place, figures of the same kind in the
    sentence followed by «في» and a name are that name's, though no table knows it (they had
    stood against the country's 95 as conflicts)."""
    out: list[Fact] = []
    for fact in facts:
        before = [
            f for f in out
            if f.kind == fact.kind and f.scope and not f.scope.startswith(_NOT_PLACE_SCOPES)
        ]  # fmt: skip
        # the sentence's place, which the total before took too, is no part's own: «بلغ 57
        # شخصا: 24 في واجيما، و20 في سوزو» (read on an earthquake's coverage: Suzu's 20 stood
        # in Japan's toll, first of its rising figures)
        inherited = any(f.scope == fact.scope for f in before)
        if before and fact.kind in PEOPLE and (not fact.scope or inherited) and not fact.subject:
            found = _IN_PLACE.match(text, fact.end, min(len(text), fact.end + 80))
            name: list[str] = []
            for word in found.group(1).split() if found else ():
                if fold(word) in _NOT_PLACE_WORDS or (name and fold(word).startswith("و")):
                    break
                name.append(word)
            if name and not any(ch.isdigit() for ch in name[0]):
                fact = replace(fact, scope=" ".join(name))
        out.append(fact)
    return out
