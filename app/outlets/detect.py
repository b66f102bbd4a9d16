"""Naming an article's outlet, and saying where the name came from. Never inventing one.

In this order, the first that names one wins:

1. what the reviewer wrote beside the file (a sidecar, ``metadata.csv``) or the file's own
   front matter;
2. the file's own metadata: the page's og:site_name, JSON-LD publisher or the site part of its
   ``<title>``; a JSON record's outlet field; then the page's address (domain);
3. a source line in the text («المصدر: …», "Source: …");
4. a signature of the outlet in the text, matched against the outlet table: a copyright line,
   the site's name before the first paragraph («الأمة| …», «القاهرة - مصراوي:»), its web
   address or social handle, its name as the byline, a "follow us" prompt.

A news agency named in running text («وفقا لأسوشيتد برس», «واشنطن (رويترز) -») is attribution,
not the outlet; names in a related-links box are other articles' outlets; names that are also
ordinary words (الشرق, اليوم) count only where nothing else can be meant. When two signatures of
equal weight disagree, no outlet is named: the reviewer decides.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.outlets.table import Outlet, OutletTable
from app.text.furniture import FurnitureSpan
from app.text.meta_lines import MetaLine
from app.text.normalize import fold


class OutletOrigin(enum.StrEnum):
    """Where an article's outlet name came from (stored with the article)."""

    SIDECAR = "sidecar"  # name.meta.json or metadata.csv beside the file
    FRONT_MATTER = "front-matter"
    RECORD = "record"  # the outlet field of a JSON record, an e-mail's sender, a feed's title
    PAGE = "page"  # the page's own metadata (og:site_name, JSON-LD publisher, <title>)
    ADDRESS = "address"  # the page's web address
    SOURCE_LINE = "source-line"
    SIGNATURE = "signature"  # copyright line, site name, address or handle in the text
    REVIEWER = "reviewer"  # set by hand


@dataclass(frozen=True)
class OutletGuess:
    name: str
    origin: OutletOrigin
    evidence: str = ""  # what named it: a line of the text, an address, a handle


# A source line that names no outlet: «المصدر: وكالات», "Source: agencies".
GENERIC_SOURCES = frozenset(
    fold(word)
    for word in (
        "وكالات", "الوكالات", "وكالات الأنباء", "متابعات", "مواقع", "مواقع إلكترونية",
        "مواقع إخبارية", "وسائل إعلام", "وسائل الإعلام", "الإنترنت", "مواقع التواصل",
        "مواقع التواصل الاجتماعي", "خاص", "agencies", "wires", "internet", "social media",
    )
)  # fmt: skip
_COPYRIGHT = re.compile(
    r"©|\(c\)|جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة|حقوق النشر|حقوق الطبع"
    r"|all rights reserved|copyright",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"تابعونا|تابعوا|تابعنا|اشترك(?:وا)? في|انضم(?:وا)? (?:إلى|الى)|حمل(?:وا)? تطبيق|حمّل تطبيق"
    r"|follow us|subscribe to|download the",
    re.IGNORECASE,
)
_DOMAIN = re.compile(
    r"(?<![\w@.])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[\w\-./%]*)?", re.I
)
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{3,30})")
# The site speaking of itself: «هذا المحتوى مطبوع من موقع الشروق».
_SELF = re.compile(
    r"(?:مطبوع|منشور|نشر|منقول)\s+(?:من|على|في)\s+(?:موقع|صحيفة|جريدة|بوابة)\s+(?P<name>.{2,40}?)"
    r"\s*[.:،,]?\s*$"
)
# WordPress's feed footer: «ظهرت المقالة … أولاً على قناة دجلة الفضائية», "The post … appeared
# first on X": the site the text was first published on, by name, whatever the table knows.
_FIRST_ON = re.compile(
    r"(?:ظهرت المقالة|ظهر المقال|the post)\s.*?(?:أولا|أولاً|اولا|first)\s+(?:على|on)\s+"
    r"(?P<name>[^.\n]{2,60}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?؟،,:«»\"“”]")
# names in these are other pages' or other people's: a related-links box, and an embedded post
# («— العربية (@AlArabiya) August 4, 2020» signs a tweet the article quotes, not the article)
RELATED_KINDS = frozenset({"related-list", "pointer", "end-section", "embed"})


def from_given(
    name: str | None, origin: OutletOrigin, table: OutletTable, evidence: str = ""
) -> OutletGuess | None:
    """A name the file or the reviewer gave, in the table's spelling when it knows it."""
    name = (name or "").strip()
    if not name or fold(name) in GENERIC_SOURCES:
        return None
    if origin in (OutletOrigin.PAGE, OutletOrigin.RECORD) and "." in name and " " not in name:
        by_domain = table.by_address(name)  # "aljazeera.net" as a site name
        if by_domain is not None:
            return OutletGuess(by_domain.name, origin, evidence or name)
    return OutletGuess(table.canonical(name), origin, evidence or name)


def from_address(url: str | None, table: OutletTable) -> OutletGuess | None:
    """The outlet whose site the page's address is on, when the table knows the site."""
    if not url:
        return None
    found = table.by_address(url)
    return OutletGuess(found.name, OutletOrigin.ADDRESS, url) if found else None


