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
from bisect import bisect_left
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
_OF_GROUP = re.compile(r"^\W*(?:of|among)\s+(?:the\s+|these\s+|all\s+)?"
                       r"(?:(?:original|initial|remaining|eligible|surviving)\s+)?(?=\S)",  # "Of the original 194,"
                       re.IGNORECASE)
_SUMMARIES = (FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.RANGE)


@dataclass(eq=False)
class Located:
    """A found figure with where it was read: its section and its sentence."""

    section: int
    figure: Found
    sentence: str
    sentence_start: int


def _sentence_key(item: Located) -> tuple[int, int]:
    return item.section, item.sentence_start


@dataclass
class _Sentence:
    """What the rules need to know about one sentence, worked out once for all its figures:
    looking through the sentence (or the abstract) again for every figure made one long pasted
    section cost quadratic time."""

    opening: Found | None  # the N of "Of N patients, ..."
    groups: list[Found]  # "n = X" group sizes, in printed order
    group_starts: list[int]
    events: list[Found]  # counts of events, in printed order
    event_starts: list[int]
    outside: bool  # about people outside the sample (excluded, withdrawn)


def _facts(items: list[Located]) -> _Sentence:
    first = items[0]
    opening_match = _OF_GROUP.match(first.sentence)
    opening = None
    if opening_match:
        opening = next((o.figure for o in items if o.figure.kind is FigureKind.COUNT
                        and o.figure.start - o.sentence_start == opening_match.end()), None)
    groups = sorted((o.figure for o in items if o.figure.is_group_size), key=lambda f: f.start)
    events = sorted((o.figure for o in items
                     if o.figure.kind is FigureKind.COUNT and o.figure.is_event),
                    key=lambda f: f.start)
    return _Sentence(opening, groups, [f.start for f in groups], events,
                     [f.start for f in events], bool(_OUTSIDE_SAMPLE.search(first.sentence)))


def _by_sentence(found: list[Located]) -> dict[tuple[int, int], _Sentence]:
    """The facts of each sentence, by (section, sentence start)."""
    groups: dict[tuple[int, int], list[Located]] = {}
    for item in found:
        groups.setdefault(_sentence_key(item), []).append(item)
    return {key: _facts(items) for key, items in groups.items()}


def _is_people(figure: Found) -> bool:
    return (figure.kind is FigureKind.COUNT and figure.is_person and not figure.is_sex
            and not figure.is_group_size and figure.value is not None
            and figure.value.is_integer() and figure.value > 0)


def _study_n(found: list[Located]) -> Found | None:
    """The study's n: a count of people introduced as the sample, else the first plausible one."""
    people = [item for item in found if _is_people(item.figure)]
    largest: dict[tuple[int, int], float] = {}
    for item in people:
        key = _sentence_key(item)
        largest[key] = max(largest.get(key, 0.0), item.figure.value or 0.0)
    for item in people:
        local_start = item.figure.start - item.sentence_start
        if (_INTRODUCES_SAMPLE.search(item.sentence[max(0, local_start - 60):local_start])
                and item.figure.denominator is None):
            return item.figure
    for item in people:
        figure = item.figure
        if figure.denominator is not None and not figure.is_all:
            continue
        if figure.in_parentheses:
            continue
        if largest[_sentence_key(item)] > (figure.value or 0):
            continue
        return figure
    return None


def _group_before(item: Located, sentence: _Sentence) -> Found | None:
    """The nearest 'n = X' printed before this figure in its sentence."""
    index = bisect_left(sentence.group_starts, item.figure.start)
    return sentence.groups[index - 1] if index else None


def _give(figure: Found, denominator: int, note: str) -> None:
    if figure.denominator is None:
        figure.denominator = denominator
        figure.note = note


def infer_denominators(found: list[Located]) -> None:
    """Fill in the denominators the abstract implies (see the module docstring), in place."""
    study = _study_n(found)
    sentences = _by_sentence(found)
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
        sentence = sentences[_sentence_key(item)]
        opening = sentence.opening
        if opening is not None and opening is not figure and opening.value is not None:
            if figure.kind is FigureKind.COUNT or figure.kind in _SUMMARIES:
                _give(figure, int(opening.value),
                      f"stated in the text: of the {fmt(opening.value)} {opening.unit}".rstrip())
            continue
        group = _group_before(item, sentence)
        if group is not None and group.value is not None and (countable or figure.kind in _SUMMARIES):
            _give(figure, int(group.value), f"inferred: the group of n = {fmt(group.value)}")
            continue
        if n is None or sentence.outside:
            continue
        if figure.kind is FigureKind.COUNT and (figure.is_person or figure.is_sex):
            if figure.value is not None and figure.value <= n:
                _give(figure, n, f"inferred: the study's {n} {people_word}")
        elif figure.kind in _SUMMARIES and figure.denominator is None:
            _summary_over_n(item, sentence, n, people_word)
    for item in found:
        percentage = item.figure
        if percentage.kind is FigureKind.PERCENTAGE and percentage.of_count is not None:
            count = percentage.of_count
            if percentage.denominator is None and count.denominator is not None:
                percentage.denominator = count.denominator
                percentage.note = count.note


def _summary_over_n(item: Located, sentence: _Sentence, n: int, people_word: str) -> None:
    """A median, mean or range is over the study's n, unless a count of events precedes it."""
    figure = item.figure
    index = bisect_left(sentence.event_starts, figure.start)
    if index:
        event = sentence.events[index - 1]
        figure.note = (f"ambiguous: over the {fmt(event.value)} {event.unit} or the {n} "
                       f"{people_word}? The abstract does not say")
        if event.value is not None and event.value.is_integer():
            figure.candidates = (int(event.value), n)
    else:
        figure.denominator = n
        figure.note = f"inferred: the study's {n} {people_word}"
