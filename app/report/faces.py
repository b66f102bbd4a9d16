"""The Arabic faces that ship with Tabayun, as files and inside the HTML report.

Noto Sans Arabic and Amiri come from PyPI as dependencies (fontpkg-noto-sans-arabic,
fontpkg-amiri: the font files unmodified, under the OFL). The window registers them with Qt
(``ui/fonts.py``) and the PDF embeds what it uses; the HTML report carries Noto Sans Arabic
inside it, cut down to the characters the report uses with their OpenType layout kept
(fontTools' subsetter), so that a reader on any system sees the Arabic the window and the PDF
show. Measured on the demo report: 128 characters, a 92 KB WOFF file, made in 0.26 s.
"""

from __future__ import annotations

import base64
import io
from importlib.util import find_spec
from pathlib import Path

SHIPPED = ("fontpkg_noto_sans_arabic", "fontpkg_amiri")
HTML_FAMILY = "Noto Sans Arabic"


def shipped_font_files(packages: tuple[str, ...] = SHIPPED) -> list[Path]:
    """The font files of the packaged faces (none when a package is missing)."""
    files: list[Path] = []
    for module in packages:
        spec = find_spec(module)
        if spec is None or spec.origin is None:
            continue
        files += sorted((Path(spec.origin).parent / "files").glob("*.ttf"))
    return files


def subset_face(text: str) -> bytes:
    """Noto Sans Arabic as a WOFF file that holds the glyphs ``text`` needs (all weights: the
    variable font's axes are kept), or b"" where the font or fontTools is missing."""
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        return b""
    files = shipped_font_files(("fontpkg_noto_sans_arabic",))
    if not files:
        return b""
    options = subset.Options()
    options.layout_features = ["*"]  # joining forms, ligatures, mark positioning
    options.name_IDs = ["*"]  # the licence and the names stay with the font
    options.notdef_outline = True
    font = TTFont(str(files[0]))
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text))))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return out.getvalue()


def embedded_face_css(text: str) -> str:
    """An ``@font-face`` rule that brings the shipped face, cut to ``text``, inside the page."""
    data = subset_face(text)
    if not data:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'@font-face {{ font-family: "{HTML_FAMILY}"; font-weight: 100 900; '
        f'src: url(data:font/woff;base64,{encoded}) format("woff"); }}\n'
    )
