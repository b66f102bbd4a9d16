"""The people a figure counts: what happened to them (the verb after them, the toll before
them), whether they are a part of another count («بينهم», «بمن فيهم», «ثلاثة من المصابين»),
aboard, evacuated or in a serious state (``PeopleReader``, a part of ``reader.SentenceReader``)."""

from __future__ import annotations

from app.facts.cues import CueReader
from app.facts.numbers import Quantity
from app.facts.scoping import punctuated as _punctuated
from app.facts.words import (
    AFTER_TRIGGERS,
    AMONG,
    HEDGES_BEFORE,
    NOUN_KINDS,
    PEOPLE,
    TRIGGERS,
    forms,
    lemma,
    lookup,
    member,
    without_owner,
    wordset,
)

SERIOUS = frozenset(("خطيره", "خطره", "حرجه", "بالغه", "بليغه"))  # folded, without the article


_TO_THE_STATE = frozenset(("في", "منهم", "منهن", "منهما"))  # words before «حالة خطيرة»
_OF_THEM = frozenset(("منهم", "منهن", "منهما"))  # «إصابة اثنين منهم»: of a group named before
_BEFORE_NOW = frozenset(("سابق", "سابقا", "السابق", "السابقه"))  # folded «سابقاً», «السابقة»


def _his(word: str) -> str | None:
    """The kind a word of what befell people gives with «his / its» after it («قتله» → deaths),
    or None."""
    if len(word) >= 4 and word.endswith("ه"):
        return lookup(word[:-1], TRIGGERS)
    return None


# groups a figure may be drawn from: «اثنين من أفراد خفر السواحل», «ثلاثة من المصابين»
_GROUPS = wordset("افراد عناصر ضباط مصابين جرحي مصابون ركاب طاقم حاضرين مشاركين")
_WHO = frozenset(("بمن", "وبمن"))  # «بمن فيهم»: including
# what people underwent, each word by its one key: evacuated («إخلاء» too) or rescued; «أجلت
# السلطات 250 شخصا» and «إجلاء 250 شخصا» are one row
_OUTCOME_KEYS = {
    **dict.fromkeys(("اجلاء", "اجلي", "اجلت", "اجليت", "اخلاء", "اخلي", "اخلت"), "اجلاء"),
    **dict.fromkeys(("انقاذ", "انقذ", "انقذت", "انقذوا", "انتشال"), "انقاذ"),
}
_OUTCOMES = frozenset(_OUTCOME_KEYS)
# after the people counted: «أجبر 5 ملايين شخص على إخلاء منازلهم», «أمر مليون شخص بالفرار»
_LEFT = dict.fromkeys(("اخلاء", "اجلاء", "فرار", "مغادره"), "اجلاء")
_ABOARD = wordset("تقل يقل تقلها متنها متنه متن تحمل يحمل")
_WARRANTS = wordset("اوامر امر مذكرات مذكره مذكرتي مذكرتا")  # «أوامر الاعتقال», «مذكرة توقيف»
_TAKEN = wordset("نقل نقلوا نقلت ادخال ادخل ادخلوا اسعاف اسعافهم")  # to hospital
_LIVES = wordset("حياته حياتهم حياتها حياتم")  # «حياتم»: as one outlet misspelt it


