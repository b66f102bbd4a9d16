"""The table of outlets and news agencies Tabayun knows: names in Arabic and Latin script,
aliases, web domains and social handles.

Shipped in ``resources/outlets/outlets.json``; a reviewer adds or corrects entries in
``outlets.json`` in the data folder (same form; its entries come first, and an entry with the
same name replaces the shipped one). Names are looked up on the normalised copy (alef forms,
taa marbuta, marks folded; Latin in lower case), so «سكاي نيوز عربيه» finds «سكاي نيوز عربية».
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from app.resources import resources_dir
from app.text.normalize import fold

USER_TABLE = "outlets.json"


@dataclass(frozen=True)
class Outlet:
    name: str  # the name Tabayun shows (Arabic for Arabic outlets)
    latin: str = ""
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # "bbc.com/arabic": a domain with a path prefix
    handles: tuple[str, ...] = ()  # social media handles without "@"
    kind: str = "outlet"  # outlet, agency (attribution in running text), aggregator
    common_words: tuple[str, ...] = ()  # names that are also ordinary words or places

    @property
    def is_agency(self) -> bool:
        return self.kind == "agency"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.latin, *self.aliases) if n)


def _key(name: str) -> str:
    """The lookup form of a name: folded, punctuation and spacing made uniform."""
    folded = fold(name).replace("ـ", "")
    return " ".join(re.findall(r"[^\W_]+", folded))


class OutletTable:
    """Known outlets, looked up by name, alias, domain or handle."""

    def __init__(self, outlets: Sequence[Outlet]) -> None:
        self.outlets = tuple(outlets)
        self._by_key: dict[str, Outlet] = {}
        self._common: set[str] = set()
        self._by_handle: dict[str, Outlet] = {}
        self._domains: list[tuple[str, str, Outlet]] = []  # host, path prefix, outlet
        for outlet in self.outlets:
            for name in outlet.names:
                self._by_key.setdefault(_key(name), outlet)
            self._common.update(_key(n) for n in outlet.common_words)
            for handle in outlet.handles:
                self._by_handle.setdefault(handle.lower(), outlet)
            for domain in outlet.domains:
                host, _, path = domain.lower().partition("/")
                self._domains.append((host, "/" + path if path else "", outlet))
        # Longest domains and paths first: bbc.com/arabic before bbc.com.
        self._domains.sort(key=lambda item: (len(item[0]), len(item[1])), reverse=True)

    def __len__(self) -> int:
        return len(self.outlets)

    def lookup(self, name: str) -> Outlet | None:
        """The outlet called ``name`` (by any of its names), or None."""
        key = _key(name)
        if not key:
            return None
        return self._by_key.get(key)

    def is_common_word(self, name: str) -> bool:
        """``name`` is also an ordinary word or a place (الشرق, اليوم, الرياض)."""
        return _key(name) in self._common

    def by_address(self, url: str) -> Outlet | None:
        """The outlet whose site ``url`` is on (www. and subdomains count; paths decide
        between sections of one site, such as bbc.com/arabic)."""
        try:
            parts = urlsplit(url if "//" in url else "//" + url)
        except ValueError:
            return None
        host = (parts.hostname or "").lower().removeprefix("www.")
        path = parts.path.lower()
        for domain, prefix, outlet in self._domains:
            if (host == domain or host.endswith("." + domain)) and path.startswith(prefix):
                return outlet
        return None

    def by_handle(self, handle: str) -> Outlet | None:
        return self._by_handle.get(handle.lstrip("@").lower())

    def canonical(self, name: str) -> str:
        """The table's name for ``name`` when it knows it, else ``name`` as given."""
        found = self.lookup(name)
        return found.name if found else name.strip()

    def domains(self) -> Iterable[str]:
        return (domain for domain, _prefix, _outlet in self._domains)


def _outlet(entry: dict[str, object]) -> Outlet:
    def strings(key: str) -> tuple[str, ...]:
        value = entry.get(key) or ()
        if isinstance(value, str):
            return (value,)
        return tuple(str(v) for v in value if v) if isinstance(value, list) else ()

    name = str(entry.get("name") or "").strip()
    if not name:
        raise ValueError("every outlet needs a name")
    return Outlet(
        name=name,
        latin=str(entry.get("latin") or ""),
        aliases=strings("aliases"),
        domains=strings("domains"),
        handles=strings("handles"),
        kind=str(entry.get("kind") or "outlet"),
        common_words=strings("common_words"),
    )


def read_table_file(path: Path) -> list[Outlet]:
    """The outlets in one table file. Raises ValueError with a plain reason."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name} cannot be read ({exc})") from exc
    entries = document.get("outlets") if isinstance(document, dict) else document
    if not isinstance(entries, list):
        raise ValueError(f"{path.name} should hold a list of outlets")
    return [_outlet(e) for e in entries if isinstance(e, dict)]


@lru_cache(maxsize=8)
def load_table(user_file: Path | None = None) -> OutletTable:
    """The shipped table with the reviewer's ``user_file`` entries first (if it exists).

    A damaged user file is left out (the shipped table still works); see ``user_table_problem``.
    """
    shipped = read_table_file(resources_dir() / "outlets" / "outlets.json")
    own: list[Outlet] = []
    if user_file is not None and user_file.is_file():
        try:
            own = read_table_file(user_file)
        except ValueError:
            own = []
    names = {o.name for o in own}
    return OutletTable([*own, *(o for o in shipped if o.name not in names)])


def user_table_problem(user_file: Path) -> str | None:
    """Why the reviewer's outlet table cannot be used, or None."""
    if not user_file.is_file():
        return None
    try:
        read_table_file(user_file)
    except ValueError as exc:
        return str(exc)
    return None
