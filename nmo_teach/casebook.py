"""The seed case series (Kleiter et al. 2012) as typed records and pandas tables.

Only the aggregate figures that the published abstract reports exist here: the per-patient data
of the series are not public, and nothing in this module invents them. Every number the book
shows about the series is read from ``data/kleiter2012`` through this module, so a correction to
the data file reaches every page, quiz and grader at once.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from nmo_teach.errors import DataError
from nmo_teach.intervals import ProportionInterval, exact_proportion_interval
from nmo_teach.paths import data_dir
from nmo_teach.validation import describe_validation_error, read_csv_rows, read_yaml

SEED_FOLDER = "kleiter2012"


class Statistic(StrEnum):
    """What kind of summary a reported figure is."""

    COUNT = "count"
    MEDIAN = "median"
    RANGE = "range"
    PROPORTION = "proportion"
    SINGLE = "single"  # one observation, such as the time from stopping treatment to a death


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(_Frozen):
    """Bibliographic details of the seed paper; ``bibtex_key`` points into references.bib."""

    bibtex_key: str
    authors: tuple[str, ...] = Field(min_length=1)
    group_author: str | None = None
    title: str
    journal: str
    year: int
    month: str | None = None
    volume: int
    issue: int
    pages: str
    doi: str
    pmid: int

    @property
    def short(self) -> str:
        """'Kleiter et al. 2012', the form the book uses in running text."""
        first_surname = self.authors[0].rsplit(" ", 1)[0]
        return f"{first_surname} et al. {self.year}"

    def vancouver(self) -> str:
        """The citation in the Vancouver style that PubMed and most medical journals use."""
        authors = ", ".join(self.authors)
        group = f"; {self.group_author}" if self.group_author else ""
        month = f" {self.month}" if self.month else ""
        return (
            f"{authors}{group}. {self.title}. {self.journal}. {self.year}{month};"
            f"{self.volume}({self.issue}):{self.pages}. doi:{self.doi}. PMID {self.pmid}."
        )


class AbstractSection(_Frozen):
    """One labelled section of the abstract, with its label exactly as printed."""

    label: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SeedAbstract(_Frozen):
    """The seed paper's structured abstract: its citation and its sections in printed order."""

    citation: Citation
    sections: tuple[AbstractSection, ...] = Field(min_length=1)

    def section(self, label: str) -> AbstractSection:
        """The section printed under ``label`` (case-insensitive)."""
        for section in self.sections:
            if section.label.casefold() == label.casefold():
                return section
        known = ", ".join(s.label for s in self.sections)
        raise KeyError(f"no section labelled {label!r}; the abstract has: {known}")

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(section.label for section in self.sections)

    def as_text(self) -> str:
        """The abstract as PubMed prints it: 'LABEL: text' paragraphs."""
        return "\n\n".join(f"{s.label}: {s.text}" for s in self.sections)


class ReportedFigure(_Frozen):
    """One number the abstract reports, with the sentence it comes from.

    ``denominator`` is the number of patients the figure is counted among (for a count of
    patients, its denominator; for a count of events, the patients they occurred in). It is
    ``None`` where the abstract does not state it;
    that gap is itself something the book teaches (the median time to relapse is one).
    """

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    quantity: str = Field(min_length=1)
    statistic: Statistic
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = Field(min_length=1)
    denominator: int | None = Field(default=None, ge=1)
    section: str = Field(min_length=1)
    sentence: str = Field(min_length=1)

    @model_validator(mode="after")
    def _fields_fit_the_statistic(self) -> ReportedFigure:
        if self.statistic is Statistic.RANGE:
            if self.low is None or self.high is None:
                raise ValueError("a range needs both 'low' and 'high'")
            if self.low > self.high:
                raise ValueError(f"range low {self.low:g} is above high {self.high:g}")
            if self.value is not None:
                raise ValueError("a range keeps its bounds in 'low' and 'high'; leave 'value' empty")
        elif self.value is None:
            raise ValueError(f"a {self.statistic.value} needs a 'value'")
        if (  # a count of patients cannot exceed the patients it is counted among; events can
            self.statistic is Statistic.COUNT
            and self.unit == "patients"
            and self.denominator is not None
            and self.value is not None
            and self.value > self.denominator
        ):
            raise ValueError(
                f"count {self.value:g} exceeds its denominator {self.denominator}"
            )
        return self

    @property
    def numbers(self) -> tuple[float, ...]:
        """The numbers this figure claims the sentence prints."""
        if self.statistic is Statistic.RANGE:
            assert self.low is not None and self.high is not None
            return (self.low, self.high)
        assert self.value is not None
        return (self.value,)

    def display(self) -> str:
        """The figure in words a reader expects: '8 infusions', '2–11 infusions'."""
        if self.statistic is Statistic.RANGE:
            return f"{_fmt(self.low)}–{_fmt(self.high)} {self.unit}"
        return f"{_fmt(self.value)} {self.unit}"


