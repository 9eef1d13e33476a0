"""What each count, percentage and summary is out of: the denominators an abstract implies.

A denominator printed next to a figure ("46 of 60", "20/21") is taken as stated. Otherwise it is
inferred, in this order, and every inference says so in its note:

1. "Of 120 patients, 30 (25%) relapsed": counts later in a sentence that opens with "Of/Among N
   <people>" are out of N.
2. "MS/CIS (n = 599; 386 [64.4%] female; mean age ...)": counts of people and summaries after a
   group size printed as "n = X" in the same sentence are out of X.
3. Otherwise counts of people and summaries are out of the study's n: the first count of people
   introduced as the sample ("We identified 5 patients"), or failing that the first count of
   people that is neither a parenthesised group size ("NMO (35 patients)") nor smaller than
   another count of people in its sentence.

A median printed after a count of events in the same sentence ("9 relapses ... median time to
relapse") is marked ambiguous, because it may be over the events or over the people. Counts in a
sentence about exclusions or withdrawals are not given the study's n, because those people are
outside it. A percentage printed with its count takes the count's denominator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nmo_teach.abstracts.found import Found, fmt
from nmo_teach.abstracts.model import FigureKind

_INTRODUCES_SAMPLE = re.compile(
    r"(identified|included|enrolled|recruited|studied|analy[sz]ed|total of|comprised|consisted"
    r" of|sample of|cohort of|series of|we report|we describe|we present|we studied)\s*$",
    re.IGNORECASE,
)
_OUTSIDE_SAMPLE = re.compile(
    r"\b(excluded|exclusion|withdr[ae]w|lost to follow-up|declined|ineligible|not eligible)\b",
    re.IGNORECASE,
)
_OF_GROUP = re.compile(r"^\W*(?:of|among)\s+(?:the\s+|these\s+|all\s+)?(?=\S)", re.IGNORECASE)
_SUMMARIES = (FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.RANGE)


@dataclass(eq=False)
class Located:
    """A found figure with where it was read: its section and its sentence."""

    section: int
    figure: Found
    sentence: str
    sentence_start: int


def _same_sentence(a: Located, b: Located) -> bool:
    return a.section == b.section and a.sentence_start == b.sentence_start


def _is_people(figure: Found) -> bool:
    return (figure.kind is FigureKind.COUNT and figure.is_person and not figure.is_sex
            and not figure.is_group_size and figure.value is not None
            and figure.value.is_integer() and figure.value > 0)


def _study_n(found: list[Located]) -> Found | None:
    """The study's n: a count of people introduced as the sample, else the first plausible one."""
    people = [item for item in found if _is_people(item.figure)]
    for item in people:
        local_start = item.figure.start - item.sentence_start
        if (_INTRODUCES_SAMPLE.search(item.sentence[:local_start])
                and item.figure.denominator is None):
            return item.figure
    for item in people:
        figure = item.figure
        if figure.denominator is not None and not figure.is_all:
            continue
        if figure.in_parentheses:
            continue
        same_sentence = [o.figure for o in people if _same_sentence(o, item)]
        if any((o.value or 0) > (figure.value or 0) for o in same_sentence):
            continue
        return figure
    return None


def _opening_group(item: Located, found: list[Located]) -> Found | None:
    """The N of a sentence that opens 'Of N patients, ...', if this sentence does."""
    opening = _OF_GROUP.match(item.sentence)
    if not opening:
        return None
    for other in found:
        if (_same_sentence(other, item) and other.figure.kind is FigureKind.COUNT
                and other.figure.start - other.sentence_start == opening.end()):
            return other.figure
    return None


def _group_before(item: Located, found: list[Located]) -> Found | None:
    """The nearest 'n = X' printed before this figure in its sentence."""
    groups = [o.figure for o in found if _same_sentence(o, item) and o.figure.is_group_size and o.figure.start < item.figure.start]
    return groups[-1] if groups else None


def _give(figure: Found, denominator: int, note: str) -> None:
    if figure.denominator is None:
        figure.denominator = denominator
        figure.note = note


def infer_denominators(found: list[Located]) -> None:
    """Fill in the denominators the abstract implies (see the module docstring), in place."""
    study = _study_n(found)
    n = int(study.value) if study is not None and study.value is not None else None
    people_word = (study.unit if study is not None else "") or "patients"
    for item in found:
        figure = item.figure
        if figure is study or figure.is_group_size:
            continue
        countable = figure.kind is FigureKind.COUNT and (figure.is_person or figure.is_sex
                                                         or not figure.unit)
        if figure.is_sex and not figure.unit:
            figure.unit = people_word
        opening = _opening_group(item, found)
        if opening is not None and opening is not figure and opening.value is not None:
            if figure.kind is FigureKind.COUNT or figure.kind in _SUMMARIES:
                _give(figure, int(opening.value),
                      f"stated in the text: of the {fmt(opening.value)} {opening.unit}".rstrip())
            continue
        group = _group_before(item, found)
        if group is not None and group.value is not None and (countable or figure.kind in _SUMMARIES):
            _give(figure, int(group.value), f"inferred: the group of n = {fmt(group.value)}")
            continue
        if n is None or _OUTSIDE_SAMPLE.search(item.sentence):
            continue
        if figure.kind is FigureKind.COUNT and (figure.is_person or figure.is_sex):
            if figure.value is not None and figure.value <= n:
                _give(figure, n, f"inferred: the study's {n} {people_word}")
        elif figure.kind in _SUMMARIES and figure.denominator is None:
            _summary_over_n(item, found, n, people_word)
    for item in found:
        percentage = item.figure
        if percentage.kind is FigureKind.PERCENTAGE and percentage.of_count is not None:
            count = percentage.of_count
            if percentage.denominator is None and count.denominator is not None:
                percentage.denominator = count.denominator
                percentage.note = count.note


def _summary_over_n(item: Located, found: list[Located], n: int, people_word: str) -> None:
    """A median, mean or range is over the study's n, unless a count of events precedes it."""
    figure = item.figure
    earlier_events = [
        o.figure for o in found
        if _same_sentence(o, item) and o.figure.kind is FigureKind.COUNT and o.figure.is_event
        and o.figure.start < figure.start
    ]
    if earlier_events:
        event = earlier_events[-1]
        figure.note = (f"ambiguous: over the {fmt(event.value)} {event.unit} or the {n} "
                       f"{people_word}? The abstract does not say")
        if event.value is not None and event.value.is_integer():
            figure.candidates = (int(event.value), n)
    else:
        figure.denominator = n
        figure.note = f"inferred: the study's {n} {people_word}"
