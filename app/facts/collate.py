"""Questions across the collection: facts about the same thing («how many died in Turkey»)
gathered into one row whether or not the alignment linked their sentences, and the row's
status from its pairs of differing figures.

A pair of facts from different outlets differs when their values cannot both be right
(``Fact.interval``: the written precision, the hedge). A differing pair is an *update* when
one report is later or uses words of revision (ارتفعت الحصيلة، حصيلة جديدة), a *different
source* when the two name different bodies, a *different scope* when one figure covers part of
what the other does, and a *conflict* otherwise. A row is a conflict when any pair is one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from app.compare.tokens import SOFT
from app.facts.model import Fact, FactSheet, Question
from app.facts.pairs import RANK, reasons_of
from app.facts.places import gazetteer
from app.facts.scoping import is_sub_event
from app.facts.words import VOTES, forms, lemma, root, wordset
from app.text.normalize import WORD_RE, fold

ORDER = (
    "deaths", "injured", "missing", "displaced", "arrested", "survivors", "hospitalised",
    "combined", "magnitude",
    "distance", "percentage", "money", "age", "duration", "count", "time", "place", "nationality",
    "descriptor",
)  # fmt: skip


def skeleton(noun: str) -> str:
    """A noun's consonants, so a broken plural meets its singular: صواريخ, صاروخ → صرخ."""
    bare = noun[:-1] if noun.endswith(("ه", "ة")) else noun
    letters = "".join(ch for ch in bare if ch not in "اويى")
    return letters or noun


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Each place's country (a country's own is itself)."""
    return {name: country for name, country, _ in gazetteer().names.values()}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    """Each place's names as the text may write them, its adjectives too («الروسية»)."""
    found: dict[str, list[str]] = defaultdict(list)
    for words, (name, _country, _adjective) in gazetteer().names.items():
        found[name].append(" ".join(words))
    return {name: tuple(aliases) for name, aliases in found.items()}


def _plain_place(scope: str) -> bool:
    return (
        bool(scope)
        and not is_sub_event(scope)
        and not any(c in scope for c in ":#")
        and (scope != "period")
    )


def _spelling(word: str) -> tuple[str, str, str]:
    # letters a transliteration writes for one sound, as the word diff reads name variants
    # (Turkish G as «غ», «ج» or «ق»: «غايريتيبي», «جاريتيبي»), and a final vowel as «ه» or «ي»
    soft = word.translate(SOFT)
    if len(soft) > 3 and soft.endswith("ه"):
        soft = soft[:-1] + "ي"
    return soft[:1], soft[-1:], skeleton(soft)


@lru_cache(maxsize=4096)  # a comparison asks for the sheet three times
def _spellings_of(folded: str) -> frozenset[tuple[str, str, str]]:
    """A text's words by first letter, last letter and consonants."""
    return frozenset(_spelling(w) for w in set(WORD_RE.findall(folded)))


def _alike(a: str, b: str) -> bool:
    """Two spellings of one name, a long vowel written or not: «هيرات», «هرات»."""
    return abs(len(a) - len(b)) <= 2 and _spelling(a) == _spelling(b)


def _one_spelling(facts: Sequence[Fact]) -> list[Fact]:
    """One place spelled two ways by different outlets («هيرات», «هرات») is one scope, under
    the spelling most of its facts use; a name that runs on into the next words («ولاية هرات
    محمد طالب شهيد», the official after the place) is the place its first word spells. The
    event's toll is not split into rows that are never compared."""
    counts = Counter(f.scope for f in facts if _plain_place(f.scope))
    single = [s for s in counts if " " not in s]
    chosen: dict[str, str] = {}
    for scope in counts:
        head = fold(scope.split()[0])
        group = [s for s in single if _alike(fold(s), head)]
        if group and (" " in scope or len(group) > 1):
            chosen[scope] = max(group, key=lambda v: (counts[v], v))
    return [replace(f, scope=chosen[f.scope]) if f.scope in chosen else f for f in facts]


_LATER_ROUND = tuple(fold(w) for w in ("الجولة الثانية", "الدورة الثانية", "الإعادة"))


