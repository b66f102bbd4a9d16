"""Reading one sentence for its facts: its words on the folded copy mapped back to the stored
text, and what each figure counts, who says it, how sure, where and when (``SentenceReader``).

``app.facts.extract`` walks an article's sentences with it; ``app.facts.statements`` reads the
statements that are not a figure and its noun (event times, elatives, «said by») with it too.
"""

from __future__ import annotations

import datetime as dt
import re

from app.facts.contexts import ContextReader
from app.facts.model import Fact
from app.facts.numbers import Quantity, Word, find_quantities, words_of
from app.facts.people import SERIOUS
from app.facts.places import Place, find_places, nation_country
from app.facts.scoping import punctuated as _punctuated
from app.facts.sentences import Sentence, fold_marks
from app.facts.sources import BodyTable, SourceMention, find_sources, relays
from app.facts.times import TimeMention, day_month_spans, find_times, year_spans
from app.facts.words import (
    AFTER_TRIGGERS,
    AGE_CUES,
    COUNTERS,
    DURATION_UNITS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    MAGNITUDE_CUES,
    NOT_COUNTED,
    NOUN_KINDS,
    PEOPLE,
    PROJECTION,
    REVISION,
    TRIGGERS,
    forms,
    lemma,
    lookup,
    member,
    without_owner,
    wordset,
)

_OTHER_CLAUSE = frozenset(("حين", "فيما", "بينما", "وبينما", "كما", "وكما"))  # «في حين ذكرت»
# «…"11 قتيلا"، وقال مسؤول ألماني إن الجاني تصرف منفردا»: after a comma, his own statement
_NEW_STATEMENT = re.compile(r"[,،]\s*و(?:قال|قالت|اضاف|اضافت)\s")
_QUOTE_MARKS = str.maketrans('"“”', "   ")
_CLITICS_SHOWN = re.compile("و|[وف]?(?:[بكل]?ال|لل)")  # cut from a counted noun shown
_QUALIFIERS = wordset("جديده اخر الاخيره محدثه")
_TOLLS = wordset("حصيله ارقام احصاييه احصاءات بيانات عدد تحديث")
_SO_FAR = frozenset(("اللحظه", "الان", "الساعه"))  # folded, after «حتى»
# nouns whose own first letter is «و» (not «and»): «يدعم 15000 وظيفة» counts jobs (read as «and
# …», the figure took the arrest verb «أوقف» of the clause before: 15,000 arrested)
_WAW_NOUNS = wordset(
    "وظيفه وظايف وحده وحدات وثيقه وثايق وزير وزراء وزاره وزارات وكاله وكالات وسيله وسايل"
    " ولايه ولايات وجبه وجبات ورقه وقت وفد وفود وعد وعود وطن واقعه وقايع وافد وافدين"
    " ولاده وديعه ودايع وسام وكيل وكلاء وحش ورشه ورش"
)  # as written: «ووظيفة» is «and» and a job
_NOMINATED = frozenset(("مرشح", "مرشحه"))  # «مرشحة للارتفاع» is a projection; «المرشح» names
_DENIALS = frozenset(("ليس", "وليس", "ليست", "وليست", "لا", "ولا", "وليسوا", "ليسوا"))
_NAMED_BY_NUMBER = frozenset(("رقم", "قطار", "القطار", "رحله", "الرحله"))


_MET = wordset("لقي لقوا لقيت لقين")


def _both_triggers(before: str, after: str) -> bool:
    """«مقتل 41 وإصابة آخرين»: a figure between two words of what befell people."""
    return bool(lookup(before, TRIGGERS) and lookup(after, TRIGGERS))


# a web address: its digits are no figures
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:com|net|org|co|ly|me|io|tv|news)/\S*")


# a number joined to a name by a dash: a model («سويوز –2», «إف-16»), not a count
_MODEL = re.compile(r"[^\W\d_]\s?[-–]\s?(\d+)(?![\d.,])")


