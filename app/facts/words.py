"""Word lists of the fact model, in folded form (app.text.normalize.fold), and the bare forms a
written word is looked up under (clitics و ف ب ل ك and the article removed, tanween alef
dropped)."""

from __future__ import annotations

import re
from functools import lru_cache

_CLITICS = "وفبلك"


@lru_cache(maxsize=131_072)
def forms(word: str) -> tuple[str, ...]:
    """``word`` and its bare forms, longest first: وبالقتلى → وبالقتلي, بالقتلي, القتلي, قتلي."""
    found = [word]
    if word[:1] in "وف" and len(word) > 3:
        found.append(word[1:])
    for w in list(found):
        if w[:1] in "بلك" and len(w) > 3:
            found.append(w[1:])
    for w in list(found):
        for article in ("ال", "لل"):
            if w.startswith(article) and len(w) > len(article) + 2:
                found.append(w[len(article) :])
    found += [w[:-1] for w in found if w.endswith("ا") and len(w) > 3]  # tanween alef
    return tuple(dict.fromkeys(found))


_DEFINITE = re.compile(r"^[وف]?(?:بال|كال|لل|ال)")
_SUFFIXES = (("يين", "ي"), ("يان", "ي"), ("ين", ""), ("ان", ""), ("ون", ""), ("ات", ""),
             ("ا", ""), ("ه", ""), ("s", ""))  # fmt: skip


@lru_cache(maxsize=65_536)
def lemma(key: str) -> str:
    """A folded word without its article and its dual/plural/tanween ending (≥ 3 letters left)."""
    word = key.lower()
    match = _DEFINITE.match(word)
    if match and len(word) - match.end() >= 3:
        word = word[match.end() :]
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word


_ROOT_SUFFIXES = ("ات", "ون", "ين", "ان", "وا", "ها", "هم", "ته", "ه", "ت", "ي", "ا")
_ROOT_PREFIXES = ("است", "ت", "م", "ي", "ن", "ا")


@lru_cache(maxsize=65_536)
def root(bare: str) -> str:
    """A bare word's three letters, roughly: «تدمير», «دمرت», «دمر» → «دمر»; "" when no
    three are left. For telling one thing from another by the verb that counts it, not a
    morphological analysis."""
    word = bare
    for suffix in _ROOT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    for prefix in _ROOT_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    while len(word) > 3 and (inner := next((i for i in range(1, len(word) - 1)
                                             if word[i] in "اوي"), None)) is not None:  # fmt: skip
        word = word[:inner] + word[inner + 1 :]
    return word if len(word) == 3 else ""


def lookup(word: str, table: dict[str, str]) -> str | None:
    for form in forms(word):
        if form in table:
            return table[form]
    return None


def member(word: str, words: frozenset[str]) -> bool:
    return not words.isdisjoint(forms(word))  # in C: 3 million calls a 2,000-article collection


def definite(word: str) -> bool:
    """«المنطقة», «وفي المدينة»: a word with the article, a glued «و», «ف» or «ب» before it."""
    return word.lstrip("وفب").startswith(("ال", "لل"))


def without_owner(noun: str) -> str:
    """``noun`` without the «its / their» after it («ركابها» → «ركاب», «أفرادها» → «أفراد»), or
    as it is."""
    for suffix in ("هما", "هم", "ها"):
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            return noun[: -len(suffix)]
    return noun


