"""Real abstracts from public PubMed/PMC records (tests/fixtures/abstracts/README.md).

Every expected value below was read from the abstract's printed text by a person, not copied
from the tool's output: the sections a reader sees, their NLM categories (from NLM's label
list), and the figures a reader would underline, each with what it is out of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nmo_teach.abstracts import Figure, FigureKind, StructuredAbstract, Verdict, parse_file, parse_string
from nmo_teach.abstracts.checks import check_figures

FIXTURES = Path(__file__).parent / "fixtures" / "abstracts"
B, O, M, R, C, U = "BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "UNASSIGNED"


def _abstract(name: str) -> StructuredAbstract:
    return parse_file(FIXTURES / name)[0]


def _of(abstract: StructuredAbstract, kind: FigureKind) -> list[Figure]:
    return list(abstract.figures_of(kind))


def _checks(abstract: StructuredAbstract) -> dict[str, Verdict]:
    return {f"{c.name}: {c.details['figure']}": c.verdict for c in check_figures(abstract.figures)}


@pytest.mark.parametrize(("name", "shape"), [
    ("real-cagol2024-jama.txt", [("Importance", O), ("Objective", O),
                                 ("Design, Setting, and Participants", M), ("Exposures", M)]),
    ("real-tahara2020-lancet.txt", [("Background", B), ("Methods", M)]),
    ("real-waters2012-neurology.txt", [("Objectives", O), ("Methods", M), ("Results", R),
                                       ("Conclusions", C)]),
    ("real-kim2012-msj.txt", [("Objectives", O), ("Methods", M), ("Results", R), ("Conclusion", C)]),
    ("real-wingerchuk2021-annneurol.txt", [("Objective", O), ("Methods", M), ("Results", R)]),
    ("real-eculizumab-monotherapy-unstructured.txt", [(None, U)]),
])
def test_real_abstracts_parse_into_the_printed_sections(name, shape):
    abstract = _abstract(name)
    assert [(s.label, s.category.value) for s in abstract.sections] == shape
    if shape[0][0] is not None:
        assert abstract.title and not abstract.title.startswith(shape[0][0])


# --- Cagol et al. 2024, JAMA Neurology (current JAMA headings) -------------------------------

def test_jama_bracketed_percentages_take_their_group_n():
    """'(n = 599; 386 [64.4%] female; mean [SD] age, 41.5 [12.3] years)': 386 is out of 599, the
    group just named, not out of the 1051 included; likewise 302 [66.8%] of n = 452."""
    abstract = _abstract("real-cagol2024-jama.txt")
    counts = {f.value: f for f in _of(abstract, FigureKind.COUNT)}
    assert counts[1051].denominator is None
    assert counts[599].display() == "n = 599" and counts[452].display() == "n = 452"
    assert (counts[386].denominator, counts[302].denominator) == (599, 452)
    percentages = {f.value: f for f in _of(abstract, FigureKind.PERCENTAGE)}
    assert (percentages[64.4].of_count, percentages[64.4].denominator) == (386, 599)
    assert (percentages[66.8].of_count, percentages[66.8].denominator) == (302, 452)
    means = _of(abstract, FigureKind.MEAN)
    assert [(m.value, m.sd, m.unit, m.quantity, m.denominator) for m in means] == [
        (41.5, 12.3, "years", "age", 599), (49.2, 14.5, "years", "age", 452)]


def test_jama_excluded_people_are_not_a_part_of_the_included():
    abstract = _abstract("real-cagol2024-jama.txt")
    five = next(f for f in _of(abstract, FigureKind.COUNT) if f.value == 5)
    assert five.denominator is None  # excluded, so not "5 of the 1051 included"
    small_groups = [f.value for f in _of(abstract, FigureKind.COUNT) if f.quantity == "n"]
    assert small_groups == [599, 452, 3, 2]


def test_jama_percentages_are_checked_against_their_own_group():
    # 386/599 = 64.44% -> 64.4%; 302/452 = 66.81% -> 66.8%
    verdicts = _checks(_abstract("real-cagol2024-jama.txt"))
    assert verdicts["percentage matches count: '386 of 599 (64.4%)'"] is Verdict.CONSISTENT
    assert verdicts["percentage matches count: '302 of 452 (66.8%)'"] is Verdict.CONSISTENT


# --- Waters et al. 2012, Neurology (Objectives/Methods/Results/Conclusions) -------------------

def test_neurology_percent_then_count_of_60():
    """'(77%; 46 of 60)', '(CBA, 73%; 44 of 60)', '68% (41 of 60)', '60% (36 of 60)',
    '72% (43 of 60)': each percentage is of its count out of the 60 NMO/NMOSD sera."""
    abstract = _abstract("real-waters2012-neurology.txt")
    pairs = [(p.value, p.of_count, p.denominator) for p in _of(abstract, FigureKind.PERCENTAGE)
             if p.of_count is not None]
    assert pairs == [(77, 46, 60), (73, 44, 60), (68, 41, 60), (60, 36, 60), (72, 43, 60)]
    proportion = [v for k, v in _checks(abstract).items() if k.startswith("percentage")]
    assert proportion == [Verdict.CONSISTENT] * 5  # 76.7, 73.3, 68.3, 60.0, 71.7 all round right


def test_neurology_group_sizes_are_not_read_as_out_of_the_first_group():
    """'NMO (35 patients), NMO spectrum disorders (25 patients), ... (39 patients)': parallel
    groups; none is out of another, and the abstract never prints their total."""
    abstract = _abstract("real-waters2012-neurology.txt")
    groups = [(f.value, f.denominator) for f in _of(abstract, FigureKind.COUNT)
              if f.unit in ("patients", "subjects")]
    assert groups == [(35, None), (25, None), (39, None), (25, None), (22, None)]


def test_neurology_en_dash_percentage_range():
    abstract = _abstract("real-waters2012-neurology.txt")
    ranges = _of(abstract, FigureKind.RANGE)
    assert [(r.low, r.high, r.unit) for r in ranges] == [(48, 53, "%")]
    assert ranges[0].text == "48%–53%"


# --- Kim et al. 2012, Mult Scler ------------------------------------------------------------

def test_msj_count_percentage_and_p_values():
    abstract = parse_file(FIXTURES / "real-kim2012-msj.txt", second_reading=None)[0]  # the rules, not the model
    n = next(f for f in _of(abstract, FigureKind.COUNT) if f.value == 40)
    assert n.unit == "patients" and n.denominator is None
    twenty = next(f for f in _of(abstract, FigureKind.COUNT) if f.value == 20)
    assert twenty.denominator == 40  # "observed in 20 patients (50%)" of the 40 reviewed
    assert [(p.measure, p.value) for p in _of(abstract, FigureKind.P_VALUE)] == [
        ("=", 0.002), ("<", 0.001)]
    # "The increased ARR > 50%" sets a cut-off, a threshold; "whose disease duration was more than
    # 1 year" and "treated with IFN-β for more than 6 months" say how long something went on, durations
    # (the corpus conventions of issue 12: a bound on a time led by "for", twenty-first session).
    assert [(t.value, t.unit, t.measure) for t in _of(abstract, FigureKind.THRESHOLD)] == [(50, "%", ">")]
    assert sorted((d.value, d.unit, d.measure) for d in _of(abstract, FigureKind.DURATION)) == [
        (1, "year", ">"), (6, "months", ">")]
    assert _checks(abstract)["percentage matches count: '20 of 40 (50%)'"] is Verdict.CONSISTENT


# --- Wingerchuk et al. 2021, Ann Neurol (Unicode hyphens and en dashes) ------------------------

def test_ann_neurol_median_range_with_units_and_ci_in_brackets():
    abstract = _abstract("real-wingerchuk2021-annneurol.txt")
    median = _of(abstract, FigureKind.MEDIAN)[0]
    assert (median.value, median.unit, median.low, median.high, median.interval) == (
        133.3, "weeks", 5.1, 276.9, "range")
    assert median.denominator == 137  # "137 patients received eculizumab and were monitored"
    relapse_free = next(p for p in _of(abstract, FigureKind.PERCENTAGE) if p.value == 94.4)
    assert (relapse_free.low, relapse_free.high, relapse_free.interval) == (88.6, 97.3, "95% CI")
    assert not any(p.value == 95 for p in _of(abstract, FigureKind.PERCENTAGE))  # the CI level


def test_ann_neurol_patient_years_are_exposure_not_patients():
    abstract = _abstract("real-wingerchuk2021-annneurol.txt")
    assert [f.value for f in _of(abstract, FigureKind.COUNT)] == [137]
    exposure = next(f for f in _of(abstract, FigureKind.DURATION) if f.value == 362.3)
    assert exposure.unit == "patient-years"


# --- Unstructured: eculizumab monotherapy, Mult Scler ------------------------------------------

def test_unstructured_mixed_unit_range_ci_apart_and_percent_before_count():
    abstract = _abstract("real-eculizumab-monotherapy-unstructured.txt")
    median = _of(abstract, FigureKind.MEDIAN)[0]
    # "a median of 2.8 years (range, 14 weeks-5.2 years)": the low end is in weeks
    assert (median.value, median.unit, median.low, median.low_unit, median.high) == (
        2.8, "years", 14, "weeks", 5.2)
    assert median.denominator == 33
    assert "14 weeks to 5.2 years" in median.display()
    percentages = _of(abstract, FigureKind.PERCENTAGE)
    # "96% ... (Kaplan-Meier analysis; 95% confidence interval, 75.7-99.4)"; "95% (20/21)"
    assert [(p.value, p.low, p.high, p.of_count, p.denominator) for p in percentages] == [
        (96, 75.7, 99.4, None, None), (95, None, None, 20, 21)]
    names = [c.name for c in check_figures(abstract.figures)]
    assert "median and range" not in names  # a range in two units cannot be checked as integers
    assert _checks(abstract)["percentage matches count: '20 of 21 (95%)'"] is Verdict.CONSISTENT


# --- Lancet (Tahara et al. 2020, Lancet Neurol) ---------------------------------------------

def test_lancet_methods_ranges_and_durations():
    abstract = _abstract("real-tahara2020-lancet.txt")
    assert [(f.value, f.unit) for f in _of(abstract, FigureKind.COUNT)] == [(8, "hospitals")]
    age = _of(abstract, FigureKind.RANGE)[0]
    assert (age.quantity, age.low, age.high, age.unit) == ("age", 16, 80, "years")
    assert (72, "weeks") in [(d.value, d.unit) for d in _of(abstract, FigureKind.DURATION)]


def test_lancet_middle_dot_decimals():
    # Lancet prints decimals with a middle dot; a short sentence in that style (written by the
    # project, not quoted) must read like its ASCII twin
    dotted = parse_string("Findings: The hazard ratio was 0·27 (95% CI 0·15–0·50; p<0·0001).")
    plain = parse_string("Findings: The hazard ratio was 0.27 (95% CI 0.15-0.50; p<0.0001).")
    assert [f.display() for f in dotted.figures] == [f.display() for f in plain.figures]
    ratio = dotted.figures_of(FigureKind.RATIO)[0]
    assert (ratio.value, ratio.low, ratio.high) == (0.27, 0.15, 0.5)


# --- The patterns the brief names, one by one ------------------------------------------------

def _one(text: str, kind: FigureKind) -> list[Figure]:
    return list(parse_string(f"Results: {text}").figures_of(kind))


def test_of_n_patients_opening_gives_the_denominator():
    counts = _one("Of 120 patients, 30 (25%) relapsed.", FigureKind.COUNT)
    assert [(c.value, c.denominator) for c in counts] == [(120, None), (30, 120)]
    percentage = _one("Of 120 patients, 30 (25%) relapsed.", FigureKind.PERCENTAGE)[0]
    assert (percentage.of_count, percentage.denominator) == (30, 120)


def test_percentage_after_a_count_is_checked_with_the_count_s_denominator():
    abstract = parse_string("Results: We enrolled 120 patients; 78 women [65%] and 30 (25%) "
                            "relapsed. Of 120 patients, 31 (25%) had an attack.")
    verdicts = _checks(abstract)
    assert verdicts["percentage matches count: '78 of 120 (65%)'"] is Verdict.CONSISTENT  # 65.0%
    assert verdicts["percentage matches count: '31 of 120 (25%)'"] is Verdict.INCONSISTENT  # 25.8%


def test_snellen_fractions_are_not_counts():
    assert _one("Of 64 adults with acuity worse than 20/200, 60 were included.",
                FigureKind.COUNT)[0].value == 64
    assert all(c.value != 20 for c in _one("Visual acuity was 20/40 at 6 months.", FigureKind.COUNT))


@pytest.mark.parametrize(("text", "expected"), [
    ("n = 120", (120, None)), ("(n = 55)", (55, None)), ("120 of 200 had MRI.", (120, 200)),
])
def test_sample_sizes_and_bare_counts(text, expected):
    count = _one(text, FigureKind.COUNT)[0]
    assert (count.value, count.denominator) == expected


def test_estimate_with_comma_ci_and_en_dash():
    estimate = _one("The difference was 0.50 (95% CI, 0.25-0.80).", FigureKind.ESTIMATE)[0]
    assert (estimate.value, estimate.low, estimate.high, estimate.interval) == (
        0.5, 0.25, 0.8, "95% CI")
    ratio = _one("Risk fell (HR 0.40; 95% CI, 0.25–0.80).", FigureKind.RATIO)[0]
    assert (ratio.measure, ratio.value, ratio.low, ratio.high) == ("HR", 0.4, 0.25, 0.8)
