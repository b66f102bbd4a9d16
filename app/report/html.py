"""The report as one self-contained HTML file: styles inside, nothing fetched, ``lang`` and
``dir`` on every block of text, differences marked, a print stylesheet.

The same markup feeds the PDF writer (Qt's rich-text engine), so marks carry their style inline
as well as their class, and the layout keeps to what both a browser and Qt understand.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from app.catalog import Translate, translator
from app.facts.labels import status_mark
from app.library.records import outlet_count
from app.messages import T, say
from app.report.faces import embedded_face_css
from app.report.model import SECTION_TITLES, Report, ReportPassage
from app.review.verdicts import VERDICT_WORDS
from app.text.bidi import isolate
from app.text.direction import dominant_direction

MAX_FLAGS = 300  # fact flags listed in full; the rest are counted
MAX_PASSAGE_FLAGS = 12


PHRASES = {  # words used inside f-strings, marked here where lupdate can read them
    "no_fact_differs": T("core", "No figure, time, source or description differs."),
    "marked_against_the_first_versi": T("core", "Marked against the first version:"),
    "words_only_this_version_has": T("core", "words only this version has"),
    "words_worded_differently": T("core", "words worded differently"),
    "a_name_spelled_differently": T("core", "a name spelled differently"),
    "another_word_for_the_same": T("core", "another word for the same"),
    "struck_through": T("core", "struck-through words are in the first version only"),
    "leaves_out": T("core", "Leaves out:"),
    "no_verdicts_yet": T("core", "No verdicts yet."),
    "not_found_in_the_current_text": T("core", "[not found in the current text]"),
    "no_notes_yet": T("core", "No notes yet."),
    "no_name": T("core", "no name"),
    "fewer_than_two_articles_nothin": T("core", "Fewer than two articles: nothing to compare."),
    "review_report": T("core", "Review report"),
}


def legend(t: Translate) -> str:
    """What the marks mean, in the report's language."""
    return (
        f'<p class="meta">{escape(t(PHRASES["marked_against_the_first_versi"]))} '
        f'<span class="insert">{escape(t(PHRASES["words_only_this_version_has"]))}</span>, '
        f'<span class="replace">{escape(t(PHRASES["words_worded_differently"]))}</span>, '
        f'<span class="variant">{escape(t(PHRASES["a_name_spelled_differently"]))}</span>, '
        f'<span class="synonym">{escape(t(PHRASES["another_word_for_the_same"]))}</span>; '
        f"<s>{escape(t(PHRASES['struck_through']))}</s>.</p>"
    )


VERDICT_STYLE = {
    "agree": "#009E73",
    "differ": "#E69F00",
    "contradict": "#D55E00",
    "unclear": "#777777",
}
# Attributes as well as CSS: Qt's rich-text engine (the PDF) reads the attributes only.
TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
META_TABLE = '<table class="meta" border="0" cellpadding="2">'
_ALIGN = re.compile(r' align="(?:left|right|center)"')
_CAPTION = re.compile(r"<caption\b.*?</caption>", re.S)
_HEADING_ID = re.compile(r'(<h[1-6]\b[^>]*?) id="[^"]*"')
_SECTION_LINK = re.compile(r'<a href="#[^"]*">(.*?)</a>', re.S)


def table(caption: str, opening: str = TABLE) -> str:
    """A table's opening tag and its caption (what the table holds, for screen readers and
    for a reader who lands on it from a search)."""
    return f'{opening}<caption dir="auto">{escape(caption)}</caption>'