def _later_round(folded: Sequence[str]) -> bool:
    """At least half the articles (``folded``) speak of a second round or a run-off: the
    coverage is of it, and a figure of the first round is another event's (read on a run-off
    night, where one outlet's first-round shares were set against the run-off's)."""
    later = sum(any(w in text for w in _LATER_ROUND) for text in folded)
    return later * 2 >= max(1, len(folded))


def _event_places(facts: Sequence[Fact], folded: Sequence[str]) -> set[str]:
    """Places that name the whole event: the one country that at least half the articles
    mention (with those of its cities they mention as often), when only one does. A city fewer
    name is a part of the event: its figures are a different scope."""
    countries = _countries()
    scopes = {
        f.scope
        for f in facts
        if f.scope
        and not f.scope.startswith(("year:", "nation:", "round:"))
        and "+" not in f.scope
        and not is_sub_event(f.scope)
    }
    names = _aliases()

    def named(scope: str, text: str) -> bool:
        if any(alias in text for alias in names.get(scope, (fold(scope),))):
            return True  # «روسيا», or «الروسية» for it
        key = fold(scope)  # or spelled another way: «هرات» for «هيرات»
        return " " not in key and _spelling(key) in _spellings_of(text)

    common = {s for s in scopes if sum(named(s, t) for t in folded) * 2 >= max(1, len(folded))}
    # an area the table does not know («منطقة تقسيم») lies in the country the others name
    tops = {countries.get(s) or s for s in common if s in countries}
    if not tops:
        return common  # only areas the table does not know («لوس أنجلوس»): they are the event's
    if len(tops) != 1:
        return set()
    (top,) = tops
    return {top} | {s for s in common if countries.get(s, top) == top}


_SHARE_STOPS = wordset(
    "نسبه بنسبه حصل يحصل حصوله حصلت تحصل نال مقابل لصالح صالح بعد فرز بلغت بلغ وصلت اكثر"
    " اقل نحو حوالي منافسه ومنافسه منافس الفوز فوز اصوات الاصوات صناديق الاقتراع اقتراع"
    " ناخبين الناخبين ناخب صوت يزيد"  # «55% من أصوات الناخبين»: the voters are everyone's
    " جوله الجوله دوره الدوره ثانيه الثانيه اولي الاولي انتخابات الانتخابات رياسه الرياسه"
    " رياسيه الرياسيه الان اليوم حتي منها منه منهم مسوولو مسوولي احصي"
    " حريق الحريق حرايق الحرايق احتواء احتواوه احتواوها"  # «احتواء 11% من حريق باليساديس»
    " داخل الداخل بالداخل خارج الخارج بالخارج وطن الوطن"  # at home and abroad are scopes
    # «94.65% من إجمالي أصوات المشاركين», «لولاية ثانية بنسبة 94%», «حلّ في المرتبة الثانية
    # بـ3.17%», «رئيس حركة مجتمع السلم … 3.17%»: words of every candidate's share, no one's
    " اجمالي الاجمالي مجموع المجموع مشاركين المشاركين ولايه الولايه مرتبه المرتبه رييس الرييس"
    " مرشح المرشح نتايج النتايج اوليه الاوليه"
    " عبد الاحد احد الاثنين السبت الجمعه الخميس الاربعاء الثلاثاء"  # «عبد» names no one alone
)
# the cues are words as ``forms`` leaves them («بلغت» → «لغت»): the stops in that form too
_SHARE_STOPS = _SHARE_STOPS | {forms(w)[-1] for w in _SHARE_STOPS}
_TURNOUT = wordset("مشاركه المشاركه تصويت التصويت اقبال الاقبال")
_AWAY = wordset("احجم احجمت امتنع امتنعت قاطع عزوف مقاطعه")
_RIVAL = wordset("منافس منافسه خصم خصمه غريم غريمه")
_COUNTING = wordset("فرز احصاء عد فرزها")


