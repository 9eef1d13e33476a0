"""A learned second reading of the figures: the numbers the grammar passed over, and the kinds of all.

Why: the figure grammar (``figures``) finds numbers, values, units and intervals well, but each new
batch of unseen abstracts showed numbers it passed over because no rule named them (AUCs listed
bare, "(108)" after a percentage, a count at a sentence's start). Growing rules for each form generalised weakly
(tests/fixtures/abstracts/holdout/README.md). So the grammar proposes and a multinomial logistic
regression, trained on the hand-keyed figures of the corpus and the held-out set
(``python -m benchmarks.bench_second_reading --train``), reads again: for every number, whether a
figure of the grammar covers it or not, the model gives the probability of each kind and of "no
figure", from features of the words around it.

The model adds the numbers the grammar passed over when it is sure of them (``MIN_PROBABILITY``), and
gives a grammar's figure another kind only when it is surer still (``RENAME_PROBABILITY``): the words a
kind hangs on are often a clause away ("mean" named once before a list of times), which the model reads
and the grammar's local rules do not. The model file holds the weights only (``second_reading.json``);
applying it is the model's decision function, a sum of the weights of the features present, then a
softmax.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from nmo_teach.abstracts.found import Found
from nmo_teach.abstracts.model import FigureKind
from nmo_teach.abstracts.printed_forms import TIME_UNIT_RE, is_rate_scale

MODEL_FILE = Path(__file__).with_name("second_reading.json")
NO_FIGURE = "none"

# A number the grammar did not read: digits with an optional decimal part, not glued to a word or
# to another number ("H2O", "3D", "1.2.3"), as numbers.canonical leaves them.
_BARE_NUMBER = re.compile(r"(?<![\w.,/])(\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|\S")
_WINDOW = 60  # characters read on each side of a candidate


# How sure the model must be before it adds a figure: the most probable label whenever it has at
# least half the probability. It scored best on batches the model had not seen
# (``python -m benchmarks second_reading`` prints the sweep).
MIN_PROBABILITY = 0.5
# How sure the model must be before a figure of the grammar takes another kind. Renaming at 0.6
# scored best on batches the model had not seen (0.5 to 0.9 compared in a forward split: trained on
# the batches before, scored on those after), where it moved recall and precision up by about a
# quarter of a point each; higher thresholds renamed too little to matter.
RENAME_PROBABILITY = 0.6

# Words that name or hint at a figure's kind, read anywhere earlier in the candidate's clause and the
# one before it ("the mean time to surgery was ... 1.4 days for ASA 2"): each word maps to the cue it
# gives. The grammar's rules look a few words around a number; these let the model look further.
_CUES = {"mean": "mean", "means": "mean", "average": "mean", "averaged": "mean", "median": "median",
         "medians": "median", "or": "ratio", "hr": "ratio", "rr": "ratio", "ratio": "ratio", "odds": "ratio",
         "hazard": "ratio", "risk": "risk", "rate": "rate", "rates": "rate", "incidence": "rate",
         "dose": "dose", "doses": "dose", "dosage": "dose", "mg": "dose", "percent": "pct", "%": "pct",
         "proportion": "pct", "score": "score", "scores": "score", "versus": "vs", "vs": "vs",
         "difference": "diff", "change": "diff", "increased": "diff", "decreased": "diff", "reduced": "diff",
         "younger": "age", "older": "age", "aged": "age", "age": "age", "years": "yr",
         "patients": "n", "subjects": "n", "participants": "n", "cases": "n", "children": "n", "women": "n",
         "men": "n", "follow": "fu", "followed": "fu", "duration": "dur", "weeks": "dur", "months": "dur",
         "days": "dur", "range": "range", "iqr": "range", "sd": "sd", "se": "sd", "ci": "ci", "p": "p"}
_CLAUSE_CUES = 250  # characters of the clause read back for cues
_EARLIER_CUES = frozenset({"mean", "median", "ratio", "dose", "rate"})  # the cues read in the clause before


def _words(text: str) -> list[str]:
    return ["<num>" if token[0].isdigit() else token.lower() for token in _TOKEN.findall(text)]


def _magnitude(value: float, printed: str) -> str:
    if "." in printed:
        return "dec<1" if value < 1 else "dec"
    if 1900 <= value <= 2030:
        return "year-like"
    return "int" + str(min(len(printed), 5))


def features(text: str, start: int, end: int, found: Found | None, category: str) -> list[str]:
    """What the model reads of one candidate at ``[start, end)`` of a section's canonical text:
    the grammar's reading (or "bare"), the number's shape, the nearest characters and words on
    each side, the section's NLM category, and the cue words of its clause and the clause before
    (``_cue_features``)."""
    left = _words(text[max(0, start - _WINDOW):start])
    right = _words(text[end:end + _WINDOW])
    inside = _words(text[start:end])
    printed = text[start:end]
    rule = found.kind.value if found is not None else "bare"
    out = [f"rule={rule}", f"cat={category}", f"rule={rule}|cat={category}"]
    if found is not None:
        out += [f"measure={found.measure}", f"interval={found.interval}", f"unit={found.unit.lower()}",
                f"rule={rule}|unit={found.unit.lower()}", f"first={inside[0] if inside else ''}",
                f"last={inside[-1] if inside else ''}", f"rule={rule}|first={inside[0] if inside else ''}",
                f"sd={found.sd is not None}", f"of_count={found.of_count is not None}"]
        number = re.search(r"\d+(?:\.\d+)?", printed)
        if found.value is not None and number:
            out.append(f"shape={_magnitude(found.value, number.group())}")
    else:
        out.append(f"shape={_magnitude(float(printed), printed)}")
    for place, word in enumerate(reversed(left[-3:]), 1):
        out.append(f"L{place}={word}")
        out.append(f"rule={rule}|L{place}={word}")
    for place, word in enumerate(right[:3], 1):
        out.append(f"R{place}={word}")
        out.append(f"rule={rule}|R{place}={word}")
    out += [f"L={word}" for word in sorted(set(left[-8:]))]
    out += [f"R={word}" for word in sorted(set(right[:5]))]
    out.append(f"L1R1={left[-1] if left else ''}|{right[0] if right else ''}")
    out.append(f"in_brackets={_in_brackets(text, start)}")
    return out + _cue_features(text, start, rule)


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last full stop or semicolon before it, looked
    for only as far back as cues are read (``_CLAUSE_CUES``), so that a long section costs linear time."""
    floor = max(0, position - _CLAUSE_CUES)
    return max(text.rfind(". ", floor, position), text.rfind("; ", floor, position), floor - 1) + 1


