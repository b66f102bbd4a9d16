"""Who says it: the body after a speech or announcement verb («أعلنت وزارة الصحة»), after
«وفقا لـ / بحسب / نقلا عن», or the speaker quoted through an agency («نقلت الأناضول عن وزير
الداخلية» → the minister), and one name per body from the alias table.

The table ships in ``resources/facts/bodies.json``; a reviewer's ``bodies.json`` in the data
folder adds and replaces entries (same form). Two sources name the same body when the table
says so or when the words of one name are all in the other («وزارة الصحة» and «وزارة الصحة
السورية»; «سليمان صويلو» and «وزير الداخلية التركي سليمان صويلو»).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.compare.tokens import SOFT
from app.facts.numbers import Word
from app.facts.places import gazetteer
from app.facts.words import TRIGGERS, VAGUE, forms, lookup, member, wordset
from app.resources import resources_dir
from app.text.normalize import WORD_RE, fold, strip_prefixes

USER_TABLE = "bodies.json"
_VERBS = wordset(
    "قال قالت اعلن اعلنت ذكر ذكرت افاد افادت اكد اكدت اوضح اوضحت صرح صرحت اشار اشارت نقل نقلت"
    " اظهرت اظهر اورد اوردت كشف كشفت اضاف اضافت اعلنه اعلنته ذكره ذكرته افاده اوردته قالته"
    " نقله نقلته اظهره اظهرته قاله نشرته"  # «حسب ما أظهرته مقاطع فيديو», «وفق ما نشرته»
    " تحدث تحدثت"  # «فيما تحدثت صحيفة "بيلد" الألمانية عن "11 قتيلا"»
    " said says announced reported"
)
_PREPOSITIONS = wordset("وفق وفقا بحسب حسب حسبما طبقا نقلا استنادا according")
_STOPS = wordset(
    "ان انه انها انهم انهما بان بانه بانهم بانهما لان لانهم في خلال عن علي امام عبر اليوم امس"
    " مساء صباح يوم عقب بعد قبل"
    " حيث لقد الي فان وان لقناه لوكاله للصحفيين للصحافيين لوسايل لصحيفه اثناء ما مع من الذي التي"
    " سابقا لاحقا مسبقا ايضا كذلك ذلك هذا هذه تلك"
    " السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه"  # «قالت وسائل إعلام رسمية الجمعة»
    " اول that on in to from"
    " فقط لحظه قايلا قايله قايلين مضيفا مضيفه موكدا موكده"  # «أكدت فقط حدوث», «قالت قائلة»
)
_BREAKS = set(',.:;"()[]!?-')
_AREAS = frozenset(("منطقه", "مقاطعه", "محافظه", "ولايه", "اقليم", "مدينه"))
# «أفاد» and «أبلغ» give their news with «ب» (أفادت الشرطة بوقوع حادث); words in «ب» that
# are part of a body's name
_WITH_B = wordset("افاد افادت ابلغ ابلغت")
_B_NAMES = wordset("بلديه بلده برلمان البرلمان بعثه بنك بيت بطريركيه")
_SOME = wordset("عدد عده بعض كثير العديد عديد")  # «أظهرت عدة مقاطع فيديو»: several, no one body
# What is announced, not who announces: «وأعلن الحداد لمدة ثلاثة أيام», «أعلنت حالة الطوارئ».
_ANNOUNCED = wordset(
    "الحداد حداد حاله حظر النفير التعبيه الاغلاق وقف تعليق عدم وجود"
    " وقوع حدوث العثور"  # «أعلن وقوع "هجوم إرهابي"», «أكدت العثور على عبوة ناسفة»
)
# Words that stand for a saying, not for who says it: «بحسب قوله».
_SAYINGS = wordset(
    "قوله قولها قولهم تعبيره تعبيرها وصفه وصفها زعمه زعمها رايه رايها"
    " تصريحه تصريحها تصريحاته تصريحاتها تصريحاتهم"  # «وأوردت تصريحاته الوكالة»: what, not who
)
# A speech verb's form after these is its verbal noun, whose next words are what was done, not
# who spoke: «سيتم كشف هوية مرتكبي الهجوم», «يتعهد بـ”كشف هوية …”».
_PASSIVE = frozenset(("تم", "يتم", "سيتم", "تتم", "ستتم", "ب"))
_RESUMPTIVE = frozenset(("فيه", "فيها", "عنه", "عنها", "به", "بها", "له", "لها"))
# «أعلنت الوزارة تعرض فيكو لإطلاق نار», «أعلن العمدة وقوع هجوم»: what was announced
_REPORTED = wordset("مشاركه ارتفاع سقوط تعرض تعرضه وقوع حدوث العثور")
# a speech verb's form after these is its verbal noun: «من كشف موقع …», «امتنعت عن ذكر أعداد …»
_BEFORE_NOUN = frozenset(("من", "عن"))
# «بحسب منشور نشر عبر حسابه»: the post was published; a name takes no such verb
_PUBLISHED = wordset("نشر نشرت نشره نشرها بث بثت بثه بثها تداول تداولت تداوله تداولها")

_OFFICIAL = wordset("رسميه الرسميه حكوميه الحكوميه")
# Words that name a document, not a body: «بحسب حصيلة أولية صادرة عن الوكالة» → the agency.
_DOCUMENTS = wordset("حصيله ارقام بيانات احصاءات احصاييات بيان تقرير معطيات اخر بلاغ نتايج")


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int  # into the folded sentence
    end: int
    written: str  # folded words of the name
    body: str  # the table's name for it, or the written name


def _bare(word: str) -> str:
    return strip_prefixes(word) or word


@dataclass(frozen=True)
class BodyTable:
    names: dict[str, str]  # folded alias key → shown name

    def canonical(self, written: str) -> str:
        key = " ".join(_bare(w) for w in WORD_RE.findall(written))
        best = ""
        for alias in self.names:
            if (f" {alias} " in f" {key} ") and len(alias) > len(best):
                best = alias
        return self.names[best] if best else written


def _alias_key(name: str) -> str:
    return " ".join(_bare(w) for w in WORD_RE.findall(fold(name)))


def load_bodies(user_file: Path | None = None) -> BodyTable:
    entries = []
    if user_file is not None and user_file.is_file():
        try:
            entries += json.loads(user_file.read_text(encoding="utf-8")).get("bodies", [])
        except (OSError, ValueError, AttributeError):
            entries += []  # a broken user table never stops a comparison
    shipped = resources_dir() / "facts" / "bodies.json"
    entries += json.loads(shipped.read_text(encoding="utf-8"))["bodies"]
    names: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        for alias in [entry["name"], *entry.get("aliases", [])]:
            names.setdefault(_alias_key(str(alias)), str(entry["name"]))
    return BodyTable(names)


@lru_cache(maxsize=1)
def shipped_bodies() -> BodyTable:
    return load_bodies(None)


def find_sources(folded: str, words: Sequence[Word], table: BodyTable) -> list[SourceMention]:
    found = []
    for k, word in enumerate(words):
        bare = forms(word.text)
        if _VERBS.isdisjoint(bare) and _PREPOSITIONS.isdisjoint(bare):
            continue  # most words: no speech verb and no «according to»
        # «وأكدتا عزمهما»: a feminine dual verb has its subject already (read as «أكدت» with a
        # tanween alef off, it made «عزمهما الثابت» a speaker); «نقلا عن» is no dual
        verb = any(f in _VERBS and not (f[-1:] == "ت" and f + "ا" in bare) for f in bare)
        prep = any(f in _PREPOSITIONS for f in bare)
        if not (verb or prep):
            continue
        if verb and k and words[k - 1].text in _PASSIVE:
            continue
        if verb and k and words[k - 1].text in _BEFORE_NOUN:
            continue  # «تمكنت مسيرة تركية من كشف موقع تحطم المروحية»: a verbal noun, no speaker
        own = word.text.lstrip("وف")
        if verb and own[:1] == "ل" and not any(f == own for f in bare if f in _VERBS):
            continue  # «لكشف ملابسات الحادثة»: to reveal, a purpose; no one reports
        j = k + 1
        if prep and j < len(words) and words[j].text == "ل":
            j += 1
        if j < len(words) and words[j].text in ("ما", "لما"):  # بحسب ما أعلنه
            j += 1
        if j < len(words) and any(f in _VERBS for f in forms(words[j].text)) and not verb:
            j += 1
        if verb and any(f in ("نقل", "نقلت") for f in bare):  # نقلت الأناضول عن الوزير
            via = next((m for m in range(j, min(j + 6, len(words))) if words[m].text == "عن"),
                       None)  # fmt: skip
            if via is None:
                media = _media_at(words, j)
                if media:  # «نقلت وسائل إعلام روسية ترحيب بوتين»: the media relay it
                    first, last = words[j], words[j + media - 1]
                    written = " ".join(w.text for w in words[j : j + media])
                    found.append(SourceMention(first.start, last.end, written, written))
                continue  # «بنقل اثنين من أفراده إلى المستشفى»: carried, not relayed
            j = via + 1
        if j < len(words) and any(f in _DOCUMENTS for f in forms(words[j].text)):
            # «حصيلة صادرة عن الوكالة»: the body the document is from, in the same clause (not
            # «وفق البلاغ نفسه، أعربت الدول عن حرصها»)
            via = next((m for m in range(j + 1, min(j + 6, len(words)))
                        if words[m].text == "عن"
                        and not _BREAKS & set(folded[words[j].end : words[m].start])),
                       None)  # fmt: skip
            official = j + 1 < len(words) and forms(words[j + 1].text)[-1] in _OFFICIAL
            if via is None and official:  # «وفق بيانات رسمية»: the authorities, unnamed
                written = f"{words[j].text} {words[j + 1].text}"
                found.append(SourceMention(words[j].start, words[j + 1].end, written, written))
                continue
            of_body = (
                j + 1 < len(words)
                and words[j + 1].text.startswith("ل")
                and len(words[j + 1].text) > 3
                and not _BREAKS & set(folded[words[j].end : words[j + 1].start])
            )
            if via is None and of_body:
                via = j  # «وفق ما ذكره بيان للكرملين»: the statement of the body after «ل»
            if via is None:
                continue
            j = via + 1
        if j < len(words) and words[j].text in _RESUMPTIVE:
            j += 1  # «في الوقت الذي كشفت فيه وزارة الداخلية»: the pronoun is no part of it
        if j < len(words) and _speech_after(folded, words, j):
            continue  # «أظهرت مقاطع مصورة “دخانا أبيض وأسود يتصاعد …”»: what, not who
        if verb and not prep and j + 1 < len(words) and _addressee(folded, words, j, table):
            j += medium_words(words, j)  # «وقال لرويترز مسؤول»: told Reuters, he speaks
        if verb and not prep and j < len(words) and told_medium(words[j].text):
            continue  # «وقال لرويترز إن»: whom it was told; the speaker is not named here
        name: list[Word] = []
        for m in range(j, min(j + 7, len(words))):
            candidate = words[m]
            gap = folded[(name[-1].end if name else words[m - 1].end) : candidate.start]
            quoted = bool(name) and _quoted_name(name, gap, folded, candidate)
            # «تشوي سانغ-موك»: one name, the hyphen unspaced (not «الصحة-وهي الجهة»)
            joined = gap in ("-", "ـ") and candidate.text not in _PRONOUNS
            if _BREAKS & set(gap) and name and not quoted and not joined:
                break
            if name and candidate.text in _ANNOUNCED:
                break  # «أعلن الرئيس … الحداد الوطني»: what he announced
            if candidate.text in _STOPS or candidate.text[:1].isdigit():
                break
            if name and len(candidate.text) > 3 and candidate.text.endswith("وا"):
                break  # «وفق مسؤولين عبروا عن خشيتهم»: a plural verb, not the name's
            if name and candidate.text in _PUBLISHED:
                break
            if not name and any(f in _PREPOSITIONS for f in forms(candidate.text)):
                break  # «وأضافت نقلا عن شهود»: the next cue names them, «نقلا» is no one
            if (
                name
                and member(name[0].text, _FOOTAGE)
                and not _of_footage(candidate.text, name[-1].text)
            ):
                break  # «أظهرت لقطات مصورة قفز بعض العمال»: what the footage shows
            if (
                name
                and not quoted
                and _nation_adjective(name[-1].text)
                and not _adjective(candidate.text)
                and not _of_office(candidate.text)
            ):
                break  # «أعلنت وزارة الخارجية الأردنية العثور على 84»: the name ends
            if name and (lookup(candidate.text, TRIGGERS) or candidate.text in _REPORTED):
                break  # «أكد الاتحاد العمالي العام مشاركة مليوني شخص»: what it reported
            if name and any(f in _SAYINGS for f in forms(candidate.text)):
                break  # «نقلت عن بوتين قوله»: his saying, not his name
            if name and told_medium(candidate.text):
                break  # «قال مصور لرويترز إن»: the photographer told Reuters
            if len(name) >= 2 and _what_it_did(candidate.text, name[-1].text):
                break  # «أعلنت وزارة الصحة تعاملها مع 43 مصابا»: its handling, not its name
            if name and candidate.text[:1] == "ل" and len(candidate.text) > 3:
                rest = folded[candidate.end : candidate.end + 3]
                if ":" in rest or _OPENING & set(rest):
                    break  # «وقال كيم لبوتين: “شكرا”»: whom he spoke to, before the quotation
            name.append(candidate)
        if not name or (len(name) == 1 and any(f in _SAYINGS for f in forms(name[0].text))):
            continue
        if any(f.removeprefix("ال") in VAGUE for f in forms(name[0].text)):
            continue  # «ونقل العشرات من القتلى إلى المستشفيات»: carried, not reported
        if forms(name[0].text)[-1] in _SOME or name[0].text in _ANNOUNCED:
            continue  # «أفادت عدد من وسائل الإعلام»: some of them, no one body
        if lookup(name[0].text, TRIGGERS):
            continue  # «كانت أعلنت وفاة ستة حجاج»: what was announced, the speaker unnamed
        if len(name) > 1 and _capital(name[0].text) and not _adjective(name[1].text):
            name = name[:1]  # «أكدت طوكيو التجربة»: the capital speaks, the rest is what
        # «أفادت الشرطة بوقوع حادث»: «أفاد» gives its news with «ب», the name ends before it
        if any(f in _WITH_B for f in bare):
            name = name[: next((m for m in range(1, len(name))
                                if _reported_in(folded, words, name[m])
                                and not relays(name[m - 1].text)), len(name))]  # fmt: skip
        while len(name) > 1 and (
            name[-1].text.rstrip("ـ") == "ب"
            or (_reported_in(folded, words, name[-1]) and not relays(name[-2].text))
        ):
            name.pop()  # «نقلا عن وزير الداخلية بمقتل 6»: the report, not the name
        if name[0].text.startswith("لل") and len(name[0].text) > 4:
            # «وفقا للسلطات»: «ل» and «ال» in one, shown whole, named «السلطات» (not «لسلطات»)
            name[0] = Word(name[0].start, name[0].end, "ال" + name[0].text[2:])
        elif name[0].text.startswith("ل") and not name[0].text.startswith("لجن"):
            of_document = j and any(f in _DOCUMENTS for f in forms(words[j - 1].text))
            if prep or of_document or _told(name[0].text[1:], table):  # وفقا لمصادر
                name[0] = Word(name[0].start + 1, name[0].end, name[0].text[1:])
            elif len(name[0].text) < 4:
                continue  # «قال لنا»: whom he spoke to
        name += _apposed(folded, words, name)
        written = " ".join(w.text for w in name)
        if any(m.start == name[0].start and m.end == name[-1].end for m in found):
            continue  # «وفقا لما نقله موقع»: found from «وفقا» and from «نقله», one mention
        found.append(SourceMention(name[0].start, name[-1].end, written, table.canonical(written)))
    return found


# Footage that shows something: its name is the footage and its own words, never what it shows.
_FOOTAGE = wordset("لقطات لقطه مقاطع مقطع صور صوره فيديو فيديوهات تسجيلات تسجيل مشاهد")
_FOOTAGE_WORDS = wordset(
    "فيديو مصور مصوره متداول متداوله كاميرات كاميرا مراقبه جويه حيه مباشر نشرت نشر"
)


def _of_footage(word: str, before: str) -> bool:
    """A word of the footage's own name: «مقاطع فيديو», «لقطات مصورة», «تسجيلات كاميرات
    المراقبة», «صور الأقمار الصناعية»; a definite word after a noun of it is its construct, but
    not after an adjective («صور جوية الدمار»: what they show)."""
    if member(word, _FOOTAGE_WORDS):
        return True
    noun = member(before, _FOOTAGE) or before in ("كاميرات", "كاميرا") or before.startswith("ال")
    return word.startswith("ال") and noun


def _what_it_did(word: str, before: str) -> bool:
    """A noun with «its» after a body's name of two words or more is what the body did
    («وزارة الصحة تعاملها», «مقاطع فيديو تداولها رواد…»), not more of its name; but a title
    of one word may take one («وزير خارجيتها»), and so may a participle («الرئيسة المنتهية
    ولايتها»: the outgoing president)."""
    return (
        not word.startswith("ال")
        and not before.startswith("الم")
        and len(word) >= 6
        and word.endswith(("ها", "هم", "هما"))
    )


# Words of an office: the person it names may follow between commas.
_TITLES = wordset(
    "متحدث المتحدث الناطق ناطق وزير الوزير مدير المدير محافظ المحافظ حاكم الحاكم قائد القائد"
    " سفير السفير امين الامين مستشار المستشار نايب النايب"
)
_APPOSITION_ENDS = set('،,.:;"()«»“”')
_PRONOUNS = frozenset(("هو", "هي", "وهو", "وهي", "هم", "وهم", "وكان", "وكانت"))


def _apposed(folded: str, words: Sequence[Word], name: list[Word]) -> list[Word]:
    """«المتحدث باسم الوزارة، حسام عبدالغفار «إن …», «محافظ العقبة، محمد الرفايعة، إنه»: the
    person an office's title names, one to three words between a comma and the next comma,
    quotation or «إن» (read on a church fire's coverage, where the spokesman's name went
    unread and two of his sentences were linked on it alone)."""
    if not any(member(w.text, _TITLES) for w in name):
        return []
    at = next((k for k, w in enumerate(words) if w.end == name[-1].end), None)
    if at is None or at + 1 >= len(words):
        return []
    if not {"،", ","} & set(folded[words[at].end : words[at + 1].start]):
        return []
    run: list[Word] = []
    for k in range(at + 1, min(at + 5, len(words))):
        word = words[k]
        if run and _APPOSITION_ENDS & set(folded[words[k - 1].end : word.start]):
            return run if len(run) <= 3 else []
        if word.text in _STOPS:
            return run if run and len(run) <= 3 else []
        if word.text[:1].isdigit() or lookup(word.text, TRIGGERS) or word.text in _PRONOUNS:
            return []  # «وقال الوزير، وهو يتفقد الموقع، إن»: a clause, no name
        if not run and word.text.startswith("ال"):
            return []  # «قالت الوزارة، الثلاثاء»: no person's name
        run.append(word)
    return run if len(run) <= 3 and run and run[-1] is words[-1] else []


_RELAYS = wordset(
    "اذاعه الاذاعه تلفزيون التلفزيون قناه القناه صحيفه الصحيفه موقع الموقع وكاله الوكاله"
)


def _media_at(words: Sequence[Word], j: int) -> int:
    """How many words from ``j`` name the media in general: «وسائل إعلام روسية», «وسائل الإعلام
    الرسمية الروسية» (0 when they do not)."""
    if j + 1 >= len(words) or words[j].text not in ("وسايل", "ووسايل"):
        return 0
    if words[j + 1].text not in ("اعلام", "الاعلام"):
        return 0
    n = 2
    while j + n < len(words) and n < 5 and words[j + n].text.endswith(("يه", "ي")):
        n += 1  # «روسية», «الرسمية»: what kind of media
    return n


def _told(word: str, table: BodyTable) -> bool:
    """After a verb, «ل» glued to a medium or a known body is whom the words were told
    («قال لرويترز», «صرح لوكالة …»); on any other word it is the name's own letter («قال
    لافروف», which was the source «افروف»)."""
    return (
        relays(word)
        or word in _LISTENERS
        or any((f,) in gazetteer().names for f in forms(word))
        or _alias_key(word) in table.names
    )


_LISTENERS = wordset(
    "مراسل مراسله صحفيين الصحفيين رويترز سبوتنيك تاس الاناضول الجزيره العربيه سكاي فرانس"
)
# The rest of a medium's name after its first word: «سكاي نيوز عربية», «فرانس برس».
_MEDIUM_TAILS = {"سكاي": wordset("نيوز عربيه"), "فرانس": wordset("برس بريس")}


def told_medium(word: str) -> bool:
    """«لرويترز», «للصحفيين», «لوكالة»: a medium or the press, told something (after a verb,
    whom the words were told, never who said them)."""
    rest = word[2:] if word.startswith("لل") else word[1:]
    return (
        word[:1] == "ل"
        and len(rest) > 2
        and (
            any(f in _LISTENERS for f in forms(rest))
            or any(f in _LISTENERS for f in forms("ال" + rest))
            or relays(rest)
        )
    )


def medium_words(words: Sequence[Word], j: int) -> int:
    """How many words from ``j`` name the medium told («لسكاي نيوز عربية»: three)."""
    tails = _MEDIUM_TAILS.get(words[j].text[1:], frozenset())
    n = 1
    while j + n < len(words) - 1 and words[j + n].text in tails:
        n += 1
    return n


def _addressee(folded: str, words: Sequence[Word], j: int, table: BodyTable) -> bool:
    """«ل» and one known name after a verb, then more words of a name in the same clause: the
    first is whom it was told, the speaker follows."""
    word, after = words[j].text, words[j + 1].text
    return (
        word[:1] == "ل"
        and word[:2] != "لل"
        and not relays(word[1:])
        and _told(word[1:], table)
        and after not in _STOPS
        and not after[:1].isdigit()
        and not _BREAKS & set(folded[words[j].end : words[j + 1].start])
    )


def _of_office(word: str) -> bool:
    """«لإدارة», «لشؤون»: a body's name goes on past its nation («الوكالة الحكومية التركية
    لإدارة الكوارث», cut at «التركية» it named no body, and read as a title alone)."""
    return word.startswith(("لادار", "لشوون", "للاغاث", "للطوارئ", "للطواري"))


_OPENING = frozenset('"“«')
_CLOSING = re.compile('["”»]')


def _speech_after(folded: str, words: Sequence[Word], j: int) -> bool:
    """The verb is followed by a quotation of more than six words: the words said or shown,
    not who says them (read on a nightclub fire, where «مضيفة بأن مقاطع مصورة أظهرت “دخانا
    أبيض …”» was the source of six arrests); «وأشارت “رويترز”» and «وأفاد “المرصد السوري
    لحقوق الإنسان”» are names."""
    before = folded[words[j - 1].end : words[j].start] if j else ""
    if ":" in before:  # «قال: “سنتحدث عن كل القضايا”»: what he said, the speaker before
        return True
    if not _OPENING & set(before):
        return False
    closing = _CLOSING.search(folded, words[j].start)
    inside = closing.start() if closing else len(folded)
    return sum(1 for w in words[j:] if w.start < inside) > 6


def _quoted_name(name: list[Word], gap: str, folded: str, next_word: Word) -> bool:
    """A name in quotation marks after a medium or a title goes on: «وكالة "إرنا"», «وزير
    الصحة اللبناني "فراس الأبيض"» (cut at the mark, the minister and «الأبيض» were two
    sources); speech in quotation marks after a speaker does not (it runs longer than three
    words, or opens with a stop word)."""
    if not set(gap.strip()) <= {'"'} or gap.strip() == "":
        return False
    if not (relays(name[0].text) or any(member(w.text, ROLES) for w in name)):
        return False
    closing = folded.find('"', next_word.start)
    return closing != -1 and len(folded[next_word.start : closing].split()) <= 3


def relays(written: str) -> bool:
    """A medium that carries what another said («وفقا لما نقله موقع …», «بحسب قناة …»)."""
    return any(f in _RELAYS for w in written.split() for f in forms(w))


def _reported_in(folded: str, words: Sequence[Word], word: Word) -> bool:
    """``_reported``, and something follows it in its clause: «بمقتل 6», «بوقوع حادث». A «ب»
    word that ends the clause or comes before «إن» is the name's last («فلاديمير بوتين إن»,
    «أنتوني بلينكن:» had been «فلاديمير» and «أنتوني»)."""
    if not _reported(word.text):
        return False
    after = next((w for w in words if w.start >= word.end), None)
    if after is None or _BREAKS & set(folded[word.end : after.start]):
        return False
    return after.text not in _STOPS


def _reported(word: str) -> bool:
    """A word glued to «ب» that opens what is reported, not a part of the body's name (a place
    like «بيروت», «بلدية», «برس» of «فرانس برس» and «بال…» stay)."""
    if word[:1] != "ب" or word.startswith("با") or len(word) < 4:
        return False
    return (word,) not in gazetteer().names and not any(f in _B_NAMES for f in forms(word))


def _capital(word: str) -> bool:
    """A city or a country named without the article, standing for its government."""
    return not word.startswith("ال") and any((f,) in gazetteer().names for f in forms(word))


def _nation_adjective(word: str) -> bool:
    """«الأردنية», «السوري»: a country's adjective, which ends a body's name."""
    entry = gazetteer().names.get((word,))
    return bool(entry and entry[2])


def _adjective(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه", "يون", "يين"))


@lru_cache(maxsize=8192)
def same_body(a: str, b: str) -> bool:
    """Two sources name one body: equal, or the words of one all in the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    # «حاكم منطقة أمور» and «حاكم مقاطعة أمور»: the kind of area is no part of the name
    # a name of four letters or more (its «ب» taken for a clitic) meets its respelling: «بايدن»
    # and «بايدين» (one outlet's spelling of the same president had made two sources of one
    # statement, read on a ceasefire's coverage)
    wa, wb = ({spelled(w, 4) for w in _name_words(x)} for x in (a, b))
    if not wa or not wb:
        return False
    # or all but one word of a long name: «مدير مديرية العمليات … سفيان القضاة» and «مدير
    # مديرية العمليات … السفير سفيان» (one man, named a little differently by two outlets)
    shared = len(wa & wb)
    return wa <= wb or wb <= wa or (shared >= 4 and shared >= min(len(wa), len(wb)) - 1)