def _share_cues(cues: Sequence[str]) -> list[str]:
    """The cues, «منافس أردوغان» read as the rival's, counting words as «counted», turnout
    words as one («نسبة المشاركة», «نسب التصويت») unless the share is of those who stayed away
    («أحجم أكثر من 60% من الناخبين عن التصويت»), places left out («الإيرانية» is no one's)."""
    kept: list[str] = []
    away = any(cue in _AWAY for cue in cues)
    if any(cue in _TURNOUT for cue in cues):  # a turnout is one, whatever words come nearer
        return ["abstained" if away else "turnout"]
    if any(cue in _COUNTING for cue in cues[:2]):
        # «بعد فرز 10.8% من الأصوات»: the share counted, however many outlets name the rival
        # before it («… كيليتشدار أوغلو، وذلك بعد فرز 10.8%» had made it his share)
        return ["counted"]
    places = gazetteer().names
    for k, cue in enumerate(cues):
        if k + 1 < len(cues) and cues[k + 1] in _RIVAL:
            continue  # «كليتشدار أوغلو منافس أردوغان على 47.86»: not Erdoğan's share
        if (cue,) in places or (f"ال{cue}",) in places:
            continue
        if cue in _TURNOUT:
            cue = "abstained" if away else "turnout"
        kept.append("counted" if cue in _COUNTING else cue)
    return kept


def _share_subjects(facts: Sequence[Fact]) -> dict[str, str]:
    """Whose share each percentage (or count of votes) is: its nearest cue that other
    articles' shares share («17 مليون صوت» is Pezeshkian's, «13 مليون صوت» Jalili's)."""
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    kinds = {f.id: f.kind for f in facts}
    cues = {
        f.id: _share_cues(f.cues)
        for f in facts
        if f.kind == "percentage" or (f.kind == "count" and f.subject in VOTES)
    }
    for fact in facts:
        for cue in cues.get(fact.id, ()):
            seen[(fact.kind, cue)].add(fact.article)
    # a cue is salient for one kind: «تراجعت» of the stock market's fall in percent is no cue
    # of the pound's fall in pounds
    salient = {
        key for key, articles in seen.items() if len(articles) >= 2 and key[1] not in _SHARE_STOPS
    }
    salient |= {
        (k, c) for k in ("percentage", "count") for c in ("turnout", "abstained", "counted")
    }
    marks = {f.id: f.subject for f in facts if f.subject == "change" or f.subject[:6] == "order:"}
    # a share of nothing named, and of no place or fire, is no other unnamed share
    marks |= {f.id: "alone" for f in facts if f.id not in marks and not f.scope}
    return {
        fid: _marked(
            _widest([c for c in found if (kinds[fid], c) in salient], kinds[fid], seen),
            marks.get(fid, ""),
            fid,
        )
        for fid, found in cues.items()
    }


def _widest(cues: list[str], kind: str, seen: Mapping[tuple[str, str], set[int]]) -> str:
    """Of a share's salient cues (nearest first), the one the most articles give: «حصل عبد
    العالي حساني شريف رئيس حركة مجتمع السلم على 3.17%» is the share of the candidate every
    outlet names by his party or by his name, one row, not one for «السلم» and one for «شريف»."""
    if not cues:
        return ""
    return max(cues, key=lambda c: (len(seen[(kind, c)]), -cues.index(c)))  # then nearest


def _marked(cue: str, mark: str, fid: str) -> str:
    """A share's cue with what the sentence says of the figure: a change («change:فايده», by
    how much the rate moved) or a place in a list in order («فايده#2/3», the second of three
    rates), which never meet the level or the other rates."""
    if mark == "change":  # a change of nothing named: «ارتفع 5%» is no other move's
        return f"change:{cue}" if cue else f"change:#{fid}"
    if not cue and mark == "alone":
        return f"#{fid}"
    if mark.startswith("order:"):
        return f"#{mark[6:]}"  # whatever word each outlet puts nearest: the list is one
    return cue


def _own_id(cue: str) -> bool:
    """A share's cue that is its own fact id («#1:34», ``_marked``): it names nothing."""
    return cue.startswith("#") and ":" in cue


