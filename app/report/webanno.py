"""The review as W3C Web Annotation Data Model JSON-LD: one AnnotationCollection.

A tagged passage is an Annotation with a tagging body per tag (and a commenting body per note
on it), its target the article with a TextQuoteSelector and a TextPositionSelector counting code
points; a whole-article tag has no selector. Notes on an article or the collection and verdicts
(with their comments) are commenting / assessing annotations. Every text body carries its
language and ``textDirection``.
"""

from __future__ import annotations

import json

from app.report.html import lang_dir
from app.report.model import Report
from app.review.annotations import quote_selector
from app.review.passage_edit_list import ONE_PLACE

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
BASE = "urn:tabayun"


def _collection(report: Report) -> str:
    return f"{BASE}:collection:{report.collection_id}"


def _source(report: Report, article_id: int) -> dict[str, object]:
    """An article as a target's source, described where it is named: its IRI, what it is, its
    language and title."""
    described: dict[str, object] = {
        "id": f"{BASE}:collection:{report.collection_id}:article:{article_id}",
        "type": "Text",
        "format": "text/plain",
    }
    article = report.article(article_id)
    if article is not None:
        summary = article.summary
        if summary.language:
            described["language"] = summary.language
        described["tabayun:title"] = summary.title
        described["tabayun:outlet"] = summary.label
    return described


def _text_body(value: str, purpose: str, language: str = "") -> dict[str, object]:
    lang, direction = lang_dir(value, language)
    return {
        "type": "TextualBody",
        "purpose": purpose,
        "value": value,
        "format": "text/plain",
        "language": lang,
        "textDirection": direction,
    }


def _creator(name: str) -> dict[str, str] | None:
    return {"type": "Person", "name": name} if name else None


def _when(value: object) -> str:
    import datetime as dt

    assert isinstance(value, dt.datetime)
    return value.replace(microsecond=0).isoformat() + "Z"


def web_annotations(report: Report) -> list[dict[str, object]]:
    tags = report.tags_by_id
    notes_on: dict[int, list[str]] = {}
    for note in report.notes:
        if note.target == "annotation":
            notes_on.setdefault(note.target_id, []).append(note.body)
    items: list[dict[str, object]] = []
    for span in report.spans:
        article = report.article(span.article_id)
        language = article.summary.language if article else ""
        target: dict[str, object] = {"source": _source(report, span.article_id)}
        if article is not None:
            target["language"] = language
            target["textDirection"] = article.summary.direction
        if span.start is not None and span.end is not None:
            target["selector"] = [
                {
                    "type": "TextQuoteSelector",
                    "exact": span.exact,
                    "prefix": span.prefix,
                    "suffix": span.suffix,
                },
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ]
        else:  # the whole article: the article itself is the target (no Specific Resource)
            whole = dict(_source(report, span.article_id))
            whole.update({k: v for k, v in target.items() if k != "source"})
            target = whole
        body = []
        for t in (t for t in span.tag_ids if t in tags):
            tagging = _text_body(tags[t].name, "tagging")
            who = span.tagged_by(t)
            if who != span.reviewer and (creator := _creator(who)):
                tagging["creator"] = creator  # a second reviewer's tag on this span
            body.append(tagging)
        body += [_text_body(text, "commenting") for text in notes_on.get(span.id, [])]
        item: dict[str, object] = {
            "id": f"{BASE}:annotation:{span.id}",
            "type": "Annotation",
            "motivation": "tagging",
            "created": _when(span.created_at),
            "modified": _when(span.updated_at),
            "body": body,
            "target": target,
        }
        if span.anchor_state == "orphaned":
            item["tabayun:anchor"] = "orphaned"  # the quote is not in the current text
        if creator := _creator(span.reviewer):
            item["creator"] = creator
        items.append(item)
    for note in report.notes:
        if note.target == "annotation":
            continue  # a body of its annotation, above
        if note.target == "article" and note.article_id is not None:
            target_value: object = _source(report, note.article_id)
        elif note.target == "group":  # described here: what the group is, in words
            about = report.note_about.get((note.target, note.target_id), "")
            target_value = {
                "id": f"{BASE}:collection:{report.collection_id}:group:{note.target_id}",
                "type": "Text",
                "format": "text/plain",
                "tabayun:passageGroup": about or str(note.target_id),
                "tabayun:collection": _collection(report),
            }
        else:  # the collection, described here
            target_value = {
                "id": _collection(report),
                "type": "Dataset",
                "tabayun:name": report.collection,
            }
        item = {
            "id": f"{BASE}:note:{note.id}",
            "type": "Annotation",
            "motivation": "commenting",
            "created": _when(note.created_at),
            "modified": _when(note.updated_at),
            "body": [_text_body(note.body, "commenting")],
            "target": target_value,
        }
        if creator := _creator(note.reviewer):
            item["creator"] = creator
        items.append(item)
    for verdict in report.verdicts:
        targets = []
        for passage, quote in zip(verdict.passages, verdict.quotes, strict=True):
            quoted: dict[str, object] = {"type": "TextQuoteSelector", "exact": quote}
            host = report.article(passage.article_id)
            if host is not None and 0 <= passage.start < passage.end <= len(host.text):
                exact, prefix, suffix = quote_selector(host.text, passage.start, passage.end)
                quoted.update(exact=exact, prefix=prefix, suffix=suffix)
            targets.append({
                "source": _source(report, passage.article_id),
                "selector": [
                    quoted,
                    {"type": "TextPositionSelector", "start": passage.start, "end": passage.end},
                ],
            })  # fmt: skip
        body = [_text_body(verdict.value, "assessing", "en")]
        if verdict.comment:
            body.append(_text_body(verdict.comment, "commenting"))
        item = {
            "id": f"{BASE}:verdict:{verdict.id}",
            "type": "Annotation",
            "motivation": "assessing",
            "modified": _when(verdict.updated_at),
            "body": body,
            "target": targets,
        }
        if creator := _creator(verdict.reviewer):
            item["creator"] = creator
        items.append(item)
    return items + _fact_items(report) + _correction_items(report)


