"""Where the event happened: the town or city a sentence places the incident in («تعرض لإطلاق
نار في مدينة هاندلوفا», «بعد تعرضه لإطلاق نار في العاصمة براتسلافا»), so that outlets that
name different towns for one attack are flagged (read on an assassination attempt's coverage:
one outlet put the shooting in the capital, the rest in the town where it happened).

Only a town, a city or a capital by its name, introduced by «في» or «بـ» after a word of the
incident (an attack, a shooting, a blast, a fire …): a region or a country is where the town
lies, never another place («في بنسلفانيا» beside «في بتلر»), and a town named after «إلى» is
where someone was taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from app.facts.model import Fact
from app.facts.numbers import Word
from app.facts.places import Place
from app.facts.sources import spelled
from app.facts.words import forms, member, wordset
from app.text.normalize import WORD_RE, fold

if TYPE_CHECKING:
    from app.facts.reader import SentenceReader

# words of an incident that happens at one place (not a meeting or a visit, which may be
# elsewhere; nor an earthquake, a flood, a storm or a bombardment, which strike many towns)
INCIDENTS = wordset(
    "انفجار تفجير هجوم حريق انهيار حادث حادثه تصادم اطلاق اقتحام اغتيال طعن دهس تحطم غرق"
)
_TOWNS = wordset("مدينه بلده قريه")  # a marker that names a town (not a region, «منطقة»)
_CAPITAL = wordset("العاصمه")
_IN = frozenset(("في", "وفي"))
_TO = frozenset(("الي", "والي"))  # folded «إلى»
_LIKE = wordset("مشابه مشابها مشابهه مماثل مماثلا مماثله شبيه")  # «a like attack»: another one
_FROM = wordset("غادر غادرت قادم قادمه قادمين عايد عايده عايدين اقلع اقلعت انطلق انطلقت")
_SAW = wordset("شهد شهدت يشهد تشهد وشهد وشهدت")


def event_places(reader: SentenceReader, article: int) -> list[Fact]:
    """The town the sentence places the incident in, as a «Where» fact (one at most)."""
    if not reader.places and "العاصمه" not in reader.folded:
        return []  # most sentences name no town: nothing to look for
    words = reader.words
    cue = next((k for k, w in enumerate(words) if not INCIDENTS.isdisjoint(forms(w.text))), None)
    if cue is None or _another_incident(reader):
        return []
    towns = _towns(reader, cue) or _witnessed(reader, cue)
    if not towns:
        return []
    first, last, name = towns[0]  # the first after the incident's word
    span = reader.span(first, last)
    # read as the town's name as written, without «مدينة»/«العاصمة» (one town, two markers)
    marked = first < last and not (_TOWNS | _CAPITAL).isdisjoint(forms(words[first].text))
    # «بلندن», «وبمراكش»: the town without the «بـ» glued to it
    own = fold(name).split()[0] if name else ""
    glued = len(words[first].text) - len(own) if words[first].text.endswith(own) else 0
    named = reader.span(first + 1, last) if marked else reader.span(first, last, max(0, glued))
    written = reader.s.text[named[0] - reader.s.start : named[1] - reader.s.start]
    return [reader.stated(article, span, "place", reading=written, cues=(place_key(name),))]


def one_site(facts: list[Fact]) -> list[Fact]:
    """An article's facts without its «Where» facts when they name two towns or more: it tells
    of an incident in several places, or of another one elsewhere («a like attack in …»), and
    which town is this incident's is not for a rule to say."""
    towns = {f.cues[:1] for f in facts if f.kind == "place"}
    return facts if len(towns) <= 1 else [f for f in facts if f.kind != "place"]


