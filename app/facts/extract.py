"""An article's facts: every quantity with its kind, hedge, source, scope and time, and the
times events happened, each with offsets into the stored text.

Sentences come from the comparison's segmenter (clauses joined back), furniture and metadata
lines never yield facts, and every sentence is matched on its folded copy
(app.text.normalize) and mapped back to the stored text.
"""

from __future__ import annotations

from app.facts.collate import skeleton as skeleton_of
from app.facts.cues import is_nation
from app.facts.distances import measured
from app.facts.model import Fact
from app.facts.persons import named_ages
from app.facts.reader import SentenceReader
from app.facts.sentences import sentences
from app.facts.sources import BodyTable
from app.facts.statements import (
    ONE,
    breakdowns,
    dual_lemma,
    elatives,
    event_times,
    noun_counts,
    regional_parts,
    repeated,
    said_before,
    said_by,
)
from app.facts.where import event_places, one_site
from app.facts.who import attacker_nations
from app.facts.words import (
    COUNTERS,
    NOUN_KINDS,
    PEOPLE,
    VOTES,
    lemma,
    lookup,
    member,
    wordset,
)
from app.library.records import ArticleDocument
from app.text.normalize import WORD_RE, fold

UNITS = {"percentage": "%", "distance": "km", "money": "", "magnitude": "", "age": "year"}
_OUTCOME_ROWS = ("اجلاء ", "انقاذ ")  # a count's subject: what the people underwent, then them
_OTHERS = wordset("اخرين اخرون اخران")


