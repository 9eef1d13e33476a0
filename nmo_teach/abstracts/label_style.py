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

Labels outside NLM's list count too when they share a colon style with the listed ones
("Orientation: ... Research purpose: ... Motivation for the study: ...", as some journals print
every abstract): at least two labels of the style must be listed or categorised by the keyword
rule, and a label that ends in a letter or number ("Group A:", "Study 2:") names a part of the
results, never a heading.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from nmo_teach.abstracts.labels import READING_ORDER, categorise, is_known_label, keyword_category, normalise_label
from nmo_teach.abstracts.model import NlmCategory

MIN_LABELS = 3
_MAX_LABEL_WORDS = 6
# Where a heading may start: a line's start, or right after a sentence's end, with or without space.
# After a word naming the whole abstract that opens a line, too ("Summary objective To assess ...").
_START = re.compile(r"(?m)^[ \t]*(?:(?:abstract|summary|synopsis)[ \t]*[.:]?[ \t]+)?(?=[A-Za-z])"
                    r"|(?<=[.!?])[ \t]*(?=[A-Za-z])", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’/-]*")
_JOIN = re.compile(r",?[ \t]*&[ \t]*|,?[ \t]+")  # between the words of one label ("participants, & measurements")
# What ends a label: punctuation (":", ".", "--", ":--", ". —"), two spaces, one space, or nothing,
# then the section's first character.
_DELIMITER = re.compile(r"(?P<delim>[ \t]*[^\w\s()\[\]\"'“”‘’,]{1,4}[ \t]*|[ \t]{2,}|[ \t]|)(?=[A-Z0-9(\[\"'“])")
# A listed label's colon before a lower-case word, as some journals print every section ("Methods: this was
# a cross-sectional study"): counted only with the colon labels, whose repetition vouches for it.
_COLON_BEFORE_LOWER = re.compile(r"(?P<delim>[ \t]*:[ \t]*)(?=[a-z])")
_WHOLE = {"ABSTRACT", "SUMMARY", "SYNOPSIS"}
_NAMES_A_PART = re.compile(r"(?:^|[\s/-])(?:[A-Za-z]|[IVX]+|\d+)$")  # "Group A", "Study 2", "Phase II"
MIN_NAMED = 2  # labels of an unlisted style that NLM's list or the keyword rule must know
# How a sentence opens, never a heading: "We searched: Medline, Embase ...".
_SENTENCE_OPENERS = {"we", "i", "it", "this", "these", "they", "our", "there", "the", "a", "an", "in", "of",
                     "for", "to", "on", "at", "by", "with", "from", "as", "all", "both", "each"}
_TITLE_CASE_WORD = re.compile(r"\b[A-Z][a-z]+")
_WORD = re.compile(r"\b[A-Za-z][a-z]*")


@dataclass(frozen=True)
class _Candidate:
    start: int  # where the label starts
    label: str
    body: int  # where the section's text starts
    style: tuple[str, str]  # (delimiter with spaces shown as "gap"/"space", case of the label)
    at_line_start: bool = False


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
    """The longest listed label starting at ``position`` with a delimiter after it (after a colon the
    text may start in lower case), else the longest capitalised unlisted one followed by a colon and a
    capital, if any. An unlisted label with its colon wins over a shorter listed one that only a space
    ends ("SYNTHESIS METHODS: We ..." is not "SYNTHESIS" then "METHODS: We ...")."""
    listed = _listed_candidate_at(text, position)
    if listed is not None and listed.style[0] not in ("space", "glued", "gap"):
        return listed
    unlisted = _unlisted_candidate_at(text, position)
    if listed is not None and (unlisted is None or len(unlisted.label) <= len(listed.label)):
        return listed
    return unlisted


def _label_ends(text: str, position: int) -> list[int]:
    """Where each run of up to ``_MAX_LABEL_WORDS`` label words starting at ``position`` ends."""
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
    return ends


def _listed_candidate_at(text: str, position: int) -> _Candidate | None:
    for end in reversed(_label_ends(text, position)):
        label = text[position:end]
        if normalise_label(label) in _WHOLE or not is_known_label(label):
            continue
        delimiter = _DELIMITER.match(text, end) or _COLON_BEFORE_LOWER.match(text, end)
        if delimiter is None:
            continue
        style = _delimiter_style(delimiter["delim"])
        if style == "glued" and not text[end - 1].islower():
            continue  # "METHODSThe": where the label ends is a guess
        if style in ("glued", "space") and not text[delimiter.end()].isalpha():
            continue  # "Cohort 2 had", "Study 1 showed": a name with its number, not a heading
        return _Candidate(position, label, delimiter.end(), (style, _case(label)))
    return None


