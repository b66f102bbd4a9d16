"""Lines that describe an article instead of telling it: metadata, not content.

Source lines («المصدر: …»), date and "updated" lines, datelines («موسكو-روسيا-13-9-2023»,
«القاهرة - مصراوي:» at the head of a paragraph), bylines, reading times, photo credits, ad
placeholders, section and breadcrumb runs («آسياأخبار العالم», a menu glued to a headline) and
template boilerplate. Each is found as a span (code points into the stored text, which is never
changed) with its kind and, where it carries one, a value for the article's fields: outlet,
date, author, place. They are shown dimmed like page furniture, never compared, never the title,
never a fact.

Cues are matched on the normalised copy (alef forms, taa marbuta, marks folded); values are cut
from the stored text itself, so a name keeps its exact spelling.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.text.dates import find_dates
from app.text.normalize import fold
from app.text.words import WORD_RE

MAX_WORDS = 12  # a metadata line is short; a sentence of the article is not one


@dataclass(frozen=True)
class MetaLine:
    start: int  # code points into the stored text
    end: int
    kind: str  # source-line, date-line, updated-line, dateline, byline, reading-time, …
    values: tuple[tuple[str, str], ...] = ()  # (field, value): outlet, date, author, place, named

    def value(self, name: str) -> str | None:
        return next((v for k, v in self.values if k == name), None)

    @property
    def date(self) -> dt.date | None:
        found = self.value("date")
        return dt.date.fromisoformat(found) if found else None


def _cue(*phrases: str) -> str:
    return "|".join(sorted((re.escape(fold(p)) for p in phrases), key=len, reverse=True))


_LEAD = r"^[\s\-–—•·*|]*"  # a bullet or dash before the label
_SEP = r"\s*[:：]\s*"
_LABEL_END = r"(?:\s*[:：]\s*|\s+)"
SOURCE_CUES = ("المصدر", "مصدر الخبر", "المصدر الأصلي", "نقلا عن", "source", "via")
DATE_CUES = (
    "التاريخ", "تاريخ النشر", "نشر في", "نشر بتاريخ", "تم النشر", "تاريخ الخبر",
    "published", "published on", "posted on", "date",
)  # fmt: skip
UPDATED_CUES = ("آخر تحديث", "تم التحديث", "حدث في", "updated", "last updated")
UPDATED_COLON_CUES = ("تحديث", "محدث")  # ordinary words too: only as a label with a colon
RELATIVE_UNITS = (
    "ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "ايام", "يومين",
    "اسبوع", "اسابيع", "شهر", "اشهر", "سنة", "سنوات", "عام", "اعوام",
)  # fmt: skip
BYLINE_CUES = (
    "بقلم", "كتب", "كتبت", "كتبه", "كتب بواسطة", "بواسطة", "الكاتب", "الكاتبة", "إعداد",
    "تحرير", "المحرر", "مراسل", "مراسلة", "by", "written by", "author", "reporter",
)  # fmt: skip
READING_CUES = (
    "وقت القراءة", "مدة القراءة", "دقائق قراءة", "دقيقة قراءة", "دقيقة للقراءة",
    "دقائق للقراءة", "min read", "minute read", "minutes read", "reading time",
)  # fmt: skip
PHOTO_CUES = (
    "الصورة", "صورة", "الصور", "مصدر الصورة", "تصوير", "صورة أرشيفية", "صورة تعبيرية",
    "صورة من الأرشيف", "photo", "image", "credit", "getty images", "photo credit",
)  # fmt: skip
AD_CUES = (
    "مساحة إعلانية", "إعلان", "إعلانات", "محتوى مدفوع", "محتوى ممول", "المحتوى الممول",
    "برعاية", "advertisement", "sponsored", "ad",
)  # fmt: skip
SECTION_CUES = ("المجموعة", "القسم", "التصنيف", "الفئة", "التبويب", "category", "section")
TEMPLATE_CUES = (
    "لزيادة جمالية المحتوى", "يجب إضافة عناوين HTML", "هذا النص هو مثال لنص",
    "lorem ipsum", "النص الافتراضي", "أدخل النص هنا",
    "هذا الموقع يستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط",
    "this website uses cookies", "we use cookies",
)  # fmt: skip
# What a page shows in place of an embedded post when its cookies are refused, and the lines
# that frame an embedded post: «https://x.com/i/web/status/… This post can't be displayed
# because social networks cookies have been deactivated. You can activate them by clicking
# إدارة التفضيلات .» was compared as a sentence, and would link to the same line elsewhere.
EMBED_CUES = (
    "this post can't be displayed", "this post cannot be displayed", "social networks cookies",
    "you can activate them by clicking", "view this post on instagram", "a post shared by",
    "watch on youtube", "view on twitter", "view on x", "تعذر عرض هذا المنشور",
    "لا يمكن عرض هذا المنشور", "شاهد هذا المنشور على إنستغرام",
)  # fmt: skip
MASTHEAD_CUES = (
    "رئيس التحرير", "رئيس مجلس الإدارة", "نائب رئيس التحرير", "مدير التحرير", "المدير العام",
    "الإشراف العام", "المشرف العام", "رئيس مجلس الإدارة والتحرير", "editor-in-chief",
    "editor in chief",
)  # fmt: skip
REF_CUES = ("رمز الخبر", "رقم الخبر", "كود الخبر", "رقم المقال", "news code", "article id")
# A line that is only a credit to news agencies in general, or one by its short code.
AGENCY_LINES = frozenset(
    fold(w)
    for w in (
        "وكالات", "الوكالات", "وكالات الأنباء", "متابعات", "د ب أ", "أ ف ب", "ا ف ب", "أ ش أ",
        "رويترز", "أ.ف.ب", "د.ب.أ", "قنا", "واس", "وام", "كونا", "بنا", "سانا", "وفا",
    )
)  # fmt: skip
UI_WORDS = frozenset(
    {"hamburger", "menu", "search", "close", "share", "print", "userprofile", "scrolltop",
     "verticalline", "fontsize", "more", "loading"}
)  # fmt: skip
WEEKDAYS = frozenset(
    fold(d)
    for d in (
        "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "saturday",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    )
)  # fmt: skip
HIJRI = re.compile(
    r"(?:الموافق\s+)?\d{1,2}\s+(?:محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|"
    r"ربیع الثانی|جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الاخرة|رجب|شعبان|رمضان|شوال|"
    r"ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة)\s+\d{4}\s*(?:هـ|ه)?"
)

_SOURCE = re.compile(_LEAD + f"(?:{_cue(*SOURCE_CUES)})" + _SEP, re.IGNORECASE)
_DATE_LABEL = re.compile(_LEAD + f"(?:{_cue(*DATE_CUES)})" + _LABEL_END, re.IGNORECASE)
_UPDATED = re.compile(
    _LEAD + f"(?:(?:{_cue(*UPDATED_CUES)}){_LABEL_END}|(?:{_cue(*UPDATED_COLON_CUES)}){_SEP})",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"^\W*(?:{_cue('منذ', 'قبل')})\s+(?:\d+\s+)?(?:{_cue(*RELATIVE_UNITS)})(?:\s+\w+)?\W*$"
)
_BYLINE = re.compile(_LEAD + f"(?:{_cue(*BYLINE_CUES)})" + _LABEL_END, re.IGNORECASE)
_READING = re.compile(f"(?:{_cue(*READING_CUES)})", re.IGNORECASE)
_PHOTO = re.compile(
    r"^[\s(\[]*" + f"(?:{_cue(*PHOTO_CUES)})" + r"(?:\s*[:：]\s*|\s*[)\]]?\s*$|\s+\()",
    re.IGNORECASE,
)
_AD = re.compile(rf"^\W*(?:{_cue(*AD_CUES)})\W*$", re.IGNORECASE)
_SECTION_LABEL = re.compile(_LEAD + f"(?:{_cue(*SECTION_CUES)})" + _SEP, re.IGNORECASE)
_TEMPLATE = re.compile(f"(?:{_cue(*TEMPLATE_CUES)})", re.IGNORECASE)
_EMBED = re.compile(f"(?:{_cue(*EMBED_CUES)})", re.IGNORECASE)
# A line that is only a link (an embedded post's address left as text), and an embedded
# tweet's signature at the end of its last line: «— Name (@handle) May 15, 2024» or
# «-Pravda pic.twitter.com/ZleAF8UZ02».
_LINK_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# A short line around a web address: «للإنضمام الى مجموعة الأخبار >> whatsapp.com/channel/…»,
# «تلجرام t.me/…» (the page's invitation to its channels, read on a ceasefire's coverage)
_ADDRESS = re.compile(
    r"(?:https?://|www\.|(?<![\w.])(?:t\.me|wa\.me)/|(?<![\w.])[\w-]+\.(?:com|net|org|me|io|tv)/)\S*",
    re.IGNORECASE,
)
PROMO_WORDS = 8  # a line this short around an address is a link; a sentence may cite one
# A photo's caption, by the credit in brackets it ends with: «تصاعد الدخان من موقع غارة …
# [إبراهيم عمرو/أ ف ب]», «(تصوير: …/رويترز)»
_CAPTION_CREDIT = re.compile(
    r"[\[(][^\[\]()]{2,50}/\s*(?:أ\s?ف\s?ب|ا\s?ف\s?ب|رويترز|أ\s?ب|ا\s?ب|الأناضول|الاناضول|غيتي|"
    r"getty(?: images)?|afp|reuters|ap|epa|xinhua)\s*[\])]\s*$",
    re.IGNORECASE,
)
CAPTION_WORDS = 40
_TWEET_TAIL = re.compile(
    r"(?:(?:^|\s)[-—–]\s?[^\s—–-][^—–\n]{0,60}?)?"
    r"\s(?:pic\.twitter\.com/\w+|\(@\w{1,15}\)\s+[A-Za-z]+\s+\d{1,2},?\s+\d{4})\s*$"
)
_MASTHEAD = re.compile(_LEAD + f"(?:{_cue(*MASTHEAD_CUES)})" + r"(?:\s*[:：]|\s*$)", re.I)
_REF = re.compile(_LEAD + f"(?:{_cue(*REF_CUES)})" + _SEP, re.IGNORECASE)
_EMPTY_LABEL = re.compile(
    _LEAD + f"(?:{_cue(*DATE_CUES, *UPDATED_CUES, 'نشرت في', 'نشر في')})" + r"\s*[:：]\s*$",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"^[a-z]+[A-Z][A-Za-z]*$")
# Any label a metadata line can start with: one look before the many particular ones.
_ANY_LABEL = re.compile(
    r"^[\s\-–—•·*|(\[]*(?:"
    + _cue(
        *SOURCE_CUES, *DATE_CUES, *UPDATED_CUES, *UPDATED_COLON_CUES, *BYLINE_CUES,
        *PHOTO_CUES, *AD_CUES, *SECTION_CUES, *MASTHEAD_CUES, *REF_CUES, "منذ", "قبل",
        "نشرت في",
    )
    + ")",
    re.IGNORECASE,
)  # fmt: skip
_DIGIT = re.compile(r"\d")
# Section names that menus and breadcrumbs are made of (folded). A line made only of them is a
# breadcrumb, glued or not («آسياأخبار العالم»); two or more of them glued before a headline
# («محافظات وأقاليمإجراءات …») are a menu stuck to the title.
CATEGORIES = frozenset(
    fold(word)
    for word in (
        "أخبار الأخبار اخبار العالم عالمية دولية دولي عربية عربي محلية محليات مصر الخليج "
        "سياسة السياسة اقتصاد الاقتصاد رياضة الرياضة فن الفن فنون ثقافة الثقافة منوعات صحة "
        "الصحة تكنولوجيا علوم مجتمع حوادث قضايا تقارير تقرير مقالات رأي الرأي آراء حوارات "
        "آسيا أفريقيا إفريقيا أوروبا أمريكا أميركا الأمريكتين الشرق الأوسط عاجل فيديو صور "
        "الرئيسية محافظات أقاليم برلمان فضائيات مال أعمال بنوك عقارات سيارات تعليم "
        "شؤون ملفات تحقيقات ترجمات وعالم عرب أخبار_عالمية ميديا إعلام"
    )
    .replace("_", " ")
    .split()
)
_PLACE_WORDS = re.compile(r"^[^\W\d_]+(?:[\s\-–—/،,]+[^\W\d_]+){0,3}$")
_INLINE_DATELINE = re.compile(
    # «القاهرة - مصراوي:», «دبي - (وام):», «واشنطن (رويترز) -», «مراكش 9-9-2023 وفا-»
    r"^\s*(?P<place>[^\W\d_]+(?:\s[^\W\d_]+){0,2})"
    r"(?:\s*[-–—]\s*\(?(?P<named1>[^\W\d_][\w\s.]{0,24}?)\)?\s*[:：]"
    r"|\s*\((?P<named2>[^\W\d_][\w\s.]{0,24}?)\)\s*[-–—:：]"
    r"|\s*(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*(?P<named3>[^\W\d_][\w.]{0,14})?\s*[-–—:：])"
    r"\s*"
)
_SITE_PREFIX = re.compile(r"^\s*(?P<named>[^\W\d_][\w\s.]{1,28}?)\s*[|｜]\s*(?=\S)")


def _words(text: str) -> int:
    return len(WORD_RE.findall(text))


def _is_category_run(folded: str) -> bool:
    """Every piece of the line is a section name, words glued together included."""
    tokens = [t for t in re.findall(r"[^\W\d_]+", folded) if t not in ("و", "and", "&")]
    return bool(tokens) and all(_split_categories(t) is not None for t in tokens)


def _split_categories(token: str) -> list[str] | None:
    """``token`` as section names glued together («اسيااخبار» → اسيا + اخبار), else None."""
    if token in CATEGORIES or (token[:1] == "و" and token[1:] in CATEGORIES):
        return [token]
    for cut in range(len(token) - 2, 1, -1):
        head, tail = token[:cut], token[cut:]
        if head in CATEGORIES or (head[:1] == "و" and head[1:] in CATEGORIES):
            rest = _split_categories(tail)
            if rest is not None:
                return [head, *rest]
    return None


def glued_menu_prefix(line: str) -> int:
    """Where a headline starts when a menu run is glued in front of it (code points into
    ``line``), or 0. Two section names or more, the last glued to the headline's first word:
    «محافظات وأقاليمإجراءات صارمة» → the headline starts at «إجراءات»."""
    matches = list(re.finditer(r"[^\W\d_]+", line))
    names = 0
    for match in matches[:6]:
        token = fold(match.group())
        if _split_categories(token) is not None:
            names += len(_split_categories(token) or ())
            continue
        for cut in range(len(token) - 2, 2, -1):  # the headline's word: two letters or more
            head = token[:cut]
            pieces = _split_categories(head)
            if pieces is not None and names + len(pieces) >= 2:
                # Map the cut in the folded token back onto the stored word (marks may differ).
                original = match.group()
                seen = 0
                for index, ch in enumerate(original):
                    if fold(ch):
                        seen += len(fold(ch))
                    if seen == cut:
                        return match.start() + index + 1
                return 0
        return 0
    return 0


def _dates_in(text: str) -> list[dt.date]:
    return [date for _s, _e, date in find_dates(text)]


def _clean_value(text: str) -> str:
    return text.strip().strip(" .:-–—|()[]«»\"'").strip()


def _line_kind(line: str, folded: str, first_body: bool, words: int) -> MetaLine | None:
    """The metadata a whole line is, as a MetaLine with offsets relative to the line."""
    stripped = line.strip()
    if not stripped:
        return None
    start = len(line) - len(line.lstrip())
    end = start + len(stripped)

    def span(kind: str, *values: tuple[str, str]) -> MetaLine:
        return MetaLine(start, end, kind, tuple((k, v) for k, v in values if v))

    if _EMBED.search(folded):
        return span("embed")
    if _LINK_LINE.match(stripped):
        return span("link")  # an address alone: an embedded post's, or the page's own
    if words <= PROMO_WORDS and _ADDRESS.search(stripped):
        return span("link")
    if words <= CAPTION_WORDS and _CAPTION_CREDIT.search(stripped):
        return span("photo-credit")
    if tail := _TWEET_TAIL.search(line):
        begin = tail.start() + (1 if line[tail.start()].isspace() else 0)  # from its dash
        return MetaLine(begin, end, "embed")
    if _TEMPLATE.search(folded):
        return span("template")
    if words > MAX_WORDS + 4:
        return None
    if words <= 4 and folded.strip(" .:-–—()") in AGENCY_LINES:
        return span("agency-line")  # «وكالات», «د ب أ»: who supplied the copy, not the outlet
    if words <= 2 and (_CAMEL.match(stripped) or stripped.lower() in UI_WORDS):
        return span("template")  # the names of a page's buttons: hamburger, fontSize
    if not (
        _ANY_LABEL.match(folded)
        or _DIGIT.search(folded)
        or _READING.search(folded)
        or _may_start_with_menu(folded)
        or " - " in stripped
        or "–" in stripped
        or "—" in stripped
        or "/" in stripped
    ):
        return None  # most lines: nothing a metadata line starts with (a third of the time)
    if _MASTHEAD.match(folded) and words <= 10:
        return span("masthead")
    if _REF.match(folded) and words <= 8:
        return span("ref-line")
    if _EMPTY_LABEL.match(folded):
        return span("date-line")  # «نشرت في:» with nothing after it
    match = _SOURCE.match(folded)
    if match and words <= 10:
        value = _clean_value(_cut(stripped, folded.lstrip(), match.end()))
        return span("source-line", ("outlet", value))
    if _AD.match(folded):
        return span("ad")
    if _READING.search(folded) and words <= 8:
        return span("reading-time")
    if _RELATIVE.match(folded):
        return span("date-line")
    dates = _dates_in(stripped)
    match = _UPDATED.match(folded)
    if match and words <= MAX_WORDS and re.search(r"\d", stripped):
        return span("updated-line", ("updated", dates[0].isoformat() if dates else ""))
    match = _DATE_LABEL.match(folded)
    if match and dates and words <= MAX_WORDS:
        return span("date-line", ("date", dates[0].isoformat()))
    if dates and words <= 10 and _only_date_and_places(stripped):
        place = _place_of(stripped)
        kind = "dateline" if place else "date-line"
        return span(kind, ("date", dates[0].isoformat()), ("place", place or ""))
    match = _BYLINE.match(folded)
    # «كتبت – أميرة سلطان..»: dots that trail off end no sentence
    if match and words <= 8 and not re.search(r"(?:[!?؟]|(?<!\.)\.)\s*$", stripped):
        value = _clean_value(_cut(stripped, folded.lstrip(), match.end()))
        labelled = ":" in folded[: match.end()] or "：" in folded[: match.end()]
        # Without a colon, «كتب …» may be a sentence («كتب كيم في دفتر الزوار»): a name only.
        if value and _words(value) <= (5 if labelled else 3) and (labelled or words <= 4):
            return span("byline", ("author", value))
    match = _PHOTO.match(folded)
    if match and words <= 10 and not re.search(r"[.!?؟]\s*$", stripped):
        return span("photo-credit")
    if _SECTION_LABEL.match(folded) and words <= 6:
        return span("breadcrumb")
    if words <= 5 and _is_category_run(folded):
        return span("breadcrumb")
    if words <= 6 and not first_body and _PLACE_DASH_NAME.match(stripped):
        found = _PLACE_DASH_NAME.match(stripped)
        assert found is not None
        return span("dateline", ("place", found.group("place")), ("named", found.group("named")))
    if words <= 6 and not first_body and (found := _PLACE_SLASH_NAME.match(stripped)):
        named = found.group("named").rstrip(" ـ")  # a tatweel drawn as a dash
        return span("dateline", ("place", found.group("place")), ("named", named))
    return None


# «بيونغ يانغ - لبنان اليوم»: a place and, after a dash, the outlet (a line of its own).
_PLACE_DASH_NAME = re.compile(
    r"^(?P<place>[^\W\d_]+(?:\s[^\W\d_]+){0,2})\s+[-–—]\s+(?P<named>[^\W\d_]+(?:\s[^\W\d_]+){0,3})$"
)


# «قامشلو/ رفيق ابراهيم ـ», «غزة/ الأناضول»: a place, a slash, the reporter or the agency.
_PLACE_SLASH_NAME = re.compile(
    r"^(?P<place>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*/\s*(?P<named>[^\W\d_]+(?:\s[^\W\d_]+){0,3})"
    r"\s*[-–—ـ]*$"
)


def _cut(stripped: str, folded: str, folded_end: int) -> str:
    """The part of ``stripped`` after the cue that ends at ``folded_end`` in its folded form
    (folding removes marks, so the two are aligned by counting words and separators)."""
    label_words = len(WORD_RE.findall(folded[:folded_end]))
    matches = list(WORD_RE.finditer(stripped))
    if label_words >= len(matches):
        return ""
    cut = matches[label_words - 1].end() if label_words else 0
    return stripped[cut:]


def _only_date_and_places(line: str) -> bool:
    rest = HIJRI.sub(" ", line)
    for start, end, _date in sorted(find_dates(line), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"\d{1,2}[:：]\d{2}\s*(?:ص|م|am|pm)?", " ", rest, flags=re.I)  # a time
    rest = re.sub(r"[\s\-–—/،,|:.()]+", " ", rest).strip()
    pieces = [w for w in rest.split() if fold(w) not in WEEKDAYS and fold(w) not in ("في", "يوم")]
    return len(pieces) <= 3


def _place_of(line: str) -> str | None:
    """The place of a dateline («موسكو-روسيا-13-9-2023» → «موسكو-روسيا»), if any."""
    rest = line
    for start, end, _date in sorted(find_dates(line), reverse=True):
        rest = rest[:start] + rest[end:]
    rest = _clean_value(re.sub(r"[\s\-–—/،,|]+$", "", rest))
    if not rest or not _PLACE_WORDS.match(rest) or all(fold(w) in WEEKDAYS for w in rest.split()):
        return None
    return rest


def _inline_dateline(line: str) -> MetaLine | None:
    """A dateline or site name at the head of a paragraph, as a span of that prefix only."""
    match = _SITE_PREFIX.match(line)
    if match:
        site = (("named", match.group("named").strip()), ("separator", "|"))
        return MetaLine(match.start("named"), match.end(), "site-name", site)
    match = _INLINE_DATELINE.match(line)
    if match is None or len(line) - match.end() < 20:
        return None
    named = next((match.group(g) for g in ("named1", "named2", "named3") if match.group(g)), "")
    if _words(named) > 4:
        return None
    values = [("place", match.group("place").strip()), ("named", named.strip())]
    if match.group("date"):
        dates = _dates_in(match.group("date"))
        if dates:
            values.append(("date", dates[0].isoformat()))
    start = len(line) - len(line.lstrip())
    return MetaLine(start, match.end(), "dateline", tuple(values))


def _bare_label_prefix(line: str, folded: str) -> MetaLine | None:
    """«الوقائع الاخبارية:زار …»: a name (two words at most) glued by a colon to the first
    words of the first paragraph. Only kept when the name is an outlet (decided later)."""
    match = re.match(r"^\s*(?P<named>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*[:：]\s*(?=[^\W\d_])", line)
    if match is None or len(line) - match.end() < 40:
        return None
    return MetaLine(
        match.start("named"), match.end(), "site-name", (("named", match.group("named")),)
    )


def find_meta_lines(
    text: str, *, is_outlet: Callable[[str, bool], bool] | None = None, head_lines: int = 12
) -> list[MetaLine]:
    """Every metadata line of ``text`` (offsets into it), in text order.

    Whole lines anywhere in the text; datelines and site names at the head of a paragraph only
    among the first ``head_lines`` non-blank lines, where an article's dateline stands. A bare
    name before the first words («الأمة| …», «الوقائع الاخبارية: …») is kept only when
    ``is_outlet`` knows it (its second argument: written as only a site's name is, with "|"):
    otherwise it may be the start of a sentence.
    """
    found: list[MetaLine] = []
    offset = 0
    seen_lines = 0
    body_seen = False
    masthead_label = False  # the line before was «رئيس التحرير» alone: this one is the name
    lines = text.split("\n")
    # One folded copy of the whole text, split alongside (folding keeps line breaks): folding
    # line by line cost a third of the import's reading time.
    folded_lines = fold(text).split("\n")
    if len(folded_lines) != len(lines):
        folded_lines = [fold(line) for line in lines]
    for line, folded_line in zip(lines, folded_lines, strict=True):
        if line.strip():
            seen_lines += 1
            folded = folded_line.strip()
            words = _words(line)
            meta = _line_kind(line, folded, body_seen, words)
            if meta is None and seen_lines <= head_lines:
                prefix = glued_menu_prefix(line) if _may_start_with_menu(folded) else 0
                if prefix:
                    start = len(line) - len(line.lstrip())
                    meta = MetaLine(start, prefix, "breadcrumb")
                elif words >= 8:
                    meta = _inline_dateline(line) or (
                        _bare_label_prefix(line, folded) if not body_seen else None
                    )
            if meta is None and masthead_label and words <= 4:
                meta = MetaLine(len(line) - len(line.lstrip()), len(line), "masthead")  # its name
            masthead_label = meta is not None and meta.kind == "masthead" and words <= 3
            if meta is not None and meta.kind == "site-name":
                named = meta.value("named") or ""
                strong = meta.value("separator") == "|"
                meta = meta if is_outlet is not None and is_outlet(named, strong) else None
            if meta is not None:
                end = meta.start + len(line[meta.start : meta.end].rstrip())
                found.append(MetaLine(offset + meta.start, offset + end, meta.kind, meta.values))
            if words >= 12 and (words >= 20 or _ENDS_SENTENCE.search(line)):
                body_seen = True  # a long headline, repeated under a site's name, is not yet
        offset += len(line) + 1
    return _named_prefixes(text, found, head_lines)


def _named_prefixes(text: str, found: list[MetaLine], head_lines: int) -> list[MetaLine]:
    """The site a dateline names («بغداد - العرب اليوم»), before a dash at the head of another
    of the first lines: «العرب اليوم - أول إجراء …» is the headline under the site's name."""
    named = {m.value("named") for m in found if m.kind == "dateline"} - {None, ""}
    if not named:
        return found
    pattern = re.compile(
        r"^\s*(?:" + "|".join(re.escape(n.strip()) for n in named if n) + r")\s*[-–—|]\s*(?=\w)"
    )
    taken = {m.start for m in found}
    more, offset, seen = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            match = pattern.match(line) if seen <= head_lines else None
            if match and offset + match.start() not in taken and _words(line[match.end() :]) >= 2:
                start = len(line) - len(line.lstrip())
                end = len(line[: match.end()].rstrip())
                more.append(MetaLine(offset + start, offset + end, "site-name"))
        offset += len(line) + 1
    return sorted([*found, *more], key=lambda m: m.start) if more else found


_ENDS_SENTENCE = re.compile(r"[.!?؟…:،,][\"'”»)\]]*\s*$")
_MENU_HEADS = frozenset(c[:3] for c in CATEGORIES) | frozenset("و" + c[:2] for c in CATEGORIES)


def _may_start_with_menu(folded: str) -> bool:
    """A cheap test before ``glued_menu_prefix``: the line starts like a section name."""
    return folded[:3] in _MENU_HEADS
