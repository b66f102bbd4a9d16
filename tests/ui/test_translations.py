"""The Arabic interface: every string translated, no placeholder dropped, the compiled file up to
date, and the running window in Arabic and mirrored, with no English left on its surfaces."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStatusBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from ui.translations import LUPDATE_OPTIONS, sources, translations_dir

TS = translations_dir() / "tabayun_ar.ts"
QM = translations_dir() / "tabayun_ar.qm"
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")
TOOLS = Path(sys.executable).parent


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 250
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        wanted = set(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == 6 and all(forms), (context, source)  # Arabic has six forms
            for form in forms:  # %n may go where Arabic says the number in words (one, two)
                assert wanted - {"%n"} <= set(PLACEHOLDER.findall(form)), (source, form)
            assert any("%n" in form for form in forms) or "%n" not in wanted, source
        else:
            assert translation.text, (context, source)
            assert set(PLACEHOLDER.findall(translation.text)) == wanted, (source, translation.text)
            if "&" in source.replace("&&", ""):
                assert "&" in translation.text, (source, translation.text)  # keyboard access


def test_the_sources_hold_no_string_the_translation_file_lacks(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    result = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *LUPDATE_OPTIONS, *map(str, sources()), "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, (
        "interface strings changed: run `uv run python -m ui.translations` and translate the "
        f"new ones in {TS.name}\n{result.stdout}"
    )


def test_the_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        capture_output=True,
        check=True,
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run `uv run python -m ui.translations`"


# what may stay Latin on an Arabic screen: names of formats, tools, keys, file names, numbers
ALLOWED = re.compile(
    r"^(HTML|PDF|CSV|JSON|W3C|REFI-QDA|QualCoder|ATLAS\.ti|MAXQDA|NVivo|Ctrl|Shift|Enter|"
    r"Word|OpenDocument|RTF|RSS|Atom|UTF-8|"  # product and format names stay Latin
    r"txt|md|html|docx|json|jsonl|abc|\d+|[0-9a-f_]{8,}|Tester|[A-Z]\w*\+\w+)$"
)


def _english_words(text: str) -> list[str]:
    # tokens with digits or slashes are data (outlet labels from file names, hashes, paths)
    text = re.sub(r"\S*\d\S*|\S*/\S*", " ", text.replace("&", ""))  # and paths
    words = re.findall(r"[A-Za-z][A-Za-z.\-]+", text)
    return [w for w in words if not ALLOWED.match(w)]


def _surfaces(window: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton | QLabel | QGroupBox):
            text = widget.text() if not isinstance(widget, QGroupBox) else widget.title()
            if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
                text = QTextDocumentFragment.fromHtml(text).toPlainText()  # words, not markup
            found.append((name, text))
            found.append((name + ".tip", widget.toolTip()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QDockWidget):
            found.append((name, widget.windowTitle()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header
                columns = 0
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append((name + f".header{column}", str(header or "")))
        if isinstance(widget, QStatusBar):
            found.append((name, widget.currentMessage()))
        if isinstance(widget, QMenu):
            found.append((name, widget.title()))
            for action in widget.actions():
                found.append((name + ">" + action.objectName(), action.text()))
                found.append((name + ">" + action.objectName() + ".tip", action.toolTip()))
    return found


def test_the_window_in_arabic_is_mirrored_and_speaks_arabic(
    qtbot: QtBot,
    open_window,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    from app.settings import load_settings, save_settings

    settings = load_settings(paths.settings_file)
    settings.language, settings.reviewer_name = "ar", "Tester"
    save_settings(paths.settings_file, settings)
    try:
        window = open_window(paths)
        qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
        assert window.context.language == "ar"
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.menuBar().actions()[0].text() == "&ملف"
        seeds = Path(__file__).resolve().parents[2] / "seeds"
        importing = window.library.import_folder(seeds)
        assert importing is not None
        qtbot.waitUntil(
            lambda: importing.task is None and importing.preview is not None, timeout=20000
        )
        dialogs = [importing, window.export_report(), window.open_preferences()]
        left_over = [
            (where, text, words)
            for surface in (window, *dialogs)
            for where, text in _surfaces(surface)
            if (words := _english_words(text))
        ]
        assert left_over == [], left_over[:15]
        assert importing.model.headerData(0, Qt.Orientation.Horizontal) == "الملف"
        for dialog in dialogs:
            dialog.close()
    finally:
        from ui.translations import apply_language

        apply_language("en")  # the next tests' windows are English again


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_language_setting_picks_the_translation(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui.translations import apply_language

    try:
        assert apply_language(language) == language
        text = QCoreApplication.translate("MainWindow", "&File")
        assert text == ("&ملف" if language == "ar" else "&File")
    finally:
        apply_language("en")


def test_names_and_numbers_in_translated_messages_keep_their_order() -> None:
    from bidi import get_display

    from ui.translations import fill

    text = fill("كُتب: %1 (%2 من %3)", "/tmp/report-2.html", 3, 10)
    assert text == "كُتب: \u2068/tmp/report-2.html\u2069 (\u20683\u2069 من \u206810\u2069)"
    shown = get_display(text)  # the visual order a bidi engine gives, isolates respected
    assert "/tmp/report-2.html" in shown  # the path is not turned around inside Arabic


def test_a_core_error_reads_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.messages import Message, T
    from app.review.codebook import CodebookError
    from ui.tasks import error_text
    from ui.translations import apply_language

    error = CodebookError(
        Message(T("core", "There is already a tag named «{name}» there."), name="Claim")
    )
    assert error.message == "There is already a tag named «Claim» there."  # the command line
    try:
        apply_language("ar")
        assert error_text(error) == "يوجد هناك وسم باسم «\u2068Claim\u2069»."
    finally:
        apply_language("en")
    assert error_text(error) == "There is already a tag named «\u2068Claim\u2069» there."


def test_history_labels_read_in_the_interface_language(workspace, qapp) -> None:  # type: ignore[no-untyped-def]
    from app.review.annotations import tag_span
    from app.review.codebook import list_tags
    from app.review.history import History
    from ui.translations import apply_language, text_of

    history = History(workspace.sessions, reviewer="x")
    claim = next(t for t in list_tags(workspace.sessions) if t.name_alt == "Claim")
    tag_span(history, 1, 0, 4, claim.id)
    label = history.done[-1].label
    assert str(label) == "Tag «تعهد» as ادعاء"  # English in the change log and the CLI
    try:
        apply_language("ar")
        assert text_of(label) == "وسم «\u2068تعهد\u2069» بـ\u2068ادعاء\u2069"
    finally:
        apply_language("en")


def test_progress_reads_in_arabic_and_no_core_progress_is_plain_text(  # type: ignore[no-untyped-def]
    paths: AppPaths, tmp_path: Path, qapp
) -> None:
    """The work the window runs in the background (first start with the demo import, an import,
    a comparison, a report) reports progress the Arabic interface shows in Arabic; and no core
    module reports progress as plain (untranslatable) text."""
    import ast

    from app.compare.engine import compare
    from app.ingest.service import import_paths
    from app.library.queries import list_articles, list_collections, load_articles
    from app.report.model import build_report
    from app.tasks import TaskControl
    from app.workspace import open_workspace
    from ui.translations import apply_language, text_of

    heard: list[object] = []
    control = TaskControl(on_progress=lambda _done, _total, what: heard.append(what))
    workspace = open_workspace(paths, control=control)
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "article.txt").write_text("قال الوزير إن الاجتماع انتهى.\n", encoding="utf-8")
        import_paths(workspace.sessions, [folder / "article.txt"], "تجربة", control=control)
        demo = list_collections(workspace.sessions)[0].id
        ids = [a.id for a in list_articles(workspace.sessions, demo)]
        compare(load_articles(workspace.sessions, ids), control=control)
        build_report(workspace.sessions, demo, control=control)
    finally:
        workspace.close()
    messages = {str(m): m for m in heard if str(m)}
    assert len(messages) >= 8, sorted(messages)
    try:
        apply_language("ar")
        for english, message in messages.items():
            shown = re.sub("\u2068[^\u2069]*\u2069", "", text_of(message))  # names, numbers
            assert re.search("[\u0600-\u06ff]", shown), english
            assert not re.search("[A-Za-z]{2,}", shown), (english, shown)
    finally:
        apply_language("en")

    plain = []
    for path in sorted((Path(__file__).parents[2] / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "report"
                and len(node.args) == 3
                and isinstance(node.args[2], ast.Constant | ast.JoinedStr)
            ):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_one_style_of_digits_and_a_count_never_apart_from_its_word(qapp) -> None:  # type: ignore[no-untyped-def]
    """An Arabic system locale with Eastern digits (ar_EG) gave «٣٤٦ كلمة» beside «5 مقالات»:
    the interface writes one style throughout (Western unless Eastern is the system's or the
    reviewer's choice), and a count is joined to its word by a no-break space, so a header
    never wraps between them."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.translations import _locale, apply_language

    assert _locale("ar", QLocale("ar_EG")).zeroDigit() == "0"
    assert _locale("ar", QLocale("ar_MA")).name() == "ar_MA"  # its own, Western digits already
    # the preference: the system's style unless one is chosen; only the Arabic interface
    from ui.translations import wants_eastern

    assert wants_eastern("ar", "system", QLocale("ar_EG"))
    assert not wants_eastern("ar", "system", QLocale("ar_MA"))
    assert not wants_eastern("ar", "western", QLocale("ar_EG"))
    assert wants_eastern("ar", "eastern", QLocale("en_US"))
    assert not wants_eastern("en", "eastern", QLocale("ar_EG"))
    assert _locale("ar", QLocale("ar_MA"), eastern=True).zeroDigit() == "٠"
    try:
        apply_language("ar")
        opened = QCoreApplication.translate("LibraryController", "%n article(s) open", "", 346)
        assert "346\u00a0" in opened and not re.search("[٠-٩]", opened)
        from app.library.records import ArticleSummary
        from ui.models.two_level import article_details

        summary = ArticleSummary(1, 1, "عنوان", "رويترز", None, 346, "ar", "rtl", "a.txt")
        assert article_details(summary)[-1] == "346\u00a0كلمة"
    finally:
        apply_language("en")


def test_eastern_digits_throughout_when_chosen(
    qtbot: QtBot,
    open_window,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    """Preferences → Digits in Arabic: Eastern. Every number the interface writes itself (the
    library's counts and dates, the panes' word counts, the comparison's summary, the status
    bar, the dialogs) is in Eastern digits; the articles' own text, titles and file names keep
    theirs."""
    from PySide6.QtCore import QModelIndex

    from app.settings import load_settings, save_settings

    settings = load_settings(paths.settings_file)
    settings.language, settings.digits, settings.reviewer_name = "ar", "eastern", "Tester"
    save_settings(paths.settings_file, settings)
    try:
        window = open_window(paths)
        qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=30000)
        articles = window.comparison.result.articles  # type: ignore[union-attr]
        data = {a.summary.title for a in articles} | {a.summary.label for a in articles}

        def own(text: str) -> str:
            """The text less what comes from the articles (titles, hashed file names)."""
            for piece in sorted(data, key=len, reverse=True):
                if piece:
                    text = text.replace(piece, " ")
            text = text.replace("1–9", " ")  # the keyboard's keys, as printed on them
            return re.sub(r"\S*[A-Za-z_]\S*", " ", text)

        dialogs = [window.export_report(), window.open_preferences()]
        texts = [t for surface in (window, *dialogs) for t in _surfaces(surface)]
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisibleTo(window):
                continue
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                parent = model.index(row, 0, QModelIndex())
                texts.append((view.objectName(), str(model.data(parent) or "")))
                for child in range(min(model.rowCount(parent), 20)):
                    cell = model.data(model.index(child, 0, parent))
                    texts.append((view.objectName(), str(cell or "")))
        western = [(where, text) for where, text in texts if re.search("[0-9]", own(text))]
        assert western == [], western[:10]
        eastern = [text for _, text in texts if re.search("[٠-٩]", text)]
        assert len(eastern) >= 3, eastern  # counts, word counts, the summary
        for dialog in dialogs:
            dialog.close()
    finally:
        from ui.translations import apply_language

        apply_language("en")


def test_english_counts_say_one_thing_and_many_things() -> None:
    """English has a file too, for its counts only: «1 article», «2 articles», never
    «1 article(s)»; and it is up to date with the sources and compiled."""
    from PySide6.QtCore import QCoreApplication

    from ui.translations import english_forms

    assert english_forms("%n file(s) were not read:") == (
        "%n file was not read:",
        "%n files were not read:",
    )
    assert english_forms("%n story(ies) found") == ("%n story found", "%n stories found")

    def say(n: int) -> str:
        return QCoreApplication.translate("LibraryController", "%n article(s) open", "", n)

    assert (say(1), say(2), say(0)) == ("1 article open", "2 articles open", "0 articles open")
    english = translations_dir() / "tabayun_en.ts"
    root = ET.parse(english).getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(numerus) > 30 and len(numerus) == len(list(root.iter("message")))
    for message in numerus:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and not any("(s)" in f or "(es)" in f for f in forms), forms


def test_the_english_counts_are_compiled_from_every_source(tmp_path: Path) -> None:
    english = translations_dir() / "tabayun_en.ts"
    copy = tmp_path / "check.ts"
    shutil.copy(english, copy)
    result = subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *LUPDATE_OPTIONS,
            "-pluralonly",
            *map(str, sources()),
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.returncode == 0

    def counts(path: Path) -> set[str]:
        return {m.findtext("source") or "" for m in ET.parse(path).getroot().iter("message")}

    assert counts(copy) == counts(english), "run `uv run python -m ui.translations`"
    fresh = tmp_path / "fresh.qm"
    lrelease = [str(TOOLS / "pyside6-lrelease"), str(english), "-qm", str(fresh)]
    subprocess.run(lrelease, check=True, capture_output=True)
    assert fresh.read_bytes() == english.with_suffix(".qm").read_bytes()