def article_facts(document: ArticleDocument, bodies: BodyTable) -> list[Fact]:
    """Every fact in ``document`` outside furniture, in text order."""
    article = document.summary.id
    today = document.summary.published_on
    facts: list[Fact] = []
    spoke: list[Fact] = []  # who says the sentence before
    for sentence in sentences(document):
        reader = SentenceReader(sentence, today, bodies)
        said = said_by(reader, article) or said_before(reader, article, spoke)
        told = said[0].source if said and not reader.sources else ""  # «وقال إن 5 قتلوا»
        previous_end = 0
        first_of_sentence = len(facts)
        rose_from: tuple[str, str, str] | None = None  # the kind of «من 4» before «إلى 6»
        for q in reader.quantities:
            if q.first == q.last and member(reader.words[q.first].text, ONE):
                continue  # «صاروخا واحدا»: counted with its noun before it (_noun_counts)
            kind, subject, unit, noun_at = reader.kind(q, previous_end)
            if not kind and facts[first_of_sentence:] and reader.listed(q, previous_end):
                # «12 شخصا قضوا في الموجة الأولى، و25 شخصا في الموجة الثانية»: the same count
                # of the same people, listed on with «و»
                kind = facts[-1].kind if facts[-1].kind in PEOPLE else ""
            elif (
                not kind
                and facts[first_of_sentence:]
                and facts[-1].kind in PEOPLE
                and reader.among_right_after(q, previous_end)
            ):
                # «ارتفعت الحصيلة إلى 107 بينهم 41 غير متعرف عليهم»: a part of the people
                # counted right before (read on a wedding fire's coverage: no fact at all)
                kind = facts[-1].kind
            rose = previous_end == q.first - 1 and reader.words[q.first - 1].text == "الي"
            if rose_from and rose and (not kind or (kind, rose_from[0]) == ("duration", "age")):
                # «ارتفع عدد القتلى من 4 إلى 6 أشخاص», «رفع سن التقاعد من 62 عاما إلى 64 عاما»
                kind, subject, unit = rose_from
            rose_from = None
            if kind and q.first and reader.words[q.first - 1].text == "من":
                rose_from = (kind, subject, unit)
            previous_end = max(q.last, noun_at) + 1
            if not kind or reader.denied(q.first) or (kind in PEOPLE and reader.increment(q)):
                continue
            # «2960 ضحية بينهم ألفي قتيل … و900 جريح»: the dead and the injured of a combined
            # count are the whole toll of each, not a part of it
            of_combined = (
                len(facts) > first_of_sentence
                and facts[-1].kind == "combined"
                and lookup(reader.words[noun_at].text, NOUN_KINDS) in PEOPLE
            )
            if kind in ("percentage", "money"):
                if reader.change(q):
                    subject = "change"  # «بواقع 600 نقطة»: by how much, not where it stands
                elif order := reader.in_order(q):
                    subject = f"order:{order[0]}/{order[1]}"  # «27.25% و28.25% على الترتيب»
                if kind == "money":  # what it prices, as a share's cue says whose share it is
                    priced = reader.priced(q, noun_at)
                    subject = (
                        f"change:{priced}"
                        if subject == "change"
                        else (f"#{subject[6:]}" if subject else priced)
                    )
            drawn = kind in PEOPLE and reader.part_of(q) and not of_combined
            serious = (
                reader.serious_at(q, noun_at) if kind == "injured" and not of_combined else None
            )
            if serious is not None:
                subject = "part:خطيرة"  # «200 حالة حرجة», «300 إصابة خطرة»: one row of them
            elif drawn and noun_at > q.last and reader.words[noun_at].text[:1].isalpha():
                # of whom: «بينهم 11 طفلا» against «سبعة أطفال», not against the crew
                subject = f"part:{skeleton_of(lemma(reader.words[noun_at].text))}"
            elif drawn:
                subject = "part"  # «433 عائلة وصل منها 2421 شهيدا», «بينهم 10 أطفال»
            if reader.projected(q):
                if kind not in PEOPLE:
                    continue
                subject = "expected"  # «قد يصل عدد القتلى إلى 20 ألفا»: compared with forecasts
            hedge, first, last = reader.hedge(q)
            first, last = min(first, noun_at), max(last, noun_at)  # «العربات الأربع»
            start, end = reader.span(first, last)
            earlier = (
                (
                    q.first > 0
                    and reader.words[q.first - 1].text == "من"
                    and any(w.text == "الي" for w in reader.words[q.last + 1 : q.last + 3])
                    and (reader.revision or reader.changed(q))
                )
                or reader.from_level(q)
                or reader.said_before(q)
            )
            scope = reader.scope(q, noun_at, kind)
            if kind == "count" and is_nation(subject):
                scope = ""  # «12 مواطنا تايلانديا» said by Thailand's prime minister: one count
            elif (
                not scope
                and kind in PEOPLE
                and len(facts) > first_of_sentence
                and member(reader.words[noun_at].text, _OTHERS)
                and facts[-1].kind in PEOPLE
                and facts[-1].scope.startswith("nation:")
            ):
                scope = facts[-1].scope  # «وفاة 14 حاجا أردنيا وفقدان 17 آخرين»: theirs too
            facts.append(
                Fact(
                    id=f"{article}:{start}",
                    article=article,
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    kind=kind,
                    subject=subject,
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    hedge=hedge,
                    unit=unit or UNITS.get(kind, ""),
                    source=reader.source(q) or told,
                    time=reader.report_time(),
                    scope=scope,
                    sentence=(sentence.start, sentence.end),
                    revision=reader.revision,
                    reading=document.text[start:end].strip(),
                    decimals=q.decimals,
                    earlier=earlier,
                    cues=reader.cues(q, noun_at)
                    if kind == "percentage" or (kind == "count" and subject in VOTES)
                    # everyone aboard, and everyone who took part in a protest, is one
                    # thing to count, whatever words are around them
                    else (
                        (subject,)
                        # and so are those evacuated, or rescued, of one noun («أجبر 5 ملايين
                        # شخص على إخلاء منازلهم», «أمر مليون شخص بالفرار»)
                        if subject in ("على متن", "متظاهر") or subject.startswith(_OUTCOME_ROWS)
                        # people of one nationality are one count («10 تايلانديين», «12
                        # مواطنا تايلانديا»), whatever words are around them
                        else ("جنسيه",)
                        if kind == "count" and is_nation(subject)
                        else (reader.context(q, noun_at) if kind == "count" else ())
                    ),
                    noun=("متظاهرين" if _protest(reader) else "مشاركين")
                    if subject == "متظاهر"  # «مليون شخص» who took part: the row's label
                    else reader.name_as_written(q.first - 2, q.first - 1)
                    if kind == "age" and subject  # whose age, as written: «نوا أرغاماني»
                    else reader.count_noun(q, noun_at)
                    if kind == "count"
                    # the group's noun as written, for the row's label («من المصابين»)
                    else f"part:{reader.serious_written(q, serious)}"
                    if serious is not None  # «جروح خطيرة», «حالة حرجة»: what sets them apart
                    else (f"part:{reader.written(noun_at)}" if subject.startswith("part:") else ""),
                )
            )
        facts[first_of_sentence:] = breakdowns(facts[first_of_sentence:], document.text)
        facts += event_times(reader, article)
        facts += event_places(reader, article)
        facts += attacker_nations(reader, article)
        facts += elatives(reader, article)
        facts += said
        spoke = said
        for q, noun_at in noun_counts(reader):
            if reader.denied(min(q.first, noun_at)):
                continue
            noun = reader.words[noun_at].text
            dual = q.first == noun_at and q.value == 2
            # «قتيلان وعشرات الجرحى»: the dual of a word of the dead counts the dead
            kind = lookup(noun, NOUN_KINDS) or "count"
            if kind == "count" and dual:
                kind = lookup(dual_lemma(noun), NOUN_KINDS) or "count"
            kind = kind if kind in PEOPLE else "count"
            subject = ""
            if kind == "count":  # two carriages («عربتين») are counted with three («عربات»)
                subject = lemma(dual_lemma(noun) if dual else noun)
            befell = None
            if (
                kind == "count"
                and (q.first == noun_at or q.value == 1)
                and member(lemma(noun), COUNTERS)
            ):
                before = [x.last + 1 for x in reader.quantities if x.last < q.first]
                befell = reader.noun_people(q, max(before, default=0))
            if befell is not None:
                kind, subject = befell
            one_of = kind in PEOPLE and (
                (q.first + 1 == noun_at and reader.words[q.first].text in ("احد", "احدي"))
                or reader.part_of(q)  # «مقتل شخصين، بينهم طفل»: one of the two
            )
            if one_of:  # «قتل أحد الحاضرين»: one of them, a part (never the whole toll)
                subject = f"part:{skeleton_of(lemma(noun))}"
            hedge, _, last = reader.hedge(q)
            start, end = reader.span(min(q.first, noun_at), max(last, noun_at))
            facts.append(
                Fact(
                    id=f"{article}:{start}",
                    article=article,
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    kind=kind,
                    subject=subject,
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    hedge=hedge,
                    unit="",
                    source=reader.source(q) or told,
                    time=reader.report_time(),
                    scope=reader.scope(q, noun_at, kind),
                    sentence=(sentence.start, sentence.end),
                    revision=reader.revision,
                    reading=document.text[start:end].strip(),
                    cues=reader.context(q, noun_at) if kind == "count" else (),
                    noun=(reader.count_noun(q, noun_at) if befell else reader.written(noun_at))
                    if kind == "count"
                    else (f"part:{reader.written(noun_at)}" if one_of else ""),
                )
            )
        facts[first_of_sentence:] = regional_parts(
            sorted(facts[first_of_sentence:], key=lambda f: f.start), document.text
        )
    facts.sort(key=lambda f: f.start)
    facts = one_site(_without_addressees(facts, document.text))
    return named_ages(repeated(measured(facts, document.text)), document.text)