class SentenceReader(ContextReader):
    """One sentence's words, quantities, places, sources and times, and the rules over them."""

    def __init__(self, sentence: Sentence, today: dt.date | None, bodies: BodyTable) -> None:
        self.s = sentence
        self.folded = sentence.folded
        self.words: list[Word] = words_of(self.folded)
        self.today = today
        self.times: list[TimeMention] = find_times(self.folded, self.words, today)
        self.years = year_spans(self.folded, self.words)
        taken = [(t.start, t.end) for t in self.times if t.date or t.clock]
        taken += [(s, e) for s, e, _ in self.years]
        taken += day_month_spans(self.folded)
        taken += [m.span() for m in _ADDRESS.finditer(self.folded)]  # «pic.twitter.com/7yw6n18d73»
        taken += [m.span(1) for m in _MODEL.finditer(self.folded)]  # «سويوز –2»: a name
        self.quantities: list[Quantity] = find_quantities(self.words, self.folded, taken)
        self.places: list[Place] = find_places(self.words)
        self.sources: list[SourceMention] = find_sources(self.folded, self.words, bodies)
        self.revision = any(self._revises(k) for k in range(len(self.words)))

    def _revises(self, k: int) -> bool:
        """A word of revision; «جديدة», «آخر» only beside a toll («حصيلة جديدة», not «تجربة
        صاروخية جديدة»)."""
        if k and self.words[k].text in _SO_FAR and self.words[k - 1].text in ("حتي", "لحد"):
            return True  # «82 شخصاً حتى اللحظة»: a count so far, to be revised
        if not member(self.words[k].text, REVISION):
            return False
        if any(member(w.text, MAGNITUDE_CUES) for w in self.words[k + 1 : k + 3]):
            return False  # «الزلزال الذي بلغت قوته 6.3 درجات»: what a quake reached, no toll
        if not member(self.words[k].text, _QUALIFIERS):
            return True
        near = self.words[max(0, k - 1) : k + 2]
        return any(member(w.text, _TOLLS) for w in near)

    def span(self, first: int, last: int, skip: int = 0) -> tuple[int, int]:
        """The stored text's span of words ``first`` to ``last``, ``skip`` letters of the first
        left out (a clitic: «بلندن» → «لندن»)."""
        start, end = self.words[first].start + skip, self.words[last].end
        if self.s.origin is not None:
            start, end = self.s.origin[start], self.s.origin[end - 1] + 1
        return self.s.start + start, self.s.start + end

    def stated(
        self,
        article: int,
        span: tuple[int, int],
        kind: str,
        *,
        subject: str = "",
        source: str | None = None,
        time: str | None = None,
        reading: str | None = None,
        cues: tuple[str, ...] = (),
    ) -> Fact:
        """A fact with no figure (who says it, when, where) over ``span`` (from ``span()``): its
        source the sentence's unless given, its time the report's unless given, and its
        reading the text as written unless given."""
        start, end = span
        written = self.s.text[start - self.s.start : end - self.s.start]
        return Fact(
            id=f"{article}:{start}",
            article=article,
            start=start,
            end=end,
            text=written,
            kind=kind,
            subject=subject,
            value=None,
            low=None,
            high=None,
            hedge="",
            unit="",
            source=self.source(None) if source is None else source,
            time=self.report_time() if time is None else time,
            sentence=(self.s.start, self.s.end),
            reading=written if reading is None else reading,
            cues=cues,
        )

    # --- the rules -------------------------------------------------------------------------

    def hedge(self, q: Quantity) -> tuple[str, int, int]:
        """The hedge and the words it spans beyond the number (first index, last index)."""
        if q.vague:
            return "vague", q.first, q.last
        if q.is_range:
            return "range", q.first - 1, q.last
        texts = [w.text for w in self.words]
        for phrase, hedge in HEDGES_BEFORE.items():
            n = len(phrase)
            start = q.first - n
            if start >= 0 and all(
                any(f == p for f in forms(texts[start + k])) for k, p in enumerate(phrase)
            ):
                return hedge, start, q.last
        if self._exceeded(q):
            return "more_than", q.first, q.last
        for phrase, hedge in HEDGES_AFTER.items():
            for gap in (1, 2, 3):
                start = q.last + gap
                if start + len(phrase) <= len(texts) and all(
                    any(f == p for f in forms(texts[start + k])) for k, p in enumerate(phrase)
                ):
                    return hedge, q.first, start + len(phrase) - 1
        return "", q.first, q.last

    def _exceeded(self, q: Quantity) -> bool:
        """«تجاوز عدد حالات الوفاة في صفوف الحجاج الألف»: the clause opens with «exceeded» and
        the toll, the figure its object (read as exactly 1000, it conflicted with «more than
        1300»)."""
        words = self.words
        for k in range(q.first - 1, max(-1, q.first - 12), -1):
            if _punctuated(self.folded[words[k].end : words[q.first].start]):
                return False
            if forms(words[k].text)[-1] in _EXCEED and k + 1 < q.first:
                return forms(words[k + 1].text)[-1] in ("عدد", "حصيله")
        return False

    def kind(self, q: Quantity, previous_end: int) -> tuple[str, str, str, int]:
        """(kind, subject, unit, last word index of the counted noun)."""
        words, n = self.words, len(self.words)
        if q.first and any(f == "الدقيقه" for f in forms(words[q.first - 1].text)):
            return "count", "الدقيقه", "", q.first - 1  # «في الدقيقة 42»: a goal's minute
        if q.first and forms(words[q.first - 1].text)[-1] in _NAMED_BY_NUMBER:
            # «العنبر رقم 12», «لحادث قطار 157 بمحافظة سوهاج»: a number that names a thing
            return "", "", "", q.last
        if (after_noun := self._definite_number(q)) is not None:
            return after_noun
        if any(member(words[k].text, _IDENTIFIED) for k in range(max(0, q.first - 2), q.first)):
            return "", "", "", q.last  # «تم التعرف على 22 من الضحايا»: identified, no toll
        j = q.last + 1
        if any(member(w.text, _FAHRENHEIT) for w in words[j : j + 2]):
            return "", "", "", q.last  # «49 درجة مئوية (120 درجة فهرنهايت)»: a conversion
        if j < n and words[j].text == "من" and j + 1 < n:
            j += 1
        noun = words[j].text if j < n else ""
        if (
            noun
            and j == q.last + 1
            and q.first == q.last
            and words[q.first].text.startswith("ال")
            and not lookup(noun, AFTER_TRIGGERS)
            and not lookup(noun, NOUN_KINDS)
            and noun != "بين"  # «خلفت العشرات بين قتيل وجريح»
        ):
            # «يستعد الملايين لدرجات حرارة», «وخرج المئات للشوارع»: «الملايين» with the
            # article takes no noun after it (only «من»: «الآلاف من المتظاهرين»)
            noun = ""
        if noun and _punctuated(self.folded[words[q.last].end : words[j].start]):
            noun = ""  # «2020، ضرب»: the figure ends its clause
        if (
            noun.startswith("و")
            and noun not in _WAW_NOUNS
            and (
                not lookup(noun, NOUN_KINDS)
                or noun.startswith("وال")
                or any(x.first == j + 1 for x in self.quantities)
                or (bool(q.first) and _both_triggers(words[q.first - 1].text, noun))
            )
        ):
            # «912 وأصيب», «مقتل 4 وإصابة 38»: a conjunction starts the next clause; «إلى 78
            # والمصابين إلى …»: a definite noun after it is the next conjunct, not what is counted;
            # «مقتل 41 وإصابة آخرين»: what befell the 41 comes before them
            noun = ""
        met = noun and member(noun, _MET) and j + 1 < n
        if met and lookup(words[j + 1].text, AFTER_TRIGGERS) == "deaths":
            return "deaths", "", "", j + 1  # «أن 41 لقوا حتفهم»: no noun, the verb says
        after_kind = lookup(noun, AFTER_TRIGGERS) if noun else None
        if after_kind:  # «1089 بجروح»
            return after_kind, "", "", j
        if noun and forms(noun)[-1] in ("حاله", "حالات") and j + 1 < n:
            case = lookup(words[j + 1].text, NOUN_KINDS)  # 783 حالة وفاة
            if case in PEOPLE:
                return case, "", "", j + 1
            if forms(words[j + 1].text)[-1] in SERIOUS:
                return "injured", "", "", j + 1  # «200 حالة حرجة»: injured in a serious state
        if noun == "في" and j + 1 < n and member(words[j + 1].text, frozenset({"الميه", "المايه"})):
            return "percentage", "", "%", j + 1
        kind = lookup(noun, NOUN_KINDS) if noun else None
        if noun == "كيلو" and j + 1 < n and lookup(words[j + 1].text, NOUN_KINDS) == "distance":
            return "distance", "", "كيلومتر", j + 1  # «٧٠٠ كيلو متر»: kilometres in two words
        if noun == "بين" and j + 2 < n:  # 500 بين قتيل وجريح
            first = lookup(words[j + 1].text, NOUN_KINDS)
            if first in PEOPLE and self._other_people_kind(j + 2, first):
                return "combined", "", "", j + 2
        before = {f for k in range(max(0, q.first - 3), q.first) for f in forms(words[k].text)}
        if kind in PEOPLE:
            if self._other_people_kind(j + 1, kind):
                return "combined", "", "", j + 1
            if self._victims_of_both(j):
                return "combined", "", "", j
            return kind, "", "", j
        if kind == "duration":
            unit = DURATION_UNITS.get(forms(noun)[-1], "")
            if unit == "year" and (person := self.person_aged(q)):
                return "age", person, "year", j  # «نوا أرغاماني، 25 عاماً»: her age
            if before & AGE_CUES or any(
                member(words[k].text, AGE_CUES) for k in range(j + 1, min(n, j + 3))
            ):
                return "age", "", "year", j
            return (
                "duration",
                "",
                unit or next((DURATION_UNITS[f] for f in forms(noun) if f in DURATION_UNITS), ""),
                j,
            )
        if (
            self._magnitude_cue(q)
            or (kind is None and forms(noun)[-1] in ("درجه", "درجات") and self._quake_words())
        ) and (q.value is None or q.value <= 10):  # «ريختر، دمّر 1329 منزلا»: no magnitude
            if self._aftershock(q):
                return "", "", "", q.last  # «هزات ارتدادية بقوة 5,5 و4,7»: not the quake's
            return "magnitude", "", "", j if forms(noun)[-1] in ("درجه", "درجات") else q.last
        if kind in ("distance", "money", "percentage"):
            if kind == "distance" and self._per_hour(j):
                return "", "", "", j  # «120 كيلومترا في الساعة»: a speed, no distance
            unit = "%" if kind == "percentage" else forms(noun)[-1]
            return kind, "", unit, j
        # «مقتل ما لا يقل عن 28 من ركابها»: the people counted, with «its» after them
        counter = bool(noun) and (member(noun, COUNTERS) or member(without_owner(noun), COUNTERS))
        if counter and j + 2 < n and words[j + 1].text == "بين":  # «3 آلاف شخص بين قتيل وجريح»
            first = lookup(words[j + 2].text, NOUN_KINDS)
            if first in PEOPLE and self._other_people_kind(j + 3, first):
                return "combined", "", "", j + 3
        if counter or not noun or not noun[:1].isalpha() or noun in NOT_COUNTED:
            outcome = self._outcome_at(q) if counter else None
            if outcome is not None:
                # «تم إجلاء 250 راكبا», «أنقذ 20 شخصا»: those evacuated or rescued, not
                # everyone aboard (read on a train crash: set against the 350 passengers)
                return "count", f"{self.outcome_key(outcome)} {lemma(noun)}", "", j
            # «قطار ركاب يقل مئات الأشخاص»: those aboard, whatever toll the clause opened with
            carried = counter and self._carried(q.first - 1)
            # «نجا شخصان من أصل 181 شخصا»: the whole the survivors are drawn from
            carried = carried or self._out_of(q)
            people = None if carried else self._people_kind(q, j if counter else q.last,
                                                            previous_end)  # fmt: skip
            people = people or (None if carried else self._toll_risen_to(q))
            if people:
                return people, "", "", j if counter else q.last
            if counter and (left := self.outcome_after(j)) is not None:
                return "count", f"{self.outcome_key(left)} {lemma(noun)}", "", j
            if counter and self.to_hospital(q, j):
                return "hospitalised", "", "", j  # «تم نقل 22 شخصا إلى المستشفى»
            if counter and (nation := self._nationality(j)):
                return "count", nation, "", j + 1  # «10 مواطنين تايلنديين», «12 مواطنا تايلانديا»
            if counter and not any(f in _GENERAL_PEOPLE for f in forms(noun)):
                return "count", lemma(noun), "", j  # «10 أطفال»; «30 شخصا» alone says nothing
            if counter and self._aboard(q):
                return "count", "على متن", "", j  # «كانت تقل 48 شخصا», «على متنها 49 شخصا»
            if self.participants(q, j if counter else q.last):
                return "count", "متظاهر", "", j if counter else q.last  # «شارك مليون شخص»
            if not counter and (risen := self._risen_noun(q)) is not None:
                return "count", lemma(words[risen].text), "", risen
            return "", "", "", q.last
        if any(f in _NOT_NOUNS for f in forms(noun)) or self._is_place_or_month(j):
            # «مقتل 94 وإصابة 101 جراء الحريق»: no noun after it, the verbal noun before it
            people = self._people_kind(q, q.last, previous_end)
            if not people and self.to_hospital(q, q.last):
                return "hospitalised", "", "", q.last  # «تم نقل 22 منهم إلى المستشفى»
            if not people and self.participants(q, q.last):
                # «نصف مليون منهم شارك في باريس»: a part of them
                of_them = forms(noun)[-1] in ("منهم", "بينهم")
                return "count", "part" if of_them else "متظاهر", "", q.last
            return (people, "", "", q.last) if people else ("", "", "", q.last)
        if nation_country(noun) and (people := self._people_kind(q, q.last, previous_end)):
            return people, "", "", j  # «و75 أردنيا … حتفهم»: a nation's dead (its scope)
        if noun.startswith("ال") and len(noun) > 4:  # «الصواريخ»: a definite noun is not counted
            return "", "", "", q.last
        return "count", lemma(noun), "", j

    def _definite_number(self, q: Quantity) -> tuple[str, str, str, int] | None:
        """A number word with the article after its plural noun counts that noun: «العربات
        الأربع الأولى» (the first four carriages), «المفقودين الستة» (read on a train's coverage,
        where the four derailed carriages were not counted). The noun's kind, or None for a
        noun that counts people in general («الأفراد الستة»: their verb tells), a singular or
        no noun."""
        k = q.first - 1
        if q.first != q.last or k < 0 or not self.words[q.first].text.startswith("ال"):
            return None
        noun = self.words[k].text
        bare = forms(noun)[-1]
        if not noun.startswith(("ال", "وال", "بال", "لل")) or self._is_place_or_month(k):
            return None
        kind = lookup(noun, NOUN_KINDS)
        if kind in PEOPLE:
            return kind, "", "", k
        if kind or member(noun, COUNTERS) or not bare.endswith(("ات", "ين", "ون")):
            return None
        return "count", lemma(noun), "", k

    def _is_place_or_month(self, k: int) -> bool:
        if any(p.first == k for p in self.places):
            return True
        return any(t.start <= self.words[k].start < t.end for t in self.times)

    def count_noun(self, q: Quantity, noun_at: int) -> str:
        """A counted noun as written for the row's label, with the evacuation or rescue it
        underwent («إجلاء راكبا»)."""
        k = self._outcome_at(q)
        if k is None:
            k = self.outcome_after(noun_at)
        noun = self.written(noun_at)
        return noun if k is None else f"{self.written(k)} {noun}"

    def serious_written(self, q: Quantity, k: int) -> str:
        """The serious state as written, with its noun when one comes before it («جروح
        خطيرة», «حالة حرجة»), for the row's label."""
        before = k - 1
        if (
            before >= 0
            and not q.first <= before <= q.last
            and self.words[before].text[:1].isalpha()
        ):
            return f"{self.written(before)} {self.written(k)}"
        return self.written(k)

    def denied(self, first: int) -> bool:
        """«وليس صاروخا واحدا», «لا 50»: the figure is the one the sentence rejects."""
        return first > 0 and self.words[first - 1].text in _DENIALS

    def projected(self, q: Quantity) -> bool:
        words = self.words
        for k in range(max(0, q.first - 7), q.first):
            if not member(words[k].text, PROJECTION):
                continue
            if words[k].text == "قد" and words[k + 1].text[:1] not in "يتن":
                continue  # «قد أعلنت عن سقوط 207 قتلى» had announced; «قد يقترب من 380» may
            if forms(words[k].text)[-1] in _NOMINATED and not words[k + 1].text.startswith("ل"):
                continue  # «حصل المرشح حداد على 16 مليون صوت»: the candidate, not «likely to»
            return True
        return False

    def written(self, k: int) -> str:
        """Word ``k`` as the stored text writes it, without its clitics and marks."""
        start, end = self.span(k, k)
        word = self.s.text[start - self.s.start : end - self.s.start]
        folded = self.words[k].text
        # the clitics before it only: «بالصواريخ» → «صواريخ», «راكبا» stays (its ending is
        # no clitic; cutting by length made it «اكبا»); a letter of the word's own is no
        # clitic unless the article follows it: «30 فرقة» and «كيلوغرام» stay whole (shown as
        # «رقة» and «يلوغرام» before)
        cut = 0
        for bare in forms(folded)[1:] if folded not in _WAW_NOUNS else ():
            at = folded.find(bare)
            if at > 0 and _CLITICS_SHOWN.fullmatch(folded[:at]):
                cut = at
        return fold_marks(word)[cut:] if cut else fold_marks(word)

    def name_as_written(self, first: int, last: int) -> str:
        """Words ``first``..``last`` as the stored text writes them, less a joining «و» (a
        name's own letters stay: «وكريم نادر» is «كريم نادر»)."""
        start, end = self.span(first, last)
        text = fold_marks(self.s.text[start - self.s.start : end - self.s.start])
        return text[1:] if text.startswith("و") and self.joined(first) else text

    def source(self, q: Quantity | None) -> str:
        """The body the sentence attributes the figure to: by its table name, or as written."""
        if not self.sources:
            return ""
        at = self.words[q.first].start if q else 0
        # «دمّر 1329 منزلا، في حين ذكرت هيئة المسح …»: a body named after the figure, past a
        # clause of its own, says something else (it had been the houses' source)
        candidates = [
            s
            for s in self.sources
            if s.start <= at
            or not (
                _OTHER_CLAUSE & set(self.folded[at : s.start].split())
                or _NEW_STATEMENT.search(self.folded, at, s.start)
            )
        ]
        if not candidates:  # every body named comes after it, in other clauses: none is its
            return ""
        nearest = min(candidates, key=lambda s: abs(s.start - at))
        if relays(nearest.written):
            # «أكد الاتحاد العمالي، وفقا لما نقله موقع "فرانس 24"، أن …»: the union says it; but
            # «أفادت بلدية ماجدبورج بمقتل شخصين، فيما قالت صحيفة "بيلد" إن نحو 11 قتلوا»: the
            # paper says it, in a clause of its own
            speakers = [
                s
                for s in self.sources
                if s.start < nearest.start
                and not relays(s.written)
                and not _OTHER_CLAUSE & set(self.folded[s.end : nearest.start].split())
            ]
            if speakers:
                nearest = speakers[-1]
        return self.shown(nearest)

    def shown(self, mention: SourceMention) -> str:
        if mention.body != mention.written:
            return mention.body
        start, end = mention.start, mention.end
        if self.s.origin is not None:
            start, end = self.s.origin[start], self.s.origin[end - 1] + 1
        # «وكالة "إرنا"», «الوزير “فراس الأبيض”»: the quotation marks around a name are not shown
        shown = " ".join(self.s.text[start:end].translate(_QUOTE_MARKS).split())
        if mention.written.startswith("ال") and shown.startswith("لل"):
            shown = "ا" + shown[1:]  # «بيان للداخلية», «وفقا للسلطات»: shown «الداخلية»
        return shown

    def report_time(self) -> str:
        day = self.today.isoformat() if self.today else ""
        for word in self.words:
            if word.text == "حتي":
                clock = next((t for t in self.times if t.start > word.start and t.clock), None)
                if clock:
                    return f"{day} {clock.clock}".strip()
        return day


