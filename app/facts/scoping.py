"""Where a figure applies (the scope of a fact), read off one sentence: a place «في X» after
the figure in its clause or before it, «the city» the sentence named, one fire of several, a
national body's country, an earlier year or a whole period. A mixin of the sentence reader
(``reader.SentenceReader``), which holds the words, places, sources and times it reads."""

from __future__ import annotations

import datetime as dt

from app.facts.numbers import Quantity, Word, words_of
from app.facts.places import AREA_MARKERS, Place, gazetteer, nation_country, nationals
from app.facts.sources import SourceMention
from app.facts.times import TimeMention, day_month_spans
from app.facts.words import PEOPLE, definite, forms, member, wordset
from app.text.normalize import fold

_MEDIA = wordset("اذاعه الاذاعه تلفزيون التلفزيون قناه القناه صحيفه الصحيفه وكاله الوكاله")
# bodies that speak of other countries' affairs: «المتحدث باسم الخارجية القطرية» (a mediator)
# gives no Qatari scope to the hostages released in Gaza
_ABROAD = wordset("خارجيه الخارجيه سفاره السفاره قنصليه القنصليه قنصل القنصل")
_SUB_EVENTS = wordset("حريق حرايق موجه")  # «في الموجة الثانية»: the second wave of blasts
_CLAUSE_MARKS = (",", ".", ";", ":", "?", "!")
_ROUNDS = wordset("جوله دوره")  # «الجولة الأولى», «الدورة الأولى»: an election's round
_FIRST = frozenset(("الاولي",))  # folded
_ALONE = wordset("وحدها وحده وحدهما وحدهم")
_BEING = wordset("كان كانوا كانت كن يكون يكونون")  # «الذين كانوا بالداخل»: inside
# words after «حريق» that name no fire: prepositions, and the verbs and sizes of a fire's report
# («بحريق شب في قاعة أعراس»: a fire broke out, not «the fire of Shabb»)
_NOT_NAMES_AFTER = wordset(
    "في من الي علي عن مع الذي التي هذا هذه الغابات شب اندلع نشب التهم وقع هايل ضخم كبير مروع"
)
# «نُقل عشرات المصابين من حريق كنيسة أبو سيفين»: a building's fire is the event, not one of
# its fires by name
_BUILDINGS = wordset(
    "كنيسه مسجد مستشفي قاعه مصنع فندق سوق مبني عماره برج ملهي مطعم مدرسه منزل سجن متجر مخزن"
)
_THE_AREA = wordset("مدينه محافظه ولايه بلده اقليم")
_WHICH = frozenset(("الذي", "التي"))  # folded
# what an event did where it happened: «الحريق الذي اندلع في …», «الانفجار الذي هز …»
_HAPPENED = wordset("اندلع اندلعت شب شبت نشب نشبت وقع وقعت هز هزت")
_PERIOD_WORDS = wordset("عدوان حرب العدوان الحرب war يومين ايام")  # «خلال اليومين الماضيين»
_PAST = frozenset(("ماضي", "ماضيه", "منصرم"))  # «العام الماضي», «السنة الماضية»
_SINCE_REACH = 9  # words between «منذ» and the year, and between the year and the figure
_COMPASS = wordset("جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي")
_CITIZENS = wordset("مواطنيها مواطنيه رعاياها رعاياه")  # «7 حجاج من مواطنيها»: the speaker's
_CITIZEN = wordset("مواطن مواطنا مواطنين مواطنون")  # «وفاة 14 مواطنا»: the speaker's country's


def is_sub_event(scope: str) -> bool:
    """A scope that names one fire of several («حريق إيتون»): a part of the event."""
    return scope.split(" ", 1)[0] in _SUB_EVENTS


def punctuated(gap: str) -> bool:
    return any(mark in gap for mark in ",.;:()!?")


