"""The interface language: Qt Linguist translations, and the mirrored layout for Arabic.

Sources are ``resources/translations/tabayun_<lang>.ts`` (edit them with Qt Linguist); the
compiled ``.qm`` beside them is what the program loads. After changing interface strings:

    uv run python -m ui.translations      # lupdate (keeps translations) + lrelease

The language follows the system's locale unless Preferences says otherwise; Arabic mirrors the
whole interface (right to left). Qt's own dialogs (file pickers, standard buttons) use Qt's
translations of the same language where the Qt build ships them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.messages import Message, english_counts
from app.resources import resources_dir
from app.text.bidi import isolate

LANGUAGES = {"en": "English", "ar": "العربية"}  # each in its own language
RIGHT_TO_LEFT = frozenset({"ar"})
_installed: list[QTranslator] = []
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_eastern = False  # the interface writes its own numbers in Eastern digits (apply_language)


def number_text(value: int | float | str) -> str:
    """A number Tabayun writes itself, in the interface's digits (the locale's grouping)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
    else:
        text = QLocale().toString(value)
    return text.translate(_EASTERN) if _eastern else text


def fill(template: str, *values: object) -> str:
    """``template``'s %1, %2, … replaced by ``values``, each in a bidi isolate: a file name, an
    outlet or a number keeps its own order inside an Arabic sentence, and the reverse. A
    number (int, float) is written in the interface's digits."""
    for number, value in enumerate(values, start=1):
        shown = number_text(value) if isinstance(value, int | float) else value
        template = template.replace(f"%{number}", isolate(shown))
    return template


class _Translator(QTranslator):
    """The .qm file's translation, with every count («%n مقالات») written by the locale
    («%Ln»), so Eastern digits reach the plurals too."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found:
            # nothing here: a null answer lets Qt ask the next translator ("" would be taken
            # as the translation: «Ctrl+Shift+D» lost its «+»)
            return None  # type: ignore[return-value]
        return found.replace("%n", "%Ln") if _eastern else found


def translate_message(message: Message) -> str:
    """A core message in the interface's language, each field in a bidi isolate."""
    # English counts say one or many («{count} article(s)»; a translation has no «(s)»)
    template = english_counts(QCoreApplication.translate("core", message.template), message.values)
    values = {
        k: isolate(number_text(v) if isinstance(v, int | float) else text_of(v))
        for k, v in message.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field: English
        return str(message)


def text_of(value: object) -> str:
    """A core message translated, or anything else as text."""
    return translate_message(value) if isinstance(value, Message) else str(value)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve_language(setting: str) -> str:
    """``setting`` ("system", "en", "ar") as a language Tabayun has."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().language()
    return "ar" if system == QLocale.Language.Arabic else "en"


def wants_eastern(language: str, digits: str, system: QLocale | None = None) -> bool:
    """Whether the Arabic interface writes Eastern digits: chosen, or the system's own."""
    if language != "ar" or digits == "western":
        return False
    system = system if system is not None else QLocale.system()
    return digits == "eastern" or (
        system.language() == QLocale.Language.Arabic and system.zeroDigit() == "٠"
    )


def _locale(language: str, system: QLocale | None = None, eastern: bool = False) -> QLocale:
    """The system's own locale when it is in ``language`` (its month names), else a plain one,
    with one style of digits throughout: Western (0–9), or Eastern (٠–٩) when ``eastern``. An
    Arabic system locale with Eastern digits (ar_EG, ar_SA) once gave «٣٤٦ كلمة» beside
    «5 مقالات»: every count Tabayun writes follows the same choice now."""
    system = system if system is not None else QLocale.system()
    if language == "ar":
        arabic = system.language() == QLocale.Language.Arabic
        if eastern:
            return system if arabic and system.zeroDigit() == "٠" else QLocale("ar_EG")
        return system if arabic and system.zeroDigit() == "0" else QLocale("ar_AE")
    return system if system.language() == QLocale.Language.English else QLocale("en_US")


def apply_language(setting: str, digits: str = "system") -> str:
    """Install the translators for ``setting`` and set the layout direction; returns the
    language now in use. ``digits``: the Arabic interface's ("system", "western", "eastern").
    Call before widgets are made: they read their strings once."""
    global _eastern
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    _eastern = wants_eastern(language, digits)
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    paths = [translations_dir() / f"tabayun_{language}.qm"]  # English: its plural forms only
    if language != "en":
        paths.append(qt_translations / f"qtbase_{language}.qm")
    for path in paths:
        translator = _Translator(app) if path.parent == translations_dir() else QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    # dates and numbers in the interface's language and digits
    QLocale.setDefault(_locale(language, eastern=_eastern))
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    QGuiApplication.setLayoutDirection(direction)
    return language


def sources() -> list[Path]:
    """The interface's modules and the core's (whose messages are marked with ``T``)."""
    ui = Path(__file__).resolve().parent
    core = ui.parent / "app"
    return sorted(
        p for root in (ui, core) for p in root.rglob("*.py") if "__pycache__" not in p.parts
    )


LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=T"]


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


# English needs a file only for its counts: «1 article», «%n articles» (``lupdate -pluralonly``)
LANGUAGE_FILES = ("ar", "en")


def compile_translations(languages: tuple[str, ...] = LANGUAGE_FILES) -> None:
    """The .qm files from the .ts sources (lrelease): what packaging runs."""
    for language in languages:
        ts = translations_dir() / f"tabayun_{language}.ts"
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def update(languages: tuple[str, ...] = LANGUAGE_FILES) -> None:
    """Refresh the .ts files from the sources (kept translations stay) and compile them. The
    English file holds the strings with a count only; its forms are filled in from the source
    («%n article(s)» → «%n article», «%n articles»), so it needs no hand work."""
    files = [str(p) for p in sources()]
    for language in languages:
        ts = translations_dir() / f"tabayun_{language}.ts"
        only = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [_tool("lupdate"), *LUPDATE_OPTIONS, *only, *files, "-no-obsolete", "-ts", str(ts)],
            check=True,
        )
        if language == "en":
            english_plurals(ts)
    compile_translations(languages)


# the singular: the noun's ending and the verb that agrees with it («the 1 open article» says
# no number)
_SINGULAR = (
    ("The %n open article(s)", "The open article"),
    ("the %n chosen article(s)", "the chosen article"),
    ("(s) are not web addresses", " is not a web address"),
    ("(s) were", " was"),
    ("(es)", ""),
    ("story(ies)", "story"),
    ("(s)", ""),
)
_PLURAL = (("(es)", "es"), ("story(ies)", "stories"), ("(s)", "s"))


def english_forms(source: str) -> tuple[str, str]:
    """«%n file(s) were not read:» → («%n file was not read:», «%n files were not read:»)."""
    one, many = source, source
    for written, singular in _SINGULAR:
        one = one.replace(written, singular)
    for written, plural in _PLURAL:
        many = many.replace(written, plural)
    return one, many


def english_plurals(ts: Path) -> None:
    """Fill in every count's two English forms in ``ts`` from its source."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    update()
