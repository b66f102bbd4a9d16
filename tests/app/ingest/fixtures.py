"""Files of every format, built by the tests from invented texts (nothing downloaded)."""

from __future__ import annotations

import zipfile
from pathlib import Path

PARAGRAPHS = [
    "أعلنت السلطات المحلية ارتفاع عدد المصابين في حادث انهيار الجسر إلى أربعين شخصا.",
    "وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.",
    "وأضاف أن السلطات فتحت تحقيقا في أسباب الحادث الذي وقع صباح الثلاثاء (بحسب شهود).",
]
TEXT = "\n".join(PARAGRAPHS)


def odt(path: Path, paragraphs: list[str] = PARAGRAPHS, title: str = "انهيار الجسر") -> Path:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr(
            "content.xml",
            f"<office:document-content {ns}><office:body><office:text>"
            f"<text:h>{title}</text:h>{body}</office:text></office:body>"
            "</office:document-content>",
        )
        z.writestr(
            "meta.xml",
            f"<office:document-meta {ns}><office:meta><dc:title>{title}</dc:title>"
            "<dc:creator>سلمى</dc:creator><dc:date>2024-03-05T10:00:00</dc:date>"
            "</office:meta></office:document-meta>",
        )
    return path


def epub(path: Path, chapters: list[list[str]], publisher: str = "") -> Path:
    items, spine = [], []
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
            '<rootfiles><rootfile full-path="OEBPS/book.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        z.writestr(
            "OEBPS/nav.xhtml",
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><nav><ol><li>فهرس</li></ol>'
            "</nav></body></html>",
        )
        items.append('<item id="nav" href="nav.xhtml" properties="nav" '
                     'media-type="application/xhtml+xml"/>')  # fmt: skip
        spine.append('<itemref idref="nav"/>')
        for n, chapter in enumerate(chapters):
            paras = "".join(f"<p>{p}</p>" for p in chapter[1:])
            z.writestr(
                f"OEBPS/ch{n}.xhtml",
                '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl"><body>'
                f"<h1>{chapter[0]}</h1>{paras}</body></html>",
            )
            items.append(f'<item id="c{n}" href="ch{n}.xhtml" media-type="application/xhtml+xml"/>')
            spine.append(f'<itemref idref="c{n}"/>')
        z.writestr(
            "OEBPS/book.opf",
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>كتاب الأخبار'
            f"</dc:title><dc:publisher>{publisher}</dc:publisher><dc:date>2024-01-02</dc:date>"
            f"</metadata><manifest>{''.join(items)}</manifest><spine>{''.join(spine)}</spine>"
            "</package>",
        )
    return path


def eml(sender: str, subject: str, html_body: str, charset: str = "utf-8") -> bytes:
    head = (
        f"From: {sender}\nTo: desk@example.org\nSubject: =?utf-8?b?"
        + __import__("base64").b64encode(subject.encode()).decode()
        + "?=\nDate: Tue, 05 Mar 2024 08:30:00 +0300\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
    )
    plain = "--b1\nContent-Type: text/plain; charset=utf-8\n\n(an HTML newsletter)\n"
    html_part = (
        (
            f"--b1\nContent-Type: text/html; charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
        ).encode()
        + html_body.encode(charset)
        + b"\n--b1--\n"
    )
    return head.encode() + plain.encode() + html_part


def article_html(paragraphs: list[str], title: str = "عنوان الخبر", site: str = "") -> str:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "<nav><a href='/'>الرئيسية</a> <a href='/w'>العالم</a></nav>"
    return (
        f"<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title>{meta}"
        f"</head><body>{menu}<article><h1>{title}</h1>{body}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