class CaseSeries(_Frozen):
    """The seed abstract together with every figure it reports."""

    abstract: SeedAbstract
    figures: tuple[ReportedFigure, ...]

    def figure(self, figure_id: str) -> ReportedFigure:
        """The reported figure with this id, or a KeyError listing the ids there are."""
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        known = ", ".join(f.id for f in self.figures)
        raise KeyError(f"no reported figure {figure_id!r}; known ids: {known}")

    def value(self, figure_id: str) -> int | float:
        """A figure's value as the number a sentence would print (5, not 5.0)."""
        figure = self.figure(figure_id)
        if figure.value is None:
            raise KeyError(f"figure {figure_id!r} is a range; read .low and .high instead")
        return _as_number(figure.value)

    def proportion(self, figure_id: str, confidence: float = 0.95) -> ProportionInterval:
        """A count of patients as a proportion of its denominator, with its exact interval.

        Why: "all 5 patients" is a proportion (5 of 5) even without a comparison group, and its
        exact (Clopper-Pearson) interval, 47.8-100%, shows how little five patients pin down.
        Only counts of patients with a stated denominator qualify: a count of events (9 relapses
        among 5 patients) is not a part of a whole and has no such interval.
        """
        figure = self.figure(figure_id)
        if figure.statistic is not Statistic.COUNT or figure.unit != "patients":
            raise KeyError(f"figure {figure_id!r} is not a count of patients; only those are proportions")
        if figure.denominator is None or figure.value is None:
            raise KeyError(f"figure {figure_id!r} has no stated denominator, so no proportion")
        return exact_proportion_interval(int(figure.value), figure.denominator, confidence)

    def proportions_table(self, confidence: float = 0.95) -> pd.DataFrame:
        """Every count of patients as 'n of N', its percentage and exact interval, for the book."""
        rows = []
        for figure in self.figures:
            if figure.statistic is not Statistic.COUNT or figure.unit != "patients":
                continue
            if figure.denominator is None or figure.id == "patients":
                continue  # the series itself (5 of 5 patients) is not a finding
            found = self.proportion(figure.id, confidence)
            rows.append({
                "Finding": figure.quantity,
                "Count": f"{found.count} of {found.total}",
                "Proportion": f"{100 * found.interval.estimate:.0f}%",
                f"Exact {100 * confidence:g}% CI": found.interval.percent_text(),
            })
        return pd.DataFrame(rows)

    def table(self) -> pd.DataFrame:
        """One row per reported figure, indexed by id, in the order of the data file."""
        rows = [figure.model_dump(mode="json") for figure in self.figures]
        frame = pd.DataFrame(rows).set_index("id")
        frame["denominator"] = frame["denominator"].astype("Int64")
        return frame

    def reading_table(self) -> pd.DataFrame:
        """The figures as a reader would tabulate them: what, which statistic, as reported, among whom.

        An unstated denominator shows as 'not stated' rather than a blank, because the gap is the
        point a student should notice.
        """
        return pd.DataFrame(
            {
                "Quantity": [f.quantity for f in self.figures],
                "Statistic": [f.statistic.value for f in self.figures],
                "Reported": [f.display() for f in self.figures],
                "Counted among": [
                    "not stated" if f.denominator is None
                    else f"{f.denominator} patient{'s' if f.denominator > 1 else ''}"
                    for f in self.figures
                ],
            },
            index=pd.Index([f.id for f in self.figures], name="id"),
        )


def _fmt(number: float | None) -> str:
    return "" if number is None else f"{_as_number(number)}"


def _as_number(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[A-Za-z]+")


def numbers_in(sentence: str) -> list[float]:
    """Every number printed in ``sentence``, as digits or as a word ('Four' is 4)."""
    found: list[float] = []
    for token in _NUMBER.findall(sentence):
        if token[0].isdigit():
            found.append(float(token))
        elif token.casefold() in _NUMBER_WORDS:
            found.append(float(_NUMBER_WORDS[token.casefold()]))
    return found


def figure_problems(figure: ReportedFigure, abstract: SeedAbstract) -> list[str]:
    """Why ``figure`` is not faithful to the abstract; empty when it is.

    Checks that the cited sentence is really in the cited section and that every number the
    figure claims is really printed in that sentence.
    """
    problems: list[str] = []
    try:
        section_text = abstract.section(figure.section).text
    except KeyError as missing:
        return [f"{figure.id}: {missing.args[0]}"]
    if figure.sentence not in section_text:
        problems.append(f"{figure.id}: its sentence is not in the {figure.section} section")
    printed = numbers_in(figure.sentence)
    for number in figure.numbers:
        if number not in printed:
            problems.append(
                f"{figure.id}: {_fmt(number)} does not occur in its sentence "
                f"(numbers there: {', '.join(_fmt(n) for n in printed) or 'none'})"
            )
    return problems


def load_case_series(folder: Path | None = None) -> CaseSeries:
    """Read the seed abstract and its figures, validating both.

    Raises ``DataError`` naming the file, the row and the field for any malformed entry.
    """
    folder = folder or data_dir() / SEED_FOLDER
    abstract = _load_abstract(folder / "abstract.yaml")
    figures = tuple(_load_figures(folder / "figures.csv"))
    ids = [figure.id for figure in figures]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(f"{folder / 'figures.csv'}: duplicate figure ids: {', '.join(duplicates)}")
    return CaseSeries(abstract=abstract, figures=figures)


@lru_cache(maxsize=1)
def seed() -> CaseSeries:
    """The shipped seed case series, read once per process (the book calls this often)."""
    return load_case_series()


def _load_abstract(path: Path) -> SeedAbstract:
    raw = read_yaml(path, DataError, "seed abstract (YAML)")
    try:
        return SeedAbstract.model_validate(raw)
    except ValidationError as error:
        raise DataError(f"{path}: {describe_validation_error(error, root=SeedAbstract)}") from None


def _load_figures(path: Path) -> list[ReportedFigure]:
    figures = []
    for line_number, row in read_csv_rows(path, DataError, "table of reported figures (CSV)"):
        cleaned: dict[str, Any] = {key: (value if value != "" else None) for key, value in row.items()}
        try:
            figures.append(ReportedFigure.model_validate(cleaned))
        except ValidationError as error:
            raise DataError(f"{path}, line {line_number}: "
                            f"{describe_validation_error(error, root=ReportedFigure)}") from None
    return figures
