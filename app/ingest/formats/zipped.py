"""Zip-based documents (.docx, .odt, .epub) read with a bound.

A small file can inflate to gigabytes (a "zip bomb": 1.5 MB of .docx became 1.5 GB of XML and
3.2 GB of memory). Sizes are checked before anything is inflated, from the archive's own
directory, and every member is read with a limit, because that directory can lie.
XML is parsed by the standard library's expat, which refuses entity expansion bombs (expat 2.4
and later) and never fetches external entities.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from xml.etree import ElementTree as ET

from app.ingest.formats.problems import FileProblem
from app.messages import Message, T

MAX_MEMBER = 32 * 1024 * 1024  # bytes of one inflated part: a novel is a few megabytes
MAX_TOTAL = 96 * 1024 * 1024  # bytes inflated from one file in all
MAX_MEMBERS = 5000


class TooBig(FileProblem):
    """The archive would inflate past the limits."""


def too_big() -> TooBig:
    template = T(
        "core",
        "the file would unpack to over {limit} MB (a damaged or booby-trapped archive); "
        "it was not unpacked",
    )
    return TooBig(Message(template, limit=MAX_TOTAL // 1_048_576))


class BoundedZip:
    """A zip archive whose members are read within the limits."""

    def __init__(self, data: bytes) -> None:
        self.archive = zipfile.ZipFile(BytesIO(data))  # raises zipfile.BadZipFile
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL:
            raise too_big()
        self.names = {i.filename for i in infos}
        self.read_so_far = 0

    def read(self, name: str) -> bytes:
        """One member's bytes; KeyError when there is none, TooBig past the limits."""
        info = self.archive.getinfo(name)
        if info.file_size > MAX_MEMBER:
            raise too_big()
        with self.archive.open(info) as member:
            data = member.read(MAX_MEMBER + 1)
        self.read_so_far += len(data)
        if len(data) > MAX_MEMBER or self.read_so_far > MAX_TOTAL:
            raise too_big()
        return data

    def xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.read(name))

    def close(self) -> None:
        self.archive.close()
