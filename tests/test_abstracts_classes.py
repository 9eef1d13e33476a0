"""Input classes the toolkit must read (issue 12): heading forms, printed numbers, bracket and
interval forms, doses, thresholds, percentage points, I² and R², and the checks they allow.

Each test pastes a short text of one class, written here to show the form; the evaluation corpus
(tests/fixtures/abstracts/corpus, scored by benchmarks/bench_abstracts.py) measures the same
classes on real abstracts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nmo_teach.abstracts import (
    AbstractError,
    Figure,
    FigureKind,
    StructuredAbstract,
    Verdict,
    check_figures,
    interval_contains,
    parse_file,
    parse_string,
    within_bounds,
)
from nmo_teach.abstracts.numbers import canonical, word_value

# --- headings ---------------------------------------------------------------------------------

HEADING_FORMS = {
    "JAMA legacy, stop and dash": (
        "OBJECTIVE.—To test a drug. DESIGN.—Cohort study. RESULTS.—Twelve patients relapsed.",
        [("OBJECTIVE", "OBJECTIVE"), ("DESIGN", "METHODS"), ("RESULTS", "RESULTS")]),
    "stop, space and dash": (
        "Objective. —To test a drug. Setting. —Two clinics. Results. —During follow-up, 12 relapsed.",
        [("Objective", "OBJECTIVE"), ("Setting", "METHODS"), ("Results", "RESULTS")]),
    "dash alone": (
        "Background—MS is common.\nMethods—We enrolled 40 patients.\nResults—Ten relapsed.",
        [("Background", "BACKGROUND"), ("Methods", "METHODS"), ("Results", "RESULTS")]),
    "full stop and em space": (
        "Background.\u2003MS is common. Methods.\u2003We enrolled 40 patients. "
        "Results.\u2003Ten relapsed.",
        [("Background", "BACKGROUND"), ("Methods", "METHODS"), ("Results", "RESULTS")]),
    "sentence-case run-in with a full stop": (
        "Patients and methods. Forty patients were enrolled.\nResults. Ten relapsed.",
        [("Patients and methods", "METHODS"), ("Results", "RESULTS")]),
    "lower-case run-in with a colon": (
        "methods: we enrolled 40 patients.\nresults: ten relapsed.",
        [("methods", "METHODS"), ("results", "RESULTS")]),
    "alone on a line, no colon": (
        "Title of the study\n\nBACKGROUND\nMS is common.\n\nRESULTS\nTen relapsed.",
        [("BACKGROUND", "BACKGROUND"), ("RESULTS", "RESULTS")]),
    "glued after a full stop": (
        "Context.—A survey in 1990.Objective.—To document trends.Results.—Use rose.",
        [("Context", "BACKGROUND"), ("Objective", "OBJECTIVE"), ("Results", "RESULTS")]),
    "after a sentence that lost its end": (
        "Results. —The odds ratio was 2.1 (P Conclusion. —Risk factors matter.",
        [("Results", "RESULTS"), ("Conclusion", "CONCLUSIONS")]),
    "dash and colon": (
        "CONTEXT.—: AI is new.\nOBJECTIVE.—: To review it.",
        [("CONTEXT", "BACKGROUND"), ("OBJECTIVE", "OBJECTIVE")]),
}


@pytest.mark.parametrize("name", sorted(HEADING_FORMS))
def test_heading_forms(name: str):
    text, expected = HEADING_FORMS[name]
    abstract = parse_string(text)
    assert [(s.label, s.category.value) for s in abstract.sections] == expected


@pytest.mark.parametrize("text", [
    "PATIENTS AND METHODS: Forty patients were enrolled. RESULTS: Ten relapsed.",
    "PATIENTS AND METHODS Forty patients were enrolled.\nRESULTS Ten relapsed.",
    "PATIENTS AND METHODS.—Forty patients were enrolled. RESULTS.—Ten relapsed.",
])
def test_a_multi_word_heading_is_never_cut_in_two(text: str):
    abstract = parse_string(text)
    assert abstract.sections[0].label == "PATIENTS AND METHODS"
    assert abstract.sections[0].text.startswith("Forty patients")


@pytest.mark.parametrize("text", [
    "We enrolled 40 patients. Results were similar in both arms. Ten relapsed.",
    "We enrolled 40 patients. Patients – especially older ones – relapsed more often.",
    "Natalizumab failed. Methods differ between centres: some use MRI.",
])
def test_sentences_that_start_like_headings_are_not_headings(text: str):
    abstract = parse_string(text)
    assert [s.label for s in abstract.sections] == [None]


def test_pubmed_display_text_keeps_the_title_and_drops_authors_and_identifiers():
    text = ("Arch Neurol. 2012 Aug;69(8):1026-31. doi: 10.1001/archneurol.2012.112.\n\n"
            "Failure of natalizumab to prevent relapses in neuromyelitis optica.\n\n"
            "Kleiter I(1), Hellwig K, Berthele A.\n\n"
            "Author information:\n(1)Department of Neurology, Regensburg.\n\n"
            "OBJECTIVE: To report natalizumab in 5 patients.\nRESULTS: Nine relapses occurred.\n\n"
            "DOI: 10.1001/archneurol.2012.112\nPMID: 22332191 [Indexed for MEDLINE]")
    abstract = parse_string(text)
    assert abstract.title == "Failure of natalizumab to prevent relapses in neuromyelitis optica."
    assert [s.label for s in abstract.sections] == ["OBJECTIVE", "RESULTS"]
    assert abstract.sections[-1].text == "Nine relapses occurred."


def test_a_leading_abstract_word_and_a_wrapped_title_are_not_sections():
    text = ("Neuromyelitis optica presenting with relapses\nunder natalizumab: a case report\n\n"
            "Abstract\n\nIntroduction: NMO is rare.\n\nConclusions: Beware.")
    abstract = parse_string(text)
    assert abstract.title == ("Neuromyelitis optica presenting with relapses under natalizumab: "
                              "a case report")
    assert [s.label for s in abstract.sections] == ["Introduction", "Conclusions"]


# --- printed numbers --------------------------------------------------------------------------

def _only(abstract: StructuredAbstract, kind: FigureKind) -> list[Figure]:
    return list(abstract.figures_of(kind))


def _spans_are_exact(abstract: StructuredAbstract) -> bool:
    return all(abstract.sections[f.section_index].text[f.span.start:f.span.end] == f.text
               for f in abstract.figures)


@pytest.mark.parametrize(("text", "value", "printed"), [
    ("One hundred forty-two patients were enrolled.", 142, "One hundred forty-two"),
    ("We studied two thousand three hundred eighteen adults.", 2318,
     "two thousand three hundred eighteen"),
    ("Eighty women took part.", 80, "Eighty"),
    ("Sixteen centres recruited patients.", 16, "Sixteen"),
    ("The trial enrolled 2,318 patients.", 2318, "2,318"),
    ("The trial enrolled 48\u202f212 participants.", 48212, "48\u202f212"),
    ("The trial enrolled 48\u2009212 participants.", 48212, "48\u2009212"),
    ("The trial enrolled 1\u00a0234 patients.", 1234, "1\u00a0234"),
    ("The registry held 10 000 people.", 10000, "10 000"),
])
def test_counts_in_words_and_with_thousands_separators(text: str, value: int, printed: str):
    abstract = parse_string(text)
    counts = _only(abstract, FigureKind.COUNT)
    assert [c.value for c in counts] == [value]
    assert counts[0].text.startswith(printed)
    assert _spans_are_exact(abstract)


def test_a_count_in_words_with_its_percentage():
    abstract = parse_string("Of 500 patients, Three hundred six (61.2%) were women.")
    count = next(f for f in abstract.figures if f.value == 306)
    percentage = _only(abstract, FigureKind.PERCENTAGE)[0]
    assert count.text == "Three hundred six"
    assert (percentage.value, percentage.of_count, percentage.denominator) == (61.2, 306, 500)


def test_unicode_minus_and_thin_spaces_around_signs():
    abstract = parse_string("HbA1c changed by \u22120.42%\u2009\u00b1\u20090.61 (p\u2009=\u20090.02).")
    mean = _only(abstract, FigureKind.MEAN)[0]
    assert (mean.value, mean.sd, mean.text) == (-0.42, 0.61, "\u22120.42%\u2009\u00b1\u20090.61")
    p_value = _only(abstract, FigureKind.P_VALUE)[0]
    assert (p_value.value, p_value.measure) == (0.02, "=")


def test_number_words_read_by_the_library():
    assert word_value("One hundred forty-two") == 142
    assert word_value("Three hundred six") == 306
    assert word_value("no number") is None


def test_canonical_text_maps_back_to_the_printed_characters():
    printed = "From \u22120.42 to 48\u202f212, One hundred forty-two, 0\u00b7272."
    canon = canonical(printed)
    assert canon.text == "From -0.42 to 48212, 142, 0.272."
    start = canon.text.index("142")
    assert printed[slice(*canon.span(start, start + 3))] == "One hundred forty-two"
    start = canon.text.index("48212")
    assert printed[slice(*canon.span(start, start + 5))] == "48\u202f212"


# --- interval and bracket forms ---------------------------------------------------------------

def test_x_out_of_y_with_percentage():
    abstract = parse_string("Relapses occurred in 46 out of 60 (77%).")
    count = _only(abstract, FigureKind.COUNT)[0]
    percentage = _only(abstract, FigureKind.PERCENTAGE)[0]
    assert (count.value, count.denominator) == (46, 60)
    assert (percentage.value, percentage.of_count, percentage.denominator) == (77, 46, 60)


@pytest.mark.parametrize(("text", "expected"), [
    ("The median number was 2 [range 0-4.5].", (2, 0, 4.5, "range")),
    ("Median follow-up was 3.1 [range, 0.4-7] years.", (3.1, 0.4, 7, "range")),
    ("The median delay was 12 (range 0–41) months.", (12, 0, 41, "range")),
    ("Median (IQR) cost was 812 [301, 2,405] dollars.", (812, 301, 2405, "IQR")),
    ("The median rate (median: 8.4%; IQR: 4.7%–14.2%) varied.", (8.4, 4.7, 14.2, "IQR")),
])
def test_medians_with_bracketed_ranges_and_iqrs(text: str, expected: tuple):
    median = _only(parse_string(text), FigureKind.MEDIAN)[0]
    assert (median.value, median.low, median.high, median.interval) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Mortality: risk ratio 1.31 [CI, 0.77 to 2.10].", FigureKind.RATIO, ("RR", 1.31, 0.77, 2.10)),
    ("Weight: MD: -0.85; 95% CI -1.40, -0.30.", FigureKind.ESTIMATE, ("MD", -0.85, -1.40, -0.30)),
    ("The hazard ratio for death, 1.19; 95% confidence interval, 0.53-2.34.", FigureKind.RATIO,
     ("HR", 1.19, 0.53, 2.34)),
    ("Effect size 0.32 [0.05-0.60] in the trial.", FigureKind.ESTIMATE, ("effect size", 0.32, 0.05, 0.60)),
    ("Coverage rose 4.2 percentage points (95% CI, 1.1 to 7.3).", FigureKind.PERCENTAGE_POINTS,
     (None, 4.2, None, None)),
])
def test_estimates_with_their_intervals(text: str, kind: FigureKind, expected: tuple):
    figure = _only(parse_string(text), kind)[0]
    assert (figure.measure, figure.value, figure.low, figure.high) == expected


def test_meta_analysis_triple_is_estimate_interval_and_i_squared():
    abstract = parse_string("Pooled RR (95% CI, I²): (0.91, 0.80 to 1.04, 12%).")
    ratio = _only(abstract, FigureKind.RATIO)[0]
    assert (ratio.value, ratio.low, ratio.high, ratio.measure) == (0.91, 0.80, 1.04, "RR")
    i2 = [f for f in _only(abstract, FigureKind.ESTIMATE) if f.measure == "I2"]
    assert [(f.value, f.text) for f in i2] == [(12, "12%")]


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("The model fitted well (R2=0.52).", "R2", 0.52),
    ("Heterogeneity was high (I 2 = 68.0%).", "I2", 68.0),
    ("Heterogeneity was low (I² 12%).", "I2", 12),
])
def test_r_and_i_squared_are_estimates(text: str, measure: str, value: float):
    estimate = _only(parse_string(text), FigureKind.ESTIMATE)[0]
    assert (estimate.measure, estimate.value) == (measure, value)


def test_rates_reported_as_decimals_with_their_groups():
    abstract = parse_string("The mean (±SD) annualized relapse rate before screening was 1.99±0.94. "
                            "The adjusted annualized relapse rate was 0.02 with eculizumab and 0.35 "
                            "with placebo.")
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.MEAN, 1.99), (FigureKind.ESTIMATE, 0.02), (FigureKind.ESTIMATE, 0.35)]


def test_values_listed_after_a_named_estimate_share_its_measure():
    abstract = parse_string("Sensitivity was 0.75 for OCB, 0.83 for Select-3, and 0.71 for Select-6. "
                            "The odds ratio (OR) for each decade was 2.1 for men and 2.2 for women.")
    assert [(f.kind.value, f.measure, f.value) for f in abstract.figures] == [
        ("estimate", "sensitivity", 0.75), ("estimate", "sensitivity", 0.83),
        ("estimate", "sensitivity", 0.71), ("ratio", "OR", 2.1), ("ratio", "OR", 2.2)]


def test_p_for_interaction():
    p_value = _only(parse_string("The effect differed by sex (P for interaction=0.03)."),
                    FigureKind.P_VALUE)[0]
    assert (p_value.value, p_value.measure) == (0.03, "=")


# --- doses and thresholds ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Patients took 500 mg twice daily.", 500, "mg twice daily"),
    ("The dose was raised to 1,200 mg/day.", 1200, "mg/day"),
    ("IVIg 2 g/kg was given.", 2, "g/kg"),
])
def test_doses_are_their_own_kind(text: str, value: float, unit: str):
    dose = _only(parse_string(text), FigureKind.DOSE)[0]
    assert (dose.value, dose.unit) == (value, unit)


def test_a_concentration_is_not_a_dose():
    assert _only(parse_string("Serum sodium was 5 mg/dL higher."), FigureKind.DOSE) == []


@pytest.mark.parametrize(("text", "value", "measure", "unit"), [
    ("We used a cut-off 25 pg/mL for sNfL.", 25, None, "pg/mL"),
    ("Opening pressure ≥150 mm H2O was abnormal.", 150, "≥", "mm H2O"),
    ("Patients with EDSS ≥ 3 were excluded.", 3, "≥", ""),
    ("Relapses were highest under the age of 30 in the cohort.", 30, "<", "years"),
    ("Adults 65 years or older were eligible.", 65, "≥", "years"),
    ("A body mass index of 30 or more was required.", 30, "≥", ""),
])
def test_thresholds_are_their_own_kind(text: str, value: float, measure: str | None, unit: str):
    threshold = _only(parse_string(text), FigureKind.THRESHOLD)[0]
    assert (threshold.value, threshold.unit) == (value, unit)
    if measure:
        assert threshold.measure == measure


def test_a_bounded_follow_up_is_a_duration_not_a_threshold():
    abstract = parse_string("The open-label follow-up period of ≥2 years is reported.")
    assert [(d.value, d.measure) for d in _only(abstract, FigureKind.DURATION)] == [(2, "≥")]
    assert _only(abstract, FigureKind.THRESHOLD) == []


# --- what is not a figure ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Antibodies to aquaporin 4 were tested in 2019.",
    "SARS-CoV-2 infection was confirmed (JAMA. 1994;271:840-844).",
    "Tests were repeated at 1, 3, and 5 years of age in the 12-month group.",
    "Rates were 183.5 in 100 PY.",
])
def test_labels_years_citations_and_time_points_are_not_counts(text: str):
    abstract = parse_string(text)
    assert _only(abstract, FigureKind.COUNT) == []
    assert _only(abstract, FigureKind.RANGE) == []


# --- consistency checks for the new kinds ------------------------------------------------------

def test_interval_and_bound_checks():
    assert interval_contains(0.5, 0.3, 0.8).verdict is Verdict.CONSISTENT
    assert interval_contains(0.5, 0.6, 0.9).verdict is Verdict.INCONSISTENT
    assert interval_contains(0.5, 0.9, 0.3).verdict is Verdict.INCONSISTENT
    assert interval_contains(0.5, -0.1, 0.9, positive=True).verdict is Verdict.INCONSISTENT
    assert within_bounds(68, 0, 100, "I²").verdict is Verdict.CONSISTENT
    assert within_bounds(120, 0, 100, "I²").verdict is Verdict.INCONSISTENT


def test_check_figures_flags_impossible_new_kind_figures():
    abstract = parse_string("Results: HR 0.50 (95% CI 0.60-0.90). Heterogeneity I2 = 120%. "
                            "MD -0.85 (95% CI -1.40 to -0.30). R2 = 1.4.")
    verdicts = [(c.name, c.verdict) for c in check_figures(abstract.figures)]
    assert verdicts == [
        ("interval contains its estimate", Verdict.INCONSISTENT),
        ("I² (%) within 0 to 100", Verdict.INCONSISTENT),
        ("interval contains its estimate", Verdict.CONSISTENT),
        ("R² within 0 to 1", Verdict.INCONSISTENT),
    ]


# --- robustness -------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "One hundred forty-two", "Three hundred six", "Eighty", "Sixteen", "twofold", "patients",
    "centres", " ", "\u2009", "\u202f", "\u00a0", "\u2003", "\u2212", "–", "—", "-", "±", "=",
    "<", "≥", "ⱖ", "%", "(", ")", "[", "]", ",", ".", ";", ":", "\n", "0.91", "2,405", "48 212",
    "10 000", "95% CI", "I²", "R2", "P for interaction", "median", "range", "IQR", "mg/day",
    "cut-off", "pg/mL", "mm H2O", "RESULTS", "Methods", "PATIENTS AND METHODS", ".—", ". —",
    "percentage points", "out of", "HR", "MD", "twice daily", "0", "7", "1990",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=60).map("".join))
def test_parsing_raises_only_the_toolkit_error_and_keeps_spans_exact(text: str):
    try:
        abstract = parse_string(text, "text")
    except AbstractError:
        return
    assert _spans_are_exact(abstract)
    check_figures(abstract.figures)


@pytest.mark.slow
def test_a_megabyte_of_pasted_text_is_processed():
    """One long section (a whole paper pasted): processed, with exact spans. Its time is
    measured in benchmarks/bench_abstract_scaling.py, not asserted here."""
    unit = ("Of 500 patients, Three hundred six (61.2%) were women; median age 45 years "
            "(range 18-80). The HR was 0.52 (95% CI, 0.31-0.87; P = .01) and 2,318 doses of "
            "500 mg twice daily were given; cut-off 25 pg/mL. ")
    text = unit * (1_000_000 // len(unit) + 1)
    abstract = parse_string(text)
    assert len(text.encode()) >= 1_000_000
    assert len(abstract.figures) >= 9 * (len(text) // len(unit))  # nine figures a unit
    assert _spans_are_exact(abstract)


CORPUS = Path(__file__).parent / "fixtures" / "abstracts" / "corpus"


@pytest.mark.parametrize(
    "path", sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".xml", ".medline")),
    ids=lambda p: p.stem)
def test_every_corpus_abstract_parses_with_exact_spans(path: Path):
    """Scores are the benchmark's business (benchmarks/bench_abstracts.py); here only what must
    always hold on real abstracts: each parses, and every figure's text is exactly its span."""
    abstract = parse_file(path)[0]
    assert abstract.sections
    assert _spans_are_exact(abstract)
    check_figures(abstract.figures)