def _name_words(name: str) -> set[str]:
    """A source's words of three letters or more, bare, less the kind of area."""
    return {_bare(w) for w in WORD_RE.findall(fold(name)) if len(w) > 2} - _AREAS


def spelled(word: str, shortest: int = 6) -> str:
    """A long word as its transliterations meet: the letters one foreign sound is written with
    as one (``tokens.SOFT``), its inner long vowels dropped («إفرجرين», «ايفرغرين» → «افرجرن»).
    A short word stays as written: ordinary words of four letters differ by a vowel."""
    if len(word) < shortest:
        return word
    soft = word.translate(SOFT)
    return soft[0] + "".join(ch for ch in soft[1:-1] if ch not in "اويى") + soft[-1]


# Titles: a source named only by a title («الرئيس الروسي») may be the person another outlet
# names («بوتين»), so a title alone never makes two attributions differ; nor does a generic
# kind of source («القناة التلفزيونية التركية»), which may be the channel another outlet names.
ROLES = wordset(
    "رييس وزير زعيم متحدث متحدثه مسوول عميد محافظ قايد سفير مدير امين نايب ملك امير ناطق"
    " مصدر مصادر خبير خبراء والي حاكم وزاره president minister spokesman spokeswoman chief official"
    " leader source governor"
    # generic media and reports: «التلفزيون التركي», «وسائل إعلام تركية», «المعلومات الأولية»
    # name no one body (three outlets' «Turkish TV» and «Turkish media» were flagged apart)
    " تلفزيون تليفزيون تلفاز قناه وسايل سايل اعلام صحف صحيفه وكاله اذاعه معلومات تقارير محطه محطات"
    " شاهد شهود سلطات سلطه ذات نفس witness witnesses authorities"
    # «الشركة» names the company another sentence named («قالت الشركة …» after «إفرجرين»)
    " شركه company"
    " television channel media agency newspaper radio reports"
)


@lru_cache(maxsize=4096)
def title_only(source: str) -> bool:
    """Only a title and its adjectives: «الرئيس الروسي», «المتحدث باسم الوزارة» is not."""
    words = [_bare(w) for w in WORD_RE.findall(fold(source))]
    if not words or not any(w in ROLES or w.rstrip("ه") in ROLES for w in words):
        return False
    return all(w in ROLES or w.rstrip("ه") in ROLES or w.endswith(("ي", "يه")) for w in words)