def _cue_features(text: str, start: int, rule: str) -> list[str]:
    """The cues (``_CUES``) earlier in the candidate's clause, the nearest one, and those of the clause
    before, each also paired with the grammar's reading."""
    clause = _clause_start(text, start)
    cues = [_CUES[word] for word in _words(text[max(clause, start - _CLAUSE_CUES):start]) if word in _CUES]
    out = [name for cue in sorted(set(cues)) for name in (f"S={cue}", f"rule={rule}|S={cue}")]
    if cues:
        out.append(f"rule={rule}|S1={cues[-1]}")
    earlier = {_CUES[word] for word in _words(text[_clause_start(text, max(0, clause - 2)):clause]) if word in _CUES}
    return out + [f"rule={rule}|P={cue}" for cue in sorted(earlier & _EARLIER_CUES)]


def _in_brackets(text: str, start: int) -> bool:
    """Whether a bracket opened shortly before ``start`` is still open there. Only the last
    ``_WINDOW`` characters are read, so that a long section costs linear time."""
    before = text[max(0, start - _WINDOW):start]
    return before.rfind("(") > before.rfind(")")


@dataclass(frozen=True)
class Candidate:
    """One number the model reads: a figure the grammar found (``found``), or a bare number."""

    start: int
    end: int
    value: float
    found: Found | None
    features: tuple[str, ...]


def bare_numbers(text: str, found: Iterable[Found]) -> list[tuple[int, int]]:
    """Spans of the numbers in a section's canonical text that no figure of the grammar covers,
    less the scales of rates ("in 100 PY"), which the grammar knows are never figures."""
    merged: list[list[int]] = []  # the figures' spans, overlapping ones joined, in order
    for a, b in sorted((f.start, f.end) for f in found):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]
    spans = []
    for match in _BARE_NUMBER.finditer(text):
        start, end = match.span(1)
        k = bisect_right(starts, start) - 1  # the last figure starting at or before the number
        covered = (k >= 0 and merged[k][1] > start) or (k + 1 < len(merged) and merged[k + 1][0] < end)
        if not covered and not is_rate_scale(text, start, end):
            spans.append((start, end))
    return spans


