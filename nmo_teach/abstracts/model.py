"""What a parsed abstract is: sections with NLM categories, and the figures found in them.

The model is format-neutral: plain text, PubMed XML and MEDLINE records all become a
``StructuredAbstract``, so checks, worksheets and questions work on any of them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class NlmCategory(StrEnum):
    """NLM's broad categories for abstract sections (the ``NlmCategory`` values of PubMed XML)."""

    BACKGROUND = "BACKGROUND"
    OBJECTIVE = "OBJECTIVE"
    METHODS = "METHODS"
    RESULTS = "RESULTS"
    CONCLUSIONS = "CONCLUSIONS"
    UNASSIGNED = "UNASSIGNED"


class CategorySource(StrEnum):
    """Where a section's category came from, so NLM's mapping is never confused with a guess."""

    PUBMED_XML = "pubmed-xml"  # the NlmCategory attribute in the record
    NLM_LIST = "nlm-list"  # the label was found in NLM's label list
    KEYWORD_RULE = "keyword-rule"  # the project's documented fallback (data/nlm/README.md)
    POSITION = "position"  # a label neither rule knows, placed by the labelled parts around it
    NONE = "none"  # no label, or no rule matched


class FigureKind(StrEnum):
    """What kind of number a figure is."""

    COUNT = "count"
    PERCENTAGE = "percentage"
    MEDIAN = "median"
    MEAN = "mean"
    RANGE = "range"
    RATIO = "ratio"  # hazard, odds, risk or rate ratio
    ESTIMATE = "estimate"  # another point estimate given with a confidence interval
    P_VALUE = "p_value"
    DURATION = "duration"
    DOSE = "dose"  # "500 mg twice daily", "1200 mg/day": what was given, and how often
    THRESHOLD = "threshold"  # a cut-off or limit: "cut-off 25 pg/mL", ">=150 mm H2O", "EDSS >= 3"
    PERCENTAGE_POINTS = "percentage_points"  # a difference of percentages: "4.2 percentage points"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """Character offsets ``[start, end)`` into a section's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Figure(_Frozen):
    """One number (with what belongs to it) found in a section of an abstract.

    ``low``/``high`` hold a range (for a median or mean) or a confidence interval (for a ratio or
    estimate); ``interval`` says which. ``denominator`` is what a count, percentage or summary is
    out of when the abstract lets one tell; ``denominator_note`` explains an inferred or
    ambiguous one. A percentage printed beside its count ("30 (25%)", "77%; 46 of 60") keeps
    the count in ``of_count`` so that the two can be checked against the denominator.
    ``text`` is the exact matched substring, at ``span`` in the section text.
    """

    kind: FigureKind
    value: float | None = None  # None only for a RANGE, which keeps its bounds in low/high
    quantity: str = ""
    unit: str = ""
    low: float | None = None
    high: float | None = None
    low_unit: str = ""  # set only when the low end has its own unit: "range, 14 weeks-5.2 years"
    interval: str | None = None  # "range", "IQR" or "95% CI"
    sd: float | None = None
    measure: str | None = None  # HR, OR, RR, IRR, MD, I2, R2...; or the comparator of a p value
    # or a threshold: =, <, >, <=, >=
    denominator: int | None = None
    denominator_note: str | None = None
    denominator_candidates: tuple[int, ...] = ()  # the readings of an ambiguous denominator
    of_count: float | None = None  # for a percentage printed with its count: that count
    value_text: str | None = None  # the value as printed ("48.60"), for checks that need decimals
    # "grammar": read by the rules of ``figures``; "second reading": a number those rules passed
    # over, or one whose kind the learned model of ``second_reading`` changed (less sure: check it
    # in the text).
    read_by: Literal["grammar", "second reading"] = "grammar"
    section_index: int = Field(ge=0)
    section_label: str | None = None
    text: str
    span: Span
    sentence: str
    sentence_span: Span

    def display(self) -> str:
        """The figure in short words: 'median 8 infusions (range 2-11)'."""
        if self.kind is FigureKind.RANGE:
            words = f"{self.quantity} range " if self.quantity else "range "
            joiner = "" if self.unit == "%" else " "
            return f"{words}{_span(self.low, self.high)}{joiner}{self.unit}".strip()
        value = _fmt(self.value)
        if self.kind is FigureKind.COUNT and self.quantity == "n":
            return f"n = {value}"
        if self.kind is FigureKind.P_VALUE:
            return f"P {self.measure or '='} {value}"
        if self.kind is FigureKind.THRESHOLD:
            head = f"threshold {self.quantity} {self.measure or ''} {value}"
            return re.sub(r"\s+", " ", f"{head} {self.unit}").strip()
        if self.kind is FigureKind.ESTIMATE and self.measure in ("I2", "R2"):
            head = f"{self.measure[0]}² = {value}{'%' if self.measure == 'I2' else ''}"
            return head
        head = {
            FigureKind.MEDIAN: f"median {self.quantity} {value}".replace("  ", " "),
            FigureKind.MEAN: f"mean {self.quantity} {value}".replace("  ", " "),
            FigureKind.RATIO: f"{self.measure} {value}",
            FigureKind.PERCENTAGE: f"{value}%",
            FigureKind.PERCENTAGE_POINTS: f"{value} percentage points",
            FigureKind.ESTIMATE: f"{self.measure} {value}" if self.measure else value,
        }.get(self.kind, value)
        if self.unit and self.kind not in (FigureKind.PERCENTAGE, FigureKind.PERCENTAGE_POINTS):
            head += f" {self.unit}"
        if self.kind is FigureKind.COUNT and self.quantity and self.quantity != self.unit:
            head += f" ({self.quantity})"
        if self.sd is not None:
            head += f" (SD {_fmt(self.sd)})"
        if self.low is not None and self.high is not None and self.low_unit:
            head += (f" ({self.interval or 'range'} {_fmt(self.low)} {self.low_unit} to "
                     f"{_fmt(self.high)} {self.unit})")
        elif self.low is not None and self.high is not None:
            head += f" ({self.interval or 'range'} {_span(self.low, self.high)})"
        if self.denominator is not None and self.kind in (FigureKind.COUNT, FigureKind.PERCENTAGE):
            head += f" of {self.denominator}"
        return head