class PeopleReader(CueReader):
    """The rules over the people a sentence's figures count."""

    def _other_people_kind(self, k: int, kind: str) -> bool:
        if k >= len(self.words) or not self.words[k].text.startswith("و"):
            return False
        if any(x.first in (k + 1, k + 2) for x in self.quantities):
            return False  # «103 قتيلا، واصابة 181 جريحا»: the next clause has its own figure
        rest = self.words[k].text[1:]
        other = lookup(rest, NOUN_KINDS) or lookup(rest, TRIGGERS)
        # «179 قتيلا وناجيين»: the dead and the survivors are no combined toll
        return other in PEOPLE and other != kind and "survivors" not in (kind, other)

    def to_hospital(self, q: Quantity, noun_at: int) -> bool:
        """The people counted were taken to hospital: a word of taking them before the figure
        or right after them, and «المستشفى» within four words after them in the clause («تم نقل
        22 شخصا إلى المستشفى», «بنقل 22 شخصا من الناجين إلى المستشفيات», «22 شخصا نقلوا إلى
        المستشفى»; read on a plane crash's coverage, where three outlets' 22 were no fact)."""
        words = self.words
        after: list[int] = []  # the four words after them, up to a mark that ends the clause
        for k in range(noun_at + 1, min(len(words), noun_at + 5)):
            if _punctuated(self.folded[words[k - 1].end : words[k].start]):
                break
            after.append(k)
        if not any(forms(words[k].text)[-1].removeprefix("ال").startswith("مستشف") for k in after):
            return False
        before = range(max(0, q.first - 4), q.first)
        return any(forms(words[k].text)[-1] in _TAKEN for k in (*before, *after))

    def _particle(self, k: int) -> bool:
        """«فقد» at ``k`` is «فـ» and «قد» before a verb («فقد نجا», «فقد تم نقل»), not «lost»
        («فقد 40 هنديا حياتهم»)."""
        after = self.words[k + 1].text if k + 1 < len(self.words) else ""
        return after in ("تم", "كان", "كانت") or lookup(after, TRIGGERS) is not None

    def _aboard(self, q: Quantity) -> bool:
        """People carried: «تقل 48 شخصا», «وعلى متنها 49 شخصا», «48 شخصا على متنها» (a
        plane's, a boat's); not «تقل 42 راكبا وستة من أفراد الطاقم» (the crew's six)."""
        return self._carried(q.first - 1) or self._carried(q.last + 2) or self._carried(q.last + 3)

    def _carried(self, k: int) -> bool:
        return 0 <= k < len(self.words) and any(f in _ABOARD for f in forms(self.words[k].text))

    def before_hedges(self, q: Quantity) -> int:
        """The word right before the figure past its hedge words («تم إجلاء حوالي 250»: «إجلاء»),
        -1 at the sentence's start."""
        k = q.first - 1
        while k >= 0:
            if any((f,) in HEDGES_BEFORE for f in forms(self.words[k].text)):
                k -= 1
                continue
            # «تم إجلاء أكثر من مليون شخص», «إنقاذ ما لا يقل عن 28»: a hedge of several words
            size = next((n for n in (4, 3, 2) if k - n + 1 >= 0 and tuple(
                w.text for w in self.words[k - n + 1 : k + 1]) in HEDGES_BEFORE), 0)  # fmt: skip
            if not size:
                break
            k -= size
        return k

    def _outcome_at(self, q: Quantity) -> int | None:
        """The word of evacuation or rescue right before the figure (a hedge between), or
        None."""
        k = self.before_hedges(q)
        if k >= 0 and any(f in _OUTCOMES for f in forms(self.words[k].text)):
            return k
        # the verb, then who did it, then the figure: «أجلت السلطات 250 شخصا»
        definite = k >= 1 and self.words[k].text.startswith("ال")
        if definite and any(f in _OUTCOMES for f in forms(self.words[k - 1].text)):
            return k - 1
        return None

    def outcome_key(self, k: int) -> str:
        """The one key of the outcome word at ``k`` (``_outcome_at``, ``outcome_after``)."""
        word = self.words[k].text
        found = [_OUTCOME_KEYS.get(f) or _LEFT.get(f.removeprefix("ال")) for f in forms(word)]
        return next((key for key in found if key), forms(word)[-1])

    def outcome_after(self, noun_at: int) -> int | None:
        """A word of leaving right after the people counted, in their clause: «أجبر أكثر من 5
        ملايين شخص على إخلاء منازلهم», «أمر المسؤولون أكثر من مليون شخص بالفرار» (read on a
        hurricane's coverage, where neither was a fact)."""
        words = self.words
        for k in range(noun_at + 1, min(len(words), noun_at + 8)):
            if _punctuated(self.folded[words[k - 1].end : words[k].start]):
                return None
            # made to leave: «على إخلاء», «بالفرار» («بعد إخلاء المنطقة» says when, not who)
            text = words[k].text
            made = words[k - 1].text == "علي" or (text.startswith("ب") and len(forms(text)) > 1)
            bare = {f.removeprefix("ب").removeprefix("ال") for f in forms(text)}
            if made and bare & _LEFT.keys():
                return k
        return None

    def noun_people(self, q: Quantity, previous_end: int) -> tuple[str, str] | None:
        """What befell the people a noun counts by itself (a dual, «شخص واحد», «آخر»), read as
        a figure before the same noun would be: «مقتل جنديين» (the dead), «إنقاذ شخصين» (those
        rescued), «شخصان لقيا حتفهما», «وإصابة آخر»; (kind, subject), or None when nothing
        around the noun says (read on a bridge's, a train's and a nightclub fire's coverage,
        where each was a bare count of «شخص» or none)."""
        if (k := self._outcome_at(q)) is not None:
            return "count", f"{self.outcome_key(k)} {lemma(self.words[q.last].text)}"
        if self._carried(q.first - 1):
            return None
        people = self._people_kind(q, q.last, previous_end) or self._toll_risen_to(q)
        return (people, "") if people else None

    def _people_kind(self, q: Quantity, noun_at: int, previous_end: int) -> str | None:
        words = self.words
        starts = {x.first for x in self.quantities}
        for k in self._after_noun(noun_at):
            if k in starts:
                break  # the next figure
            found = lookup(words[k].text, AFTER_TRIGGERS)
            if found == "missing" and k != noun_at + 1:
                continue  # «5 أشخاص مفقودين»; not «12 شخصا، عقب العثور على أحد المفقودين»
            if found:
                return found
            if lookup(words[k].text, TRIGGERS):
                break  # the next clause's verb
        for k in range(q.first - 1, max(previous_end, q.first - 9) - 1, -1):
            if words[k].text in ("عدد", "وعدد") and k + 1 < q.first and words[k + 1].text == "من":
                break  # «وفاة عدد من الحجاج والحزن يخيم على الملايين»: the verb had its count
            # «بعد ساعات من قتله ثلاثة أشخاص»: his killing of them («قتله» is «قتل» and «his»)
            found = lookup(words[k].text, TRIGGERS) or _his(words[k].text)
            if found == "missing" and words[k].text == "فقد" and self._particle(k):
                continue  # «فقد نجا 14 شخصا»: «فـ» and «قد» before a verb, nothing lost
            if found == "arrested" and k and member(words[k - 1].text, _WARRANTS):
                return None  # «مذكرات توقيف بحق 12 شخصا»: wanted, not (yet) arrested
            if found == "missing" and any(member(w.text, _LIVES) for w in words[q.last + 1 :]):
                found = "deaths"  # «فقد 40 هنديا … حياتهم»: lost their lives
            if found:
                if self._other_people_kind(k, found) or self._other_people_kind(k + 1, found):
                    return "combined"
                joined = k and words[k].text.startswith("و")  # استشهاد وإصابة 500
                # «أربعة أشخاص قتلوا وأصيب 38», «15 شخصا على الأقل قتلوا وأصيب 40»: a verb after
                # the last figure, in its clause, is that figure's own; not after a comma («17
                # شتنبر، أدت إلى مقتل وإصابة المئات» are killed and injured together)
                theirs = previous_end > 0 and not _punctuated(
                    self.folded[words[previous_end - 1].end : words[k].start]
                )
                if (
                    joined
                    and not theirs
                    and lookup(words[k - 1].text, TRIGGERS) not in (None, found)
                ):
                    return "combined"
                return found
        return self._met_their_death(q)

    def _after_noun(self, noun_at: int) -> list[int]:
        """The five words after the counted noun, past a clause of «including …» between commas
        («أكثر من 100 من ضيوف الحفل، بمن فيهم أشقاء العروس، لقوا حتفهم»)."""
        words = self.words
        found: list[int] = []
        k = noun_at + 1
        while k < len(words) and len(found) < 5:
            gap = self.folded[words[k - 1].end : words[k].start]
            opens = words[k].text in _WHO and k + 1 < len(words)
            if opens and _punctuated(gap) and words[k + 1].text in ("فيهم", "فيهن"):
                close = next((m for m in range(k + 2, min(len(words), k + 25))
                              if _punctuated(self.folded[words[m - 1].end : words[m].start])),
                             None)  # fmt: skip
                if close is not None:
                    k = close
                    continue
            found.append(k)
            k += 1
        return found

    def _met_their_death(self, q: Quantity) -> str | None:
        """«ولقي 20 حاجا ماليزيا و90 إندونيسيا حتفهم»: each figure between «لقي» and «حتفهم»."""
        words = self.words
        opened = any(forms(w.text)[-1] in ("لقي", "لقوا") for w in words[: q.first])
        closed = any(lookup(w.text, AFTER_TRIGGERS) == "deaths" for w in words[q.last + 1 :])
        return "deaths" if opened and closed else None

    def among_right_after(self, q: Quantity, previous_end: int) -> bool:
        """«107 بينهم 41»: the figure follows «بينهم»/«منهم» right after the figure before it."""
        return (
            previous_end > 0
            and q.first == previous_end + 1
            and self.words[previous_end].text in AMONG
        )

    def part_of(self, q: Quantity) -> bool:
        """The figure counts part of another: «منهم», «بينهم», «من بينهم» before it, «من بين
        المصابين 11 طفلا»; or a group it is drawn from after it: «ثلاثة من المصابين», «اثنين
        من أفراد خفر السواحل» (read on a shipwreck's coverage: each was a rival total)."""
        words = self.words
        for k in range(max(0, q.first - 3), q.first):
            including = words[k].text in ("فيهم", "فيهن") and k and words[k - 1].text in _WHO
            if words[k].text not in AMONG and not including:  # «بمن فيهم أشقاؤه الثلاثة»
                continue
            # «مقتل 8 أشخاص بينهم طفلة، وإصابة 2750»: the group's clause ends before the figure
            ended = _punctuated(self.folded[words[k].end : words[q.first].start]) or any(
                lookup(w.text, TRIGGERS) for w in words[k + 1 : q.first]
            )
            if not ended:
                return True
        drawn = q.first > 1 and words[q.first - 1].text == "بين"
        if drawn and any(0 <= q.first - 2 - x.last <= 2 for x in self.quantities):
            return False  # «40 هنديا من بين 41 شخصا»: the 41 are the whole the 40 come from
        if any(
            w == "بين" and k and words[k - 1].text in ("من", "ومن")
            for k, w in ((k, words[k].text) for k in range(max(0, q.first - 4), q.first))
        ):
            return True  # fmt: skip
        return self._from_group(q)

    def said_before(self, q: Quantity) -> bool:
        """The figure is one given before, in its clause: «الإصابات الأربع الخطيرة التي أبلغت
        عنها الشرطة في وقت سابق» (read on a stabbing's coverage: the police's earlier four
        seriously injured set against their five), «أفادت سابقا إلى وفاة 35»."""
        words = self.words
        for k in range(max(0, q.first - 4), min(len(words), q.last + 9)):
            if words[k].text in _BEFORE_NOW:
                a, b = sorted((k, q.first))
                if not _punctuated(self.folded[words[a].end : words[b].start]):
                    return True
        return False

    def _from_group(self, q: Quantity) -> bool:
        """A group the figure is drawn from after it: «ثلاثة من المصابين», «اثنين من أفرادها»,
        or one named before it: «إصابة اثنين منهم» (two of the police officers)."""
        after, words = q.last + 1, self.words
        if after < len(words) and words[after].text in _OF_THEM:
            return True
        return (
            after + 1 < len(words)
            and words[after].text == "من"
            and any(without_owner(f) in _GROUPS for f in forms(words[after + 1].text))
        )

    def listed(self, q: Quantity, previous_end: int) -> bool:
        """«… 12 شخصا قضوا …، و25 شخصا في …»: the figure opens with «و» and counts the noun the
        sentence's previous figure counted (its kind is that one's)."""
        words = self.words
        if not previous_end or q.first == 0 or words[q.first - 1].text != "و":
            return False
        before = [x for x in self.quantities if x.last < q.first]
        if not before or q.last + 1 >= len(words) or before[-1].last + 1 >= len(words):
            return False
        noun, theirs = words[q.last + 1].text, words[before[-1].last + 1].text
        return noun[:1].isalpha() and forms(noun)[-1] == forms(theirs)[-1]

    def serious_at(self, q: Quantity, noun_at: int) -> int | None:
        """«عدد الإصابات الخطيرة بلغ 300 حالة», «300 إصابة خطرة», «200 حالة حرجة»: the injured
        in a serious state, a part of all the injured (they had been set against 2,800); the
        index of the word that says so, or None."""
        words = self.words
        of_them = q.last + 1 < len(words) and words[q.last + 1].text in _OF_THEM
        if self._from_group(q) and not of_them:
            return None  # «ثلاثة من المصابين في حالة خطيرة»: counted as drawn from them
        others = [x for x in self.quantities if x is not q]
        low = max([x.last + 1 for x in others if x.last < q.first] + [q.first - 4, 0])
        end = max(q.last, noun_at)
        # «25 شخصا على الأقل أصيبوا بجروح خطيرة»: past a hedge to the verb and its wounds
        verb = next((k for k in range(end + 1, min(end + 4, len(words)))
                     if lookup(words[k].text, AFTER_TRIGGERS) == "injured"), end)  # fmt: skip
        # «بينهم 5 في حالة حرجة», «خمسة منهم في حالة خطيرة»: the state a few words on
        reach = 3 + sum(1 for w in words[end + 1 : end + 3] if w.text in _TO_THE_STATE)
        high = min([x.first for x in others if x.first > q.last] + [verb + reach])
        return next(
            # «بليغة» is read whole: its «ب» is no preposition
            (k for k in range(low, min(high, len(words))) if SERIOUS & set(forms(words[k].text))),
            None,
        )