class ScopeReader:
    """The scope rules over a sentence's words, places, sources, times and figures."""

    folded: str
    words: list[Word]
    places: list[Place]
    sources: list[SourceMention]
    times: list[TimeMention]
    years: list[tuple[int, int, int]]
    today: dt.date | None
    quantities: list[Quantity]

    def _cumulative(self, q: Quantity) -> bool:
        """A total over a longer period than the event: «منذ 8 أكتوبر», «جراء العدوان
        المستمر», «منذ بدء الحرب» in the words before the figure."""
        for k in range(max(0, q.first - 10), q.first):
            bare = forms(self.words[k].text)[-1]
            if bare in _PERIOD_WORDS:
                return True
            if bare == "منذ" and any(t.date and t.start > self.words[k].start for t in self.times):
                return True
            if bare == "منذ" and self._day_after(k) is not None:
                return True  # «منذ الـ 7 من أكتوبر» in an article with no date to resolve it
        return False

    def _home_or_abroad(self, q: Quantity, noun_at: int) -> str:
        """«26.45% في الداخل و18.31% بالخارج», «داخل الوطن», «خارج الوطن», «الجالية بالخارج»:
        a country's voters at home and abroad are two counts (read on an election's coverage:
        the turnout abroad was set against the turnout at home)."""
        words = self.words
        starts = {x.first for x in self.quantities if x is not q}
        after = []
        for k in range(max(q.last, noun_at) + 1, min(len(words), max(q.last, noun_at) + 8)):
            if k in starts or punctuated(self.folded[words[k - 1].end : words[k].start]):
                break
            after.append(k)
        before = []
        for k in range(q.first - 1, max(-1, q.first - 11), -1):
            if any(x.last == k for x in self.quantities):
                break
            if "." in self.folded[words[k].end : words[k + 1].start]:
                break
            before.append(k)
        abroad_here = any(self._side(k) == "abroad" for k in range(len(words)))
        for k in after + before:
            if side := self._side(k):
                return side
            if (
                abroad_here
                and k in after
                and self._after_fi(k)
                and (words[k].text,) in (gazetteer().names)
            ):
                return "home"  # «23.486.061 ناخبا في الجزائر و865.490 ناخبا بالخارج»
        return ""

    def _side(self, k: int) -> str:
        word = self.words[k].text
        following = self.words[k + 1].text if k + 1 < len(self.words) else ""
        if word in ("بالخارج", "الخارج") and (word[0] == "ب" or self._after_fi(k)):
            return "abroad"
        if word in ("خارج", "وخارج") and following in ("الوطن", "البلاد"):
            return "abroad"
        if forms(word)[-1] in ("جاليه", "الجاليه"):
            return "abroad"
        if (
            word in ("بالداخل", "الداخل")
            and (word[0] == "ب" or self._after_fi(k))
            and not (k and self.words[k - 1].text in _BEING)
        ):  # not «الأشخاص الذين كانوا بالداخل»: inside (a carriage), not at home
            return "home"
        if word in ("داخل", "وداخل") and (
            following in ("الوطن", "البلاد") or (following,) in gazetteer().names
        ):
            return "home"
        return ""

    def _day_after(self, k: int) -> str | None:
        """The day of a month written right after word ``k`` («منذ 7 أكتوبر»), as written."""
        start = self.words[k].end
        for s, e in day_month_spans(self.folded):
            if 0 <= s - start <= 6:
                return self.folded[s:e]
        return None

    def _that_day(self, q: Quantity) -> str | None:
        """«منذ 7 أكتوبر، عندما اقتحمت حماس الحدود، مما أسفر عن مقتل حوالي 1200 شخص»: the
        toll of that day, told in a clause «عندما/حين» opens after it, not a total since."""
        words = self.words
        for k in range(max(0, q.first - 16), q.first):
            if forms(words[k].text)[-1] != "منذ" or (day := self._day_after(k)) is None:
                continue
            between = {w.text.removeprefix("و") for w in words[k + 1 : q.first]}
            if between & {"عندما", "حين", "حينما"}:
                return day
        return None

    def _last_year(self, q: Quantity) -> bool:
        """«وفي يونيو من العام الماضي، وقع زلزال بقوة 5.9 درجة … مما أسفر عن مقتل أكثر من 1000
        شخص»: in an article with no date, last year's event and its figures, not this one's
        (not «منذ العام الماضي», a total since then)."""
        bare = [forms(w.text)[-1] for w in self.words[max(0, q.first - 25) : q.first]]
        return any(
            year in ("عام", "سنه") and past in _PAST and before != "منذ"
            for before, year, past in zip(["", *bare], bare, bare[1:], strict=False)
        )

    def _since_year(self, q: Quantity) -> int | None:
        """The year of an earlier event the figure belongs to, in an article with no date:
        «الأعلى منذ الفيضانات التي شهدتها إسبانيا في أكتوبر 1973 وخلفت 300 قتيل», «منذ زلزال
        17 آب 1999 الذي تسبب في مقتل 17 ألف شخص». «منذ» a few words before a year, and the
        figure a few words after it: a past event's toll, not this one's (a dated article
        compares the year with its date instead)."""
        if self.today is not None:
            return None
        at = self.words[q.first].start
        for start, _end, year in reversed(self.years):
            if start >= at:
                continue
            year_at = next((k for k, w in enumerate(self.words) if w.start >= start), None)
            if year_at is None or q.first - year_at > _SINCE_REACH:
                return None
            between = self.folded[start:at]
            relative = any(w in between.split() for w in ("الذي", "التي"))
            if any(mark in between for mark in "،,;؛") and not relative:
                # «أسوأ كارثة منذ 2010، إذ قتل 50 شخصا»: this event's, after a comma; but «منذ
                # عام 2014، بعد حادث العبارة، الذي توفي بسببه 304 أشخاص» tells of that year's
                return None
            before = self.words[max(0, year_at - _SINCE_REACH) : year_at]
            if any(forms(w.text)[-1] == "منذ" for w in before):
                return year
            return None
        return None

    def scope(self, q: Quantity, noun_at: int, kind: str) -> str:
        """A place «في X» after the figure in its clause, or before it with no other figure
        between; «year:1999» when the clause speaks of an earlier year."""
        at = self.words[q.first].start
        earlier = [(s, y) for s, _, y in self.years if s < at]
        earlier += [
            (t.start, t.date.year)
            for t in self.times
            if t.date and t.start < at and self.today and (self.today - t.date).days > 45
        ]
        if (past := self._since_year(q)) is not None:
            return f"year:{past}"
        if self.today is None and self._last_year(q):
            return "year:last"
        if (day := self._that_day(q)) is not None:
            return f"year:{day}"
        if self._cumulative(q):
            return "period"
        if self._first_round(q):
            return "round:1"
        if earlier and self.today:
            year = max(earlier)[1]
            if year != self.today.year or any(t.month_only for t in self.times if t.start < at):
                return f"year:{year}"
        if kind in ("magnitude", "distance", "time", "age"):
            return ""  # a person's age is nowhere's; a quake's magnitude is the quake's
        if side := self._home_or_abroad(q, noun_at):
            return side
        if (kind in PEOPLE or kind == "combined") and (nation := self._nation(q, noun_at)):
            return f"nation:{nation}"
        if kind == "count" and (nation := self._nation_after(q, noun_at)):
            # «173 راكبا كوريا وراكبين تايلانديين»: a nation's share of all the passengers
            return f"nation:{nation}"
        if (own := self._place_alone(q)) is not None:
            return own
        aside = self._bracket(at)  # a place in brackets scopes only figures in them
        places = [
            p
            for p in self.places
            if not p.adjective
            and self._after_fi(p.first)
            and self._bracket(self.words[p.first].start) == aside
        ]
        clause_end = self._clause_end(noun_at)
        after = [
            p
            for p in places
            if noun_at < p.first
            and self.words[p.first].start < clause_end
            and not self._where_it_happened(noun_at, p.first)
        ]
        if after:
            return self._place_name(after[0])
        if (city := self._the_city(noun_at, clause_end)) is not None:
            return city
        if (part := self._sub_event(noun_at, clause_end)) is not None:
            return part
        speaker = self._speaker(q) if kind in PEOPLE or kind == "combined" else None
        seat = self._seat(speaker, q) if speaker else []
        before = [
            p
            for p in places
            if p.last < q.first
            and not self._trailing(p)
            and "." not in self.folded[self.words[p.last].end : at]
            and p not in seat
        ]
        if before:
            return self._place_name(before[-1])
        sides = [
            p
            for p in self.places
            if p.adjective
            and p.last < q.first
            and p.first
            and forms(self.words[p.first - 1].text)[-1] in ("جانب", "طرف", "صعيد")
        ]  # على الجانب السوري
        if sides:
            return sides[-1].name
        country = self._source_country(q)
        # «الخارجية الأردنية: وفاة 14 حاجا»: a foreign ministry counts its own citizens
        abroad = "" if country or kind not in (*PEOPLE, "combined") else self._speaker_country(q)
        return f"nation:{abroad}" if abroad else country

    def _speaker(self, q: Quantity) -> SourceMention | None:
        """The last body quoted before the figure, when it speaks for a country abroad (a
        foreign ministry, an embassy, a consulate)."""
        at = self.words[q.first].start
        mentions = [s for s in self.sources if s.start < at and not _MEDIA & set(s.written.split())]
        if mentions and _ABROAD & set(mentions[-1].written.split()):
            return mentions[-1]
        return None

    def _speaker_country(self, q: Quantity) -> str:
        """The country of the body abroad quoted before the figure, by its name («الخارجية
        الأردنية») or by the words right after it («مديرية الشؤون القنصلية في وزارة الخارجية
        الأردنية», «… في الأردن»)."""
        speaker = self._speaker(q)
        if speaker is None:
            return ""
        if country := self._source_country(q, abroad=True):
            return country
        return next((p.country for p in self._seat(speaker, q) if p.country), "")

    def _seat(self, speaker: SourceMention, q: Quantity) -> list[Place]:
        """Places within eight words after the speaker's name, before the figure: where the
        body sits, not where the figure happened."""
        after = [k for k, w in enumerate(self.words) if w.start >= speaker.end]
        reach = after[:8]
        return [p for p in self.places if p.first in reach and p.last < q.first]

    def _nation_after(self, q: Quantity, noun_at: int) -> str | None:
        """The nationality right after the figure or its noun: «40 حاجا مصريا», «90 إندونيسيا»
        (not one said elsewhere in the clause: «خفر السواحل اليابانيين رصدوا … صاروخين»)."""
        words = self.words
        for k in sorted({q.last + 1, noun_at + 1}):
            if k < len(words) and (country := nation_country(words[k].text)):
                return country
        return None

    def _nation(self, q: Quantity, noun_at: int) -> str | None:
        """The people counted are of one nation: «40 حاجا مصريا», «90 إندونيسيا», «7 حجاج من
        مواطنيها» (the speaking ministry's), or «عدد الوفيات بين الحجاج الأردنيين إلى 12» in
        the clause before the figure. Their toll is that country's, not the event's (read on a
        pilgrimage's coverage: each country's dead had been set against the whole toll). A
        nation's people are their own scope («nation:الأردن»), not the place: Israeli soldiers
        killed in Gaza are not Gaza's toll."""
        words = self.words
        if country := self._nation_after(q, noun_at):
            return country
        of_speaker = noun_at + 2 < len(words) and words[noun_at + 1].text == "من"
        of_speaker = of_speaker and forms(words[noun_at + 2].text)[-1] in _CITIZENS
        if of_speaker or (noun_at > q.last and forms(words[noun_at].text)[-1] in _CITIZEN):
            speaker = self._speaker_country(q) or self._source_country(q, abroad=True)
            if speaker or not of_speaker:
                # «استشهاد 103 مواطنين» in Kerman, said by no one abroad: the event's own
                # people, counted where it happened (it had made a row of Iran's nationals)
                return speaker or None
            places = [p for p in self.places if p.last < q.first and p.country]
            return places[-1].country if places else None
        for k in range(q.first - 1, max(-1, q.first - 10), -1):
            gap = self.folded[words[k].end : words[q.first].start]
            if punctuated(gap) or any(x.last == k for x in self.quantities):
                return None
            if country := nationals(words[k].text):
                return country  # «الأردنيين», «المغاربة»; not «الخارجية المصرية»
        return None

    def _sub_event(self, noun_at: int, clause_end: int) -> str | None:
        """«توفي خمسة في حريق إيتون», «احتواء 11% من حريق باليساديس»: one of the event's fires by
        its name, a part of the whole (read on a wildfire's coverage: each fire's dead against
        the total, one fire's containment against the other's)."""
        words = self.words
        for k in range(noun_at + 1, len(words) - 1):
            if words[k].start >= clause_end:
                return None
            of = self._after_fi(k) or (k and words[k - 1].text == "من")  # «11% من حريق X»
            if forms(words[k].text)[-1] in _SUB_EVENTS and of:
                name = words[k + 1].text
                place = any(f in gazetteer().firsts for f in forms(name))  # «حريق لوس أنجلوس»
                named = name not in _NOT_NAMES_AFTER and not member(name, _BUILDINGS)
                if name[:1].isalpha() and named and not place:
                    return f"{forms(words[k].text)[-1]} {name}"
        return None

    def _where_it_happened(self, noun_at: int, place_at: int) -> bool:
        """The place is in a clause that tells where the event happened, between the figure and
        it: «55 قتيلًا إثر الحريق الذي اندلع داخل مستشفى ابن الخطيب في منطقة جسر ديالى» is the
        fire's toll, the district only where it broke out (read on a hospital fire's coverage,
        where that district's «55» stood apart from the city's «82»)."""
        for k in range(noun_at + 1, min(place_at, len(self.words) - 1)):
            if self.words[k].text in _WHICH and member(self.words[k + 1].text, _HAPPENED):
                return True
        return False

    def _the_city(self, noun_at: int, clause_end: int) -> str | None:
        """«قال حاكم ملاطية إن 23 شخصا قتلوا في المدينة»: «the city» is the one the sentence
        named before (Malatya), not the whole country of the event."""
        for k in range(noun_at + 1, len(self.words)):
            if self.words[k].start >= clause_end:
                return None
            word = self.words[k].text
            if definite(word) and forms(word)[-1] in _THE_AREA and self._after_fi(k):
                cities = [
                    p for p in self.places
                    if p.last < k and not p.adjective and p.name != p.country
                ]  # fmt: skip
                return cities[-1].name if cities else None
        return None

    def _source_country(self, q: Quantity, *, abroad: bool = False) -> str:
        """A national body gives national figures: «وزارة الصحة السورية» → سوريا; a foreign
        ministry only for its own citizens (``abroad``)."""
        at = self.words[q.first].start
        # media relay others' figures: «نقلت هيئة الإذاعة البريطانية عن المسؤولين» gives no
        # British scope to a Russian plane's passengers
        skip = _MEDIA if abroad else _MEDIA | _ABROAD
        mentions = [
            s for s in self.sources
            if s.start < at and not skip & set(s.written.split())
        ]  # fmt: skip
        if not mentions:
            return ""
        written = mentions[-1].body if mentions[-1].body != mentions[-1].written else ""
        words = (
            words_of(fold(written))
            if written
            else [w for w in self.words if mentions[-1].start <= w.start < mentions[-1].end]
        )
        names = gazetteer().names
        for word in words:
            for form in forms(word.text):
                entry = names.get((form,))
                if entry and entry[2]:  # an adjective: «السورية», not «عميد بلدية درنة»
                    return entry[1]
        return ""

    def _place_name(self, place: Place) -> str:
        """The place, or both when it is one of two joined by «و» («في سلطنة عمان وإيران»:
        ``عمان+ايران``, the whole event when both are the event's places, a wider area than
        the event's when one is not: collate decides)."""
        for other in self.places:
            if other is place:
                continue
            if other.first == place.last + 1 and self.words[other.first].text[:1] == "و":
                return f"{place.name}+{other.name}"
            if place.first == other.last + 1 and self.words[place.first].text[:1] == "و":
                return f"{other.name}+{place.name}"
        return place.name

    def _trailing(self, place: Place) -> bool:
        """The place closes a clause of figures («1498 قتيلا و8533 جريحا في تركيا»): it scopes
        those figures, not the ones after it; unless «حيث» opens the next clause from it («قتل
        28 شخصا في محافظة أديامان حيث انهار حوالى مئة مبنى»: where the buildings fell)."""
        after = range(place.last + 1, min(len(self.words), place.last + 3))
        if any(self.words[k].text in ("حيث", "وحيث") for k in after):
            return False
        start = self.words[place.first].start
        for q in self.quantities:
            q_end = self.words[q.last].end
            if q_end < start and not punctuated(self.folded[q_end:start]):
                return True
        return False

    def _place_alone(self, q: Quantity) -> str | None:
        """«سجلت منطقة فالنسيا وحدها 92 حالة وفاة»: a place right before the figure with
        «وحدها» (alone) between is the figure's, a part of the event's toll (read on floods'
        coverage, where the region's 92 stood against the country's 95 as a conflict)."""
        k = q.first - 1
        if k < 1 or self.words[k].text not in _ALONE:
            return None
        place = next((p for p in self.places if p.last == k - 1 and not p.adjective), None)
        return self._place_name(place) if place is not None else None

    def _after_fi(self, k: int) -> bool:
        """The place is governed by «في» or a glued «ب» (في تركيا، بتركيا، وفي سوريا)."""
        place = self.words[k].text
        while k and (
            forms(self.words[k - 1].text)[-1] in _COMPASS
            or any(f in AREA_MARKERS for f in forms(self.words[k - 1].text))
        ):
            k -= 1  # في جنوب شرق تركيا، في محافظة أديامان
        if k and self.words[k - 1].text in ("في", "وفي", "فيما", "داخل", "بداخل"):
            return True
        native = (place,) in gazetteer().names  # «بيروت» starts with ب; «بتركيا» does not
        return place.startswith(("وب", "ب")) and not native

    def _first_round(self, q: Quantity) -> bool:
        """«حصل على 49.4% مقابل 44.96% … في الجولة الأولى»: the clause of the figure names an
        election's first round (``collate`` keeps it apart only in the coverage of a later
        round)."""
        words = self.words
        first = q.first
        while first > 0 and not punctuated(self.folded[words[first - 1].end : words[first].start]):
            first -= 1  # back to the clause's start: «في الجولة الأولى حصل على 49%»
        end = self._clause_end(q.last)  # not into «…، بعد أن فشلا في الجولة الأولى»
        return any(
            forms(words[k].text)[-1] in _ROUNDS and words[k + 1].text in _FIRST
            for k in range(first, len(words) - 1)
            if words[k].start < end
        )

    def _bracket(self, at: int) -> int:
        """Where the brackets around ``at`` open, or -1."""
        opened = self.folded.rfind("(", 0, at)
        return opened if opened >= 0 and self.folded.find(")", opened, at) < 0 else -1

    def _clause_end(self, k: int) -> int:
        """Where the clause of word ``k`` ends: the first mark between two words after it (not
        the decimal point inside «44.96»), or the sentence's end."""
        words = self.words
        for m in range(min(k, len(words) - 1) + 1, len(words)):
            gap = self.folded[words[m - 1].end : words[m].start]
            marks = [gap.find(mark) for mark in _CLAUSE_MARKS if mark in gap]
            if marks:
                return words[m - 1].end + min(marks)
        tail = self.folded[words[-1].end :] if words else self.folded
        marks = [tail.find(mark) for mark in _CLAUSE_MARKS if mark in tail]
        return len(self.folded) - len(tail) + min(marks) if marks else len(self.folded)