def _names_in(line: str, table: OutletTable, *, allow_common: bool) -> list[Outlet]:
    """Outlets named in ``line``: every run of one to four words tried, longest first."""
    words = re.findall(r"[^\W_]+(?:\.[^\W_]+)?", line)
    found: list[Outlet] = []
    index = 0
    while index < len(words):
        for size in (4, 3, 2, 1):
            phrase = " ".join(words[index : index + size])
            if len(words[index : index + size]) < size:
                continue
            outlet = table.lookup(phrase)
            if outlet is not None and (allow_common or not table.is_common_word(phrase)):
                found.append(outlet)
                index += size
                break
        else:
            index += 1
    return found


def _in_related(start: int, end: int, furniture: Sequence[FurnitureSpan]) -> bool:
    return any(s.kind in RELATED_KINDS and s.start <= start and end <= s.end for s in furniture)


def _lines(text: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def signatures(
    text: str,
    meta: Sequence[MetaLine],
    furniture: Sequence[FurnitureSpan],
    table: OutletTable,
) -> list[list[tuple[Outlet, str]]]:
    """Candidate outlets from the text's signatures, strongest kind of evidence first."""
    copyright_: list[tuple[Outlet, str]] = []
    head: list[tuple[Outlet, str]] = []
    address: list[tuple[Outlet, str]] = []
    byline: list[tuple[Outlet, str]] = []
    follow: list[tuple[Outlet, str]] = []
    for offset, line in _lines(text):
        if len(line) > 400 or not line.strip():
            continue
        first_on = _FIRST_ON.search(line)
        if first_on:
            name = first_on.group("name").strip()
            found = table.lookup(name)
            copyright_.append((found or Outlet(name), line.strip()))
            continue
        self_named = _SELF.search(line)
        if self_named:
            copyright_ += [
                (o, line.strip())
                for o in _names_in(self_named.group("name"), table, allow_common=True)
            ]
            continue
        if _COPYRIGHT.search(line):
            copyright_ += [(o, line.strip()) for o in _names_in(line, table, allow_common=True)]
            continue
        if _FOLLOW.search(line):
            follow += [
                (o, line.strip())
                for o in _names_in(line, table, allow_common=False)
                if not o.is_agency
            ]
        for match in _DOMAIN.finditer(line):
            if _in_related(offset + match.start(), offset + match.end(), furniture):
                continue
            outlet = table.by_address(match.group(1) + (match.group(2) or ""))
            if outlet is not None and not outlet.is_agency:
                address.append((outlet, match.group(0)))
        for match in _HANDLE.finditer(line):
            if _in_related(offset + match.start(), offset + match.end(), furniture):
                continue
            outlet = table.by_handle(match.group(1))
            if outlet is not None and not outlet.is_agency:
                address.append((outlet, match.group(0)))
    for _offset, line in _lines(text)[:8]:
        names = [o for o in _names_in(line, table, allow_common=False) if not o.is_agency]
        menu = len(line) < 200 and not _SENTENCE.search(line)  # a row of links, not a sentence
        if menu and len(names) >= 2 and len({o.name for o in names}) == 1:
            head.append((names[0], line.strip()))  # a site's menu of its own sections
        alone = table.lookup(line.strip())
        if alone and not alone.is_agency and not table.is_common_word(line.strip()):
            head.append((alone, line.strip()))  # the site's name on a line of its own, on top
    for item in meta:
        named = item.value("named")
        if named:
            outlet = table.lookup(named)
            strong = item.value("separator") == "|"
            if outlet and not outlet.is_agency and (strong or not table.is_common_word(named)):
                head.append((outlet, text[item.start : item.end].strip()))
        author = item.value("author")
        if author:
            outlet = table.lookup(author)
            if outlet and not outlet.is_agency and not table.is_common_word(author):
                byline.append((outlet, text[item.start : item.end].strip()))
    return [copyright_, head, address, byline, follow]


def from_text(
    text: str,
    meta: Sequence[MetaLine],
    furniture: Sequence[FurnitureSpan],
    table: OutletTable,
) -> OutletGuess | None:
    """The outlet the text itself names: its source line, else one clear signature."""
    for item in meta:
        if item.kind == "source-line":
            guess = from_given(
                item.value("outlet"),
                OutletOrigin.SOURCE_LINE,
                table,
                text[item.start : item.end].strip(),
            )
            if guess is not None:
                return guess
    for tier in signatures(text, meta, furniture, table):
        names = {outlet.name for outlet, _evidence in tier}
        if len(names) == 1:
            outlet, evidence = tier[0]
            return OutletGuess(outlet.name, OutletOrigin.SIGNATURE, evidence)
        if len(names) > 1:
            return None  # two outlets sign with equal weight: the reviewer decides
    return None


def is_outlet_name(table: OutletTable, name: str, strong: bool = False) -> bool:
    """``name`` is an outlet (not an agency; not an ordinary word, unless ``strong``: written
    as a site's name is, «الأمة| …»): for site-name prefixes."""
    found = table.lookup(name)
    return found is not None and not found.is_agency and (strong or not table.is_common_word(name))
