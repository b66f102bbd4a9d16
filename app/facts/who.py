"""Who did it: the nationality an outlet gives the attacker («المهاجم هو مواطن سوري», «المشتبه
به رجل سعودي الجنسية», «القبض على طبيب سعودي»), so that outlets that give him different
nationalities are flagged (read on a Christmas market ramming's coverage: one outlet's Syrian
against the others' Saudi doctor).

Only a nationality right after a person («طبيب، رجل، مواطن …») who is named as the attacker a
few words before: after a word for him (the attacker, the suspect, the driver, the gunman …),
after his arrest («القبض على»), or driving («يقودها»). A victim's nationality («قتل مواطنا
سعوديا»), the authorities' («الشرطة الألمانية») and an Arab or a foreigner (no one country) are
none; nor is a like attack's («هجوم مشابه … نفذه التونسي»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.facts.model import Fact
from app.facts.places import nation_country
from app.facts.where import like_incident
from app.facts.words import forms, wordset

if TYPE_CHECKING:
    from app.facts.reader import SentenceReader

# words that name the attacker, his arrest, or his driving
_HIM = wordset(
    "مهاجم المهاجم جاني الجاني منفذ المنفذ مشتبه المشتبه مسلح المسلح سايق السايق قاتل القاتل"
    " مطلق انتحاري الانتحاري القبض اعتقال توقيف يقودها يقود قاد"
)
# the person the nationality describes
_PERSON = wordset("طبيب رجل مواطن شاب لاجي مهاجر شخص طالب امراه سيده عامل مقيم")
# the word right before the person that makes him the attacker named before: «المشتبه به، وهو
# طبيب», «المهاجم هو مواطن», «القبض على طبيب», «المشتبه به رجل»
_LINKS = wordset("به هو وهو انه بانه علي")
_DRIVING = wordset("يقودها يقود قاد")  # «سيارة يقودها طبيب سعودي»
_REACH = 4  # the person at most this many words after the word that names the attacker


def attacker_nations(reader: SentenceReader, article: int) -> list[Fact]:
    """The attacker's nationality as the sentence gives it, as a «Nationality» fact (one)."""
    words = reader.words
    persons = [p for p in range(1, len(words) - 1) if not _PERSON.isdisjoint(forms(words[p].text))]
    if not persons or like_incident(reader):
        return []  # most sentences name no person: nothing to look for
    cues = [k for k, w in enumerate(words) if not _HIM.isdisjoint(forms(w.text))]
    for p in persons:
        before = forms(words[p - 1].text)
        driven = not _DRIVING.isdisjoint(before)
        linked = driven or (
            not _LINKS.isdisjoint(before) and any(0 < p - k <= _REACH for k in cues)
        )
        country = nation_country(words[p + 1].text) if linked else None
        if country:
            span = reader.span(p, p + 1)
            return [reader.stated(article, span, "nationality", cues=(country,))]
    return []