def _as_written(cue: str, fact: Fact, texts: Mapping[int, str]) -> str:
    """The word a share's cue stands for, as its sentence writes it, less «و» and «ال» only:
    the cue «زشكيان» (its «ب» taken for a preposition) is shown «بزشكيان»."""
    if cue.startswith("change:"):
        named = cue[7:] and not cue[7:].startswith("#")
        return f"change:{_as_written(cue[7:], fact, texts) if named else ''}"
    if _own_id(cue):
        return ""  # a share of nothing named: shown as a share
    if "#" in cue:
        word, place = cue.split("#", 1)
        return f"{_as_written(word, fact, texts) if word else ''} ({place})".strip()
    if not cue or cue in ("turnout", "abstained", "counted"):
        return fact.noun
    if fact.kind == "count":  # votes: «صوت · جليلي»
        return f"{fact.noun} · {_word_for(cue, fact, texts)}"
    return _word_for(cue, fact, texts)


def _word_for(cue: str, fact: Fact, texts: Mapping[int, str]) -> str:
    sentence = texts.get(fact.article, "")[fact.sentence[0] : fact.sentence[1]]
    for word in WORD_RE.findall(sentence):
        written = str(word)
        if cue in forms(fold(written)):
            shown = written[1:] if written.startswith("و") and len(written) > 4 else written
            return shown[2:] if shown.startswith("ال") and len(shown) > 4 else shown
    return fact.noun


