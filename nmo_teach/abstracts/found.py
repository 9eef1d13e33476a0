"""The scanner's working record of one figure, shared by the scanner and the denominator rules.

``Found`` is mutable on purpose: figures are found sentence by sentence, and only once the whole
abstract has been read can the study's n (and so most denominators) be known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nmo_teach.abstracts.model import FigureKind


@dataclass(eq=False)
class Found:
    """One figure while the abstract is being read; becomes a ``Figure`` at the end.

    ``start``/``end`` are offsets into the sentence while scanning, then into the section text.
    ``of_count`` links a percentage to the count it is a percentage of (printed next to it), so
    that the percentage shares the count's denominator and can be checked against it.
    """

    kind: FigureKind
    start: int
    end: int
    value: float | None
    quantity: str = ""
    unit: str = ""
    low: float | None = None
    high: float | None = None
    low_unit: str = ""
    interval: str | None = None
    sd: float | None = None
    measure: str | None = None
    denominator: int | None = None
    note: str | None = None
    candidates: tuple[int, ...] = ()
    value_text: str | None = None
    is_person: bool = False
    is_event: bool = False
    is_all: bool = False
    is_sex: bool = False
    is_group_size: bool = False  # printed as "n = 55": a group's size, not a part of the sample
    in_parentheses: bool = False
    learned: bool = False  # added or renamed by the second reading, not read so by a rule of the grammar
    of_count: Found | None = None
    extra: dict[str, object] = field(default_factory=dict)


_IRREGULAR_PLURALS = {"child": "children", "woman": "women", "man": "men", "person": "persons"}


def plural(noun: str) -> str:
    """'patient' -> 'patients', so one unit name serves '1 patient' and '4 patients'."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "people", "children", "women", "men", "personnel", "staff")):  # no plural of their own
        return noun
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + "s"


def fmt(number: float | None) -> str:
    """A number as a reader writes it: 5, not 5.0; 2.8 stays 2.8."""
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
