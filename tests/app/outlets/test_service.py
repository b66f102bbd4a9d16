"""The reviewer names, renames and merges outlets; every change undoes and redoes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.library.queries import list_articles
from app.outlets.service import (
    OutletError,
    list_outlets,
    merge_outlets,
    rename_outlet,
    set_outlet,
    unnamed_count,
)
from app.review.history import History
from app.workspace import Workspace
from db.models import Article, ChangeLogEntry


def _outlets(ws: Workspace) -> dict[str, str | None]:
    return {a.original_filename[:3]: a.outlet for a in list_articles(ws.sessions, 1)}  # type: ignore[index]


def test_naming_many_articles_at_once_and_undo(workspace: Workspace) -> None:
    history = History(workspace.sessions, reviewer="مها")
    ids = [a.id for a in list_articles(workspace.sessions, 1)][:3]
    assert unnamed_count(workspace.sessions, 1) == 4  # only the Sky News seed names itself
    assert set_outlet(history, ids, "الشرق الأوسط") == 3
    assert [v for k, v in sorted(_outlets(workspace).items())][:3] == ["الشرق الأوسط"] * 3
    with workspace.sessions() as s:
        origins = set(s.scalars(select(Article.outlet_origin).where(Article.id.in_(ids))))
    assert origins == {"reviewer"}
    assert unnamed_count(workspace.sessions, 1) == 1
    history.undo()
    assert unnamed_count(workspace.sessions, 1) == 4
    history.redo()
    assert unnamed_count(workspace.sessions, 1) == 1
    assert str(history.done[-1].label) == "Outlet of 3 articles: «الشرق الأوسط»"


def test_rename_keeps_the_old_name_as_an_alias(workspace: Workspace) -> None:
    history = History(workspace.sessions, reviewer="مها")
    (sky,) = [o for o in list_outlets(workspace.sessions) if o.name == "سكاي نيوز عربية"]
    rename_outlet(history, sky.id, "Sky News Arabia")
    (renamed,) = [o for o in list_outlets(workspace.sessions) if o.id == sky.id]
    assert (renamed.name, renamed.aliases) == ("Sky News Arabia", ("سكاي نيوز عربية",))
    history.undo()
    (back,) = [o for o in list_outlets(workspace.sessions) if o.id == sky.id]
    assert (back.name, back.aliases) == ("سكاي نيوز عربية", ())


def test_merge_moves_articles_and_names_and_undoes(workspace: Workspace) -> None:
    history = History(workspace.sessions, reviewer="مها")
    ids = [a.id for a in list_articles(workspace.sessions, 1)]
    set_outlet(history, ids[:2], "بي بي سي")
    set_outlet(history, ids[2:3], "BBC Arabic")
    outlets = {o.name: o for o in list_outlets(workspace.sessions)}
    moved = merge_outlets(history, [outlets["BBC Arabic"].id], outlets["بي بي سي"].id)
    assert moved == 1
    merged = {o.name: o for o in list_outlets(workspace.sessions, 1)}
    assert "BBC Arabic" not in merged
    assert (merged["بي بي سي"].articles, merged["بي بي سي"].aliases) == (3, ("BBC Arabic",))
    # the alias now finds the merged outlet: naming by it files under «بي بي سي»
    set_outlet(history, ids[3:4], "BBC Arabic")
    assert {o.name: o.articles for o in list_outlets(workspace.sessions, 1)}["بي بي سي"] == 4
    history.undo()
    history.undo()
    names = {o.name: o.articles for o in list_outlets(workspace.sessions, 1)}
    assert (names["بي بي سي"], names["BBC Arabic"]) == (2, 1)
    with workspace.sessions() as s:
        actions = list(s.scalars(select(ChangeLogEntry.action)))
    assert "outlet.merge" in actions and "undo:outlet.merge" in actions


def test_a_taken_name_is_refused_with_a_way_out(workspace: Workspace) -> None:
    history = History(workspace.sessions, reviewer="مها")
    ids = [a.id for a in list_articles(workspace.sessions, 1)]
    set_outlet(history, ids[:1], "الحرة")
    outlets = {o.name: o.id for o in list_outlets(workspace.sessions)}
    with pytest.raises(OutletError, match="merge the two outlets instead"):
        rename_outlet(history, outlets["الحرة"], "سكاي نيوز عربية")
    with pytest.raises(OutletError, match="at most 200"):
        set_outlet(history, ids[:1], "س" * 201)