def candidates(text: str, found: Iterable[Found], category: str) -> list[Candidate]:
    """Every figure the grammar found in a section (canonical offsets), then every bare number
    outside them, each with its features. Training reads both: the grammar's figures teach the
    model what the words around each kind look like."""
    found = list(found)
    out = [Candidate(f.start, f.end, f.value if f.value is not None else math.nan, f,
                     tuple(features(text, f.start, f.end, f, category))) for f in found]
    out += [Candidate(start, end, float(text[start:end]), None, tuple(features(text, start, end, None, category)))
            for start, end in bare_numbers(text, found)]
    return out


@dataclass(frozen=True)
class SecondReading:
    """The trained weights, sparse: for each feature, its weight for each label (a kind or
    "none") where that weight is not negligible."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]
    trained_on: str = ""  # a digest of the training rows (benchmarks/bench_second_reading.py)

    def probabilities(self, feature_names: Iterable[str]) -> dict[str, float]:
        """The softmax of the bias plus the weights of the features present (unknown ones add
        nothing, as in training, where each feature is 1 when present)."""
        scores = list(self.bias)
        for name in set(feature_names):
            for label, weight in self.weights.get(name, {}).items():
                scores[label] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}

    def kind_of(self, feature_names: Iterable[str], min_probability: float = MIN_PROBABILITY) -> FigureKind | None:
        """The kind of figure a number is, if the model is sure enough that it is one: its most
        probable label, when that is a kind other than a range (a bare number holds no bounds)."""
        probs = self.probabilities(feature_names)
        label = max(probs, key=probs.__getitem__)
        if label in (NO_FIGURE, FigureKind.RANGE.value) or probs[label] < min_probability:
            return None
        return FigureKind(label)

    def to_json(self) -> str:
        return json.dumps({"trained_on": self.trained_on, "labels": list(self.labels),
                           "bias": [round(b, 3) for b in self.bias],
                           "weights": {name: {str(k): round(w, 3) for k, w in sorted(row.items())}
                                       for name, row in sorted(self.weights.items())}},
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SecondReading:
        data = json.loads(text)
        return cls(tuple(data["labels"]), tuple(data["bias"]),
                   {name: {int(k): w for k, w in row.items()} for name, row in data["weights"].items()},
                   data.get("trained_on", ""))


# Which second reading to apply: the shipped model ("shipped"), another one, or none (the grammar alone).
ReadingChoice = SecondReading | None | Literal["shipped"]


@cache
def shipped() -> SecondReading | None:
    """The model that ships with the package, or None if the file is absent (the grammar alone)."""
    if not MODEL_FILE.is_file():
        return None
    return SecondReading.from_json(MODEL_FILE.read_text(encoding="utf-8"))


def _time_unit(text: str, end: int) -> str:
    following = re.match(r"\s*[-]?\s*([A-Za-z]+)", text[end:end + 20])
    return following.group(1).lower() if following and TIME_UNIT_RE.fullmatch(following.group(1)) else ""


def rename(text: str, found: list[Found], category: str, model: SecondReading,
           min_probability: float = RENAME_PROBABILITY) -> None:
    """Give each of the grammar's figures in a section the kind the model is sure of, when that is
    another kind (not a range, which needs bounds, and not "no figure": on batches the model had not
    seen, dropping figures removed about as many right ones as wrong). The figure is changed in
    place, so that what links to it (a percentage to its count) still does; what the grammar read with
    the old kind (an interval, an SD) stays with the figure, and it is marked as the model's reading."""
    for figure in found:
        if figure.kind is FigureKind.RANGE:
            continue
        kind = model.kind_of(features(text, figure.start, figure.end, figure, category), min_probability)
        if kind is not None and kind is not figure.kind:
            figure.kind = kind
            figure.learned = True


def passed_over(text: str, found: list[Found], category: str, model: SecondReading,
                min_probability: float = MIN_PROBABILITY) -> list[Found]:
    """The figures the grammar passed over in a section: bare numbers the model is sure are a
    figure, with the kind it gives them."""
    added: list[Found] = []
    for start, end in bare_numbers(text, found):
        kind = model.kind_of(features(text, start, end, None, category), min_probability)
        if kind is None:
            continue
        added.append(Found(kind, start, end, float(text[start:end]),
                           unit=_time_unit(text, end) if kind is FigureKind.DURATION else "",
                           in_parentheses=_in_brackets(text, start), learned=True))
    return added