def _towns(reader: SentenceReader, cue: int) -> list[tuple[int, int, str]]:
    """Towns after word ``cue``, each introduced by «في» or «بـ»: (first word of the mention,
    its last, the town's name)."""
    words = reader.words
    found = []
    for place in reader.places:
        if place.first <= cue:
            continue
        marker = place.first - 1  # «مدينة» of «في مدينة هاندلوفا», «بمدينة …»
        if marker > cue and any(f in _TOWNS for f in forms(words[marker].text)):
            if _introduced(words[marker].text, words[marker - 1].text):
                found.append((marker, place.last, place.name))
        elif _city(place) and (
            _introduced(words[place.first].text, words[place.first - 1].text, place.name)
            or _in_before(words, place)
        ):
            found.append((place.first, place.last, place.name))
    for k in range(cue + 1, len(words) - 1):  # «في العاصمة براتسلافا»
        after = words[k + 1].text
        capital = any(f in _CAPITAL for f in forms(words[k].text))
        close = words[k + 1].start - words[k].end == 1  # «العاصمة، براتيسلافا»: not the place
        if capital and close and _introduced(words[k].text, words[k - 1].text) and _a_name(after):
            found.append((k, k + 1, after))
    # «نقل جرحى الهجوم إلى مستشفى في مدينة أربيل»: the town of where they were taken; «غادرت
    # … من مطار سوفارنابومي في بانكوك»: the town the flight came from
    return sorted(
        t
        for t in found
        if not any(w.text in _TO or member(w.text, _FROM) for w in words[cue + 1 : t[0]])
    )


def like_incident(reader: SentenceReader) -> bool:
    """The sentence tells of a like incident: «هجومًا مشابهًا وقع في برلين»."""
    return any(not _LIKE.isdisjoint(forms(w.text)) for w in reader.words)


def _another_incident(reader: SentenceReader) -> bool:
    """The sentence tells of another incident: a like one, or one of another year («عام 2016»;
    with no article date, any year after «عام»)."""
    if like_incident(reader):
        return True
    if reader.today is not None:
        return any(year != reader.today.year for _, _, year in reader.years)
    return any("عام" in reader.folded[max(0, start - 6) : start] for start, _, _ in reader.years)


def _witnessed(reader: SentenceReader, cue: int) -> list[tuple[int, int, str]]:
    """«شهدت مدينة ماغديبورغ … حادثة دهس»: the town that saw the incident, named before it."""
    words = reader.words
    for place in reader.places:
        marker = place.first - 1
        named = marker > 0 and not _TOWNS.isdisjoint(forms(words[marker].text))
        if place.first < cue and named and not _SAW.isdisjoint(forms(words[marker - 1].text)):
            return [(marker, place.last, place.name)]
    return []


def _city(place: Place) -> bool:
    """A town or city of the table (not a country, nor a country's adjective)."""
    return not place.adjective and bool(place.country) and place.name != place.country


def _introduced(word: str, before: str, town: str = "") -> bool:
    """«في مدينة», «بمدينة», «وفي العاصمة»: where, not where to («إلى مدينة»). A word that
    starts with «بل» is «بلدة» itself, not «بـ» before it, unless it is ``town``'s name after
    «بـ» («بلندن»: London); a town whose own name starts with «ب» needs «في» or a second «ب»
    («عائدة من بانكوك» is no «بـ» before «انكوك»; «ببانكوك» is)."""
    if before in _IN:
        return True
    bare = word[1:] if word.startswith("و") else word
    if town and fold(town).startswith("ب"):
        return bare.startswith("بب")
    if town and bare.startswith("بل"):
        return True
    return word.startswith(("ب", "وب")) and not word.startswith("بل")


def _in_before(words: Sequence[Word], place: Place) -> bool:
    """A town whose own name starts with «ب», a few words after «في» («في ميناء بيروت», «في
    العاصمة اللبنانية بيروت»): its «ب» was once read as «بـ» before it, which took these in (and
    «عائدة من بانكوك» too); now «في» must come first."""
    if not fold(place.name).startswith("ب"):
        return False
    return any(w.text in _IN for w in words[max(0, place.first - 3) : place.first])


def _a_name(word: str) -> bool:
    """A town's name after «العاصمة»: a bare word of three letters or more, not «الـ…» or «و…»
    (the capital's adjective, or the next clause)."""
    return not word.startswith(("ال", "و")) and len(word) > 2 and word.isalpha()


def same_town(a: str, b: str) -> bool:
    """Two towns' keys (``place_key``) name one town: equal, or long and one letter apart (a
    slip of the keys: «ماغدربورغ» beside «ماغدبورغ»)."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1


def place_key(name: str) -> str:
    """A town's name as its spellings meet: folded, and in long words the letters one foreign
    sound is written with as one and the inner long vowels dropped («براتسلافا»,
    «براتيسلافا»)."""
    return " ".join(spelled(w) for w in WORD_RE.findall(fold(name)))