def _unlisted_candidate_at(text: str, position: int) -> _Candidate | None:
    for end in reversed(_label_ends(text, position)):
        label = text[position:end]
        delimiter = _DELIMITER.match(text, end)
        if (delimiter is not None and ":" in delimiter["delim"] and label[:1].isupper()
                and normalise_label(label) not in _WHOLE and not _NAMES_A_PART.search(label)
                and label.split()[0].lower() not in _SENTENCE_OPENERS
                and text[delimiter.end()].isupper() and not reads_as_title(_rest_of_line(text, delimiter.end()))):
            return _Candidate(position, label, delimiter.end(), (_delimiter_style(delimiter["delim"]), _case(label)))
    return None


def reads_as_title(line: str) -> bool:
    """Whether a line (or the rest of one) is a title ("The Relationship between Having a Living Will
    and Dying in Place", "Following Abdominal-Based Free Flap Breast Reconstruction: Is a 30 days ..."):
    no full stop inside, and most words capitalised, as no sentence is."""
    words = _WORD.findall(line)
    return "." not in line.rstrip(". ") and bool(words) and 2 * len(_TITLE_CASE_WORD.findall(line)) > len(words)


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start: end if end >= 0 else len(text)]


def _named(label: str) -> bool:
    return is_known_label(label) or keyword_category(label) is not None


def _in_reading_order(found: list[_Candidate]) -> list[_Candidate]:
    """The candidates less any that steps back in the order of an abstract's parts ("Results ...
    Cohort 2 had ...": a methods word inside the results is not a heading). Trailers filed under
    BACKGROUND ("Brazilian Clinical Trial Register:", "Funding:") legitimately come last."""
    kept: list[_Candidate] = []
    reached = -1
    for candidate in found:
        category = categorise(candidate.label)[0]
        rank = READING_ORDER.get(category)
        if rank is not None and rank < reached and category is not NlmCategory.BACKGROUND:
            continue
        reached = max(reached, rank if rank is not None else reached)
        kept.append(candidate)
    return kept


def _usable(found: list[_Candidate]) -> list[_Candidate]:
    """A style's candidates in reading order, or none if its unlisted labels are not vouched for by
    ``MIN_NAMED`` labels the list or the keyword rule knows."""
    ordered = _in_reading_order(found)
    named = [c for c in ordered if _named(c.label)]
    if len(named) == len(ordered):
        return ordered
    if len(named) < MIN_NAMED:
        return []
    # An unlisted label stands where the known ones do: at a line's start when they are, so "Male:
    # Female ratio was 15.3:1" inside a paragraph of headed lines is text; inside the paragraph when
    # they are, but for the first label, which opens the paragraph ("Orientation: ...").
    on_lines = 2 * sum(c.at_line_start for c in named) > len(named)
    return [c for index, c in enumerate(ordered)
            if c in named or c.at_line_start == on_lines or (index == 0 and c.at_line_start)]


def consistent_headings(text: str) -> tuple[str, int, frozenset[str]] | None:
    """The text with the abstract's consistently printed headings rewritten as "Label: text"
    lines, how many there are, and the labels among them NLM's list lacks (normalised), which
    the reader then accepts as headings; None if no style is shared by ``MIN_LABELS`` labels."""
    by_style: dict[tuple[str, str], list[_Candidate]] = defaultdict(list)
    for start in _START.finditer(text):
        candidate = _candidate_at(text, start.end())
        if candidate is not None:
            line_start = not text[:candidate.start].strip(" \t") or text[:candidate.start].rstrip(" \t").endswith("\n")
            by_style[candidate.style].append(replace(candidate, at_line_start=line_start))
    best = max((_usable(found) for found in by_style.values()),
               key=lambda found: len({normalise_label(c.label) for c in found}), default=[])
    if len({normalise_label(c.label) for c in best}) < MIN_LABELS:
        return None
    pieces, position = [], 0
    for candidate in best:
        pieces += [text[position:candidate.start].rstrip(" \t"), "\n\n", candidate.label, ": "]
        position = candidate.body
    pieces.append(text[position:])
    unlisted = frozenset(normalise_label(c.label) for c in best if not is_known_label(c.label))
    return "".join(pieces), len(best), unlisted