_PROTEST = wordset(
    "تظاهر تظاهروا يتظاهرون متظاهر متظاهرين المتظاهرين متظاهرون محتج المحتجين محتجين المحتجون"
    " احتجاج احتجاجات الاحتجاجات مظاهره مظاهرات المظاهرات تظاهرات التظاهرات مسيره مسيرات اضراب"
    " الاضراب نزلوا خرجوا"
)


def _protest(reader: SentenceReader) -> bool:
    """The sentence is about a protest: those who took part are protesters («شارك مليون شخص في
    المظاهرات»), not people who took part in talks («12 شخصا شاركوا في المحادثات»)."""
    return any(member(w.text, _PROTEST) for w in reader.words)


def _without_addressees(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` without a «who says it» that is whom the words were told: «قال لبوتين إن …»
    read as the speaker «لبوتين», where the article names «بوتين» elsewhere without the «ل» (a
    name that is its own «ل», «لافروف», is never written without it)."""
    glued = {
        f.id: word[1:]
        for f in facts
        if f.kind == "source" and " " not in f.source.strip()
        and (word := fold(f.text.strip()))[:1] == "ل" and word[:2] != "لل" and len(word) >= 5
    }  # fmt: skip
    if not glued:
        return facts
    words = set(WORD_RE.findall(fold(text)))  # the article's words, read once
    told = {i for i, rest in glued.items() if words & {rest, "و" + rest, "ف" + rest}}
    return [f for f in facts if not (f.kind == "source" and f.id in told)]