def wordset(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


def _table(spec: dict[str, str]) -> dict[str, str]:
    return {word: kind for kind, words in spec.items() for word in words.split()}


# The counted noun tells the kind. (Folded: ة → ه, ى → ي, hamza carriers → ي/و.)
NOUN_KINDS = _table(
    {
        "deaths": "قتيل قتيلا قتلي ضحيه ضحايا وفاه وفيات حالات_وفاه شهيد شهيدا شهداء شهدا متوفي"
        " موتي ميت اموات killed dead deaths",
        "injured": "مصاب مصابا مصابين مصابون جريح جريحا جرحي اصابه اصابات injured wounded",
        "missing": "مفقود مفقودا مفقودين مفقودون missing",
        "displaced": "نازح نازحا نازحين نازحون مشرد مشردا مشردين مهجر مهجرين displaced",
        "arrested": "معتقل معتقلا معتقلين موقوف موقوفا موقوفين محتجز محتجزا محتجزين arrested",
        "survivors": "ناجي ناجيا ناجين ناجون ناجيين ناجيان survivors",
        "distance": "كيلومتر كيلومترا كيلومترات كلم كم متر مترا امتار ميل اميال قدم قدما اقدام km",
        "money": "دولار دولارا دولارات يورو جنيه جنيها ريال ريالا درهم درهما دينار دينارا ليره"
        " ليرات $ dollars euros",
        "percentage": "% بالميه بالمايه بالمئه percent",
        "duration": "سنه سنوات اعوام عام عاما ساعه ساعات دقيقه دقايق دقايق يوم يوما ايام اسبوع"
        " اسابيع شهر اشهر شهور",
    }
)
DURATION_UNITS = {"سنه": "year", "سنوات": "year", "اعوام": "year", "عام": "year", "عاما": "year",
                  "ساعه": "hour", "ساعات": "hour", "دقيقه": "minute", "دقايق": "minute",
                  "يوم": "day", "يوما": "day", "ايام": "day", "اسبوع": "week", "اسابيع": "week",
                  "شهر": "month", "اشهر": "month", "شهور": "month"}  # fmt: skip
# Nouns that count people without saying what happened to them: the verb decides.
COUNTERS = wordset(
    "شخص شخصا اشخاص اخر اخرين اخرون اخران فرد افراد مواطن مواطنا مواطنين مدني مدنيا مدنيين طفل"
    " طفلا"
    " اطفال امراه نساء سيده رجل رجال جندي جنديا جنود عسكري عسكريين عنصر عناصر مسلح مسلحين"
    " فلسطيني فلسطينيا فلسطينيين سايح سياح شرطي مهاجر مهاجرا مهاجرين مهاجرون لاجي لاجيا"
    " لاجيين راكب ركاب حاج حاجا حجاج حاجه عامل عاملا عمال حاله حالات ضيف ضيفا ضيوف"
    " حاضر حاضرين مشارك مشاركين"  # «اثنين من الحاضرين أصيبا»: the verb says
    " people persons others"
    " migrants"
)
# Words before a count that tell the kind of the people counted ("مقتل 6 أشخاص").
TRIGGERS = _table(
    {
        "deaths": "مقتل قتل يقتل تقتل قتلت قتلوا قتلي وفاه وفيات مصرع استشهاد استشهد استشهدوا"
        " توفي توفوا قضي ضحايا قتلي الوفيات الشهداء شهداء حصيله حياه اودي المتوفين متوفين المتوفون"
        " ضحيته ضحيتها"  # «حادث مفجع راح ضحيته 41 مواطنًا»
        " killing killed",
        "injured": "اصابه اصيب اصيبت اصيبوا يجرح تجرح جرح جرحي جريح اصابات مصابين المصابين جرح"
        " مصابي مصابو"  # «عدد مصابي انفجارات البيجر وصل إلى 3 آلاف»
        " يصيب تصيب اصاب اصابت اصابوا"  # «طبيب يقتل شخصين ويصيب 60 آخرين»: 60 injured
        " injuring wounding injured",
        "missing": "فقدان فقد فقدوا مفقودين"
        " يبحثون يبحث تبحث البحث بحثا"  # «تبحث طواقم الإسعاف عن 6 أشخاص»: the people sought
        " searching",
        "displaced": "نزوح نزح تشريد تهجير",
        "arrested": "اعتقال اعتقلت اعتقل اعتقلوا توقيف اوقفت اوقف القبض احتجاز احتجزت",
        # «نجا 25 شخصا», «ونجاة 29 آخرين»: a crash's survivors, counted as its toll is
        "survivors": "نجا نجاه نجت نجوا الناجين الناجون ناجين survived",
    }
)
# After the counted people: "لقي 284 شخصا مصرعهم", "أصيب 81 آخرون بجروح".
AFTER_TRIGGERS = _table(
    {
        "deaths": "مصرعهم حتفهم مصرعه حتفه مصرعهما حتفهما قتلوا توفوا توفيا قضوا حياتهم حياته"
        " قتلا قتلتا"  # «إن شخصين اثنين قتلا»: the dual
        " ارواحهم متوفي متوفين موتي مصارعهم killed died dead",
        "arrested": "اعتقلوا اوقفوا احتجزوا arrested detained",
        "injured": "بجروح بجراح اصيبوا اصيبا يعالج يعالجون hurt injured wounded",
        "missing": "مفقودين مفقودون missing",
        "survivors": "نجوا نجيا survived",  # «25 راكبا نجوا»; «نجا» opens the next clause
    }
)
MAGNITUDE_CUES = wordset("قوه بقوه قوته قوتها شدته شدتها ريختر richter magnitude")
AGE_CUES = wordset("عمر العمر عمره عمرها يبلغ البالغ تبلغ البالغه بعمر سن")
HEDGES_BEFORE = {
    ("نحو",): "about",
    ("حوالي",): "about",
    ("قرابه",): "about",
    ("زهاء",): "about",
    ("ما", "يقرب", "من"): "about",
    ("يقرب", "من"): "about",
    ("ما", "يناهز"): "about",
    ("يناهز",): "about",
    ("تقريبا",): "about",
    ("اكثر", "من"): "more_than",
    ("اكثر", "بقليل", "من"): "more_than",  # «أكثر بقليل من 5.5 مليون ناخب»
    ("تفوق",): "more_than",  # «بنسبة تفوق 94 بالمائة»
    ("يفوق",): "more_than",
    ("ما", "يزيد", "عن"): "more_than",
    ("ما", "يزيد", "علي"): "more_than",
    ("يزيد", "عن"): "more_than",
    ("يزيد", "علي"): "more_than",
    ("تجاوز",): "more_than",
    ("تجاوزت",): "more_than",
    ("يتجاوز",): "more_than",
    ("تتجاوز",): "more_than",
    ("تخطي",): "more_than",
    ("تخطت",): "more_than",
    ("ما", "لا", "يقل", "عن"): "at_least",
    ("لا", "يقل", "عن"): "at_least",
    ("اقل", "من"): "less_than",
    ("ما", "دون"): "less_than",
    ("ما", "يصل", "الي"): "less_than",  # up to: «يبحثون عن ما يصل إلى 20 شخصا», a ceiling
    ("about",): "about",
    ("nearly",): "about",
    ("around",): "about",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("at", "least"): "at_least",
}
HEDGES_AFTER = {
    ("علي", "الاقل"): "at_least",
    ("فاكثر",): "at_least",
    ("او", "اكثر"): "at_least",
    ("تقريبا",): "about",
    ("at", "least"): "at_least",
}
RANGE_OPENERS = wordset("بين يتراوح تتراوح تراوح تراوحت between")
# A figure someone fears or expects is not a report of what happened.
PROJECTION = wordset(
    "توقعات توقع يتوقع تتوقع متوقع المتوقع مخاوف يخشي تخشي خشيه قد مرشحه مرشح يرجح ترجيحات"
    " احتمال احتماليه امكانيه"  # «تحدثت عن احتمال وقوع مئات القتلى»
    " تحذيرات سيصل ستصل قد_يصل تقديرات_اوليه expected fear feared could may"
)
# Words that place a figure in a toll that changes: it rose («ارتفع», «زاد»), or it is the first
# count («حصيلة أولية», «المعلومات الأولية»: the Istiklal governor's 4 dead against the 6 said
# later was a conflict without them).
REVISION = wordset(
    "ارتفعت ارتفع ارتفاع ترتفع يرتفع ارتفعت ارتفعت جديده اخر الاخيره محدثه حدثت وصلت وصل"
    " بلغت بلغ تجاوزت زاد زادت زياده اوليه updated rose risen initial preliminary"
)
# Revision words that alone say a figure replaced an earlier one.
REVISED_TOLL = wordset("ارتفعت ارتفع ارتفاع حصيله_جديده اخر_حصيله الحصيله_الجديده")
VAGUE = {"عشرات": (20, 99), "مئات": (200, 999), "ميات": (200, 999), "الاف": (2000, 9999),
         "ملايين": (2_000_000, 9_999_999), "مليارات": (2_000_000_000, 9_999_999_999),
         "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
         "dozens": (24, 99), "hundreds": (200, 999),
         "thousands": (2000, 9999)}  # fmt: skip
ORDINALS = wordset(
    "اول اولي ثاني ثانيه ثالث ثالثه رابع رابعه خامس خامسه سادس سادسه سابع سابعه ثامن ثامنه"
    " تاسع تاسعه عاشر عاشره first second third fourth fifth"
)
HUNDREDS = {"ميه": 100, "مايه": 100, "ميتين": 200, "ميتان": 200, "مايتين": 200, "مايتان": 200}
for _unit, _value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                      ("ثمان", 8), ("ثماني", 8), ("تسع", 9)):  # fmt: skip
    HUNDREDS[_unit + "ميه"] = HUNDREDS[_unit + "مايه"] = _value * 100