CSS = """
body { font-family: "Noto Sans Arabic", "Amiri", "Noto Naskh Arabic", "DejaVu Sans", "Segoe UI",
       "Arial", sans-serif;
       margin: 2em auto; max-width: 60em; line-height: 1.6; color: #111; }
h1, h2, h3 { font-family: "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", "Arial", sans-serif; }
h2 { border-bottom: 2px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .25em .5em; vertical-align: top; }
th { background: #f2f2f2; }
.meta { color: #555; font-size: 90%; }
.version { margin: .4em 0 .8em; }
.flag { color: #D55E00; font-weight: bold; }
.flag-quiet { color: #555; }
.swatch { display: inline-block; width: .9em; height: .9em; border: 1px solid #888; }
.yes { text-align: center; }
.left-out { color: #777; }
.insert { background-color: #C8EBDD; color: #000; text-decoration: underline; }
.replace { background-color: #F8DDA8; color: #000; text-decoration: underline wavy; }
table.meta td, table.meta th { border: none; padding: .1em .4em; }
caption { caption-side: top; text-align: start; color: #555; font-size: 90%; padding: .2em 0; }
th.wide { width: 70%; }
.variant { text-decoration: underline; color: #0072B2; }
.synonym { text-decoration: underline dotted; color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  nav { display: none; }
  h2 { page-break-before: always; }
  h2:first-of-type { page-break-before: avoid; }
  tr, .version, .note { page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "sd", "yi"})


def lang_dir(text: str, language: str = "") -> tuple[str, str]:
    """(lang, dir) for a block: the article's language when known, else from its letters."""
    if language:
        return language, "rtl" if language in RTL_LANGUAGES else "ltr"
    direction = dominant_direction(text, default="ltr")
    return ("ar" if direction == "rtl" else "en"), direction


def block(tag: str, text: str, language: str = "", css_class: str = "", inner: str = "") -> str:
    """``<tag lang dir align>`` around ``inner`` (or ``text`` escaped); text decides both."""
    lang, direction = lang_dir(text, language)
    align = "right" if direction == "rtl" else "left"
    attrs = f' class="{css_class}"' if css_class else ""
    body = inner or escape(text)
    return f'<{tag} lang="{lang}" dir="{direction}" align="{align}"{attrs}>{body}</{tag}>'


def marked(text: str, marks: tuple[tuple[int, int, str], ...]) -> str:
    out, cursor = [], 0
    for start, end, kind in marks:
        out.append(escape(text[cursor:start]))
        out.append(f'<span class="{kind}">{escape(text[start:end])}</span>')
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _name(name: str) -> str:
    """A reviewer's name in a bidi isolate: its own order whatever surrounds it."""
    return f"<bdi>{escape(name)}</bdi>" if name else ""