class Section(_Frozen):
    """One section of an abstract: the label as printed, its NLM category and its text."""

    label: str | None = None
    category: NlmCategory
    category_source: CategorySource
    text: str


class Citation(_Frozen):
    """What the source says about the article; every field may be missing in a pasted text."""

    pmid: str | None = None
    doi: str | None = None
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    authors: tuple[str, ...] = ()
    bibtex_key: str | None = None

    def short(self) -> str:
        """'Kleiter I et al., Arch Neurol 2012 (PMID 22332191)' with whatever is known."""
        parts = []
        if self.authors:
            parts.append(self.authors[0] + (" et al." if len(self.authors) > 1 else ""))
        venue = " ".join(str(p) for p in (self.journal, self.year) if p)
        if venue:
            parts.append(venue)
        text = ", ".join(parts)
        if self.pmid:
            text += f" (PMID {self.pmid})" if text else f"PMID {self.pmid}"
        return text


class StructuredAbstract(_Frozen):
    """A parsed abstract: title, citation, sections in printed order, and extracted figures."""

    title: str | None = None
    citation: Citation = Citation()
    sections: tuple[Section, ...] = Field(min_length=1)
    figures: tuple[Figure, ...] = ()
    source_format: str

    @property
    def is_structured(self) -> bool:
        """True when at least one section carries a printed label."""
        return any(section.label for section in self.sections)

    @property
    def labels(self) -> tuple[str | None, ...]:
        return tuple(section.label for section in self.sections)

    def text(self) -> str:
        """All section texts joined, as one would read them."""
        return "\n\n".join(
            f"{s.label}: {s.text}" if s.label else s.text for s in self.sections
        )

    def sections_in(self, category: NlmCategory) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.category is category)

    def figures_of(self, kind: FigureKind) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.kind is kind)


def _span(low: float | None, high: float | None) -> str:
    """'2-11', or '-3.4 to -0.8' when a bound is negative and a hyphen would mislead."""
    joiner = " to " if (low or 0) < 0 or (high or 0) < 0 else "-"
    return f"{_fmt(low)}{joiner}{_fmt(high)}"


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