THOUSANDS_DUAL = {"الفين": 2000, "الفان": 2000, "مليونين": 2_000_000, "مليونان": 2_000_000}
YEAR_WORDS = wordset("عام العام سنه السنه لعام منذ year")
NOT_COUNTED = wordset(
    "مره مرات المره من في علي الي عن مع او و ان الذي التي بين حتي منذ خلال بعد قبل نحو حوالي"
    " اكثر اقل فقط فيما بينما كما اي عند ضد ثم بحسب حسب وفق وفقا لا لم لن بعضهم بعضها دون"
    " كان كانت كانوا كانا يكون تكون يكونون"  # «و40 ألفا كانوا معرضين»: a verb, no noun
)

# «منهم», «بينهم»: what follows is a part of the group before («مقتل 8 بينهم طفلة»)
AMONG = frozenset(
    ("منهم", "منها", "بينهم", "بينها", "وبينهم", "ومنهم",
     "تضمنت", "تضمن", "وتضمنت")  # «قائمة … تضمنت 9 أطفال»: part of the victims listed
)  # fmt: skip
# a count of votes: its noun as the count's subject gives it («أصوات» → «اصو», its «ات» cut as a
# plural's; read on an election's coverage, 16,384,403 «أصوات» had been no one's votes)
VOTES = frozenset(("صوت", "اصوات", "اصو"))
# kinds that count people
PEOPLE = ("deaths", "injured", "missing", "displaced", "arrested", "survivors")