def _when(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC")


def _summary(report: Report) -> str:
    t = _translator(report)
    articles = report.articles
    dates = sorted(a.summary.published_on for a in articles if a.summary.published_on)
    outlets = sorted({a.summary.outlet for a in articles if a.summary.outlet})
    unnamed = sum(1 for a in articles if not a.summary.outlet)
    unknown = t(T("core", "not known"))
    outlet_text = str(len(outlets)) if outlets else unknown
    if unnamed:
        outlet_text = say(
            T("core", "{named}, and {unnamed} article(s) with no outlet named"),
            t,
            named=len(outlets),
            unnamed=unnamed,
        )
    labels = _labels(report)
    rows = [
        (t(T("core", "Articles")), str(len(articles))),
        (t(T("core", "Outlets")), outlet_text),
        (t(T("core", "Dates")), f"{dates[0]} – {dates[-1]}" if dates else unknown),
        (t(T("core", "Words")), f"{sum(a.summary.word_count for a in articles):,}"),
        (
            t(T("core", "Shared passages")),
            str(sum(1 for p in report.passages if p.outlets > 1)),
        ),
        (
            t(T("core", "Tagged passages")),
            str(sum(1 for s in report.spans if s.start is not None)),
        ),
        (t(T("core", "Notes")), str(len(report.notes))),
        (t(T("core", "Verdicts")), str(len(report.verdicts))),
    ]
    parts = [f"{table(t(SECTION_TITLES['summary']))}<tbody>"]
    parts += [f"<tr><th>{escape(k)}</th>{block('td', v)}</tr>" for k, v in rows]
    names = report.reviewers  # each in its own isolate: «<سارة & Co>» keeps its brackets
    listed = ", ".join(f"<bdi>{escape(n)}</bdi>" for n in names)
    text = ", ".join(names) or t(T("core", "none named"))
    heading = t(T("core", "Reviewers"))
    parts.append(f"<tr><th>{escape(heading)}</th>{block('td', text, inner=listed)}</tr>")
    heads = (
        T("core", "Outlet"), T("core", "Title"), T("core", "Date"), T("core", "Words"),
        T("core", "Only here"), T("core", "Not sure"),
    )  # fmt: skip
    articles_table = table(t(T("core", "Articles")))
    parts.append(f"</tbody></table>{articles_table}<thead><tr>{_heads(t, heads)}</tr></thead>")
    parts.append("<tbody>")
    for article in articles:
        s = article.summary
        parts.append(
            "<tr>"
            + block("td", labels[s.id])
            + block("td", s.title, s.language)
            + f"<td>{s.published_on or ''}</td><td>{s.word_count:,}</td>"
            + f"<td>{report.unique_passages.get(s.id, 0)}</td>"
            + f"<td>{report.unsure_passages.get(s.id, 0)}</td></tr>"
        )
    parts.append("</tbody></table>")
    return "".join(parts)


def _coverage(report: Report) -> str:
    """One row per passage, one narrow column per article (numbered; the key above)."""
    t = _translator(report)
    labels = _labels(report)
    key = "".join(
        f"<tr><td>{n}</td>{block('td', labels[a.summary.id])}</tr>"
        for n, a in enumerate(report.articles, start=1)
    )
    head = "".join(
        f'<th title="{escape(labels[a.summary.id])}">{n}</th>'
        for n, a in enumerate(report.articles, start=1)
    )
    passage_word = escape(t(T("core", "Passage")))
    parts = [
        f"{table(t(T('core', 'Article')), META_TABLE)}<tbody>{key}</tbody></table>",
        f"{table(t(SECTION_TITLES['coverage']))}",
        f'<thead><tr><th>#</th><th width="70%">{passage_word}</th>{head}</tr></thead>',
        "<tbody>",
    ]
    for passage in report.passages:
        reference = passage.versions[0]
        carried = {v.article_id for v in passage.versions}
        cells = "".join(
            f'<td class="yes">{"●" if a.summary.id in carried else "○"}</td>'
            for a in report.articles
        )
        snippet = reference.text if len(reference.text) <= 140 else reference.text[:139] + "…"
        link = f'<a href="#passage-{passage.number}">{passage.number}</a>'
        parts.append(f"<tr><td>{link}</td>{block('td', snippet)}{cells}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _passage(report: Report, passage: ReportPassage) -> str:
    t = _translator(report)
    labels = _labels(report)
    total = outlet_count(a.summary for a in report.articles)
    heading = t(T("core", "Passage {number} — carried by {outlets} of {total}")).format(
        number=passage.number, outlets=passage.outlets, total=total
    )
    parts = [f'<h3 id="passage-{passage.number}">{escape(heading)}</h3>']
    if passage.reviewer:
        note = t(T("core", "✎ A reviewer set this passage (linked, unlinked or split by hand)."))
        parts.append(f'<p class="meta">{escape(note)}</p>')
    if passage.tied:
        said = t(T("core", "✎ A reviewer linked this passage with passage {numbers} (kept apart)."))
        before, _, after = said.partition("{numbers}")
        numbers = "، ".join if report.options.language == "ar" else ", ".join
        links = numbers(f'<a href="#passage-{n}">{n}</a>' for n in passage.tied)
        parts.append(f'<p class="meta">{escape(before)}{links}{escape(after)}</p>')
    language = report.options.language  # the flags are said in the report's words
    parts += [
        block("p", flag, language, _flag_class(flag)) for flag in passage.flags[:MAX_PASSAGE_FLAGS]
    ]
    if len(passage.flags) > MAX_PASSAGE_FLAGS:
        more = len(passage.flags) - MAX_PASSAGE_FLAGS
        more_text = t(T("core", "… and {more} more fact flags in this passage.")).format(more=more)
        parts.append(f'<p class="meta">{escape(more_text)}</p>')
    for version in passage.versions:
        article = report.article(version.article_id)
        language = article.summary.language if article else ""
        first = T("core", " (the first version; the others are marked against it)")
        note = t(first) if version.reference else ""
        outlet = escape(labels.get(version.article_id, ""))
        label = labels.get(version.article_id, "")
        parts.append(
            '<div class="version">'
            + block("p", label + note, "", "meta", f"<bdi>{outlet}</bdi>{escape(note)}")
        )
        parts.append(block("p", version.text, language, inner=marked(version.text, version.marks)))
        if version.missing:
            left_out = " … ".join(version.missing)
            parts.append(f'<p class="meta">{escape(t(PHRASES["leaves_out"]))}</p>')
            parts.append(block("p", left_out, language, "left-out", f"<s>{escape(left_out)}</s>"))
        parts.append("</div>")
    return "".join(parts)


def _flag_class(line: str) -> str:
    """A flag line's class by the mark it starts with (``status_mark``): a conflict stands out
    (bold, orange); an update or different sources read quietly."""
    return "flag" if line.startswith(status_mark("conflict")) else "flag-quiet"


def _flags(report: Report) -> str:
    """Where the outlets' facts disagree: each flag with the two passages it compares."""
    if not report.flags:
        return ""
    t = _translator(report)
    labels = _labels(report)
    title = t(T("core", "Where the facts differ ({count})")).format(count=len(report.flags))
    parts = [f"<h3>{escape(title)}</h3>"]
    for flag in report.flags[:MAX_FLAGS]:
        line = f"{flag.mark} {flag.text}"
        parts.append(block("p", line, "", _flag_class(line)))
        for article_id, text, value in flag.answers():
            outlet = escape(labels.get(article_id, ""))
            shown = f"<mark><bdi>{escape(value)}</bdi></mark> — " if value else ""
            parts.append(
                block("p", text, "", inner=f"<b><bdi>{outlet}</bdi>:</b> {shown}{escape(text)}")
            )
    if len(report.flags) > MAX_FLAGS:
        more = len(report.flags) - MAX_FLAGS
        more_text = t(T("core", "… and {more} more; each passage below lists its own.")).format(
            more=more
        )
        parts.append(f'<p class="meta">{escape(more_text)}</p>')
    return "".join(parts)


def _verdicts(report: Report) -> str:
    t = _translator(report)
    if not report.verdicts:
        return f"<p>{escape(t(PHRASES['no_verdicts_yet']))}</p>"
    labels = _labels(report)
    heads = (
        T("core", "Verdict"), T("core", "Comment"), T("core", "Passages"), T("core", "Reviewer"),
        T("core", "When"),
    )  # fmt: skip
    opening = table(t(SECTION_TITLES["verdicts"]))
    parts = [f"{opening}<thead><tr>{_heads(t, heads)}</tr></thead><tbody>"]
    for verdict in report.verdicts:
        quotes = "".join(
            block(
                "p",
                quote,
                "",
                inner=f"<b>{escape(labels.get(p.article_id, ''))}:</b> {escape(quote)}",
            )
            for p, quote in zip(verdict.passages, verdict.quotes, strict=True)
        )
        colour = VERDICT_STYLE.get(verdict.value, "#000")
        parts.append(
            f'<tr><td style="color:{colour};font-weight:bold">'
            f"{escape(t(VERDICT_WORDS.get(verdict.value, verdict.value)))}</td>"
            + block("td", verdict.comment)
            + f"<td>{quotes}</td>"
            + block("td", verdict.reviewer, inner=_name(verdict.reviewer))
            + f"<td>{_when(verdict.updated_at)}</td></tr>"
        )
    parts.append("</tbody></table>")
    return "".join(parts)


def _tags(report: Report) -> str:
    t = _translator(report)
    tags = report.tags_by_id
    labels = _labels(report)
    counts = report.tag_counts
    heads = (
        T("core", "Tag"),
        T("core", "Also called"),
        T("core", "Uses"),
        T("core", "Description"),
    )
    opening = table(t(SECTION_TITLES["tags"]))
    parts = [f"{opening}<thead><tr><th></th>{_heads(t, heads)}</tr></thead><tbody>"]
    for tag in report.tags:
        parts.append(
            f'<tr><td><span class="swatch" style="background:{tag.color}"></span></td>'
            + block("td", tag.name)
            + block("td", tag.name_alt)
            + f"<td>{counts.get(tag.id, 0)}</td>"
            + block("td", tag.description)
            + "</tr>"
        )
    parts.append("</tbody></table>")
    for tag in report.tags:
        spans = [s for s in report.spans if tag.id in s.tag_ids]
        if not spans:
            continue
        parts.append(block("h3", tag.label))
        columns = (T("core", "Passage"), T("core", "Article"), T("core", "Reviewer"))
        parts.append(f"{table(tag.label)}<thead><tr>{_heads(t, columns)}</tr></thead><tbody>")
        for span in spans:
            article = report.article(span.article_id)
            language = article.summary.language if article else ""
            quote = t(T("core", "(the whole article)")) if span.start is None else span.exact
            if span.anchor_state == "orphaned":
                quote = f"{quote} {t(PHRASES['not_found_in_the_current_text'])}"
            others = [tags[i].name for i in span.tag_ids if i != tag.id and i in tags]
            also = t(T("core", " (also: {tags})")).format(tags="، ".join(others)) if others else ""
            parts.append(
                "<tr>"
                + block("td", quote + also, language)
                + block("td", labels.get(span.article_id, ""))
                + block("td", span.reviewer, inner=_name(span.reviewer))
                + "</tr>"
            )
        parts.append("</tbody></table>")
    return "".join(parts)


def _notes(report: Report) -> str:
    t = _translator(report)
    if not report.notes:
        return f"<p>{escape(t(PHRASES['no_notes_yet']))}</p>"
    on = {
        "collection": T("core", "on the collection"),
        "article": T("core", "on the article"),
        "annotation": T("core", "on the tagged passage"),
        "group": T("core", "on the passage group"),
    }
    parts = []
    for note in report.notes:
        about = report.note_about.get((note.target, note.target_id), "")
        what = t(on[note.target]) + (f" «{about}»" if about else "")
        edited = t(T("core", " (edited)")) if note.edited else ""
        parts.append('<div class="note">')
        parts += [block("p", line) for line in note.body.split("\n")]
        parts.append(
            block(
                "p",
                "",
                report.options.language,
                "meta",
                f"<bdi>{escape(note.reviewer or t(PHRASES['no_name']))}</bdi> · "
                f"{_when(note.updated_at)}{escape(edited)} · <bdi>{escape(what)}</bdi>",
            )
        )
        parts.append("</div><hr/>")
    return "".join(parts)


_UNMARKED_BLOCK = re.compile(r"<(p|td|th|h1|h2|h3|li)(?=[\s>])(?![^>]*\bdir=)")


def _translator(report: Report) -> Translate:
    return translator(report.options.language)


def _labels(report: Report) -> dict[int, str]:
    """Each article's outlet, or «no outlet named» with its file, in the report's language."""
    t = _translator(report)
    unnamed = t(T("core", "no outlet named ({file})"))
    return {
        a.summary.id: a.summary.outlet or unnamed.format(file=a.summary.file_label)
        for a in report.articles
    }


def _heads(t: Translate, names: tuple[str, ...]) -> str:
    return "".join(f"<th>{escape(t(name))}</th>" for name in names)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # HTML forbids them
_THEAD = re.compile(r"<thead>.*?</thead>", re.S)
_TH = re.compile(r"<th(?=[\s>])(?![^>]*\bscope=)")
_WIDE = re.compile(r'(<th\b[^>]*?) width="70%"')


def standard(page: str) -> str:
    """The page as standard HTML: the presentational attributes Qt's rich-text engine needs
    (``align``, and a table's ``width``, ``border``, ``cellspacing``, ``cellpadding``) give way
    to the stylesheet, which says the same; header cells say what they head (``scope``)."""
    page = _ALIGN.sub("", page)
    page = page.replace(TABLE, "<table>").replace(META_TABLE, '<table class="meta">')
    page = _WIDE.sub(r'\1 class="wide"', page).replace("<hr/>", "<hr>")
    page = _THEAD.sub(lambda m: _TH.sub('<th scope="col"', m.group(0)), page)
    return _TH.sub('<th scope="row"', page)


def write_html(report: Report, *, qt: bool = False) -> str:
    """The whole report as one HTML document (a string; the caller writes it as UTF-8):
    standard HTML, or with ``qt`` the markup Qt's rich-text engine lays out (the PDF)."""
    t = _translator(report)
    language = report.options.language
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    title = t(T("core", "Review report — {collection}")).format(collection=report.collection)
    sections = [s for s in SECTION_TITLES if report.has(s)]
    names = {s: escape(t(SECTION_TITLES[s])) for s in sections}
    renderers = {
        "summary": _summary,
        "coverage": _coverage,
        "facts": lambda r: _flags(r) or f"<p>{escape(t(PHRASES['no_fact_differs']))}</p>",
        "passages": lambda r: (
            legend(t)
            + (
                "".join(_passage(r, p) for p in r.passages)
                or f"<p>{escape(t(PHRASES['fewer_than_two_articles_nothin']))}</p>"
            )
        ),
        "verdicts": _verdicts,
        "tags": _tags,
        "notes": _notes,
    }
    nav = "".join(f'<li><a href="#{s}">{names[s]}</a></li>' for s in sections)
    body = "".join(f'<h2 id="{s}">{names[s]}</h2>{renderers[s](report)}' for s in sections)
    scope = []
    if report.options.article_ids:
        scope.append(t(T("core", "{count} chosen articles")).format(count=len(report.articles)))
    if report.options.tag_ids:
        scope.append(
            t(T("core", "tags: {tags}")).format(tags="، ".join(g.name for g in report.tags))
        )
    scope_text = f" · {'; '.join(scope)}" if scope else ""
    made = t(T("core", "Made by Tabayun on {date}")).format(
        date=isolate(_when(report.generated_at))  # the date keeps its order in Arabic
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="{language}" dir="{direction}"><head><meta charset="utf-8">'
        f'<meta name="generator" content="Tabayun"><title>{escape(title)}</title>'
        f"<style>{CSS}</style></head><body>"
        f"<h1>{escape(t(PHRASES['review_report']))}</h1>"
        f"{block('p', report.collection, '', 'collection')}"
        f'<p class="meta">{escape(made)}{escape(scope_text)}</p>'
        f"<nav><ul>{nav}</ul></nav>{body}</body></html>\n"
    )
    # every block says its language and direction: the report's own words are in its language
    page = _UNMARKED_BLOCK.sub(rf'<\1 lang="{language}" dir="{direction}"', page)
    page, controls = _CONTROLS.subn("", page)  # from notes and pages: not text a reader sees
    if controls:
        left = say(
            T("core", "{count} control character(s) from notes or articles left out."),
            t,
            count=controls,
        )
        page = page.replace("</nav>", f'</nav><p class="meta">{escape(left)}</p>', 1)
    if qt:  # the PDF: Qt's rich-text engine has no captions (the headings say the same), and
        # an anchor on a heading is drawn as a run of its own, which put an Arabic heading's first
        # letter after the rest for extractors («لخلاصة ا»); the PDF's bookmarks do the links' work
        page = _HEADING_ID.sub(r"\1", _CAPTION.sub("", page))
        return _SECTION_LINK.sub(r"\1", page)
    # the shipped face inside the page, cut to its characters: the same Arabic on every system
    return standard(page).replace("<style>", f"<style>{embedded_face_css(page)}", 1)
