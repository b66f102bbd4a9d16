"""Word patterns a sentence's figures are read with, beyond their nouns: a quake's magnitude
and its aftershocks', a speed that is no distance, victims split into the dead and the injured,
a toll that rose across another figure, and people's nationality. Each was read off real
coverage (docs/facts.md); ``reader.SentenceReader`` asks them."""

from __future__ import annotations

from app.facts.numbers import Quantity
from app.facts.scoping import ScopeReader
from app.facts.scoping import punctuated as _punctuated
from app.facts.words import (
    AMONG,
    COUNTERS,
    MAGNITUDE_CUES,
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

_VICTIMS = frozenset(("ضحيه", "ضحايا"))  # victims: the dead, or the dead and injured
# people who took part: «مشاركة أكثر من مليوني شخص», «عدد المحتجين تجاوز المليون» (read on a
# day of protests: the ministry's count and the unions' were no figures at all)
_PARTICIPANTS = wordset(
    "شارك شاركوا يشارك تشارك مشاركه المشاركين المشاركون مشاركين تظاهر تظاهروا يتظاهرون"
    " متظاهر متظاهرين المتظاهرين متظاهرون المحتجين محتجين المحتجون نزلوا خرجوا"
)
# a figure that is a change, not a level: «رفع الفائدة بواقع 600 نقطة», «زيادة نسبتها 6%»,
# «ارتفاعا في سعر الدولار بحوالي 15 جنيها», «يرتفع 5%» (read on a central bank's decision:
# the 6% hike was set against the 27% rate it led to)
_BY = wordset("بنسبه بواقع بمقدار نسبتها قدرها بحوالي بنحو باكثر بما")
_MOVES = wordset(
    "رفع يرفع ترفع رفعت ارتفع ارتفعت يرتفع ترتفع ارتفاع ارتفاعا زياده زيادة خفض خفضت تخفيض"
    " انخفض انخفضت انخفاض تراجع تراجعت هبط هبطت قفز قفزت صعد صعدت"
)
_LEVELS = wordset("الي ليصل لتصل يبلغ تبلغ ليبلغ بلغ بلغت لغت وصل وصلت عند مستوي مستويات")
# What a sum of money is, by a word before it (read on a lost submersible's coverage: the
# passengers' 10 billion dollars of wealth was flagged against a seat's 250,000 dollars).
_SUMS = {
    "تكلف": "cost", "كلف": "cost", "تكاليف": "cost", "رسوم": "cost", "ثمن": "cost",
    "ثرو": "wealth", "خساي": "losses", "خسار": "losses", "اضرار": "losses",
    "مساعدات": "aid", "منح": "aid", "معون": "aid", "تعويض": "compensation",
    "ميزاني": "budget", "موازن": "budget", "راتب": "pay", "رواتب": "pay", "اجور": "pay",
    "غرام": "fine", "فدي": "ransom", "استثمار": "investment", "صفق": "deal",
}  # fmt: skip
_CURRENCIES = frozenset(
    ("دولار", "يورو", "جنيه", "ريال", "دينار", "ليره", "درهم", "ين", "يوان", "روبل", "استرليني")
)
_PRICE_UNITS = frozenset(("صرف", "جرام", "غرام", "برميل", "طن", "لتر", "كيلو", "اونصه", "واحد"))
_IN_ORDER = ("علي الترتيب", "علي التوالي")
# a value changed from one figure to another: «رفع سن التقاعد من 62 عاما إلى 64 عاما»
_CHANGES = wordset("رفع يرفع ترفع رفعت خفض يخفض خفضت تخفيض زياده تمديد")
_MORE = wordset("اضافيه اضافي اضافيين اضافيا جديده جديد جدد")  # «58 حالة وفاة إضافية»
# adjectives after counted people that name no nationality
_NOT_NATIONS = wordset(
    "مدني عسكري اضافي حكومي محلي دولي رسمي امني طبي اخري ثاني اول نظامي"
    " مسيحي مسلم عادي صحفي اداري فني مهني جامعي حقيقي"
)


def is_nation(word: str) -> bool:
    """A nationality adjective's lemma («تايلاندي», «فلبيني»), by its form."""
    return len(word) >= 5 and word.endswith("ي") and word not in _NOT_NATIONS


# the weakest or strongest of the shocks named before
_OF_THEM_ALL = frozenset(("ادناها", "اقواها", "اشدها", "اعنفها", "اكبرها", "اضعفها", "اصغرها"))
_SHOCKS = frozenset(("زلزالا", "زلزال", "زلازل", "هزه", "هزات", "هزتين"))
_RISES = frozenset(
    ("زياده", "زاد", "ارتفع", "ارتفعت", "ارتفاع", "رفع", "وصل", "وصلت", "بلغ", "بلغت")
)
# things a rise counts whose plural no ending tells: «ارتفع عدد المنازل المدمرة إلى 300»
_BROKEN_PLURALS = frozenset(
    ("منازل", "المنازل", "مباني", "المباني", "بيوت", "البيوت", "مساكن", "المساكن", "صواريخ")
)


class CueReader(ScopeReader):
    """The patterns, over one sentence's words and quantities (``reader.SentenceReader``)."""

    def _nationality(self, j: int) -> str | None:
        """The nationality after counted people («مواطنين تايلنديين»): who they are, so they
        are counted with «10 تايلانديين» elsewhere (their consonants meet: تلند)."""
        if j + 1 >= len(self.words):
            return None
        word = forms(self.words[j + 1].text)[-1]
        if len(word) < 5 or not word.endswith(("ين", "يون", "يا", "ي", "يه")):
            return None
        base = lemma(word)
        return base if is_nation(base) and not member(base, COUNTERS) else None

    def participants(self, q: Quantity, noun_at: int) -> bool:
        """People counted as taking part in a protest: a word of taking part in the clause
        before the figure or right after its noun («مليون فرنسي شاركوا»)."""
        words = self.words
        for k in range(q.first - 1, max(-1, q.first - 10), -1):
            if _punctuated(self.folded[words[k].end : words[q.first].start]):
                break
            if any(f in _PARTICIPANTS for f in forms(words[k].text)):
                return True
        after = words[noun_at + 1 : noun_at + 3]
        return any(f in _PARTICIPANTS for w in after for f in forms(w.text))

    def change(self, q: Quantity) -> bool:
        """The figure says by how much something moved, not where it stands."""
        words = self.words
        before = [forms(w.text)[-1] for w in words[max(0, q.first - 8) : q.first]]
        if not before or before[-1] in _LEVELS or (q.first and words[q.first - 1].text == "الي"):
            return False
        if not any(w in _MOVES for w in before):
            return False
        # «بواقع 600», «زيادة نسبتها 6%»
        if any(w.text in _BY for w in words[max(0, q.first - 3) : q.first]):
            return True
        # or the verb or its noun a few words before, no level between («يرتفع 5%», «رفع البنك
        # المركزي الفائدة 5%»)
        for w in reversed(before[-4:]):
            if w in _LEVELS:
                return False
            if w in _MOVES:
                return True
        return False

    def person_aged(self, q: Quantity) -> str:
        """«ظهرت نوا أرغاماني، 25 عاماً», «بعودة نوعا أرغاماني (26 عاما)»: the two words of a
        name set off before a number of years are whose age it is (read on a hostage rescue's
        coverage: one hostage's 26 against another's 27 and her mother's 61)."""
        words, k = self.words, q.first - 1
        gap = "".join(self.folded[words[k].end : words[q.first].start].split())
        if k < 1 or gap not in ("،", ",", "(", "،(", ",("):  # «إبراهيم رئيسي، (64 عامًا)»
            return ""
        name = [words[k - 1].text, words[k].text]
        if self.joined(k - 1):
            name[0] = name[0][1:]
        if any(not w.isalpha() or len(w) < 3 or w in NOT_COUNTED for w in name):
            return ""
        if self.folded[words[k - 1].end : words[k].start].strip():
            return ""  # «الحدود، 25 عاما»: no name of two words joined
        return " ".join(name)

    def joined(self, k: int) -> bool:
        """Word ``k`` opens with a joining «و» after a list's item («(26 عاما) وكريم نادر»,
        «؛ وأندري كوزلوف»), not a name's own letter («وليد»)."""
        text = self.words[k].text
        before = self.folded[: self.words[k].start].rstrip()
        return text.startswith("و") and len(text) > 3 and before[-1:] in (")", "؛", "،", ",")

    def priced(self, q: Quantity, noun_at: int) -> str:
        """What a sum prices: the currency it is given against («50 جنيها للدولار», «مقابل
        الدولار»), else the nearest «سعر X» before it in the sentence («سعر الدولار»,
        «سعر جرام الذهب»: الذهب); "" when the sentence names neither."""
        words = self.words
        for k in range(noun_at + 1, min(len(words), noun_at + 3)):
            for form in forms(words[k].text):
                if form.removeprefix("ل").removeprefix("ال") in _CURRENCIES:
                    return form.removeprefix("ل").removeprefix("ال")
        for k in range(q.first - 1, -1, -1):
            if forms(words[k].text)[-1] not in ("سعر", "اسعار"):
                continue
            for m in range(k + 1, min(len(words), k + 4)):
                name = forms(words[m].text)[-1].removeprefix("ال")
                if name not in _PRICE_UNITS and len(name) > 2:
                    return name
        for k in range(q.first - 1, max(-1, q.first - 6), -1):
            for form in forms(words[k].text):
                bare = form.removeprefix("ال")
                for base, what in _SUMS.items():
                    if bare.startswith(base) and len(bare) - len(base) <= 3:
                        return what  # «تكلفة المقعد … 250 ألف دولار»: a cost, not a fortune
        return ""

    def in_order(self, q: Quantity) -> tuple[int, int] | None:
        """«ليصل إلى 27.25% و28.25% و27.75% على الترتيب»: the figure's place in a list the
        sentence says is in order, and the list's length (three rates, not one in conflict)."""
        qs = sorted(self.quantities, key=lambda x: x.first)
        at = next((k for k, x in enumerate(qs) if x is q), None)
        if at is None:
            return None
        first = last = at
        while first > 0 and qs[first].first - qs[first - 1].last <= 3:
            first -= 1
        while last + 1 < len(qs) and qs[last + 1].first - qs[last].last <= 3:
            last += 1
        if last == first:
            return None
        tail = self.folded[self.words[qs[last].last].end :][:40]
        if not any(phrase in tail for phrase in _IN_ORDER):
            return None
        return at - first + 1, last - first + 1

    def from_level(self, q: Quantity) -> bool:
        """«تخطى سعر الدولار 50 جنيها من مستوى نحو 31 جنيها»: the level it moved from."""
        words, k = self.words, q.first - 1
        while k > 0 and forms(words[k].text)[-1] in ("نحو", "حوالي", "قرابه"):
            k -= 1
        return (
            k > 0
            and forms(words[k].text)[-1] in ("مستوي", "مستويات")
            and words[k - 1].text in ("من", "ومن")
        )

    def changed(self, q: Quantity) -> bool:
        """A verb of changing a value a few words before «من X إلى Y»: the X is the old one."""
        return any(
            f in _CHANGES for w in self.words[max(0, q.first - 6) : q.first] for f in forms(w.text)
        )

    def increment(self, q: Quantity) -> bool:
        """«58 حالة وفاة إضافية سجلت، ما يرفع العدد إلى 658»: people added to a toll, not a
        toll (read on a pilgrimage's coverage: the 58 had been set against the total)."""
        for k in range(q.last + 1, min(len(self.words), q.last + 4)):
            bare = forms(self.words[k].text)[-1]
            if bare in _MORE:
                return True
            if bare in NOT_COUNTED or bare in ("جراء", "بسبب") or self.words[k].text[:1] == "ب":
                return False
        return False

    def _per_hour(self, j: int) -> bool:
        words = self.words
        after = [set(forms(w.text)) | {w.text} for w in words[j + 1 : j + 3]]
        hour = {"الساعه", "ساعه", "بالساعه"}
        return bool(
            (after and after[0] & hour)
            or (len(after) == 2 and "في" in after[0] and after[1] & hour)
            or "/ساع" in self.folded[words[j].end : words[j].end + 6]
        )

    def _victims_of_both(self, j: int) -> bool:
        """«2960 ضحية بينهم ألفي قتيل … و900 جريح»: victims counted, then split into the
        dead and the injured, are both together."""
        words = self.words
        if not any(f in _VICTIMS for f in forms(words[j].text)):
            return False
        ahead = words[j + 1 : j + 14]
        at = next((k for k, w in enumerate(ahead) if w.text in AMONG), None)
        if at is None:
            return False
        kinds = {lookup(w.text, NOUN_KINDS) for w in ahead[at + 1 :]}
        return {"deaths", "injured"} <= kinds

    def _magnitude_cue(self, q: Quantity) -> bool:
        """«بقوة 6.3», «شدته 6.3», «6.3 على مقياس ريختر»: a cue in the three words before the
        figure, with no comma or stop between (a clause after «ريختر،» is another's)."""
        for k in range(max(0, q.first - 3), q.first):
            if any(f in MAGNITUDE_CUES for f in forms(self.words[k].text)):
                gap = self.folded[self.words[k].end : self.words[q.first].start]
                return not _punctuated(gap)
        return False

    def _aftershock(self, q: Quantity) -> bool:
        """The figure is an aftershock's: «هزات ارتدادية بقوة 5,5 و4,7 و6,2 درجات», «هزة
        ارتدادية شدتها 5.2» (the words before it, back to the sentence's previous figure); or
        the first of a list of shocks' figures."""
        words = self.words
        for k in range(q.first - 1, max(-1, q.first - 8), -1):
            if any(f.startswith(("ارتداد", "الارتداد")) for f in forms(words[k].text)):
                return True
        # «سلسلة من الهزات الارتدادية … أدناها كانت بقوة 4 درجات، بينما سجلت أقواها … بقوة
        # 5.6»: the weakest and the strongest of the aftershocks named before (read on an
        # earthquake's coverage, both had stood in the quake's magnitude row)
        among = [k for k in range(q.first) if _OF_THEM_ALL.intersection(forms(words[k].text))]
        if among and any(
            f.startswith(("ارتداد", "الارتداد")) for w in words[: among[-1]] for f in forms(w.text)
        ):
            return True
        # «ضربت البلاد 21 زلزالًا بقوة أكبر من 4 درجات»: a count of shocks above a threshold
        for k in range(max(0, q.first - 5), q.first):
            if forms(words[k].text)[-1] in _SHOCKS and any(
                x.last == k - 1 for x in self.quantities
            ):
                return True
        # «عند 4 نقاط بقوة 5.5 و4 و7 و6.3 و5.9 على التوالي»: a list of several shocks' figures,
        # none of them the quake's alone
        after = q.last + 1
        return (
            after + 1 < len(self.words)
            and self.words[after].text == "و"
            and any(x.first == after + 1 for x in self.quantities)
        )

    def _quake_words(self) -> bool:
        return any(
            f in ("زلزال", "هزه", "ريختر", "زلازل", "الزلزال")
            for w in self.words
            for f in forms(w.text)
        )

    def _toll_risen_to(self, q: Quantity) -> str | None:
        """«ارتفعت حصيلة قتلى اصطدام ثلاثة قطارات، في منطقة …، إلى 261 شخصا»: the toll the
        sentence opens with, across the figure of what collided, for the figure it rose to."""
        words = self.words
        if not q.first or words[q.first - 1].text != "الي":
            return None
        for k in range(q.first - 2, 0, -1):
            if words[k].text == "الي" and any(x.first == k + 1 for x in self.quantities):
                return None  # another figure rose there first (not «عائدين إلى بلادهم»)
            if any(f in ("حصيله", "عدد") for f in forms(words[k - 1].text)):
                found = lookup(words[k].text, TRIGGERS) or lookup(words[k].text, NOUN_KINDS)
                if found in PEOPLE:
                    return found
                if forms(words[k - 1].text)[-1] == "حصيله" and found is None:
                    return "deaths"  # «ارتفعت حصيلة التفجير … إلى 61 شخصا»: the bombing's toll
        return None

    def _risen_noun(self, q: Quantity) -> int | None:
        """«تم زيادة سيارات الإسعاف إلى 74», «ارتفع عدد المنازل المدمرة إلى 300»: a figure with
        no noun of its own after «إلى», the plural noun a rise names before it (read on a train
        crash's coverage: 74 ambulances against the 36 sent first were never read); its
        index, or None."""
        words = self.words
        if q.first < 3 or words[q.first - 1].text != "الي":
            return None
        for k in range(q.first - 2, max(0, q.first - 5) - 1, -1):
            if any(f in _RISES for f in forms(words[k].text)):
                noun = k + 1 + (forms(words[k + 1].text)[-1] == "عدد")
                bare = forms(words[noun].text)[-1] if noun < q.first - 1 else ""
                plural = bare.endswith(("ات", "ين", "ون")) or bare in _BROKEN_PLURALS
                return noun if plural and not lookup(words[noun].text, NOUN_KINDS) else None
        return None
