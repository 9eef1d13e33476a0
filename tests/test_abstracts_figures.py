"""Figure extraction: the seed's figures match data/kleiter2012/figures.csv; other styles too."""

from __future__ import annotations

from pathlib import Path

import pytest

from nmo_teach.abstracts import Figure, FigureKind, StructuredAbstract, parse_file, parse_string
from nmo_teach.abstracts.figures import sentence_spans
from nmo_teach.casebook import ReportedFigure, Statistic, seed

FIXTURES = Path(__file__).parent / "fixtures" / "abstracts"


@pytest.fixture(scope="module")
def kleiter() -> StructuredAbstract:
    return parse_file(FIXTURES / "kleiter2012.txt")[0]


def _denominator_agrees(figure: Figure, row: ReportedFigure, n: float) -> bool:
    """The curated ``denominator`` is "the patients a figure is counted among"; the extractor's
    is "what a count is out of". They agree, except in three places where the meaning differs:
    the series' n (the table counts it among itself; the extractor marks it as the n), a count
    of events (the table records the patients they happened in; 9 relapses are not a part of 5),
    and a single observation (the table records the one patient it is about)."""
    if row.statistic is Statistic.SINGLE:
        return figure.denominator is None
    if row.statistic is Statistic.COUNT and row.unit != "patients":
        return figure.denominator is None and row.denominator == n
    if figure.denominator is None and figure.value == n and figure.denominator_note is None:
        return row.denominator == n
    return figure.denominator == row.denominator


def _match(figures: tuple[Figure, ...], row: ReportedFigure) -> list[Figure]:
    """Extracted figures that say what the curated row says, from the same sentence."""
    n = float(seed().value("patients"))
    same_sentence = [f for f in figures if f.sentence == row.sentence]
    if row.statistic is Statistic.RANGE:
        return [f for f in same_sentence if f.kind is FigureKind.MEDIAN
                and (f.low, f.high) == (row.low, row.high) and f.unit == row.unit
                and f.denominator == row.denominator]
    kind = {Statistic.COUNT: FigureKind.COUNT, Statistic.MEDIAN: FigureKind.MEDIAN,
            Statistic.SINGLE: FigureKind.DURATION}[row.statistic]
    return [f for f in same_sentence if f.kind is kind and f.value == row.value
            and f.unit == row.unit and _denominator_agrees(f, row, n)]


@pytest.mark.parametrize("row", seed().figures, ids=lambda r: r.id)
def test_every_curated_seed_figure_is_extracted_with_unit_and_denominator(kleiter, row):
    assert len(_match(kleiter.figures, row)) == 1, [f.display() for f in kleiter.figures]


def test_nothing_is_extracted_that_the_curated_table_lacks(kleiter):
    matched = {id(f) for row in seed().figures for f in _match(kleiter.figures, row)}
    extra = [f.display() for f in kleiter.figures if id(f) not in matched]
    assert extra == []


def test_spans_point_at_the_figure_and_its_sentence(kleiter):
    for figure in kleiter.figures:
        text = kleiter.sections[figure.section_index].text
        assert text[figure.span.start : figure.span.end] == figure.text
        assert text[figure.sentence_span.start : figure.sentence_span.end] == figure.sentence
        assert figure.sentence_span.start <= figure.span.start < figure.span.end
        assert figure.span.end <= figure.sentence_span.end


def test_the_time_to_relapse_has_an_ambiguous_denominator(kleiter):
    relapse = next(f for f in kleiter.figures if f.kind is FigureKind.MEDIAN and f.unit == "days")
    assert relapse.denominator is None
    assert set(relapse.denominator_candidates) == {seed().value("relapses"), seed().value("patients")}
    assert "does not say" in (relapse.denominator_note or "")


def test_the_same_figures_come_from_every_format_of_the_seed():
    def key(abstract: StructuredAbstract) -> list[str]:
        return [f.display() for f in abstract.figures]
    expected = key(parse_file(FIXTURES / "kleiter2012.txt")[0])
    assert key(parse_file(FIXTURES / "pubmed-set.xml")[0]) == expected
    assert key(parse_file(FIXTURES / "medline.txt")[0]) == expected
    assert key(parse_file(FIXTURES / "kleiter2012-inline.txt")[0]) == expected


def test_sentences_do_not_split_at_decimals_or_abbreviations():
    text = "Risk fell (P = .03) vs. placebo, as Smith et al. found. Next sentence here."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Risk fell (P = .03) vs. placebo, as Smith et al. found.", "Next sentence here."]


def _kinds(text: str) -> dict[FigureKind, list[Figure]]:
    found: dict[FigureKind, list[Figure]] = {}
    for figure in parse_string(text).figures:
        found.setdefault(figure.kind, []).append(figure)
    return found


def test_ratios_with_confidence_intervals_and_p_values():
    found = _kinds("Results: Early exchange helped (odds ratio, 2.40; 95% CI, 1.10-5.20; "
                   "P = .03). Seropositivity predicted change (HR 3.1, 95% CI 1.8 to 5.4; P < .001).")
    odds, hazard = found[FigureKind.RATIO]
    assert (odds.measure, odds.value, odds.low, odds.high, odds.interval) == ("OR", 2.4, 1.1, 5.2, "95% CI")
    assert (hazard.measure, hazard.value, hazard.low, hazard.high) == ("HR", 3.1, 1.8, 5.4)
    assert [(p.measure, p.value) for p in found[FigureKind.P_VALUE]] == [("=", 0.03), ("<", 0.001)]


def test_means_with_sd_in_both_printed_styles_and_estimates_with_ci():
    found = _kinds("Results: Mean (SD) age, 36.4 (9.8) years. The rate fell from 1.8 ± 0.9. "
                   "The mean difference was -1.2 relapses per year (95% CI, -1.5 to -0.9).")
    means = found[FigureKind.MEAN]
    assert [(m.value, m.sd) for m in means] == [(36.4, 9.8), (1.8, 0.9)]
    assert means[0].unit == "years" and means[0].quantity == "age"
    estimate = found[FigureKind.ESTIMATE][0]
    assert (estimate.value, estimate.low, estimate.high) == (-1.2, -1.5, -0.9)


def test_counts_with_stated_denominators_and_percentages():
    found = _kinds("Results: Relapses occurred in 3 of 96 patients (3%) and 20/44 (45%) controls.")
    counts = found[FigureKind.COUNT]
    assert [(c.value, c.denominator) for c in counts] == [(3, 96), (20, 44)]
    assert [(p.value, p.denominator) for p in found[FigureKind.PERCENTAGE]] == [(3, 96), (45, 44)]


def test_medians_with_iqr_and_durations_with_units():
    found = _kinds("Results: The median age was 34 years (IQR, 26-45 years). "
                   "Patients were followed for 18 months.")
    median = found[FigureKind.MEDIAN][0]
    assert (median.value, median.low, median.high, median.interval, median.unit) == (
        34, 26, 45, "IQR", "years")
    assert [(d.value, d.unit) for d in found[FigureKind.DURATION]] == [(18, "months")]


def test_people_counts_take_the_study_n_as_denominator():
    found = _kinds("Results: A total of 412 adults were included. Of these, 268 women and "
                   "37 participants changed diagnosis.")
    counts = found[FigureKind.COUNT]
    assert counts[0].value == 412 and counts[0].denominator is None
    assert [(c.value, c.denominator) for c in counts[1:]] == [(268, 412), (37, 412)]