# Words after a figure that are not what it counts.
_NOT_NOUNS = wordset(
    "تحت منهم منها منه بينهم اثر جراء بسبب اصل ضمن حال بحال نتيجه عقب اليوم امس حيث لحظه"
    " وقت فقط ايضا اخري اخر غير"  # «بينهم 41 غير متعرف عليهم»: «غير» counts nothing
    " صباحا ظهرا عصرا مساء ليلا فجرا"  # «إلى 64 ظهرا»: a toll at noon, not 64 noons
    " تم وتم تمت وتمت"  # «وإصابة 110 تم نقلهم»: a passive's «تم» starts the next clause
)
_EXCEED = wordset("تجاوز تجاوزت يتجاوز تتجاوز تخطي تخطت يتخطي")
_FAHRENHEIT = wordset("فهرنهايت فهرنهيت فهرنهايتيه")
# people who say nothing alone: «30 شخصا»; pilgrims in a pilgrimage's coverage («العثور على 84
# حاجا»: found, not a toll)
_GENERAL_PEOPLE = wordset(
    "شخص اشخاص اخر اخرين اخرون اخران فرد افراد حاج حاجا حجاج حاجه حاله حالات people persons others"
)


_IDENTIFIED = wordset("التعرف تعرف تعرفت هويه هويات")
