"""A hostile folder, built by the test: every encoding of an Arabic text, stray and cut UTF-8,
NULs, a zip bomb, deep nesting, a link out of the folder, and every format Tabayun reads. The
good texts come back character for character; each bad file is one row with its reason; the
folder imports in one transaction."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from app.ingest.plan import RowStatus
from app.ingest.preview import preview_folder
from app.ingest.service import import_rows
from app.library.queries import load_articles
from app.workspace import Workspace
from tests.app.ingest import fixtures

ARABIC = (
    "أطلقت بيونغ يانغ صاروخين باليستيين، وليس صاروخًا واحدًا، وفق خفر السواحل اليابانيين.\n"
    "وقال المتحدث: «سنتحدث عن كل القضايا» (دون عجالة) في الخامسة والسبعين 75.\n"
)
PLAIN = ARABIC.replace("ً", "").replace("«", '"').replace("»", '"')  # ISO-8859-6 has less


def build(folder: Path, outside: Path) -> dict[str, str]:
    """Write the folder; returns the exact text expected from each good file."""
    expected: dict[str, str] = {}
    for name, encoding, text in [
        ("utf8.txt", "utf-8", ARABIC),
        ("bom.txt", "utf-8-sig", ARABIC),
        ("utf16.txt", "utf-16", ARABIC),
        ("utf16be.txt", None, ARABIC),
        ("utf32.txt", "utf-32", ARABIC),
        ("notepad.txt", "cp1256", ARABIC),
        ("iso.txt", "iso8859-6", PLAIN),
    ]:
        text = f"{text}النسخة {name[:-4]}\n"  # each its own text, not duplicates of one
        data = b"\xfe\xff" + text.encode("utf-16-be") if encoding is None else text.encode(encoding)
        (folder / name).write_bytes(data.replace(b"\n", b"\r\n") if name == "notepad.txt" else data)
        expected[name] = text
    good = ARABIC.encode()
    cut = good.index("صاروخين".encode())
    (folder / "stray.txt").write_bytes(good[:cut] + b"\xff" + good[cut:])
    (folder / "cut.txt").write_bytes(good[: good.index("السبعين".encode()) + 3])  # in a letter
    (folder / "nul.txt").write_bytes(good[:cut] + b"\x00\x00" + good[cut:])
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    (folder / "deep.html").write_text(
        "<html><body>" + "<div>" * 50_000 + "نص" + "</div>" * 50_000 + "</body></html>", "utf-8"
    )
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"<w>" + b" " * (100 * 1024 * 1024) + b"</w>")
    (outside / "secret.txt").write_text("سر خارج المجلد لا يُقرأ إلا إذا طُلب.", "utf-8")
    os.symlink(outside / "secret.txt", folder / "link.txt")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    # every other format, with its text
    fixtures.odt(folder / "doc.odt")
    expected["doc.odt"] = "انهيار الجسر\n" + fixtures.TEXT
    fixtures.epub(folder / "book.epub", [["الفصل الأول", *fixtures.PARAGRAPHS]])
    expected["book.epub #1"] = "الفصل الأول\n" + fixtures.TEXT
    (folder / "mail.eml").write_bytes(
        fixtures.eml("x@alarabiya.net", "خبر", fixtures.article_html(fixtures.PARAGRAPHS))
    )
    (folder / "records.jsonl").write_text(
        "\n".join(json.dumps({"text": p, "source": "العربية"}, ensure_ascii=False)
                  for p in fixtures.PARAGRAPHS),
        "utf-8",
    )  # fmt: skip
    for n, paragraph in enumerate(fixtures.PARAGRAPHS):
        expected[f"records.jsonl #{n + 1}"] = paragraph
    return expected


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder, outside = tmp_path / "مجلد", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    return folder, build(folder, outside)


def test_good_texts_exactly_bad_files_one_row_each(
    hostile: tuple[Path, dict[str, str]], empty_workspace: Workspace
) -> None:
    folder, expected = hostile
    preview = preview_folder(empty_workspace.sessions, folder)
    rows = {r.label: r for r in preview.rows}
    for label, text in expected.items():
        assert rows[label].status in (RowStatus.NEW, RowStatus.NEAR_DUPLICATE), label
        assert rows[label].text == text, label
    reasons = {label: str(r.reason) for label, r in rows.items() if r.failed}
    assert "not valid UTF-8 (1 in all" in reasons["stray.txt"]
    assert "last character is cut off" in reasons["cut.txt"]
    assert "NUL bytes" in reasons["nul.txt"] and "2 in all" in reasons["nul.txt"]
    assert "nested too deeply" in reasons["deep.json"]
    assert "unpack to over" in reasons["bomb.docx"]
    assert "outside the chosen folder" in reasons["link.txt"]
    assert "PNG image" in reasons["picture.png"] or "png" in reasons["picture.png"]
    assert "old Office document" in reasons["old.doc"] or ".doc" in reasons["old.doc"]
    assert rows["deep.html"].status in (RowStatus.NEW, RowStatus.ERROR)  # read or refused, alone
    assert rows["mail.eml"].outlet == "العربية"
    assert preview.count(RowStatus.REFUSED) >= 3  # the link, the picture, the old .doc

    report = import_rows(empty_workspace.sessions, preview.rows, collection_name="عدائي")
    stored = {a.summary.original_filename: a.text for a in load_articles(
        empty_workspace.sessions, [o.article_id for o in report.outcomes if o.article_id]
    )}  # fmt: skip
    for label, text in expected.items():
        assert stored[label] == text, label
    assert "secret" not in "".join(stored)


def test_the_reviewer_chooses_for_the_damaged_files(
    hostile: tuple[Path, dict[str, str]], empty_workspace: Workspace
) -> None:
    folder, _ = hostile
    preview = preview_folder(
        empty_workspace.sessions,
        folder,
        follow_links=True,
        encodings={folder / "stray.txt": "utf-8:replace", folder / "nul.txt": "utf-8:replace"},
    )
    rows = {r.label: r for r in preview.rows}
    assert rows["stray.txt"].text.count("\ufffd") == 1
    assert (
        rows["stray.txt"].text.replace("\ufffd", "") == ARABIC.rstrip("\n")
        or rows["stray.txt"].text.replace("\ufffd", "") == ARABIC
    )
    assert rows["nul.txt"].text.count("\ufffd") == 2
    assert rows["link.txt"].status is RowStatus.NEW  # asked for: followed
    assert rows["link.txt"].text.startswith("سر خارج المجلد")
