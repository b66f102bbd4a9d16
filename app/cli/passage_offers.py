"""``tabayun passages offers|check``: what the comparison was not sure of, as the Passage panel
offers it, each close sentence with the ``tabayun passages link`` command that takes it (for
the same library, shell-quoted in logical order, never reshaped, so it can be copied as it is).
"""

from __future__ import annotations

import argparse
import json
import shlex
from typing import Any

from app.cli.sentences import Spanned, named_sentence
from app.cli.terminal import escaped, for_terminal
from app.compare.passages import link_partner, linked_outside, passage_mate
from app.paths import AppPaths


def offers(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    """The sentence's passage and the three closest passages or sentences outside it."""
    reading = _Reading(paths, args, open_workspace)
    chosen = named_sentence(
        [Spanned(s.article, s.start, s.end, s.text, False) for s in reading.segments],
        args.sentence,
    )
    mine = next(
        s for s in reading.segments if (s.article, s.start) == (chosen.article_id, chosen.start)
    )
    if args.json:
        print(json.dumps(reading.as_json(mine), ensure_ascii=False, indent=2))
        return 0
    reading.print(mine)
    return 0


def check(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    """Every sentence or passage to check (``app.compare.unsure``), in walking order (the
    articles in the order the window opens them), each with its close sentences; those the
    reviewer marked checked are done."""
    from app.compare.unsure import to_check

    reading = _Reading(paths, args, open_workspace)
    result = reading.result
    order = to_check(result, [a.summary.id for a in result.articles], reading.checked)
    if args.json:
        rows = [reading.as_json(result.segments[i]) for i in order]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{len(order)} to check: sentences in no passage, and passages, with close sentences "
        "the comparison was not sure enough to link"
    )
    for number, segment_id in enumerate(order, start=1):
        print()
        reading.print(result.segments[segment_id], f"{number}/{len(order)} ")
    return 0


class _Reading:
    """The collection compared as the window compares it (the reviewer's corrections too)."""

    def __init__(self, paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> None:
        from app.cli.compare import load_with_corrections
        from app.compare.engine import compare
        from app.compare.pipeline import pipeline_for
        from app.compare.unsure import checked_of

        wanted = argparse.Namespace(collection=args.collection, files=[])
        documents, corrections = load_with_corrections(paths, wanted, open_workspace)
        pipeline = pipeline_for(paths.data_dir, corrections)
        # the sentences the reviewer read and found nothing to link: done, in the walk
        self.checked = checked_of(corrections)
        self.args = args
        self.result = compare(documents, word_diffs=False, pipeline=pipeline)
        self.segments = [s for s in self.result.segments if not s.furniture]
        self.outlets = {a.summary.id: a.summary.label for a in self.result.articles}

    def carried(self, segment: Any) -> int:
        """The outlets of its passage's versions and of the sentences tied to it by a reviewer
        (as the window counts them)."""
        from app.compare.passages import members, tied_outside

        segments = self.result.segments
        ids = [*members(self.result, segment.id), *tied_outside(self.result, segment.id)]
        return len({segments[i].article for i in ids})

    def rest_of_passage(self, other: Any) -> list[Any]:
        """The other sentences of ``other``'s passage: what a merge takes too."""
        if other.group is None:
            return []
        return [self.result.segments[m] for m in self.result.groups[other.group] if m != other.id]

    def offered(self, segment: Any) -> list[tuple[Any, float]]:
        return [(self.result.segments[i], s) for i, s in self.result.closest.get(segment.id, ())]

    def as_json(self, mine: Any) -> dict[str, Any]:
        linked = linked_outside(self.result, mine.id)
        rows = [
            {"article": o.article, "outlet": self.outlets[o.article], "start": o.start,
             "end": o.end, "text": o.text, "score": score, "in_a_passage": o.group is not None,
             "linked": o.id in linked,
             "rest_of_passage": [{"article": r.article, "outlet": self.outlets[r.article],
                                  "start": r.start, "end": r.end, "text": r.text}
                                 for r in self.rest_of_passage(o)]}
            for o, score in self.offered(mine)
        ]  # fmt: skip
        sentence = {"article": mine.article, "start": mine.start, "end": mine.end,
                    "text": mine.text, "outlets": self.carried(mine),
                    "support": mine.support}  # fmt: skip
        parts = [
            {"cut": o.cut, "part": "first" if o.head else "second",
             "text": _part_text(mine, o), "other": {
                 "article": other.article, "outlet": self.outlets[other.article],
                 "start": other.start, "end": other.end, "text": other.text},
             "score": o.score, "whole": o.whole}
            for o in self.result.parts.get(mine.id, ())
            if (other := self.result.segments[o.other])
        ]  # fmt: skip
        return {"sentence": sentence, "offers": rows, "parts": parts}

    def print(self, mine: Any, lead: str = "") -> None:
        args = self.args
        level = "not sure" if mine.support == "unsure" else "this outlet only"
        if level == "not sure":
            from app.compare.unsure import written_apart

            if written_apart(self.result, mine.id):
                level += ": in another language than most of the articles"
        where = (
            f"in no passage ({level})"
            if mine.group is None
            else f"in a passage of {self.carried(mine)} outlets"
        )
        where_from = [  # the same library as this command's
            *(["--data-dir", args.data_dir] if getattr(args, "data_dir", None) else []),
            *(["--database-url", args.database_url] if getattr(args, "database_url", None) else []),
        ]
        print(for_terminal(f"{lead}[{self.outlets[mine.article]}] {mine.text[:160]}"))
        print(f"  {where}")
        offered = self.offered(mine)
        if not offered:
            print("  nothing close to it outside its passage")
        else:  # the figure is the sentence's own; the order, its passage's as a whole
            print("  closest first, a passage judged by all its versions together:")
        linked = linked_outside(self.result, mine.id)
        for number, (other, score) in enumerate(offered, start=1):
            kind = "another passage" if other.group is not None else "no passage"
            if other.id in linked:  # the engine linked the two; no passage took both
                kind += "; linked, not in one passage"
            print()
            print(
                for_terminal(f"{number}. [{self.outlets[other.article]}] {round(score * 100)} % "
                             f"alike ({kind}): {other.text[:160]}")
            )  # fmt: skip
            rest = self.rest_of_passage(other)
            if rest:  # what a merge takes too: read before merging
                print(f"   its passage holds {len(rest)} more (a merge takes them too):")
                for member in rest[:3]:
                    print(
                        for_terminal(f"     [{self.outlets[member.article]}] {member.text[:100]}")
                    )
                if len(rest) > 3:
                    print(f"     … and {len(rest) - 3} more")
            # to copy as it is: logical order, shell-quoted, never reshaped for the terminal
            partner = link_partner(self.result, other.id, mine.id)
            if partner is None:
                continue
            command = ["tabayun", *where_from, "passages", "link", "--collection",
                       args.collection, _words(partner.text, self.segments),
                       _words(other.text, self.segments)]  # fmt: skip
            print("   " + escaped(shlex.join(command)))
            if other.group is not None:  # or keep both passages: Link Without Merging
                command[command.index("link")] = "tie"
                print("   " + escaped(shlex.join(command)))
        for number, offer in enumerate(self.result.parts.get(mine.id, ()), len(offered) + 1):
            other = self.result.segments[offer.other]
            print()
            print(
                for_terminal(f"{number}. [{self.outlets[other.article]}] the {_PART[offer.head]} "
                             f"part {round(offer.score * 100)} % alike, the whole sentence "
                             f"{round(offer.whole * 100)} %: «{_part_text(mine, offer)}» ~ "
                             f"{other.text[:160]}")
            )  # fmt: skip
            command = ["tabayun", *where_from, "passages", "split", "--collection",
                       args.collection, _words(mine.text, self.segments),
                       _starts(mine, offer.cut), "--link", _words(other.text, self.segments),
                       "--part", _PART[offer.head]]  # fmt: skip
            mate = passage_mate(self.result, mine.id)  # the rest stays in its passage
            if mate is not None:
                command += ["--keep", _words(mate.text, self.segments)]
            print("   " + escaped(shlex.join(command)))


_PART = {True: "first", False: "second"}


def _part_text(sentence: Any, offer: Any) -> str:
    """The part of ``sentence`` the offer links (before its cut, or from it)."""
    before, after = offer.pieces(sentence.text, sentence.start)
    return str(before if offer.head else after).strip()


def _starts(sentence: Any, cut: int) -> str:
    """The words from ``cut`` on, as many as first occur there in the sentence (from three):
    ``passages split`` finds the cut again by them."""
    tail = sentence.text[cut - sentence.start :].split()
    for count in range(min(3, len(tail)), len(tail) + 1):
        words = " ".join(tail[:count])
        if sentence.start + sentence.text.find(words) == cut:
            return words
    return " ".join(tail)


def _words(text: str, segments: Any, count: int = 6) -> str:
    """The first words of a sentence as written, as many as name it alone among ``segments``
    (from six), as ``named_sentence`` finds them again."""
    from app.text.normalize import key_text

    words = text.split()
    for end in range(min(count, len(words)), len(words) + 1):
        wanted = key_text(" ".join(words[:end])).strip()
        if sum(1 for s in segments if wanted in key_text(s.text)) <= 1:
            return " ".join(words[:end])
    return " ".join(words)
