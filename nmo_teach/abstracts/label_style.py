"""Headings printed in a style the heading rules do not know, found because the abstract repeats it.

Why: every batch of unseen abstracts brought a new way of printing headings ("OBJECTIVE:--To",
"Background.Interventions", "purpose. To assess", "Objective  To assess", "issues.ResultsA total"),
and one missed heading loses the section's figures with it. The rules in ``text`` read the styles
seen so far; this module reads any style an abstract uses consistently: it looks at every
sentence start for a label of NLM's list followed by the same delimiter (any run of punctuation,
two spaces, one space or none) and the same case, and when at least ``MIN_LABELS`` different
labels share one style, it rewrites them as "Label: text" lines, a style the rules read. A
sentence that happens to begin with one label word cannot repeat a style three times with three
different labels, so ordinary prose is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from nmo_teach.abstracts.labels import READING_ORDER, categorise, is_known_label, normalise_label

MIN_LABELS = 3
_MAX_LABEL_WORDS = 6
# Where a heading may start: a line's start, or right after a sentence's end, with or without space.
_START = re.compile(r"(?m)^[ \t]*(?=[A-Za-z])|(?<=[.!?])[ \t]*(?=[A-Za-z])")
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’/-]*")
_JOIN = re.compile(r",?[ \t]+|[ \t]*&[ \t]*")  # between the words of one label
# What ends a label: punctuation (":", ".", "--", ":--", ". —"), two spaces, one space, or nothing,
# then the section's first character.
_DELIMITER = re.compile(r"(?P<delim>[ \t]*[^\w\s()\[\]\"'“”‘’,]{1,4}[ \t]*|[ \t]{2,}|[ \t]|)(?=[A-Z0-9(\[\"'“])")
_WHOLE = {"ABSTRACT", "SUMMARY", "SYNOPSIS"}


@dataclass(frozen=True)
class _Candidate:
    start: int  # where the label starts
    label: str
    body: int  # where the section's text starts
    style: tuple[str, str]  # (delimiter with spaces shown as "gap"/"space", case of the label)


def _case(label: str) -> str:
    letters = [c for c in label if c.isalpha()]
    if all(c.isupper() for c in letters):
        return "upper"
    return "lower" if letters[0].islower() else "capitalised"


def _delimiter_style(delim: str) -> str:
    marks = re.sub(r"[ \t]+", "", delim)
    if marks:
        return marks
    return {0: "glued", 1: "space"}.get(len(delim), "gap")


def _candidate_at(text: str, position: int) -> _Candidate | None:
    """The longest listed label starting at ``position`` with a delimiter after it, if any."""
    ends = []
    at = position
    for _ in range(_MAX_LABEL_WORDS):
        word = _LABEL_WORD.match(text, at)
        if not word:
            break
        ends.append(word.end())
        join = _JOIN.match(text, word.end())
        if not join or join.end() == word.end():
            break
        at = join.end()
    for end in reversed(ends):
        label = text[position:end]
        if normalise_label(label) in _WHOLE or not is_known_label(label):
            continue
        delimiter = _DELIMITER.match(text, end)
        if delimiter is None:
            continue
        style = _delimiter_style(delimiter["delim"])
        if style == "glued" and not text[end - 1].islower():
            continue  # "METHODSThe": where the label ends is a guess
        if style in ("glued", "space") and not text[delimiter.end()].isalpha():
            continue  # "Cohort 2 had", "Study 1 showed": a name with its number, not a heading
        return _Candidate(position, label, delimiter.end(), (style, _case(label)))
    return None


def _in_reading_order(found: list[_Candidate]) -> list[_Candidate]:
    """The candidates less any that steps back in the order of an abstract's parts ("Results ...
    Cohort 2 had ...": a methods word inside the results is not a heading)."""
    kept: list[_Candidate] = []
    reached = -1
    for candidate in found:
        rank = READING_ORDER.get(categorise(candidate.label)[0])
        if rank is not None and rank < reached:
            continue
        reached = max(reached, rank if rank is not None else reached)
        kept.append(candidate)
    return kept


def consistent_headings(text: str) -> tuple[str, int] | None:
    """The text with the abstract's consistently printed headings rewritten as "Label: text"
    lines, and how many there are; None if no style is shared by ``MIN_LABELS`` different labels."""
    by_style: dict[tuple[str, str], list[_Candidate]] = defaultdict(list)
    for start in _START.finditer(text):
        candidate = _candidate_at(text, start.end())
        if candidate is not None:
            by_style[candidate.style].append(candidate)
    best = max((_in_reading_order(found) for found in by_style.values()),
               key=lambda found: len({normalise_label(c.label) for c in found}), default=[])
    if len({normalise_label(c.label) for c in best}) < MIN_LABELS:
        return None
    pieces, position = [], 0
    for candidate in best:
        pieces += [text[position:candidate.start].rstrip(" \t"), "\n\n", candidate.label, ": "]
        position = candidate.body
    pieces.append(text[position:])
    return "".join(pieces), len(best)
