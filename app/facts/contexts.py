"""What a figure's words around it say, for the rows of the Facts table: the content words
and the governing verb of a count (``context``: «200 passengers aboard» is not «two passengers
in serious condition»), the words that may say whose share a percentage is (``cues``), and a
clause's reach (``_clause_words``). A part of ``reader.SentenceReader``."""

from __future__ import annotations

from app.facts.numbers import Quantity
from app.facts.people import PeopleReader
from app.facts.scoping import punctuated as _punctuated
from app.facts.words import DURATION_UNITS, NOT_COUNTED, forms, lemma, root

# what may stand between a count of votes and the share it is («صوتا، بنسبة 3.17%»)
_OF_VOTES = frozenset(("صوت", "صوتا", "اصوات", "الاصوات", "بنسبه", "نسبه", "اي", "ما", "نسبته"))
_WHEN_COUNTED = frozenset(("بعد", "قبل"))
_TERM = frozenset(("مدته", "مده"))  # «بولاية مدتها 5 سنوات», «لمدة 5 سنوات»: a term
_WHICH = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))


class ContextReader(PeopleReader):
    """The words around a figure that tell its row."""

    def _out_of(self, q: Quantity) -> bool:
        """«من أصل», «من مجموع» before the figure (a hedge between): it is the whole the figure
        before it is drawn from (the registered voters, not those who voted)."""
        k = self.before_hedges(q)
        return (
            k >= 1
            and forms(self.words[k].text)[-1] in ("اصل", "مجموع")
            and self.words[k - 1].text == "من"
        )

    def context(self, q: Quantity, noun_at: int) -> tuple[str, ...]:
        """Content words around a count, to tell «200 passengers aboard» from «two passengers
        in serious condition»."""
        words = self.words
        if self._out_of(q):
            return ("whole",)  # «… 5.5 مليون ناخب من أصل نحو 24 مليون ناخب»: the whole
        first, last = min(q.first, noun_at), max(q.last, noun_at)
        near = [
            *self._clause_words(first, -1),
            *self._clause_words(last, 1),
            # «سيارات الإسعاف إلى 74»: the words between a noun before the figure and the figure
            *(k for k in range(noun_at + 1, q.first) if noun_at < q.first),
        ]
        keys = {
            lemma(forms(words[k].text)[-1])
            for k in near
            if words[k].text[:1].isalpha()
            and len(forms(words[k].text)[-1]) >= 4
            and words[k].text not in NOT_COUNTED
        }
        # the verb that governs the count, by its root: «دمّر 1329 منزلا», «تدمير 1320 منزل»
        # and «1300 منزل دمرت» count one thing (they had made three rows)
        for k, other in ((first - 1, first), (last + 1, last)):
            if 0 <= k < len(words) and words[k].text[:1].isalpha():
                gap = self.folded[min(words[k].end, words[other].end) : max(
                    words[k].start, words[other].start)]  # fmt: skip
                found = root(forms(words[k].text)[-1])
                if not _punctuated(gap) and found and found != "اول":  # «first» governs nothing
                    keys.add(f"√{found}")
        return tuple(sorted(keys))

    def _clause_words(self, k: int, step: int, count: int = 5) -> list[int]:
        """Up to ``count`` words from ``k`` (not included) one way, inside its clause: a mark
        between two words ends it, but for a relative clause after the noun («عربتين، اللتين
        اشتعلت فيهما النيران»). Read on a train crash: «the first four carriages derailed, and
        he added that two carriages, which caught fire» had joined the two counts in one row."""
        words = self.words
        found: list[int] = []
        at = k + step
        while 0 <= at < len(words) and len(found) < count:
            near, far = (at - step, at) if step > 0 else (at, at - step)
            gap = self.folded[words[near].end : words[far].start]
            if set(gap) & set("()"):  # «أطلق الجيش (اليوم)، صاروخا»: an aside ends nothing
                gap = "".join(c for c in gap if c not in "(),،")
            if _punctuated(gap) and not (step > 0 and words[at].text in _WHICH):
                break
            found.append(at)
            at += step
        return found

    def cues(self, q: Quantity, noun_at: int) -> tuple[str, ...]:
        """Words that may say whose share a percentage is: after it when it reads «لصالح X»
        or «من الأصوات», then before it, nearest first, never past another figure."""
        words, found = self.words, []
        starts = {x.first for x in self.quantities} | {x.last for x in self.quantities}
        k = noun_at + 1
        if k < len(words) and (words[k].text == "من" or words[k].text.startswith("ل")):
            for m in range(k, min(len(words), k + 4)):
                if m in starts or _punctuated(self.folded[words[m - 1].end : words[m].start]):
                    break
                if forms(words[m].text)[-1] in _WHEN_COUNTED:
                    break  # «على 50% من الأصوات بعد فرز كافة الصناديق»: when, not whose
                found.append(forms(words[m].text)[-1])
        m = q.first - 1
        while m > max(-1, q.first - 13):
            if m in starts:
                # «بحوالي 179 ألف صوت (3,17 بالمائة)», «178797 صوتا، بنسبة 3.17%»: a share right
                # after the votes it is the share of is the same candidate's: read on past them
                votes = next((x for x in self.quantities if x.last == m), None)
                between = [forms(w.text)[-1] for w in words[m + 1 : q.first]]
                # «فاز أردوغان بولاية مدتها 5 سنوات بعد حصوله على 52.87%»: a term's years
                # are no figure the share could be of; read on past them to the winner
                term = (
                    votes is not None
                    and votes.first > 0
                    and forms(words[votes.first - 1].text)[-1] in _TERM
                    and m + 1 < len(words)
                    and any(f in DURATION_UNITS for f in forms(words[m + 1].text))
                )
                if votes is None or (not term and (not between or not set(between) <= _OF_VOTES)):
                    break
                m = votes.first - 1
                continue
            found.append(forms(words[m].text)[-1])
            m -= 1
        return tuple(w for w in found if len(w) > 2 and w not in NOT_COUNTED)