def _descriptor_groups(facts: Sequence[Fact]) -> dict[tuple[str, str, str], list[Fact]]:
    """Descriptors of one thing: the same noun and a shared word after it (elatives), or the
    same place in linked passages (constructs, whose cues carry the link)."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    by_noun: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_noun[skeleton(fact.subject)].append(fact)
    for noun, members in by_noun.items():
        while members:
            seed = members.pop(0)
            keys = set(seed.cues[1:])
            group = [seed]
            for other in list(members):
                if keys & set(other.cues[1:]) or seed.cues[1:] == other.cues[1:] == ():
                    group.append(other)
                    members.remove(other)
            if len({f.article for f in group}) >= 2:
                groups[("descriptor", noun, seed.id)] = group
    return groups


def _by_context(facts: list[Fact]) -> list[list[Fact]]:
    """Counts of one noun split into things that share a word around them (single link)."""
    parent = list(range(len(facts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}  # each cue word: the first fact that has it
    for i, fact in enumerate(facts):
        for cue in fact.cues:
            parent[root(first.setdefault(cue, i))] = root(i)
    clusters: dict[int, list[Fact]] = defaultdict(list)
    for i, fact in enumerate(facts):
        clusters[root(i)].append(fact)
    return sorted(clusters.values(), key=len, reverse=True)


def _telling_words(clusters: list[list[Fact]], texts: Mapping[int, str]) -> dict[int, str]:
    """For counts of one noun split into rows by the words around them, each row's word that
    the most outlets put beside it, by its root and as written («خرجت» of the carriages that
    derailed, «النيران» of those on fire: two rows both labelled «عربات» told the reader
    nothing). Rows share no word (``_by_context``); a row without one gets none."""
    found: dict[int, str] = {}
    for number, members in enumerate(clusters):
        outlets: dict[str, set[int]] = defaultdict(set)
        first_cue: dict[str, tuple[str, Fact]] = {}
        for fact in members:
            for cue in fact.cues:
                key = cue[1:] if cue.startswith("√") else (root(cue) or cue)
                if key in _UNTELLING or cue == "whole":
                    continue
                outlets[key].add(fact.article)
                if not cue.startswith("√"):
                    first_cue.setdefault(key, (cue, fact))
        ranked = sorted(outlets, key=lambda k: (-len(outlets[k]), k not in first_cue, k))
        # a word one outlet puts there tells its row from no other outlet's («جديد», «أثار»)
        if ranked and ranked[0] in first_cue and len(outlets[ranked[0]]) > 1:
            cue, fact = first_cue[ranked[0]]
            sentence = texts.get(fact.article, "")[fact.sentence[0] : fact.sentence[1]]
            for word in WORD_RE.findall(sentence):
                folded = forms(fold(word))[-1]
                if cue in (folded, lemma(folded)):
                    shown = word[1:] if word.startswith("و") and len(word) > 4 else word
                    found[number] = shown
                    break
    return found


# roots of words said of any count: speech, reports, the event itself
_UNTELLING = frozenset(("قول", "قال", "ضيف", "كدت", "اكد", "علن", "فاد", "ذكر", "حدث", "علي"))


def _scope(fact: Fact, event_places: set[str]) -> str:
    """The fact's scope, "" when it is the whole event's place: one of them, or two joined
    («تركيا+سوريا») that are both the event's, or any two when no one place is the event's. Two
    joined of which one is not («عمان+ايران» where the event is Oman's) are a wider area."""
    if "+" in fact.scope:
        countries = _countries()
        parts = fact.scope.split("+")
        inside = all(p in event_places or countries.get(p) in event_places for p in parts)
        return "" if not event_places or inside else fact.scope
    return "" if fact.scope in event_places else fact.scope


def _key(fact: Fact, event_places: set[str]) -> tuple[str, str, str]:
    """A city's figures are asked with its country's (a different scope, not a conflict)."""
    scope = _scope(fact, event_places)
    if fact.kind not in ("time", "place", "nationality", "descriptor", "source"):
        country = _countries().get(scope, scope)
        scope = "" if country in event_places else country
    subject = skeleton(fact.subject) if fact.kind == "count" else fact.subject
    if fact.kind == "duration":
        subject = subject or fact.unit
    return fact.kind, subject, scope


def _label(kind: str, subject: str, scope: str) -> str:
    bits = [kind]
    if subject:
        bits.append(subject)
    if scope and kind != "descriptor":
        for prefix, shown in (
            ("year:", ""), ("passage:", "passage "), ("period", "whole period"),
            ("nation:", "nationals of "),
        ):  # fmt: skip
            scope = scope.replace(prefix, shown)
        bits.append(scope)
    return " · ".join(bits)


_UNCOUNTED = ("time", "place", "nationality", "descriptor", "source", "duration")


def _with_figures(facts: Sequence[Fact]) -> list[Fact]:
    """Each source with the figures its sentence gives, by what they count (whatever place:
    an agency's depth «near Kahramanmaraş» and another's with no place are one measure)."""
    figures: dict[tuple[int, tuple[int, int]], set[tuple[str, str]]] = defaultdict(set)
    for fact in facts:
        if fact.kind not in _UNCOUNTED and fact.value is not None and not fact.earlier:
            question = f"{fact.kind}|{fact.subject}"
            figures[(fact.article, fact.sentence)].add((question, fact.reading or str(fact.value)))
    return [
        replace(f, figures=tuple(sorted(figures[(f.article, f.sentence)])))
        if f.kind == "source" and (f.article, f.sentence) in figures
        else f
        for f in facts
    ]


def _counting_stages(facts: Sequence[Fact]) -> list[Fact]:
    """Shares given while the count went on («أردوغان 55.80% بعد فرز 56.47% من الأصوات»): every
    share of that sentence carries the share counted, the counted share its own value (read on
    an election night's coverage: shares after 10.8%, 56.47%, 99% and 100% counted were
    conflicts)."""
    counted = {
        (f.article, f.sentence): f.value
        for f in facts
        if f.kind == "percentage" and f.subject == "counted" and f.value is not None
    }
    return [
        replace(f, stage=counted[(f.article, f.sentence)])
        if f.kind == "percentage" and (f.article, f.sentence) in counted
        else f
        for f in facts
    ]


# Words for an event that name no kind of event: «وقع الحادث», «بدأ الحدث»
_ANY_EVENT = frozenset(("حادث", "حادثه", "حدث"))


def _one_event_time(facts: Sequence[Fact]) -> list[Fact]:
    """A «When» that calls the event only «the incident» is asked with the one kind of event
    the other «When» facts name, when they name just one: «بدأ الحدث … الساعة 3:30» with «وقع
    الهجوم في الساعة 3:15» (read on a ramming's coverage, where the two went unasked); with two
    kinds named (a quake and its aftershock), which one the incident is is not for a rule."""
    named = {f.subject for f in facts if f.kind == "time" and f.subject not in _ANY_EVENT}
    if len(named) != 1:
        return list(facts)
    (event,) = named
    return [
        replace(f, subject=event) if f.kind == "time" and f.subject in _ANY_EVENT else f
        for f in facts
    ]


def collate(
    facts: Sequence[Fact],
    outlets: Mapping[int, str],
    texts: Mapping[int, str],
    passages: Mapping[str, int] | None = None,
    statuses: bool = True,
) -> FactSheet:
    """Questions over ``facts``; ``outlets`` names each article's outlet (articles of one
    outlet never disagree with each other as outlets), ``texts`` are the stored texts, and
    ``passages`` puts source facts in the passage the alignment found for their sentence (who
    says the same thing is asked only of sentences that say it). Without ``statuses`` every
    question is left "agree": the alignment asks only which facts answer one question."""
    facts = _one_spelling(facts)
    folded = [fold(t) for t in texts.values()]  # once, for the round and the event's places
    if not _later_round(folded):
        facts = [replace(f, scope="") if f.scope == "round:1" else f for f in facts]
    event_places = _event_places(facts, folded)
    shares = _share_subjects(facts)
    facts = [
        replace(f, subject=shares[f.id], noun=_as_written(shares[f.id], f, texts))
        if f.id in shares
        else f
        for f in facts
    ]
    facts = _one_event_time(_with_figures(_counting_stages(facts)))
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "source" or (fact.kind == "age" and not fact.subject):
            # an age of whom? Read on a shooting's coverage: the prime minister's 59 against
            # the suspect's 71 («أنه يبلغ من العمر 71 عاما») was a conflict of ages
            if passages and fact.id in passages:
                groups[(fact.kind, "", f"passage:{passages[fact.id]}")].append(fact)
            elif fact.kind == "age" and not statuses:
                # the alignment asks only which facts answer one question: two sentences that
                # give one unnamed age («59 عامًا») are evidence of one claim, not a conflict
                groups[("age", "", "")].append(fact)
        elif fact.kind and fact.kind not in ("duration", "descriptor"):  # duration: of what?
            groups[_key(fact, event_places)].append(fact)
    for key, members in _descriptor_groups([f for f in facts if f.kind == "descriptor"]).items():
        groups[key] = members
    told: dict[tuple[str, str, str], str] = {}  # a count's rows of one noun: each one's word
    for key in [k for k in groups if k[0] == "count"]:
        clusters = _by_context(groups.pop(key))
        words = _telling_words(clusters, texts) if len(clusters) > 1 else {}
        for number, members in enumerate(clusters):
            split = (key[0], key[1], key[2] + (f"#{number}" if number else ""))
            groups[split] = members
            if number in words:
                told[split] = words[number]
    questions = []
    for (kind, subject, scope), members in groups.items():
        nouns = [f.noun or f.subject for f in members]
        written = Counter(nouns).most_common(1)[0][0] if subject else ""
        if _own_id(written):
            written = ""  # a share kept apart by its own id names nothing
        elif (kind, subject, scope) in told:
            written = f"{written} · {told[(kind, subject, scope)]}"  # «عربات · خرجت»
        scoped = [replace(f, scope=_scope(f, event_places)) for f in members]
        reasons = reasons_of(scoped, outlets, texts) if statuses else Counter[str]()
        status = min(reasons, key=lambda r: RANK[r]) if reasons else "agree"
        # in report order; when a report has no date, tolls rise: by value («323 → 9 → 658»
        # had put an undated 323 first)
        dated = all(f.time for f in members)
        ordered = sorted(members, key=lambda f: (f.time if dated else "", f.value or 0.0))
        sequence = (
            tuple(dict.fromkeys(f.reading for f in ordered if not f.earlier))
            if status == "update"
            else ()
        )
        questions.append(
            Question(
                id="|".join((kind, subject, scope)),
                kind=kind,
                subject=written,
                scope="" if kind == "descriptor" else scope,
                label=_label(kind, written, scope),
                facts=tuple(f.id for f in sorted(members, key=lambda f: (f.article, f.start))),
                status=status,
                reason=", ".join(f"{r} ×{n}" for r, n in reasons.most_common()),
                sequence=sequence,
            )
        )
    questions.sort(
        key=lambda q: (
            RANK[q.status],
            ORDER.index(q.kind) if q.kind in ORDER else len(ORDER),
            -len({outlets.get(fid_article(f), 0) for f in q.facts}),
            q.id,
        )
    )
    return FactSheet(tuple(facts), tuple(questions), {"facts": len(facts)}, frozenset(event_places))


def fid_article(fact_id: str) -> int:
    return int(fact_id.split(":", 1)[0])