def _sentence_target(report: Report, article_id: int, sentence: str, start: int = -1) -> object:
    """A sentence of an article as a target: its quote with prefix and suffix, and its
    position where it is known (or found)."""
    article = report.article(article_id)
    text = article.text if article is not None else ""
    if start < 0 or text[start : start + len(sentence)] != sentence:
        start = text.find(sentence) if sentence else -1
    if start < 0:
        return {"source": _source(report, article_id),
                "selector": {"type": "TextQuoteSelector", "exact": sentence}}  # fmt: skip
    exact, prefix, suffix = quote_selector(text, start, start + len(sentence))
    return {
        "source": _source(report, article_id),
        "selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": start + len(sentence)},
        ],
    }


def _fact_items(report: Report) -> list[dict[str, object]]:
    """Each row of the Facts table: the question and its status, each outlet's answer as
    written, on the sentences that give them."""
    labels = report.labels
    items: list[dict[str, object]] = []
    for number, flag in enumerate(report.flags, start=1):
        body = [_text_body(flag.text, "assessing", "en")]
        body += [
            _text_body(f"{labels.get(article_id, '')}: {value}", "describing")
            for article_id, _sentence, value in flag.answers()
            if value
        ]
        items.append({
            "id": f"{BASE}:collection:{report.collection_id}:fact:{number}",
            "type": "Annotation",
            "motivation": "assessing",
            "body": body,
            "target": [_sentence_target(report, a, sentence) for a, sentence in flag.quotes],
        })  # fmt: skip
    return items


def _correction_items(report: Report) -> list[dict[str, object]]:
    """The reviewer's corrections to the passages: a link joins two sentences (linking; a tie
    too, each kept in its passage), an unlink or a split edits the passages (editing), a
    sentence read with nothing to link is assessed (assessing)."""
    items: list[dict[str, object]] = []
    for edit in report.corrections:
        refs = [(edit.first, edit.quotes[0])]
        if edit.kind not in ONE_PLACE:
            refs.append((edit.second, edit.quotes[1]))
        words = {
            "link": "A reviewer put these sentences in one passage",
            "tie": "A reviewer linked these sentences and kept each in its own passage",
            "unlink": "A reviewer took the first sentence out of the passage of the second",
            "split": "A reviewer split this sentence where the quote starts",
            "checked": "A reviewer read this sentence and found nothing to link it to",
        }
        item: dict[str, object] = {
            "id": f"{BASE}:passage-edit:{edit.id}",
            "type": "Annotation",
            "motivation": {"link": "linking", "tie": "linking", "checked": "assessing"}.get(
                edit.kind, "editing"
            ),
            "created": _when(edit.created_at),
            "body": [_text_body(words.get(edit.kind, edit.kind), "describing", "en")],
            "target": [_sentence_target(report, r.article_id, q, r.start) for r, q in refs],
        }
        if creator := _creator(edit.reviewer):
            item["creator"] = creator
        items.append(item)
    return items


def write_webanno(report: Report) -> bytes:
    items = web_annotations(report)
    collection = {
        "@context": [CONTEXT, {"tabayun": f"{BASE}:terms:"}],
        "id": f"{BASE}:collection:{report.collection_id}:annotations",
        "type": "AnnotationCollection",
        "label": report.collection,
        "total": len(items),
        "generator": {"type": "Software", "name": "Tabayun"},
        "generated": _when(report.generated_at),
        "first": {
            "id": f"{BASE}:collection:{report.collection_id}:annotations:page:0",
            "type": "AnnotationPage",
            "partOf": f"{BASE}:collection:{report.collection_id}:annotations",
            "startIndex": 0,
            "items": items,
        },
    }
    return json.dumps(collection, ensure_ascii=False, indent=2).encode("utf-8")
