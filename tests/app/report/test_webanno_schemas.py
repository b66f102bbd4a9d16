"""The W3C Web Annotation export against the W3C test suite's JSON schemas (the MUSTs of the
model), and expanded by a JSON-LD processor against the annotation context shipped beside the
tests: nothing is fetched."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.report.model import build_report
from app.report.webanno import write_webanno
from tests.app.report.conftest import Reviewed

STANDARDS = Path(__file__).resolve().parents[3].parent / "shared" / "standards"
SUITE = STANDARDS / "web-annotation-tests" / "definitions"

COLLECTION_MUSTS = (
    "collections.json#/definitions/annotationCollectionTypeValueFound",
    "id.json#/definitions/idValueFound",
    "collections.json#/definitions/labelDefinition",
    "collections.json#/definitions/totalDefinition",
    "collections.json#/definitions/firstValidIfPresent",
)
PAGE_MUSTS = (
    "collections.json#/definitions/annotationPageTypeValueFound",
    "id.json#/definitions/idValueFound",  # an AnnotationPage MUST have an IRI
    "collections.json#/definitions/partOfValidIfPresent",
    "collections.json#/definitions/startIndexDefinition",
    "collections.json#/definitions/itemsFound",
)
ANNOTATION_MUSTS = (
    "annotations.json#/definitions/annotationTypeValueFound",
    "id.json#/definitions/idValueFound",
    "annotations.json#/definitions/motivationRecognizedIfPresent",
    "annotations.json#/definitions/bodyValueValidIfPresent",
)
TARGET_MUST = "bodyTarget.json#/definitions/targetResourcesFound"  # each target's value


def _validator(ref: str) -> Any:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema checks the schemas")
    referencing = pytest.importorskip("referencing", reason="the suite's schemas refer across")
    if not SUITE.exists():
        pytest.skip(f"the W3C test suite's schemas are not beside the project ({SUITE})")
    from referencing.jsonschema import DRAFT4

    resources = [
        (path.name, DRAFT4.create_resource(json.loads(path.read_text("utf-8"))))
        for path in SUITE.glob("*.json")
    ]
    registry = referencing.Registry().with_resources(resources)
    return jsonschema.Draft4Validator({"$ref": ref}, registry=registry)


def _errors(ref: str, instance: object) -> list[str]:
    return [e.message for e in _validator(ref).iter_errors(instance)]


def _context_found(value: object, where: str) -> bool:
    """The suite's context test: the value is the annotation context, or an array holding it."""
    return not _errors(f"{where}#/definitions/contextValueFound", value) or not _errors(
        f"{where}#/definitions/contextValueInArrayFound", value
    )


def _link_two_sentences(reviewed: Reviewed, history: Any) -> None:
    """A reviewer's correction: the Shoigu sentences of two outlets put in one passage."""
    from app.review.passage_edits import edit_passages
    from app.review.records import FactRef

    refs = []
    for words in ("ويحضر وزير الدفاع الروسي", "وتزايدت التكهنات حول تعاونهما"):
        host = next(a for a in reviewed.articles if words in a.text)
        start = host.text.index(words)
        refs.append(FactRef(host.summary.id, start, host.text.index(".", start) + 1))
    edit_passages(history, reviewed.collection_id, "link", refs[0], refs[1])


def _mark_one_checked(reviewed: Reviewed, history: Any) -> None:
    """The walk's Nothing to Link Here on one sentence."""
    from app.review.passage_edits import mark_checked
    from app.review.records import FactRef

    words = "وتزايدت التكهنات حول تعاونهما"
    host = next(a for a in reviewed.articles if words in a.text)
    start = host.text.index(words)
    mark_checked(
        history,
        reviewed.collection_id,
        FactRef(host.summary.id, start, host.text.index(".", start) + 1),
    )


def test_the_collection_its_page_and_every_annotation_pass_the_w3c_musts(
    reviewed: Reviewed,
) -> None:
    from app.review.history import History
    from app.review.notes import add_note

    history = History(reviewed.workspace.sessions, reviewer="سارة")
    add_note(history, "article", reviewed.quote_article, "مصدر رسمي")
    _link_two_sentences(reviewed, history)
    _mark_one_checked(reviewed, history)
    collection = json.loads(
        write_webanno(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    )
    assert _context_found(collection["@context"], "collections.json")
    for ref in COLLECTION_MUSTS:
        assert not _errors(ref, collection), ref
    page = collection["first"]
    for ref in PAGE_MUSTS:
        assert not _errors(ref, page), ref
    items = page["items"]
    assert {i["motivation"] for i in items} >= {"tagging", "commenting", "assessing", "linking"}
    edits = [i for i in items if ":passage-edit:" in i["id"]]
    read = [i for i in edits if "found nothing to link" in json.dumps(i["body"])]
    assert len(read) == 1 and read[0]["motivation"] == "assessing"  # the walk's mark
    assert len(read[0]["target"]) == 1
    facts = [i for i in items if ":fact:" in i["id"]]  # the Facts table's rows
    assert any("2" in json.dumps(f["body"], ensure_ascii=False) for f in facts)
    for item in items:
        assert _context_found(collection["@context"], "annotations.json")
        for ref in ANNOTATION_MUSTS:
            assert not _errors(ref, {"@context": collection["@context"], **item}), (ref, item)
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            assert not _errors(TARGET_MUST, target), target
            described = target.get("source", target)
            assert isinstance(described, dict) and described["id"] and described["type"]
            for selector in target.get("selector", []) if isinstance(target, dict) else []:
                if selector["type"] == "TextQuoteSelector":  # verdicts' too
                    assert "prefix" in selector and "suffix" in selector


def test_the_export_expands_as_json_ld_against_the_shipped_context(reviewed: Reviewed) -> None:
    pyld = pytest.importorskip("pyld", reason="a JSON-LD processor expands the export")
    context_file = STANDARDS / "anno.jsonld"
    if not context_file.exists():
        pytest.skip(f"the annotation context is not beside the project ({context_file})")
    context = json.loads(context_file.read_text("utf-8"))

    def loader(url: str, _options: object = None) -> dict[str, object]:
        if url.rstrip("/") in (
            "http://www.w3.org/ns/anno.jsonld",
            "https://www.w3.org/ns/anno.jsonld",
        ):
            return {"contextUrl": None, "documentUrl": url, "document": context}
        raise AssertionError(f"nothing may be fetched: {url}")

    collection = json.loads(
        write_webanno(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    )
    expanded = pyld.jsonld.expand(collection, {"documentLoader": loader})
    (root,) = expanded
    # the context maps AnnotationCollection onto Activity Streams' OrderedCollection
    assert root["@type"] == ["http://www.w3.org/ns/activitystreams#OrderedCollection"]
    text = json.dumps(expanded, ensure_ascii=False)
    assert "http://www.w3.org/ns/oa#hasTarget" in text and "TextQuoteSelector" in text
