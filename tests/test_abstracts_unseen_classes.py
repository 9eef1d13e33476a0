"""Classes of printed form found by held-out batches 4 to 32 (tests/fixtures/abstracts/holdout).

Each test is a short text written for its class, never a copy of the abstract that showed it,
so a rule is fixed for every abstract printed that way rather than for one of them.
"""

from __future__ import annotations

import pytest

from nmo_teach.abstracts import FigureKind, parse_bytes, parse_string


def _labels(text: str) -> list[tuple[str | None, str]]:
    return [(s.label, s.category.value) for s in parse_string(text).sections]


def _figures(text: str, kind: FigureKind) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in parse_string(text).figures_of(kind)]


# --- headings ------------------------------------------------------------------------------------

def test_legacy_headings_with_a_full_stop_and_a_hyphen():
    text = ("Objective.-To compare two dressings. Design.-Randomised trial. "
            "Results.-Healing took 12 days. Conclusions.-Both work.")
    assert [label for label, _ in _labels(text)] == ["Objective", "Design", "Results", "Conclusions"]


def test_lines_above_a_line_abstract_are_title_and_subtitle():
    text = ("Wound healing in the elderly\nA prospective survey\n\nAbstract\n"
            "Objective: To describe healing.\nResults: Healing took 12 days.")
    abstract = parse_string(text)
    assert abstract.title == "Wound healing in the elderly A prospective survey"
    assert [s.label for s in abstract.sections] == ["Objective", "Results"]


@pytest.mark.parametrize("lead", ["SUMMARY ", "Summary: ", "Article abstract-", "Synopsis. "])
def test_a_lone_leading_name_of_the_abstract_leaves_it_unstructured(lead: str):
    assert _labels(lead + "Twelve patients were studied. Most recovered.") == [(None, "UNASSIGNED")]


def test_a_bare_word_opening_a_sentence_does_not_step_back_to_methods():
    text = ("Methods We compared two cohorts.\n"
            "Results Cohort 1 included 50 cases. Cohort 2 had 40 cases.\n"
            "Conclusion Both cohorts did well.")
    assert [label for label, _ in _labels(text)] == ["Methods", "Results", "Conclusion"]


def test_a_sentence_case_line_opening_with_a_label_is_that_label_run_in():
    text = "Objectives To test a dressing.\n\nDesign Multicentre pragmatic randomised trial.\n\nResults It helped."
    assert [label for label, _ in _labels(text)] == ["Objectives", "Design", "Results"]


def test_a_closing_bracket_ends_no_sentence():
    text = "Data came from the Surveillance (SEER) Program. Among those aged 18 to 35 years, 12 smoked."
    assert _labels(text) == [(None, "UNASSIGNED")]


def test_leading_bullets_are_not_part_of_the_heading():
    text = "• Objective. —To test a dressing.\n• Results. —It helped 12 patients."
    assert [label for label, _ in _labels(text)] == ["Objective", "Results"]


MEDLINE_SET = b"""<?xml version="1.0"?>
<MedlineCitationSet><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>A trial.</ArticleTitle>
<Abstract><AbstractText Label="RESULT(S)" NlmCategory="RESULTS">In 30\xc2\xa0% of 48\xe2\x80\x89212 women.</AbstractText>
</Abstract></Article></MedlineCitation></MedlineCitationSet>"""


def test_medline_citation_set_xml_is_read_and_keeps_its_spaces():
    abstract = parse_bytes(MEDLINE_SET, "baseline.xml")[0]
    assert abstract.citation.pmid == "1"
    assert abstract.sections[0].label == "RESULT(S)"
    assert "30\u00a0%" in abstract.sections[0].text and "48\u2009212" in abstract.sections[0].text


# --- figures -------------------------------------------------------------------------------------

def test_numbers_needed_to_treat_with_their_intervals():
    text = ("Aspirin helped (number needed to treat (NNT) 89, (59, 167)); "
            "deaths fell (NNT 250 (125, >10000)).")
    found = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.measure, f.value, f.low, f.high) for f in found] == [
        ("NNT", 89, 59, 167), ("NNT", 250, 125, 10000)]
    assert not parse_string(text).figures_of(FigureKind.COUNT)


def test_a_risk_difference_in_per_cent_is_in_points_and_a_bracketed_per_cent_keeps_its_interval():
    """A named risk difference is two risks' difference, in points (corpus README, ninth session)."""
    text = ("The adjusted risk difference was 1.3% [95% CI -5.7 to 8.3]. "
            "One-year survival was 54% (40-66) vs 12% [2-30].")
    abstract = parse_string(text)
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [("RD", 1.3)]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (54, 40, 66), (12, 2, 30)]
    assert not abstract.figures_of(FigureKind.RANGE)


@pytest.mark.parametrize(("printed", "value", "comparator"), [
    ("P less than 0.00001", 0.00001, "<"), ("P greater than 0.2", 0.2, ">")])
def test_p_values_with_their_comparator_in_words(printed: str, value: float, comparator: str):
    found = parse_string(f"The risk fell ({printed}).").figures_of(FigureKind.P_VALUE)
    assert [(f.value, f.measure) for f in found] == [(value, comparator)]


def test_up_to_bounds_an_age_a_time_or_a_dose():
    text = ("Risk rose with age up to age 50 years. Events were counted for up to 28 days. "
            "Up to 4000 mg of paracetamol daily was allowed.")
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(50, "≤")]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [28]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [4000]


def test_years_of_age_or_older_is_a_threshold():
    found = parse_string("We enrolled patients 12 years of age or older.").figures_of(FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(12, "≥")]


def test_a_count_with_its_share_of_a_denominator_printed_after_it():
    text = "Events occurred in 338 (7%) of 4731 patients and in 307 (81%) of 378 in the other group."
    abstract = parse_string(text)
    counts = abstract.figures_of(FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in counts] == [(338, 4731), (307, 378)]


def test_a_count_whose_share_is_below_a_bound():
    abstract = parse_string("There were three (<1%) deaths in the placebo group.")
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [3]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(1, "<")]
    assert not abstract.figures_of(FigureKind.THRESHOLD)


def test_at_least_one_in_words_is_an_idiom_not_a_count():
    text = "Homes with at least one case were followed; two homes closed."
    assert _figures(text, FigureKind.COUNT) == [("two homes", 2)]


def test_sentences_run_together_without_a_space():
    text = "It was safe at randomisation.Twenty three trials (28,268 women) reported births."
    assert ("Twenty three trials", 23) in _figures(text, FigureKind.COUNT)


def test_medians_in_a_list_and_with_an_interval():
    text = ("The median time spent prone in the first 72 hours was 6 (1.5-12.8) hours for the prone "
            "group and 0 (0-2) hours in the control group. Median overall survival was 20 months "
            "[95% CI 13-26] vs 15 months [13-17].")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [6, 0, 20, 15]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [72]


def test_a_mean_named_before_its_verb_and_an_average():
    text = ("The mean periods between onset and diagnosis were 22.7 months among men and 23.5 months "
            "among women. Average follow-up time was 60.2 months.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.MEAN)] == [22.7, 23.5, 60.2]


def test_a_rate_keeps_its_scale_and_interval():
    text = "The annual incidence rate was 1.36/100,000 population (95% CI, 1.13 to 1.63)."
    found = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.unit, f.low, f.high) for f in found] == [(1.36, "per 100000", 1.13, 1.63)]


def test_the_scale_of_a_rate_in_person_time_is_not_a_duration():
    text = "The rate was 4.6 events per 100 person-years with the drug."
    assert not parse_string(text).figures_of(FigureKind.DURATION)


@pytest.mark.parametrize("text", [
    "See NEUROLOGY 1997;48: 384-393.",
    "It was registered as EudraCT number 2010-019469-26 and ISRCTN 123.",
    "Fast-acting β 2-agonists were used, with 10-fold cross validation.",
    "The antibody titres were 1: 1 and 1: 32 in serum.",
])
def test_citations_registry_numbers_names_and_titres_are_not_figures(text: str):
    kinds = {f.kind for f in parse_string(text).figures}
    assert not kinds & {FigureKind.RANGE, FigureKind.ESTIMATE, FigureKind.RATIO, FigureKind.COUNT,
                        FigureKind.DOSE}, parse_string(text).figures


def test_a_measurement_in_units_is_neither_a_dose_nor_a_count():
    """"Units" of resistance are a measurement: the grammar reads no dose or count in it, and the
    second reading may mark it as the measured value, as the key of the abstract that showed the
    class does (holdout/annals-rubin1990-epoprostenol-pph-unlabelled: an estimate)."""
    text = "Pulmonary resistance fell from 21.6 units."
    assert parse_string(text, second_reading=None).figures == ()
    assert not {f.kind for f in parse_string(text).figures} & {FigureKind.COUNT, FigureKind.DOSE}


def test_a_number_word_before_an_irregular_verb_counts():
    assert _figures("Nine patients enrolled; one left the study.", FigureKind.COUNT) == [
        ("Nine patients", 9), ("one", 1)]


def test_a_range_written_with_through():
    found = parse_string("Adults aged 20 through 74 years were examined.").figures_of(FigureKind.RANGE)
    assert [(f.low, f.high) for f in found] == [(20, 74)]


def test_by_a_time_is_a_window_after_an_outcome_and_a_time_point_opening_a_clause():
    text = "The risk of death by 30 days was 4%. By 24 months, relapse rates did not differ."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [30]


def test_a_median_not_reached_heads_a_list_and_its_open_interval_is_no_figure():
    text = ("Survival was longer (median overall survival not reached [95% CI 14 months to not "
            "reached] vs 6 months [4-17]).")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(6, 4, 17)]
    assert not abstract.figures_of(FigureKind.DURATION) and not abstract.figures_of(FigureKind.RANGE)


def test_a_plain_difference_of_percentages_is_in_percentage_points_unless_signed():
    """Unsigned, a plain difference of shares is in points; printed with a sign it is an estimate in
    per cent, as every signed per cent is (corpus README, second and ninth sessions)."""
    abstract = parse_string("Seizure freedom was similar (difference 0.2% [95% CI -5.8% to 5.5%]).")
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [(0.2, -5.8, 5.5)]
    abstract = parse_string("Fewer improved (18/48 [37.5%] vs 44/48 [91.7%]; difference, -28.2%; 90% CI, -41.9% "
                            "to -14.4%; P < .001).")
    assert [(f.value, f.unit, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (-28.2, "%", -41.9, -14.4)]
    assert not abstract.figures_of(FigureKind.PERCENTAGE_POINTS)


def test_disability_milestones_are_thresholds():
    text = ("Depression raised the risk of reaching sustained EDSS scores of 3.0, 4.0, and 6.0 "
            "(hazard ratio 1.50, 95% CI 1.20-1.87).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [3.0, 4.0, 6.0]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.5]


# --- classes found by batch 6 --------------------------------------------------------------------

def test_keyword_lines_before_or_after_the_abstract_are_not_sections():
    text = ("Keywords: breast carcinoma; chemotherapy\n\nBACKGROUND: Chemotherapy helps.\n"
            "RESULTS: It helped 12 women.\nKey words: oncology")
    assert [label for label, _ in _labels(text)] == ["BACKGROUND", "RESULTS"]


def test_a_registration_heading_followed_by_a_web_address():
    text = "CONCLUSIONS: It works. SYSTEMATIC REVIEW REGISTRATION: https://www.crd.york.ac.uk/, CRD42023."
    assert [label for label, _ in _labels(text)] == ["CONCLUSIONS", "SYSTEMATIC REVIEW REGISTRATION"]


@pytest.mark.parametrize(("printed", "measure"), [
    ("AOR = 1.51, 95% CI: 1.10-2.06", "OR"), ("aHR 0.62 (95% CI 0.40-0.95)", "HR"),
    ("standardised incidence ratio 102.9 (95%CI 88.5-119.0)", "SIR"), ("LR+ 45.9", "LR+")])
def test_adjusted_standardised_and_likelihood_ratios(printed: str, measure: str):
    found = parse_string(f"Risk rose ({printed}).").figures_of(FigureKind.RATIO)
    assert [f.measure for f in found] == [measure]


def test_ratios_listed_with_respectively():
    text = "Positive and negative likelihood ratios were 45.9 and 0.245, respectively."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [45.9, 0.245]


def test_a_multiplication_sign_is_a_fold_and_times_daily_is_a_frequency():
    text = "Stroke rates were 1.6× higher. Patients took 120 mg four times daily."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [(1.6, "fold")]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [120]


@pytest.mark.parametrize(("printed", "value"), [
    ("30 Gy", 30), ("14·8 MBq/kg", 14.8), ("0.5 ml of bupivacaine", 0.5), ("200 microg", 200)])
def test_doses_of_radiation_radioactivity_volume_and_micrograms(printed: str, value: float):
    assert [f.value for f in parse_string(f"Patients received {printed}.").figures_of(FigureKind.DOSE)] == [value]


def test_a_volume_without_a_drug_is_a_measurement_not_a_dose():
    assert not parse_string("Mean blood loss was 334 mL.").figures_of(FigureKind.DOSE)


def test_a_mean_with_its_sd_keeps_an_abbreviated_ci():
    text = "Responders were 23.5% ± 8.0 (95% C.I. 18.3-28.8%) of the placebo groups."
    abstract = parse_string(text, second_reading=None)
    found = abstract.figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd, f.low, f.high) for f in found] == [(23.5, 8.0, 18.3, 28.8)]
    assert len(abstract.figures) == 1


def test_a_ci_after_a_count_and_its_percentage_is_no_figure_of_its_own():
    abstract = parse_string("The CR rate was 89% (47/53; 95% confidence interval: 77-96%).")
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [89]
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(47, 53)]


def test_a_p_value_before_a_prediction_interval_stays_a_p_value():
    text = "Risk fell (RR 0.75, 95% CI 0.61-0.84, p = 0.002, 95% PI 0.58 to 0.87)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.002]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [0.75]
    assert not abstract.figures_of(FigureKind.RANGE)


def test_identifiers_with_a_leading_zero_and_category_pairs_are_not_counts():
    text = "We pooled protocols 9906 and 0233. Discrepancies (category 1/2 vs. 4A/B) were rare."
    assert not parse_string(text).figures_of(FigureKind.COUNT)


def test_time_points_in_a_list_after_at():
    text = "Mortality at 30, 90, and 365 days after admission was recorded for 12 months."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [12]


def test_threshold_lists_and_equal_to_comparators():
    text = ("Scores of ≥7 and 8 have high specificity. A score less than or equal to 5 had a high "
            "negative predictive value.")
    found = parse_string(text).figures_of(FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(7, "≥"), (8, "≥"), (5, "≤")]


def test_a_share_of_a_counted_group_is_a_percentage_and_a_compared_time_as_adjective_a_threshold():
    text = ("More than 40% of the patients had no lesion. We studied ≥12 month seizure remission "
            "during a follow-up period of ≥2 years.")
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(40, ">")]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [12]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [2]


def test_arr_is_a_relapse_rate_not_an_adjusted_risk_ratio():
    text = "The increased ARR > 50% was seen in 20 patients; the aRR was 0.8 (95% CI 0.6-0.9)."
    abstract = parse_string(text)
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.RATIO)] == [("RR", 0.8)]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(50, ">")]


# --- classes found by batch 7 --------------------------------------------------------------------

def test_old_bmj_headings_with_a_double_hyphen():
    text = "Abstract: OBJECTIVE--To test a drug. DESIGN--Follow up study. RESULTS--93 men had it."
    assert [label for label, _ in _labels(text)] == ["OBJECTIVE", "DESIGN", "RESULTS"]


def test_a_pmc_page_paste_keeps_only_the_abstract():
    text = ("Mult Scler Int logoLink to Mult Scler Int\n. 2021 May 27;2021:540. doi: 10.1155/x\n\n"
            "Risk Factors for a Disease: A Case-Control Study\n\nA Author 1, B Author 2\n"
            "PMCID: PMC1  PMID: 2\n\nAbstract\n\nObjectives\n\nTo assess risk.\n\nMethod\n\n"
            "We enrolled 140 patients.\n\nResults\n\nSmoking mattered.")
    assert [label for label, _ in _labels(text)] == ["Objectives", "Method", "Results"]


def test_a_short_sentence_right_after_a_heading_alone_is_its_text():
    text = "Background\nA rare case.\nMethods\nCase report.\nResults\nShe recovered in 12 days."
    abstract = parse_string(text)
    assert [(s.label, s.text) for s in abstract.sections][1] == ("Methods", "Case report.")


def test_page_furniture_above_an_opening_heading_is_not_the_abstract():
    text = ("287\n\nBritish Journal of Psychology (2022), 61, 287-305\n\n© 2021 The Society\n\n"
            "Objective. Adolescence is a formative phase.\nMethods. Six databases were searched.")
    assert [label for label, _ in _labels(text)] == ["Objective", "Methods"]


def test_a_pubmed_citation_line_without_its_journal():
    text = (" 2023 Feb 1;192(2):237-245. doi: 10.1093/aje/kwac195.\n\nA title of the paper\n\n"
            "Hicks CW, Wang D, Lin FR.\n\nWe aimed to assess 12 outcomes in adults.")
    abstract = parse_string(text)
    assert abstract.title == "A title of the paper"
    assert abstract.sections[0].text.startswith("We aimed")


def test_a_time_with_a_symbol_is_a_limit_unless_it_says_how_long():
    text = ("Stays were split into EDLOS < 4 hours and ≥4 hours. The ARR was low with ≥6 months of "
            "treatment.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [4, 4]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [6]


@pytest.mark.parametrize("printed", ["OR = 2.275 95% CI (1.348-3.841)", "OR:2.275 95%IC 1.348-3.841"])
def test_an_interval_after_a_space_or_written_ic(printed: str):
    abstract = parse_string(f"Smoking raised the risk ({printed}).")
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(2.275, 1.348, 3.841)]
    assert not abstract.figures_of(FigureKind.RANGE) and not abstract.figures_of(FigureKind.PERCENTAGE)


def test_pubmed_or_equal_signs():
    text = "High doses (> or =400 IU/d) raised mortality (P < or = 0.05); bands predicted it (P = <0.01)."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(400, "≥")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.05, "≤"), (0.01, "<")]


def test_titres():
    text = "An antinuclear antibody titer ≥1:160 predicted relapse; others had 1:160/1:320."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(160, "≥")]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_summary_header_governs_the_brackets_of_its_sentence():
    text = ("Pressures were similar (median (IQR) 34 % (17-57) versus 50 % (35-64), p = 0.184), as "
            "were peak pressures (25 (18-28) versus 21 (18-26), p = 0.17).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [34, 50, 25, 21]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_an_interval_after_the_p_value_of_an_unnamed_estimate_is_no_range():
    abstract = parse_string("Risk factors were male sex (1.88, p = 0.007, 1.19–2.98).")
    assert not abstract.figures_of(FigureKind.RANGE)


def test_a_rate_scale_is_no_count_and_a_model_estimate_is_an_estimate():
    text = "The risk difference was -16 per 10,000 persons (estimate=0.58, P = 0.03)."
    abstract = parse_string(text)
    assert not abstract.figures_of(FigureKind.COUNT)
    assert 0.58 in [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)]


def test_a_count_in_words_out_of_a_number_in_digits():
    found = parse_string("Eighteen of 57 (31%) samples were positive.").figures_of(FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in found] == [(18, 57)]


# --- classes found by batch 8 --------------------------------------------------------------------

def test_markdown_quote_markers_and_bold_labels_are_not_text():
    text = "> **Objective:** To test a drug.\n> **Results:** It helped 12 patients."
    abstract = parse_string(text)
    assert [(s.label, s.text) for s in abstract.sections] == [
        ("Objective", "To test a drug."), ("Results", "It helped 12 patients.")]


def test_headings_glued_to_their_text():
    text = "IntroductionAnti-NMDA receptor encephalitis is rare. MethodsSamples of CSF were tested."
    assert [label for label, _ in _labels(text)] == ["Introduction", "Methods"]


def test_a_numbered_pubmed_export_with_author_information():
    text = ("1. J Korean Med Sci. 2026 Apr 13;41(14):e113. doi: 10.3346/x.\n\nA title of the study.\n\n"
            "Kim DH(1), Sohn MK(2).\n\nAuthor information:\n(1)Department of Medicine, Seoul.\n\n"
            "BACKGROUND: Stroke care is changing, as is\ntreatment. This study assessed trends.\n"
            "METHODS: We studied 911 patients.")
    assert [label for label, _ in _labels(text)] == ["BACKGROUND", "METHODS"]


def test_html_entities_from_a_page_source_are_read_as_characters():
    found = parse_string("Gas exchange improved (P &lt; 0.05).").figures_of(FigureKind.P_VALUE)
    assert [(f.value, f.measure) for f in found] == [(0.05, "<")]


@pytest.mark.parametrize(("printed", "comparator"), [(">/=80 years", "≥"), ("</=6", "≤")])
def test_medline_ascii_comparators(printed: str, comparator: str):
    found = parse_string(f"We included men aged {printed}.").figures_of(FigureKind.THRESHOLD)
    assert [f.measure for f in found] == [comparator]


def test_signed_percentages_are_changes():
    text = "Cardiovascular mortality changed by -27% and total mortality by +3% (range 10-27%)."
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(-27, "%"), (3, "%")]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(10, 27)]


def test_heterogeneity_statistics():
    text = "Heterogeneity was low (Q=4.19, I2 = 12%, tau2 = 0.01)."
    found = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.measure, f.value) for f in found] == [("Q", 4.19), ("I2", 12), ("TAU2", 0.01)]


@pytest.mark.parametrize("text", [
    "The difference was statistically significant at p<0.05.",
    "A P value < 0.05 was considered statistically significant.",
    "The significance level was set at P = 0.01.",
])
def test_a_significance_level_is_a_threshold_not_a_result(text: str):
    abstract = parse_string(text)
    assert not abstract.figures_of(FigureKind.P_VALUE)
    assert [f.unit for f in abstract.figures_of(FigureKind.THRESHOLD)] == ["P value"]


# --- classes found by batch 9 (scored once for the parser as first submitted) ----------------------

def test_a_heading_glued_to_a_capitalised_abbreviation():
    text = "Results: Most recovered. ConclusionADEM was the most common phenotype."
    assert [label for label, _ in _labels(text)] == ["Results", "Conclusion"]


def test_number_words_joined_by_an_en_dash():
    found = parse_string("Thirty–two children were treated.").figures_of(FigureKind.COUNT)
    assert [(f.text, f.value) for f in found] == [("Thirty–two children", 32)]


def test_a_count_with_three_words_before_its_plural_noun():
    found = parse_string("Ninety-six clinically affected optic nerves were studied.").figures_of(FigureKind.COUNT)
    assert [f.value for f in found] == [96]


def test_two_values_compared_share_the_unit_printed_after_the_second():
    text = ("Reduction was achieved by 26.5 versus 6.0% of participants. Stay was 5 versus 7 days. "
            "Thickness was lower (109 vs 113 μm, P=0.04). It was 40% in 1990 vs 38.5% in 1997.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [26.5, 6.0, 40, 38.5]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [5, 7]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_median_pair_after_a_comma_takes_the_unit_of_its_partner():
    text = "Stays were longer (median, 19 vs. 173 days; p < 0.001)."
    found = parse_string(text).figures_of(FigureKind.MEDIAN)
    assert [(f.value, f.unit) for f in found] == [(19, "days"), (173, "days")]


def test_a_p_value_in_per_cent_and_an_effect_estimate_in_per_cent():
    text = "Eyes had an abnormal value (p < 5%). The effect estimate of 3.7% (95% CI 0.8% to 6.6%) held."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.05, "<")]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(3.7, 0.8, 6.6)]
    assert not abstract.figures_of(FigureKind.RANGE)


def test_a_ratio_bounded_or_less_is_a_threshold():
    text = "The study has power to detect relative risks of 0.8 or less."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(0.8, "≤")]
    assert not abstract.figures_of(FigureKind.RATIO)


def test_a_per_cent_interval_after_ci_with_spaces_before_the_signs():
    text = "Sensitivity was 96 % (95 %CI, 92 % to 98 %)."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(96, 92, 98)]
    assert not abstract.figures_of(FigureKind.RANGE)


# --- classes found by batch 10 (scored once for the parser as finally submitted) ------------------

def test_a_title_ending_in_a_full_stop_above_an_unstructured_body():
    text = ("Gallbladder distension in septic neonates.\n"
            "Eight cases of neonatal gallbladder distension are described, and five responded to treatment.")
    abstract = parse_string(text)
    assert abstract.title == "Gallbladder distension in septic neonates."
    assert abstract.sections[0].text.startswith("Eight cases")


def test_author_and_citation_lines_under_a_title_are_not_the_abstract():
    text = ("Acute bronchiolitis: a three year study.\nDawson KP, Mogridge N\nN Z Med J. 1989;102(877):528.\n"
            "Over the period 1986-88, 261 infants and children were admitted with acute bronchiolitis.")
    abstract = parse_string(text)
    assert abstract.sections[0].text.startswith("Over the period")
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)][:1] == [261]


def test_a_title_read_as_a_heading_above_the_opening_heading_is_front_matter():
    text = ("Pediatric Pulmonology 44:358-363 (2009)\n\nPredictors of Major Intervention in Infants\n"
            "Summary\nObjective\nWe sought predictors.\nResults\nOf 312 infants, 12 needed it.")
    assert [label for label, _ in _labels(text)] == ["Objective", "Results"]


# --- classes found by batch 11 (scored once for the parser as submitted; fixed after) ---------------

def test_a_pdf_symbol_font_stand_ins_for_comparison_signs():
    text = "The reduction was 8.8 \u2afe 1.1 mmHg (P \u2b0d 0.001), and 3.1 mmHg (P \u2afd 0.04)."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.001, "<"), (0.04, "=")]
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(8.8, 1.1)]


def test_a_blood_pressure_limit_is_two_thresholds():
    found = parse_string("Hypertension was BP ≥ 140/90 mmHg.").figures_of(FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(140, "≥"), (90, "≥")]
    assert not parse_string("Hypertension was BP ≥ 140/90 mmHg.").figures_of(FigureKind.COUNT)


def test_bare_labels_after_a_colon_label_on_the_same_line():
    text = ("Design: Retrospective case series.\nSetting: Mayo Clinic. Patients Twenty-four patients "
            "were studied. Intervention Mycophenolate mofetil.\nResults: It helped.")
    assert [label for label, _ in _labels(text)] == ["Design", "Setting", "Patients", "Intervention", "Results"]


def test_a_volume_in_cubic_centimetres_bounded_or_more():
    found = parse_string("Mortality was high with a volume of 60 cm3 or more.").figures_of(FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(60, "≥")]


# --- classes found by batch 12 (scored once for the parser as submitted; fixed after) ---------------

def test_bare_labels_on_hard_wrapped_lines_after_a_bare_first_label():
    text = ("Objective To test a school programme in\nchildren. Method Eligible trials were pooled.\n"
            "Results were pooled by outcome. Results A total\nof 57 trials were found. Conclusions It helped.")
    assert [label for label, _ in _labels(text)] == ["Objective", "Method", "Results", "Conclusions"]


@pytest.mark.parametrize("glued, category", [("Results22 patients were included.", "RESULTS"),
                                             ("MethodsAQP4-Ab positive patients were seen.", "METHODS")])
def test_a_label_glued_to_a_digit_or_an_acronym(glued: str, category: str):
    text = f"BackgroundLittle is known.{glued}ConclusionIt is severe."
    assert [found for _, found in _labels(text)] == ["BACKGROUND", category, "CONCLUSIONS"]


@pytest.mark.parametrize("text", [
    "Vision was measured 6 months after the attack in 40 eyes.",
    "Ramosetron was given 12 and 24 hours after surgery to 40 women.",
    "Eyes were examined at 3 months, 6 months, 12 months, and 24 months after enrolment.",
    "Group B received placebo 1 hour before the end of surgery.",
])
def test_a_time_tied_to_an_event_in_a_schedule_is_not_a_duration(text: str):
    assert _figures(text, FigureKind.DURATION) == []


@pytest.mark.parametrize("text", ["She became pregnant seven months after rituximab.",
                                  "Patients treated within 14 days after onset were included."])
def test_an_interval_after_other_words_stays_a_duration(text: str):
    assert len(_figures(text, FigureKind.DURATION)) == 1


def test_per_cent_in_two_words_is_a_percentage():
    assert _figures("Mortality fell from 30.6 per cent to 15.6 PER CENT.", FigureKind.PERCENTAGE) == [
        ("30.6 per cent", 30.6), ("15.6 PER CENT", 15.6)]


def test_a_comma_for_less_than_after_p_from_a_pdf():
    found = parse_string("Vitreoretinopathy (P , 0.0001) and fovea off (P = 0.001) mattered.").figures_of(
        FigureKind.P_VALUE)
    assert [(f.value, f.measure) for f in found] == [(0.0001, "<"), (0.001, "=")]


def test_a_mean_named_with_a_comma_in_brackets():
    text = "Deaths were 50 in the low (mean, 107 mmol) and 24 in the high (mean, 260 mmol) group."
    assert _figures(text, FigureKind.MEAN) == [("mean, 107 mmol", 107), ("mean, 260 mmol", 260)]


def test_a_mean_continued_after_a_time_phrase():
    text = "The mean IOP was 17.0 mmHg after fixed treatment and 15.9 mmHg after unfixed treatment."
    assert [value for _, value in _figures(text, FigureKind.MEAN)] == [17.0, 15.9]


def test_a_per_cent_per_py_is_a_rate_and_per_person_year_in_words_a_share_per_year():
    """As "3.5% per year" is keyed a percentage (batch 38 settled the spelled-out person-year). The grammar's
    reading: the second reading refitted on batches to 216, where keys split per cents per unit of time between
    percentage and estimate, may rename the second."""
    abstract = parse_string("The rate was 0.51%/py with and 1.2% per person-year without it.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(0.51, "%/py")]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(1.2, "per person-year")]


def test_a_range_with_a_suspended_hyphen_and_a_timed_infusion():
    assert [(f.low, f.high) for f in parse_string("Nausea in the 24- to 48-hour period.").figures_of(
        FigureKind.RANGE)] == [(24, 48)]
    assert _figures("All had a 24-hour infusion.", FigureKind.DURATION) == [("24-hour", 24)]


@pytest.mark.parametrize("text", ["Significance was taken at p < 0.05.",
                                  "Statistical significance was accepted at P<0.01."])
def test_a_significance_level_taken_or_accepted_is_a_threshold(text: str):
    abstract = parse_string(text)
    assert not abstract.figures_of(FigureKind.P_VALUE)
    assert [f.unit for f in abstract.figures_of(FigureKind.THRESHOLD)] == ["P value"]


def test_a_limit_restated_in_brackets_is_the_same_limit():
    found = parse_string("Lesions greater than 3.5 disk areas (8.9 mm2) were eligible.").figures_of(
        FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(3.5, ">"), (8.9, ">")]
    shares = parse_string("Those with EDSS ≥ 6 (23%) were excluded.")
    assert [f.value for f in shares.figures_of(FigureKind.THRESHOLD)] == [6]


@pytest.mark.parametrize("text", [
    "Patients seen from Jan. 1, 2009, to Dec. 31, 2010, were followed through Sept. 30, 2013.",
    "Data were compared by chi 2 test.",
    "Fever rose daily, with a maximum of 40°C.",
    "Patients enrolled in one of the Submacular Surgery Trials.",
    "Eyes had a BCVA of 20/100 to light perception.",
])
def test_dates_test_names_temperatures_idioms_and_snellen_fractions_are_not_figures(text: str):
    assert parse_string(text).figures == ()


# --- classes found by batch 13 (scored once for the parser after batch 12's classes; fixed after) ----

def test_upper_case_bare_labels_of_several_words_mid_line_and_after_a_lost_full_stop():
    text = ("CONTEXT Little is known. OBJECTIVE To test it. DESIGN, SETTING, AND PARTICIPANTS Cohort of "
            "4537 residents, with the diagnosis MAIN OUTCOME MEASURES Incidence of failure. RESULTS It fell. "
            "CONCLUSION It works.")
    assert [label for label, _ in _labels(text)] == [
        "CONTEXT", "OBJECTIVE", "DESIGN, SETTING, AND PARTICIPANTS", "MAIN OUTCOME MEASURES", "RESULTS", "CONCLUSION"]


def test_an_upper_case_run_mid_sentence_is_no_heading_where_labels_have_colons():
    text = "Objective: To test it.\nMethods: We used the diagnosis MAIN OUTCOME MEASURES Incidence here."
    assert [label for label, _ in _labels(text)] == ["Objective", "Methods"]


@pytest.mark.parametrize("text", ["We assessed 3D double inversion recovery and 3D-DIR imaging.",
                                  "Samples were 2H labelled."])
def test_a_capital_d_or_h_after_a_digit_is_no_time(text: str):
    assert _figures(text, FigureKind.DURATION) == []


def test_hr_is_hours():
    assert _figures("Patients were assessed for 24 hr and 2 hrs later.", FigureKind.DURATION)[:1] == [("24 hr", 24)]


def test_a_ci_level_joined_by_a_hyphen():
    found = parse_string("Sensitivity was 91%, 95%-CI 77-98%.").figures_of(FigureKind.PERCENTAGE)
    assert [(f.value, f.low, f.high) for f in found] == [(91, 77, 98)]


def test_doses_per_square_metre_from_a_pdf_and_contrast_doses_per_kilogram():
    found = parse_string("They received cisplatin 30 mg/m 2 and gadolinium 0.3 mmol/kg.").figures_of(FigureKind.DOSE)
    assert [(f.value, f.unit) for f in found] == [(30, "mg/m 2"), (0.3, "mmol/kg")]


def test_number_needed_to_treat_with_hyphens_and_its_abbreviation():
    found = parse_string("Nausea fell [P < 0.001; number needed-to-treat (NNT) = 2.3].").figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.measure) for f in found] == [(2.3, "NNT")]


def test_stage_and_grade_labels_are_neither_ranges_nor_counts():
    abstract = parse_string("Stage 2-3 colon cancer was studied. Grade 3 or 4 toxicities included neutropenia.")
    assert abstract.figures == ()


def test_a_blood_pressure_limit_in_words():
    found = parse_string("Control was BP less than 140/90 mm Hg.").figures_of(FigureKind.THRESHOLD)
    assert [(f.value, f.measure) for f in found] == [(140, "<"), (90, "<")]


@pytest.mark.parametrize("text, value", [("We used a 20% non-inferiority margin.", 20),
                                         ("The noninferiority margin was 1.5 times the failure rate.", 1.5)])
def test_a_non_inferiority_margin_is_a_threshold(text: str, value: float):
    found = parse_string(text).figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.THRESHOLD, value)]


def test_a_time_before_median_follow_up_is_that_median():
    assert _figures("Survival was similar with 5 years median follow-up.", FigureKind.MEDIAN) == [("5 years", 5)]


def test_a_count_whose_noun_has_an_abbreviation_in_brackets():
    found = parse_string("Twenty-four relapsing-remitting MS (RRMS) patients were studied.").figures_of(FigureKind.COUNT)
    assert [(f.value, f.unit) for f in found] == [(24, "patients")]


def test_a_signed_per_cent_with_its_interval_is_a_change():
    found = parse_string("HbA1c fell (−0.4%, 95% CI −0.7% to −0.1%).").figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.unit, f.low, f.high) for f in found] == [(-0.4, "%", -0.7, -0.1)]


def test_times_that_continue_a_median_in_its_unit_are_that_median():
    text = ("The median time on study was 46.0 months for placebo, 45.0 months for 1.6 million units (MIU), "
            "and 48.0 months for 8 MIU.")
    assert [value for _, value in _figures(text, FigureKind.MEDIAN)] == [46.0, 45.0, 48.0]
    kept = "The median follow-up was 46 months; patients were treated for 6 months."
    assert _figures(kept, FigureKind.DURATION) == [("6 months", 6)]


# --- classes found by batch 14 (scored once for the parser after batch 13's classes; fixed after) ----

def test_design_and_outcome_labels_glued_to_their_text_after_a_capital_and_a_full_stop():
    text = ("ObjectivesWe examined a rule.DesignProspective cohort study.SettingSwiss centre.ParticipantsIn all, "
            "359 patients.Main Outcome MeasuresSensitivity of the OAR.ResultsOf the 251 patients, 33 had it.")
    assert [label for label, _ in _labels(text)] == [
        "Objectives", "Design", "Setting", "Participants", "Main Outcome Measures", "Results"]


def test_a_misspelt_registration_heading_is_still_background():
    text = "OBJECTIVE: To test it.\nRESULTS: It worked.\nCLINICAL TRIAL REGISTRACTION: ClinicalTrials.gov, NCT01."
    assert _labels(text)[-1] == ("CLINICAL TRIAL REGISTRACTION", "BACKGROUND")


def test_a_p_value_whose_sign_a_pdf_dropped_reads_as_equal():
    found = parse_string("Torque rose by 184 Nm (95% CI, 64–303 Nm; P 0.003) and (P 0.01).").figures_of(
        FigureKind.P_VALUE)
    assert [(f.value, f.measure) for f in found] == [(0.003, "="), (0.01, "=")]


def test_gestational_age_in_weeks_and_sevenths():
    found = parse_string("Women between 38 0/7 and 38 6/7 weeks of gestation were enrolled.").figures
    assert [(f.kind, f.low, f.high) for f in found] == [(FigureKind.RANGE, 38, 38.857)]


def test_a_dose_every_two_weeks_and_an_annualised_relapse_rate():
    assert [(f.value, f.unit) for f in parse_string("They received 1200 mg/2 weeks.").figures_of(
        FigureKind.DOSE)] == [(1200, "mg/2 weeks")]
    assert [(f.value, f.measure) for f in parse_string("Relapses fell (ARR 0.67).").figures_of(
        FigureKind.ESTIMATE)] == [(0.67, "ARR")]


def test_a_fold_or_higher_is_a_limit_and_a_bounded_share_compared_is_a_result():
    assert [(f.kind, f.measure) for f in parse_string("Those with a two fold or higher rise were excluded.")
            .figures] == [(FigureKind.THRESHOLD, "≥")]
    found = parse_string("Anaemia fell (< 1% versus 3.6%).").figures_of(FigureKind.PERCENTAGE)
    assert [(f.value, f.measure) for f in found] == [(1, "<"), (3.6, None)]


# --- classes shared by several batches, found when reading the whole held-out set's misses ----------

@pytest.mark.parametrize("text", ["After 28 weeks, 1.5% of patients had relapsed.",
                                  "Oxygen need after 72 hours was similar in both arms."])
def test_a_bare_time_after_after_is_a_time_point(text: str):
    assert _figures(text, FigureKind.DURATION) == []


@pytest.mark.parametrize("text", ["Pain fell after 12 weeks of acupuncture.",
                                  "The ileus resolved, and after 5 days, she had stopped vomiting."])
def test_after_a_time_of_something_or_in_a_case_narrative_it_stays_a_duration(text: str):
    assert len(_figures(text, FigureKind.DURATION)) == 1


def test_a_whole_number_with_an_interval_and_no_word_is_a_median_but_a_year_is_not():
    found = parse_string("Converters had a lower albumin ratio (29 [24–35] vs 37 [27–52], p = 0.037).").figures_of(
        FigureKind.MEDIAN)
    assert [(f.value, f.low, f.high, f.interval) for f in found] == [(29, 24, 35, "IQR"), (37, 27, 52, "IQR")]
    assert parse_string("Patients treated in 2004 (1995-2004) were studied.").figures == ()


def test_seasons_and_snellen_fractions_after_a_median_are_not_figures():
    assert parse_string("Data came from the 1992/93–2001/02 surveys and the 2004/2005 season.").figures == ()
    found = parse_string("Median BCVA was 20/40 (interquartile range 20/100–20/200) in 40 eyes.").figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.COUNT, 40)]


@pytest.mark.parametrize("text, low, high", [
    ("Median age at onset was 26 years, (IQR 8-38), and follow-up was long.", 8, 38),
    ("The median age at the first attack was 29 years (range 3-61 years; 33% were children).", 3, 61),
    ("Seizures had a median frequency of 0.4 per hour (range 0.1-9.8).", 0.1, 9.8),
    ("Median time to publication was 51 months (25th-75th centiles 40-68 months).", 40, 68),
])
def test_a_spread_printed_apart_from_its_median_belongs_to_it(text: str, low: float, high: float):
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(low, high)]
    assert not abstract.figures_of(FigureKind.RANGE)


def test_a_ci_printed_with_a_lower_case_l():
    found = parse_string("Risk fell by 27% [95% Cl 14–39].").figures_of(FigureKind.PERCENTAGE)
    assert [(f.value, f.low, f.high) for f in found] == [(27, 14, 39)]


# --- classes found by batch 15 (scored once after batch 14's and the shared classes; fixed after) ----

def test_a_pdf_page_flattened_to_one_line_before_abstract_is_front_matter():
    text = ("Arch Emerg Med. 2019; 7 (1): e47 ORIGINAL RESEARCH A survey of rashes Deniz K1 1. Department of "
            "Emergency Medicine, Antalya. Abstract: Introduction: Rashes are 5-8% of visits. Methods: We "
            "studied 300 visits. Results: Most were mild.")
    assert [label for label, _ in _labels(text)] == ["Introduction", "Methods", "Results"]


def test_an_upper_case_listed_label_with_a_colon_may_be_followed_by_a_lower_case_word():
    text = "OBJECTIVE: To test it. RESULTS: It worked. TRIAL REGISTRATION: clinicaltrial.gov identifier, NCT00404352."
    assert _labels(text)[-1] == ("TRIAL REGISTRATION", "BACKGROUND")


def test_pairs_under_a_mean_sd_header_are_means_with_their_sd():
    text = "Troponin was higher (6 h: mean (SD) 4.2 (0.8) vs 1.7 (0.2), p<0.001; 12 h: 5.5 (1.5) vs 2.3 (0.4))."
    found = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in found] == [(4.2, 0.8), (1.7, 0.2), (5.5, 1.5), (2.3, 0.4)]


def test_an_interval_with_a_colon_and_p_values_listed_without_their_p():
    # the grammar's reading: with no word around it, the learned second reading may call it an estimate, as a
    # bare value with an interval is in most held-out keys ("433 (426-440)"), which a guard against that would lose
    assert [(f.low, f.high) for f in parse_string("Times were 4 [3:5] minutes.", second_reading=None).figures_of(
        FigureKind.MEDIAN)] == [(3, 5)]
    found = parse_string("Rates differed (P values were .007, <.001, and .03, respectively).").figures_of(
        FigureKind.P_VALUE)
    assert [(f.text, f.measure) for f in found] == [(".007", "="), ("<.001", "<"), (".03", "=")]


def test_a_probability_in_per_cent_after_p_is_a_percentage():
    abstract = parse_string("SUL (P = 98.1%) was superior, and the difference was significant (p < 5%).")
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [98.1]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.05]


def test_costs_health_outcomes_and_a_willingness_to_pay_threshold():
    text = ("Glargine cost THB119,543 (US$3522.19) more and gave 0.488 QALYs, so the ICER was US$7216.12/QALY, "
            "above the willingness-to-pay threshold of THB160,000/QALY; total costs were 5429 (4293–6932) USD.")
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (119543, "THB"), (3522.19, "US$"), (0.488, "QALYs"), (7216.12, "US$/QALY"), (5429, "USD")]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(160000, "THB/QALY")]


def test_the_strength_of_a_solution_and_doses_per_capsule_or_per_kilogram_hour():
    abstract = parse_string("Infants got 3 % HS or 0.9% normal saline; capsules held 36 mg/capsule; "
                            "potassium ran at 0.14 mmol/kg/h.")
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [
        (3, "%"), (0.9, "%"), (36, "mg/capsule"), (0.14, "mmol/kg/h")]


def test_likelihood_ratios_named_short_and_interferon_beta_1a_is_no_estimate():
    found = parse_string("Exam had positive likelihood (LR) 3.96 (95% CI 1.03–15.18), negative LR 0.63 "
                         "(95% CI 0.47–0.85).").figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure) for f in found] == [(3.96, "LR+"), (0.63, "LR-")]
    assert parse_string("Patients took interferon β-1a three times a week.").figures_of(FigureKind.ESTIMATE) == ()


def test_a_date_after_up_to_is_no_threshold():
    assert parse_string("We searched MEDLINE and EMBASE up to 19 February 2010.").figures == ()


def test_snellen_fractions_anywhere_in_a_sentence_about_vision_but_not_counts_with_a_share():
    text = ("The BCVAs of treated patients were poor, and the median was 20/100 (interquartile range "
            "20/100–20/200); rates better than 0.8 (20/25) were rare.")
    # a limit; the grammar's reading (the learned second reading may add a number the grammar passed over, "(20/25)")
    assert [(f.kind, f.value) for f in parse_string(text, second_reading=None).figures] == [(FigureKind.THRESHOLD, 0.8)]
    found = parse_string("Of the eyes with poor vision, 20/40 (45%) improved.").figures_of(FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in found] == [(20, 40)]


def test_a_dose_per_kilogram_per_hour_in_words():
    assert [f.unit for f in parse_string("It ran at 1 mg/kg/hour.").figures_of(FigureKind.DOSE)] == ["mg/kg/hour"]


# --- classes found by batch 16 (scored once after batch 15's classes; fixed after) ------------------

def test_a_two_part_label_glued_to_its_text():
    text = "Background and objectivesTo compare two criteria.MethodsCSF was examined.ResultsIt worked."
    assert _labels(text) == [("Background and objectives", "OBJECTIVE"), ("Methods", "METHODS"),
                             ("Results", "RESULTS")]


def test_financial_years_and_a_schedule_after_baseline_are_not_figures():
    assert parse_string("Data from 2004/5 to 2011/12 were used.").figures == ()
    assert parse_string("MRI was done at baseline, 3 months, 1 year, and 3 years of follow-up.").figures == ()
    assert parse_string("Response was high during Weeks 1–4.").figures_of(FigureKind.RANGE) == ()


def test_a_decimal_a_pdf_broke_after_its_point():
    found = parse_string("The HR was 1.61 (95% CI, 1. 29 to 2.01).").figures_of(FigureKind.RATIO)
    assert [(f.value, f.low, f.high) for f in found] == [(1.61, 1.29, 2.01)]


def test_a_median_that_ranged_is_a_range():
    found = parse_string("Median follow-up ranged from 29 to 118 months.").figures
    assert [(f.kind, f.low, f.high) for f in found] == [(FigureKind.RANGE, 29, 118)]


def test_doses_listed_before_their_unit_and_a_range_of_doses():
    abstract = parse_string("Doses (12.5, 25, 50, 100 mg/day) rose; early weeks used 12.5–25 mg/day.")
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [12.5, 25, 50, 100]
    assert [(f.low, f.high, f.unit) for f in abstract.figures_of(FigureKind.RANGE)] == [(12.5, 25, "mg/day")]


@pytest.mark.parametrize("text", ["The 5 year actuarial risk of a seizure was 3%.", "1 year mortality was 27.6%.",
                                  "Scores worsened at each 6 month assessment."])
def test_a_singular_time_before_an_endpoint_names_the_endpoint(text: str):
    assert _figures(text, FigureKind.DURATION) == []


def test_the_group_after_of_the_is_a_count_of_its_own():
    found = parse_string("Infections occurred in 15 of the 136 patients and in 31 of 133 patients.").figures_of(
        FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in found] == [(15, 136), (136, None), (31, 133)]


# --- classes found by batch 17 (scored once after batch 16's classes; fixed after) ------------------

def test_a_hyphenated_follow_up_is_a_duration():
    assert _figures("The benefit was evident throughout the three-year follow-up.", FigureKind.DURATION) == [
        ("three-year", 3)]


def test_an_estimate_and_its_interval_after_a_comma_in_brackets():
    abstract = parse_string("The hazard ratio was lower with ginkgo (0·94, 0·69-1·28; p=0·68).")
    assert [(f.value, f.measure, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (0.94, "HR", 0.69, 1.28)]
    assert not abstract.figures_of(FigureKind.RANGE)


def test_p_value_for_heterogeneity_and_values_that_are_group_sizes_or_scale_names():
    assert [f.value for f in parse_string("Heterogeneity was moderate (P value for heterogeneity = .04).")
            .figures_of(FigureKind.P_VALUE)] == [0.04]
    abstract = parse_string("The outcome is the mean proportion of the 10 items; the mean change on ADAS-cog-12 was small.")
    assert not abstract.figures_of(FigureKind.MEAN)


def test_registry_numbers_and_field_strengths_are_not_counts():
    text = "Registration: ISRCTN number, 50189673. Patients were scanned at 7 T, and on a 3 Tesla system."
    assert parse_string(text).figures == ()


# --- classes found by batch 18 (scored once after batch 17's classes; fixed after) ------------------

def test_a_descriptive_line_under_a_heading_alone_is_its_text_not_a_heading():
    text = "Objective\nTo test it.\nDesign\nProspective intervention study\nMethods\nWe screened 40.\nResults\nIt worked."
    assert [label for label, _ in _labels(text)] == ["Objective", "Design", "Methods", "Results"]
    assert parse_string(text).sections[1].text == "Prospective intervention study"


def test_estimate_interval_pairs_with_a_qualifier_after_them():
    found = parse_string("Risk was raised for unipolar disorder (3.5, 3.0 to 4.2 in men, 2.5, 2.1 to 3.0 in women).").figures
    assert [(f.value, f.low, f.high) for f in found] == [(3.5, 3.0, 4.2), (2.5, 2.1, 3.0)]


def test_a_spaced_hyphen_is_a_dash_not_a_minus():
    found = parse_string("Combined SUV + SAD - 89.06%, and the change was −27%.").figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.PERCENTAGE, 89.06), (FigureKind.ESTIMATE, -27)]


def test_weights_with_an_sd_are_means_and_metres_and_names_with_numbers_are_not_counts():
    assert [f.kind for f in parse_string("Mean birthweight was 3743 ± 677 g.").figures] == [FigureKind.MEAN]
    assert parse_string("Patients had to walk 50 m unassisted.").figures == ()
    assert [f.kind for f in parse_string("Rates were highest for COVID-19 (56%).").figures] == [FigureKind.PERCENTAGE]


def test_edss_milestones_named_after_the_scale_in_brackets():
    found = parse_string("Time to Expanded Disability Status Scale (EDSS) 3, 4, and 6 was longer.").figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.THRESHOLD, 3), (FigureKind.THRESHOLD, 4),
                                                  (FigureKind.THRESHOLD, 6)]


def test_bare_pairs_take_the_measure_an_earlier_sentence_of_the_section_named():
    text = ("Zinc lowered the rate of diarrhoea (rate ratio 0.85, 0.76 to 0.96). Respiratory infection was less "
            "common in the zinc group. Admission to hospital was lower in the zinc group (0.76, 0.59 to 0.98).")
    found = parse_string(text).figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure) for f in found] == [(0.85, "RR"), (0.76, "RR")]


# --- classes found by batch 19 (scored once after batch 18's classes; fixed after) ------------------

def test_registration_labels_before_a_lower_case_registry_and_a_registry_line_of_its_own():
    text = "Objective: To test.\nResults: It lasted several months. Trial Registration: clinicaltrials.gov Identifier: NCT1"
    assert _labels(text)[-1] == ("Trial Registration", "BACKGROUND")
    closing = parse_string("Objective: To test.\nResults: It worked.\nClinicalTrials.gov identifier: NCT02680977.")
    assert [(s.label, s.category.value) for s in closing.sections][-1] == ("ClinicalTrials.gov identifier", "BACKGROUND")
    under = "Objective: To test.\nResults: It worked.\nTrial Registration\nClinicalTrials.gov Identifier: NCT 02011659"
    assert [label for label, _ in _labels(under)] == ["Objective", "Results", "Trial Registration"]


def test_html_line_breaks_and_inline_tags_from_a_page_source():
    text = "Iron toxicity\n\nBACKGROUND: Iron is toxic.<br><br>METHODS: We studied <i>83</i> cases.<br><br>RESULTS: P<0.05."
    abstract = parse_string(text)
    assert [s.label for s in abstract.sections] == ["BACKGROUND", "METHODS", "RESULTS"]
    assert abstract.sections[1].text == "We studied 83 cases."
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.05]


def test_the_key_points_box_is_kept_above_the_abstract():
    text = ("A trial of something\nKey Points\nQuestion\nDoes it work?\nFindings\nIn 9361 adults it did not.\n"
            "Meaning\nIt does not.\nAbstract\nImportance\nIt matters.\nResults\nIt failed.")
    assert [label for label, _ in _labels(text)] == ["Question", "Findings", "Meaning", "Importance", "Results"]


def test_blood_pressure_pairs_concentrations_and_euros_after_the_value():
    abstract = parse_string("The mean blood pressure was 138.1/81.9 mm Hg; cholesterol was 272 +/- 23 mg per "
                            "deciliter; cost was higher by 370 € with surgery.")
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.MEAN, 138.1), (FigureKind.MEAN, 81.9), (FigureKind.MEAN, 272), (FigureKind.ESTIMATE, 370)]


def test_a_range_after_a_mean_and_sd_belongs_to_the_mean():
    found = parse_string("Mean age at death was 68 ± 9 years (ranged 60-100 years).").figures
    assert [(f.kind, f.sd, f.low, f.high) for f in found] == [(FigureKind.MEAN, 9, 60, 100)]


# --- classes found by batch 20 (scored once after batch 19's classes; fixed after) ------------------

def test_pubmed_unlabelled_is_a_heading_of_its_own():
    assert _labels("UNLABELLED: The aim was to pool trials. INTRODUCTION: Calcium helps. METHODS: We searched.") == [
        ("UNLABELLED", "UNASSIGNED"), ("INTRODUCTION", "BACKGROUND"), ("METHODS", "METHODS")]


def test_titres_as_medians_and_times_compared_after_a_median_with_no_value():
    assert [f.value for f in parse_string("Titres were higher at onset (median: 1:32 VS 1:100).").figures_of(
        FigureKind.MEDIAN)] == [32, 100]
    found = parse_string("Relapsing patients had a higher median age than the others (109.00 vs. 82.44 months).")
    assert [f.value for f in found.figures_of(FigureKind.MEDIAN)] == [109, 82.44]
    kept = parse_string("The median time prone in the first 72 hours was 6 (1.5-12.8) hours.")
    assert [f.value for f in kept.figures_of(FigureKind.DURATION)] == [72]


def test_a_year_in_a_name_tables_and_percentage_intervals():
    assert parse_string("Women got the A/H1N1 2009 influenza vaccine.").figures == ()
    assert not parse_string("For each study, 2×2 tables were rebuilt.").figures_of(FigureKind.RATIO)
    found = parse_string("Specificity was 39.4% (33.5% to 45.6%).").figures
    assert [(f.kind, f.low, f.high) for f in found] == [(FigureKind.PERCENTAGE, 33.5, 45.6)]


# --- classes found by batch 21 (scored once for the parser as submitted; fixed after) -------------

def test_lower_case_labels_at_a_line_start_after_a_finished_sentence():
    text = "Abstract\npurpose. To test a drug.\nmethods. A total of 40 adults took it.\nresults. It worked."
    assert _labels(text) == [("purpose", "OBJECTIVE"), ("methods", "METHODS"), ("results", "RESULTS")]


def test_a_lower_case_label_word_that_ends_a_wrapped_sentence_is_not_a_heading():
    text = "Background\nWe used the standard\nmethods. The results were good."
    assert _labels(text) == [("Background", "BACKGROUND")]


def test_a_label_glued_to_a_one_letter_word():
    text = "AimTo review trials.MethodWe searched.ResultsA total of 90 trials were found.ConclusionMore are needed."
    assert [label for label, _ in _labels(text)] == ["Aim", "Method", "Results", "Conclusion"]


def test_a_question_mark_for_a_lost_thin_space_between_number_and_unit():
    found = parse_string("Patients took melatonin 3?mg and were followed for 3?months (12?weeks).").figures
    assert [(f.kind, f.value, f.unit) for f in found] == [
        (FigureKind.DOSE, 3, "mg"), (FigureKind.DURATION, 3, "months"), (FigureKind.DURATION, 12, "weeks")]


# --- classes found by batch 22 (scored once with the second reading; fixed after) ------------------

def test_a_colon_then_a_double_hyphen_is_one_delimiter():
    text = "OBJECTIVE:--To test a drug. DESIGN:--Cohort study. RESULTS:--It worked."
    assert [(s.label, s.text[:2]) for s in parse_string(text).sections] == [
        ("OBJECTIVE", "To"), ("DESIGN", "Co"), ("RESULTS", "It")]


def test_a_label_glued_with_its_full_stop():
    text = "Background.Drugs help. We tested one.Methods.TRIAL-X randomised 40 adults.Results.It worked."
    assert [label for label, _ in _labels(text)] == ["Background", "Methods", "Results"]


def test_two_spaces_after_a_listed_label_at_a_line_start():
    text = "Objective  To test a drug.\n\nDesign and Methods  A survey of 40 adults.\n\nResults  It worked."
    assert [label for label, _ in _labels(text)] == ["Objective", "Design and Methods", "Results"]
    assert _labels("We took  two spaces here. Methods  were fine.") == [(None, "UNASSIGNED")]


def test_an_sd_named_after_the_quantity_and_mortality_rate_ratios():
    mean = parse_string("The mean age (SD) of the deceased was 35 (7.35).").figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in mean] == [(35, 7.35)]
    ratios = parse_string("All-cause MRRs were 1.13 (95% CI 0.84-1.52).").figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure, f.low, f.high) for f in ratios] == [(1.13, "MRR", 0.84, 1.52)]


def test_a_number_like_a_year_that_was_allocated_is_a_count():
    found = parse_string("Of these, 1990 were assigned metoprolol and 2001 were assigned placebo.").figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.COUNT, 1990), (FigureKind.COUNT, 2001)]
    assert parse_string("Trials published in 2001 were reviewed.").figures == ()


def test_a_range_or_an_unnamed_interval_of_percentages_belongs_to_the_percentage_before_it():
    found = parse_string("INR was in range for 61% of the time (range 37%-85%), and pooled studies "
                         "gave (1.4%, 0.8% to 2.3%).").figures
    assert [(f.kind, f.value, f.low, f.high, f.interval) for f in found] == [
        (FigureKind.PERCENTAGE, 61, 37, 85, "range"), (FigureKind.PERCENTAGE, 1.4, 0.8, 2.3, "95% CI")]


def test_a_percentage_decimal_broken_after_its_point():
    found = parse_string("The rate (2.0% per year, 0.7% to 4. 4%) was low.").figures_of(FigureKind.PERCENTAGE)
    assert [(f.value, f.low, f.high) for f in found] == [(2.0, 0.7, 4.4)]


def test_an_unnamed_estimate_listed_right_after_a_ratio_is_that_ratio():
    found = parse_string("All-cause MRRs were 1.13 (95% CI 0.84-1.52) and 1.00 (95% CI 0.70-1.43).").figures
    assert [(f.kind, f.measure, f.value) for f in found] == [
        (FigureKind.RATIO, "MRR", 1.13), (FigureKind.RATIO, "MRR", 1.0)]


def test_varied_from_to_is_a_range_and_fell_from_to_a_change():
    assert [(f.kind, f.low, f.high) for f in parse_string("Prevalence varied from 23.4% to 35.8%.").figures] == [
        (FigureKind.RANGE, 23.4, 35.8)]
    assert [f.kind for f in parse_string("Employment fell from 51% to 38%.").figures] == [
        FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]


# --- found by batch 23 (scored once for the parser as submitted; only this fixed after) -------------

def test_a_decimal_comma_after_a_zero_is_a_decimal_not_thousands():
    found = parse_string("The groups differed (Fisher exact test, p=0,032); 2,318 were seen.").figures
    assert [(f.kind, f.value) for f in found] == [(FigureKind.P_VALUE, 0.032), (FigureKind.COUNT, 2318)]


def test_p_values_listed_after_a_first_one_and_a_bracketed_sd_in_the_header():
    found = parse_string("The trend was not significant (p = 0.45, 0.23 and 0.98 respectively).",
                         second_reading=None).figures
    assert [(f.kind, f.value, f.measure) for f in found] == [(FigureKind.P_VALUE, v, "=") for v in (0.45, 0.23, 0.98)]
    assert [(f.kind, f.value) for f in parse_string("It fell (p = 0.04) to 9.24%.", second_reading=None).figures] == [
        (FigureKind.P_VALUE, 0.04), (FigureKind.PERCENTAGE, 9.24)]
    means = parse_string("Mean (standard deviation [SD]) scores were 11.3 (0.9) and 5.0 (0.9), respectively.",
                         second_reading=None).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in means] == [(11.3, 0.9), (5.0, 0.9)]


# --- found by batch 24 (scored once for the parser as submitted; fixed after) ----------------------

def test_a_count_of_an_acronym_plural():
    found = parse_string("Seventy-eight GPs (53%) endorsed the method.", second_reading=None).figures
    assert [(f.kind, f.value, f.unit) for f in found][:1] == [(FigureKind.COUNT, 78, "GPs")]


# --- batch 24 (fifth session) ---------------------------------------------------------------------

def test_a_named_estimate_printed_as_a_range_of_per_cents_is_a_range():
    text = "Results: Sensitivity across readers was 61-79% and specificity was 70-92%; AUC 0.81 (0.7-0.9)."
    assert [(t, None) for t, _ in _figures(text, FigureKind.RANGE)] == [("61-79%", None), ("70-92%", None)]
    assert _figures(text, FigureKind.ESTIMATE) == [("AUC 0.81 (0.7-0.9)", 0.81)]


def test_a_range_in_brackets_after_a_name_ending_in_digits_is_a_range():
    text = "Results: Anti-MOG IgG1 (80–10,240) titres were higher than IgG4 (20–640) titres; HR 1.2 (1.1-1.4)."
    ranges = [(f.text, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)]
    assert ranges == [("80–10,240", 80, 10240), ("20–640", 20, 640)]
    assert [f.low for f in parse_string(text).figures_of(FigureKind.RATIO)] == [1.1]


def test_a_gestational_age_is_a_limit_not_a_duration():
    text = ("Methods: Women were given a pessary from 16 to 20 weeks of gestation until 34 weeks' gestation, "
            "and followed for 6 weeks after delivery. The outcome was birth before 32 weeks of gestation.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(16, 20)]
    assert [(f.text, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        ("34 weeks", "weeks of gestation"), ("32 weeks", "weeks of gestation")]
    assert [f.text for f in abstract.figures_of(FigureKind.DURATION)] == ["6 weeks"]


def test_an_abbreviated_time_after_over_is_how_long_and_a_range_after_over_is_a_range():
    text = ("Methods: Vancomycin was infused over 2 h, then over 1–3 h, and patients treated over 48 h "
            "after admission were excluded. Those with a >6 month history were eligible.")
    abstract = parse_string(text)
    assert [(f.text, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [("over 2 h", "h")]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1, 3)]
    assert [f.text for f in abstract.figures_of(FigureKind.THRESHOLD)] == ["over 48 h", ">6 month"]


def test_a_range_of_per_cents_after_a_bound_word_is_not_cut_at_its_first_digit():
    text = "Background: A response above 45-60% is rare; one below 5.5-7% is unusual."
    assert [(f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(45, 60), (5.5, 7)]


# --- batch 25 (fifth session) ---------------------------------------------------------------------

def test_a_heading_glued_to_the_last_full_stop_of_the_section_before_it():
    text = ("Background\nStatins are widely used.Objective\nTo measure their effect on memory.Data sources\n"
            "Four databases to 2020.Data synthesis\nTwelve trials met the criteria.Conclusion\nNo effect was seen.")
    assert _labels(text) == [("Background", "BACKGROUND"), ("Objective", "OBJECTIVE"), ("Data sources", "METHODS"),
                             ("Data synthesis", "RESULTS"), ("Conclusion", "CONCLUSIONS")]


def test_a_sentence_ending_in_a_word_that_is_no_label_keeps_its_line():
    text = "Methods: We enrolled adults.Nobody\nwas excluded."
    assert _labels(text) == [("Methods", "METHODS")]


def test_a_whole_number_with_an_interval_before_what_it_counts_is_a_count():
    text = ("Findings: We estimated 412 330 (95% UI 350 120–480 900) infections and 9 870 (8 100–11 900) "
            "attributable deaths, or 301 455 (250 010–360 200) DALYs; the median delay was 12 (10–14) days.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.COUNT)] == [
        (412330, 350120, 480900), (9870, 8100, 11900)]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(301455, "DALYs")]


def test_two_ages_joined_by_and_name_groups_not_a_range():
    text = "Methods: We sampled pupils aged 6 and 11 and compared them at ages 1 and 5 years; adults aged between 20 and 40 years."
    assert [(f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(20, 40)]
    assert parse_string(text).figures_of(FigureKind.DURATION) == ()


def test_a_number_word_of_two_or_more_after_a_bound_is_a_limit_and_times_after_it_a_ratio():
    text = ("Methods: Eligible women had at least six clinic visits, and readers scored up to three lesions. "
            "Results: Relapses were more than two times as frequent with placebo.")
    abstract = parse_string(text)
    assert [(f.text, f.value) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        ("at least six", 6), ("up to three", 3)]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [(2, "fold")]


# --- batch 26 (fifth session) ---------------------------------------------------------------------

def test_an_age_after_a_word_of_limit_is_a_threshold_and_at_an_age_a_time_point():
    text = ("Results: Incidence rose steeply after age 70 years, fell beyond the age of 95 years and was "
            "followed until age 99 years; weight at age 5 years was higher. Treatment lasted 3 years.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [70, 95, 99]
    assert [f.text for f in abstract.figures_of(FigureKind.DURATION)] == ["3 years"]


def test_an_ordinal_second_is_not_a_time_and_averaged_makes_a_mean():
    text = "Results: Of 30 eyes, 12 second eyes improved. Follow-up averaged 3.2 years and lasted 20 seconds at most."
    abstract = parse_string(text, second_reading=None)
    assert [f.text for f in abstract.figures_of(FigureKind.DURATION)] == ["20 seconds"]
    assert [(f.text, f.value) for f in abstract.figures_of(FigureKind.MEAN)] == [("3.2 years", 3.2)]


def test_a_range_printed_with_through():
    text = "Results: Operating time fell steadily for cases 31 through 45 and stayed flat afterwards."
    assert [(f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(31, 45)]


def test_a_ratio_named_before_a_clause_without_a_verb():
    text = ("Results: Mortality was similar (odds ratio [OR] for the oldest stratum 1.12, 95% CI 0.80–1.57), "
            "and the HR for death ranged from 1.41 to 2.21; a hazard ratio of less than 1.3 was excluded.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(1.12, 0.80, 1.57)]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1.41, 2.21)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [1.3]


def test_means_and_sds_printed_with_a_slash_after_mean_sd_and_no_count_with_a_decimal():
    text = ("Results: Pressure was similar (mean/SD=151.2/22.4 in cohort A versus 149.9/20.1 in cohort B), "
            "but lower later (128.5/14.2 versus 140.3/15.9); 18/40 (45%) responded.")
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [
        (151.2, 22.4), (149.9, 20.1), (128.5, 14.2), (140.3, 15.9)]
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(18, 40)]


def test_a_number_glued_to_a_bracketed_chemical_group_is_a_name():
    text = "Methods: Serum 25(OH)D and 1,25(OH)2D were measured in 40 patients."
    assert _figures(text, FigureKind.COUNT) == [("40 patients", 40)]


def test_a_bounded_percentage_of_them_is_a_share():
    text = "Results: Vision improved, although at least 9.5% of them did not reach driving standard."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.PERCENTAGE)] == [(9.5, "≥")]


# --- batch 27 (fifth session) ---------------------------------------------------------------------

def test_the_first_line_below_a_line_abstract_is_the_abstract_not_its_title():
    text = ("Abstract\nSafety of drug X was assessed in adults with asthma.\n"
            "This was a randomised trial of 210 adults given 50 μg daily over 8 weeks, with outcomes read blind.")
    abstract = parse_string(text)
    assert abstract.title is None
    assert abstract.sections[0].text.startswith("Safety of drug X")
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [210]


def test_numbered_paragraphs_are_not_counted():
    text = "1. Eight volunteers took 100 mg. 2. Three models were fitted. 3) The mean lag time was 0.4 h."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)] == [8, 3]


def test_a_limit_printed_or_better_or_worse_than_in_decibels():
    text = ("Results: Of 40 eyes that began with mean deviations of −6 dB or better, 35 ended at −3 dB or better; "
            "eyes worse than −10 dB did poorly.")
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [
        (-6, "≥"), (-3, "≥"), (-10, "<")]


def test_a_plus_minus_lost_to_a_question_mark_between_two_numbers():
    text = "Results: Cmax were (12.6? 2.9) and (30.1? 7.7) ng/mL; tmax was 1.5?h."
    assert [(f.value, f.sd) for f in parse_string(text, second_reading=None).figures_of(FigureKind.MEAN)] == [
        (12.6, 2.9), (30.1, 7.7)]


def test_a_cut_off_named_before_a_long_clause_is_a_threshold_printed_as_its_value():
    text = ("Results: The best cut-off value of CRP for telling bacterial from viral infection in children "
            "was 40 mg/L, with a sensitivity of 80%.")
    assert [(f.text, f.value) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [("40 mg/L", 40)]


def test_a_list_of_limits_in_words_shares_its_noun():
    text = "Methods: Readers counted up to three or six lesions per scan, and ≥2 relapses and 3 patients were seen."
    assert [(f.text, f.value) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [
        ("up to three", 3), ("six", 6), ("≥2", 2)]
    assert _figures(text, FigureKind.COUNT) == [("3 patients", 3)]


# --- batch 28 (fifth session) ---------------------------------------------------------------------

def test_a_group_size_whose_equals_sign_a_scan_dropped():
    text = "Results: Patients given the drug (n 412) or placebo (n 398; 49%) were followed."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)] == [412, 398]


def test_consecutive_between_a_number_and_its_time_unit():
    text = "Methods: Players were followed over 10 consecutive weeks, and diaries were kept for 3 successive days."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.DURATION)] == [(10, "weeks"), (3, "days")]


def test_a_regression_coefficient_b_is_an_estimate():
    text = "Results: Stay was longer after infection (B = 4.1 days [1.2, 7.0], P = .01)."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [(4.1, "B")]
    assert parse_string(text).figures_of(FigureKind.DURATION) == ()


def test_a_hyphenated_time_before_a_season_or_regimens_is_how_long():
    text = "Methods: Children were dosed across a 5-month rainy season and compared with two 6-month regimens."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [5, 6]


# --- batch 29 (fifth session) ---------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "We compared two ways of dosing insulin in adults with type 2 diabetes.",
    "To assess the prevalence of distress among young adults with diabetes.",
    "Glucose monitoring improves outcomes, but access is unequal. We asked whether changing prescribing would help.",
])
def test_a_short_opening_paragraph_that_reads_as_prose_is_not_a_title(opening: str):
    text = f"{opening}\n\nWe enrolled 412 adults in 12 clinics.\n\nOf them, 96 (23%) improved."
    abstract = parse_string(text)
    assert abstract.title is None
    assert abstract.sections[0].text.startswith(opening[:20])


def test_a_title_with_a_subtitle_sentence_stays_a_title():
    text = ("Early thrombolysis in myocardial infarction. A randomised trial in eight centres\n\n"
            "We randomised 533 patients within 4 h of symptom onset.")
    assert parse_string(text).title.startswith("Early thrombolysis")


def test_a_number_in_words_restated_in_digits_is_one_number():
    text = "Methods: A total of one hundred and twenty (120) pupils took part. Results: Nine (9) had caries."
    abstract = parse_string(text)
    assert [(f.text, f.value) for f in abstract.figures_of(FigureKind.COUNT)] == [
        ("A total of one hundred and twenty (120) pupils", 120), ("Nine (9)", 9)]


# --- batch 30 (fifth session, after its first contact) ----------------------------------------------

def test_a_summary_label_before_the_first_heading_names_the_whole_abstract():
    text = "Summary: Purpose: To test drug X. Methods: We enrolled 40 adults. Results: It worked."
    assert [label for label, _ in _labels(text)] == ["Purpose", "Methods", "Results"]
    assert _labels("Summary: We enrolled 40 adults. It worked.") == [(None, "UNASSIGNED")]


def test_minimum_and_maximum_bound_a_limit_a_follow_up_and_a_dose():
    text = ("Methods: Responders had a minimum 50% reduction; patients were followed for a minimum of 2 years; "
            "bisoprolol was increased to a maximum of 10 mg per day.")
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(50, "≥")]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [2]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [10]


def test_ci95_written_after_its_letters_and_a_relative_hazard():
    text = "Results: Men had a relative hazard of death of 2.13 (CI95% 1.03-4.40) and women, 3.43 (CI95% 1.23-9.59)."
    assert [(f.value, f.measure, f.low) for f in parse_string(text).figures_of(FigureKind.RATIO)] == [
        (2.13, "HR", 1.03), (3.43, "HR", 1.23)]


def test_units_of_a_named_drug_are_a_dose_and_modifier_arrowheads_are_signs():
    text = "Methods: Each patient received 155 units of BoNT-A; trials with I2 ˃ 75% were excluded."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [155]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(75, ">")]


# --- batch 31 (fifth session, after its first contact) ----------------------------------------------

def test_the_strength_of_a_local_anaesthetic_is_a_dose_before_or_after_its_name():
    text = "Methods: Patients received 0.75% ropivacaine or hyperbaric bupivacaine 0.5%; 45% had pain."
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(0.75, "%"), (0.5, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [45]


def test_east_asian_forms_of_greater_and_less_or_equal():
    text = "Methods: We included adults with ≦3 relapses and an EDSS score ≧2.5."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [(3, "≤"), (2.5, "≥")]


# --- batch 32 (sixth session, after its first contact) ----------------------------------------------

def test_a_bare_label_line_that_goes_on_is_the_label_run_in_not_a_heading():
    text = ("Objective To test a splint.\nDesign Cross sectional survey\nSetting Leeds.\n"
            "Methods Data were collected on\nthe height of 500 children.\nSubjects 400 children aged 5.\n"
            "Main outcome measures Being overweight was\ndefined as a high BMI.\nResults Twelve were obese.")
    assert [label for label, _ in _labels(text)] == [
        "Objective", "Design", "Setting", "Methods", "Subjects", "Main outcome measures", "Results"]


def test_plurals_without_an_s_are_counted():
    text = "Methods: We cultured four bacteria in three strata and applied two criteria."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.COUNT)] == [
        (4, "bacteria"), (3, "strata"), (2, "criteria")]


def test_per_cent_in_words_after_a_rate_and_shared_by_a_pair():
    text = "Results: The infection rate was 8.2 per cent; survival was 61 and 70 per cent; EDSS 6 and 29% did."
    assert [(f.text, f.value) for f in parse_string(text).figures_of(FigureKind.PERCENTAGE)] == [
        ("8.2 per cent", 8.2), ("61", 61), ("70 per cent", 70), ("29%", 29)]


def test_a_risk_said_to_be_raised_is_a_relative_risk():
    text = ("Results: Smokers had an increased risk of stroke (1.42, 95% CI 1.10-1.83). "
            "Two genotypes represented risks of 2.10 (95% CI: 1.30-3.40) and 1.80 (95% CI: 1.10-2.90). "
            "The relative excess risk due to interaction was 0.30 (95% CI 0.05-0.55).")
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (1.42, "RR"), (2.1, "RR"), (1.8, "RR")]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.3]


def test_a_window_joined_by_a_dash_after_from_is_a_range():
    text = "Methods: Infants were followed from 30–34 weeks postmenstrual age; scores fell from 12 to 8."
    assert [(f.low, f.high, f.unit) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(30, 34, "weeks")]


def test_a_centile_named_with_the_is_a_limit():
    text = "Methods: Overweight was a BMI above the 90th centile; the 75th percentile of stay was 9 days."
    assert [(f.text, f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [
        ("above the 90th", 90, ">")]


def test_mug_is_micrograms_and_an_infusion_per_minute_is_a_dose():
    text = "Methods: Phenylephrine 50 mug/min was infused; clearance was 12 ml/kg/min."
    assert [(f.value, f.unit) for f in parse_string(text, second_reading=None).figures_of(FigureKind.DOSE)] == [
        (50, "μg/min")]


def test_a_time_bound_in_words_says_how_long_when_given_or_followed():
    text = ("Methods: 70% received 12 or more weeks of guideline-concordant doses; patients followed 5 years "
            "or more were analysed; those followed <2 years were excluded; 30% attended 6 or more sessions.")
    abstract = parse_string(text)
    assert [(f.text, f.value) for f in abstract.figures_of(FigureKind.DURATION)] == [
        ("12 or more weeks", 12), ("5 years or more", 5)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [2, 6]


def test_total_person_years_are_a_duration():
    text = "Results: We observed 2,150.5 total person-years of follow-up."
    assert _figures(text, FigureKind.DURATION) == [("2,150.5 total person-years", 2150.5)]


def test_a_number_in_words_opening_a_list_of_digits_is_counted():
    text = "Results: Ninety-two, 71 and 40 nurses took part in rounds one to three; Four clinical, 12 social and 3 legal items."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)][:6] == [92, 71, 40, 4, 12, 3]


def test_counts_split_by_sex_with_a_slash():
    text = "Methods: We enrolled 500 adults (280 women/220 men)."
    assert [(f.text, f.value) for f in parse_string(text).figures_of(FigureKind.COUNT)] == [
        ("500 adults", 500), ("280 women", 280), ("220 men", 220)]


def test_a_factor_and_a_range_of_times_are_ratios():
    text = "Results: Rates varied by a factor of 3. Users were 1.20 to 1.75 times as likely to fall; dosing 2 to 3 times daily."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [(3, "fold")]
    assert [(f.low, f.high, f.unit) for f in abstract.figures_of(FigureKind.RANGE)] == [(1.2, 1.75, "fold"), (2, 3, "")]


def test_an_interval_before_fold_is_a_ratio():
    text = "Results: We estimated a 1.52 (95% CI 1.20-1.93)-fold increase in risk."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.RATIO)] == [(1.52, "fold")]


def test_hr_with_a_sign_and_a_large_value_is_a_heart_rate_limit():
    text = "Methods: Bradycardia was HR <80 for 10 s; death had HR 1.40 (95% CI 1.10-1.80)."
    abstract = parse_string(text)
    assert [(f.value, f.quantity) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(80, "heart rate")]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.4]


def test_weeks_after_a_word_of_birth_are_a_gestational_limit():
    text = ("Results: Of 900 births at 36 weeks of gestation or later, delivery before 38 weeks was safe; "
            "a scan at 20 weeks of gestation was done.")
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [
        (36, "weeks of gestation"), (38, "weeks of gestation")]


def test_a_bare_number_after_at_is_a_time_point_not_a_count():
    text = "Results: Remission was 70% at 3 months, 82% at 6, and 90% at 12."
    abstract = parse_string(text)
    assert abstract.figures_of(FigureKind.COUNT) == ()
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [70, 82, 90]


def test_p_values_in_words_and_a_named_test():
    text = "Results: Costs fell (p is less than 0.01); the trend was flat (P for trend test=.21)."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.P_VALUE)] == [(0.01, "<"), (0.21, "=")]


def test_an_en_dash_no_number_stands_before_is_a_minus():
    text = "Results: Scores changed (mean[SE]: pain, –2.4[0.30]; SMD –0.41 (95% CI –0.70 to –0.12)); aged 18–65 years."
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(-2.4, None)]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(-0.41, -0.7, -0.12)]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(18, 65)]


# --- batch 33 (sixth session, after its first contact) ----------------------------------------------

def test_a_leading_summary_before_a_run_in_background_names_the_whole_abstract():
    text = "Summary Background Falls are common. We tested a splint.\nMethods We enrolled 80 adults.\nFindings It worked."
    assert [label for label, _ in _labels(text)] == ["Background", "Methods", "Findings"]


def test_a_ci_whose_bounds_carry_a_noun_or_currency_belongs_to_the_figure_before():
    text = ("Results: Crowding led to 120 extra deaths (95% CI 80 to 160 extra deaths) and $9 million "
            "(95% CI $4 to $14 million) in costs.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures] == [(120, 80, 160), (9, 4, 14)]


def test_events_per_a_scale_with_nouns_between_are_rates_and_so_is_their_partner():
    text = "Results: Falls were rarer (3.2 falls versus 7.5 falls per 100 bed days) and deaths 1.1 deaths per 1000 admissions."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [
        (3.2, "per 100"), (7.5, "per 100"), (1.1, "per 1000")]


def test_a_time_one_group_reached_before_another_is_a_difference_and_on_average_a_mean():
    text = ("Results: Pain resolved 2.1 days earlier in the splint group; patients were followed 14.2 months on average. "
            "Her rash recurred three months later.")  # a case narrative: how long
    abstract = parse_string(text)
    assert [(f.value, f.quantity) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(2.1, "difference")]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [14.2]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [3]


def test_a_median_named_long_before_its_time_gives_it_its_kind():
    text = ("Results: The median duration of remission for the patients who were not given consolidation "
            "with stem cell transplantation in first remission was 9 months.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.MEDIAN)] == [9]


def test_an_age_with_a_plus_is_a_lower_limit():
    text = "Methods: Patients 85+ years were compared with those aged 65-84 years."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [(85, "≥")]


def test_a_count_in_millions_keeps_its_printed_value():
    text = "Methods: We studied 4.6 million residents; costs were $12 million; incidence was 3.1 per million."
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT)] == [(4.6, "million residents")]


def test_a_count_and_its_share_split_by_a_comma_in_a_comparison():
    text = "Results: Fewer needed surgery (11, 22% vs. 25, 48%, p = 0.01)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [11, 25]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [22, 48]


# --- batch 34 (sixth session, after its first contact) ----------------------------------------------

def test_unbracketed_estimate_and_interval_under_a_named_ratio():
    text = "Results: Hazard ratios were: grade 1: 1.21, 1.05 to 1.40; grade 2: 1.62, 1.30 to 2.01. Ages were: 41, 30 to 52."
    abstract = parse_string(text)
    assert [(f.value, f.measure, f.low) for f in abstract.figures_of(FigureKind.RATIO)] == [(1.21, "HR", 1.05), (1.62, "HR", 1.3)]


def test_person_years_without_a_hyphen_and_events_per_person_year():
    text = "Results: 812 deaths occurred during 1 203 455 person years; attacks were 0.62 vs. 0.31 episodes/person-year."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [1203455]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (0.62, "per person-year"), (0.31, "per person-year")]


def test_a_hyphenated_dose_is_a_dose_unless_it_names_a_group():
    text = "Methods: Each child had a 0.5-mL dose and 250-mg tablets; the 1,000-mg group fared best; 40 mg/patient was used."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.DOSE)] == [
        (0.5, "mL"), (250, "mg"), (40, "mg/patient")]


def test_a_median_compared_with_a_bare_number():
    text = "Results: Fewer doses were needed (median: 2 vs 6, p=0.02)."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.MEDIAN)] == [2, 6]


def test_a_bounded_time_of_treatment_given_is_a_duration():
    # Since the twenty-first session the eligibility bound "for <6 hours" is a duration too (a bound on a time led
    # by "for"); "treated <6 hours after onset" has no "for" and stays a limit. The grammar's reading: the second
    # reading refitted in the thirty-first session renames this eligibility bound a limit (left open there).
    text = ("Methods: Patients took 10 mg daily for ≤8 weeks; those with pain for <6 hours were eligible, "
            "and treated <6 hours after onset.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.DURATION)] == [(8, "≤"), (6, "<")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(6, "<")]


def test_counts_in_billions_and_millions_keep_their_uncertainty_intervals():
    text = ("Results: In 2019, 1·52 billion (95% UI 1·40-1·66) people had a condition, adding 205 million [170-243] "
            "YLDs and 48 million people [41-56].")
    assert [(f.value, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.COUNT)] == [
        (1.52, 1.4, 1.66), (205, 170, 243), (48, 41, 56)]


# --- batch 35 (sixth session, after its first contact) ----------------------------------------------

def test_a_therapeutic_gain_with_a_semicolon_interval_is_in_percentage_points():
    text = "Results: Relief was better (therapeutic gain 31 % [18 %; 44 %]; P < 0.001)."
    assert [(f.value, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.PERCENTAGE_POINTS)] == [
        (31, 18, 44)]


def test_an_auc_or_kappa_with_plus_minus_is_an_estimate_and_its_error():
    text = "Results: Areas under the ROC curves (0.910 +/- .020 for MR, 0.880 +/- .030 for CT) were close; age 50 ± 9 years."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.91, 0.88]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [50]


def test_numbered_readers_are_not_r_squared():
    text = "Results: Scores were alike (R1, 4.1 ± 0.70; R2, 4.5 ± 0.60)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [4.1, 4.5]
    assert abstract.figures_of(FigureKind.ESTIMATE) == ()


def test_a_named_measure_followed_by_a_dash_is_its_range():
    text = "Results: Both sequences performed alike (AUC 0.612–0.655)."
    assert [(f.low, f.high, f.measure) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(0.612, 0.655, "AUC")]


def test_a_ci_named_in_full_and_again_in_brackets_and_mrr_names_a_ratio():
    text = "Results: MRRs were 1.21 (95% confidence interval [95% CI] 0.90–1.62) and 0.95 (95% CI 0.70–1.30)."
    assert [(f.value, f.measure, f.low) for f in parse_string(text).figures_of(FigureKind.RATIO)] == [
        (1.21, "MRR", 0.9), (0.95, "MRR", 0.7)]


def test_an_unlisted_colon_label_inside_a_paragraph_of_headed_lines_is_text():
    text = ("Background: Cluster headache is rare.\nMethods: We reviewed 46 files.\n"
            "Results: Most were men. Male: Female ratio was 15:1. Mean age was 40 years.\nConclusion: It is rare.")
    assert [label for label, _ in _labels(text)] == ["Background", "Methods", "Results", "Conclusion"]


# --- batch 36 (sixth session, after its first contact) ----------------------------------------------

def test_labels_followed_by_lower_case_text_in_a_repeated_colon_style():
    text = ("Introduction: about 20 million people smoke. Methods: this was a survey of 1200 adults. "
            "Results: the mean age was 35 years. Conclusion: smoking is common.")
    assert [label for label, _ in _labels(text)] == ["Introduction", "Methods", "Results", "Conclusion"]


def test_a_label_with_a_colon_glued_to_the_full_stop_at_a_line_end():
    text = "Background:\nFalls are common at school age.Objectives:\nTo measure them.Methods:\nWe surveyed 900 pupils."
    assert [label for label, _ in _labels(text)] == ["Background", "Objectives", "Methods"]


def test_a_title_line_that_opens_with_a_listed_word_is_the_title():
    text = ("Complications Following Hip Replacement: Is a 30 Day Rate Enough?\n\n"
            "Purpose: To time complications. Methods: We studied 130 hips. Results: Twelve failed.")
    abstract = parse_string(text)
    assert abstract.title.startswith("Complications Following")
    assert [s.label for s in abstract.sections] == ["Purpose", "Methods", "Results"]


def test_an_upper_case_label_with_a_colon_after_a_lost_full_stop():
    text = "Methods: We included 284 RESULTS: The 19 patients (6.7%) who bled were older."
    assert [label for label, _ in _labels(text)] == ["Methods", "RESULTS"]


def test_a_percentage_with_its_sd_is_a_mean_of_per_cents():
    text = "Results: Risk fell to 4.1 per cent (SD 4.5) with nurses; 17.6% (SD 24.5) of the data were missing."
    assert [(f.value, f.sd, f.unit) for f in parse_string(text).figures_of(FigureKind.MEAN)] == [
        (4.1, 4.5, "%"), (17.6, 24.5, "%")]


def test_between_two_percentages_is_a_range_unless_set_side_by_side():
    text = "Results: Prevalence lies between 1.7% and 1.8%. The trial could differentiate between 50% and 65% survival."
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1.7, 1.8)]


def test_times_over_a_period_count_occasions_not_a_fold():
    text = "Methods: Nurses visited up to four times over a five year period; levels were three times higher."
    assert [(f.value, f.measure) for f in parse_string(text).figures_of(FigureKind.RATIO)] == [(3, "fold")]


# --- batch 37 (sixth session, after its first contact) ----------------------------------------------

def test_cis_in_the_plural_and_i2_in_pubmed_ascii():
    text = "Results: Risk fell (HR: 0.72, 95% CIs: 0.61–0.85, I(2) = 12%, P < 0.01)."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(0.72, 0.61, 0.85)]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(12, "I2")]
    assert abstract.figures_of(FigureKind.RANGE) == ()


def test_a_cost_keeps_its_currency_and_its_interval():
    text = "Results: Care cost €812 more (95% CIs 410 to 1230) per patient."
    assert [(f.value, f.unit, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [
        (812, "€", 410, 1230)]


def test_sums_listed_after_willingness_to_pay_or_bounded_by_a_word_are_limits():
    text = ("Results: At a willingness to pay of £10 000, £20 000 and £30 000 per QALY it was cost effective; "
            "debt greater than $200,000 predicted burnout; it cost $450.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [10000, 20000, 30000, 200000]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [450]


def test_an_age_of_sale_raised_to_an_age_is_a_limit():
    text = "Results: Most adults favoured raising the tobacco age of sale to 21 years."
    assert [(f.value, f.quantity) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [(21, "age")]


# --- batch 38 (seventh session, after its first contact) --------------------------------------------

def test_a_decimal_or_a_unit_glued_to_a_word_is_still_read():
    text = "Results: Adjusted odds ratios were12.30 (95%CI 2.10–40.50) for age; relapses stopped for 12months."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(12.3, 2.1, 40.5)]
    assert [(f.text, f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [("12months", 12, "months")]
    assert "were12.30" in abstract.sections[0].text  # the printed text is untouched


def test_a_bracket_giving_the_p_value_before_the_ci_keeps_both():
    text = ("Results: Late infection carried a relative hazard for death within 2 years of 2.70 (P=0.004; 95% CI 1.40–5.21); "
            "prevalence was 15.6% (p=0.03, 95% CI 12.0-19.1).")
    abstract = parse_string(text)
    assert [(f.text, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [("2.70", 1.4, 5.21)]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(15.6, 12.0, 19.1)]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.004, 0.03]


def test_a_named_measure_shares_the_per_cent_sign_of_the_value_it_is_compared_with():
    text = "Results: The app had a sensitivity of 81.5 versus 90.2% for nurses, and a specificity 0.91 and 95% CI 0.8-0.95."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [81.5, 90.2]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(0.91, "specificity")]


def test_a_change_by_the_difference_of_two_shares_is_in_percentage_points():
    text = "Results: The nudge raised testing by 9.4% (52.1% versus 42.7%) and cut readmission by 18% (30% vs 20%)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [9.4]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [52.1, 42.7, 18, 30, 20]


def test_two_shares_joined_by_to_and_tested_are_a_change_not_a_range():
    text = ("Results: Obesity rose in towns (11.2% to 13.9%, p < 0.001); smoking fell 12% to 9%. "
            "Rates ranged 4% to 9% across sites. Risk was 3% (95% CI 1% to 5%).")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(4, 9)]
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (11.2, None), (13.9, None), (12, None), (9, None), (3, 1)]


@pytest.mark.parametrize("sentence", [
    "Two-sided P values < 0.05 were considered to be statistically significant.",
    "A p-value <0.05 was deemed significant.",
    "P < 0.01 was set as the level of significance.",
])
def test_ways_of_setting_the_significance_level_give_a_threshold(sentence: str):
    abstract = parse_string("Methods: " + sentence)
    assert [f.unit for f in abstract.figures_of(FigureKind.THRESHOLD)] == ["P value"]
    assert abstract.figures_of(FigureKind.P_VALUE) == ()


def test_the_level_of_intervals_named_alone_is_no_figure():
    text = "Methods: We report ORs, 95% CIs and a confidence interval of 95% (CI 95%) throughout. The OR was 2.1 (95% CI 1.2-3.4)."
    abstract = parse_string(text)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.RATIO, 2.1)]


def test_the_sd_of_a_second_mean_is_not_a_time():
    text = "Results: Mean age was 44.2 ± 5.10 vs. 51.3 ± 2.08 years in the arms."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [44.2, 51.3]
    assert abstract.figures_of(FigureKind.DURATION) == ()


def test_an_interquartile_range_with_its_abbreviation_and_a_bmj_v():
    text = ("Results: Patients waited a median 9.4 (interquartile range [IQR] 3.1–20.5) weeks. "
            "Median stay was 6 (interquartile range 4-9) days v 8 (interquartile range 5-12) days.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high, f.interval) for f in abstract.figures_of(FigureKind.MEDIAN)] == [
        (9.4, 3.1, 20.5, "IQR"), (6, 4, 9, "IQR"), (8, 5, 12, "IQR")]
    assert abstract.figures_of(FigureKind.RANGE) == ()


def test_exceeded_bounds_a_time_as_a_limit():
    text = "Results: Response time exceeded 10 minutes in 40 cases."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [(10, "minutes")]


def test_a_list_of_group_sizes_after_n_equals_up_to_its_bracket():
    text = "Results: Groups (n = 12, 15 and 20) were compared; stays differed (n=116, 4 and 19 days; P=0.009)."
    counts = parse_string(text).figures_of(FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in counts] == [(12, None), (15, None), (20, None), (116, None)]


def test_a_volume_and_strength_of_a_solution_given_are_doses():
    text = "Methods: Top-ups of 15 mL 0.1% bupivacaine were given, or 25 mg (10 mL of 0.25%) bupivacaine. Blood loss was 334 mL."
    assert [(f.value, f.unit) for f in parse_string(text, second_reading=None).figures_of(FigureKind.DOSE)] == [
        (15, "mL"), (0.1, "%"), (25, "mg"), (10, "mL"), (0.25, "%")]


def test_a_registry_label_without_punctuation_closes_the_abstract():
    text = ("Results: Pooled incidence was 11.9%.\nConclusions: Risk factors differ.\n"
            "PROSPERO registration number CRD42021289868.")
    assert _labels(text)[-1] == ("PROSPERO registration number", "BACKGROUND")


def test_the_first_of_a_list_of_times_after_an_event_is_a_time_point():
    text = "Results: Prevalence was 24.2% and 3.2% 3 days and 6 months after delivery; treatment lasted 10 days."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.DURATION)] == [(10, "days")]


def test_a_physical_or_performance_status_is_a_label():
    text = "Results: Most had ASA physical status 1 or 2, and ECOG performance status 0-1 in 40 patients."
    assert [(f.kind, f.value) for f in parse_string(text).figures] == [(FigureKind.COUNT, 40)]


# --- batch 39 (seventh session, after its first contact) --------------------------------------------

def test_a_p_for_trend_with_a_comma_and_an_approximate_p():
    text = "Results: Risk rose with BMI (P for trend, < .001; all P values for trend, < .001) and with age (p ≈ 0.006)."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [
        (0.001, "<"), (0.001, "<"), (0.006, "≈")]
    assert abstract.figures_of(FigureKind.THRESHOLD) == ()


def test_folds_listed_and_times_with_an_interval_are_ratios():
    text = ("Results: Frailty and dementia raised polypharmacy by 9.6 and 4.9-fold respectively; "
            "four drugs raised it approximately nine times (95% confidence interval 3.02-26.75).")
    ratios = parse_string(text).figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure, f.low) for f in ratios] == [(9.6, "fold", None), (4.9, "fold", None), (9, "fold", 3.02)]


def test_a_median_compared_before_its_p_value_in_brackets():
    text = "Results: Early surgery meant fewer operations [median 1 vs 3 (P = 0.012)]."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.MEDIAN)] == [1, 3]


def test_doses_listed_with_or_share_the_unit_but_days_of_a_schedule_do_not():
    text = ("Methods: Patients took clarithromycin 200 or 400 mg twice daily, "
            "or rituximab 100 mg on Day 1 and 500 mg on Day 2.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DOSE)] == [200, 400, 100, 500]


def test_the_per_cent_sign_printed_before_the_number():
    text = "Results: Of them %35 visited several physicians and %9.5 took four drugs; FEF50%/0.5FVC was low."
    assert [(f.text, f.value) for f in parse_string(text).figures_of(FigureKind.PERCENTAGE)] == [
        ("%35", 35), ("%9.5", 9.5)]


def test_ages_bounded_with_age_or_old_between_are_limits():
    text = ("Methods: We studied 400 subjects of 55 years age and older; each household had a person "
            "over the 60 years old. Trials lasted 12 weeks.")
    abstract = parse_string(text)
    assert [(f.value, f.measure, f.quantity) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        (55, "≥", "age"), (60, ">", "age")]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [12]


def test_apa_style_means_with_and_without_sd():
    text = "Results: Return took (EG:M=43days/BG:M=47.5days); scores were higher (M = 4.2, SD = 1.1) than before (M=3.1 (SD = 0.9))."
    means = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.unit, f.sd) for f in means] == [(43, "days", None), (47.5, "days", None), (4.2, "", 1.1), (3.1, "", 0.9)]


def test_test_statistics_are_estimates():
    text = "Results: EDSS rose (Z = -2.81, p = 0.005) and scores differed (t = 2.61; P = .01)."
    estimates = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.measure) for f in estimates] == [(-2.81, "Z"), (2.61, "t")]


def test_a_dose_naming_groups_and_a_confirmed_disability_endpoint_are_not_figures():
    text = ("Results: Scores improved in the 5- and 10-mg/d donepezil groups, and 8.7% had a 24 weeks "
            "confirmed disability worsening; patients took 5 mg/d donepezil.")
    abstract = parse_string(text)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 8.7), (FigureKind.DOSE, 5)]


def test_a_registry_label_at_the_end_of_a_run_in_paragraph_is_background():
    text = ("Objective: to test a reminder. Methods: a trial of 300 women. Results: return rose. "
            "Conclusion: reminders work. Brazilian Clinical Trial Register: RBR-93ykhs.")
    assert _labels(text)[-1] == ("Brazilian Clinical Trial Register", "BACKGROUND")


def test_a_bulleted_heading_and_an_unheaded_opening_below_abstract_are_kept():
    text = ("Adverse drug reactions in the elderly\n\nAbstract\n- BACKGROUND\nFew reports exist.\n"
            "OBJECTIVE\nTo compare ages.\nMETHOD\nWe used 528 reports.")
    assert _labels(text) == [("BACKGROUND", "BACKGROUND"), ("OBJECTIVE", "OBJECTIVE"), ("METHOD", "METHODS")]
    text = "A case of retinoblastoma\n\nAbstract\nNisha Jha1, Bhavna Rao2\n\nFew cases are late.\nOBJECTIVE\nTo report one."
    abstract = parse_string(text)
    assert [(s.label, s.text) for s in abstract.sections] == [(None, "Few cases are late."), ("OBJECTIVE", "To report one.")]


def test_ratios_listed_after_a_named_one_with_words_between():
    text = ("Results: Factors were MRI findings (HR adjusted for the other variables in the model 2.5; 95% CI 1.6 to "
            "3.8 for normal MRI compared with sclerosis), a history of secondarily generalised convulsive seizures "
            "(2.3; 95% CI 1.7 to 3.0 for these seizures in the previous year vs never) and psychiatric history "
            "(1.3; 95% CI 1.1 to 1.7).")
    ratios = parse_string(text).figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure) for f in ratios] == [(2.5, "HR"), (2.3, "HR"), (1.3, "HR")]


def test_rates_listed_after_their_scale_is_named_once():
    text = "Results: Prevalence rose with age (all per 100,000): 41 in 40 to 49 years; and 1903 in those aged 80 years and older."
    estimates = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.unit) for f in estimates] == [(41, "per 100000"), (1903, "per 100000")]


def test_a_mean_named_some_words_before_its_sd_header():
    text = "Results: Mean follow up duration (SD) (months) was 29.9 (32.6). The average (SD) was 1.37 (1.28) months per year."
    means = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in means] == [(29.9, 32.6), (1.37, 1.28)]


def test_a_share_to_be_achieved_is_a_target_but_a_target_range_is_not():
    text = "Results: Insulin can safely achieve 7% HbA1c; INR was in the target range for 61% of the time."
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(7, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [61]


def test_a_second_groups_interval_after_versus_is_no_range():
    text = ("Results: Cure was likelier (95.8% versus 69.6%, 95% confidence interval [CI] 88.3-99.1% versus 57.3-80.1%); "
            "risk fell with age (HR 0.70 [95% CI 0.60-0.81] for age 60-69 vs. 40-49 years).")
    ranges = parse_string(text).figures_of(FigureKind.RANGE)
    assert [(f.low, f.high) for f in ranges] == [(60, 69), (40, 49)]


def test_a_per_cent_sign_printed_first_before_a_full_stop():
    assert [f.value for f in parse_string("Results: Most sources were physicians %86.").figures_of(
        FigureKind.PERCENTAGE)] == [86]


# --- batch 40 (seventh session, after its first contact) --------------------------------------------

def test_values_listed_in_the_order_of_the_measures_named_before_them():
    text = ("Results: The pooled sensitivity, specificity, positive likelihood ratio (PLR), negative likelihood "
            "ratio (NLR), diagnostic odds ratio (DOR) and AUROC were separately as 0.73, 0.83, 4.32, 0.33, 13.22 "
            "and 0.86. The pooled sensitivity and specificity were 84% and 81%, respectively.")
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (4.32, "LR+"), (0.33, "LR-"), (13.22, "DOR")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (0.73, "sensitivity"), (0.83, "specificity"), (0.86, "AUC")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (84, "sensitivity"), (81, "specificity")]


def test_a_ratio_continued_with_and_before_a_p_value_and_respectively():
    text = "Results: Risk was higher (HR: 1.59 and 1.63, P<0.0001, respectively) for death."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [1.59, 1.63]


def test_plus_or_minus_in_words_a_degree_sign_and_an_en_dash_minus_after_and():
    text = ("Results: Follow-up was 6.3 plus or minus 4.2 years; error was 7.81°±61.98° vs 13.12°±71.86°; "
            "SE was –7.53±0.90 D and –7.24±0.77 D.")
    means = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in means] == [(6.3, 4.2), (7.81, 61.98), (13.12, 71.86), (-7.53, 0.9), (-7.24, 0.77)]


def test_a_pdf_glyph_for_at_most_before_a_p_value_but_not_a_range_of_p_values():
    text = "Results: Mortality differed (all p ⱕ0.001); scores predicted it (p ⩽ 0.001-0.017)."
    abstract = parse_string(text)
    assert [(f.text, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [("p ⱕ0.001", "≤")]


def test_gleason_scores_and_a_level_of_evidence_are_labels():
    text = "Results: Men with Gleason 7 tumors and Gleason score 8 to 10 disease did worse in 40 cases. Level of evidence, 4."
    assert [(f.kind, f.value) for f in parse_string(text).figures] == [(FigureKind.COUNT, 40)]


def test_days_of_a_month_are_a_date_not_a_range():
    text = "Methods: Surveys ran between 25 and 29 December 2020 in 40 centres; ages ranged 18-65 years."
    assert [(f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(18, 65)]


def test_c_statistics_and_an_estimate_compared_with_versus():
    text = "Results: Discrimination was high (c-statistics 0.972); AUC = 0.91 versus 0.72."
    estimates = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.measure) for f in estimates] == [(0.972, "c-statistics"), (0.91, "AUC"), (0.72, "AUC")]


def test_medians_in_the_plural_compared_in_a_chain():
    text = "Results: Scores differed (medians 29.5 vs. 9 vs. 66; p = 0.0006)."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.MEDIAN)] == [29.5, 9, 66]


def test_a_laboratory_value_in_meq_and_a_grade_as_a_limit():
    text = "Results: She had hyponatremia (133 mEq/L) and ≥ grade 2 bleeding in 40 patients."
    abstract = parse_string(text)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, 2), (FigureKind.COUNT, 40)]


def test_the_later_times_of_a_list_of_time_points():
    text = ("Results: TnI was measured after 3 and 6 hours and did better at 3 hours versus 6 hours; "
            "relapse after 2 and 4 weeks' treatment was rare.")
    assert [(f.value, f.unit) for f in parse_string(text, second_reading=None).figures_of(FigureKind.DURATION)] == [
        (4, "weeks")]


def test_a_studys_number_is_not_a_count():
    text = "Results: Injury (study 1, n = 469 samples) was rarer than in study 2 was; 80 patients took part."
    counts = parse_string(text).figures_of(FigureKind.COUNT)
    assert [f.value for f in counts] == [469, 80]


# --- batch 41 (seventh session, after its first contact) --------------------------------------------

def test_an_unlisted_colon_label_between_listed_ones_and_before_a_shorter_listed_word():
    text = ("OBJECTIVES: To assess x. SEARCH METHODS: We searched y. OUTCOMES: Our outcomes were z. "
            "RISK OF BIAS: We used the tool. SYNTHESIS METHODS: We pooled. INCLUDED STUDIES: We included 17. "
            "AUTHORS' CONCLUSIONS: Unclear.")
    assert [label for label, _ in _labels(text)] == [
        "OBJECTIVES", "SEARCH METHODS", "OUTCOMES", "RISK OF BIAS", "SYNTHESIS METHODS", "INCLUDED STUDIES",
        "AUTHORS' CONCLUSIONS"]
    titled = ("Mortality in bowel disease: A population-based cohort study\nBackground & Aims: There is no consensus. "
              "Methods: We selected subjects. Results: We included 16 cases. Conclusions: It matters.")
    assert [label for label, _ in _labels(titled)] == ["Background & Aims", "Methods", "Results", "Conclusions"]


def test_an_estimate_with_its_interval_after_a_semicolon_in_brackets():
    text = "Results: Pain did not differ at 6 weeks (−2.04; −7.29 to 3.22) or 12 months (1.59; −5.54 to 8.72)."
    estimates = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.low, f.high) for f in estimates] == [(-2.04, -7.29, 3.22), (1.59, -5.54, 8.72)]


def test_a_rate_with_its_interval_times_that_of_another_is_a_ratio():
    text = "Results: The testing rate was 5.39 (95% confidence interval 4.76 to 6.11) times that of Connecticut."
    assert [(f.value, f.low) for f in parse_string(text).figures_of(FigureKind.RATIO)] == [(5.39, 4.76)]


def test_absolute_effects_in_more_and_fewer_per_1000():
    text = ("Results: Serious adverse events (ARD 6 more events per 1000, 95% CI 10 fewer to 26 more; 9 studies) "
            "and death (ARD 2 fewer per 1000, 95% CI 3 fewer to 11 more); there were 29 fewer events and "
            "14 fewer deaths per 1000 patient years.")
    estimates = parse_string(text).figures_of(FigureKind.ESTIMATE)
    assert [(f.value, f.low, f.high) for f in estimates] == [(6, -10, 26), (2, -3, 11), (29, None, None), (14, None, None)]
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)] == [9]


def test_shares_named_as_a_threshold_or_listed_as_targets_are_limits():
    text = "Results: Prevalence was above the 10% threshold; coverage targets at 50%, 70%, and 90% were set; 40% and 30% died."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [10, 50, 70, 90]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [40, 30]


def test_randomised_to_one_of_n_groups_counts_the_groups():
    text = "Methods: Patients were randomised to one of four treatment groups; 3 of 10 patients died."
    counts = parse_string(text).figures_of(FigureKind.COUNT)
    assert [(f.value, f.denominator) for f in counts] == [(4, None), (3, 10)]


def test_a_time_followed_on_average_is_a_mean():
    text = "Methods: Patients were followed up, on average, for 2.1 years."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.MEAN)] == [(2.1, "years")]


# --- batch 42 (seventh session, after its first contact) --------------------------------------------

def test_a_ci_with_a_semicolon_between_its_bounds_and_per_cent_signs_on_them():
    text = "Results: SIVE was 78.0% (95% CI: 1.7; 95.1%); efficacy was similar (d = 1.6% [95% CI, -1.0%-4.2%])."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(78.0, 1.7, 95.1)]
    assert [(f.value, f.measure, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (1.6, "d", -1.0, 4.2)]
    assert abstract.figures_of(FigureKind.RANGE) == ()


def test_a_spaced_at_least_sign_and_a_p_whose_less_than_a_pdf_lost():
    text = "Results: Sites with pockets (> = 3) differed (po0.05)."
    abstract = parse_string(text)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(3, "≥")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.05, "<")]


def test_a_rate_or_a_snellen_fraction_at_a_sentences_end():
    text = ("Results: The annual incidence was 1.13/100 000. Final acuity was between 20/50 and 20/100. "
            "Rates ranged from 171.8 to 314.0 per 100 000.")
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(1.13, "per 100000")]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(171.8, 314.0)]


def test_milestones_named_after_the_scales_abbreviation():
    text = "Methods: We studied the time to (EDSS) scores of 3, 4 and 6."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [3, 4, 6]


# --- batch 43 (seventh session, after its first contact) --------------------------------------------

def test_a_survival_share_with_its_spread_is_a_percentage_not_a_mean():
    text = ("Results: Five year EFS was 70.0 ± 14.5%; EFS at 6 years was 79% ± 1% and 87% (SD = 2%). "
            "The mean score was 17.6% (SD 24.5).")
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [(70.0, 14.5), (79, 1), (87, 2)]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == [(17.6, "%")]


def test_a_p_value_glued_to_log_rank_and_a_tested_change_with_a_dash():
    text = "Results: Delays fell (67.4%–76.7%, p<0.0001) and EFS differed (log-rankP = .04)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [67.4, 76.7]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.0001, 0.04]
    assert abstract.figures_of(FigureKind.RANGE) == ()


def test_at_least_a_given_change_is_a_limit_but_at_least_a_chance_is_a_share():
    text = "Methods: Response meant at least a 50% reduction in score; women have at least a 50% chance of birth."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [50]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [50]


# --- eighth session ------------------------------------------------------------------------------

def test_a_minus_printed_apart_from_its_number_is_its_sign_when_the_interval_says_so():
    text = ("Results: The mean difference was MD - 0.85 (95% CI -1.40 to -0.30); the change was = − 1.2 "
            "(95% CI −2.0 to −0.4). Ages 18 - 65 (95% CI 10 to 70) and MD - 0.5 (95% CI 0.1 to 0.9).")
    abstract = parse_string(text)
    assert [(f.text.split(" (")[0], f.value) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        ("- 0.85", -0.85), ("− 1.2", -1.2), ("65", 65), ("0.5", 0.5)]


# --- batch 44 (eighth session, after its first contact) ----------------------------------------------

def test_a_title_with_a_subtitle_above_run_in_headings_is_the_title():
    text = ("Screening and Treatment of Goiter: An Evidence Review for the U.S. Task Force\n\n"
            "Background: A review in 2004 found little evidence. Purpose: To update it. Data Sources: MEDLINE. "
            "Study Selection: Trials of screening. Data Extraction: Two reviewers. Data Synthesis: No trial helped.")
    abstract = parse_string(text)
    assert abstract.title == "Screening and Treatment of Goiter: An Evidence Review for the U.S. Task Force"
    assert [label for label, _ in _labels(text)] == [
        "Background", "Purpose", "Data Sources", "Study Selection", "Data Extraction", "Data Synthesis"]


@pytest.mark.parametrize("text, labels", [
    ("ImportanceFrailty matters.ObjectiveTo find its causes.Design, Setting, And ParticipantsCohort study of "
     "754 persons.Main Outcomes And MeasuresFrailty every 18 months.ResultsThe mean age was 78.ConclusionsIt helps.",
     ["Importance", "Objective", "Design, Setting, And Participants", "Main Outcomes And Measures", "Results",
      "Conclusions"]),
    ("Background.Treatments are few.Methods.MORDOR was a trial.ResultsA total of 9 died.ConclusionADEM is rare.",
     ["Background", "Methods", "Results", "Conclusion"]),
])
def test_any_listed_heading_glued_to_its_text_is_a_heading(text: str, labels: list[str]):
    assert [label for label, _ in _labels(text)] == labels


def test_a_name_glued_inside_a_sentence_is_no_heading():
    text = "Methods: We asked McDonald criteria users.Patients used an iPhone app. Results: Nine improved."
    assert [label for label, _ in _labels(text)] == ["Methods", "Results"]


def test_a_title_that_asks_a_question_above_an_unstructured_abstract_is_the_title():
    text = ("Severe Infection in an Infant With a Rare Syndrome: Is Vaccination Still a Debate?\n"
            "Despite a milder course in children than in adults, infants are at risk of complications, and we "
            "describe one who was hospitalised for 26 days and recovered after a long stay in intensive care.")
    abstract = parse_string(text)
    assert abstract.title.endswith("Still a Debate?")
    assert abstract.sections[0].text.startswith("Despite a milder course")


def test_values_listed_with_one_per_cent_sign_on_the_last_are_all_percentages():
    text = ("Results: Detection rates were 18.7, 13.8, 8.0 and 38.1%, respectively; recall (14.8 vs. 24.8 and "
            "19.8%) differed. Gains of 1.5kg, 6.3cm, 0.33, 0.05, and 1.11% were seen.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [18.7, 13.8, 8.0, 38.1, 14.8, 24.8,
                                                                            19.8, 1.11]


def test_an_attributive_age_without_hyphens_is_not_a_duration_but_a_stated_span_is():
    text = "Results: We present a 32 year old woman; the programme was 13 years old in 2002."
    assert _figures(text, FigureKind.DURATION) == [("13 years", 13)]


def test_a_dash_set_apart_after_ci_and_a_colon_after_its_level_open_the_interval():
    text = "Results: Sensitivity was 77.2% (95% CI - 75.4-78.9%); the odds ratio was 23 (95%: CI 11-48)."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures] == [(77.2, 75.4, 78.9), (23, 11, 48)]


def test_the_area_under_a_summary_roc_is_an_estimate_not_the_ratio_named_before():
    text = "Results: The diagnostic odds ratio was 23, and the area under the SROC was 0.90 (95% CI: 0.87-0.92)."
    assert _figures(text, FigureKind.ESTIMATE) == [("area under the SROC was 0.90 (95% CI: 0.87-0.92)", 0.90)]


def test_hour_zero_and_a_schedule_of_two_hours_are_no_figures():
    text = "Results: A change from 0 h to 1 h under 3 ng/L ruled out MI with the 0/1 h algorithm in 3 h."
    abstract = parse_string(text)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, 3), (FigureKind.DURATION, 3)]


def test_at_least_a_per_cent_change_and_at_least_n_of_m_are_limits():
    text = ("Methods: Goals were at least a 7 percent weight loss; adherence meant ≥26 of 28 doses; disability "
            "meant help with at least 3 of 4 activities; use of at least 1 of 16 therapies was asked.")
    abstract = parse_string(text)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        (7, None), (26, 28), (3, 4)]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [1]


def test_rates_listed_before_their_scale_and_counts_compared_bare():
    text = ("Results: Incidence was 11.0, 7.8, and 4.8 cases per 100 person-years. Days with delirium "
            "(105 vs. 161, P=0.02) fell.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [11.0, 7.8, 4.8]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [105, 161]


def test_a_limit_restated_in_another_unit_in_brackets_is_a_limit_too():
    text = "Methods: Men had cholesterol of at least 200 mg per deciliter [5.2 mmol per liter]."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [
        (200, "mg per deciliter"), (5.2, "mmol per liter")]


@pytest.mark.parametrize("name", ["SUMMARY: ", "Abstract. ", "Synopsis — ", "SUMMARY", "Summary"])
def test_the_benchmark_reads_a_lone_leading_name_of_the_abstract_as_the_parser_does(name: str):
    """Also run into the first word, as a PDF's text layer prints it ("SUMMARYWe treated", "SummaryWe treated")."""
    from benchmarks.bench_abstracts import score_one

    key = {"source": {"journal_family": "other"},
           "sections": [{"heading": None, "category": "UNASSIGNED", "starts_with": f"{name}We treated 131"}],
           "figures": [{"section": 0, "at": "5.3%", "kind": "percentage", "value": 5.3}]}
    result = score_one(key, parse_string(f"{name}We treated 131 civilians; 7 (5.3%) died."), "lone-name")
    assert (result.score.headings_right, result.score.recalled) == (1, 1)


# --- batch 45 (eighth session, after its first contact) ----------------------------------------------

def test_headings_in_capitals_glued_to_their_text_are_headings():
    text = ("BACKGROUNDOpen surgery is common. We assessed a new one in adults.PATIENTS AND METHODSWe studied "
            "129 patients.RESULTSIt worked in 101 (78.3%) cases.CONCLUSIONIt is safe.")
    assert [label for label, _ in _labels(text)] == ["BACKGROUND", "PATIENTS AND METHODS", "RESULTS", "CONCLUSION"]


def test_a_title_in_capitals_that_opens_with_a_label_word_is_the_title():
    text = ("CLINICAL CASE OF A RARE MYELITIS IN A YOUNG WOMAN TREATED WITH RITUXIMAB\n"
            "We report a case of a 28-year-old woman whose myelitis relapsed twice before rituximab and never after.")
    abstract = parse_string(text)
    assert abstract.title.startswith("CLINICAL CASE OF")
    assert _labels(text) == [(None, "UNASSIGNED")]


def test_open_ended_bands_printed_with_a_plus_after_their_name_are_limits():
    text = "Results: Dementia during years 15+ was linked to BMI 30+ vs 20–24 kg/m2, not to CD4+ cells or 3+ proteinuria."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.THRESHOLD)] == [15, 30]


def test_a_possessive_time_of_follow_up_is_a_duration():
    text = "Methods: We took 1047 cases with at least two years’ follow-up and at least 2 years' treatment."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [2, 2]


def test_an_average_with_its_interval_is_a_mean_but_an_average_probability_is_an_estimate():
    text = ("Results: Average duration of stay was 4.15 days (95% CI: 3.79-4.51). Average survival probabilities "
            "were 0.84 (95% CI 0.83-0.86).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [4.15]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.84]


def test_a_rate_that_changed_from_one_value_to_another_is_two_rates():
    text = "Results: Incidence increased from 21 to 25 per 100 000 in women but ranged from 10 to 30 per 100 000 in men."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [21, 25]


def test_unnamed_ratios_after_a_named_one_each_with_its_own_p_value_are_ratios_and_a_mortality_ratio_is_one():
    text = ("Results: Death was linked to alcohol (odds ratio 2.93, 95% CI 2.22 to 3.86, p<0.001), an injury "
            "(1.41, CI 1.30 to 1.53, p<0.001) and depression (1.39, CI 1.28 to 1.50, p<0.001). The mortality "
            "ratio was 1.57 (95% CI 1.09 to 2.30), and the maternal mortality ratio 276 per 100 000 live births.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [2.93, 1.41, 1.39, 1.57]


def test_a_dose_per_kilogram_printed_with_a_capital_k():
    assert _figures("Results: She took prednisolone 1 mg/Kg daily.", FigureKind.DOSE) == [("1 mg/Kg daily", 1)]


# --- batch 46 (eighth session, after its first contact) ----------------------------------------------

def test_a_run_of_capitals_up_to_a_colon_is_one_heading_not_a_shorter_listed_word():
    text = ("OBJECTIVE: To rate tools. DATA SOURCES: MEDLINE and others. INSTRUMENT SELECTION: Tools used once. "
            "RESULTS: We found 47 tools.")
    assert [label for label, _ in _labels(text)] == ["OBJECTIVE", "DATA SOURCES", "INSTRUMENT SELECTION", "RESULTS"]


def test_a_cumulative_incidence_with_its_spread_is_a_percentage():
    text = "Results: The 2-year cumulative incidence was higher with AML (35.4±6.4%) than with ALL (12.5±1.7%)."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.PERCENTAGE)] == [35.4, 12.5]


def test_intervals_labelled_ci95_or_c_i_without_its_last_stop():
    text = "Results: HG was more common (10% [CI95 7–13%] versus 1% [0–3%]); the AUC was 0.74 [95% C.I 0.71–0.76]."
    abstract = parse_string(text)
    assert abstract.figures_of(FigureKind.RANGE) == ()
    assert [(f.value, f.low, f.high) for f in abstract.figures] == [(10, 7, 13), (1, 0, 3), (0.74, 0.71, 0.76)]


def test_dates_are_not_counts():
    text = ("Methods: We studied cases from 1997 through 2009 of 2,901 children, between 11/2007 and 12/2009, "
            "with data from 1,946 patients.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)] == [2901, 1946]


# --- batch 47 (eighth session, after its first contact) ----------------------------------------------

def test_a_medians_comparator_in_the_same_unit_is_a_median_too():
    text = ("Results: The median time to death was longer (23.2 months vs. 14.6 months; P<0.001). Median survival "
            "was 8.8 months (95% CI, 7.6 to 9.2) in the drug group and 4.9 months (95% CI, 4.7 to 5.5) in the "
            "placebo group. The median age was 60 years; treatment lasted 6 months.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [23.2, 14.6, 8.8, 4.9, 60]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [6]


def test_a_median_in_per_cent_keeps_its_spread_without_the_sign():
    text = "Results: Participants had median HbA1c 7·2% [IQR 6·6-8·1]; 61% of the time (range 37%-85%) was spent."
    abstract = parse_string(text)
    assert [(f.value, f.unit, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(7.2, "%", 6.6, 8.1)]
    assert abstract.figures_of(FigureKind.RANGE) == ()


def test_a_schedule_after_a_dose_is_a_duration_of_its_own():
    text = "Methods: Patients received docetaxel 75 mg/m(2) every 3 weeks or the 10-μg primary vaccine series."
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(75, "mg/m(2)"), (10, "μg")]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [3]


def test_a_bare_margin_and_a_limit_in_brackets_after_a_name_with_digits():
    text = ("Methods: The noninferiority margin was 1.8 for the upper boundary of the CI. Tumours were TC1/2/3 "
            "(≥1% PD-L1 on tumour cells); three (<1%) patients died.")
    abstract = parse_string(text)
    assert [(f.value, f.quantity) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(1.8, "margin"), (1, "")]


def test_two_shares_with_one_sign_compared_to_a_figure():
    text = "Results: Good outcome was 40%, compared to 55 and 52%, respectively."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.PERCENTAGE)] == [40, 55, 52]


# --- batch 48 (eighth session, after its first contact) ----------------------------------------------

def test_a_dash_inside_a_compound_is_no_heading_delimiter_and_meaning_closes_key_points():
    text = ("Key Points\nQuestion Does it work?\nFindings In 923 patients it did.\nMeaning It may help.\n"
            "IMPORTANCE Screening matters.\nEXPOSURE Deep learning–trained algorithm.\nRESULTS It found 40 cases.")
    assert [label for label, _ in _labels(text)] == [
        "Question", "Findings", "Meaning", "IMPORTANCE", "EXPOSURE", "RESULTS"]
    assert _labels(text)[2] == ("Meaning", "CONCLUSIONS")


def test_a_signed_per_cent_after_an_equals_sign_keeps_its_sign():
    text = "Results: Growth peaked in 2014 (AGR=276.190%) and fell in 2001 (AGR=-28.75%)."
    # (the 276.19% is an estimate too, since the twelfth session: no share of a whole exceeds 100%)
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [
        (276.19, "%"), (-28.75, "%")]


def test_an_adjusted_incidence_rate_ratio_and_a_cost_in_canadian_dollars():
    text = ("Results: Posts drew fewer comments (mean [SD], 19.9 [19.2] likes; aIRR, 0.96; 95% CI, 0.93-0.99). "
            "Cessation cost $C1386 per QALY.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [0.96]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(1386, "$C per QALY")]


def test_a_named_share_from_one_per_cent_to_another_is_a_range():
    text = "Results: US kept a specificity of 96% to 99% at all sites and a sensitivity of 85%."
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(96, 99)]


def test_a_per_cent_after_a_mean_sd_header_carries_its_sd_in_brackets():
    text = "Results: Steps were logged for a mean (SD) of 14.5% (8.0%) of time; 30 (12.5%) patients died."
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(14.5, 8.0)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [12.5]


# --- batch 49 (eighth session, after its first contact) ----------------------------------------------

def test_shares_from_one_to_another_are_a_range_unless_they_changed():
    text = ("Results: Prevalence varied by country (from 1.1% to 45.0%); studies quote from 2.2% to 4.4%; risk "
            "increased by 26% to 27% per SD. Use rose from 20% to 30%, fell from 0.30% to 0.24%, and resistance "
            "doubled from 9.1% to 16.3% (p = 0.007).")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1.1, 45.0), (2.2, 4.4), (26, 27)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [20, 30, 0.30, 0.24, 9.1, 16.3]


def test_a_capitalised_confidence_or_prediction_interval_belongs_to_its_estimate():
    text = ("Results: Frailty had Odds Ratio (OR)=2.72 (95% Confidence Interval (CI) 1.2-6.1); TB will fall by "
            "54% (95% Prediction Interval (PI): 45%-59%).")
    abstract = parse_string(text)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.RATIO, 2.72, 1.2, 6.1), (FigureKind.PERCENTAGE, 54, 45, 59)]


def test_a_number_and_a_half_in_words():
    text = "Results: Over two and a half years of survival were lost; it took one and a half hours."
    assert [(f.text, f.value) for f in parse_string(text).figures] == [
        ("Over two and a half years", 2.5), ("one and a half hours", 1.5)]


# --- batch 50 (eighth session, after its first contact) ----------------------------------------------

def test_weeks_that_bound_a_gestational_age_in_a_sentence_about_birth_are_limits():
    text = ("Results: Mortality of babies born before 32 weeks was high, and after 32 weeks low. Induction at 42 "
            "gestational weeks cut stillbirth after 37 weeks; pregnancies beyond 41+0 weeks were few, and "
            "admissions at 24-34 gestational weeks many. Patients were treated for 12 weeks after 4 weeks of rest.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [32, 32, 42, 37, 41]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [12, 4]


# --- batch 52 (ninth session, after its first contact) -----------------------------------------------

def test_a_minus_set_apart_after_a_bracket_a_sign_or_a_comma_and_a_tilde_range():
    text = ("Results: Sleep improved (WMD: - 1.24; 95% CI - 1.77, - 0.71) and pain fell [MD = - 12.04 "
            "(- 22.33 ~ - 1.75)]. Children aged 12~15 years, about ~30% of them, and adults 18 - 65 took part.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (-1.24, -1.77, -0.71), (-12.04, -22.33, -1.75)]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(12, 15), (18, 65)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [30]


def test_a_median_named_at_the_head_of_a_long_clause_and_a_mean_only_near():
    text = ("Results: Median progression-free survival according to masked independent review was 14.7 months "
            "(95% CI 11.1-16.6) in the dacomitinib group and 9.2 months (9.1-11.0) in the gefitinib group. Baseline median "
            "visual acuity was 1.6 ± 0.8. The intervention was associated with a mean improvement in the total "
            "questionnaire score and in quality-adjusted life years gained of 0.002 (95% CI -0.006 to 0.011).")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [
        (14.7, 11.1, 16.6), (9.2, 9.1, 11.0), (1.6, None, None)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.002]
    assert not abstract.figures_of(FigureKind.MEAN)


def test_an_effect_size_is_a_named_estimate_with_its_interval():
    text = "Results: Structure improved (effect size -0.30, -0.42 to -0.17), pain too (effect size of 0.5 [0.2 to 0.8])."
    assert [(f.value, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [
        (-0.30, -0.42, -0.17), (0.5, 0.2, 0.8)]


def test_two_counts_that_share_one_noun_each_with_its_own_adjective():
    text = ("Methods: The trial was done at 69 UK and three Australian centres; we surveyed 12 public or 8 private "
            "hospitals, and recruited during COVID-19 pneumonia and 62 matched controls. Patients took 500 mg and "
            "3 daily doses.")
    counts = [(f.value, f.text) for f in parse_string(text).figures_of(FigureKind.COUNT)]
    assert counts == [(69, "69"), (3, "three Australian centres"), (12, "12"), (8, "8 private hospitals"),
                      (62, "62 matched controls"), (3, "3 daily doses")]


def test_an_age_band_from_one_age_to_another_is_a_range():
    text = "Results: The probability of surviving from 25 to 79 years of age was higher, and from 40 to 69 years old."
    assert [(f.low, f.high) for f in parse_string(text).figures_of(FigureKind.RANGE)] == [(25, 79), (40, 69)]


def test_an_sd_printed_with_its_unit_is_no_time_of_its_own():
    text = "Results: Patients had a mean age of 60.6 years (SD, 10.5 years); 103 (48%) were women."
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(60.6, 10.5)]
    assert not abstract.figures_of(FigureKind.DURATION)


def test_a_unit_printed_once_after_two_compared_means_belongs_to_both():
    text = "Results: Mean change from baseline, -0.1 vs -12.0 points; mean difference, 11.9 points."
    assert [(f.value, f.unit) for f in parse_string(text).figures_of(FigureKind.MEAN)] == [
        (-0.1, "points"), (-12.0, "points")]


# --- batch 53 (ninth session, after its first contact) -----------------------------------------------

def test_a_band_with_an_open_top_is_one_range_but_two_signed_limits_stay_limits():
    text = ("Methods: HbA1c <6.5%, 6.5% to <7.0% or ≥9.0%; scores 10-<20 or 20 to < 30 points; TV viewing "
            "of ≥2 to <4 h/d.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(6.5, 7.0), (10, 20), (20, 30)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [6.5, 9.0, 2, 4]


def test_a_range_of_multiples_printed_with_a_times_sign():
    text = "Results: Peak troponin was 1–10 × ULN in 21.1% and 100–1,000 × ULN in 30.1% of a 2×2 design."
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1, 10), (100, 1000)]
    assert not abstract.figures_of(FigureKind.RATIO)


def test_a_cost_named_as_a_mean_is_an_estimate():
    text = ("Results: Patients had lower mean total healthcare costs ($29 422; 95% CI 25 000 to 33 000), and "
            "the mean additional cost of screening was £63.39 per patient.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [29422, 63.39]
    assert not abstract.figures_of(FigureKind.MEAN)


def test_a_count_whose_noun_follows_an_expansion_in_brackets():
    text = ("Methods: One hundred and thirty two SIRS (Systemic Inflammatory Response Syndrome) positive critically "
            "ill patients were enrolled from a population of ∼560 000.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.COUNT)] == [132, 560000]


def test_distances_that_bound_a_group_and_a_name_ending_in_alpha():
    text = ("Results: Patients living 400 km or more away fared worse; cytokines were higher (interferon-gamma "
            "P = .018, tumor necrosis factor-alpha P = .011). The significance level alpha was set at P = 0.05.")
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(400, "km"), (0.05, "P value")]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.018, 0.011]


def test_a_sum_with_its_interval_in_the_same_currency():
    text = ("Results: The incremental cost-effectiveness ratio was £28 400 (£15 000 to £146 000) per life year "
            "gained; costs were €261 (95% CI €226 to €296).")
    assert [(f.value, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [
        (28400, 15000, 146000), (261, 226, 296)]


def test_a_time_before_an_event_after_a_verb_of_starting_is_when_not_how_long():
    text = ("Methods: Varenicline was begun 1 week prior to the quit date, and patch treatment began 2 weeks before "
            "it; both were continued for 12 weeks.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [12]


# --- batch 54 (ninth session, after its first contact) -----------------------------------------------

def test_times_at_a_follow_up_visit_or_some_time_later_are_when_not_how_long():
    text = ("Results: At the 3-month follow-up, 71% had recovered; recurrence was 57.1% in 1 year and 78.6% in 2 years "
            "later. Three years later, we identified 5 cases over a 12-month period.")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [1, 12]


def test_a_case_narratives_time_later_stays_how_long():
    text = "Case: She received immunoglobulin and made a complete recovery 6 weeks later."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [6]


def test_a_significance_level_in_per_cent_and_a_relative_rate_named_as_such():
    text = ("Methods: The significance level was 5%; a significant 47% lower risk was found. Screening raised "
            "detection (relative detection rate 1.46, 95% CI = 1.37–1.56).")
    abstract = parse_string(text)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(5, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [47]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(1.46, 1.37, 1.56)]


# --- batch 55 (ninth session, after its first contact) -----------------------------------------------

def test_a_value_after_a_ratio_that_names_another_measure_is_not_the_ratio():
    text = ("Results: Treatment lowered the risk (HR 0.55, 95% CI 0.40 to 0.77, p=0.0030), a longer median time to CDMS "
            "by 1345 days (95% CI 389 to 2301), and a lower annualised relapse rate (0.196 (95% CI 0.176 to 0.218) versus "
            "0.255 (95% CI 0.226 to 0.287)).")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [0.55]


def test_ratios_listed_each_with_its_interval_and_p_value_share_the_named_measure():
    text = ("Results: The mortality hazard ratio was 1.03 (95% CI, 1.01 to 1.05; P = .007) for age, 0.21 (95% CI, 0.11 "
            "to 0.40; P < .001) for albumin, 1.001 (95% CI, 1.0005 to 1.002; P = .001) for parathyroid hormone, and "
            "1.75 (95% CI, 1.59 to 1.94; P < .001) for the Charlson score; bias was larger in case-control designs "
            "(RDOR, 3.0; 95% CI, 2.0-4.5).")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [1.03, 0.21, 1.001, 1.75, 3.0]


def test_a_range_in_percentage_points_and_a_predictive_value_in_percent():
    text = ("Results: Estimates varied (range, 0-100 percentage points) and sensitivity rose 4.2 percentage points; the "
            "positive predictive value was 68 percent.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(0, 100)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [4.2]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [68]


def test_a_heading_glued_to_its_first_numbered_point():
    text = ("Methods: We studied 40 patients. Results: In all, 25 improved.Conclusions(1) Elderly patients fare "
            "worse. (2) Treatment helps.")
    assert [s.label for s in parse_string(text).sections] == ["Methods", "Results", "Conclusions"]


# --- batch 56 (ninth session, after it was scored with the session's final parser) ------------------

def test_a_mean_named_before_a_range_of_shares_is_the_range_but_a_fall_keeps_its_mean():
    text = ("Results: Trials reported a mean increase in the eradication rate of 12 to 14%. HbA1c decreased from an "
            "average of 9.54–7.66%.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(12, 14)]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [9.54]


# --- batch 57 (tenth session, before batch 58's first contact) -----------------------------------------

def test_a_spaced_minus_after_a_word_a_value_follows_is_the_sign_but_stays_a_dash_elsewhere():
    text = ("Results: The mean deviation improved from - 8.02 ± 6.11 to - 6.48 ± 5.26 dB, and acuity by an average of "
            "- 0.20 ± 0.10 logMAR. Sensitivity: SUV alone - 95.31% (61/64).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [-8.02, -6.48, -0.2]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [95.31]


def test_a_spaced_minus_after_a_measures_abbreviation_is_the_sign():
    text = "Results: Rituximab gave a mean (WMD) − 1.16 (95% CI, − 1.36 to − 0.96) reduction in the mean EDSS."
    assert [(f.value, f.low, f.high) for f in parse_string(text).figures_of(FigureKind.ESTIMATE)] == [(-1.16, -1.36, -0.96)]


def test_a_lower_case_diagnostic_odds_ratio_and_plural_ratios_listed():
    text = "Results: CRP (AUC 0.80, dOR 8.55) helped; risk factors were abruption and previa (adjusted ORs 4.85 and 4.13)."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [8.55, 4.85, 4.13]


def test_a_time_reached_from_baseline_is_when_not_how_long():
    text = ("Methods: Change in pain from baseline to three months and from baseline to two year follow-up was the "
            "outcome, over a 12-month period. Results: Atrophy improved (p<0.001, baseline v two years).")
    assert [f.value for f in parse_string(text).figures_of(FigureKind.DURATION)] == [12]


# --- batch 58 (tenth session, after its first contact) ------------------------------------------------

def test_p_values_named_with_a_glued_subscript_or_that_lost_their_p_closing_a_bracket():
    text = ("Results: Intake lowered the risk (Plinear < 0.0005; Ptrend = 0.03), as did income (1.23, 1.16 to 1.30, "
            "<0.001) and speed (1.01, 1.01 to 1.02, <0.001).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.0005, 0.03, 0.001, 0.001]
    assert abstract.figures_of(FigureKind.THRESHOLD) == ()


def test_a_superscript_printed_in_brackets_and_hedges_g():
    text = ("Results: Heterogeneity was high (I (2) = 99.58%). Sleep improved (Hedges' g = 1.40) and latency fell "
            "(g = -0.29).")
    abstract = parse_string(text)
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [("I2", 99.58), ("g", 1.4),
                                                                                         ("g", -0.29)]


def test_a_number_word_glued_to_the_last_full_stop_and_a_share_in_words_before_a_verb():
    text = ("Results: Recurrence came later (p=0.006).One hundred mg oral sumatriptan did not prevent it. Seventy-seven "
            "percent reported some adverse event.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [100]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [77]
    assert abstract.figures_of(FigureKind.COUNT) == ()


def test_a_significance_level_without_the_word_significance_or_in_per_cent():
    text = ("Methods: Statistical meaningfulness was considered as P<0.05. The link was significant with a p value "
            "less than 5%. Results: Treatment helped (p<0.05).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [0.05, 5]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.05]


def test_ranges_of_shares_after_a_bound_or_a_wide_tilde_and_ranges_of_times_in_two_units():
    text = ("Results: Problems occur in up to 20%-45% of adolescents; intake was tied to an 8% ∼ 9.9% lower risk. "
            "Effects did not differ by length (5 days to 24 weeks); recovery came after an interval from 4 to 60 days, "
            "while stay decreased from 25.2 to 14.9 days, and seizures began from 48 h to 6 weeks after delivery.")
    abstract = parse_string(text)
    assert [(f.low, f.high, f.low_unit, f.unit) for f in abstract.figures_of(FigureKind.RANGE)] == [
        (20, 45, "", "%"), (8, 9.9, "", "%"), (5, 24, "days", "weeks"), (4, 60, "", "days")]
    assert abstract.figures_of(FigureKind.THRESHOLD) == ()


# --- batch 59 (tenth session, after its first contact) ------------------------------------------------

def test_a_signed_cost_with_its_interval_after_a_comma():
    text = "Results: Costs were similar (nurse led care £1444, standard care £1879, difference -£435, -£1406 to £536)."
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (1444, None, None), (1879, None, None), (-435, -1406, 536)]


def test_a_strength_after_a_drugs_name_is_a_dose():
    text = ("Methods: Patients received latanoprost 0.005% once daily or timolol 0.5% twice daily; chlorhexidine 2% was "
            "used for skin preparation. Results: 30% responded.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [0.005, 0.5, 2]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [30]


def test_a_drug_consumed_is_a_mean_and_a_drug_given_a_dose():
    text = ("Results: Mean morphine consumption (control group: 11.45 ± 7.64 mg, TAP group: 9.79 ± 8.09 mg) did not "
            "differ; the prednisolone dose was 17.8 ± 7.1 mg/day.")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [11.45, 9.79]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [17.8]


def test_an_alpha_level_and_a_p_value_for_significance_are_thresholds_but_cronbachs_alpha_is_not():
    text = ("Methods: Tests were conducted at α = 0.05 level (p-value <0.05 for statistical significance). Results: "
            "Reliability was good (Cronbach's α = 0.83).")
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [0.05, 0.05]
    assert abstract.figures_of(FigureKind.P_VALUE) == ()


def test_a_decimal_comma_in_a_per_cent_and_a_backslash_for_less_than():
    text = "Results: Chorioamnionitis was rarer (9.72% versus 3,47%; P \\ 0.00001)."
    abstract = parse_string(text)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [9.72, 3.47]
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.P_VALUE)] == [("<", 0.00001)]


# --- batch 60 (tenth session, after its first contact) ------------------------------------------------

def test_a_label_after_a_quoted_sentence_end_and_a_listed_word_opening_a_headings_text():
    text = ("OBJECTIVE: This study treated the “old-old.” METHOD: This randomized trial enrolled 174 patients.\n"
            "RESULTS: Most improved.")
    assert [s.label for s in parse_string(text).sections] == ["OBJECTIVE", "METHOD", "RESULTS"]
    alone = "Background\nHeart failure is common.\nMethods\nPatients 35–79 years old were identified.\nResults\nSurvival rose."
    assert [(s.label, s.text[:8]) for s in parse_string(alone).sections] == [
        ("Background", "Heart fa"), ("Methods", "Patients"), ("Results", "Survival")]
    lancet = "Summary\nBackground Procalcitonin is a marker.\nMethods We searched databases.\nFindings We found 30 studies."
    assert [s.label for s in parse_string(lancet).sections] == ["Background", "Methods", "Findings"]


def test_p_values_that_lost_their_sign_and_an_abbreviated_effect_size():
    text = ("Results: Stay was longer (P.001); the effect did not differ by age (p for interaction 0.83) and was small "
            "(ES: 0.07).")
    abstract = parse_string(text)
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.P_VALUE)] == [("<", 0.001), ("=", 0.83)]
    assert [(f.measure, f.value) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [("effect size", 0.07)]


def test_a_median_named_with_a_digit_in_its_quantity_and_numbers_that_name_things():
    text = ("Results: Median D2B time was 60 minutes (range 0-360 minutes). The HPTN 052 trial enrolled patients at "
            "Baoding No. 1 Central Hospital and 12 other hospitals.")
    abstract = parse_string(text)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(60, 0, 360)]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [12]


# --- batch 61 (tenth session, after its first contact) ------------------------------------------------

def test_a_title_in_title_case_above_a_hard_wrapped_paragraph_is_the_title():
    text = ("Prevalence and Perceived Risk Factors Associated With Road Traffic Crashes Among Commercial Drivers\n"
            "Road traffic crash is a major but often neglected public health problem which affects both the\n"
            "occupants of vehicles and other road users. A total of 205 respondents took part in the study.\n")
    abstract = parse_string(text)
    assert abstract.title is not None and abstract.title.startswith("Prevalence and Perceived")
    assert abstract.sections[0].text.startswith("Road traffic crash")
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [205]


# --- eleventh session, classes the whole held-out set still showed ------------------------------------

def test_an_unnamed_estimate_takes_the_ratio_named_in_an_earlier_sentence():
    text = ("Findings: Fewer babies died (17 of 1039 vs 52 of 1039; relative risk 0·33 [95% CI 0·19–0·56]). "
            "Maternal morbidity did not differ (41 of 1041 vs 33 of 1042; 1·24 [0·79–1·95]; p=0·35).")
    ratios = parse_string(text).figures_of(FigureKind.RATIO)
    assert [(f.value, f.measure) for f in ratios] == [(0.33, "RR"), (1.24, "RR")]
    alone = "Results: Scores fell by 0·62 [0·31–0·93] points."
    assert [f.kind for f in parse_string(alone).figures if f.value == 0.62] == [FigureKind.ESTIMATE]


@pytest.mark.parametrize("limit", ["at least 1000 participants", "no more than 20 physicians",
                                   "a minimum of 500 participants", "fewer than 5 matched controls"])
def test_a_limit_on_a_number_of_people_is_a_threshold(limit: str):
    abstract = parse_string(f"Methods: We included trials with {limit} each.")
    assert [f.kind for f in abstract.figures] == [FigureKind.THRESHOLD]
    assert abstract.figures[0].text in limit and abstract.figures[0].value > 1


def test_a_rounded_number_of_people_is_still_a_count():
    abstract = parse_string("Results: Over 32,000 women were included in 42 trials.")
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 32000), (FigureKind.COUNT, 42)]


# --- batch 62 (eleventh session, after its first contact) ---------------------------------------------

def test_a_range_of_sums_each_with_its_currency_sign():
    text = ("Results: Costs were ¥2,505–¥9,235 million for serum tests, ¥79–¥−1,067 million for dipsticks and "
            "$678 (95% CI, $657-$699) per visit; the cost fell from £78.33 to £74.73.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(2505, 9235), (79, -1067)]
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (678, 657), (78.33, None), (74.73, None)]


def test_number_words_split_by_a_line_end_hyphen_and_a_cut_off_in_words():
    abstract = parse_string("Results: Eighty- nine percent scored over the cut-off point of three.")
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 89), (FigureKind.THRESHOLD, 3)]


def test_times_with_a_word_between_number_and_unit_and_a_change_of_length():
    text = ("Results: Pain fell in the first 5 postoperative days; treatment went on for 2 more months. "
            "Treatment could be shortened from 6 to 4 months.")
    durations = parse_string(text).figures_of(FigureKind.DURATION)
    assert [(f.value, f.unit) for f in durations] == [(5, "days"), (2, "months"), (6, "months"), (4, "months")]
    survival = "Results: Survival rose from 2.5 years in papers between 1887 and 1970 to 6.8 years between 1990 and 2000."
    assert [f.value for f in parse_string(survival).figures_of(FigureKind.DURATION)] == [2.5, 6.8]


def test_a_follow_up_visit_is_when_and_a_volume_with_its_sd_is_a_mean():
    text = ("Results: Of the patients who completed the 6-month follow-up visit, scores changed between baseline and "
            "the 12-month follow-up. Blood loss was 1100.9 ± 367.4 mL; patients received 17.8 ± 7.1 mg/day.")
    abstract = parse_string(text)
    assert not abstract.figures_of(FigureKind.DURATION)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [1100.9]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [17.8]


@pytest.mark.parametrize("reference", ["Hippokratia 2016, 20(2): 121-126", "Bone Jt Open 2024;5(2):147–153.",
                                       "Singapore Med J 2002; 43(3): 124-127", "Int J Epidemiol 1989, 18: 132–138."])
def test_a_reference_printed_in_the_text_holds_no_figures(reference: str):
    abstract = parse_string(f"Conclusions: Screening found 12 cases. {reference}")
    assert [f.value for f in abstract.figures] == [12]


# --- batch 63 (eleventh session, after its first contact) ---------------------------------------------

def test_number_words_counting_schoolchildren_and_workers():
    abstract = parse_string("Methods: Eight hundred twenty-two schoolchildren and 45 workers were enrolled.")
    assert [(f.value, f.text) for f in abstract.figures_of(FigureKind.COUNT)] == [
        (822, "Eight hundred twenty-two schoolchildren"), (45, "45 workers")]


def test_shares_from_one_value_to_another_are_a_range_unless_a_verb_of_change_leads():
    text = ("Results: Specificity was from 83 to 95 % in the studies. The recall rate increased from 3.3 to 4.4 % in "
            "year one.")
    abstract = parse_string(text)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(83, 95)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [3.3, 4.4]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_value_with_its_sd_named_in_brackets_is_a_mean():
    text = "Results: The gain was 21 (SD = 7) in one group and 4.1 (SD = 7) in the other; age was 45 years (SD 12)."
    means = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd, f.unit) for f in means] == [(21, 7, ""), (4.1, 7, ""), (45, 12, "years")]


def test_times_per_year_count_occasions_not_a_ratio():
    text = "Methods: HbA1c was measured 2.8 times/year; the risk was 2.5 times higher after DKA."
    assert [f.value for f in parse_string(text).figures_of(FigureKind.RATIO)] == [2.5]


def test_markdown_heading_marks_and_italic_symbols_are_markup():
    text = ("Chronic pain after hernia repair\n\n## Abstract **Background:** Hernia repair is common. **Methods:** We "
            "enrolled 94 patients (*n* = 24 preperitoneal). **Results:** Pain fell (*P* < 0.05).")
    abstract = parse_string(text)
    assert [s.label for s in abstract.sections] == ["Background", "Methods", "Results"]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [94, 24]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.05]


# --- batch 64 (eleventh session, after its first contact) ---------------------------------------------

def test_a_decimal_with_one_number_in_brackets_is_a_mean_and_its_sd():
    text = "Results: Comments declined [pre 3.35 (2.0); post 3.49 (2.3); year-end 2.8 (2.1)]; p = 0.008."
    means = parse_string(text).figures_of(FigureKind.MEAN)
    assert [(f.value, f.sd) for f in means] == [(3.35, 2.0), (3.49, 2.3), (2.8, 2.1)]
    named = parse_string("Results: At 10 years, mean [median] EDSS scores were 3.0 [2.0] untreated.")
    assert (3.0, 2.0) not in [(f.value, f.sd) for f in named.figures_of(FigureKind.MEAN)]
    assert [f.value for f in parse_string("Results: 12 (5.3%) relapsed.").figures_of(FigureKind.COUNT)] == [12]


# --- batch 65 (eleventh session, after its first contact) ---------------------------------------------

@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_pubmeds_display_with_or_without_blank_lines_drops_citation_authors_and_address(gap: str):
    text = gap.join(["Acta Otolaryngol. 1988 Jan-Feb;105(1-2):45-9.",
                     "Ginger root against seasickness. A controlled trial on the open sea.",
                     "Grøntved A, Brask T, Kambskard J, Hentzer E.",
                     "Department of Oto-Rhino-Laryngology, Svendborg Hospital, Denmark.",
                     "In a double-blind randomized placebo trial, eighty naval cadets took 1 g of ginger."])
    abstract = parse_string(text)
    assert abstract.title == "Ginger root against seasickness. A controlled trial on the open sea."
    assert [s.text[:11] for s in abstract.sections] == ["In a double"]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [80]


def test_a_temperature_in_words_counts_no_degrees():
    abstract = parse_string("Methods: Air was heated to 43 degrees C for 20 minutes in 34 patients.")
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [34]


# --- batch 66 (eleventh session, after its first contact) ---------------------------------------------

def test_known_labels_in_square_brackets_are_run_in_headings():
    text = ("[Purpose] The present study aimed to test training. [Participants and Methods] Twenty-eight stroke "
            "patients took part [3]. [Results] All completed it. [Conclusion] Training helps.")
    abstract = parse_string(text)
    assert [(s.label, s.category.value) for s in abstract.sections] == [
        ("Purpose", "OBJECTIVE"), ("Participants and Methods", "METHODS"), ("Results", "RESULTS"),
        ("Conclusion", "CONCLUSIONS")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [28]


def test_an_sd_printed_after_its_mean_in_words_or_behind_the_number():
    text = ("Results: The mean number of episodes was 4.2 (2.9 SD). Patients (mean age: 50.07, standard deviation "
            "9.31 years) took part; the mean annual decrease was 9.25 mm2 (1.8%).")
    abstract = parse_string(text)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(4.2, 2.9), (50.07, 9.31), (9.25, None)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [1.8]
    assert not abstract.figures_of(FigureKind.DURATION)


def test_a_count_restated_as_a_fraction_with_its_share():
    abstract = parse_string("Results: In all, 87 patients (87/441, 19.7%) had seizures.")
    assert [(f.kind, f.value, f.denominator) for f in abstract.figures] == [
        (FigureKind.COUNT, 87, 441), (FigureKind.PERCENTAGE, 19.7, 441)]


def test_numbers_listed_before_a_unit_are_not_counts():
    text = "Methods: Thresholds at each tone (0.5, 1, 2, 3, and 4 kHz) and volumes (150, 300, and 600 mL) were set."
    assert not parse_string(text, second_reading=None).figures_of(FigureKind.COUNT)  # the grammar's reading
    kept = parse_string("Results: Relatives (REL, 1,081, 52.83%) brought most victims.")
    assert [f.value for f in kept.figures_of(FigureKind.COUNT)] == [1081]


def test_a_time_range_needs_its_unit_after_the_second_number():
    """The pattern for a number joined to a composed pattern was not grouped, so "1 year to 13%" read as a range."""
    text = "Results: Rates fell from 64.5% at 23 weeks to 4.0% at 28 weeks, and from 1 year to 13% (3/24)."
    assert not parse_string(text).figures_of(FigureKind.RANGE)


# --- batches 67 and 68 (twelfth session, after their first contact) -----------------------------------

def test_the_strength_of_what_is_given_is_a_dose_before_any_substance():
    text = ("Methods: Patches held 3.0% hydrogen peroxide; rats drank 100% ethanol; patients breathed 100% O(2) and "
            "had 0.5% timolol. Results: 30% oxygen-dependent infants and 12% of the others improved.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [3.0, 100.0, 100.0, 0.5]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [30.0, 12.0]


def test_ratios_with_spaced_colons_and_allocation_ratios_hold_no_counts():
    text = "Results: The female to male ratio was 5 : 1. We formed two 1:1 allocated parallel groups of 40 workers."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [40]


def test_ordinals_printed_with_a_space_and_a_misspelt_confidence_interval():
    text = ("Results: Visits fell in weeks (7th, 14 th, 21th, 35 th). The odds ratio was 2.73, 95% confidential "
            "interval: 1.05–7.07.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.RATIO, 2.73, 1.05, 7.07)]


def test_parts_of_names_are_no_figures():
    text = ("Results: The rates of 1-, 3-, and 5-year survival were 90%, 80% and 70%. Forced expiratory volume in one "
            "second fell in 43 CKD 3–5 cohorts and GOLD 2–4 patients. Median follow-up was 120.4 months "
            "(IQR 25–75%: 110.2–128.8).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.kind is not FigureKind.PERCENTAGE] == [
        (FigureKind.COUNT, 43), (FigureKind.MEDIAN, 120.4)]
    assert (abstract.figures_of(FigureKind.MEDIAN)[0].low, abstract.figures_of(FigureKind.MEDIAN)[0].high) == (
        110.2, 128.8)


def test_an_open_band_printed_with_a_plus_is_a_threshold_but_a_sum_or_a_score_is_not():
    text = ("Results: Age (90+ versus 65-69 years) and 20+ teeth mattered; Gleason 3 + 4 disease and "
            "immunohistochemical 2+ cases did not.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [90, 20]


def test_ranges_of_shares_and_rates_without_from():
    text = ("Results: Nine percent to 16% of the population responded, at a rate of 40 to 70 per 100,000 "
            "(95% CI, 3 to 74 per 10,000 persons); mortality increased from 9 per 1000 in 1993 to 12 per 1000.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.low, f.high, f.unit) for f in abstract.figures_of(FigureKind.RANGE)] == [
        (9, 16, "%"), (40, 70, "per 100000")]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [9, 12]


def test_p_values_named_by_their_test_and_a_median_rate():
    text = ("Results: Education (P(trend) = 0.02) and TSH (P for quadratic pattern <0.01) mattered. The median "
            "incidence was 50.4/100,000/year.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.02, "="), (0.01, "<")]
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [50.4]


# --- batch 69 (twelfth session, after its first contact) ---------------------------------------------

def test_ratios_named_in_the_plural_and_listed_by_commas_are_a_list_not_an_interval():
    text = ("Results: Male sex (hazard ratio (HRs): 1.89, 1.93, 1.99) and varices (HRs: 1.73, 1.60, 1.56) predicted "
            "risk; the HR was 1.2, 1.1 to 1.3.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (1.89, None), (1.93, None), (1.99, None), (1.73, None), (1.60, None), (1.56, None), (1.2, 1.1)]


def test_likelihood_ratios_with_signs_and_unadjusted_hazard_ratios():
    text = ("Results: Positive likelihood ratio (LR+) of 1.96, negative likelihood ratio (LR–) of 0.47, LR– of 0.48; "
            "unadjusted (UHR = 1.44, CI: 1.15–1.79).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (1.96, "LR+"), (0.47, "LR-"), (0.48, "LR-"), (1.44, "HR")]


def test_bmj_v_between_values_compares_them():
    abstract = parse_string("Results: Stays were shorter (mean 3.43 v 7.46 days, P=0.0051).", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures if f.kind is not FigureKind.P_VALUE] == [
        (FigureKind.MEAN, 3.43, "days"), (FigureKind.MEAN, 7.46, "days")]


def test_a_median_whose_unit_comes_with_its_partner_carries_over_the_sentence():
    text = "Results: It cut weaning from a median of 5 to 3 d (p = 0.01) and ventilation from 12 to 7.5 d."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEDIAN)] == [
        (5, "d"), (3, "d"), (12, "d"), (7.5, "d")]
    assert not abstract.figures_of(FigureKind.DURATION)


def test_a_share_over_a_hundred_per_cent_is_a_change_and_an_apa_citation_holds_no_figures():
    text = ("Results: CT use increased 330%, in 12 hospitals. [Citation: Journal of Gerontological Nursing, "
            "46(2), 32–40.]")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [
        (FigureKind.ESTIMATE, 330, "%"), (FigureKind.COUNT, 12, "hospitals")]


def test_a_hyphenated_length_before_an_intervention_or_a_medication_is_a_duration():
    text = "Methods: Adults joined 12-week group exercise interventions and a 1-year medication phase 3 trial."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [(12, "week"), (1, "year")]


# --- batch 70 (twelfth session, after its first contact) ---------------------------------------------

def test_a_capitalised_name_with_a_colon_inside_a_bracket_starts_no_heading():
    text = ("Methods\n\nCASE and mRS scores were obtained.\n\nResults\n\nScores were higher (median CASE: 15) than in "
            "those on first-line treatment (median CASE: 8) (p<0.001).\n\nConclusions\n\nThe CASE score is useful.")
    abstract = parse_string(text, second_reading=None)
    assert [s.label for s in abstract.sections] == ["Methods", "Results", "Conclusions"]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.001]


# --- batch 71 (twelfth session, after its first contact) ---------------------------------------------

def test_a_bare_main_heading_after_a_sentence_that_lost_its_full_stop():
    text = ("Introduction Pharyngitis is common. Methods Children were tested with the Chi-square test Results Of 202 "
            "patients, 123 (61%) were young. Conclusion The test works.")
    abstract = parse_string(text, second_reading=None)
    assert [s.label for s in abstract.sections] == ["Introduction", "Methods", "Results", "Conclusion"]
    assert abstract.sections[2].text.startswith("Of 202 patients")


# --- batch 72 (thirteenth session, after its first contact) ------------------------------------------

def test_groups_compared_after_a_median_with_its_spread_are_medians_too():
    text = ("Results: Pain was higher in the BPB group (median: 2; Q1, Q3 [1, 3]) than in the IV PCA group "
            "(0 [0, 1.8], P = 0.006) and the block group (0 [0, 0.5], P = 0.009).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)][1:] == [(0, 1.8), (0, 0.5)]
    assert abstract.figures_of(FigureKind.MEDIAN)[0].value == 2
    assert not abstract.figures_of(FigureKind.ESTIMATE)


def test_a_value_with_its_range_and_no_name_is_a_median_and_a_scale_with_anchors_is_a_range():
    text = ("Results: Satisfaction on a scale of 0 (very poor) to 10 (excellent) was 9 (range, 2–10) in the OP "
            "group versus 8 (range, 1–10) in the LAP group. We saw 40 patients (range 2-30 per centre).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(9, 2, 10), (8, 1, 10)]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)][0] == (0, 10)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [40]


def test_group_sizes_listed_by_name_with_an_equals_sign_are_counts():
    text = "Results: Of 113 patients, 105 (93%, LAP = 54, OP = 51) answered. The test was significant (t = 2, df = 14)."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [113, 105, 54, 51]


def test_a_count_before_adjectives_set_apart_by_a_comma():
    text = "Methods: Thirty-nine newly diagnosed, overweight patients and 40 older, frail adults were included."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT)] == [(39, "patients"), (40, "adults")]


def test_named_groups_levels_and_exons_are_labels_not_counts():
    text = ("Results: Group 1 patients improved, at 2 Level 1 trauma centers, in the exon 19 deletion group, "
            "and in each group 20 patients were seen.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [20]


def test_a_ratio_name_does_not_reach_past_a_time_to_the_next_count():
    text = "Results: Of 477 patients, 288 (60%) reached the OR in under 24 hours, 114 (24%) later."
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.RATIO)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [477, 288, 114]


def test_survival_times_after_a_median_named_before_labels_and_their_partners_are_medians():
    text = ("Results: The median OS was longer in the exon 19 deletion group than in the exon 21 L858R group "
            "(92 vs. 65 months; P < 0.001). But the median PFS did not differ between two groups (12 vs 14 months). "
            "Patients had better mOS (69.5 mo) than those without (31.0 mo). Follow-up lasted 3 mos.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [92, 65, 12, 14, 69.5, 31.0]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [2]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [(3, "mos")]


# --- batch 73 (thirteenth session, after its first contact) ------------------------------------------

def test_values_after_a_median_with_its_spread_named_with_words_between_are_medians():
    text = ("Results: Their median systolic blood pressure was 120 (110–130) mmHg, eGFR was 85.9 (74.9–100.1) "
            "mL/min, and proteinuria was 0.25 (0.13–0.38) g/day. Levels (represented here as median [inter quartile "
            "range]) of PAPP-A were 5.78 [2.67-13.4] vs. 2.8 [1.8-4.9] mIU/L.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [120, 85.9, 0.25, 5.78, 2.8]
    assert not abstract.figures_of(FigureKind.ESTIMATE)


def test_p_values_named_by_a_glued_test_and_group_sizes_printed_n_space_number():
    text = "Results: It was non-inferior (Pnon-inferiority = 0.004). Men (n 22 827) and women (n 20 870) took part."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.004, "=")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [22827, 20870]


def test_a_shares_interval_after_its_denominator_makes_no_estimate():
    text = "Results: 222 (91.4%) out of 243, 95% CI 87.1–94.6% versus 311 (90.4%) out of 344, 95% CI 86.8–93.3%."
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.ESTIMATE)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [91.4, 90.4]


def test_a_number_in_a_product_or_trial_acronym_before_its_arm_is_no_count():
    text = "Results: Events were more frequent in the ITCA 650 group, in the DEX 1 group and in the ECASS 3 trial."
    assert not parse_string(text, second_reading=None).figures


def test_a_rates_time_scale_is_part_of_its_unit_and_a_named_difference_in_days_is_an_estimate():
    text = ("Results: Children had more symptom-free days (adjusted difference=0.92 days per 2 weeks; 95% CI, "
            "0.50-1.33) (n=285; mean symptom-free days per 2 weeks: 11.6 for children treated).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.ESTIMATE, 0.92), (FigureKind.COUNT, 285), (FigureKind.MEAN, 11.6)]


def test_glucose_given_and_an_infusion_rate_are_doses():
    text = "Results: 100 mL of 10% glucose at an infusion rate of 12.7 mL/d was maintained."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [100, 10, 12.7]


# --- batch 74 (thirteenth session, after its first contact) ------------------------------------------

def test_a_value_taken_as_the_limit_is_a_threshold():
    text = "Results: Using 2.5 ng/ml as the upper normal limit, sensitivity was 94%. With 7.0% as the cut-off, 30 had it."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(2.5, "ng/ml"), (7.0, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [30]


def test_an_average_dose_is_a_dose_with_its_sd_and_a_bounded_median_stays_a_median():
    text = ("Results: Average dose of analgesics in the study group was 63.7 mg (SD ± 45.2 mg). The mean weight was "
            "70 kg (SD ± 5 kg). The median survival was greater than 75 months (P<.001).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.kind is not FigureKind.P_VALUE] == [
        (FigureKind.DOSE, 63.7), (FigureKind.MEAN, 70), (FigureKind.MEDIAN, 75)]


def test_the_level_of_any_interval_is_no_figure_and_a_significance_level_is_a_threshold():
    text = ("Results: We saw 128 in normal care (95% confidence limits of difference 2 to 5). The RR was 0.90 (95% "
            "Bayesian credible interval, 0.8 to 1.1). It had wide 95% uncertainty limits; OR 0.87, 95% [confidence "
            "interval] CI 0.8-0.9; AUC 0.74, [95% C.I 0.71–0.76]. We used the 5% [one-sided] significance level.")
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.PERCENTAGE)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(5, "%")]


# --- batch 75 (thirteenth session, after its first contact) ------------------------------------------

def test_four_values_listed_before_a_shared_unit_are_a_list_not_a_value_with_its_interval():
    text = "Results: LTFU rates: 6.0, 4.6, 6.1, 6.0 per 100 person-years."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (6.0, None), (4.6, None), (6.1, None), (6.0, None)]


def test_disability_milestones_after_the_risk_of_them_are_thresholds():
    text = "Results: The risk of EDSS 3.0, 4.0, and 6.0 fell; a 6% decrease for the risk of EDSS 4.0 (HR, 0.94)."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [3.0, 4.0, 6.0, 4.0]


def test_a_rounded_count_printed_with_a_sign_or_in_millions_is_a_count():
    text = ("Background: Centres answer over 4 million calls. We studied > 3 million US veterans and >30,000 elderly "
            "patients. Trials with at least 1000 participants were included.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [4, 3, 30000]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [1000]


def test_a_ratios_clause_that_ends_in_stage_labels_does_not_take_a_label_for_the_ratio():
    text = "Results: The adjusted ORs of AKI stages 1, 2, and 3 were 1.1 (1.1–1.2), 1.2 (1.1-1.3) and 1.4 (1.2-1.6)."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.1, 1.2, 1.4]


# --- batch 76 (thirteenth session, after its first contact) ------------------------------------------

def test_a_median_named_before_a_bracketed_window_carries_to_its_doses():
    text = ("Results: Median postoperative morphine consumption (first 24 h) from a PCA system was 68 mg (group post), "
            "56 mg (group pre low) and 43 mg (group pre-high).")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [68, 56, 43]
    assert not abstract.figures_of(FigureKind.DOSE)


def test_a_minus_set_apart_after_a_differences_abbreviation_and_doses_in_million_units_or_per_die():
    text = ("Results: PACU stay did not differ (MD − 13 min, CI − 63 to 24). Penicillin G 24 million units daily "
            "was given with prednisone 5 mg/die.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [-13]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [
        (24, "million units daily"), (5, "mg/die")]


# --- batch 77 (thirteenth session, after its first contact) ------------------------------------------

def test_a_capitals_heading_whose_colon_ends_a_hard_wrapped_line():
    text = ("AIM: We studied things in people.\nMETHOD: A cohort study was done. RESULTS: Patients had higher\n"
            "mortality, respectively. CONCLUSIONS:\nA significant gap was detected\nbetween patients.\n")
    abstract = parse_string(text, second_reading=None)
    assert [s.label for s in abstract.sections] == ["AIM", "METHOD", "RESULTS", "CONCLUSIONS"]
    assert abstract.sections[3].text.startswith("A significant gap")


def test_a_title_that_asks_a_question_before_its_subtitle():
    text = ("Should adrenaline be used in patients with stable anaphylaxis? Incident case control study nested within "
            "a cohort study\nAlthough adrenaline is a cornerstone of initial anaphylaxis treatment, it is not often "
            "used. We sought to assess whether its use could prevent hypotension. We studied 761 adult patients over "
            "a 10-year period and divided them into two groups.\n")
    abstract = parse_string(text, second_reading=None)
    assert abstract.sections[0].text.startswith("Although adrenaline")


# --- batch 78 (thirteenth session, after its first contact) ------------------------------------------

def test_differences_named_in_the_plural_or_between_groups_and_limits_set_prior_to_an_age():
    text = ("Results: The risk differences of hemorrhage were -18% [95%CI, -25%, -10%] in all trials. The mean "
            "difference between group: 15 points. Onset prior to age 1 year (OR 1.9) mattered.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [(-18, "RD")]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [15]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [1]


def test_days_of_a_month_a_names_number_and_a_wald_intervals_level_are_no_figures():
    text = ("Methods: Donations were collected between August 9 and 23, 2022, with 95% Wald CIs. By May 2021, "
            "SARS-CoV-2 infections (95% CI, 2.0-2.1) were counted.")
    assert not parse_string(text, second_reading=None).figures


# --- batch 79 (thirteenth session, after its first contact) ------------------------------------------

def test_a_time_in_brackets_after_a_share_is_when_it_was_read_and_a_ratio_named_with_equals():
    text = ("Results: Remission rates were 15.2% (3 months), 15.9% (6 months), 22.4% (1 year). Risk fell (RR for "
            "remainder = 0.9). The adjusted hazard ratio = 0.79; 95% confi dence interval, 0.64-0.98.")
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.DURATION)
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.RATIO)] == [(0.9, None), (0.79, 0.64)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [15.2, 15.9, 22.4]


# --- batch 80 (thirteenth session, after its first contact) ------------------------------------------

def test_a_line_of_punctuation_alone_under_abstract_holds_no_text():
    text = "A title of the study\n\nAbstract\n\n:\n\nQuick identification of 317 infected people matters.\n"
    abstract = parse_string(text, second_reading=None)
    assert abstract.sections[0].text.startswith("Quick identification")


# --- batches 72 to 80, second look (fourteenth session) ----------------------------------------------

def test_a_period_after_a_named_mean_is_when_it_was_read_not_the_means_value():
    text = ("Results: There were no differences in mean IOPs through 6 months among the groups. The average annual "
            "increase of incidence during 1981-2007 was 11.4%. Graft survival was stable through 4 years.")
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.MEAN)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [6, 4]


# --- batch 81 (fourteenth session, after its first contact) ------------------------------------------

def test_a_signed_number_no_other_rule_reads_is_a_change_and_a_compared_one_a_limit():
    text = ("Results: Drinking fell (special intervention, −5.8 drinks per week; usual care, −3.4 drinks per week; "
            "P=.001). Weight changed by +2.1 kg. Eyes larger than –6.00 D were excluded. Samples were kept at "
            "−80 °C; ages 18 - 65 years; IL-10, -4, and -6 were measured; morphine 0.15 mg kg(-1) was given "
            "(99% C.I. −3, +7).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (-5.8, "drinks per week"), (-3.4, "drinks per week"), (2.1, "kg")]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [-6.0]


def test_a_mean_that_changed_by_a_per_cent_is_a_change_and_a_value_per_time_a_rate():
    text = ("Results: The mean number of panic attacks per week dropped by 88%, with an average reduction of 14% in "
            "dose. Visits were 5.5/2 years versus 2.1/year, and desaturations fell to 41 per day over 3 1/2 years "
            "from 31 6/7 weeks.")
    abstract = parse_string(text, second_reading=None)
    assert not abstract.figures_of(FigureKind.MEAN)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [88, 14]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (5.5, "per 2 years"), (2.1, "per year"), (41, "per day")]


def test_a_measured_value_named_or_compared_is_a_summary_and_a_far_verb_of_change_makes_two_shares():
    text = ("Results: Training increased average Tmax (225.5 s vs 300.9 s posttraining); weight gain was less "
            "(−0.4 vs. +1.2 kg, P < 0.01), with a difference of 1.0 mmol/l (95 % CI 3.23, 6.95 g/l) and SD "
            "6.48 ± 5.26 dB for each 100 km. The aim is to increase the proportion of nurses with degrees from "
            "50% to 80% by 2020.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == [
        (225.5, "s"), (300.9, "s"), (-0.4, ""), (1.2, "kg"), (6.48, "dB")]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(1.0, "mmol/l")]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [50, 80]


# --- batch 83 (fourteenth session, after its first contact) ------------------------------------------

def test_a_title_with_a_subtitle_above_a_long_first_line_is_the_title_not_the_text():
    text = ("Bystander-initiated resuscitation out-of-hospital. A first description of the bystanders\n"
            "At present there are about 1 million trained rescuers in Sweden, and resuscitation out of hospital is "
            "begun about 2000 times a year. Very little is known about their experiences. We describe 742 "
            "questionnaires.\n")
    abstract = parse_string(text, second_reading=None)
    assert abstract.sections[0].text.startswith("At present")


def test_million_units_are_a_dose_a_p_value_of_is_a_p_value_and_during_the_weeks_a_duration():
    text = ("Methods: Patients received 3 MU interferon three times weekly or 10 MU daily. Results: Mean weight loss "
            "was larger during the 16 weeks, with a p-value of 0.823; the p value was 0.04.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [3, 10]
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.823, 0.04]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [16]
    assert not abstract.figures_of(FigureKind.MEAN)


# --- batch 84 (fourteenth session, after its first contact) ------------------------------------------

def test_twice_as_likely_and_more_than_twofold_are_ratios_and_a_change_from_points_to_points_two_values():
    text = ("Results: Atopic asthma increased more than twofold, and children were twice as likely to wheeze; a rise of "
            "at least fourfold defined a case. The increase was from 1.7 to 10.2 percentage points, while differences "
            "in sensitivity ranged from 0 to 40 percentage points.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [2, 2]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [4]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [1.7, 10.2]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(0, 40)]


def test_a_percentage_with_its_iqr_in_per_cent_is_one_percentage_with_its_spread():
    text = ("Results: Women had a 60% reduction (IQR 30% to 89%) in weekly episodes compared with 15% (IQR −9% to 25%) "
            "in the controls; adherence was 12% (IQR 5 to 20). Satisfaction was 9 (range, 2–10).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high, f.interval) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (60, 30, 89, "IQR"), (15, -9, 25, "IQR"), (12, 5, 20, "IQR")]
    assert not abstract.figures_of(FigureKind.RANGE)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [9]


# --- batch 85 (fifteenth session, after its first contact) ------------------------------------------

def test_abstract_glued_to_the_first_heading_and_a_colon_heading_after_a_lost_full_stop_are_headings():
    glued = ("Repeat hospitalisations\n\nABSTRACTObjectives: Measurement of readmissions is\n\ncentral to 2 aims.\n\n"
             "Methods: We calculated rates.\n\nResults: We found 5 things.\n\nConclusions: It works.")
    assert [s.label for s in parse_string(glued, second_reading=None).sections] == [
        "Objectives", "Methods", "Results", "Conclusions"]
    lost_stop = ("Abstract Background: Its use is debated. Outcomes were compared with uncomplicated appen- dicitis "
                 "Methods: Consecutive patients (n = 304) were studied. Results: Data were complete for 243 patients. "
                 "Conclusions: It works.")
    sections = parse_string(lost_stop, second_reading=None).sections
    assert [s.label for s in sections] == ["Background", "Methods", "Results", "Conclusions"]
    assert sections[1].text.startswith("Consecutive patients")


def test_a_value_opening_a_bracket_with_its_sd_after_a_comma_is_a_mean_and_gm_a_dose():
    text = ("Results: Blood loss was less in the spinal group (560, SD 340, ml vs 792, SD 440, ml). Patients received "
            "sulfasalazine (SSZ) (2 gm/day) or placebo.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.sd, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == [(560, 340, "ml"), (792, 440, "ml")]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [2]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_every_time_of_a_longer_list_of_time_points_is_a_time_point_and_extending_a_time_is_a_change():
    text = ("Methods: Infants were vaccinated at ages 2, 3, and 4 months, and scored after 1, 3, 6, and 12 months of "
            "treatment. After 12 weeks of acupuncture pain fell. Extending treatment from 10 to 20 days did not help, "
            "in an interval from 4 to 60 days.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [12, 10, 20]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(4, 60)]


# --- batch 86 (fifteenth session, after its first contact) ------------------------------------------

def test_an_entity_escaped_twice_reads_as_its_character():
    text = "Results: Weight fell more with incentives (P&thinsp;&amp;lt;&thinsp;.001); costs were A &amp; B (P &lt; .05)."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.001, "<"), (0.05, "<")]
    assert "A & B" in abstract.sections[0].text


def test_a_blood_pressure_with_its_sd_pair_in_brackets_is_two_means_with_their_sds():
    text = ("Results: Mean supine blood pressure was 163/90 (SD 21/10) mm Hg and fell to 156/87 (22/9) mm Hg; "
            "the limit was under 140/90 mmHg.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [
        (163, 21), (90, 10), (156, 22), (87, 9)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [140, 90]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_list_whose_unit_is_printed_once_after_its_last_value_is_in_that_unit_throughout():
    text = ("Results: HbA1c decreased on average by 1.8, 1.0 and 1.5 percentage points, and by −1.2, −0.8 and "
            "−1.5 percentage points in 2019 and 4.5 percentage points later. Fifty-two type 2 diabetic patients "
            "took part, followed from age 12 years, and women reaching age 45 years; weight gain from the age "
            "of 18 years was recorded.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [1.8, 1.0, 1.5, -1.2, -0.8, -1.5, 4.5]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [52]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [12, 45]


def test_the_benchmark_finds_a_key_copied_with_entities_where_the_parser_read_the_characters():
    from benchmarks.bench_abstracts import score_one

    key = {"source": {"journal_family": "other"},
           "sections": [{"heading": None, "category": "UNASSIGNED", "starts_with": "We treated 131"}],
           "figures": [{"section": 0, "at": "P &lt; .001", "kind": "p_value", "value": 0.001, "measure": "<"}]}
    result = score_one(key, parse_string("We treated 131 civilians; fewer died (P &lt; .001)."), "entities")
    assert (result.score.recalled, result.score.precise) == (1, 1)


# --- batch 87 (fifteenth session, after its first contact) ------------------------------------------

def test_a_radionuclides_mass_number_and_a_fraction_in_words_are_no_counts():
    text = ("Methods: Lesions were evaluated with coregistered 18 F-FDG PET, 99mTc-MDP and 68 Ga-DOTATATE scans in 18 "
            "Finnish patients; two thirds of women and one half of the studies; 2 third-year students took part.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [18, 2]


def test_a_ci_level_without_its_sign_and_a_named_difference_are_read_as_such():
    text = ("Results: Relapse, RR 0.96 (95 CI 0.92 to 1.00); average adjusted difference −0.5, −0.8 to −0.2; the "
            "difference in mean diurnal IOP was 1.1 mmHg; the average difference between eyes was 0.04 +/- 0.15; mean "
            "age was 45 years.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(0.96, 0.92, 1.0)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [-0.5, 1.1]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [0.04, 45]
    assert not abstract.figures_of(FigureKind.COUNT)


# --- batch 88 (fifteenth session, after its first contact) ------------------------------------------

def test_limits_and_ranges_that_read_like_values():
    text = ("Methods: Women with blood pressure of 140/90 mm Hg or more were included; changes in MR measures over 1 to "
            "2 years and at least 6 to 8 yr of follow-up; physical health (R2 = 0.03-0.66) and I2 = 0%-40%, R2=0.52.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(140, "≥"), (90, "≥")]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(1, 2), (6, 8), (0.03, 0.66), (0, 40)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.52]


def test_a_p_value_for_non_inferiority_and_a_relative_incidence_are_read_by_name():
    text = ("Results: 60 Gy was non-inferior (HR 0·84 [90% CI 0·68-1·03], pNI=0·0018); risk rose in those who injected "
            "(adjusted relative incidence, 3.67; 95% CI, 1.96-6.88).")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.0018]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (0.84, 0.68, 1.03), (3.67, 1.96, 6.88)]


# --- batch 89 (fifteenth session, after its first contact) ------------------------------------------

def test_survival_per_cents_with_their_se_in_a_list_a_quartile_range_and_a_follow_up_median():
    text = ("Results: Freedom from endocarditis and reoperation rates were 92±0.03%, 98.5±0.07%, and 94.7±0.02%; mean "
            "HbA1c was 7.2 ± 1.1%. Patients stayed in remission for 12 months (quartile range 6–36), and died over 1.3 "
            "years median follow-up or over 5 years.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (92, 0.03), (98.5, 0.07), (94.7, 0.02)]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [7.2]
    assert [(f.value, f.low, f.high, f.interval) for f in abstract.figures_of(FigureKind.MEDIAN)] == [
        (12, 6, 36, "IQR"), (1.3, None, None, None)]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [5]


def test_the_number_of_trials_before_a_pooled_interval_is_a_count():
    text = "Results: Colds fell by 25% compared to placebo (one trial; 95% CI: 5–45) and by 6.2 days (two trials; 95% CI: 3.4–9.0)."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [1, 2]
    assert not abstract.figures_of(FigureKind.ESTIMATE)


# --- batch 90 (fifteenth session, after its first contact) ------------------------------------------

@pytest.mark.parametrize("text, labels", [
    ("Pilates and back pain\nAbstract\n[Purpose]\nThis review evaluated Pilates.\n[Methods]\nSix databases were "
     "searched.\n[Results]\nPain fell.\n[Conclusion]\nIt helps.", ["Purpose", "Methods", "Results", "Conclusion"]),
    ("Tonsillectomy bleeding\n\nA B S T R A C T Objective: To compare injections. Patients and Methods: A trial. "
     "Results: It was 5. Conclusion: Good.", ["Objective", "Patients and Methods", "Results", "Conclusion"]),
    ("Diet quality\nAbstract\nBackground / Objectives\nIndices are used.\nSubjects / Methods\nWomen took part.\n"
     "Results\nIt was 5.", ["Background / Objectives", "Subjects / Methods", "Results"]),
])
def test_headings_in_brackets_after_a_letter_spaced_abstract_and_with_a_spaced_slash(text: str, labels: list[str]):
    assert [s.label for s in parse_string(text, second_reading=None).sections] == labels


def test_a_bracketed_citation_is_no_count_and_a_difference_in_means_with_its_ci_an_estimate():
    text = ("Results: We used Bracka's technique [Br. J. Plast. Surg. 48 (1995) 345] in 31 patients. The difference in "
            "mean values at 16 weeks was 1.3 (95 percent confidence interval, -0.2 to 2.8); mean score was 4.1 (95% CI "
            "3.2 to 5.0).")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [31]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(1.3, -0.2, 2.8)]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [4.1]


# --- batch 91 (fifteenth session, after its first contact) ------------------------------------------

def test_limits_named_as_a_limit_a_target_ratio_or_a_discriminant_value_and_a_bounded_share_with_its_count():
    text = ("Results: Recovery of the train-of-four (TOF) ratio to 0.9 (upper limit of 5.0 min) was the endpoint; at a "
            "discriminant value of 0.50 microg/mL sensitivity was 94%; rates rose up to 38% (133 out of 350), while "
            "coverage greater than 80% was protective.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [0.9, 5.0, 0.5, 80]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [94, 38]
    assert not abstract.figures_of(FigureKind.DURATION)


# --- batch 92 (fifteenth session, after its first contact) ------------------------------------------

def test_a_fractionation_a_share_after_a_fraction_a_credible_interval_spelt_crl_and_a_record_number():
    text = ("Results: Patients received a multifraction regimen (20 Gy/5 fractions or 30 Gy in 10 fractions); physiology "
            "was typical in 258/259 (>99%) cases; daratumumab [HR, 0.49; 95% Crl, 0.32-0.76]; registered on Prospero "
            "with No. 42017054854, in IC1/2/3 (≥1%) tumours.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(20, "Gy"), (30, "Gy")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [5, 10, 258]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [99]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(0.49, 0.32, 0.76)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [1]


# --- batches 93 and 94 (sixteenth session, after their first contact) ----------------------------

@pytest.mark.parametrize("text, labels", [
    ("Aims/Objectives/Background The rules were validated.\n\nMethods/Design Patients came.\n\nResults 6782 did.",
     ["Aims/Objectives/Background", "Methods/Design", "Results"]),
    ("OBJECTIVE: To test it. PARTICIPANTS: Adults (n = 40). Intervention  Participants received placebo. RESULTS: It "
     "worked. CONCLUSIONS: Good. Trial Registration  clinicaltrials.gov Identifier: NCT00438568.",
     ["OBJECTIVE", "PARTICIPANTS", "Intervention", "RESULTS", "CONCLUSIONS", "Trial Registration"]),
])
def test_labels_joined_by_slashes_and_listed_labels_that_lost_their_colon_to_two_spaces(text: str, labels: list[str]):
    assert [s.label for s in parse_string(text, second_reading=None).sections] == labels


def test_two_spaces_inside_a_sentence_make_no_heading():
    text = "Results: The effect on the  Design of the study was small. Patients  were seen."
    assert [s.label for s in parse_string(text, second_reading=None).sections] == ["Results"]


def test_spaced_intervals_test_statistics_with_degrees_of_freedom_and_rates_per_person_year():
    text = ("Results: Visits were at 3-month intervals, 6 weekly intervals and 3 months interval, and per 10-year "
            "interval trends were pooled (t25 = 3.05; P = 0.005; F(2, 30) = 5.6; χ2(1) = 22.0; M: F = 0.73:1). "
            "Altogether 512 falls occurred, incidence rate 1.03/PY.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [
        (3, "month"), (6, "week"), (3, "months")]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (3.05, "t"), (5.6, "F"), (22.0, "χ2"), (1.03, None)]


def test_number_words_after_a_symbol_or_with_a_hyphenated_and_and_listed_hyphenated_times():
    text = ("Results: One-hundred-and-thirty-nine patients were enrolled; cut-off values are ≤ eight at six weeks; "
            "5,005 and 4,596 children completed the 24-month and 36-month course.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [139, 5005, 4596]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [8]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [24, 36]


def test_per_cent_predicted_and_pack_years_are_measurements_and_a_drug_named_group_has_a_share():
    text = ("Results: Patients (mean baseline FEV1, 36% predicted) smoked more (56 pack-years versus 48 pack-years); "
            "mortality was 10.7% atenolol vs 12.0% control, with 0.5% bupivacaine vs 0.25% bupivacaine; those with FEV1 "
            "<50% predicted were excluded.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == [
        (36, "% predicted"), (56, "pack-years"), (48, "pack-years")]
    assert not abstract.figures_of(FigureKind.COUNT)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [10.7, 12.0]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [0.5, 0.25]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [50]


def test_ages_after_aged_limits_within_a_unit_a_change_by_per_cent_and_bare_fractions_at_a_sentence_end():
    text = ("Results: The risk was 5.4% for a patient aged 60 years and 10.4% for a patient aged 90 years; they were aged "
            "62.7 years. Readings were within 9 mm and homes within 50 km. The mean hormone level had decreased by 44 "
            "percent. It was low in 48/50, as in 2010/11, until 9/2012 and a male/female ratio of 1/4.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        (60, "years"), (90, "years"), (9, "mm"), (50, "km")]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [62.7]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [5.4, 10.4, 44]
    assert not abstract.figures_of(FigureKind.RANGE) and not abstract.figures_of(FigureKind.MEAN)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(48, 50)]


# --- batches 95 and 96 (sixteenth session, after their first contact) ----------------------------

def test_target_levels_units_with_negative_exponents_and_an_approximate_n():
    text = ("Results: Propofol was given to a target blood concentration of 3, 4 or 5 μg.ml−1 (n = ∼260,000); "
            "success was 90% when the target was 5 μg.ml−1; infusion of 2 mg·kg−1·h−1; the target dose of 20 mg.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [
        (3, "μg/ml"), (4, "μg/ml"), (5, "μg/ml"), (5, "μg/ml")]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(2, "mg/kg/h"), (20, "mg")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [260000]


# --- batch 97 (sixteenth session, after its first contact) ------------------------------------------

def test_blood_pressures_with_an_sd_after_each_value_karyotypes_and_an_sd_labelled_after_its_sign():
    text = ("Results: Pressure fell (162 +/- 14/100 +/- 7 mmHg at baseline) in AML with t(8;21)(q22;q22) or "
            "inv(16)(p13q22), imaged using 18 (F)-fluoro-deoxyglucose; residents aged a mean of 84+/- (SD) 6.8 years.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(162, 14), (100, 7), (84, None)]
    assert not abstract.figures_of(FigureKind.COUNT) and not abstract.figures_of(FigureKind.ESTIMATE)
    assert not abstract.figures_of(FigureKind.DURATION)


# --- batch 98 (seventeenth session, after its first contact) ----------------------------------------

def test_calendar_years_after_a_word_of_dates_or_as_a_span_are_dates_and_year_labels_are_not_ranges():
    text = ("Results: Workers were followed up to 2004 and deaths reported until 2003; the mean concentration for "
            "1999 through 2008 was 43.7 μg/m3. Residents in postgraduate years 1 through 3 took part. "
            "Doses of up to 2000 mg were given to up to 2000 patients; induction rose from 12.4% in year 2000 to 25.1%.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == [(43.7, "μg/m3")]
    assert not abstract.figures_of(FigureKind.RANGE)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == []
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [2000]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [2000]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [12.4, 25.1]


def test_a_value_in_a_unit_with_a_bare_spread_is_a_median_unless_an_effect_or_an_sd():
    text = ("Results: Death came later in children [15.5 days (1–24)] than adults [2 days (1–30)], after "
            "48.8 mg/kg (10–571.1) and 8 h (3 h-52 h). Stay was reduced by 2 days (1-3); the interval was "
            "265.5 ± 245 days (4–730); scores were 21 points (95% CI 19–24) vs 22 points (20–25).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [
        (15.5, 1, 24), (2, 1, 30), (48.8, 10, 571.1), (8, 3, 52)]
    assert not any(f.value in (15.5, 48.8) for f in abstract.figures_of(FigureKind.DURATION)
                   + abstract.figures_of(FigureKind.DOSE))


def test_impossible_ratios_observed_and_expected_counts_and_rates_per_person():
    text = ("Results: The SMR was raised. Supply gave a 1.5 (0.2 to 2.9) unit increase in SMR, but continuity did not "
            "(-2.8, -6.9 to 1.3); the SMR was 1.2 (1.1 to 1.4). There were 62 deaths vs 1.6 expected and 24 cancers "
            "against 8.4 expected, with 2 mesothelioma deaths per 1000 deaths; practices had 3.5 consultations per "
            "patient and a mean of 2.2 falls per resident, though 10 mg per patient was given.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.2]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (1.5, ""), (-2.8, ""), (2, "per 1000"), (3.5, "per patient")]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT) if f.value < 10] == [
        (1.6, "expected"), (8.4, "expected")]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [2.2]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [10]


def test_limits_said_to_be_approximate_inhaled_agents_by_strength_and_numbered_parts_of_a_study():
    text = ("Results: Doses greater than approximately 2250 mg and ages above about 65 years predicted death. "
            "Isoflurane supplemented 67% nitrous oxide, or 2% sevoflurane was used. Scheme 2 practice analysis "
            "changed nothing; Study 1 participants were older. Sample of 200 adults were seen.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(2250, "mg"), (65, "years")]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [67, 2]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [200]


# --- batch 99 (seventeenth session, after its first contact) ----------------------------------------

def test_a_time_opening_a_sentence_before_an_event_is_a_time_point_unless_a_case_is_told():
    study = ("Results: Six months after surgery, 434 patients were continent. Two weeks before MDA, stool was examined. "
             "We report a 12-year experience with EVAR.")
    case = ("Case presentation: A 68-year-old man was admitted with thrombocytopenia. Ten days after the platelet drop, "
            "HIT was suspected.")
    assert [(f.value, f.unit) for f in parse_string(study, second_reading=None).figures_of(FigureKind.DURATION)] == [
        (12, "year")]
    assert [f.value for f in parse_string(case, second_reading=None).figures_of(FigureKind.DURATION)] == [10]


def test_counts_of_a_whole_in_words_and_mantel_haenszel_odds_ratios():
    text = ("Results: Prevalence was high in six of eight districts, in one of two mixes and in more than four of seven "
            "items; death was likelier without vitamin A (ORM-H = 12; 95% CI = 1.6–104) or care (OR M-H 2.3, 95% CI "
            "0.7-7.4).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT) if f.denominator] == [(6, 8)]
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [(12, "OR"), (2.3, "OR")]


# --- batches 100 and 101 (seventeenth session, after their first contact) ---------------------------

def test_a_trailing_registration_heading_leaves_the_text_above_it_the_abstract():
    text = ("Abstract—Control rates are poor. We randomised 533 adults with uncontrolled pressure to 2 behavioural "
            "interventions or usual care; control was 42.6% at baseline.\n"
            "Clinical Trial Registration—URL: https://siteproxy.ruqli.workers.dev:443/http/www.clinicaltrials.gov. Unique identifier: NCT00286754.")
    abstract = parse_string(text, second_reading=None)
    assert abstract.title is None
    assert [(s.label, s.category.value) for s in abstract.sections] == [
        (None, "UNASSIGNED"), ("Clinical Trial Registration", "BACKGROUND")]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [533, 2]
    headed = "A study of X\n\nBackground: Control rates are poor.\nResults: 42.6% were controlled."
    assert parse_string(headed, second_reading=None).title == "A study of X"


def test_a_run_in_label_before_a_quoted_name_is_a_heading():
    text = ("Introduction Relapses predict outcome.\n\nMethods We followed 161 patients.\n\n"
            "Results ‘Clinical Activity Years 1–3’ was predicted by relapses (OR 8.4, p<0.0001).\n\n"
            "Conclusions Relapses predict short-term outcome.")
    assert [s.label for s in parse_string(text, second_reading=None).sections] == [
        "Introduction", "Methods", "Results", "Conclusions"]


def test_values_with_a_named_standard_error_and_summaries_named_before_a_comma_or_with_a_unit_in_the_sd():
    text = ("Results: There were 0.9 (SE 0.09) injuries per 1000 player hours and 0.3 (SE 0.17) in training; 13.2% (SE, "
            "0.5) had pain. Patients (average, 167/100 mm Hg) were followed for a mean (SD) period of 3.1 years (2.3 "
            "years). The relative-mortality figure was 0.77 (95% confidence interval 0.59–1.01).")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.9, 0.3]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [13.2]
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(167, None), (100, None), (3.1, 2.3)]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [0.77]
    assert not abstract.figures_of(FigureKind.DURATION)


def test_significance_levels_a_dose_given_with_a_hyphen_and_shares_listed_after_for():
    text = ("Methods: Tests were held at the .05 significance level; it failed to be significant at the 5 per cent "
            "level. All received 38-Gy in 5 treatments; the 1,000-mg group did well. Strains accounted for 38, 31 "
            "and 24% of all infections.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(0.05, "P value"), (5, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [38]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [38, 31, 24]


# --- batch 102 (seventeenth session, after its first contact) ---------------------------------------

def test_counts_with_a_share_in_per_cent_words_and_the_whole_a_count_is_out_of():
    text = ("Results: One hundred two (47 percent) of 215 patients survived; Forty-five (40 per cent) died. Only 1 "
            "patient out of 15 (6.7 per cent) and 46 out of 60 (77%) recovered.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [102, 45, 1, 46]
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (47, 215), (40, None), (6.7, 15), (77, 60)]


def test_a_range_in_the_values_unit_after_a_summary_but_not_after_an_sd_or_a_ranges_top():
    text = ("Results: Ventilation lasted 13 days (interquartile range 7 to 26 days). Peak age was 7-8 years (range "
            "2.5-13 years); acuity was 0.78 ± 0.38 logMAR (range 0.24 to 1.50 logMAR).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(13, 7, 26)]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(7, 8), (2.5, 13)]
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(0.78, 0.38)]


# --- batches 103 and 104 (eighteenth session, after their first contact) ------------------------------

def test_a_bounded_per_cent_of_something_is_a_share_unless_it_is_a_criterion_met():
    text = ("Results: Greater than 90% of multi-drug resistant MRSA were susceptible; over 80% of the causes were "
            "drugs; less than 7% of overall variability was explained. Patients with PD-L1 expression on at least "
            "1% of tumour cells, who lost 5% or more of initial weight or fell to < 50% of the level at entry, "
            "were analysed; those who consumed more than 85% of juice were excluded.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [90, 80, 7]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [1, 5, 50, 85]


def test_numbers_opening_a_sentence_share_the_per_cent_sign_of_the_last():
    text = ("Results: 4, 17, 29 and 50% of the patients were allocated to categories I-IV. 12 and 24% had pain. "
            "Those with EDSS 6 and 29% of the others improved.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [4, 17, 29, 50, 12, 24, 29]


@pytest.mark.parametrize("name", ["incidence ratio", "incidence density ratio", "Incidence Ratio"])
def test_an_incidence_ratio_is_a_ratio(name: str):
    abstract = parse_string(f"Results: Arrests fell ({name} = 0.47; 95% CI: 0.20 to 1.11; P = .08).",
                            second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(0.47, 0.2, 1.11)]


def test_a_per_cent_strength_before_a_named_preparation_is_a_dose():
    text = ("Methods: Subjects used the 0.12% ChD mouthwash, a 0.1% CHX solution or 5% imiquimod cream; 30% used "
            "gel and 20% of the solution was lost.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(0.12, "%"), (0.1, "%"), (5, "%")]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [30, 20]


@pytest.mark.parametrize("word", ["eligibility", "women"])
def test_a_grouped_number_glued_to_the_full_stop_before_it_is_read_whole(word: str):
    abstract = parse_string(f"Results: All were assessed for {word}.1,653 consenting women were randomised.",
                            second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [1653]


def test_a_rate_named_as_a_median_or_mean_is_that_summary_but_a_populations_rate_is_an_estimate():
    text = ("Results: The median annual bleeding rate was 2.0 bleeds/ year (IQR 0.8–3.7 bleeds/year). The mean "
            "relapse rate was 0.4 relapses per year. The mean annual incidence rate was 17.6 per 1000 person-years.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.MEDIAN)] == [(2.0, 0.8, 3.7)]
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [0.4]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [17.6]
    assert not abstract.figures_of(FigureKind.RANGE)


# --- batch 105 (eighteenth session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("subtitle", ["A 5-year prospective controlled trial of emergency and long-term treatment.",
                                      "A randomized controlled trial.", "Results of a multicentre survey."])
def test_a_medline_title_with_a_subtitle_naming_the_design_above_the_body(subtitle: str):
    text = (f"Sclerotherapy v. conservative management of bleeding varices. {subtitle}\n"
            "A comparative trial was made of conservative therapy alone or with sclerotherapy. The 107 patients were "
            "randomly allocated to these groups, which were comparable as regards grading and findings. Rebleeding "
            "was less frequent with sclerotherapy, and the median follow-up was 15 and 28 months in the two groups.")
    abstract = parse_string(text, second_reading=None)
    assert abstract.title is not None and abstract.title.endswith(subtitle)
    assert abstract.sections[0].text.startswith("A comparative trial")
    prose = ("Varices bleed often. A trial was done in 1985.\nWe randomised 107 patients with cirrhosis to "
             "sclerotherapy or conservative treatment and followed them; survival did not differ between the groups.")
    assert parse_string(prose, second_reading=None).title is None


def test_a_share_after_a_years_label_is_no_range_from_the_label():
    text = "Results: The rate rose from 51 % in year 1 to 100 % in years 3, 4 and 5; it was 20 to 30 % in week 2."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [51, 100]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(20, 30)]
    assert 1 not in [f.value for f in abstract.figures_of(FigureKind.COUNT)]


def test_how_often_something_was_done_in_digits_is_a_count_of_occasions():
    text = ("Methods: Patients walked 3 times a week, took 1000 mg 3 times daily and were seen 6 times over 20 years; "
            "tests were done before surgery and 3 times postoperatively. Risk was 3 times higher, 13 times (95% CI "
            "11.1-15.2) the expected rate; HbA1c was measured 2.8 times/year and drugs three times daily.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT)] == [(3, "times")] * 2 + [
        (6, "times"), (3, "times")]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [3, 13]


# --- batch 106 (eighteenth session, after its first contact) ----------------------------------------

def test_a_second_change_after_the_first_ones_verb_is_two_shares_and_a_rate_of_a_range_is_a_range():
    text = ("Results: Survival increased from 54.2% to 60.2% (P < .0001) and from 27.8% to 34.8% (P < .0001). "
            "Visits rose from 16% to 44% and from 19% to 25% in controls. Prevalence ranged from 2% to 5%, and from "
            "3% to 6% in women. Surgery gave a ten-year survival rate of 12–36%.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [54.2, 60.2, 27.8, 34.8, 16, 44, 19, 25]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(2, 5), (3, 6), (12, 36)]
    assert not abstract.figures_of(FigureKind.ESTIMATE)


def test_a_listed_word_before_a_code_is_part_of_a_name_not_a_heading_run_in():
    text = ("Objective: To compare two protocols.\nInterventions: Protocol B-13 patients received 12 courses. "
            "Leucovorin was begun after. Protocol B-14 patients received tamoxifen. Study A2 enrolled 30.\n"
            "Results: Women did well.\nConclusions: Both work.")
    assert [s.label for s in parse_string(text, second_reading=None).sections] == [
        "Objective", "Interventions", "Results", "Conclusions"]


@pytest.mark.parametrize("unit", ["beats/minute", "beats/min", "beats per minute", "bpm"])
def test_a_heart_rate_in_beats_per_minute_is_a_measurement_not_a_count(unit: str):
    abstract = parse_string(f"Methods: Exercise used a target pulse of 150 {unit}; rates over 100 {unit} were fast.",
                            second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [150, 100]
    assert not abstract.figures_of(FigureKind.COUNT)


# --- batch 107 (eighteenth session, after its first contact) ----------------------------------------

def test_a_concentration_per_100_ml_is_a_measurement_not_a_rate_per_100():
    text = ("Results: Cholesterol fell from means of 333±54 mg/100 ml and 265±49 mg/100 ml to 264±48 mg/100 ml. "
            "Rates were 3.5 per 100 000 and 2 deaths per 100 patients.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(333, 54), (265, 49), (264, 48)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [3.5, 2]
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_share_after_a_groups_label_and_a_rate_printed_as_a_count_out_of_a_whole():
    text = ("Results: Mortality rose from 2.69% in group 1 to 3.83% in group 2. The stone-free rate was 39/66 (59%) "
            "against 70/75 (93%); the fistula rate was 4/31 (12.9%). The incidence rate was 5/1000.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [2.69, 3.83, 59, 93, 12.9]
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(39, 66), (70, 75), (4, 31)]
    assert not abstract.figures_of(FigureKind.RANGE)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [5]


# --- batch 108 (nineteenth session, after its first contact) ----------------------------------------

def test_a_time_after_an_event_following_a_noun_says_when_an_outcome_was_read():
    text = ("Methods: Morbidity and mortality 28 days after colectomy were compared. Biopsy results 4 weeks after "
            "treatment and disability one year post injury were read; scores before and 6 months after surgery too. "
            "Patients were followed for 36 weeks after stopping treatment; symptoms ended within 3 months after "
            "surgery. Two died 5 years after transplantation. Use in the 6 months prior to the index date was "
            "counted, over the initial 10 years after onset.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [36, 3, 5, 6, 10]


def test_units_given_are_a_dose_and_a_time_named_before_an_endpoint_with_a_hyphenated_word_is_its_name():
    text = ("Results: Response was better with 3 million units of interferon than in those treated with 1 million "
            "units (P<0.02); patients given 2 million units did as well. Resistance was 21.6 units. The primary "
            "outcome was 28 day all-cause mortality; 5-year event-free survival was 60%.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [3, 1, 2]
    assert not abstract.figures_of(FigureKind.DURATION)
    assert not abstract.figures_of(FigureKind.COUNT)


@pytest.mark.parametrize("qualifier, limit", [
    ("for each 10-year increase over age 45", 45), ("for patients over 65 years", 65),
    ("per 5 kg", None), ("for every 10 mm Hg", None)])
def test_an_interval_after_what_an_estimate_is_per_is_the_estimates(qualifier: str, limit: float | None):
    abstract = parse_string(f"Results: Risk rose (odds ratio 2.2 {qualifier}, 95% CI 1.3 to 3.7) and fell (HR 0.8, "
                            "95% CI 0.7 to 0.9).", second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(2.2, 1.3, 3.7),
                                                                                         (0.8, 0.7, 0.9)]
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == ([limit] if limit else [])
    assert not [f for f in abstract.figures if f.low is not None and f.kind is not FigureKind.RATIO]


# --- batch 109 (nineteenth session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("pair, unit", [("a mean of 12.4 and 12.2", "units per day"), ("a mean of 12.4 vs 12.2", "years"),
                                        ("mean follow-up was 12.4 and 12.2", "months")])
def test_a_second_value_after_a_summary_with_the_unit_printed_once_is_the_same_summary(pair: str, unit: str):
    abstract = parse_string(f"Results: The groups had {pair} {unit} (p = 0.50); a median of 4.2 years and 152 "
                            "patients died.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [12.4, 12.2]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [152]


def test_plural_accuracy_measures_list_their_values_and_a_ratio_named_in_an_interval_gives_its_bounds():
    text = ("Results: Scans were useful (sensitivities 0.92 and 0.84) and specificities were 0.90 and 0.75; the "
            "sensitivities of three assays were similar. Risk was nearly three times as high (95% CI RR 1.45 to "
            "5.61) in those given 120 mg (95% CI RR 1.3 to 2.2).")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [
        (0.92, "sensitivity"), (0.84, "sensitivity"), (0.90, "specificity"), (0.75, "specificity")]
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [(3, 1.45, 5.61)]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [120]
    assert not abstract.figures_of(FigureKind.RANGE)


# --- batch 110 (nineteenth session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("limit", ["after age 12", "through age 12", "after the age of 12", "until age 12",
                                   "before age 12", "over age 12"])
def test_an_age_bound_without_a_unit_is_a_threshold(limit: str):
    abstract = parse_string(f"Results: Girls vaccinated {limit} did well; 12 of 30 had a dose at ages 11 to 13.",
                            second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [12]
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(12, 30)]


def test_ratio_estimates_named_in_the_plural_and_days_abbreviated_as_a_label():
    text = ("Results: Users had relative risk estimates of 1.8 and 2.6, respectively. Cortisol was measured on d 3–5 "
            "and values of 3–5 μg/dl were intermediate.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.8, 2.6]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(3, 5)]


# --- batch 111 (nineteenth session, after its first contact) ----------------------------------------

def test_a_range_typed_with_two_hyphens_and_an_endpoint_named_in_two_words_after_its_time():
    text = ("Results: Patients were followed for 4--12 months (mean 8 months) after 4--25 plasma exchanges. Ten year "
            "life table survival curves were similar, and 5-year event-free survival was 60%; a follow-up of 3 years "
            "showed no harm.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(4, 12), (4, 25)]
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [3]


@pytest.mark.parametrize("phrase", ["twice as good as placebo", "twice as likely as placebo", "twice as high as before"])
def test_twice_as_anything_as_another_is_a_ratio_of_two(phrase: str):
    abstract = parse_string(f"Results: The drug was {phrase}; it was given twice daily.", second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.RATIO)] == [(2, "fold")]


# --- batch 112 (nineteenth session, after its first contact) ----------------------------------------

def test_a_summarys_list_with_the_unit_printed_once_after_its_last_value_is_all_that_summary():
    text = ("Results: Median survival times were 8.7, 8.8 and 8.3 months for the three arms; the median length of "
            "response was 22, 33 and 35 weeks. Pain was scored at 30, 45 and 60 minutes, and on average 5 and 7 "
            "years later. Visits were at 3, 6 and 12 months.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [8.7, 8.8, 8.3, 22, 33, 35]
    assert not {45, 60, 7} & {f.value for f in abstract.figures_of(FigureKind.MEAN)}


# --- batch 113 (nineteenth session, after its first contact) ----------------------------------------

def test_a_question_alone_on_a_short_line_above_the_body_is_the_title():
    text = ("Does out-of-hospital EMS time affect trauma survival?\n"
            "To determine if out-of-hospital time intervals are associated with unexpected survival, a retrospective "
            "review of 848 major trauma cases was conducted over one year. Times were shorter for survivors.")
    abstract = parse_string(text, second_reading=None)
    assert abstract.title == "Does out-of-hospital EMS time affect trauma survival?"
    assert abstract.sections[0].text.startswith("To determine")


def test_a_continued_change_a_list_after_and_rates_on_a_spaced_scale_and_a_range_of_rates_between_two():
    text = ("Results: It improved admission from 19% to 34% (p less than 0.001) and the rate of discharge from 7% to "
            "17% (p less than 0.01). Survival was 76 per cent at five years; and 80, 65 and 55 per cent later. The MMR "
            "was 157 / 100,000 live births; incidence is between 50 and 112 occurrences per 100,000 person-years. "
            "Acuity was 20/50 to 20/ 100.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [19, 34, 7, 17, 76, 80, 65, 55]
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(157, "per 100000")]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(50, 112)]
    assert not abstract.figures_of(FigureKind.COUNT)


# --- batch 115 (twentieth session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("listed", ["p values: 0.063, 0.083, and 0.791", "P-values 0.063, 0.083 and 0.791",
                                    "P values are .063, .083, and .791"])
def test_p_values_listed_after_a_colon_or_with_no_verb_are_p_values(listed: str):
    abstract = parse_string(f"Results: Diameter did not differ by thickness ({listed}, respectively).",
                            second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.063, 0.083, 0.791]


def test_a_signed_amount_in_a_dose_unit_is_a_change_not_a_dose():
    text = ("Results: The fall in steroid dosage (−15.5 mg) was greater than with placebo (-6.1 mg); patients then "
            "took norethindrone + 35 mg ethinyl estradiol and 10-20 mg prednisone.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [-15.5, -6.1]
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [35]


# --- batch 116 (twentieth session, after its first contact) ----------------------------------------

def test_a_heading_moved_up_to_end_the_paragraph_before_its_text_is_a_heading():
    text = ("Aims \n\nTo compare two maintenance drugs in a large sample. Design \n\nPatients were randomized for "
            "13 weeks. Findings \n\nRetention was lower by 10%. Results\nshowed no harm overall.\n")
    abstract = parse_string(text, second_reading=None)
    assert [s.label for s in abstract.sections] == ["Aims", "Design", "Findings"]
    assert abstract.sections[2].text.endswith("Results showed no harm overall.")


def test_a_confidence_level_set_off_by_commas_is_the_level_of_the_estimate_before_it():
    text = ("Results: Efficacy was better (Peto OR: 1.22, 95 %, Confidence Interval (CI): 1.04, 1.42; SMD: 0.28, "
            "95%, CI: 0.08, 0.46). Sensitivity was 95%, CI 90-98.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.RATIO, 1.22, 1.04, 1.42), (FigureKind.ESTIMATE, 0.28, 0.08, 0.46),
        (FigureKind.PERCENTAGE, 95, 90, 98)]


def test_a_summary_of_a_time_named_before_a_later_verb_keeps_its_own_value():
    text = ("Results: Survival at a mean time of 6 mth postoperatively was 76%. At a median follow-up of 20 months was "
            "a relapse in 40%. The median age of 41 patients was 50 years; mean weight at 6 months was 7.1 kg.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.kind in (FigureKind.MEAN, FigureKind.MEDIAN)] == [
        (FigureKind.MEAN, 6), (FigureKind.MEDIAN, 20), (FigureKind.MEDIAN, 50), (FigureKind.MEAN, 7.1)]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [76, 40]


# --- batches 117 and 118 (twentieth session, after their first contact) ------------------------------

def test_a_p_value_printed_between_two_bounds_is_two_p_values():
    text = "Results: Yields were alike (0·5 < P < 0·7 for those offered the test; 0.10>p>0.05); 1.5 < x < 2."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [
        (0.5, ">"), (0.7, "<"), (0.10, "<"), (0.05, ">")]


def test_an_sd_named_in_full_after_a_per_cent_belongs_to_it():
    text = "Results: Survival was 75% (standard deviation [SD] = 1%) and 73% (SD = 1%)."
    assert [f.value for f in parse_string(text, second_reading=None).figures] == [75, 73]


@pytest.mark.parametrize("margin", ["margin of 1.5.", "margin of 1.5 points.", "margin was 1.5 ("])
def test_a_margin_at_a_sentences_end_or_in_points_is_a_limit(margin: str):
    text = f"Results: The difference was 2.0 (95% CI 0.68 to 3.32), beyond the non-inferiority {margin}"
    assert [f.value for f in parse_string(text, second_reading=None).figures_of(FigureKind.THRESHOLD)] == [1.5]


def test_the_shape_of_a_table_or_a_factorial_design_is_no_count():
    text = ("Methods: Data were presented in 2 x 2 tables and 2 × 2 contingency tables from a 2×2 factorial trial "
            "and a 3 x 2 factorial design; 10 × 300 cGy were given to three groups.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.COUNT, 10), (FigureKind.DOSE, 300), (FigureKind.COUNT, 3)]


def test_women_years_and_man_years_are_time_at_risk():
    text = "Results: There were 511 deaths in 1864770 women-years and 30 in 4000 man-years."
    assert [f.value for f in parse_string(text, second_reading=None).figures_of(FigureKind.DURATION)] == [
        1864770, 4000]


def test_a_number_word_after_a_measures_name_counts_what_follows():
    text = "Methods: We compared the diagnostic accuracy of three screening questionnaires; sensitivity was 0.9."
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 3), (FigureKind.ESTIMATE, 0.9)]


def test_rates_with_intervals_listed_for_groups_after_for_are_estimates_not_counts():
    text = ("Results: The incidence was 278 (95 % CI, 249 to 306) per 100,000 person-years for females and 589 "
            "(95 % CI, 549 to 629) for males; 671 689 (95% UI 583 148–763 966) infections occurred.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [278, 589]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [671689]


# --- batch 119 (twentieth session, after its first contact) ----------------------------------------

def test_assigned_to_one_of_several_arms_counts_the_arms():
    text = ("Methods: Patients were placed at random into one of four groups, allocated to 1 of 3 turning schedules "
            "or classified into 1 of 3 subgroups. Results: Thrombosis fell to one of 38 (2.6 per cent) patients.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [
        (4, None), (3, None), (3, None), (1, 38)]


def test_a_per_cent_by_which_something_changed_on_average_is_a_percentage_with_its_range():
    text = "Results: Clearance declined an average of 30% (range, 5% to 50%); mean age was 40 (range 20-60) years."
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 30, 5, 50), (FigureKind.MEAN, 40, 20, 60)]


def test_a_blood_pressure_averaged_is_a_mean_and_one_below_a_bound_a_target():
    text = ("Results: Pressure on treatment averaged 156/97 mmHg; it was lower than 150/95 mmHg in 96% and above "
            "160/100 mmHg in 5%. Another clinic reported 140/90 mmHg.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures if f.unit == "mmHg"] == [
        (FigureKind.MEAN, 156, None), (FigureKind.MEAN, 97, None),
        (FigureKind.THRESHOLD, 150, "<"), (FigureKind.THRESHOLD, 95, "<"),
        (FigureKind.THRESHOLD, 160, ">"), (FigureKind.THRESHOLD, 100, ">"),
        (FigureKind.ESTIMATE, 140, None), (FigureKind.ESTIMATE, 90, None)]


def test_the_window_of_an_area_under_the_curve_is_part_of_its_name():
    text = "Results: The area under the curve (AUC(0–24)) was similar; AUC0-24 varied by 20% and AUC 0–∞ less."
    assert [(f.kind, f.value) for f in parse_string(text, second_reading=None).figures] == [
        (FigureKind.PERCENTAGE, 20)]


def test_a_summary_that_changed_to_a_new_value_named_once_keeps_its_kind():
    text = ("Results: The median ON ARR before therapy was 0.33, and this decreased significantly to 0 after it. "
            "Mean weight was 80 kg and it fell to 75 kg; the mean dose was 5 mg, and the rate rose to 12%.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.MEDIAN, 0.33), (FigureKind.MEDIAN, 0), (FigureKind.MEAN, 80), (FigureKind.MEAN, 75),
        (FigureKind.DOSE, 5), (FigureKind.PERCENTAGE, 12)]


# --- batch 120 (twentieth session, after its first contact) ----------------------------------------

def test_the_strength_of_a_fluoride_rinse_is_a_dose():
    text = ("Methods: Children rinsed weekly with 10 ml of a 0.2 per cent neutral sodium fluoride solution, or in "
            "fortnightly (0.2 % NaF) mouth rinsing; 20% of the rinse group and 30% of children used no solution.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [10, 0.2, 0.2]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [20, 30]


def test_two_groups_scores_compared_in_a_bracket_with_a_p_value_are_means():
    text = ("Results: Standard scores of the WRAT Reading (102 vs. 107, p = 0.016) and Arithmetic (96 vs, 101, "
            "p = 0.006) were lower; the number of days with delirium (105 vs. 161, P=0.02) fell.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [102, 107, 96, 101]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [105, 161]


def test_a_range_of_amounts_between_two_bounds_each_with_its_unit_is_one_range():
    text = "Results: Palsy was commoner in those between 1500g and 1999g, given between 5 mg and 10 mg daily."
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.RANGE, 1500, 1999), (FigureKind.RANGE, 5, 10)]


# --- batch 121 (twentieth session, after its first contact) ----------------------------------------

def test_a_heading_glued_to_a_full_stop_after_an_acronym_at_a_lines_end_is_a_heading():
    text = ("Background:\nRIS often precedes MS.Objectives:\nWe measured layers with OCT.Results:\n"
            "Thickness was 110.34 ± 13.71 μm (P = 0.041).Conclusions:\nLayers were thinner.")
    assert [label for label, _ in _labels(text)] == ["Background", "Objectives", "Results", "Conclusions"]


@pytest.mark.parametrize("printed", ["(Δ=11.4%; p=0.005)", "(difference, 11.4%; 95% CI 2 to 20)",
                                     "(risk difference [RD] 11.4%, risk ratio [RR] 1.17)"])
def test_a_difference_between_two_shares_named_by_delta_or_difference_is_in_points(printed: str):
    text = f"Results: Response was 44.7% vs 33.3% {printed}; differences (95% limits of agreement) were small."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE_POINTS)] == [11.4]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [44.7, 33.3, 95]


def test_a_rate_after_a_median_time_is_no_median():
    text = ("Results: Incidence after a median follow-up of 11.9 years was 11.9 cases per 10,000 person-years; "
            "the median incidence was 50.4/100,000/year.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.MEDIAN, 11.9), (FigureKind.ESTIMATE, 11.9), (FigureKind.MEDIAN, 50.4)]


# --- batch 122 (twentieth session, after its first contact) ----------------------------------------

def test_a_bracket_after_a_median_named_later_than_a_ratio_holds_the_medians_spread():
    text = ("Results: Delirium was 19.5 versus 14.5% (OR 1.43, 95% CI 0.72 to 2.78); median (IQR) duration 4 (2, 5) "
            "versus 3 (1, 6) days; maximum score 16 (9.8, 19.5) versus 10 (5.5, 22.5).")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEDIAN)] == [4, 3, 16, 10]
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == [1.43]


def test_an_unnamed_estimate_whose_interval_bounds_carry_a_per_cent_is_a_percentage():
    text = ("Results: There was a significant 30.5 (95% CI 14.4 to 45.2%, P = 0.002) relative decrease; albumin "
            "was 3.2 (95% CI 2.9 to 3.5) g/dL.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.kind is not FigureKind.P_VALUE] == [
        (FigureKind.PERCENTAGE, 30.5), (FigureKind.ESTIMATE, 3.2)]


@pytest.mark.parametrize("given", ["4 percent albumin", "20% mannitol", "6% hydroxyethyl starch",
                                   "8.4% sodium bicarbonate"])
def test_the_strength_of_a_fluid_given_is_a_dose(given: str):
    text = f"Methods: Patients were randomly assigned to receive {given} or normal saline; 30% died."
    abstract = parse_string(text, second_reading=None)
    assert len(abstract.figures_of(FigureKind.DOSE)) == 1
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [30]


def test_an_amount_per_litre_spelled_out_is_a_measurement_not_a_count():
    text = "Methods: A solution of 245 mmol/liter was compared with the standard (311 mmol/litre) in 170 patients."
    assert [f.value for f in parse_string(text, second_reading=None).figures_of(FigureKind.COUNT)] == [170]


# --- batch 123 (twentieth session, after its first contact) ----------------------------------------

def test_a_tumour_markers_number_is_part_of_its_name():
    text = "Results: The mean serum CA 19-9 level was 90.42 ± 45.5 U/mL; CA-125 was raised in 40 women (CA 125 > 35 U/mL)."
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.MEAN, 90.42), (FigureKind.COUNT, 40), (FigureKind.THRESHOLD, 35)]


# --- twenty-first session, before batch 124 (the keys adjudicated to one rule) ----------------------

@pytest.mark.parametrize("bound", ["for at least five days", "for more than two years", "for ≥4 weeks",
                                   "for less than 13 weeks", "for a minimum of 6 months", "for 13 weeks or more",
                                   "for more\nthan 12 months", "for ⩾1 year"])
def test_a_bound_on_a_time_led_by_for_is_how_long_something_went_on(bound: str):
    text = f"Methods: We enrolled 120 adults who had taken the drug {bound} before randomisation."
    abstract = parse_string(text, second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.COUNT, FigureKind.DURATION]


@pytest.mark.parametrize("bound", ["wore glasses for more than 8 hours a day", "was given for at least 15 h daily",
                                   "watched television for ≥4 h/d", "had waited >7 days",
                                   "had an EDLOS < 4 hours"])
def test_a_bound_on_a_time_per_day_or_without_for_stays_a_limit(bound: str):
    text = f"Methods: We enrolled 120 adults who {bound}."
    abstract = parse_string(text, second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.COUNT, FigureKind.THRESHOLD]


# --- batch 124 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("join", [", &", " &", ", and"])
def test_a_run_in_sentence_case_heading_joined_by_an_ampersand(join: str):
    text = (f"Background and objectives No data exist. We compared mortality.Design, setting, participants{join} "
            "measurements In this substudy of 17 units we classified patients.Results Of 239 patients, 10 died.")
    assert [category for _, category in _labels(text)] == ["OBJECTIVE", "METHODS", "RESULTS"]


@pytest.mark.parametrize("sign", [">or=", "> or =", ">/="])
def test_medlines_ascii_greater_or_equal_is_a_sign_not_a_values_equals(sign: str):
    text = f"Results: Seroprotection rates for all three strains had declined in adults {sign}65 years (P<0.01)."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(65, "≥")]
    assert not abstract.figures_of(FigureKind.ESTIMATE)


def test_two_values_after_a_verb_of_change_share_the_per_cent_sign():
    text = "Results: Symptom scores decreased 88 and 65%, respectively; 12 and 30 patients improved."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [88, 65]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [12, 30]


def test_a_time_over_the_past_decades_is_how_long_not_a_mean_named_before():
    text = "Results: The mean age and BMI of patients increased over the past two decades (p<0.001)."
    assert [f.kind for f in parse_string(text, second_reading=None).figures] == [FigureKind.DURATION,
                                                                                    FigureKind.P_VALUE]


@pytest.mark.parametrize(("phrase", "measure"), [("later than 7 days from onset", ">"),
                                                 ("earlier than 48 hours", "<"), ("later than four weeks", ">")])
def test_a_time_later_or_earlier_than_a_bound_is_a_limit(phrase: str, measure: str):
    text = f"Results: Of the 27 patients, 10 presented {phrase}; shops that closed later than 8pm were excluded."
    abstract = parse_string(text, second_reading=None)
    assert [f.measure for f in abstract.figures_of(FigureKind.THRESHOLD)] == [measure]
    assert not abstract.figures_of(FigureKind.DURATION)


# --- batch 125 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("tail", ["2.659, 3.620, 1.593 respectively", "2.659, 3.620, 1.593, respectively"])
def test_bare_values_after_a_ratio_that_cannot_be_its_interval_are_a_list(tail: str):
    text = f"Results: Falls were more likely ( OR = {tail}), while season had no impact (OR = 1.5, 1.2, 1.9)."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.low) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (2.659, None), (3.62, None), (1.593, None), (1.5, 1.2)]


def test_a_full_stop_of_vs_glued_to_a_number_is_no_decimal_point():
    text = "Results: The score was higher in the 40 patients who fell (59 vs.53)."
    assert [f.value for f in parse_string(text, second_reading=None).figures] == [40, 59, 53]


@pytest.mark.parametrize("compared", ["were younger than women (78 vs 82 years, p < 0.001)",
                                      "were older (70 years vs 63 years, p < 0.001)"])
def test_two_groups_ages_compared_after_younger_or_older_are_mean_ages(compared: str):
    text = f"Results: Men {compared} and stayed longer (12 vs 8 days)."
    abstract = parse_string(text, second_reading=None)
    assert len(abstract.figures_of(FigureKind.MEAN)) == 2
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [12, 8]


# --- batch 126 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize(("opening", "value"), [("Twenty-one intravenous (i.v.) glucose tolerance tests were", 21),
                                                ("One hundred and twenty nulliparous parturient in labour were", 120),
                                                ("Six of these were", 6)])
def test_a_number_word_opening_a_sentence_counts_what_comes_before_its_verb(opening: str, value: int):
    text = (f"Methods: {opening} studied. One of the specimens was lost. One or more nevi were seen. Two factor "
            "analysis showed it was sound.")
    assert [f.value for f in parse_string(text, second_reading=None).figures_of(FigureKind.COUNT)] == [value]


def test_folds_in_the_plural_are_a_ratio():
    text = "Results: Progression to AIDS rose by 2.2 folds in those who were non-adherent."
    assert [(f.kind, f.value) for f in parse_string(text, second_reading=None).figures] == [(FigureKind.RATIO, 2.2)]


@pytest.mark.parametrize("given", ["a low-dose (0.0625% or 0.125%) mixture of bupivacaine",
                                   "0.0625% or 0.125% bupivacaine", "a 0.0625%, 0.125% solution of lidocaine"])
def test_strengths_listed_before_a_local_anaesthetic_are_doses(given: str):
    text = f"Methods: Analgesia was maintained with {given}; 40% and 30% of women had a caesarean delivery."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [0.0625, 0.125]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [40, 30]


# --- batch 127 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize(("text", "value"), [("Weight did increase in the placebo group (+ 4.4 kg).", 4.4),
                                             ("Use rose (change in slope: + 0.479 L/1000 PDs).", 0.479)])
def test_a_plus_set_apart_from_its_number_after_a_bracket_or_colon_is_its_sign(text: str, value: float):
    abstract = parse_string(f"Results: {text} Scores were 3 + 2 points.", second_reading=None)
    assert [(f.value, f.text.startswith("+")) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(value, True)]


@pytest.mark.parametrize("noun", ["colonoscopy surveillance", "sustainability", "maintenance with azacitidine"])
def test_a_hyphenated_time_before_surveillance_or_maintenance_is_how_long(noun: str):
    text = f"Methods: 120 patients were assigned to 3-year {noun}; the 6-month follow-up visit was kept."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [3]


# --- batch 128 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("scale", ["1000PYAR", "1000PYRS", "100PY"])
def test_a_rates_scale_glued_to_its_person_time_acronym(scale: str):
    text = f"Results: Incidence fell from 7.9 to 4.9/{scale} in 120 men, while symptoms rose from 3.9 to 5.8/{scale}."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [7.9, 4.9, 3.9, 5.8]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [120]


# --- batch 129 (twenty-first session, after its first contact) ----------------------------------------

@pytest.mark.parametrize("layout", ["{label}: :\n{text}\n", "{label}: : {text} "])
def test_a_heading_printed_with_a_doubled_colon(layout: str):
    parts = [("Purpose", "Macular edema is common."), ("Methods", "We reviewed 33 eyes."),
             ("Results", "Of 33 eyes, 20 improved."), ("Conclusions", "It works.")]
    abstract = parse_string("".join(layout.format(label=label, text=text) for label, text in parts),
                            second_reading=None)
    assert [(s.label, s.text.strip()) for s in abstract.sections] == parts


# --- batch 130 (twenty-second session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "value", "unit"), [("41 398 PLN", 41398, "PLN"), ("2,000 rupees", 2000, "rupees"),
                                                        ("SEK 5429", 5429, "SEK"), ("850 yuan", 850, "yuan")])
def test_a_sum_with_its_currency_code_or_name_is_an_estimate(printed: str, value: float, unit: str):
    text = (f"Results: The cost per patient was {printed}. 47 CAD recipients were treated; at least one INR "
            "outside the range was seen in 12 patients.")
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(value, unit)]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [47, 12]


def test_a_line_that_carries_on_a_wrapped_sentence_opens_with_no_heading():
    text = ("The Outcome of Severe Closed Head Injury\n"
            "The outcome of severe head injury was prospectively studied in patients enrolled in the Traumatic Coma\n"
            "Data Bank (TCDB) during the 45-month period from 1984. Data were collected on 1030 patients.\n")
    sections = parse_string(text, second_reading=None).sections
    assert [(s.label, s.text) for s in sections] == [
        (None, "The outcome of severe head injury was prospectively studied in patients enrolled in the Traumatic "
               "Coma Data Bank (TCDB) during the 45-month period from 1984. Data were collected on 1030 patients.")]
    bmj = ("Effect of exercise on need for surgery in patients with subacromial impingement syndrome\n"
           "OBJECTIVE To evaluate if a specific exercise strategy improves function.\n"
           "DESIGN Randomised controlled study.\n")
    assert [label for label, _ in _labels(bmj)] == ["OBJECTIVE", "DESIGN"]


@pytest.mark.parametrize("rate", ["The mortality rate was 15 (18.7%).", "The infection rate was 15 [18.7%]."])
def test_a_rate_printed_as_a_count_and_its_share_is_a_count(rate: str):
    abstract = parse_string(f"Results: {rate} The relapse rate was 0.35 (95% CI 0.2-0.5).", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [15]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.35]


@pytest.mark.parametrize("size", ["19 mm valves", "20 mg tablets", "10 mm Hg increments"])
def test_a_size_before_a_noun_is_no_count(size: str):
    abstract = parse_string(f"Methods: We studied {size} in 30 men.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [30]


def test_a_hyphenated_time_after_rate_of_names_an_endpoint():
    abstract = parse_string("Results: The rate of 6-month favourable outcome was 41.7%; the relapse rate was 2.1.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 41.7), (FigureKind.ESTIMATE, 2.1)]


# --- batch 131 (twenty-second session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("printed", ["7.3 million person-years", "7.3 million patient-years"])
def test_person_time_in_millions_is_a_duration(printed: str):
    abstract = parse_string(f"Results: The cohort contributed {printed}, with 1.2 million screens.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == [(7.3, "million " + printed.split()[-1])]


@pytest.mark.parametrize("printed", ["(average, 41.7 years)", "(average: 41.7 years)", "(mean, 41.7 years)"])
def test_an_average_after_a_comma_is_a_mean_but_not_a_share_or_a_range(printed: str):
    text = (f"Results: Ages were 15-94 years {printed}. Readers upstaged (average, 12.3%) more. On average, children "
            "have six to eight colds.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.MEAN)] == [41.7]
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [12.3]
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(15, 94), (6, 8)]


@pytest.mark.parametrize("trailer", ["Cancer Epidemiol Biomarkers Prev; 21(9); 1479–88. ©2012 AACR.",
                                     "(Fam Med 2011;43(5):338-43.)"])
def test_a_journal_citation_closing_the_abstract_holds_no_figures(trailer: str):
    abstract = parse_string(f"Conclusions: Screening cut mortality by 49%. {trailer}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 49)]


@pytest.mark.parametrize(("printed", "kind", "value"), [("3 1/2 years", FigureKind.DURATION, 3.5),
                                                        ("2 1/2 times as frequent", FigureKind.RATIO, 2.5),
                                                        ("Twentythree per cent", FigureKind.PERCENTAGE, 23),
                                                        ("ninetythree patients", FigureKind.COUNT, 93)])
def test_mixed_fractions_and_tens_glued_to_ones_are_one_number(printed: str, kind: FigureKind, value: float):
    abstract = parse_string(f"Results: It was {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize(("printed", "high"), [("24-25+6/7weeks", 25.857), ("22–26 + 6/7 weeks", 26.857),
                                               ("37 0/7–37 6/7 weeks", 37.857)])
def test_gestational_days_in_sevenths_after_a_plus_or_in_a_dashed_range(printed: str, high: float):
    abstract = parse_string(f"Methods: Infants of {printed} of gestation were studied.", second_reading=None)
    assert [round(f.high, 3) for f in abstract.figures_of(FigureKind.RANGE)] == [high]
    assert abstract.figures_of(FigureKind.COUNT) == ()


# --- batches 132 and 133 (twenty-second session, after their first contact) ----------------------------

@pytest.mark.parametrize(("printed", "threshold"), [("outbreaks (>2 cases of infection)", 2),
                                                    ("trials with >50 patients", 50)])
def test_a_sign_before_a_small_count_is_a_limit_but_before_thousands_a_rounded_count(printed: str, threshold: float):
    abstract = parse_string(f"Methods: We included {printed} from studies of > 9000 patients.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.THRESHOLD)] == [threshold]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [9000]


@pytest.mark.parametrize(("name", "measure"), [("SOR", "OR"), ("cOR", "OR"), ("pOR", "OR"), ("mOR", "OR"),
                                               ("sHR", "HR"), ("aOR", "OR")])
def test_a_ratio_named_with_a_prefix_for_summary_crude_pooled_or_matched(name: str, measure: str):
    text = f"Results: Risk rose ({name}, 2.76; 95% CI, 1.62–4.69), and bradycardias (HR <100 for ≥ 4 s) were seen."
    abstract = parse_string(text, second_reading=None)
    assert [(f.value, f.measure, f.low, f.high) for f in abstract.figures_of(FigureKind.RATIO)] == [
        (2.76, measure, 1.62, 4.69)]
    assert [f.quantity for f in abstract.figures_of(FigureKind.THRESHOLD) if f.value == 100] == ["heart rate"]


def test_forty_misspelt_fourty_is_still_forty():
    abstract = parse_string("Results: Fourty-two patients and fourty controls were seen.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [42, 40]


def test_a_numbered_label_after_a_hash_is_no_figure():
    abstract = parse_string("Methods: Patients in protocol NMSG #5/94 (n = 12) and trial # 7 were studied.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 12)]


@pytest.mark.parametrize("endpoint", ["The 3 yr PFS was 40%.", "The 10 year results were good and 40% lived."])
def test_a_singular_time_before_an_abbreviated_endpoint_or_results_names_it(endpoint: str):
    text = f"Results: {endpoint} Visits during the 12-year period yielded results."
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [12]


# --- batch 134 (twenty-second session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("printed", ["3 megaunits", "3 mega-units"])
def test_megaunits_are_a_dose(printed: str):
    abstract = parse_string(f"Methods: Interferon ({printed} three times per week) was given to 40 patients.",
                            second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == [3]
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [40]


# --- batch 135 (twenty-second session, after its first contact) ---------------------------------------

def test_the_tifinagh_letter_a_pdf_leaves_for_plus_minus_is_plus_minus():
    abstract = parse_string("Results: Physical Function (41.2 ⴞ 7.7 vs 32.8 ⴞ 9.2) improved.", second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(41.2, 7.7), (32.8, 9.2)]


def test_a_rate_printed_as_a_count_out_of_a_whole_with_of_is_a_count():
    abstract = parse_string("Results: Survival rates were 148 of 628 (23.6%); the relapse rate was 0.35.",
                            second_reading=None)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(148, 628)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [0.35]


def test_a_pressure_in_torr_is_a_unit_of_a_limit():
    abstract = parse_string("Results: Increased PEEP (18 torr or greater) helped 12 patients.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(18, "torr")]


# --- batch 136 (twenty-second session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("printed", ["number needed to screen = 250", "number needed to screen, 250", "NNS 250"])
def test_the_number_needed_to_screen_is_an_estimate(printed: str):
    abstract = parse_string(f"Results: Mortality fell by 0.4% ({printed}).", second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.ESTIMATE)] == [(250, "NNS")]


# --- batch 137 (twenty-second session, after its first contact) ---------------------------------------

def test_a_power_of_ten_that_lost_its_superscript_is_no_figure():
    text = "Results: Women contributed 8.1×106 person years; platelets were 0.136 × 109/L in 12 patients."
    abstract = parse_string(text, second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 12)]


def test_a_sentence_alone_on_its_line_is_no_heading():
    text = ("With the aim of preventing calculi, the author examined 43 cases.\n"
            "The following results were obtained.\n1) Of the 43 patients, 15 had a high pH.")
    assert [s.label for s in parse_string(text, second_reading=None).sections] == [None]


@pytest.mark.parametrize(("printed", "value"), [("pregnancy rates of 771 couples were compared", 771),
                                                ("survival rates were 148 of 628 (23.6%)", 148)])
def test_a_rate_before_the_people_it_counts_is_a_count(printed: str, value: float):
    text = f"Results: Cumulative {printed}; a prevalence rate of 27 cases in 10,000 people was found."
    abstract = parse_string(text, second_reading=None)
    assert value in [f.value for f in abstract.figures_of(FigureKind.COUNT)]
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [27]


def test_a_dose_per_24_hours():
    abstract = parse_string("Methods: Oral cimetidine (1 g/24 h) or placebo was given to 88 patients.",
                            second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(1, "g/24 h")]


# --- batch 138 (twenty-second session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "measure"), [("P equals 0.20", "="), ("P less than or equal to 0.20", "≤"),
                                                  ("P greater than or equal to 0.20", "≥")])
def test_a_p_value_with_its_comparator_in_words(printed: str, measure: str):
    abstract = parse_string(f"Results: Hip fractures did not differ ({printed}) in 120 women.", second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.2, measure)]


# --- leftovers of the twenty-second session (twenty-third session) -------------------------------------

@pytest.mark.parametrize(("printed", "value", "unit"), [("4-hourly", 4, "hour"), ("six hourly", 6, "hour"),
                                                        ("eight-hourly", 8, "hour"), ("3-monthly", 3, "month"),
                                                        ("2-weekly", 2, "week"), ("5-yearly", 5, "year")])
def test_how_often_printed_as_n_hourly_or_n_monthly_is_a_duration(printed: str, value: float, unit: str):
    abstract = parse_string(f"Methods: Cimetidine 200 mg was given {printed} for 10 days to 88 patients.",
                            second_reading=None)
    assert (value, unit) in [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)]


@pytest.mark.parametrize("printed", ["Twelve hourly samples", "Two weekly doses", "Twice weekly doses"])
def test_a_count_before_hourly_things_stays_a_count_or_nothing(printed: str):
    abstract = parse_string(f"Methods: {printed} were taken in 88 patients.", second_reading=None)
    assert not abstract.figures_of(FigureKind.DURATION)


# --- batch 140 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "value", "sd"), [("25 (±11) days", 25, 11), ("4.4 (± 6.4) years", 4.4, 6.4),
                                                      ("42.6% (±21.6%)", 42.6, 21.6), ("3.9 (+/-3.6)", 3.9, 3.6)])
def test_a_value_with_its_spread_in_brackets_is_a_mean(printed: str, value: float, sd: float):
    abstract = parse_string(f"Results: Days lost fell to {printed} in 40 boys.", second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(value, sd)]


def test_a_rupee_sum_after_rs_with_a_full_stop_is_one_sentence():
    abstract = parse_string("Results: Costs fell from Rs. 3297 to Rs. 440 in 40 boys.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [3297, 440]


@pytest.mark.parametrize(("printed", "unit"), [("1.9 mSv (0.3–8.2 mSv)", "mSv"), ("437.8 mGy·cm (120–900)", "mGy·cm"),
                                               ("26 mGy (12–40)", "mGy"), ("61 dB(A) (55–70)", "dB(A)")])
def test_radiation_and_noise_units_are_measurements(printed: str, unit: str):
    abstract = parse_string(f"Results: The median exposure was {printed}. Tube potential was 120 kV.",
                            second_reading=None)
    assert [(f.kind, f.unit) for f in abstract.figures] == [(FigureKind.MEDIAN, unit)]


@pytest.mark.parametrize(("printed", "measure"), [("more than 12 times a year", ">"),
                                                  ("a minimum of 6 times per week", "≥"),
                                                  ("at least 3 times a day", "≥")])
def test_how_often_with_a_bound_is_a_threshold(printed: str, measure: str):
    abstract = parse_string(f"Results: Patients infused {printed}; others 4 times a year.", second_reading=None)
    assert [(f.kind, f.measure) for f in abstract.figures] == [(FigureKind.THRESHOLD, measure),
                                                               (FigureKind.COUNT, None)]


def test_per_one_million_is_the_scale_of_a_rate():
    abstract = parse_string("Results: Risks were 15 per 1 million procedures and 36 cancers per one million CT scans.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, 15), (FigureKind.ESTIMATE, 36)]


@pytest.mark.parametrize("printed", ["at a confidence level of 0.01", "at the 0.01 level", "at a significance level of 0.01"])
def test_a_significance_level_in_words_is_a_threshold(printed: str):
    abstract = parse_string(f"Results: The correlation (r = 0.90) was significant {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.THRESHOLD)] == [(0.01, "P value")]


@pytest.mark.parametrize(("printed", "expected"), [("After four years ERT, bone density improved", [4]),
                                                   ("After 2 yr MDT, 12 relapsed", [2]),
                                                   ("After 6 months CT showed no change", []),
                                                   ("After 6 months, bone density improved", [])])
def test_a_time_before_a_therapys_acronym_is_how_long_it_lasted(printed: str, expected: list[float]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == expected


def test_a_hyphenated_time_before_a_numbered_phase_is_how_long_the_study_lasted():
    abstract = parse_string("Methods: We used data from the 1-year phase III study of deferasirox.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 1)]


# --- batch 141 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("header", "kind"), [("median (range)", FigureKind.MEDIAN), ("mean (SD)", FigureKind.MEAN),
                                              ("median [IQR]", FigureKind.MEDIAN)])
def test_brackets_printed_as_the_sentence_before_said_take_its_summary(header: str, kind: FigureKind):
    text = (f"Results: The {header} time to normal function was 2 (0–25) and 1 (0–30) days. "
            "Time off work was 3·6 (0–46) and 2·9 (0–14) days. AUC values (95% CI) for troponin (0.952 "
            "[0.909-0.978]) were higher. The odds ratio of returning was 1.5 (1.1–2.0).")
    abstract = parse_string(text, second_reading=None)
    kinds = {f.value: f.kind for f in abstract.figures}
    assert (kinds[3.6], kinds[2.9], kinds[1.5]) == (kind, kind, FigureKind.RATIO)
    assert kinds[0.952] not in (FigureKind.MEDIAN, FigureKind.MEAN)  # a sentence naming its CI is not carried on


# --- batch 142 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("unit", ["ml/year", "mL/yr", "mg/year"])
def test_a_measurement_per_year_is_no_count(unit: str):
    abstract = parse_string(f"Results: The mean annual decline was 54 {unit}; it was only 32 {unit} in 40 workers.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 54), (FigureKind.MEAN, 32),
                                                             (FigureKind.COUNT, 40)]


@pytest.mark.parametrize(("printed", "kind"), [("22 ml/year higher than", FigureKind.ESTIMATE),
                                               ("2.5 kg less than", FigureKind.ESTIMATE),
                                               ("30 kg/m2 or higher than", FigureKind.THRESHOLD)])
def test_a_measurement_before_a_word_of_comparison_is_a_difference(printed: str, kind: FigureKind):
    abstract = parse_string(f"Results: The decline was {printed} in speed-frame tenters.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [kind]


# --- batch 143 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("verb", ["averaged", "averages"])
def test_averaged_as_a_verb_names_a_mean(verb: str):
    abstract = parse_string(f"Results: The time to the follow-up visit {verb} 22.9 years (20.2-27.3) in 16 patients.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures][0] == (FigureKind.MEAN, 22.9)


@pytest.mark.parametrize("first", ["(1)", "(i)", "(a)"])
def test_a_label_on_its_line_before_a_numbered_list_is_a_heading(first: str):
    text = (f"Repeated self-harm in the emergency department\nObjectives {first} investigate risk factors, (2) stratify "
            "patients.\nMethods All 1524 patients were followed.\nResults Of these, 12 repeated.")
    assert [s.label for s in parse_string(text, second_reading=None).sections] == ["Objectives", "Methods", "Results"]


def test_a_decimal_comma_beside_plus_or_minus():
    abstract = parse_string("Results: The mean value was 29,30 ± 5,16 at t1 and 14,67 ± 7,65 at t5 (1,234 ± 56 days).",
                            second_reading=None)
    assert [(f.value, f.sd) for f in abstract.figures_of(FigureKind.MEAN)] == [(29.3, 5.16), (14.67, 7.65),
                                                                                (1234, 56)]


# --- batch 144 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [("between 6 months and 18 months of age", [(6, 18)]),
                                                   ("between 2 mg and 4 mg daily", [(2, 4)]),
                                                   ("between 1 month and 17 years of age", [])])
def test_a_range_between_two_bounds_in_the_same_unit(printed: str, expected: list[tuple[float, float]]):
    abstract = parse_string(f"Methods: Orchidopexy was done {printed}.", second_reading=None)
    assert [(f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == expected


@pytest.mark.parametrize("printed", ["in all age groups from 30 to 74", "in the age band 30-74"])
def test_an_age_group_from_one_age_to_another_is_a_range(printed: str):
    abstract = parse_string(f"Results: Mortality fell {printed}.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 30, 74)]


def test_two_years_joined_by_a_plus_or_minus_are_a_period_not_a_mean():
    abstract = parse_string("Methods: Trends over the period 1975 ± 1994 were studied; ages were 41.2 ± 8.1 years.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 41.2)]


@pytest.mark.parametrize(("printed", "count"), [("In this study, out of 38 patients treated, 35 relapsed", (38, None)),
                                                ("Of these, 3 out of 38 patients relapsed", (3, 38))])
def test_out_of_opening_a_clause_counts_its_group(printed: str, count: tuple[float, float | None]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert (abstract.figures_of(FigureKind.COUNT)[0].value, abstract.figures_of(FigureKind.COUNT)[0].denominator) == count


# --- batch 145 (twenty-third session, after its first contact) ---------------------------------------

def test_rads_are_a_dose_of_radiation():
    abstract = parse_string("Methods: High dose (6000 rads) radiation alone was compared with 4000 rads + 5-FU.",
                            second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.DOSE, 6000, "rads"),
                                                                      (FigureKind.DOSE, 4000, "rads")]


@pytest.mark.parametrize(("printed", "expected"), [("three post 1980 studies", []), ("pre-1990 trials", []),
                                                   ("the 1980 studies", [1980])])
def test_a_year_after_post_or_pre_is_no_count(printed: str, expected: list[float]):
    abstract = parse_string(f"Results: Prevalence came from {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == expected


# --- batch 146 (twenty-third session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "measure"), [("(80 vs. 65%, < 0.05, Cochran test)", "<"),
                                                  ("in 63 patients (< 0.01)", "<"), ("(18.9 vs 32.0 days; = 0.001)", "=")])
def test_a_p_value_whose_p_the_print_dropped(printed: str, measure: str):
    abstract = parse_string(f"Results: Healing was better {printed}; CRP was lower (< 0.5).", second_reading=None)
    assert [(f.kind, f.measure) for f in abstract.figures if f.value is not None and f.value < 1] == [
        (FigureKind.P_VALUE, measure), (FigureKind.THRESHOLD, "<")]


# --- batch 147 (twenty-third session, after its first contact) ---------------------------------------

def test_labels_after_bullets_inside_one_paragraph_are_headings():
    text = ("Inappropriate prescribing in nursing facilities\n\n• Objective: To quantify prescribing. • Design: Cohort "
            "study. • Setting: Twelve nursing homes. • Results: 40% of residents received one. Dosing • twice daily.")
    abstract = parse_string(text, second_reading=None)
    assert [s.label for s in abstract.sections] == ["Objective", "Design", "Setting", "Results"]
    assert [(f.section_index, f.value) for f in abstract.figures] == [(2, 12), (3, 40)]


# --- batch 148 (twenty-third session, after its first contact) ---------------------------------------

def test_a_p_for_trend_over_a_grouping():
    abstract = parse_string("Results: The ratio was 0.38 (95% CI 0.19-0.74; P for trend over quintiles = 0.002).",
                            second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(0.002, "=")]


@pytest.mark.parametrize("printed", ["after 4 weeks treatment", "after 4 weeks' treatment", "after 4 weeks of therapy"])
def test_a_time_before_treatment_with_no_of_is_how_long_it_lasted(printed: str):
    abstract = parse_string(f"Results: No response to dapoxetine {printed} led to a higher dose.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == [4]


# --- batch 149 (twenty-fourth session, after its first contact; and the last session's leftovers) -----

@pytest.mark.parametrize(("printed", "expected"), [
    ("Children received a 200 000-IU capsule of vitamin A.", [(FigureKind.DOSE, 200000)]),
    ("We examined 60-mg (200 000-IU) supplements of vitamin A.", [(FigureKind.DOSE, 60), (FigureKind.DOSE, 200000)]),
    ("Doses of 3 100-mg tablets were given.", [(FigureKind.COUNT, 3), (FigureKind.DOSE, 100)]),  # two numbers
])
def test_a_space_grouped_thousand_before_a_hyphenated_unit(printed: str, expected: list[tuple[FigureKind, float]]):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("The incidence was 2.21‰ in 2010.", [(2.21, None, None)]),
    ("The incidence was 0.96‰ (95% CI: 0.73‰-1.19‰) in term infants.", [(0.96, 0.73, 1.19)]),
    ("It fell from 3.58‰ to 0.42‰.", [(3.58, None, None), (0.42, None, None)]),
])
def test_a_per_mille_rate_is_an_estimate_per_thousand(printed: str, expected: list[tuple[float, float, float]]):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.ESTIMATE)] == expected
    assert {f.unit for f in abstract.figures_of(FigureKind.ESTIMATE)} == {"per 1000"}


def test_a_per_mille_range_is_one_range():
    abstract = parse_string("Results: Rates ranged from 1.2‰ to 3.4‰.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 1.2, 3.4)]


@pytest.mark.parametrize(("printed", "measure"), [("ORadjusted = 0.217", "OR"), ("ORadj 0.217", "OR"),
                                                  ("HRcrude was 0.217", "HR"), ("RRadj, 0.217", "RR")])
def test_a_ratio_with_adjusted_or_crude_glued_to_its_name(printed: str, measure: str):
    abstract = parse_string(f"Results: Bathing in ponds was protective ({printed}).", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, 0.217, measure)]


@pytest.mark.parametrize(("printed", "expected"), [("seen in 29 and 44% of patients", [29, 44]),
                                                   ("seen in 1979 and 35% of patients", [35])])  # a year
def test_two_values_sharing_a_per_cent_sign_after_in(printed: str, expected: list[float]):
    abstract = parse_string(f"Results: Fever and rigors were {printed}, respectively.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == expected
    assert not abstract.figures_of(FigureKind.COUNT)


def test_a_bound_on_a_time_after_for_periods_is_how_long():
    abstract = parse_string("Conclusions: No effect was seen at higher doses or for periods >8 weeks; patients "
                            "treated >7 days were excluded.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 8), (FigureKind.THRESHOLD, 7)]


# --- batch 150 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [
    ("permethrin 5%, crotamiton 10%, and systemic ivermectin", [5, 10]),
    ("1% gamma benzene hexachloride lotion", [1]),
    ("lindane 1% lotion vs permethrin 5%", [1, 5]),
    ("topical tacrolimus 0.1% or imiquimod 5%", [0.1, 5]),
    ("0.2% GTN three times daily or diltiazem 2% ointment", [0.2, 2]),  # batch 151
])
def test_the_strength_of_a_topical_agent_is_a_dose(printed: str, expected: list[float]):
    abstract = parse_string(f"Methods: Patients received {printed} for scabies.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == expected
    assert not abstract.figures_of(FigureKind.PERCENTAGE)


@pytest.mark.parametrize("printed", ["Cure rates were 5% higher with ivermectin.",
                                     "Responses to therapy were amlodipine 72.3% and placebo 20.1%."])
def test_a_share_beside_a_drug_stays_a_share(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert abstract.figures and {f.kind for f in abstract.figures} == {FigureKind.PERCENTAGE}


@pytest.mark.parametrize(("printed", "expected"), [
    ("treated for 12 or 16 weeks", [(12, "weeks"), (16, "weeks")]),
    ("delivered within 12, 18, and 24 hours", [(12, "hours"), (18, "hours"), (24, "hours")]),
    ("left on the body for 2, 6, or 12 to 24 hours", [(2, "hours"), (6, "hours")]),
    ("seen at 3, 6, and 12 months", []),  # a list of time points
    ("given as 150, 300, and 600 mL", []),  # not times
])
def test_times_listed_after_a_word_of_how_long_are_durations(printed: str, expected: list[tuple[float, str]]):
    abstract = parse_string(f"Methods: Patients were {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DURATION)] == expected


def test_a_count_printed_after_an_expected():
    abstract = parse_string("Results: 17 deaths occurred, compared with an expected 23.7 deaths.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT)] == [(17, "deaths"),
                                                                                 (23.7, "expected deaths")]


# --- batch 151 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("printed", ["Of the original 194, 188 (97%)", "Among the remaining 194 patients, 188 (97%)"])
def test_a_group_named_with_an_adjective_is_what_its_counts_are_out_of(printed: str):
    abstract = parse_string(f"Results: {printed} completed the trial.", second_reading=None)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(194, None), (188, 194)]
    assert [f.denominator for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [194]


# --- batch 152 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("citation", ["(J. Urol., 140: 964-967, 1988)", "(JAMA229:409-418, 1974)",
                                      "(Arch Dis Child 67:289-93, 1992)", "(N Engl J Med 290:984–988, 1974)"])
def test_a_closing_citation_with_volume_pages_and_year_holds_no_figure(citation: str):
    abstract = parse_string(f"Conclusions: Recurrence fell in 12 of 40 patients. {citation}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 12)]


def test_a_range_in_brackets_before_a_year_stays_a_range():
    abstract = parse_string("Results: Sizes were 964-967 mm, 1988 (n = 4).", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures_of(FigureKind.RANGE)] == [(FigureKind.RANGE, 964, 967)]


# --- batch 153 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [("3.6% (5075) contained errors", [5075]),
                                                   ("4% (644) bought coffee", [644]),
                                                   ("80% [1] bought coffee", []),  # a reference
                                                   ("22% (2010) and 30% (3 months) relapsed", [])])  # a year, a time
def test_a_count_in_brackets_after_its_share(printed: str, expected: list[float]):
    abstract = parse_string(f"Results: Of all doses, {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == expected


@pytest.mark.parametrize("printed", ["on day 1, 1 week, 4 weeks, and 12 weeks postoperatively",
                                     "six months, one year, and two years after POEM",
                                     "1 week, 3 months and 1 year after the attack"])
def test_a_list_of_times_each_with_its_unit_is_a_list_of_time_points(printed: str):
    abstract = parse_string(f"Methods: Scores were measured {printed}.", second_reading=None)
    assert abstract.figures == ()


# --- batch 154 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [("The total added up to 128 793 Yuan", [(128793, "Yuan")]),
                                                   ("Savings were 39,000 Pounds", [(39000, "Pounds")]),
                                                   ("It cost 12 pounds sterling", [(12, "pounds sterling")])])
def test_a_sum_in_a_currency_named_after_it(printed: str, expected: list[tuple[float, str]]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.ESTIMATE)] == expected


def test_pounds_in_lower_case_are_a_weight_and_up_to_a_sum_is_a_limit():
    abstract = parse_string("Results: Patients lost 10 pounds; costs of up to 500 yuan were paid.", second_reading=None)
    assert not abstract.figures_of(FigureKind.ESTIMATE)
    assert [(f.kind, f.value) for f in abstract.figures if f.value == 500] == [(FigureKind.THRESHOLD, 500)]


@pytest.mark.parametrize(("printed", "expected"), [
    ("injections of 20 U BTX-A (BOTOX) at five sites", [20]),
    ("21 units (U) incobotulinumtoxinA, 21 U onabotulinumtoxinA, or 63 U abobotulinumtoxinA", [21, 21, 63]),
    ("5000 U heparin twice daily", [5000]),
    ("an ALT of 40 U/L and 12 U red cells", []),  # a laboratory value; a count of units transfused
])
def test_an_amount_in_units_of_a_named_drug_is_a_dose(printed: str, expected: list[float]):
    abstract = parse_string(f"Methods: Patients were given {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == expected


@pytest.mark.parametrize(("printed", "expected"), [("yielding a cost-benefit ratio of 1:8.9", [8.9]),
                                                   ("the ratio of cost to benefit was 1:3.7", [3.7]),
                                                   ("the male to female ratio was 1:2.8", [])])
def test_a_cost_benefit_ratio_printed_as_a_proportion(printed: str, expected: list[float]):
    abstract = parse_string(f"Results: Screening paid off, {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == expected


def test_a_count_out_of_its_group_before_a_colon_and_its_share():
    abstract = parse_string("Results: Seroprevalence was higher in waste pickers (12/90: 13%) than in controls "
                            "(1/90: 1%); titres of 1/2:32 were seen.", second_reading=None)
    assert [(f.value, f.denominator) for f in abstract.figures_of(FigureKind.COUNT)] == [(12, 90), (1, 90)]


# --- batch 155 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [("carbetocin100ug i.v.", [(100, "ug")]),
                                                   ("oxytocin10 IU or misoprostol400 mg", [(10, "IU"), (400, "mg")]),
                                                   ("a covid19 vaccine", [])])  # a name with digits
def test_a_dose_glued_to_its_drug_s_name(printed: str, expected: list[tuple[float, str]]):
    abstract = parse_string(f"Methods: 150 women received {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == expected


def test_a_day_s_excretion_is_a_measurement_not_a_count():
    abstract = parse_string("Results: Urinary sodium was 44 mmol/24 h vs 33 mmol/24 h.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.MEAN, 44, "mmol/24 h"),
                                                                      (FigureKind.MEAN, 33, "mmol/24 h")]


# --- batch 156 (twenty-fourth session, after its first contact) ---------------------------------------

@pytest.mark.parametrize("printed", ["4.3 (95% CI 2.6 to 7.0) and 3.3 (2.1 to 5.3) times greater in men and women",
                                     "4.3 (95% CI 2.6 to 7.0) times higher in men, 3.3 (2.1 to 5.3) times higher in women"])
def test_estimates_with_intervals_before_times_greater_are_ratios(printed: str):
    abstract = parse_string(f"Results: Mortality was {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, 4.3, "fold"),
                                                                         (FigureKind.RATIO, 3.3, "fold")]


def test_an_estimate_with_its_interval_and_no_times_stays_an_estimate():
    abstract = parse_string("Results: The difference was 4.3 (95% CI 2.6 to 7.0) and 3.3 (2.1 to 5.3) points.",
                            second_reading=None)
    assert FigureKind.RATIO not in {f.kind for f in abstract.figures}


@pytest.mark.parametrize(("printed", "expected"), [("56.1 BCCs were expected", [(56.1, "expected BCCs")]),
                                                   ("the ratio was 0.88 (30 observed/34.2 expected)",
                                                    [(30, ""), (34.2, "expected")])])
def test_expected_counts_after_their_noun_or_an_observed_count(printed: str, expected: list[tuple[float, str]]):
    abstract = parse_string(f"Results: Among irradiated survivors, {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.COUNT)] == expected


# --- batch 157 (twenty-fourth session, after its first contact) ---------------------------------------

def test_a_capitalised_word_under_a_main_label_opens_no_part_of_it():
    text = ("Methods: A registry study.\n\nResults: Of 3187 patients, 2309 were included in the final analysis. Response "
            "Time threshold was 11.5 min for survival.\n\nConclusion: Shorter times help.")
    assert _labels(text) == [("Methods", "METHODS"), ("Results", "RESULTS"), ("Conclusion", "CONCLUSIONS")]


def test_labels_printed_run_in_after_a_colon_label_still_move_on():
    text = ("Design: Case series. Setting: Mayo Clinic. Patients Twenty-four patients with myasthenia. "
            "Intervention Mycophenolate was given.")
    assert [label for label, _ in _labels(text)] == ["Design", "Setting", "Patients", "Intervention"]


def test_two_values_sharing_a_per_cent_sign_after_only():
    abstract = parse_string("Results: Only 45 and 34% of eligible individuals were tested.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [45, 34]


# --- batch 158 (twenty-fourth session, after its first contact) ---------------------------------------

def test_a_speed_is_a_measurement():
    abstract = parse_string("Results: Gait velocity rose (0.3 vs 0.4 m/sec; p = 0.001).", second_reading=None)
    assert (FigureKind.MEAN, 0.4, "m/sec") in [(f.kind, f.value, f.unit) for f in abstract.figures]
    assert not abstract.figures_of(FigureKind.ESTIMATE) and not abstract.figures_of(FigureKind.COUNT)


# --- batches 159 to 162 (twenty-fifth session, after their first contact) -------------------------------

@pytest.mark.parametrize("glue", ["-", "–"])
def test_main_labels_glued_to_their_text_by_a_hyphen(glue: str):
    text = (f"Introduction{glue}Guidelines propose 125 mg twice daily. Methods{glue}We conducted a trial. "
            f"Results{glue}Seventy-three participants had data. Conclusions{glue}The reduced dose was noninferior.")
    assert _labels(text) == [("Introduction", "BACKGROUND"), ("Methods", "METHODS"), ("Results", "RESULTS"),
                             ("Conclusions", "CONCLUSIONS")]


def test_one_main_label_word_joined_by_a_hyphen_opens_no_heading():
    assert [label for label, _ in _labels("Results-Based Financing was tried in 12 districts. It worked.")] == [None]


@pytest.mark.parametrize(("printed", "expected"), [
    ("a heterozygote frequency of 1 in 83 for the C282Y mutation", [(FigureKind.COUNT, 1, 83)]),
    ("an estimated 1 in 575 women are likely to be affected", [(FigureKind.COUNT, 1, 575)]),
    ("One in three students attempted it", [(FigureKind.COUNT, 1, 3)]),
    ("a risk of 1 in 10,000 births", [(FigureKind.COUNT, 1, 10000)]),
    ("an estimated risk of ≥1 in 250 of carrying a fetus with trisomy 21", [(FigureKind.THRESHOLD, 1, None)]),
    ("more than 1 in 5 individuals had the disease", [(FigureKind.THRESHOLD, 1, None)]),
])
def test_one_in_so_many_is_a_count_of_one_out_of_the_second(printed: str, expected: list[tuple]):
    abstract = parse_string(f"Results: We found {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.denominator) for f in abstract.figures] == expected


@pytest.mark.parametrize("printed", ["grade 1 in 12 patients", "stage 1 in 40 patients"])
def test_a_label_s_number_before_in_stays_a_label(printed: str):
    abstract = parse_string(f"Results: Toxicity was {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, int(printed.split()[3]))]


def test_an_age_group_named_by_one_age_is_a_label_and_a_band_a_range():
    abstract = parse_string("Results: We studied 9921 10 year olds, 404 7-year-olds and 315 15-19 year olds; "
                            "among ≥ 60 year-olds, uptake was lower.", second_reading=None)
    assert [(f.kind, f.value, f.low) for f in abstract.figures] == [
        (FigureKind.COUNT, 9921, None), (FigureKind.COUNT, 404, None), (FigureKind.COUNT, 315, None),
        (FigureKind.RANGE, None, 15), (FigureKind.THRESHOLD, 60, None)]


def test_a_share_of_a_group_after_difference_is_no_difference_in_points():
    abstract = parse_string("Results: There was no significant difference (44.4% of the LDU-LV vs 37.3% of the LV "
                            "group). The difference, 0.94%, was small.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 44.4), (FigureKind.PERCENTAGE, 37.3), (FigureKind.PERCENTAGE_POINTS, 0.94)]


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("intravenous penicillin, 6 million units day", 6, "million units"),
    ("penicillin, one million unit every four hours", 1, "million unit"),
    ("penicillin G, 24 million units, daily", 24, "million units"),
])
def test_millions_of_units_are_a_dose(printed: str, value: float, unit: str):
    abstract = parse_string(f"Methods: Patients received {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.DOSE)] == [(value, unit)]
    assert not abstract.figures_of(FigureKind.COUNT)


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("forty-four million dollars per year", 44, "million dollars per year"),
    ("44 million dollars", 44, "million dollars"),
])
def test_millions_of_a_named_currency_are_a_sum(printed: str, value: float, unit: str):
    abstract = parse_string(f"Results: Pelvic infection cost an estimated {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, unit)]


def test_millions_of_people_in_words_are_counted_as_printed():
    abstract = parse_string("Background: The simulator has been used by two million professionals.",
                            second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.COUNT, 2, "million professionals")]


@pytest.mark.parametrize("degree", ["°", "◦", "º"])
def test_an_angle_is_a_measurement(degree: str):
    abstract = parse_string(f"Results: The mean improvement was for MCP 49{degree} (41–54) and PIP 25{degree} "
                            f"(17–32). Contractures of 30{degree} or more were treated.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.unit) for f in abstract.figures] == [
        (FigureKind.MEAN, 49, 41, degree), (FigureKind.MEAN, 25, 17, degree), (FigureKind.THRESHOLD, 30, None, degree)]


def test_a_temperature_keeps_its_scale():
    abstract = parse_string("Results: Mean core temperature was 37.2°C.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.MEAN, 37.2, "°C")]


# --- batches 163 and 164 (twenty-fifth session, after their first contact) ------------------------------

@pytest.mark.parametrize("endpoint", ["five year LC", "Three year local control", "10 year cumulative incidences"])
def test_a_time_naming_an_endpoint_is_no_duration(endpoint: str):
    abstract = parse_string(f"Results: The {endpoint} was 94%.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 94)]


def test_a_time_of_follow_up_stays_a_duration_beside_an_endpoint_name():
    abstract = parse_string("Results: Patients were followed for 5 years; local control was 94%.", second_reading=None)
    assert (FigureKind.DURATION, 5) in [(f.kind, f.value) for f in abstract.figures]


def test_a_confidence_interval_printed_ic95():
    abstract = parse_string("Results: Of the participants, 47.6% (IC95% = 40.9 - 54.4) presented low anxiety.",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 47.6, 40.9, 54.4)]


@pytest.mark.parametrize(("printed", "expected"), [
    ("dust lead levels were higher (6447 vs. 2067 ppm)", [(6447, "ppm"), (2067, "ppm")]),
    ("gait velocity rose (0.3 vs 0.4 m/sec; p = 0.001)", [(0.3, "m/sec"), (0.4, "m/sec")]),
    ("weight fell (−0.4 vs. 1.2 kg)", [(-0.4, ""), (1.2, "kg")]),
])
def test_the_first_of_two_values_compared_takes_the_unit_of_the_second(printed: str, expected: list[tuple]):
    abstract = parse_string(f"Results: In the exposed group {printed}.", second_reading=None)
    assert [(f.value, f.unit) for f in abstract.figures_of(FigureKind.MEAN)] == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("Adults living within 100 meters of the smelter", (FigureKind.THRESHOLD, 100, None)),
    ("Children living 1.6 to 6.6 km from the smelter", (FigureKind.RANGE, None, 1.6)),
])
def test_distances_are_measurements(printed: str, expected: tuple):
    abstract = parse_string(f"Methods: {printed} were tested.", second_reading=None)
    assert [(f.kind, f.value, f.low) for f in abstract.figures] == [expected]


def test_an_interval_in_degrees_belongs_to_its_estimate():
    abstract = parse_string("Results: Mean tilt angle (0° in both groups; mean difference: 0.1°; 95% confidence "
                            "interval: -3.2° to 3.5°).", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.MEAN, 0, None, None), (FigureKind.ESTIMATE, 0.1, -3.2, 3.5)]


@pytest.mark.parametrize("printed", ["A non-inferiority statistical 10% margin was calculated",
                                     "Equivalence was set within a 10% margin"])
def test_a_margin_named_after_its_value_is_a_limit(printed: str):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.THRESHOLD, 10, "%")]


# --- batches 165 and 166 (twenty-fifth session, after their first contact) ------------------------------

def test_a_group_size_before_an_interval_leaves_the_interval_to_the_share():
    abstract = parse_string("Results: Prevalence was 0.5% (n = 16; 95%CI 0.2–1.0) in men and 1.8% (n = 55; "
                            "95%CI 1.1–3.1) in women.", second_reading=None)
    assert [(f.kind, f.value, f.low) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 0.5, 0.2), (FigureKind.COUNT, 16, None),
        (FigureKind.PERCENTAGE, 1.8, 1.1), (FigureKind.COUNT, 55, None)]


def test_a_response_graded_with_plus_signs_is_no_count_or_limit():
    abstract = parse_string("Results: Responses were graded 0 to 3+. Of the 12 patients, three showed a 3+ response "
                            "and four showed a 2+ response. Patients aged 80+ years were excluded.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.COUNT, 12), (FigureKind.COUNT, 3), (FigureKind.COUNT, 4), (FigureKind.THRESHOLD, 80)]


def test_or_more_after_a_ratio_s_interval_makes_no_limit_of_it():
    abstract = parse_string("Results: Being African American (HR = 1.93; 95% CI: 1.00–3.72) or more educated "
                            "(p trend = 0.03) raised the risk. We had power to detect relative risks of 0.8 or less.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.RATIO, 1.93), (FigureKind.P_VALUE, 0.03), (FigureKind.THRESHOLD, 0.8)]


@pytest.mark.parametrize("often", ["2×weekly", "2× weekly", "3x daily"])
def test_times_a_week_glued_to_its_sign_is_how_often_not_a_ratio(often: str):
    abstract = parse_string(f"Methods: The group received treatment {often} for 4 weeks.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 4)]


def test_an_adjusted_prevalence_ratio_names_the_ratios_after_it():
    abstract = parse_string("Results: Infection (aPR [95% confidence interval]) was associated with female sex "
                            "(6.1 [3.3-11.3]) and black race (7.9 [3.9-16.1]).", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [
        (FigureKind.RATIO, 6.1, "PR"), (FigureKind.RATIO, 7.9, "PR")]


def test_a_title_above_a_body_that_opens_with_a_number():
    text = ("Endometrial cancer and patterns of use of oestrogen replacement therapy: a cohort study.\n"
            "5,160 non-hysterectomised women aged 44-100 years completed a health survey questionnaire as part of a "
            "longitudinal study of a retirement community begun in June 1981, and were followed for cancer.")
    abstract = parse_string(text)
    assert abstract.title.startswith("Endometrial cancer") and abstract.sections[0].text.startswith("5,160")


@pytest.mark.parametrize("opening", ["Factor VIII-containing materials were given", "Type II diabetes was common"])
def test_a_listed_word_before_a_roman_numeral_is_a_name_not_a_heading(opening: str):
    assert _labels(f"{opening} in 12 patients. Bleeding fell by 60%.") == [(None, "UNASSIGNED")]


# --- batches 167 and 168 (twenty-fifth session, after their first contact) ------------------------------

@pytest.mark.parametrize(("printed", "expected"), [
    ("consumed 1 sachet of PM/Ca at 06:00", [(1, "sachet")]),
    ("drank 2 L of PEG the evening before", [(2, "L")]),
    ("were given 4 L PEG", [(4, "L")]),
    ("received 10 vials of antivenom", [(10, "vials")]),
])
def test_sachets_vials_and_litres_of_a_preparation_are_doses(printed: str, expected: list[tuple]):
    abstract = parse_string(f"Methods: The patients {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.DOSE, *e) for e in expected]


@pytest.mark.parametrize("printed", ["Of 200 sachets dispensed, 12 were returned", "Blood loss was 2 L in 5 patients"])
def test_sachets_counted_and_litres_measured_are_no_doses(printed: str):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert not abstract.figures_of(FigureKind.DOSE)


def test_a_time_of_day_is_no_figure():
    abstract = parse_string("Methods: Patients received paracetamol at 08:00 and 250 mg at 20:00; cortisol was "
                            "sampled at 23:00 h.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, 250)]


def test_a_power_of_ten_a_pdf_printed_with_a_dash_is_no_ratio_or_count():
    abstract = parse_string("Results: Counts rose (1.5×— 103 cells/mm3 and 1.4 ×— 103 cells/mm3; P < .001).",
                            second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.P_VALUE]


def test_a_relative_hazard_printed_rh_is_a_ratio():
    abstract = parse_string("Results: Larger clinics had fewer switches (RH=0.13, 95% CI, 0.06-0.31).",
                            second_reading=None)
    assert [(f.kind, f.value, f.measure, f.low) for f in abstract.figures] == [(FigureKind.RATIO, 0.13, "HR", 0.06)]


# --- batch 169 (twenty-fifth session, after its first contact) -------------------------------------------

@pytest.mark.parametrize(("printed", "expected"), [
    ("P ¼ .011", [(FigureKind.P_VALUE, 0.011)]),
    ("(n ¼ 13)", [(FigureKind.COUNT, 13)]),
    ("relative rate¼1.24", [(FigureKind.ESTIMATE, 1.24)]),
])
def test_an_equals_sign_a_pdf_printed_as_a_quarter(printed: str, expected: list[tuple]):
    abstract = parse_string(f"Results: Recurrence fell {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == expected


def test_a_sentence_that_counts_below_a_heading_alone_is_that_heading_s_text():
    text = ("OBJECTIVE:\n\nTo test two interventions.\n\nINTERVENTIONS:\n\nTwo interventions: (1) gradual withdrawal "
            "of medication and (2) a home-based exercise program.\n\nRESULTS:\n\nFalls fell by 66%.")
    assert _labels(text) == [("OBJECTIVE", "OBJECTIVE"), ("INTERVENTIONS", "METHODS"), ("RESULTS", "RESULTS")]


# --- batch 170 (twenty-fifth session, after its first contact) -------------------------------------------

def test_a_heading_after_a_question_in_straight_quotation_marks():
    text = ('Background: Care matters. Aim: To answer the question: "Does early care reduce mortality?" Methods: '
            "Databases were searched. Results: Mortality fell. Conclusion: Early care helps.")
    assert [label for label, _ in _labels(text)] == ["Background", "Aim", "Methods", "Results", "Conclusion"]


@pytest.mark.parametrize("printed", ["success rates were 25 out of 27 (93%)", "success rates were 25 of 27 (93%)"])
def test_a_count_out_of_its_group_after_rates_were_is_a_count(printed: str):
    abstract = parse_string(f"Results: One-week {printed} in the aspiration group.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 25), (FigureKind.PERCENTAGE, 93)]


def test_a_cervical_grade_and_above_is_no_limit():
    abstract = parse_string("Results: The 1-year risk of CIN 3+ was 1.2%; of CIN2+, 3%.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 1.2), (FigureKind.PERCENTAGE, 3)]


# --- batch 171 (twenty-fifth session, after its first contact) -------------------------------------------

def test_a_minimum_unit_price_in_pence_is_a_limit():
    abstract = parse_string("Methods: Setting a minimum price per unit of alcohol to 50 pence ($0.78), we examined "
                            "prices paid; 12 shops sold below 40 pence.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.THRESHOLD, 50), (FigureKind.ESTIMATE, 0.78), (FigureKind.COUNT, 12), (FigureKind.THRESHOLD, 40)]


def test_times_naming_the_shares_in_a_bracket_are_no_durations():
    abstract = parse_string("Results: Responders were more (3 months, 57.5% and 6 months, 65.8%) than non-responders "
                            "(3 months, 38.3%; 6 months, 41.7%).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE] * 4


def test_quartiles_printed_after_a_median_are_no_counts():
    abstract = parse_string("Results: Median delay was 0 days (Q1 = 0; Q3 = 0) and 10 days (Q1 = 6; Q3 = 17).",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEDIAN, 0), (FigureKind.MEDIAN, 10)]


# --- leftovers of the twenty-fifth session (twenty-sixth session) -----------------------------------------

@pytest.mark.parametrize(("printed", "measure"), [("MD −0.17 [−0.31; −0.03]", "MD"), ("OR 1.7 (1.2; 2.4)", "OR"),
                                                  ("OR 1.7 (95% CI 1.2; 2.4)", "OR")])
def test_bounds_parted_by_a_semicolon_in_a_bracket_are_the_interval(printed: str, measure: str):
    abstract = parse_string(f"Results: Attempts fell ({printed}).", second_reading=None)
    assert [(f.measure, f.low, f.high) for f in abstract.figures] == [(measure, *_bounds(printed))]


def _bounds(printed: str) -> tuple[float, float]:
    low, high = printed.rstrip("])").rsplit("; ", 1)
    return float(low.split()[-1].lstrip("[(").replace("−", "-")), float(high.replace("−", "-"))


def test_a_semicolon_outside_a_bracket_still_parts_a_list():
    abstract = parse_string("Results: The HRs were 0.8; 0.6; 0.9 in the other strata.", second_reading=None)
    assert [f.low for f in abstract.figures if f.kind is FigureKind.RATIO] == [None]


@pytest.mark.parametrize(("printed", "value"), [("5½ months", 5.5), ("1¼ hours", 1.25), ("2¾ years", 2.75),
                                                ("2-1/2 years", 2.5), ("5 1/2 months", 5.5)])
def test_a_whole_number_and_a_fraction_is_one_number(printed: str, value: float):
    abstract = parse_string(f"Results: Symptoms lasted a median of {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [
        (FigureKind.MEDIAN, value, f"median of {printed}")]


# --- batches 172 to 174 (twenty-sixth session, after their first contact) ---------------------------------

@pytest.mark.parametrize("article_type", ["Case Report", "Original Research", "Brief Report", "Research article"])
def test_an_article_type_before_a_title_on_the_first_line_is_no_heading(article_type: str):
    text = (f"{article_type}: Clinical analysis of a cluster outbreak of psittacosis pneumonia\n"
            "Objective: To explore the clinical characteristics.\nMethod: We analysed the records.\n"
            "Result: Of the four cases, two had contact with poultry.\nConclusion: Sequencing helps.")
    assert [label for label, _ in _labels(text)] == ["Objective", "Method", "Result", "Conclusion"]


def test_a_case_report_heading_with_sentences_stays_a_heading():
    text = "Case report: A 45-year-old woman had optic neuritis. She relapsed.\nConclusion: Consider NMOSD."
    assert [label for label, _ in _labels(text)] == ["Case report", "Conclusion"]


@pytest.mark.parametrize("printed", ["p’s < 0.031", "p's < 0.031", "ps < 0.031", "Ps<0.031"])
def test_p_values_of_several_tests_are_p_values(printed: str):
    abstract = parse_string(f"Results: Pain fell in both programs ({printed}).", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.P_VALUE, 0.031, printed)]


def test_letters_in_a_mathematical_alphabet_read_as_plain_letters():
    abstract = parse_string("Results: Twenty-eight patients (M𝑎𝑔𝑒= 57.6, 𝑛 = 28) completed it.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures][1:] == [
        (FigureKind.MEAN, 57.6, "M𝑎𝑔𝑒= 57.6"), (FigureKind.COUNT, 28, "𝑛 = 28")]


@pytest.mark.parametrize("printed", ["twice the odds", "twice the risk", "Twice the rate"])
def test_twice_the_odds_is_a_ratio_of_two(printed: str):
    abstract = parse_string(f"Results: Rotators had {printed} of nodding off while driving.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.RATIO, 2, printed)]


def test_twice_the_upper_limit_is_no_ratio():
    abstract = parse_string("Methods: ALT above twice the upper limit of normal was an exclusion.", second_reading=None)
    assert [f.kind for f in abstract.figures] == []


@pytest.mark.parametrize("printed", ["818,000 disability-adjusted life years", "0.5 quality-adjusted life-years"])
def test_adjusted_life_years_in_words_are_an_estimate(printed: str):
    abstract = parse_string(f"Results: Back pain was estimated to cause {printed} lost.", second_reading=None)
    assert [(f.kind, f.text) for f in abstract.figures] == [(FigureKind.ESTIMATE, printed)]


@pytest.mark.parametrize(("printed", "value"), [("P<10(-7)", 1e-7), ("P < 10−7", 1e-7), ("P = 2 x 10(-5)", 2e-5),
                                                ("P = 2 × 10−5", 2e-5)])
def test_a_p_value_printed_as_a_power_of_ten(printed: str, value: float):
    abstract = parse_string(f"Results: Valve disease was a risk factor ({printed}), especially prostheses.",
                            second_reading=None)
    assert [(f.kind, f.text) for f in abstract.figures] == [(FigureKind.P_VALUE, printed)]
    assert abstract.figures[0].value == pytest.approx(value)


def test_levels_of_evidence_are_labels():
    abstract = parse_string("Methods: Studies with levels of evidence 2 to 4 were analysed.", second_reading=None)
    assert list(abstract.figures) == []


@pytest.mark.parametrize("printed", ["at 4 time points", "at three time points", "at the five postoperative time points"])
def test_time_points_are_counted(printed: str):
    abstract = parse_string(f"Methods: Pain was scored {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.COUNT]


def test_points_on_a_scale_are_no_count():
    abstract = parse_string("Results: Scores rose by 3 points.", second_reading=None)
    assert [f.kind for f in abstract.figures if f.kind is FigureKind.COUNT] == []


# --- batches 175 to 177 (twenty-sixth session, after their first contact) ---------------------------------

def test_a_group_size_before_a_rate_is_a_count_not_a_listed_rate():
    abstract = parse_string("Results: Yield was highest in migrants from Asia (n=1,206, 75/100,000) or Africa "
                            "(n = 370, 76.4/100,000).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.COUNT, 1206), (FigureKind.ESTIMATE, 75), (FigureKind.COUNT, 370), (FigureKind.ESTIMATE, 76.4)]


def test_rates_listed_before_a_named_rate_still_share_it():
    abstract = parse_string("Results: Rates were 11.0, 7.8, and 4.8 cases per 100 person-years.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.ESTIMATE, 11.0), (FigureKind.ESTIMATE, 7.8), (FigureKind.ESTIMATE, 4.8)]


@pytest.mark.parametrize(("printed", "value"), [("€ 9,20", 9.2), ("€9,20", 9.2), ("8,28 €", 8.28), ("€1,200", 1200)])
def test_a_decimal_comma_in_a_sum_of_money(printed: str, value: float):
    abstract = parse_string(f"Results: Screening cost {printed} per child.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, printed)]


def test_i_squared_named_in_brackets_and_its_second_value():
    abstract = parse_string("Results: Heterogeneity was high ([I2] = 98.2 and 99.8%).", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [
        (FigureKind.ESTIMATE, 98.2, "I2"), (FigureKind.ESTIMATE, 99.8, "I2")]


@pytest.mark.parametrize(("printed", "value"), [("2 SD below", 2), ("two standard deviations above", 2),
                                                ("< 1 SD from", 1), ("at least 1.5 SD above", 1.5),
                                                ("One SD below", 1)])
def test_a_distance_in_standard_deviations_from_the_mean_is_a_limit(printed: str, value: float):
    abstract = parse_string(f"Methods: Children scoring {printed} the mean on at least one test were impaired.",
                            second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.THRESHOLD, value, printed)]


def test_a_mean_with_its_sd_in_brackets_stays_a_mean():
    abstract = parse_string("Results: The mean was 4.2 (SD 1.1) above baseline.", second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.MEAN, 4.2, 1.1)]


def test_an_age_in_years_and_months_is_no_count():
    abstract = parse_string("Results: At age 5;6 the group was divided; 12 children had deficits.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 12)]


# --- batches 178 to 180 (twenty-sixth session, after their first contact) ---------------------------------

@pytest.mark.parametrize(("printed", "value", "measure"), [("larger than 10 cm²", 10, ">"), ("smaller than 2 cm", 2, "<"),
                                                          ("larger than 4 cm2", 4, ">"), ("wider than 3 mm", 3, ">")])
def test_a_size_limit_in_words_is_a_limit(printed: str, value: float, measure: str):
    abstract = parse_string(f"Methods: Wounds {printed} were included.", second_reading=None)
    assert [(f.kind, f.value, f.measure, f.text) for f in abstract.figures] == [
        (FigureKind.THRESHOLD, value, measure, printed)]


def test_a_comparison_in_size_without_a_number_is_no_limit():
    abstract = parse_string("Results: Wounds were larger than in controls (12 vs 8).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.COUNT, FigureKind.COUNT]


def test_a_value_whose_power_of_ten_lost_its_superscript_is_no_count():
    abstract = parse_string("Methods: Centres used a 10 × 109/L prophylactic platelet transfusion trigger.",
                            second_reading=None)
    assert [f.kind for f in abstract.figures if f.kind is FigureKind.COUNT] == []


@pytest.mark.parametrize(("printed", "value"), [("one and half years", 1.5), ("three and half years", 3.5),
                                                ("two and a half years", 2.5)])
def test_and_half_without_its_article_is_a_half(printed: str, value: float):
    abstract = parse_string(f"Results: Donors were followed for {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, value)]


@pytest.mark.parametrize("printed", ["for as long as 72 hours", "for 6 months", "for up to 10 days"])
def test_a_time_led_by_for_before_an_event_is_how_long(printed: str):
    abstract = parse_string(f"Results: Antibodies stayed undetectable {printed} after the reaction.",
                            second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.DURATION]


def test_a_time_after_its_endpoint_before_an_event_stays_a_time_point():
    abstract = parse_string("Results: Mortality 28 days after colectomy was 4%.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE]


# --- batches 181 to 183 (twenty-sixth session, after their first contact) ---------------------------------

@pytest.mark.parametrize("printed", ["30.94 +- 12.23", "30.94+-12.23", "30.94 ± 12.23"])
def test_plus_minus_typed_as_plus_and_hyphen(printed: str):
    abstract = parse_string(f"Results: The mean age was {printed} years.", second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.MEAN, 30.94, 12.23)]


@pytest.mark.parametrize("people", ["victims", "migrants", "prisoners"])
def test_people_over_an_age_are_a_limit_on_age(people: str):
    abstract = parse_string(f"Methods: Data of 51 {people} over 17 years were analysed.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 51), (FigureKind.THRESHOLD, 17)]


def test_a_second_p_value_after_versus_that_closes_the_bracket():
    abstract = parse_string("Results: Survival differed (P = 0.035 vs. 0.546).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.P_VALUE, 0.035), (FigureKind.P_VALUE, 0.546)]


def test_a_value_after_versus_with_its_own_p_value_is_no_p_value():
    abstract = parse_string("Results: Ratio 0.85, P = 0.0467 versus 0.79, P = 0.0094.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.P_VALUE)] == [0.0467, 0.0094]


def test_miles_are_no_count():
    abstract = parse_string("Results: Patients drove 12 miles to the centre.", second_reading=None)
    assert list(abstract.figures_of(FigureKind.COUNT)) == []


# --- batches 184 to 186 (twenty-sixth session, after their first contact) ---------------------------------

@pytest.mark.parametrize(("printed", "named"), [("accuracy (0·85)", "accuracy (0·85)"),
                                                ("sensitivity (0.94)", "sensitivity (0.94)"),
                                                ("positive predictive value (90.9)", "positive predictive value (90.9)"),
                                                ("a small effect size (0.19)", "effect size (0.19)")])
def test_a_named_estimate_with_its_value_bracketed_alone(printed: str, named: str):
    abstract = parse_string(f"Results: The score had {printed} in the test set.", second_reading=None)
    assert [(f.kind, f.text) for f in abstract.figures] == [(FigureKind.ESTIMATE, named)]


def test_a_named_estimate_before_an_interval_stays_one_estimate():
    abstract = parse_string("Results: The AUC was 0.81 (0.71-0.89).", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.ESTIMATE, 0.81, 0.71, 0.89)]


def test_two_decimals_joined_by_or_share_the_per_cent_sign():
    abstract = parse_string("Results: According to GMS, 31·9 or 28·5 % of the admitted patients were at risk.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 31.9), (FigureKind.PERCENTAGE, 28.5)]


@pytest.mark.parametrize("printed", ["(37 or 48.7%)", "(138 or 56%)"])
def test_a_count_or_its_share_stays_a_count(printed: str):
    abstract = parse_string(f"Results: Outcomes were similar in the low-dose group {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures if f.kind is not FigureKind.PERCENTAGE] == [FigureKind.COUNT]


def test_numbered_questions_are_labels():
    abstract = parse_string("Results: Tadalafil improved diary questions 2 and 3.", second_reading=None)
    assert list(abstract.figures) == []


# --- batches 187 to 189 (twenty-sixth session, after their first contact) ---------------------------------

def test_a_numbered_point_after_a_colon_is_no_count():
    abstract = parse_string("Results: The following were obtained: 1. Transient reactions occurred in 12 patients.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 12)]


def test_times_in_a_counted_group_are_occasions():
    abstract = parse_string("Results: Fibrillation occurred 32 times in 22 patients.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 32), (FigureKind.COUNT, 22)]


def test_times_higher_in_a_group_stay_a_ratio():
    abstract = parse_string("Results: Risk was 3 times higher in 12 men.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.RATIO, 3), (FigureKind.COUNT, 12)]


def test_media_are_counted():
    abstract = parse_string("Methods: We compared two contrast media.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.COUNT, 2, "two contrast media")]


# --- batches 190 to 192 (twenty-sixth session, after their first contact) ---------------------------------

@pytest.mark.parametrize("printed", ["(P=0.002 for EFS and 0.04 for OS)", "(P = 0.002 for EFS, 0.04 for OS)"])
def test_p_values_each_naming_what_they_test(printed: str):
    abstract = parse_string(f"Results: Outcomes were worse with extranodal disease {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.P_VALUE, 0.002), (FigureKind.P_VALUE, 0.04)]


# --- batches 193 to 195 (twenty-sixth session, after their first contact) ---------------------------------

def test_a_share_with_decimal_quartiles_after_it_has_no_count():
    abstract = parse_string("Results: HbA1c, median (25th/75th centiles), was 7.6% (7.0/8.3) compared to 7.9% "
                            "(7.3/8.6) in 1998.", second_reading=None)
    assert list(abstract.figures_of(FigureKind.COUNT)) == []


@pytest.mark.parametrize(("printed", "denominator"), [("in 14/22.", 22), ("in 48/50, and", 50), ("95% (20/21)", 21)])
def test_whole_counts_out_of_their_group_still_count(printed: str, denominator: int):
    abstract = parse_string(f"Results: Care was available {printed} more.", second_reading=None)
    assert [f.denominator for f in abstract.figures_of(FigureKind.COUNT)] == [denominator]


def test_arabic_signs_a_pdf_font_leaves_for_plus_minus_and_equals():
    abstract = parse_string("Results: Patients (age 56 ؎ 10 years) were similar (P ؍ .03).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 56), (FigureKind.P_VALUE, 0.03)]


@pytest.mark.parametrize("printed", ["3'-azido-3'-deoxythymidine", "the 5′ end"])
def test_a_locant_of_a_chemical_name_is_no_count(printed: str):
    abstract = parse_string(f"Methods: Zidovudine ({printed}) was given.", second_reading=None)
    assert list(abstract.figures) == []


# --- batches 196 to 198 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize(("printed", "values"), [
    ("temperature ≥90th, 92.5th, 95th, and 97.5th percentiles", [90, 92.5, 95, 97.5]),
    ("troponin above the 99th percentile of healthy people", [99]),
    ("troponin judged by the 99th percentile of healthy people", [99]),
    ("troponin with their gender-specific 99th percentile", [99]),
    ("scores below the 10th centile were designated delayed", [10]),
])
def test_centiles_as_limits_alone_or_listed(printed: str, values: list[float]):
    abstract = parse_string(f"Methods: We defined {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, v) for v in values]


@pytest.mark.parametrize("printed", ["times (25th and 75th percentiles) of 3 and 9", "the 75th percentile was 10",
                                     "times (median and 75th percentiles) of 3 and 9"])
def test_centiles_of_a_spread_or_named_as_a_statistic_are_no_limits(printed: str):
    abstract = parse_string(f"Results: Delays had {printed} days.", second_reading=None)
    assert not list(abstract.figures_of(FigureKind.THRESHOLD))


def test_a_list_of_bounded_values_may_end_in_the_unit_they_share():
    abstract = parse_string("Methods: Heat waves lasted ≥2, 3, and 4 d.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.THRESHOLD, v, "d") for v in (2, 3, 4)]


def test_two_bounded_values_with_a_unit_only_on_the_second_may_be_two_things():
    abstract = parse_string("Methods: We required EDSS ≥3 and 12 months of follow-up.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, 3), (FigureKind.DURATION, 12)]


@pytest.mark.parametrize(("printed", "value"), [("−0.7% [−1.3, −0.2]", -0.7), ("84% [39, 129] per month", 84),
                                                ("84% (95% CI 56–117%) higher", 84)])
def test_a_per_cent_below_zero_or_with_an_interval_past_100_is_a_change(printed: str, value: float):
    abstract = parse_string(f"Results: Bone density changed by {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, "%")]


@pytest.mark.parametrize("printed", ["64.3% (range, 9% to 128%) of control values", "52% (95% CI 40 to 64%)"])
def test_a_share_whose_range_of_single_values_passes_100_stays_a_share(printed: str):
    abstract = parse_string(f"Results: Clearance was {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE]


def test_a_velocity_bound_by_or_more_is_a_limit():
    abstract = parse_string("Methods: Children with a velocity of 200 cm/s or more were eligible.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.THRESHOLD, 200, "cm/s")]


@pytest.mark.parametrize(("printed", "first", "kinds"), [
    ("evaluated at the 12 and 24-week primary endpoints", 12, []),
    ("treated for 12 and 24-week periods", 12, [FigureKind.DURATION]),
    ("of 196, 6-year olds", 196, [FigureKind.COUNT]),
])
def test_a_number_listed_before_a_hyphenated_time_shares_its_unit(printed: str, first: int, kinds: list[FigureKind]):
    abstract = parse_string(f"Results: Scores were {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures if f.value == first] == kinds


@pytest.mark.parametrize("noun", ["spaceflight", "mission", "expedition", "deployment", "sojourn"])
def test_a_hyphenated_length_before_time_away_is_a_duration(noun: str):
    abstract = parse_string(f"Methods: We studied crews during a 228-day {noun}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 228)]


# --- batches 199 to 201 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize("printed", ["4.6 (95% CL = 3.9, 5.4)", "4.6 (95% CL 3.9-5.4)", "4.6; 95% CL = 3.9, 5.4"])
def test_confidence_limits_after_their_level_are_an_interval(printed: str):
    abstract = parse_string(f"Results: The mean score was {printed}.", second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures] == [(4.6, 3.9, 5.4)]


def test_cl_without_a_level_is_a_name():
    abstract = parse_string("Results: Lesions of CL 3 to 5 cm wide healed.", second_reading=None)
    assert [f.interval for f in abstract.figures] != ["95% CI"]


@pytest.mark.parametrize(("printed", "value"), [("One thousand, one hundred and eighty two patients", 1182),
                                                ("Two thousand, three hundred eyes", 2300)])
def test_number_words_with_a_comma_after_the_thousands(printed: str, value: int):
    abstract = parse_string(f"Results: {printed} were seen.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, value)]


@pytest.mark.parametrize(("printed", "values"), [("One thousand, two were lost", [2]),
                                                 ("of one million, three died", [1, 3])])
def test_a_comma_after_thousands_before_a_small_number_parts_two_numbers(printed: str, values: list[int]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT) if f.value < 1000] == values


def test_counts_padded_with_a_zero():
    abstract = parse_string("Results: Dry socket occurred in 08 patients and 04 patients.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 8), (FigureKind.COUNT, 4)]


@pytest.mark.parametrize("printed", ["The HPTN 052 trial enrolled", "The ACTG 05 studies enrolled"])
def test_a_name_s_number_with_a_leading_zero_is_no_count(printed: str):
    abstract = parse_string(f"Methods: {printed} adults.", second_reading=None)
    assert list(abstract.figures_of(FigureKind.COUNT)) == []


def test_parts_per_million_is_a_concentration_not_a_rate():
    abstract = parse_string("Results: Areas with fluoride in the water (<0.3 parts per million [ppm]) had more caries; "
                            "incidence was 3 cases per million.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [
        (FigureKind.THRESHOLD, 0.3, "parts per million"), (FigureKind.ESTIMATE, 3, "per million")]


@pytest.mark.parametrize("printed", ["2 × 4 fixed appliances", "partial (2 × 4) fixed appliances", "2x4 mechanics"])
def test_crossed_single_digits_naming_an_appliance_are_no_counts(printed: str):
    abstract = parse_string(f"Methods: Children were treated with {printed}.", second_reading=None)
    assert list(abstract.figures) == []


def test_crossed_digits_before_a_dose_unit_stay_a_dose():
    abstract = parse_string("Methods: Patients received 5 × 4 Gy.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures_of(FigureKind.DOSE)] == [(FigureKind.DOSE, 4)]


def test_the_last_of_shares_listed_with_what_each_is_of_is_a_share_despite_its_bound():
    abstract = parse_string("Results: Toxicity was 80% (mild), 16% (moderate) and < 1% (severe).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE] * 3


@pytest.mark.parametrize("printed", ["greater than 50% (predicted success) or less than 50%", "25%, 50% and >75%"])
def test_bounds_listed_after_a_bound_or_without_labels_stay_limits(printed: str):
    abstract = parse_string(f"Methods: Success was defined as {printed}.", second_reading=None)
    assert abstract.figures[-1].kind is FigureKind.THRESHOLD


# --- batches 202 to 204 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize(("printed", "values"), [
    ("rates increased (33.19 to 39.07 per 10 000 AEs)", [33.19, 39.07]),
    ("rates were lower (5.47 to 4.44 per 10 000 AEs)", [5.47, 4.44]),
])
def test_rates_before_and_after_a_change_are_two_rates(printed: str, values: list[float]):
    abstract = parse_string(f"Results: Concussion {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, v) for v in values]


def test_a_rising_range_of_rates_with_no_change_named_stays_a_range():
    abstract = parse_string("Results: Incidence was 40 to 70 per 100,000 in all regions.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 40, 70)]


def test_a_calendar_year_is_a_time():
    abstract = parse_string("Methods: Patients were admitted over 1 calendar year.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 1)]


@pytest.mark.parametrize(("printed", "kinds"), [("Retention by 3-month follow-up was high", []),
                                                ("Retention after a 3-month follow-up was high",
                                                 [FigureKind.DURATION])])
def test_a_follow_up_visit_reached_by_is_when(printed: str, kinds: list[FigureKind]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


# --- batches 205 to 207 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize("printed", ["atropine 0.01%", "1% cyclopentolate", "clobetasol 0.05%", "homatropine 2%"])
def test_the_strength_of_more_drugs_is_a_dose(printed: str):
    abstract = parse_string(f"Methods: Children received {printed} nightly.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.DOSE]


@pytest.mark.parametrize("printed", ["Mean IOP reduction at 2 and 6 months", "Mean IOP reduction at both 2 and 6 months",
                                     "IOP reduction at both 2 and 6 months", "The mean change at 12 weeks"])
def test_times_after_a_summary_s_name_and_at_are_when_it_was_read(printed: str):
    abstract = parse_string(f"Results: {printed} was greater after laser.", second_reading=None)
    assert list(abstract.figures) == []


def test_a_summary_of_an_age_at_an_event_keeps_its_value():
    abstract = parse_string("Results: The median observed age of death at 65.7 years was lower.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEDIAN, 65.7)]


@pytest.mark.parametrize(("printed", "kinds"), [
    ("Our primary endpoint was 1-year retention in treatment", []),
    ("A 28-day in vivo study was done", [FigureKind.DURATION]),
    ("A 2-year open label trial was done", [FigureKind.DURATION]),
])
def test_a_hyphenated_time_reaches_its_span_noun_over_words_but_not_over_a_preposition(printed: str,
                                                                                       kinds: list[FigureKind]):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


# --- batches 208 to 210 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize("printed", ["The PASI 75 response was reached", "PASI-90 was reached", "ACR20 was reached",
                                     "EASI 50 was reached"])
def test_a_response_named_by_the_share_of_improvement_is_no_count(printed: str):
    abstract = parse_string(f"Results: {printed} by 44.1%.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 44.1)]


def test_a_star_allele_is_part_of_a_gene_s_name():
    abstract = parse_string("Results: CYP2C19*2 loss-of-function allele carriers had more strokes.", second_reading=None)
    assert list(abstract.figures) == []


@pytest.mark.parametrize(("printed", "counted"), [("cases and deaths by 2040", []), ("deaths until 2050", []),
                                                   ("2040 were women", [2040])])
def test_a_year_ahead_is_no_count(printed: str, counted: list[int]):
    abstract = parse_string(f"Results: We projected {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counted


def test_millimoles_per_mole_is_a_unit():
    abstract = parse_string("Results: CVs were 3.7% at a lower (36 mmol/mol (5.4%)) level.", second_reading=None)
    assert list(abstract.figures_of(FigureKind.COUNT)) == []


@pytest.mark.parametrize(("printed", "kinds"), [("published in 1990 or more recently", []),
                                                ("with 10 or more visits", [FigureKind.THRESHOLD])])
def test_a_year_bounded_by_or_more_recently_is_a_date(printed: str, kinds: list[FigureKind]):
    abstract = parse_string(f"Methods: We included studies {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


# --- batches 211 to 213 (twenty-seventh session, after their first contact) -------------------------------

@pytest.mark.parametrize(("printed", "counted"), [("In 1994 we included men born 1921-9", []),
                                                  ("Of 40 we treated 12 patients", [40, 12])])
def test_a_subject_pronoun_is_no_word_of_what_is_counted(printed: str, counted: list[int]):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counted


# --- batches 214 to 222 (twenty-eighth session, after their first contact) -------------------------------

@pytest.mark.parametrize("marker", ["Abstract [en]\n\n", "Abstract (English)\n", "ABSTRACT [eng]\n", "Abstract", "ABSTRACT"])
def test_a_repository_s_abstract_marker_is_no_text_of_the_abstract(marker: str):
    """A language tag after "Abstract" (DiVA's "Abstract [en]") or "Abstract" run into the first word by a text
    layer ("AbstractThis paper"): the marker names the abstract, as a lone "Abstract" does."""
    abstract = parse_string(f"Review of homicides by sharp force\n\n{marker}This paper reviews 13 years of cases.",
                            second_reading=None)
    assert abstract.title == "Review of homicides by sharp force"
    assert [s.text for s in abstract.sections] == ["This paper reviews 13 years of cases."]


def test_a_word_that_begins_with_abstract_stays_in_the_text():
    abstract = parse_string("Effects of drug X on sleep\n\nAbstracts of the meeting were read by 12 people.",
                            second_reading=None)
    assert abstract.sections[0].text.startswith("Abstracts of the meeting")


@pytest.mark.parametrize(("printed", "lengths"), [
    ("This 30-week, placebo-controlled, parallel-group study ended", [30.0]),
    ("It was a 6-week, single-blind, placebo washout", [6.0]),
    ("We examined a 5-week, middle school–based obesity prevention intervention", [5.0]),
    ("A 52-week, single-center, prospective, observation study followed", [52.0]),
    ("Exercise capacity (6-min walk distance, exercise time and training load) improved", []),
    ("We defined nonoverlapping 5-year epochs within each study", []),
])
def test_a_hyphenated_time_reaches_its_span_noun_over_words_listed_with_commas(printed: str, lengths: list[float]):
    """After a comma, adjectives listed before the noun ("a 30-week, placebo-controlled, parallel-group study") do
    not part a hyphenated time from the span it names; without the comma a list item ("6-min walk distance, ...")
    does not reach a noun of the next item, nor does a time reach one over "within"."""
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == lengths


@pytest.mark.parametrize(("printed", "doses"), [
    ("To assess a levonorgestrel (LNG) 52-mg intrauterine system (IUS)", [52.0]),
    ("Women chose a 13.5-mg levonorgestrel IUS", [13.5]),
    ("Each had a 25-µg estradiol patch", [25.0]),
    ("Women had a 75-g OGTT", []),
    ("The 10-mg group did well", []),
])
def test_a_hyphenated_dose_before_the_device_or_form_that_delivers_it_is_a_dose(printed: str, doses: list[float]):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == doses


@pytest.mark.parametrize(("printed", "doses"), [
    ("Women were randomized to 10, 40 or 80U prophylactic oxytocin", [10.0, 40.0, 80.0]),
    ("Patients received 5000 U subcutaneous heparin", [5000.0]),
    ("Airway resistance was 21.6 units higher in smokers", []),
])
def test_an_amount_in_units_before_a_word_and_a_drug_is_a_dose(printed: str, doses: list[float]):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DOSE)] == doses


@pytest.mark.parametrize(("printed", "counted"), [
    ("There were 9 false negative and one false positive for malignant diagnosis", [9, 1]),
    ("There were 14 false-negative and one false-positive immediate interpretations", [14, 1]),
    ("Screening gave 3 true positives", [3]),
    ("The false positive rate was 5%", []),
])
def test_false_and_true_results_are_counted(printed: str, counted: list[int]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counted


# --- batches 223 to 231 (twenty-eighth session, after their first contact) -------------------------------

@pytest.mark.parametrize(("printed", "kind", "value"), [
    ("More than 70 per cent of the patients survived", FigureKind.PERCENTAGE, 70.0),
    ("Sensitivity levels of over 90 per cent were achieved", FigureKind.PERCENTAGE, 90.0),
    ("ESWL has a stone clearance rate of up to 89%", FigureKind.PERCENTAGE, 89.0),
    ("Patients with more than 70 percent stenosis were included", FigureKind.THRESHOLD, 70.0),
    ("The trial aimed at a complete response rate of ≥75%", FigureKind.THRESHOLD, 75.0),
])
def test_a_per_cent_in_words_after_a_bound_reads_as_a_per_cent_sign_does(printed: str, kind: FigureKind, value: float):
    """"per cent" spelled out after a bound carries the bound's share as "%" does: a share of a group or a result
    named before it ("a rate of up to 89%") is a percentage; a limit on what was studied, or a target set with a
    sign, stays a threshold."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize(("printed", "listed"), [
    ("Survival was 20 percent, and 48 and 43 percent of those transferred survived", [20.0, 48.0, 43.0]),
    ("Gunshot wounds (140 or 32 percent) and falls (122 or 28 percent) were common", [32.0, 28.0]),
])
def test_a_list_ending_in_percent_in_words_is_no_list_of_measurements(printed: str, listed: list[float]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.PERCENTAGE)] == listed


@pytest.mark.parametrize(("printed", "value", "comparator"), [
    ("(p approximately equal to 0.01)", 0.01, "≈"),
    ("(p value 0.19)", 0.19, "="),
    ("(P-value 0.006)", 0.006, "="),
    ("(the p value was 0.04)", 0.04, "="),
])
def test_a_p_value_spelled_in_words_or_printed_after_its_name_alone(printed: str, value: float, comparator: str):
    abstract = parse_string(f"Results: SVR was lower in cirrhosis {printed}.", second_reading=None)
    assert [(f.value, f.measure) for f in abstract.figures_of(FigureKind.P_VALUE)] == [(value, comparator)]


@pytest.mark.parametrize(("printed", "counted"), [
    ("from a stratified random sample of 2014 personnel", [2014]),
    ("312 service members and 40 staff", [312, 40]),
    ("in 2014", []),
])
def test_personnel_and_staff_are_counted_people(printed: str, counted: list[int]):
    abstract = parse_string(f"Methods: Records were abstracted {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counted


@pytest.mark.parametrize(("printed", "counted"), [("Of the nine who completed, three who withdrew did so early", [9, 3]),
                                                  ("Outcomes were better than in the one who was not", [])])
def test_a_number_word_before_who_counts_people(printed: str, counted: list[int]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counted


@pytest.mark.parametrize(("printed", "lengths"), [
    ("a 40-minute, semi-structured interview", [40.0]),
    ("a 60-minute education session", [60.0]),
    ("the 6-month interview", []),
])
def test_an_interview_or_session_is_a_span_a_hyphenated_time_measures(printed: str, lengths: list[float]):
    abstract = parse_string(f"Methods: Screening involved {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.DURATION)] == lengths


@pytest.mark.parametrize(("printed", "kind", "values"), [
    ("The AUCs were 0.61 and 0.64, respectively", FigureKind.ESTIMATE, [0.61, 0.64]),
    ("The AUC values were 0.61, 0.64 and 0.70", FigureKind.ESTIMATE, [0.61, 0.64, 0.70]),
    ("The AUSROCs of FSH, testicular volume and HS were 0.6119, 0.6389 and 0.6758, respectively",
     FigureKind.ESTIMATE, [0.6119, 0.6389, 0.6758]),
    ("The PPVs for the two tests were 0.8 and 0.9", FigureKind.ESTIMATE, [0.8, 0.9]),
    ("The DORs of testicular volume, HS, and MA were 1.98, 16.49, and 1.26, respectively",
     FigureKind.RATIO, [1.98, 16.49, 1.26]),
    ("The NPVs were 81.3, 86.2, 92.0 and 100%, respectively", FigureKind.PERCENTAGE, [81.3, 86.2, 92.0, 100.0]),
])
def test_a_measure_named_in_the_plural_names_each_value_of_its_list(printed: str, kind: FigureKind,
                                                                      values: list[float]):
    """"The AUCs of A, B and C were x, y and z": one value of the measure each, whatever lists what they are of;
    shares named in the plural whose per cent sign comes later stay percentages."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value) for value in values]


@pytest.mark.parametrize(("printed", "comparator"), [("renal stones 20 mm or smaller", "≤"),
                                                     ("lesions 20 mm or larger", "≥")])
def test_a_size_or_smaller_or_larger_is_a_limit(printed: str, comparator: str):
    abstract = parse_string(f"Methods: ESWL is the treatment of choice for {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.THRESHOLD, 20.0, comparator)]


# --- batches 232 to 240 (twenty-eighth session, after their first contact) -------------------------------

@pytest.mark.parametrize(("printed", "value", "currency"), [
    ("Mean costs were UK pound sterling 13,257 for the EVAR group", 13257.0, "£"),
    ("Costs were pounds sterling 9946 in the open group", 9946.0, "£"),
])
def test_pubmed_s_pound_sterling_is_a_currency(printed: str, value: float, currency: str):
    """PubMed's older records spell "£" out: the figure after it is a cost, an estimate, not a count."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, currency)]


def test_pubmed_s_spelled_plus_minus_joins_a_value_and_its_sd():
    abstract = parse_string("Results: Time to sterile cultures was 40.6 .+-. 5.4 days with fluconazole.",
                            second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.MEAN, 40.6, 5.4)]


@pytest.mark.parametrize("printed", ["odds ratio (OR) 0.08 – 95% confidence interval (CI) 0.03–0.19",
                                     "OR 0.08 - 95% CI: 0.03-0.19"])
def test_a_value_parted_from_its_interval_s_level_by_a_spaced_dash_keeps_its_interval(printed: str):
    abstract = parse_string(f"Results: Nirmatrelvir lowered the odds [{printed}].", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.RATIO, 0.08, 0.03, 0.19)]


@pytest.mark.parametrize(("printed", "kind", "value"), [
    ("(risk difference [RD] -2.6%, 95% confidence interval [CI] -10.5% to 5.3%)", FigureKind.PERCENTAGE_POINTS, -2.6),
    ("a relative risk reduction of 90%", FigureKind.PERCENTAGE, 90.0),
    ("(difference, -28.2%)", FigureKind.ESTIMATE, -28.2),
])
def test_a_risk_difference_named_with_its_abbreviation_is_in_points_even_signed(printed: str, kind: FigureKind, value: float):
    abstract = parse_string(f"Results: There was {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize(("printed", "kinds"), [
    ("The frequency of cesarean section increased from 12 to 19 percent",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]),
    ("This compares with a change from 11 to 14 per cent in Kentucky", [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]),
    ("Between 12 and 19 percent of them died", [FigureKind.RANGE]),
    ("12 to 19 percent of them died", [FigureKind.RANGE]),
])
def test_a_change_from_one_share_to_another_in_words_is_two_percentages(printed: str, kinds: list[FigureKind]):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "ratios"), [
    ("White men had a relative risk of death of 2.58 and 2.00, respectively", [2.58, 2.0]),
    ("The hazard ratio of relapse of 0.5 was found", [0.5]),
    ("The odds ratio of death in the group of 3 patients was high", []),
])
def test_a_ratio_named_with_what_it_is_of_then_of_its_value(printed: str, ratios: list[float]):
    """"a relative risk of death of 2.58": what the ratio is of, then "of" and its value; "of 3 patients" counts a
    group and gives no ratio."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.RATIO)] == ratios


# --- batches 244 to 249 (twenty-ninth session, after their first contact) --------------------------------

@pytest.mark.parametrize(("printed", "kinds"), [
    ("a higher prevalence of limited SSc (from 72 to 87.5%; p ≤ .0001)",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE, FigureKind.P_VALUE]),
    ("a rise in antibody prevalence (42 to 80 per cent, P less than 0.02)",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE, FigureKind.P_VALUE]),
    ("a rise in antibody prevalence (42 to 80%, P < 0.02)",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE, FigureKind.P_VALUE]),
    ("sensitivities from 72 to 87.5% in the studies", [FigureKind.RANGE]),
    ("a span of ages (42 to 80 years, P < 0.02)", [FigureKind.RANGE, FigureKind.P_VALUE]),
])
def test_a_change_from_one_share_to_another_tested_is_two_percentages_without_a_verb(printed: str,
                                                                                     kinds: list[FigureKind]):
    """A p value after "from 72 to 87.5%" or after "(42 to 80%" says two shares were compared: a change, not a
    range of values, even with no verb of change before it; ages so printed stay a range."""
    abstract = parse_string(f"Results: Patients showed {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "kinds"), [
    ("Median values for TTP, PFS, and OS were 5.2, 4.9, and 23.2 months, respectively",
     [FigureKind.MEDIAN] * 3),
    ("The mean age, weight and BMI were 45, 70 and 27, respectively", [FigureKind.MEAN] * 3),
    ("The median age and weight were 45 and 70", [FigureKind.MEDIAN] * 2),
    ("The mean age was 45, and 12 patients relapsed, 3 of them twice", [FigureKind.MEAN, FigureKind.COUNT,
                                                                       FigureKind.COUNT]),
])
def test_a_summary_named_once_for_a_list_of_quantities_names_each_value(printed: str, kinds: list[FigureKind]):
    """"Median values for TTP, PFS, and OS were 5.2, 4.9, and 23.2 months": one median for each name listed,
    however many; a summary of one quantity names one value."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("P = 6.63 × 10−34", 6.63, "×10^-34"),
    ("P<10(-7)", 10, "to the power -7 (P<1e-7)"),
    ("P = 0.003", 0.003, None),
])
def test_the_benchmark_reads_a_p_value_keyed_with_its_power_of_ten_as_the_number_it_stands_for(
        printed: str, value: float, unit: str | None):
    """Keys hold "P = 6.63 × 10−34" as 6.63 with the unit "×10^-34" (their checker keeps values as printed); the
    parser reads the p value itself, so a right reading counts as found."""
    from benchmarks.bench_abstracts import score_one

    figure = {"section": 0, "at": printed, "kind": "p_value", "value": value}
    if unit:
        figure["unit"] = unit
    key = {"source": {"journal_family": "other"},
           "sections": [{"heading": "Results", "category": "RESULTS", "starts_with": "The variant"}],
           "figures": [figure]}
    result = score_one(key, parse_string(f"Results: The variant mattered ({printed})."), "power-of-ten")
    assert (result.score.recalled, result.score.precise) == (1, 1)


@pytest.mark.parametrize(("printed", "kinds"), [
    ("Sleep increased from 82.1 to 160.0 min and from 83.2 to 123.8 min with the drug", [FigureKind.MEAN] * 4),
    ("Uptake rose from 12% to 19% and from 30 to 41% with the drug",
     [FigureKind.PERCENTAGE] * 4),
    ("Sleep lasted 82 min and from 83.2 to 123.8 min in others", [FigureKind.DURATION, FigureKind.RANGE]),
])
def test_a_second_change_after_the_first_s_verb_is_two_values_in_any_unit(printed: str, kinds: list[FigureKind]):
    """"increased from 82.1 to 160.0 min and from 83.2 to 123.8 min": the verb governs both changes, in minutes as
    in per cents (each minute value a mean, as a measurement changed from one value to another is); with no verb of
    change, "from ... to ..." stays a range."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "values"), [
    ("−2.0/−1.2 mm Hg for the TM group compared to +0.4/+0.5 mm Hg for controls", [-2.0, -1.2, 0.4, 0.5]),
    ("-4.1/-2.2 mmHg with the drug", [-4.1, -2.2]),
])
def test_signed_changes_of_systolic_and_diastolic_pressure_are_two_values(printed: str, values: list[float]):
    abstract = parse_string(f"Results: Changes in SBP/DBP were {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, v) for v in values]


@pytest.mark.parametrize(("printed", "kinds"), [
    ("except for age (38.4 vs. 49.7 years; p < .001)", [FigureKind.MEAN, FigureKind.MEAN, FigureKind.P_VALUE]),
    ("except for age (38.4 years vs. 49.7 years)", [FigureKind.MEAN, FigureKind.MEAN]),
    ("except for disease duration (5.2 vs. 7.1 years)", [FigureKind.DURATION, FigureKind.DURATION]),
    ("except for onset age (5 years)", [FigureKind.DURATION]),
])
def test_two_groups_ages_compared_in_a_bracket_after_age_are_means(printed: str, kinds: list[FigureKind]):
    """As after "older" or "younger": two ages set side by side in a bracket are each group's mean age, as the keys
    read them; other times so compared, or one age alone, are not."""
    abstract = parse_string(f"Results: The groups did not differ {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "counts"), [
    ("Of the 251 patients with ankle sprains 33 had an ankle fracture", [251.0, 33.0]),
    ("Of these infants 28 had recurrent otitis media", [28.0]),
    ("Phage typing of 32 isolates showed that 21 were linked by a common phage type", [32.0, 21.0]),
    ("Follow-up revealed that 11 were dead", [11.0]),
    ("Levels in stage 3 were high", []),
    ("We found that 2010 was the warmest year", []),
])
def test_a_bare_number_after_its_group_or_that_with_its_verb_is_a_count(printed: str, counts: list[float]):
    """"Of the 251 patients with ankle sprains 33 had": the group named before the number says what it counts; so
    does "that" before a number and its verb. A label's number or a year is no count."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == counts


@pytest.mark.parametrize(("printed", "figures"), [
    ("in the subscale own capacity (2.8 vs 2.7, p=0.09)", [(FigureKind.MEAN, 2.8, ""), (FigureKind.MEAN, 2.7, ""),
                                                          (FigureKind.P_VALUE, 0.09, "=")]),
    ("in recovery time (4.63 versus 5.63)", [(FigureKind.MEAN, 4.63, ""), (FigureKind.MEAN, 5.63, "")]),
    ("in sensitivity (0.83 vs 0.66)", [(FigureKind.ESTIMATE, 0.83, "sensitivity"),
                                       (FigureKind.ESTIMATE, 0.66, "sensitivity")]),
    ("in the area under the curve values (0.61 vs 0.63)", [(FigureKind.ESTIMATE, 0.61, "AUC"),
                                                          (FigureKind.ESTIMATE, 0.63, "AUC")]),
    ("in deaths (111 versus 366)", [(FigureKind.COUNT, 111.0, ""), (FigureKind.COUNT, 366.0, "")]),
    ("in ARR (0.40 vs 0.20)", [(FigureKind.ESTIMATE, 0.4, "rate"), (FigureKind.ESTIMATE, 0.2, "rate")]),
])
def test_two_bare_values_compared_in_a_bracket_are_means_unless_a_measure_is_named(printed: str, figures: list):
    """"own capacity (2.8 vs 2.7, p=0.09)": two groups' values with no unit and no name are each group's mean, as
    the keys read them; after a measure's name they are its estimates; whole numbers alone may be counts."""
    abstract = parse_string(f"Results: The groups differed {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure or "") for f in abstract.figures] == figures


@pytest.mark.parametrize("printed", ["low 25[OH]D levels", "low 25(OH)D levels"])
def test_a_vitamin_d_metabolite_s_locant_in_square_brackets_is_no_count(printed: str):
    abstract = parse_string(f"Results: We measured {printed} in the cohort.", second_reading=None)
    assert not abstract.figures_of(FigureKind.COUNT)


def test_pubmed_s_mu_g_is_a_dose_unit():
    abstract = parse_string("Methods: Patients received vitamin D3 (200, 100, and 50 mu-g daily).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, 200.0), (FigureKind.DOSE, 100.0),
                                                              (FigureKind.DOSE, 50.0)]


def test_sgml_entities_named_in_brackets_are_the_signs_they_name():
    """Some publishers' feeds print "%" and "±" as their SGML entity names in brackets ("84[percnt]")."""
    abstract = parse_string("Results: Involvement was bilateral in 84[percnt]; age was 12.1[plusmn]3.4 years.",
                            second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 84.0, None),
                                                                  (FigureKind.MEAN, 12.1, 3.4)]


@pytest.mark.parametrize(("printed", "figures"), [
    ("The cumulative risk by age 90 was high", [(FigureKind.THRESHOLD, 90.0, "≤")]),
    ("Most girls had symptoms by the age of 5", [(FigureKind.THRESHOLD, 5.0, "≤")]),
    ("Most were treated by day 5", []),
    ("By age 19 years, 77% had lost attachment", [(FigureKind.THRESHOLD, 19.0, None),
                                                  (FigureKind.PERCENTAGE, 77.0, None)]),
])
def test_an_age_reached_by_is_an_upper_limit(printed: str, figures: list):
    """"by age 90", like "before the age of 5", bounds the ages counted (the keys: 11 of 13); "by day 5" is a time
    point of the schedule; an age that opens the sentence ("By age 19 years, 77% had") takes no bound from it."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == figures


@pytest.mark.parametrize(("printed", "value", "low", "high"), [
    ("women: −10.6 per 100 000 (95% CI: −13.3; −7.9)", -10.6, -13.3, -7.9),
    ("men: -4.1 per 100 000 (95% CI: -6.5, -1.7)", -4.1, -6.5, -1.7),
    ("all: 4.1 per 100 000 (95% CI: 1.7, 6.5)", 4.1, 1.7, 6.5),
])
def test_a_change_in_a_rate_keeps_its_sign_and_its_interval(printed: str, value: float, low: float, high: float):
    """A rate's sign says it fell; its CI may part its bounds with a comma or a semicolon before the bracket
    closes."""
    abstract = parse_string(f"Results: Incidence fell afterwards ({printed}).", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, low, high)]


def test_a_rate_range_is_not_read_as_a_signed_rate():
    abstract = parse_string("Results: Rates were 12-14 per 100 000 in women.", second_reading=None)
    assert not [f for f in abstract.figures if f.value is not None and f.value < 0]


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("Using 0.25 ml/kg/min as cutoff, mortality differed", 0.25, "ml/kg/min"),
    ("With 12 mmol/L as the threshold, 40 were positive", 12.0, "mmol/L"),
])
def test_a_measurement_taken_as_a_cut_off_is_a_threshold(printed: str, value: float, unit: str):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert (abstract.figures[0].kind, abstract.figures[0].value, abstract.figures[0].unit) == (
        FigureKind.THRESHOLD, value, unit)


def test_signed_values_after_a_range_that_ends_a_clause_are_read():
    """"-0.831 (S.E. 0.402) for ages 15-17; -0.524 (S.E. 0.256) for ages 18-20": the semicolon ends the clause
    the range closes; the next signed value is an estimate of its own, not the next of a list of numbers."""
    abstract = parse_string("Results: The price elasticity varied with age: -0.831 (S.E. 0.402) for ages 15-17; "
                            "-0.524 (S.E. 0.256) for ages 18-20.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.ESTIMATE)] == [-0.831, -0.524]


@pytest.mark.parametrize(("printed", "kinds"), [
    ("The sensitivity and specificity of the assay were 81.0 and 97.0%, respectively",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]),
    ("The sensitivity and specificity of the assay were 0.81 and 0.97, respectively",
     [FigureKind.ESTIMATE, FigureKind.ESTIMATE]),
])
def test_a_per_cent_sign_printed_after_the_last_of_listed_shares_holds_for_each(printed: str, kinds: list):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize("printed", ["myelination of the median nerve in type 1A patients",
                                     "a median sternotomy in 3 cases"])
def test_the_median_of_anatomy_is_no_summary(printed: str):
    abstract = parse_string(f"Results: We saw {printed}.", second_reading=None)
    assert not abstract.figures_of(FigureKind.MEDIAN)


@pytest.mark.parametrize(("printed", "measure"), [("the rate ratio estimate was 23.7", "RR"),
                                                  ("the odds ratio estimate was 23.7", "OR")])
def test_a_ratio_s_estimate_named_in_the_singular_is_that_ratio(printed: str, measure: str):
    abstract = parse_string(f"Results: For dipyrone, {printed} in Ulm.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, 23.7, measure)]


def test_a_time_before_a_rate_s_scale_is_a_time_not_a_rate():
    """"82 cases ... by 60 days per 1 million treatment episodes": "per 1 million" scales the 82 cases; the 60 days
    say by when, and the million counts nothing."""
    abstract = parse_string("Results: The excess was 82 cases by 60 days per 1 million treatment episodes.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 82.0), (FigureKind.DURATION, 60.0)]


def test_a_mean_time_per_person_stays_a_mean():
    abstract = parse_string("Results: Follow-up was 1200 person-years, with a mean of 10.8 years per patient.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 1200.0), (FigureKind.MEAN, 10.8)]


@pytest.mark.parametrize(("printed", "kinds"), [
    ("The programme increased the proportion of PD incident patients from 7 to 47%",
     [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]),
    ("The proportion of PD incident patients ranged from 7 to 47%", [FigureKind.RANGE]),
])
def test_a_verb_of_change_before_what_changed_makes_from_and_to_a_change(printed: str, kinds: list):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "kinds"), [
    ("a creatinine rise ≥ 0.5 mg/dL or 25% from baseline", [FigureKind.THRESHOLD, FigureKind.THRESHOLD]),
    ("a creatinine rise ≥ 0.5 mg/dL in 25% of patients", [FigureKind.THRESHOLD, FigureKind.PERCENTAGE]),
])
def test_a_per_cent_offered_as_the_other_limit_of_a_criterion_is_a_threshold(printed: str, kinds: list):
    abstract = parse_string(f"Methods: Kidney injury was defined as {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "figure"), [
    ("Deaths within 500 m of the facility fell", (FigureKind.THRESHOLD, 500.0, "m")),
    ("Climbers slept above 4000 m", (FigureKind.THRESHOLD, 4000.0, "m")),
    ("The walk distance improved by 37.9 m (95% CI 10.8 to 65.0)", (FigureKind.ESTIMATE, 37.9, "m")),
])
def test_metres_printed_as_m_are_a_unit_after_three_digits_or_a_decimal(printed: str, figure: tuple):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [figure]


def test_six_m_is_not_read_as_metres():
    abstract = parse_string("Results: Of 12 patients, 6 m later 4 relapsed.", second_reading=None)
    assert not [f for f in abstract.figures if f.unit == "m"]


@pytest.mark.parametrize(("printed", "figures"), [
    ("We allowed a maximum of three attempts at reduction", [(FigureKind.THRESHOLD, 3.0)]),
    ("Care lasted for a maximum of 8 visits", [(FigureKind.THRESHOLD, 8.0)]),
    ("Follow-up was a maximum of 29 months", [(FigureKind.DURATION, 29.0)]),
    ("Temperature reached a maximum of 40 mg", [(FigureKind.DOSE, 40.0)]),
])
def test_a_maximum_of_a_number_of_things_is_a_cap(printed: str, figures: list):
    """"a maximum of three attempts" caps how many (the keys: 5 of 5); a maximum time or amount stays what it
    is."""
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == figures


@pytest.mark.parametrize(("printed", "figures"), [
    ("the RR was 23% lower (P = .05)", [(FigureKind.PERCENTAGE, 23.0), (FigureKind.P_VALUE, 0.05)]),
    ("the RR was 0.77 (P = .05)", [(FigureKind.RATIO, 0.77), (FigureKind.P_VALUE, 0.05)]),
])
def test_a_ratio_named_then_a_per_cent_is_a_relative_change_not_a_ratio(printed: str, figures: list):
    abstract = parse_string(f"Results: In men followed up until 2000, {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == figures


def test_the_scale_of_a_rate_is_no_partner_of_the_next_rate():
    """"8.6 events per 1000 person-years and 6.2 events per 1000": the 1000 before "and" scales the first rate."""
    abstract = parse_string("Results: The rate of major hemorrhage was 8.6 events per 1000 person-years and 6.2 "
                            "events per 1000 person-years.", second_reading=None)
    assert 1000.0 not in [f.value for f in abstract.figures]


def test_a_ratio_printed_in_per_cent_stays_a_ratio():
    abstract = parse_string("Results: The standardized mortality ratio was 70 % for those who stayed.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.RATIO, 70.0)]


@pytest.mark.parametrize("printed", ["(range, 20 to > 90 years)", "(range 20 to <90 years)"])
def test_a_summary_s_range_may_have_an_open_top(printed: str):
    abstract = parse_string(f"Results: Patients had a mean age of 63.5 years {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.MEAN, 63.5, 20.0, 90.0)]


@pytest.mark.parametrize(("printed", "figure"), [
    ("Use of an opiate (OR: 1.59; 95%; CI: 1.14, 2.20) raised the risk", (FigureKind.RATIO, 1.59, 1.14, 2.2)),
    ("Survival in group III (71%; CI, 55%-87%) was better", (FigureKind.PERCENTAGE, 71.0, 55.0, 87.0)),
    ("Cure with flucytosine (0%; CI, 0% to 46%) was rare", (FigureKind.PERCENTAGE, 0.0, 0.0, 46.0)),
])
def test_a_ci_s_level_parted_by_a_stray_semicolon_is_still_its_level(printed: str, figure: tuple):
    """"95%; CI:" is a CI's level parted from its name; "(71%; CI, 55%-87%)" is a share, then its CI."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [figure]


def test_quartiles_that_name_a_median_s_interval_are_no_figures():
    abstract = parse_string("Results: Median (25%, 75%) change in HbA1c was −0.1 (−0.8, 0.3) with MT.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEDIAN, -0.1)]


@pytest.mark.parametrize(("printed", "figures"), [
    ("Infants of smokers weighed 141.8 g less than others", [(FigureKind.ESTIMATE, 141.8)]),
    ("Infants weighing 96 g, 183 g, and 200 g less, respectively",
     [(FigureKind.ESTIMATE, 96.0), (FigureKind.ESTIMATE, 183.0), (FigureKind.ESTIMATE, 200.0)]),
    ("Patients took 2 g daily", [(FigureKind.DOSE, 2.0)]),
])
def test_a_mass_weighed_or_compared_is_no_dose(printed: str, figures: list):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == figures


@pytest.mark.parametrize(("printed", "figures"), [
    ("Distance on the 6 minute walking distance test improved", []),
    ("73% improved on the 6-minute walk test", [(FigureKind.PERCENTAGE, 73.0)]),
    ("They did 30 minutes walking per day", [(FigureKind.DURATION, 30.0)]),
])
def test_a_timed_walk_test_s_name_is_no_time(printed: str, figures: list):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == figures


@pytest.mark.parametrize(("printed", "kinds"), [
    ("Mortality fell in the communities (41.1% to 23.9% and 37.6% to 27.0%) after the service began",
     [FigureKind.PERCENTAGE] * 4),
    ("Coverage was 26% to 27% in the communities", [FigureKind.RANGE]),
    ("Survival ranged from 99.0% to 81.5%, 93.5% to 19.3% and 95.9% to 78.2%, respectively",
     [FigureKind.RANGE] * 3),
])
def test_shares_printed_downwards_are_a_change_not_a_range(printed: str, kinds: list):
    """No range runs downwards: "(41.1% to 23.9%)" is a share before and after; but "ranged from" names each of
    its list a range, however printed."""
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == kinds


@pytest.mark.parametrize(("printed", "comparator"), [("(p %3C; 0.001)", "<"), ("(p %3E 0.05)", ">")])
def test_a_url_encoded_comparator_is_read(printed: str, comparator: str):
    abstract = parse_string(f"Results: Scores differed {printed}.", second_reading=None)
    assert [(f.kind, f.measure) for f in abstract.figures] == [(FigureKind.P_VALUE, comparator)]


def test_an_inter_quartile_range_hyphenated_is_the_median_s_interval():
    abstract = parse_string("Results: The median age was 50.5 years (inter-quartile range [IQR] 32.2–67.7).",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.MEDIAN, 50.5, 32.2, 67.7)]


@pytest.mark.parametrize(("printed", "figures"), [
    ("Most had 1 attack or less per year", [(FigureKind.THRESHOLD, 1.0, "≤")]),
    ("Patients with 3 relapses or more were excluded", [(FigureKind.THRESHOLD, 3.0, "≥")]),
    ("Patients with 3 relapses were excluded", [(FigureKind.COUNT, 3.0, None)]),
])
def test_a_count_of_things_bounded_after_its_noun_is_a_threshold(printed: str, figures: list):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == figures


def test_a_clock_time_is_no_count():
    abstract = parse_string("Results: The team worked on weekdays from 7 AM to 7 PM.", second_reading=None)
    assert not abstract.figures


# --- batches 301 to 345 (thirtieth session, after their first contact) ---------------------------

@pytest.mark.parametrize("opener", ["Summary ", "SUMMARY ", "Abstract ", "Summary. "])
def test_lower_case_run_in_headings_after_the_abstract_s_name(opener: str):
    text = (f"{opener}objective To compare two doses of a drug in adults.\n"
            "methods Randomised trial of 200 adults given\n120 or 240 mg daily.\n"
            "results Mortality was 12% and 11%.\nconclusions Both doses work.")
    assert _labels(text) == [("objective", "OBJECTIVE"), ("methods", "METHODS"), ("results", "RESULTS"),
                             ("conclusions", "CONCLUSIONS")]


def test_a_summary_opening_with_a_lower_case_label_word_stays_prose():
    text = "Summary objective measures were taken in 40 adults. The results were mixed. Methods differed."
    assert [label for label, _ in _labels(text)] == [None]


@pytest.mark.parametrize("label", ["Patients", "Participants", "Setting"])
def test_a_run_in_label_repeating_the_open_heading_is_its_text(label: str):
    text = (f"Design: Cohort study.\n{label}: In the first cohort, 432 adults were enrolled. "
            f"{label} 65 years or older were eligible.\nResults: Delirium occurred in 15%.")
    abstract = parse_string(text)
    assert [s.label for s in abstract.sections] == ["Design", label, "Results"]
    assert f"{label} 65 years" in abstract.sections[1].text


def test_a_run_in_label_of_another_part_still_opens_it():
    text = "Setting: Mayo Clinic. Patients Twenty-four patients took part. Intervention Drug A was given."
    assert [label for label, _ in _labels(text)] == ["Setting", "Patients", "Intervention"]


@pytest.mark.parametrize("line", ["More participants reported distressing constipation",
                                  "Fewer patients in the placebo group"])
def test_a_wrapped_results_line_alone_is_no_heading_that_steps_back(line: str):
    text = ("Objective To test a drug.\nDesign Randomised trial.\n"
            "Results 38 participants completed the study; pain fell\n(P = 0.03).\n"
            f"{line}\nwhile taking the drug (9 v 1, P = 0.02).\nConclusions The drug works.")
    abstract = parse_string(text)
    assert [s.label for s in abstract.sections] == ["Objective", "Design", "Results", "Conclusions"]
    assert "(9 v 1, P = 0.02)" in abstract.sections[2].text


@pytest.mark.parametrize(("printed", "figure"), [
    ("(n ⴝ 398)", (FigureKind.COUNT, 398.0, None)),
    ("(P Ͻ 0.001)", (FigureKind.P_VALUE, 0.001, "<")),
    ("(P ϭ .02)", (FigureKind.P_VALUE, 0.02, "=")),
    ("(p Ͼ 0.05)", (FigureKind.P_VALUE, 0.05, ">")),
    ("aged Ն65 years", (FigureKind.THRESHOLD, 65.0, "≥")),
    ("doses Յ5 mg", (FigureKind.THRESHOLD, 5.0, "≤")),
])
def test_a_math_font_s_letters_for_comparators_are_read_as_the_signs(printed: str, figure: tuple):
    abstract = parse_string(f"Results: Patients were studied {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [figure]


def test_a_math_font_s_letters_for_plus_minus_and_minus_are_read_as_the_signs():
    abstract = parse_string("Results: Age was 54 Ϯ 8 years; the change was Ϫ0.5 (95% CI Ϫ0.9 to Ϫ0.1).",
                            second_reading=None)
    assert [(f.kind, f.value, f.sd, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.MEAN, 54.0, 8.0, None, None), (FigureKind.ESTIMATE, -0.5, None, -0.9, -0.1)]


@pytest.mark.parametrize("printed", ["reductions of 14–19, 23, 20, and 20%", "reductions of 24-37, 23, 20 and 20%"])
def test_a_range_among_shares_listed_with_one_per_cent_sign_leaves_the_others_shares(printed: str):
    abstract = parse_string(f"Results: The drugs gave {printed}, respectively.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.RANGE] + [FigureKind.PERCENTAGE] * 3


@pytest.mark.parametrize(("printed", "figure"), [
    ("an improvement of 6.6 mm (95% confidence interval 1.6 mm to 11.6 mm)", (6.6, "mm", 1.6, 11.6)),
    ("a difference of 6.6 mm (95% CI 1.6 to 11.6 mm)", (6.6, "mm", 1.6, 11.6)),
    ("a mean increase in FEV1 of 30 mL (95% CI, -260 to +330 mL; P = .82)", (30.0, "mL", -260.0, 330.0)),
    ("a difference of 2 kg (95% CI, 0.5 kg-3.5 kg)", (2.0, "kg", 0.5, 3.5)),
])
def test_a_ci_whose_bounds_carry_the_value_s_unit_is_that_value_s(printed: str, figure: tuple):
    abstract = parse_string(f"Results: There was {printed}.", second_reading=None)
    assert [(f.value, f.unit, f.low, f.high) for f in abstract.figures][0] == figure


def test_a_ci_in_millions_of_a_currency_stays_the_cost_s():
    abstract = parse_string("Results: It cost $17 million (95% CI $11 to $23 million) in all.", second_reading=None)
    assert [f.value for f in abstract.figures] == [17.0]


@pytest.mark.parametrize(("printed", "bounds"), [("(95% CI 0.9 to +2.1)", (0.9, 2.1)),
                                                 ("(95% CI −0.9 to +0.2)", (-0.9, 0.2))])
def test_an_upper_bound_printed_with_its_plus_sign_closes_the_interval(printed: str, bounds: tuple):
    abstract = parse_string(f"Results: The estimate was 0.5 {printed}.", second_reading=None)
    assert [(f.low, f.high) for f in abstract.figures] == [bounds]


@pytest.mark.parametrize("printed", ["between age 20 and 74 years", "between ages 20 and 74 years"])
def test_ages_between_two_bounds_are_a_range(printed: str):
    abstract = parse_string(f"Methods: We included adults {printed}.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 20.0, 74.0)]


def test_two_ages_naming_groups_stay_no_range():
    abstract = parse_string("Methods: We included children aged 12 and 15 years.", second_reading=None)
    assert FigureKind.RANGE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed", ["(+11.7 percentage units)", "by 11.7 percentage units", "by 11.7 % units"])
def test_percentage_units_are_percentage_points(printed: str):
    abstract = parse_string(f"Results: Survival rose {printed} over the period.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE_POINTS, 11.7)]


@pytest.mark.parametrize("printed", ["an energy restriction of 2540 kJ/d", "an intake of 1,025 kcal", "4.2 MJ a day"])
def test_an_amount_of_energy_is_no_count(printed: str):
    abstract = parse_string(f"Results: Subjects had {printed} during treatment.", second_reading=None)
    assert FigureKind.COUNT not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("title", [
    "Clinical trial: comparative effectiveness of two antibiotics for cellulitis: a randomized controlled trial",
    "Case report: an unusual cause of optic neuritis in a young woman",
])
def test_a_first_paragraph_opening_with_a_label_and_going_on_in_lower_case_is_the_title(title: str):
    abstract = parse_string(f"{title}\n\nBACKGROUND: Little is known.\nMETHODS: We did a trial.\nRESULTS: It worked.")
    assert abstract.title == title
    assert [s.label for s in abstract.sections] == ["BACKGROUND", "METHODS", "RESULTS"]


def test_a_first_line_opening_with_a_label_then_text_of_the_abstract_stays_a_heading():
    abstract = parse_string("Background: the aim was to compare two drugs.\n\nMethods: We did a trial.")
    assert [s.label for s in abstract.sections] == ["Background", "Methods"]


@pytest.mark.parametrize(("printed", "figure"), [
    ("diastolic pressures between 12.6 kPa and 14.5 kPa", (FigureKind.RANGE, None, "kPa")),
    ("PaO2 above 10 kPa", (FigureKind.THRESHOLD, 10.0, "kPa")),
])
def test_kilopascals_are_a_unit_of_pressure(printed: str, figure: tuple):
    abstract = parse_string(f"Methods: We studied men with {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [figure]


def test_a_box_drawing_line_between_two_bounds_is_a_range_s_dash():
    abstract = parse_string("Results: The rate was 25.6% (range 18.2% ─ 35.1%).", second_reading=None)
    assert [(f.value, f.low, f.high, f.interval) for f in abstract.figures] == [(25.6, 18.2, 35.1, "range")]


@pytest.mark.parametrize("printed", ["a level 3 university referral center", "the level 1 trauma centre"])
def test_a_level_numbering_a_kind_of_hospital_is_no_count(printed: str):
    abstract = parse_string(f"Methods: Women were treated in {printed}.", second_reading=None)
    assert not abstract.figures


@pytest.mark.parametrize(("printed", "figure"), [
    ("(median 216.2, range 21.2–464.3 mIU/L) than those in remission (94.3, 29.7–402.8 mIU/L; p < 0.05)",
     (FigureKind.MEDIAN, 94.3, 29.7, 402.8, "range")),
    ("(median 61, IQR 50–70) in cases than in controls (54, 45-63)", (FigureKind.MEDIAN, 54.0, 45.0, 63.0, "IQR")),
    ("(mean 12.5, range 8-20 days) than in controls (10.1, 6-15 days)", (FigureKind.MEAN, 10.1, 6.0, 15.0, "range")),
])
def test_the_other_group_s_summary_in_the_same_shape_is_that_summary(printed: str, figure: tuple):
    abstract = parse_string(f"Results: Levels were higher {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high, f.interval) for f in abstract.figures][1] == figure


def test_a_count_and_a_range_that_does_not_hold_it_stay_apart():
    abstract = parse_string("Results: Scores (median 5, range 1-9) were seen; in all (3, 4-8) cases.", second_reading=None)
    assert [f.kind for f in abstract.figures][1:] == [FigureKind.COUNT, FigureKind.RANGE]


def test_a_ratio_s_list_goes_on_past_each_item_s_number_needed_to_treat():
    """The ratio is named far back, beyond the reach of a bare interval's own search for its measure: only the list,
    item after item, carries it."""
    text = ("Results: The new drug relieved pain more often than any of the older comparators did: relative risk 1.38 "
            "(95% confidence interval 1.18 to 1.62), number needed to treat 6 for a halving of pain at one week; 1.28 "
            "(1.08 to 1.51), NNT 8 for freedom from pain at four weeks. It was no better in people whose pain had "
            "lasted for many years, in people who had taken strong opioids before, or in people with nerve damage. "
            "In crossover trials, people preferred the new drug for later courses: 2.39 (2.05 to "
            "2.78), NNT 3. Some welcome effects were more common with the new drug: calm 10.6 (6.86 to 16.5), NNT 3; "
            "sleepiness or drowsiness 1.66 (1.46 to 1.89), NNT 5; cheerfulness 12.5 (3.00 to 52.1), NNT 7.")
    abstract = parse_string(text, second_reading=None)
    assert [f.value for f in abstract.figures if f.kind is FigureKind.RATIO] == [1.38, 1.28, 2.39, 10.6, 1.66, 12.5]


@pytest.mark.parametrize(("group", "bounds"), [("men aged 55-75 years", (55.0, 75.0)),
                                               ("children aged 5–9 years", (5.0, 9.0))])
def test_the_top_of_a_range_before_an_earlier_figure_s_interval_is_no_estimate(group: str, bounds: tuple):
    abstract = parse_string(f"Results: Mortality fell by 64% for {group} (95% confidence interval 50-78%, P <.001).",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures][:2] == [
        (FigureKind.PERCENTAGE, 64.0, 50.0, 78.0), (FigureKind.RANGE, None, *bounds)]


@pytest.mark.parametrize("printed", ["(odds ratio, OR 4.65, 95%-confidence interval, CI 1.33–16.35)",
                                     "(OR 4.65; 95% confidence interval, CI: 1.33 to 16.35)"])
def test_a_ci_named_in_full_then_abbreviated_after_a_comma_is_one_name(printed: str):
    abstract = parse_string(f"Results: Impairment was commoner than in controls {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.RATIO, 4.65, 1.33, 16.35)]


@pytest.mark.parametrize("printed", ["RII was 1.8 (95% CI 1.5 to 2.2)", "relative index of inequality was 1.8 (1.5-2.2)"])
def test_a_relative_index_of_inequality_is_a_ratio(printed: str):
    abstract = parse_string(f"Results: For men the {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.RATIO, 1.8, 1.5, 2.2)]


def test_survival_estimates_with_their_errors_listed_to_one_per_cent_sign_are_shares():
    abstract = parse_string("Results: The 1-, 3- and 5-year survival rates were 64.3 ± 2.4, 55.8 ± 2.5 and 46.3 ± 2.7%, "
                            "respectively.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 64.3), (FigureKind.PERCENTAGE, 55.8), (FigureKind.PERCENTAGE, 46.3)]


def test_means_listed_to_a_per_cent_sign_outside_survival_stay_means():
    abstract = parse_string("Results: HbA1c was 7.1 ± 0.4 and 6.8 ± 0.5%.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.MEAN, FigureKind.MEAN]


@pytest.mark.parametrize(("printed", "values"), [
    ("(HR: 1.0, 0.60, and 0.53 in cohort 1)", [1.0, 0.6, 0.53]),
    ("The OR was 1.5, 1.2 and 0.9 for the three groups", [1.5, 1.2, 0.9]),
])
def test_a_singular_ratio_s_run_of_three_bare_values_is_each_the_ratio(printed: str, values: list):
    abstract = parse_string(f"Results: Mortality fell with fitness {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures if f.kind is FigureKind.RATIO] == values


def test_a_ratio_s_interval_after_a_comma_stays_its_interval():
    abstract = parse_string("Results: The OR was 1.5, 1.2-1.9, for women.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures][0] == (FigureKind.RATIO, 1.2, 1.9)


@pytest.mark.parametrize("printed", ["50,000 pounds per annum", "7250 pounds a year", "300 pounds annually"])
def test_pounds_per_year_are_money(printed: str):
    abstract = parse_string(f"Results: The service would have cost {printed}.", second_reading=None)
    assert [(f.kind, f.unit) for f in abstract.figures] == [(FigureKind.ESTIMATE, "pounds")]


@pytest.mark.parametrize("printed", ["Six gram-negative bacilli infections", "six Gram positive infections",
                                     "six gram-stain results"])
def test_a_gram_stain_is_no_dose(printed: str):
    abstract = parse_string(f"Results: There were {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 6.0)]


def test_grams_taken_stay_a_dose():
    abstract = parse_string("Methods: Patients took 2 grams daily.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, 2.0)]


@pytest.mark.parametrize("printed", ["up to 30 Dec 2018", "up to 5 Jan. 2019", "until 12 Sept 2020"])
def test_a_day_of_a_month_with_its_short_name_is_a_date(printed: str):
    abstract = parse_string(f"Methods: Databases were searched {printed}.", second_reading=None)
    assert not abstract.figures


def test_a_syndrome_abbreviated_hrs_is_no_time():
    abstract = parse_string("Results: Subgroups with type 1 HRS did the same; infusion lasted 2 hrs.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 2.0)]


@pytest.mark.parametrize("printed", ["68% (Cl, 61% to 75%)", "68% (Cl: 61% to 75%)"])
def test_a_ci_printed_with_a_lower_case_l_is_still_a_ci(printed: str):
    abstract = parse_string(f"Results: Survival at 1 year was {printed}.", second_reading=None)
    assert [(f.value, f.low, f.high, f.interval) for f in abstract.figures] == [(68.0, 61.0, 75.0, "CI")]


@pytest.mark.parametrize("printed", ["Estimates of 90 per cent confidence intervals were made",
                                     "We report 95% confidence limits throughout"])
def test_an_interval_s_level_named_without_bounds_is_no_figure(printed: str):
    assert not parse_string(f"Methods: {printed}.", second_reading=None).figures


def test_millirem_is_a_unit_of_radiation_dose_and_rem_sleep_is_no_unit():
    abstract = parse_string("Results: Mean annual doses were 1.8 mSv (180 mrem) and 4.1 mSv (410 mrem). REM sleep "
                            "lasted 20 minutes.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [
        (FigureKind.MEAN, 1.8, "mSv"), (FigureKind.MEAN, 180.0, "mrem"), (FigureKind.MEAN, 4.1, "mSv"),
        (FigureKind.MEAN, 410.0, "mrem"), (FigureKind.DURATION, 20.0, "minutes")]


# --- batches 346 to 392 (thirty-first session, after their first contact) ---------------------------


@pytest.mark.parametrize("printed, value", [("Two thousand abstracts were screened", 2000.0),
                                            ("Nineteen hundred records were read", 1900.0)])
def test_a_number_in_words_that_reads_like_a_year_is_a_count(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, value)]


def test_a_year_in_digits_stays_no_count():
    assert not parse_string("Methods: In 2000 the clinic opened its doors.", second_reading=None).figures


@pytest.mark.parametrize("printed, value", [("IQ decreased by 7.0 points for children", 7.0),
                                            ("the score improved by 41 points", 41.0),
                                            ("they scored 8.6 points higher than controls", 8.6),
                                            ("the EDSS declined by 0.47 points", 0.47)])
def test_a_score_s_points_changed_are_the_difference(printed: str, value: float):
    abstract = parse_string(f"Results: In the trial {printed} (P=0.01).", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures][0] == (FigureKind.ESTIMATE, value, "points")


@pytest.mark.parametrize("printed", ["Mean score was 7 points", "The odds per 1 point increase were higher",
                                     "A 3-point improvement defined a response"])
def test_a_score_s_level_a_step_or_a_hyphenated_change_is_no_difference(printed: str):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert FigureKind.ESTIMATE not in [f.kind for f in abstract.figures]


def test_a_limit_on_a_score_s_change_stays_a_limit():
    abstract = parse_string("Results: Pain improved by ≥4 points in 30 patients.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures][0] == (FigureKind.THRESHOLD, 4.0)


@pytest.mark.parametrize("printed", ["latanoprost (9 pm) and a placebo (9 am)", "drops at 08:00 h and 20:00 h",
                                     "a dose at 7:00 a.m. and one at 10.30 PM", "(average of 9 am and 5 pm measures)"])
def test_a_time_of_day_is_no_figure(printed: str):
    assert not parse_string(f"Methods: Patients received {printed}.", second_reading=None).figures


def test_a_ratio_printed_with_a_colon_stays_a_ratio():
    abstract = parse_string("Results: The female to male ratio was 1:20 in 9 patients.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 9.0)]


@pytest.mark.parametrize("unit", ["mL/min/1.73 m2", "ml/min/1.73m²", "mL/min per 1.73 m2"])
def test_a_filtration_rate_s_unit_keeps_its_body_surface(unit: str):
    abstract = parse_string(f"Results: Median eGFR was 29.3 {unit} (interquartile range 14–50.75).",
                            second_reading=None)
    assert [(f.kind, f.value, f.unit, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.MEDIAN, 29.3, unit, 14.0, 50.75)]


def test_a_second_filtration_rate_after_a_mean_is_that_mean():
    abstract = parse_string("Results: Mean eGFR was 61 ± 12 in cases and 58 mL/min/1.73m² in controls.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 61.0), (FigureKind.MEAN, 58.0)]


@pytest.mark.parametrize("printed", ["relative risks (RR) of death after 7, 30, 90, and 365 days",
                                     "hazard ratios for relapse at 6, 12 and 24 months"])
def test_times_listed_after_a_ratio_s_name_are_no_ratios(printed: str):
    assert not parse_string(f"Methods: We estimated {printed}.", second_reading=None).figures


def test_a_ratio_after_a_time_in_its_name_stays_a_ratio():
    abstract = parse_string("Results: The RR of death within 30 days was 1.5 (95% CI 1.1-2.0).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 30.0), (FigureKind.RATIO, 1.5)]


_UNLABELLED_PROSE = ("Postoperative delirium, a common complication in the elderly, can occur following any type of "
                     "surgery and is associated with increased morbidity and mortality; its causes are many.\n")


@pytest.mark.parametrize("opening", ["Patients 65 yr or older undergoing knee arthroplasty were evaluated.",
                                     "Results Of 106 enrolled patients, 27 developed delirium."])
def test_a_lone_bare_label_below_unlabelled_prose_is_text(opening: str):
    abstract = parse_string(_UNLABELLED_PROSE + opening, second_reading=None)
    assert [s.label for s in abstract.sections] == [None]
    assert abstract.sections[0].text.endswith(opening)


def test_bare_labels_in_company_stay_headings():
    abstract = parse_string("Background Delirium is common after surgery in the elderly and costly.\n"
                            "Methods 65 patients undergoing knee arthroplasty were evaluated.\n"
                            "Results Of 106 enrolled patients, 27 developed delirium.", second_reading=None)
    assert [s.label for s in abstract.sections] == ["Background", "Methods", "Results"]


@pytest.mark.parametrize("citation", ["[N Engl J Med 333 (1995) 1517-1521]", "[Br. J. Plast. Surg. 48 (1995) 345]"])
def test_a_bracketed_journal_citation_is_no_figure(citation: str):
    abstract = parse_string(f"Methods: Using the method of Wilcox et al. {citation}, 13 pregnancies were expected.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 13.0)]


@pytest.mark.parametrize("printed", ["Compared with 3×WHD, outcomes on 4×WHD were similar",
                                     "Patients on three-times-per-week or Four-times-per-week haemodialysis",
                                     "Dosing was 2×weekly or 3 × daily"])
def test_a_schedule_printed_with_times_is_no_ratio_and_no_count(printed: str):
    assert not parse_string(f"Methods: {printed}.", second_reading=None).figures


@pytest.mark.parametrize("printed, kind, value", [("risk was 2.5× higher", FigureKind.RATIO, 2.5),
                                                  ("ALT >3×ULN", FigureKind.THRESHOLD, 3.0)])
def test_a_fold_and_a_multiple_of_the_upper_limit_stay(printed: str, kind: FigureKind, value: float):
    abstract = parse_string(f"Results: In this group {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


def test_a_rate_s_value_in_words_counts_what_follows():
    abstract = parse_string("Methods: We compared the rate of decline of renal function of two diets.",
                            second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.COUNT, 2.0, "diets")]


def test_a_rate_of_events_in_words_stays_a_rate():
    abstract = parse_string("Results: The complication rate of one event per 10,340 patient-hours was low.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, 1.0)]


@pytest.mark.parametrize("printed", ["mean difference 2.6 days, standard error 0.3 days",
                                     "mean difference 2.6, standard error of 0.3"])
def test_a_standard_error_in_words_is_its_estimate_s_spread(printed: str):
    abstract = parse_string(f"Results: Time in range improved ({printed}; P < 0.0001).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, 2.6), (FigureKind.P_VALUE, 0.0001)]


@pytest.mark.parametrize("printed", ["95% tolerance limits were calculated",
                                     "hazard ratios with 95% Confidence Intervals were computed"])
def test_a_level_of_tolerance_limits_or_capitalised_intervals_is_no_figure(printed: str):
    assert not parse_string(f"Methods: On this basis {printed}.", second_reading=None).figures


@pytest.mark.parametrize("printed, value", [("43.2% ± S.D. 5.24%", 43.2), ("54 +/- SD 8 years", 54.0)])
def test_a_spread_named_between_its_sign_and_its_number_is_still_the_spread(printed: str, value: float):
    abstract = parse_string(f"Results: The mean was found to be {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, value)]


def test_a_title_above_hard_wrapped_text_with_names_in_capitals_is_the_title():
    text = ("Long-Term Effects of Frequent In-Center Hemodialysis\n"
            "The Frequent Hemodialysis Network Daily Trial randomized 245 patients to receive\n"
            "six or three in-center hemodialysis sessions per week for 12 months, with\n"
            "favourable effects on the composite outcomes of death or change in left mass.")
    abstract = parse_string(text, second_reading=None)
    assert abstract.title == "Long-Term Effects of Frequent In-Center Hemodialysis"
    assert abstract.sections[0].text.startswith("The Frequent Hemodialysis Network")


def test_a_first_line_of_hard_wrapped_text_with_names_in_capitals_is_no_title():
    text = ("The Frequent Hemodialysis Network Daily Trial randomized 245 patients to receive\n"
            "six or three in-center hemodialysis sessions per week for 12 months, with\n"
            "favourable effects on the composite outcomes of death or change in left mass.")
    abstract = parse_string(text, second_reading=None)
    assert abstract.sections[0].text.startswith("The Frequent Hemodialysis Network")


@pytest.mark.parametrize("printed, low", [("starting at age 8 through age 16", 8.0), ("from age 6 to age 16", 6.0)])
def test_an_age_band_with_the_word_at_each_bound_is_a_range(printed: str, low: float):
    abstract = parse_string(f"Methods: We studied children {printed}.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, low, 16.0)]


@pytest.mark.parametrize("printed, values", [("shifted from age 22 to age 19", []),
                                             ("ran from age 50 until age 70", [70.0])])
def test_ages_that_fall_or_end_with_until_are_no_band(printed: str, values: list):
    abstract = parse_string(f"Results: The peak {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures if f.kind is FigureKind.THRESHOLD] == values
    assert FigureKind.RANGE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed", ["at the rate of 6 units per hour", "6 units per hour", "40 mg per h"])
def test_an_infusion_s_amount_per_hour_is_a_dose(printed: str):
    abstract = parse_string(f"Methods: Insulin was given by infusion {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.DOSE]


@pytest.mark.parametrize("printed, value", [("a hundred and fortysix patients", 146.0), ("a thousand women", 1000.0),
                                            ("a hundred and twelve children", 112.0)])
def test_a_hundred_or_a_thousand_with_its_article_is_one_number(printed: str, value: float):
    abstract = parse_string(f"Methods: The trial was undertaken in {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, value)]


def test_an_article_before_another_word_is_no_number():
    assert not parse_string("Methods: The trial was undertaken in a hospital.", second_reading=None).figures


@pytest.mark.parametrize("printed, unit", [("(5000 units 12-hourly)", "units"),
                                           ("(5000 units subcutaneously)", "units"),
                                           ("5,000 international units", "international units")])
def test_heparin_in_units_given_on_a_schedule_or_in_international_units_is_a_dose(printed: str, unit: str):
    abstract = parse_string(f"Methods: Low-dose heparin {printed} was started.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures][0] == (FigureKind.DOSE, 5000.0, unit)


def test_units_measured_stay_no_dose():
    abstract = parse_string("Results: Resistance was 21.6 units in the group.", second_reading=None)
    assert FigureKind.DOSE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("after", ["using registries", "among adults", "by chart review", "to identify cases"])
def test_years_of_a_study_before_a_verb_or_a_preposition_are_no_count(after: str):
    assert not parse_string(f"Methods: The study ran from 2010 to 2021 {after}.", second_reading=None).figures


def test_a_count_after_a_span_of_years_stays_a_count():
    abstract = parse_string("Methods: From 2000 to 2010 patients enrolled.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 2010.0)]


@pytest.mark.parametrize("lead", ["by an estimated", "by approximately", "by about"])
def test_a_list_sharing_a_per_cent_sign_after_an_estimate_s_qualifier(lead: str):
    abstract = parse_string(f"Results: Laws reduced fatalities {lead} 16, 10, 6 and five percent respectively.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 16.0), (FigureKind.PERCENTAGE, 10.0), (FigureKind.PERCENTAGE, 6.0),
        (FigureKind.PERCENTAGE, 5.0)]


@pytest.mark.parametrize("printed, value", [("at least 15 hours each day", 15.0), ("over 15 hours in the day", 15.0),
                                            ("up to 8 hours a day", 8.0)])
def test_a_bounded_time_each_day_is_a_rate_of_exposure_and_a_limit(printed: str, value: float):
    abstract = parse_string(f"Methods: Oxygen was given for {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, value)]


@pytest.mark.parametrize("printed, value", [("for over 12 months", 12.0), ("for up to 6 weeks", 6.0)])
def test_a_bounded_time_without_a_day_stays_how_long(printed: str, value: float):
    abstract = parse_string(f"Methods: Oxygen was given {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, value)]


@pytest.mark.parametrize("printed, value", [("with 2 litres/min of oxygen", 2.0), ("oxygen at 12L/min", 12.0),
                                            ("40 L/min of heated saturated air", 40.0)])
def test_a_gas_s_flow_in_litres_a_minute_is_a_dose(printed: str, value: float):
    abstract = parse_string(f"Methods: Patients were treated {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, value)]


@pytest.mark.parametrize("printed", ["VO2max rose by +0.29 ± 0.15 l/min", "peak flow was 350 L/min",
                                     "VO2max (61.5 mL O2·kg·min−1 vs 64.5 mL O2·kg·min−1)"])
def test_a_flow_or_a_volume_measured_is_no_dose(printed: str):
    abstract = parse_string(f"Results: After training {printed}.", second_reading=None)
    assert FigureKind.DOSE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("name", ["MD", "SMD", "AUC"])
def test_a_singular_estimate_s_run_of_three_bare_values_is_each_the_estimate(name: str):
    abstract = parse_string(f"Results: The {name} was 0.2, 0.5 and 0.7 in the three groups.", second_reading=None)
    assert [f.value for f in abstract.figures if f.kind is FigureKind.ESTIMATE] == [0.2, 0.5, 0.7]


def test_an_estimate_s_interval_after_a_comma_stays_its_interval():
    abstract = parse_string("Results: The AUC was 0.81, 95% CI 0.7-0.9.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.ESTIMATE, 0.81, 0.7, 0.9)]


@pytest.mark.parametrize("interval", ["(95% confidence interval (CI) -9% to 24%)", "(95% CI −9% to 24%)"])
def test_an_interval_with_a_signed_lower_bound_in_per_cent_is_no_range(interval: str):
    abstract = parse_string(f"Results: Remission was similar between arms {interval}; p=0.74.", second_reading=None)
    assert FigureKind.RANGE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, low", [("from -9% to 24%", -9.0), ("from −12% to 3%", -12.0),
                                          ("from 10% to 20%", 10.0)])
def test_a_range_of_shares_keeps_the_sign_of_its_lower_end(printed: str, low: float):
    abstract = parse_string(f"Results: Changes ranged {printed} across sites.", second_reading=None)
    assert [(f.kind, f.low) for f in abstract.figures] == [(FigureKind.RANGE, low)]


@pytest.mark.parametrize("printed, kind, value", [
    ("The median age of patients with E. coli BSI was 69 years", FigureKind.MEDIAN, 69.0),
    ("The mean MIC for S. aureus isolates was 2.1 mg/L", FigureKind.MEAN, 2.1)])
def test_a_summary_named_across_a_genus_s_initial_is_that_summary(printed: str, kind: FigureKind, value: float):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize("date", ["31 December 2007", "December 2007", "1 Jan. 2007"])
def test_a_date_s_year_before_a_noun_is_no_count(date: str):
    abstract = parse_string(f"Methods: Cases from 1998 to {date} through microbiology records were found.",
                            second_reading=None)
    assert not [f for f in abstract.figures if f.kind is FigureKind.COUNT]


def test_a_count_that_looks_like_a_year_without_a_month_stays_a_count():
    abstract = parse_string("Methods: In all, 2007 records were read.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 2007.0)]


@pytest.mark.parametrize("printed, value", [("(t = 2.55, df = 30, p = 0.016)", 30.0),
                                            ("(χ2 = 8.19, df = 1, p = 0.004)", 1.0),
                                            ("(p=0.003, df = 5)", 5.0)])
def test_degrees_of_freedom_printed_apart_are_an_estimate_named_df(printed: str, value: float):
    abstract = parse_string(f"Results: Sertraline was better than placebo {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.measure == "df"] == [(FigureKind.ESTIMATE, value)]


@pytest.mark.parametrize("printed, value", [("52 ADEs per 100 admissions", 52.0),
                                            ("70 ADEs per 1000 patient-days", 70.0),
                                            ("5 deaths per 1000 live births", 5.0)])
def test_events_per_a_population_s_scale_are_a_rate(printed: str, value: float):
    abstract = parse_string(f"Results: There were {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, value)]


@pytest.mark.parametrize("printed", ["(p = 0004)", "(P=001)"])
def test_a_p_value_that_lost_its_decimal_point_is_no_p_value_nor_anything_else(printed: str):
    assert not parse_string(f"Results: Recovery was faster {printed}.", second_reading=None).figures


@pytest.mark.parametrize("printed, value", [("(P = 0.04)", 0.04), ("(p<1)", 1.0), ("(P=1.365)", 1.365)])
def test_a_p_value_printed_with_its_point_stays_as_printed(printed: str, value: float):
    abstract = parse_string(f"Results: Recovery was faster {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.P_VALUE, value)]


@pytest.mark.parametrize("printed", ["at a 12-month follow-up", "at an 18-month visit", "at each 3-month visit",
                                     "at their 6-month assessment"])
def test_a_hyphenated_time_after_at_and_an_article_is_a_time_point(printed: str):
    assert not parse_string(f"Methods: Outcomes were assessed {printed}.", second_reading=None).figures


def test_a_hyphenated_follow_up_during_which_events_were_counted_stays_how_long():
    abstract = parse_string("Methods: Outcomes were assessed during a 6-month follow-up.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 6.0)]


@pytest.mark.parametrize("printed, value", [("(1.2%/yr, P < 0.001)", 1.2), ("by 4.7%/year", 4.7), ("(0.5 %/y)", 0.5)])
def test_a_per_cent_per_year_with_a_slash_is_a_rate_of_change(printed: str, value: float):
    abstract = parse_string(f"Results: BMD of the spine increased {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures][0] == (FigureKind.ESTIMATE, value)


def test_a_per_cent_per_year_in_words_stays_a_percentage():
    abstract = parse_string("Results: BMD of the spine fell by 3.5% per year.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 3.5)]


@pytest.mark.parametrize("printed, kind", [("12 MOs participated", FigureKind.COUNT),
                                           ("for 6 mos", FigureKind.DURATION),
                                           ("for 6 Mos", FigureKind.DURATION)])
def test_an_acronym_in_capitals_is_no_month_and_mos_stays_one(printed: str, kind: FigureKind):
    abstract = parse_string(f"Results: In all {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [kind]


@pytest.mark.parametrize("printed, value", [("(−3.2 days; 95% CI [−7.0,0.6]; p = 0.09)", -3.2),
                                            ("by −1.30 days", -1.3), ("by +2 weeks", 2.0)])
def test_a_time_printed_with_its_sign_is_a_change(printed: str, value: float):
    abstract = parse_string(f"Results: The cold's length changed {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures][0] == (FigureKind.ESTIMATE, value)


@pytest.mark.parametrize("printed, kind", [("over 2-3 days", FigureKind.RANGE), ("for 5 days", FigureKind.DURATION)])
def test_a_time_after_a_range_s_dash_or_unsigned_stays(printed: str, kind: FigureKind):
    abstract = parse_string(f"Results: Symptoms lasted {printed}.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [kind]


@pytest.mark.parametrize("printed, low, high", [("ranging from $15,502 to $40,308", 15502.0, 40308.0),
                                                ("varying from €200 to €900", 200.0, 900.0)])
def test_sums_of_money_after_a_range_s_word_joined_by_to_are_a_range(printed: str, low: float, high: float):
    abstract = parse_string(f"Results: The cost per QALY was high, {printed} by scenario.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, low, high)]


def test_sums_of_money_after_a_change_joined_by_to_stay_two_sums():
    abstract = parse_string("Results: Costs rose from $500 to $1000.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, 500.0),
                                                             (FigureKind.ESTIMATE, 1000.0)]


@pytest.mark.parametrize("printed", ["The cost per case was slightly less (445 pounds)",
                                     "The price nearly doubles to 445 pounds"])
def test_pounds_in_a_sentence_about_costs_are_money(printed: str):
    abstract = parse_string(f"Results: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.ESTIMATE, 445.0, "pounds")]


def test_pounds_of_weight_are_no_count():
    assert not parse_string("Results: Weight fell by 10 pounds.", second_reading=None).figures


# --- batches 393 to 434 (thirty-second session, after their first contact) ------------------------------------

@pytest.mark.parametrize("name, unit", [("myocardial T2*", "milliseconds"), ("FEV1", "L"), ("CD4 count", "cells/mm3"),
                                        ("HbA1c", "mmol/mol")])
def test_a_summary_named_with_digits_keeps_the_value_it_changed_from(name: str, unit: str):
    """The name of a quantity may hold digits or a star; "from X at baseline to Y" gives two values of it."""
    abstract = parse_string(f"Results: Mean {name} improved from 11.2 {unit} at baseline to 12.6 {unit} at 1 year.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures][:2] == [(FigureKind.MEAN, 11.2), (FigureKind.MEAN, 12.6)]


def test_a_summary_s_abbreviation_after_its_name_is_part_of_the_name():
    abstract = parse_string("Results: Geometric mean (Gmean) titre rose from 40 units at baseline to 80 units.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 40.0), (FigureKind.MEAN, 80.0)]


def test_a_summary_s_spread_in_brackets_is_no_abbreviation():
    abstract = parse_string("Results: The mean (SD) age was 35 (7) years.", second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.MEAN, 35.0, 7.0)]


@pytest.mark.parametrize("printed", ["(Gmeans ratio, 1.12)", "(GMR, 1.12)", "(geometric mean ratio 1.12; 95% CI 1.0 to 1.3)",
                                     "(ratio of geometric means, 1.12)"])
def test_a_ratio_of_geometric_means_is_a_ratio(printed: str):
    abstract = parse_string(f"Results: Titres rose {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, 1.12, "GMR")]


@pytest.mark.parametrize("printed, sign, value", [(".gtoreq. 2", "≥", 2.0), (".ltoreq. 3", "≤", 3.0)])
def test_pubmed_s_entities_for_signs_are_the_signs(printed: str, sign: str, value: float):
    """Older records print "≥" and "≤" as ACS entity names between full stops; the span stays as printed."""
    abstract = parse_string(f"Results: Strokes were more common in patients with {printed} TIA.", second_reading=None)
    figure = abstract.figures[0]
    assert (figure.kind, figure.value, figure.measure, figure.text) == (FigureKind.THRESHOLD, value, sign, printed)


def test_pubmed_s_entity_for_micro_makes_a_dose_unit():
    abstract = parse_string("Methods: Infants received 10 .mu.g/kg daily.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.DOSE, 10.0, "μg/kg daily")]


@pytest.mark.parametrize("printed", ["(average weekly n=22 091)", "(mean n = 22091)"])
def test_a_sample_size_after_a_summary_s_name_is_a_count(printed: str):
    abstract = parse_string(f"Methods: Households reported purchases {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 22091.0)]


@pytest.mark.parametrize("unit", ["microg x h/mL", "µg×h/mL", "mg·h/L", "mg h/L", "ng*h/mL"])
def test_an_amount_times_hours_per_volume_is_an_exposure_not_a_dose(unit: str):
    abstract = parse_string(f"Results: Rifampin had an AUC0-infinity of 57.15+/-13.41 {unit}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 57.15)]


def test_an_amount_per_hour_given_stays_a_dose():
    abstract = parse_string("Methods: Heparin was infused at 500 mg twice daily.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.DOSE]


@pytest.mark.parametrize("printed, unit, low, high", [
    ("sugar decreased by 16.2 g (13.5 to 18.8 g)", "g", 13.5, 18.8),
    ("volume increased by 188.8 mL (30.7 to 346.9 mL)", "mL", 30.7, 346.9),
    ("cholesterol fell by 2.0 mmol/L (1.5 to 2.5)", "mmol/L", 1.5, 2.5),
    ("a difference of 1.2 kg (0.5-1.9)", "kg", 0.5, 1.9)])
def test_a_change_in_a_unit_takes_the_bounds_bracketed_after_it_as_its_interval(printed: str, unit: str, low: float,
                                                                                 high: float):
    abstract = parse_string(f"Results: After the levy, {printed} per household.", second_reading=None)
    figure, = abstract.figures
    assert (figure.kind, figure.unit, figure.low, figure.high) == (FigureKind.ESTIMATE, unit, low, high)


def test_a_weight_with_its_spread_stays_a_summary():
    abstract = parse_string("Results: The infants weighed 300 g (250 to 350 g).", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.MEDIAN, 250.0, 350.0)]


def test_bounds_that_do_not_hold_the_change_stay_a_range_of_their_own():
    abstract = parse_string("Results: Weight decreased by 40 g (50 to 60 g).", second_reading=None)
    assert [(f.kind, f.low) for f in abstract.figures] == [(FigureKind.ESTIMATE, None), (FigureKind.RANGE, 50.0)]


def test_an_amount_of_a_drug_raised_by_a_dose_stays_a_dose():
    abstract = parse_string("Methods: The dose was increased by 500 mg.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, 500.0)]


@pytest.mark.parametrize("printed, value", [("and − 1.7 ± 4.9 ml", -1.7), ("or - 2.5 +/- 1.1 ml", -2.5)])
def test_a_minus_set_apart_from_a_value_with_its_spread_is_its_sign(printed: str, value: float):
    abstract = parse_string(f"Results: Cuff volume changed (1.4 ± 3.19 ml {printed}, respectively).",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.MEAN, 1.4), (FigureKind.MEAN, value)]


def test_a_dash_after_a_number_before_a_value_with_its_spread_is_no_sign():
    abstract = parse_string("Results: Cuff volume changed (18 - 1.7 ± 4.9 ml).", second_reading=None)
    assert all(f.value != -1.7 for f in abstract.figures)


@pytest.mark.parametrize("printed", ["up to 34 weeks of gestation", "up to 34 weeks' gestation",
                                     "up to 34 weeks gestational age"])
def test_a_bound_on_weeks_of_gestation_is_a_limit(printed: str):
    abstract = parse_string(f"Methods: Betamethasone was given weekly {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, 34.0)]


def test_a_bound_on_weeks_of_treatment_stays_a_duration():
    abstract = parse_string("Methods: Betamethasone was given for up to 6 weeks.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 6.0)]


@pytest.mark.parametrize("printed, value", [("The NNT to prevent early nausea was 5.", 5.0),
                                            ("Efficacy was best (NNT to prevent early and late vomiting, 4).", 4.0),
                                            ("Two had dystonia (NNH in children, 91).", 91.0)])
def test_a_number_needed_to_treat_named_with_what_it_prevents_or_whom_it_is_for(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.kind is FigureKind.ESTIMATE] == [
        (FigureKind.ESTIMATE, value)]


@pytest.mark.parametrize("printed, value", [("pneumonia (126), meningitis/sepsis (17), pyelonephritis (25)", 126.0),
                                            ("haemorrhoidectomy (50) or rubber band ligation (48)", 50.0),
                                            ("chloroquine (28), pyrimethamine-sulfadoxine (P-S) (36) and quinine (27)",
                                             28.0)])
def test_whole_numbers_bracketed_after_the_groups_they_count_are_counts(printed: str, value: float):
    abstract = parse_string(f"Results: Children were grouped by diagnosis: {printed}.", second_reading=None)
    counts = abstract.figures_of(FigureKind.COUNT)
    assert len(counts) == (3 if "," in printed else 2)
    assert counts[0].value == value and counts[0].text == str(int(value))


def test_a_whole_number_bracketed_after_people_named_counts_them():
    abstract = parse_string("Methods: Eligible patients (1439) were randomized.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 1439.0)]


@pytest.mark.parametrize("printed", ["The effect was described before (12).", "Domains were human (1), professional (2) "
                                     "and care (3).", "The guideline was revised (2019) and (2021)."])
def test_a_lone_bracketed_number_items_numbered_in_order_and_years_are_no_counts(printed: str):
    assert not parse_string(f"Results: {printed}", second_reading=None).figures_of(FigureKind.COUNT)


@pytest.mark.parametrize("printed", ["(TR = 1.20, 95% c.i. 1.15–1.25)", "(time ratio 1.20; 95% CI 1.15 to 1.25)"])
def test_a_time_ratio_is_a_ratio_and_c_i_in_lower_case_is_its_interval(printed: str):
    abstract = parse_string(f"Results: Patients with metastases lived longer {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure, f.low, f.high) for f in abstract.figures] == [
        (FigureKind.RATIO, 1.2, "TR", 1.15, 1.25)]


@pytest.mark.parametrize("printed", ["P=-.002", "P = -0.002"])
def test_a_minus_after_a_p_s_equals_sign_is_a_slip(printed: str):
    abstract = parse_string(f"Results: Fractures fell ({printed}).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.P_VALUE, 0.002)]


def test_a_signed_estimate_stays_signed():
    abstract = parse_string("Results: The difference was -0.002 (95% CI -0.01 to 0.006).", second_reading=None)
    assert abstract.figures[0].value == -0.002


def test_numbers_like_years_in_a_named_group_are_counts():
    abstract = parse_string("Results: A total of 3737 women were included, 1878 in the alendronate group and 1859 in "
                            "the placebo group.", second_reading=None)
    assert [f.value for f in abstract.figures_of(FigureKind.COUNT)] == [3737.0, 1878.0, 1859.0]


def test_a_year_after_a_preposition_before_a_named_group_stays_a_year():
    assert not parse_string("Results: Rates were lower in 2010 in the intervention arm.", second_reading=None).figures


@pytest.mark.parametrize("printed, low, high", [("(mean 5.5-5.6 wet nights/week)", 5.5, 5.6),
                                                ("after an average of 5-6 years of follow-up", 5.0, 6.0),
                                                ("(mean age, 4-66 years)", 4.0, 66.0)])
def test_a_range_after_a_summary_s_name_is_a_range(printed: str, low: float, high: float):
    abstract = parse_string(f"Results: Children were studied {printed}.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, low, high)]


def test_values_after_from_an_average_that_fall_stay_the_summary_s_values():
    abstract = parse_string("Results: HbA1c decreased from an average of 9.54–7.66%.", second_reading=None)
    assert abstract.figures[0].kind is FigureKind.MEAN and abstract.figures[0].value == 9.54


@pytest.mark.parametrize("printed, kind, value", [
    ("There was improvement in mean pain scores over baseline in five items.", FigureKind.COUNT, 5.0),
    ("The primary outcome was the mean score change on ADAS-cog-12 from baseline to month 12.", None, None),
    ("The median observed age at death was 65.7 years.", FigureKind.MEDIAN, 65.7)])
def test_a_number_after_a_preposition_or_a_time_s_label_is_no_summary_s_value(printed: str, kind: FigureKind | None,
                                                                               value: float | None):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == ([(kind, value)] if kind else [])


def test_a_summary_that_changed_by_a_per_cent_with_no_by_is_a_per_cent():
    abstract = parse_string("Results: The average VO2 max increased 5% during training.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 5.0)]


@pytest.mark.parametrize("printed", ["38% silver diamine fluoride", "a 0.2% or a 0.1% solution", "silver diamine "
                                     "fluoride 38%"])
def test_the_strength_of_a_fluoride_or_of_solutions_listed_is_a_dose(printed: str):
    abstract = parse_string(f"Methods: Children received {printed} twice a year.", second_reading=None)
    assert abstract.figures and all(f.kind is FigureKind.DOSE for f in abstract.figures)


def test_a_share_after_a_drug_naming_a_group_stays_a_share():
    abstract = parse_string("Results: Relief was more common with prochlorperazine than metoclopramide (34%) or "
                            "placebo (16%).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]


@pytest.mark.parametrize("printed, value", [("Hundred and seventy-eight women", 178.0),
                                            ("Thousand two hundred women", 1200.0)])
def test_a_sentence_opening_on_a_scale_word_counts_from_one(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed} were included.", second_reading=None)
    assert [(f.kind, f.value, f.text) for f in abstract.figures] == [(FigureKind.COUNT, value, printed)]


@pytest.mark.parametrize("printed", ["About 3 million women were included.", "The Hundred Days trial began."])
def test_a_scale_word_after_digits_or_alone_opens_no_number(printed: str):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert all(f.value in (3.0,) for f in abstract.figures)


def test_vs_in_capitals_between_values_and_a_p_glued_to_its_value():
    abstract = parse_string("Results: Bleeding was commoner (17.5 VS 8%, P0.004).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, 17.5), (FigureKind.PERCENTAGE, 8.0), (FigureKind.P_VALUE, 0.004)]


@pytest.mark.parametrize("printed, measure", [("Standardized Infection Ratio (0.988)", "SIR"),
                                              ("odds ratio (1.5)", "OR")])
def test_a_ratio_s_value_bracketed_alone_after_its_name(printed: str, measure: str):
    abstract = parse_string(f"Results: There was little change in the {printed}, compared with 2011.",
                            second_reading=None)
    value = float(printed.split("(")[1].rstrip(")"))
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, value, measure)]


def test_a_title_and_its_subtitle_in_title_case_above_a_blank_line_are_the_title():
    abstract = parse_string("Paracetamol Overdosage\nPharmacological Considerations and Clinical Management\n\n"
                            "Paracetamol is a safe drug. Liver damage occurs in about 60% of patients.")
    assert abstract.title == "Paracetamol Overdosage Pharmacological Considerations and Clinical Management"
    assert abstract.sections[0].text.startswith("Paracetamol is a safe drug")


def test_a_title_above_a_wrapped_first_sentence_stays_one_line():
    abstract = parse_string("Paracetamol overdosage\nParacetamol is a safe drug in normal doses, but in overdose it "
                            "damages the liver of\nabout 60% of patients who take more than 15 g.\n\nWe reviewed "
                            "the cases.")
    assert abstract.title == "Paracetamol overdosage"


def test_a_share_s_interval_after_its_bracketed_count():
    abstract = parse_string("Results: Survival fell from 85% (95/112) (78% to 91%) to 59% (27/46) (44% to 72%).",
                            second_reading=None)
    assert [(f.value, f.low, f.high) for f in abstract.figures_of(FigureKind.PERCENTAGE)] == [
        (85.0, 78.0, 91.0), (59.0, 44.0, 72.0)]
    assert not abstract.figures_of(FigureKind.RANGE)


@pytest.mark.parametrize("printed", ["(effect size [ES] 0.97)", "(ES 0.97)", "(ES = 0.97)"])
def test_an_effect_size_abbreviated_or_with_its_abbreviation_in_square_brackets(printed: str):
    abstract = parse_string(f"Results: Knee flexion improved {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.ESTIMATE, 0.97, "effect size")]


def test_es_naming_a_country_is_no_effect_size():
    abstract = parse_string("Methods: Spain (ES) had 40 sites.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 40.0)]


def test_a_spread_with_its_sign_in_square_brackets():
    abstract = parse_string("Results: Fatigue improved more with dexamethasone than placebo (9 [± 10.3] v 3.1 [± 9.59]; "
                            "P = .008).", second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures][:2] == [(FigureKind.MEAN, 9.0, 10.3),
                                                                       (FigureKind.MEAN, 3.1, 9.59)]


@pytest.mark.parametrize("printed", ["In 1995 injuries rose.", "The 2010 guidelines changed.", "The 1995 injuries were "
                                     "fewer."])
def test_a_year_before_a_plural_after_a_preposition_or_the_stays_a_year(printed: str):
    assert not parse_string(f"Methods: {printed}", second_reading=None).figures


@pytest.mark.parametrize("printed, value", [("Episodes (93) of endocarditis were seen.", 93.0),
                                            ("Less than half (170) had coronary disease.", 170.0),
                                            ("The majority (73) of the successes were early.", 73.0)])
def test_a_lone_bracketed_count_after_events_or_a_share_of_them(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, value)]


@pytest.mark.parametrize("printed, value", [("a mean of 62.9% achieved disease stability", 62.9),
                                            ("an average of 17.8% of energy came from fat", 17.8)])
def test_a_per_cent_after_a_mean_of_is_a_share(printed: str, value: float):
    abstract = parse_string(f"Results: With treat-and-extend, {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, value)]


@pytest.mark.parametrize("printed", ["a mean of 8.0% and a standard deviation of 7", "a mean of 8.0% (SD 7)",
                                     "a mean of 8.0% ± 7", "a mean of 8.0% on a prescribing test"])
def test_a_per_cent_after_a_mean_of_with_its_spread_stays_a_mean(printed: str):
    abstract = parse_string(f"Results: Scores were {printed}.", second_reading=None)
    assert abstract.figures[0].kind is FigureKind.MEAN and abstract.figures[0].value == 8.0


def test_a_subdistribution_hazard_ratio_in_capitals_is_a_hazard_ratio():
    abstract = parse_string("Results: Risk fell (SHR=0.70, 95% CI=0.60–0.81, P<0.01).", second_reading=None)
    assert [(f.kind, f.value, f.measure, f.low) for f in abstract.figures][0] == (FigureKind.RATIO, 0.7, "HR", 0.6)


@pytest.mark.parametrize("printed", ["(95 percent confidence limits, 61 and 83)", "(95% CI, 61 and 83)"])
def test_confidence_limits_joined_by_and(printed: str):
    abstract = parse_string(f"Results: Freedom from bleeding was 74 percent {printed} with propranolol.",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 74.0, 61.0, 83.0)]


def test_two_numbers_joined_by_and_without_a_ci_stay_apart():
    abstract = parse_string("Results: Between 61 and 83 patients responded.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 61.0, 83.0)]


@pytest.mark.parametrize("printed, value", [("Average precisions for 13 analytes meet medical goals.", 13.0),
                                            ("The average coefficient of variation for 3 analytes fails.", 3.0)])
def test_a_number_after_for_in_a_summary_s_name_counts(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, value)]


@pytest.mark.parametrize("printed, value", [("incomes below 138% of the federal poverty level", 138.0),
                                            ("an FEV1 below 80% of predicted", 80.0),
                                            ("an ALT more than 50% of the upper limit of normal", 50.0)])
def test_a_bounded_per_cent_of_a_reference_value_is_a_limit(printed: str, value: float):
    abstract = parse_string(f"Methods: Adults with {printed} were eligible.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, value)]


def test_a_bounded_per_cent_of_a_group_stays_a_share():
    abstract = parse_string("Results: More than 40% of the patients relapsed.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 40.0)]


def test_an_estimate_named_as_a_change_in_percentage_points_is_in_points():
    abstract = parse_string("Results: Spending fell (percentage point change −4.7 (−7.9 to −1.4); P=0.01).",
                            second_reading=None)
    assert (abstract.figures[0].kind, abstract.figures[0].value) == (FigureKind.PERCENTAGE_POINTS, -4.7)


def test_estimates_after_the_adjusted_odds_of_an_outcome_are_odds_ratios():
    abstract = parse_string("Results: The adjusted odds of death were lower: JHH = 0.498 [95% CI 0.303–0.818] and "
                            "HMC = 0.473 (95% CI 0.325–0.690).", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, 0.498, "OR"),
                                                                        (FigureKind.RATIO, 0.473, "OR")]


def test_shares_after_the_odds_of_an_outcome_stay_shares():
    abstract = parse_string("Results: The odds of death were higher in men (52% vs 40%).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE, FigureKind.PERCENTAGE]


@pytest.mark.parametrize("printed, value", [("(Beta=0.29 (95%CI 0.12, 0.70))", 0.29), ("(beta = -1.2)", -1.2)])
def test_a_regression_coefficient_named_beta_in_letters_is_its_estimate(printed: str, value: float):
    abstract = parse_string(f"Results: Age was associated with lower scores {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [(FigureKind.ESTIMATE, value, "beta")]


def test_a_per_cent_a_comma_and_its_bracketed_interval():
    abstract = parse_string("Results: Response was lower with baricitinib 4 mg (36.7%, [27.2%, 47.0%]).",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures if f.kind is FigureKind.PERCENTAGE] == [
        (FigureKind.PERCENTAGE, 36.7, 27.2, 47.0)]


@pytest.mark.parametrize("label", ["Place and Duration of the Study", "Place and Duration of Study"])
def test_a_heading_with_an_article_nlm_s_form_lacks_is_nlm_s_heading(label: str):
    abstract = parse_string("Comparison of Two Operations for Cervical Disc Disease\n\nABSTRACT\nObjective: To compare "
                            f"two operations.\nStudy Design: Descriptive comparative study.\n{label}: Neurosurgery "
                            "Department, Izmir, between January 2020 and June 2022.\nMethodology: Patients aged 18-70 "
                            "years were included.\nResults: Fusion occurred in 50 patients.")
    assert [s.label for s in abstract.sections] == ["Objective", "Study Design", label, "Methodology", "Results"]
    assert abstract.sections[2].category.value == "METHODS"


def test_an_opening_a_before_a_heading_word_and_a_dash_is_no_heading():
    abstract = parse_string("Summary\n\nA case – control study was conducted in Jamaica. A total of 314 women took part.")
    assert [s.label for s in abstract.sections] == [None]


def test_a_title_with_an_abbreviation_s_full_stop_above_the_body_is_the_title():
    abstract = parse_string("Evaluating the effect of interval training vs. longer training on endurance in runners.\n"
                            "This study compares the effect on endurance performance of high intensity interval training "
                            "and low intensity, longer-lasting training. We selected 22 healthy young men and women.")
    assert abstract.title.startswith("Evaluating the effect")
    assert abstract.sections[0].text.startswith("This study compares")


def test_a_first_line_of_two_sentences_above_the_body_stays_text():
    abstract = parse_string("Interval training was compared. Runners took part.\nThis study compares the effect on "
                            "endurance performance of high intensity interval training and low intensity training in "
                            "runners. We selected 22 healthy young men and women.")
    assert abstract.sections[0].text.startswith("Interval training was compared")


# --- batches 435 onward (thirty-third session, after their first contact)


@pytest.mark.parametrize("printed, kind, value, unit, sd, bounds", [
    ("7.62 hours (mean; SD 7.08)", FigureKind.MEAN, 7.62, "hours", 7.08, None),
    ("7.6 hours (mean, SD 7.1)", FigureKind.MEAN, 7.6, "hours", 7.1, None),
    ("119.65 percent (mean; SD 50.80)", FigureKind.MEAN, 119.65, "%", 50.8, None),
    ("56.2 years (mean)", FigureKind.MEAN, 56.2, "years", None, None),
    ("66 s (median)", FigureKind.MEDIAN, 66, "s", None, None),
    ("12 days (median; IQR 4-20)", FigureKind.MEDIAN, 12, "days", None, (4, 20, "IQR")),
    ("12 days [median, interquartile range 4 to 20 days]", FigureKind.MEDIAN, 12, "days", None, (4, 20, "IQR")),
    ("12 days (median, range 4–20)", FigureKind.MEDIAN, 12, "days", None, (4, 20, "range")),
    ("3.4 mg/L (geometric mean)", FigureKind.MEAN, 3.4, "mg/L", None, None),
])
def test_a_value_whose_bracket_names_its_summary_is_that_summary(printed: str, kind: FigureKind, value: float,
                                                                   unit: str, sd: float | None,
                                                                   bounds: tuple[float, float, str] | None):
    abstract = parse_string(f"Results: In the treated group the value was {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit, f.sd) for f in abstract.figures if f.value == value] == [(kind, value, unit, sd)]
    assert [(f.low, f.high, f.interval) for f in abstract.figures if f.value == value] == [bounds or (None, None, None)]


def test_a_number_after_a_bracketed_summary_s_name_is_the_summary_of_the_range_before():
    abstract = parse_string("Results: Patients were aged 18 to 94 years (mean, 74.3 years).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.RANGE, None), (FigureKind.MEAN, 74.3)]


@pytest.mark.parametrize("printed, interval", [
    ("The median age was 27, IQR (25–30).", "IQR"),
    ("Median age was 27 years, range: (25-30).", "range"),
    ("The median stay was 27 days, interquartile range [25 to 30].", "IQR"),
])
def test_a_spread_named_before_its_bracketed_bounds_is_its_summary_s(printed: str, interval: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high, f.interval) for f in abstract.figures] == [
        (FigureKind.MEDIAN, 27, 25, 30, interval)]


def test_a_range_named_apart_from_any_summary_stays_a_range():
    abstract = parse_string("Methods: Time within the recommended INR range (2.0–3.0) was calculated.", second_reading=None)
    assert [(f.kind, f.low, f.high) for f in abstract.figures] == [(FigureKind.RANGE, 2.0, 3.0)]


@pytest.mark.parametrize("compared", ["compared to", "compared with", "vs", "versus"])
def test_a_per_cent_compared_with_another_after_a_difference_is_a_share(compared: str):
    abstract = parse_string(f"Results: Survival showed a significant difference, 67% {compared} 94%.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 67), (FigureKind.PERCENTAGE, 94)]


@pytest.mark.parametrize("printed", ["The difference was 12% vs placebo.", "The difference was 12% compared with placebo."])
def test_a_difference_compared_with_a_group_stays_in_points(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE_POINTS, 12)]


@pytest.mark.parametrize("heading", ["Intervention Methods", "Setting Characteristics", "Outcome Measures and Analysis"])
def test_a_heading_line_opening_on_a_listed_label_and_ending_in_a_colon_is_one_heading(heading: str):
    abstract = parse_string(f"Objective:\nTo describe recovery.\n\n{heading}:\nParticipants were assessed using a "
                            "standard protocol.\n\nResults:\nA total of 594 participants were eligible.")
    assert [s.label for s in abstract.sections] == ["Objective", heading, "Results"]


def test_a_label_run_into_its_text_on_a_line_ending_in_a_colon_stays_run_in():
    abstract = parse_string("Objective:\nTo describe recovery.\n\nDesign Cross sectional survey of clinics in two "
                            "regions, as follows:\nclinics were visited.\n\nResults:\nA total of 594 participants were "
                            "eligible.")
    assert [s.label for s in abstract.sections] == ["Objective", "Design", "Results"]


@pytest.mark.parametrize("printed, value", [
    ("more than 30 per cent of the total body surface", 30), ("less than 70% of the total body surface", 70),
    ("over 30 per cent of the body surface", 30), ("greater than 25% total body surface", 25),
    ("less than 50% TBSA", 50), ("below 60% BSA", 60),
])
def test_a_bounded_burn_extent_is_a_limit(printed: str, value: float):
    abstract = parse_string(f"Methods: We included children with burns affecting {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.THRESHOLD, value, "%")]


@pytest.mark.parametrize("printed", ["More than 40% of the patients died.", "The burn covered 34% TBSA."])
def test_a_share_of_people_or_an_unbounded_burn_extent_is_no_limit(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE]


def test_a_value_bracketed_with_its_summary_s_name_and_a_noun_is_that_summary():
    abstract = parse_string("Results: Diarrhea began 23 hours (median time) later.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.MEDIAN, 23, "hours")]


@pytest.mark.parametrize("printed, measure, value", [
    ("(WMD – 3.9 days, p<0.001)", "WMD", -3.9), ("(MD – 0.85, p<0.001)", "MD", -0.85),
    ("(SMD - 0.41; p=0.01)", "SMD", -0.41), ("(RD − 4.2, p=0.03)", "RD", -4.2),
])
def test_a_minus_set_apart_after_a_difference_s_abbreviation_is_its_sign(printed: str, measure: str, value: float):
    abstract = parse_string(f"Results: Hospital stay was shorter after the new operation {printed}.", second_reading=None)
    assert [(f.kind, f.measure, f.value) for f in abstract.figures if f.kind is not FigureKind.P_VALUE] == [
        (FigureKind.ESTIMATE, measure, value)]


def test_a_dash_set_apart_after_a_share_s_name_stays_a_dash():
    abstract = parse_string("Results: Sensitivity – 85%, specificity – 90%.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.PERCENTAGE, 85), (FigureKind.PERCENTAGE, 90)]


@pytest.mark.parametrize("period", ["(Jan. 1, 2017-Feb. 29, 2020)", "(Mar. 1, 2020–Jun. 30, 2022)",
                                    "(from 2017/Sept. 30, 2020)"])
def test_a_month_s_abbreviation_after_a_dash_or_slash_ends_no_sentence(period: str):
    abstract = parse_string(f"Methods: We compared the prepandemic period {period} with the pandemic. We used Poisson "
                            "regression.", second_reading=None)
    assert [f.kind for f in abstract.figures] == []


@pytest.mark.parametrize("per_cent", ["percent", "per cent"])
def test_named_shares_listed_before_a_per_cent_in_words_share_it(per_cent: str):
    abstract = parse_string("Results: Sensitivity, specificity and accuracy of the test were 58.86, 100.00, and "
                            f"68.30 {per_cent}, respectively.", second_reading=None)
    assert [(f.kind, f.measure, f.value) for f in abstract.figures] == [
        (FigureKind.PERCENTAGE, "sensitivity", 58.86), (FigureKind.PERCENTAGE, "specificity", 100.0),
        (FigureKind.PERCENTAGE, "accuracy", 68.3)]


def test_named_values_listed_with_no_per_cent_stay_estimates():
    abstract = parse_string("Results: The sensitivity and specificity of the test were 0.81 and 0.97, respectively.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.ESTIMATE, 0.81), (FigureKind.ESTIMATE, 0.97)]


@pytest.mark.parametrize("printed, kind, values, unit", [
    ("Weight decreased from 81.4 to 70.2 kg.", FigureKind.MEAN, [81.4, 70.2], "kg"),
    ("Ulcer area decreased from 1.41 to 0.21 cm2 in the cast group.", FigureKind.MEAN, [1.41, 0.21], "cm2"),
    ("Time to healing fell from 25.2 to 14.9 days.", FigureKind.MEAN, [25.2, 14.9], "days"),
    ("Median stay was reduced from 13.5 to 9.7 days.", FigureKind.MEDIAN, [13.5, 9.7], "days"),
    ("Intraocular pressure increased from 21 to 46 mm Hg.", FigureKind.MEAN, [21, 46], "mm Hg"),
])
def test_a_measurement_changed_from_one_value_to_another_in_one_unit_is_two_summaries(
        printed: str, kind: FigureKind, values: list[float], unit: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(kind, v, unit) for v in values]


@pytest.mark.parametrize("printed, kinds", [
    ("Follow-up was extended from 6 to 24 months.", [FigureKind.DURATION, FigureKind.DURATION]),
    ("Scores ranged from 7 to 13 points.", [FigureKind.RANGE]),
    ("The injection volume increased from 0.05 to 0.1 ml.", []),
])
def test_whole_times_ranges_and_doses_changed_from_to_are_no_summaries(printed: str, kinds: list[FigureKind]):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [f.kind for f in abstract.figures if f.kind is not FigureKind.DOSE] == kinds


@pytest.mark.parametrize("printed, kind, value, sd, bounds", [
    ("The mean age was 45.41 years (11.67, range 20–62 years).", FigureKind.MEAN, 45.41, 11.67, (20, 62)),
    ("The score was 19.9 (7.9, range 10–35) before surgery.", FigureKind.MEAN, 19.9, 7.9, (10, 35)),
    ("The median follow-up was 32.5 months (8, range 24–54 months).", FigureKind.MEDIAN, 32.5, 8, (24, 54)),
])
def test_a_value_with_an_unnamed_spread_and_a_range_in_one_bracket_is_a_summary(
        printed: str, kind: FigureKind, value: float, sd: float, bounds: tuple[float, float]):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value, f.sd, f.low, f.high, f.interval) for f in abstract.figures] == [
        (kind, value, sd, *bounds, "range")]


def test_a_count_and_a_range_it_falls_outside_are_no_summary():
    abstract = parse_string("Results: We enrolled 12 (5, range 20–62 years) patients.", second_reading=None)
    assert FigureKind.MEAN not in [f.kind for f in abstract.figures]


# --- batches 466 onward (thirty-fourth session, after their first contact) ------------------------------------------


@pytest.mark.parametrize("printed, value, unit", [
    ("The return rate of 69,377 sold implants was 2.78%.", 69377, "implants"),
    ("We report the success rates of 1,200 placed implants.", 1200, "implants"),
    ("The complication rate of 412 operations was low.", 412, "operations"),
])
def test_a_whole_number_of_things_after_a_rate_of_counts_them(printed: str, value: float, unit: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value, unit) in [(f.kind, f.value, f.unit) for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("The mortality rate of 35 deaths per 100,000 women was stable.", 35),
    ("The incidence rate of 20.3 cases was higher.", 20.3),
    ("A prevalence rate of 27 cases in 10,000 people was found.", 27),
    ("Insulin was infused at a rate of 6 units per hour.", 6),
    ("The rate of 2 weeks was kept.", 2),
])
def test_a_rate_with_its_scale_a_decimal_or_a_time_after_rate_of_is_no_count(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value) not in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", ["0.2% CHX-alcohol", "0.2% CHX", "2% CHG", "5.25% NaOCl", "10% PVP-I"])
def test_a_per_cent_before_an_antiseptic_s_abbreviation_is_its_strength(printed: str):
    abstract = parse_string(f"Results: Bleeding was lower in the {printed} group than with brushing alone.",
                            second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.DOSE]


@pytest.mark.parametrize("printed", ["0.2% CHC", "2% CHD patients", "5% NAOCL"])
def test_a_per_cent_before_other_capitals_stays_a_share(printed: str):
    abstract = parse_string(f"Results: Bleeding was lower in {printed} than before.", second_reading=None)
    assert FigureKind.DOSE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("title", ["[Trabeculectomy. Long-term retrospective study].",
                                   "[Hypertension in the elderly. Results of a survey]",
                                   "[Diagnostic challenge in a man with hiccups]."])
def test_a_bracketed_translated_title_above_the_body_is_the_title_whatever_its_full_stops(title: str):
    abstract = parse_string(f"{title}\nLong term follow up of 51 eyes treated by trabeculectomy. The pressure remains "
                            "below 20 mmHg in 94% of our cases.", second_reading=None)
    assert abstract.title == title
    assert abstract.sections[0].text.startswith("Long term follow up")


def test_a_first_line_that_only_opens_with_a_bracket_is_no_title():
    abstract = parse_string("[Ref 12] Some eyes were treated. Others were not.\nLong term follow up of 51 eyes "
                            "treated by trabeculectomy. The pressure remains below 20 mmHg in 94% of our cases.",
                            second_reading=None)
    assert abstract.title is None


@pytest.mark.parametrize("printed, kind, value, bounds", [
    ("67% [95% confidence interval: (61, 72)]", FigureKind.PERCENTAGE, 67, (61, 72)),
    ("71% (95% CI: (66–76))", FigureKind.PERCENTAGE, 71, (66, 76)),
    ("12.5 [95% CI: (11.2, 13.1)]", FigureKind.ESTIMATE, 12.5, (11.2, 13.1)),
    ("67% [95% UI= (61 to 72)]", FigureKind.PERCENTAGE, 67, (61, 72)),
])
def test_bounds_bracketed_again_after_an_interval_s_name_and_a_colon_are_its_bounds(
        printed: str, kind: FigureKind, value: float, bounds: tuple[float, float]):
    abstract = parse_string(f"Results: Survival was {printed} in epoch 1.", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(kind, value, *bounds)]


def test_a_ratio_s_bracketed_bounds_with_no_colon_are_read_as_before():
    abstract = parse_string("Results: Risk rose (HR 2.5, 95% CI (1.32, 4.95)).", second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures] == [(FigureKind.RATIO, 2.5, 1.32, 4.95)]


@pytest.mark.parametrize("printed, value, bounds, unit", [
    ("(0.58 mm Hg, −3.29 mm Hg to 4.44 mm Hg)", 0.58, (-3.29, 4.44), "mm Hg"),
    ("(−0.13 mmol/l, −0.31 mmol/l to 0.05 mmol/l)", -0.13, (-0.31, 0.05), "mmol/l"),
    ("(1.25 kg, 0.40 to 2.10 kg)", 1.25, (0.40, 2.10), "kg"),
])
def test_an_estimate_and_its_unnamed_interval_may_print_the_unit_after_each_number(
        printed: str, value: float, bounds: tuple[float, float], unit: str):
    abstract = parse_string(f"Results: The weighted mean difference in blood pressure was small {printed}.",
                            second_reading=None)
    assert [(f.kind, f.measure, f.value, f.low, f.high, f.unit) for f in abstract.figures] == [
        (FigureKind.ESTIMATE, "MD", value, *bounds, unit)]


def test_an_unnamed_pair_whose_units_differ_is_no_estimate_and_its_interval():
    abstract = parse_string("Results: The weighted mean difference was small (1.25 kg, 0.40 to 2.10 mm Hg).",
                            second_reading=None)
    assert not [f for f in abstract.figures if f.interval == "CI"]


@pytest.mark.parametrize("bands, ranges", [
    ("(<120, 120 to 129, 130 to 139, ≥140 mm Hg)", [(120, 129), (130, 139)]),
    ("(<50, 50 to 59, ≥60 years)", [(50, 59)]),
])
def test_a_band_after_a_bounded_one_in_a_list_is_a_range_not_the_bound_continued(
        bands: str, ranges: list[tuple[float, float]]):
    abstract = parse_string(f"Results: Outcomes were compared by achieved systolic pressure {bands}.",
                            second_reading=None)
    assert [(f.low, f.high) for f in abstract.figures if f.kind is FigureKind.RANGE] == ranges
    assert len([f for f in abstract.figures if f.kind is FigureKind.THRESHOLD]) == 2


def test_thresholds_listed_after_a_bound_still_share_it():
    abstract = parse_string("Methods: Patients with EDSS ≥2, 3 or 4 were included.", second_reading=None)
    assert [(f.kind, f.value, f.measure) for f in abstract.figures] == [
        (FigureKind.THRESHOLD, v, "≥") for v in (2, 3, 4)]


@pytest.mark.parametrize("printed, value", [
    ("male sex (aSHR = 1.33, 95% CI 1.02–1.74)", 1.33),
    ("the sHR was 1.20 (95% CI 1.01-1.43)", 1.20),
    ("the csHR was 1.40 (95% CI 1.10 to 1.80)", 1.40),
    ("fractures (hazards ratio 0.69, 0.56 to 0.84)", 0.69),
])
def test_subdistribution_and_cause_specific_hazard_ratios_and_hazards_ratio_are_ratios(printed: str, value: float):
    abstract = parse_string(f"Results: Risk was associated with {printed}.", second_reading=None)
    assert [(f.kind, f.measure, f.value) for f in abstract.figures] == [(FigureKind.RATIO, "HR", value)]


def test_a_bare_pair_after_a_hazards_ratio_carries_it():
    abstract = parse_string("Results: Surgery lowered fractures (hazards ratio 0.69, 0.56 to 0.84) and gastric ulcers "
                            "(0.52, 0.40 to 0.70).", second_reading=None)
    assert [(f.kind, f.measure) for f in abstract.figures] == [(FigureKind.RATIO, "HR")] * 2


@pytest.mark.parametrize("printed, value", [
    ("Of these, 1934 (60%) underwent surgery.", 1934),
    ("Overall, 1917 (23.5%) patients were exposed.", 1917),
    ("Of the 3513 women, 1973 (56%) had an uncomplicated course.", 1973),
    ("Of 2500 specimens, 2039 (81.6%) were positive.", 2039),
])
def test_a_year_like_number_with_its_share_then_a_word_is_a_count(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", [
    "The share fell between 1990 (64.0%) and 1997 (58.3%).",
    "It rose from 2007 (19.8%) to 2008 (20.6%).",
    "It increased in 2010 (44.2%) compared with 2005.",
    "On January 1, 1981 (28.5%) remained.",
    "Most were born before 1971 (40%). Others later.",
])
def test_a_year_with_its_share_stays_a_year(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert FigureKind.COUNT not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed", ["21.5 (Range 7-58)", "21.5 (range 7-58)", "21.5 (RANGE 7-58)"])
def test_a_value_with_its_range_named_in_any_case_is_a_median(printed: str):
    abstract = parse_string(f"Results: Stays were 12.1 (Range 1-42) and {printed} days, respectively.",
                            second_reading=None)
    assert [(f.kind, f.value, f.low, f.high) for f in abstract.figures][-1] == (FigureKind.MEDIAN, 21.5, 7, 58)


def test_a_dose_in_a_compound_unit_with_its_range_is_no_median():
    abstract = parse_string("Methods: Children received a median of 4 infusions of 5 mg/kg (range 3.8–7.3) of "
                            "infliximab.", second_reading=None)
    assert (FigureKind.MEDIAN, 5) not in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("There were 1,819 injuries among runners.", 1819),
    ("The sample held 1,959 case subjects.", 1959),
    ("Of these, 1,841 ingested the pesticide.", 1841),
    ("In all, 2,009 (12%) had complications.", 2009),
])
def test_a_number_printed_with_a_thousands_separator_is_never_a_year(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed, kind, value", [
    ("Total costs were $315,400,000.", FigureKind.ESTIMATE, 315_400_000),
    ("We distributed 315,400,000 doses.", FigureKind.COUNT, 315_400_000),
])
def test_a_large_number_printed_grouped_is_a_quantity_not_a_record_number(printed: str, kind: FigureKind,
                                                                          value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize("printed", ["There were 1819 injuries in 1995.", "The protocol (PROSPERO 42017054854) was run."])
def test_years_and_record_numbers_printed_plain_stay_unread(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert list(abstract.figures) == []


@pytest.mark.parametrize("printed, counts", [
    ("(3% [80] vs 7% [222]; p<0·0001)", [80, 222]),
    ("(7% (270) vs 9% (360); p=0·0002)", [270, 360]),
])
def test_a_count_in_brackets_after_its_share_is_a_count_in_either_bracket(printed: str, counts: list[float]):
    abstract = parse_string(f"Findings: Primary PTCA reduced non-fatal reinfarction {printed}.", second_reading=None)
    assert [f.value for f in abstract.figures if f.kind is FigureKind.COUNT] == counts


def test_a_reference_number_after_a_share_at_a_sentence_s_end_is_no_count():
    abstract = parse_string("Background: Its prevalence is approximately 80% [1]. The severity varies.",
                            second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.PERCENTAGE]


# --- batches 502 onward (thirty-fifth session, after their first contact) ------------------------------------------

@pytest.mark.parametrize("byline", [
    "J Watanabe,Y Hiraoka,M Akimoto",
    "J. Watanabe, Y. Hiraoka and M. Akimoto",
    "A M Bofin, S Lydersen, C Isaksen, B M Hagmar.",
    "W J Schneider",
])
def test_a_byline_with_initials_first_is_neither_title_nor_text(byline: str):
    abstract = parse_string(f"Semi-radical resection of the prostate\n\n{byline}\nAbstract:The conventional method "
                            "was used in 79 cases.", second_reading=None)
    assert [s.text for s in abstract.sections] == ["The conventional method was used in 79 cases."]


@pytest.mark.parametrize("line", ["A Review", "J Watanabe"])
def test_a_short_line_with_one_initial_is_not_taken_for_a_byline(line: str):
    abstract = parse_string(f"Semi-radical resection of the prostate\n\n{line}\n\nThe method was used in 79 cases.",
                            second_reading=None)
    assert abstract.sections[0].text.startswith(line)


@pytest.mark.parametrize("printed, value", [
    ("with modafinil 400-mg once daily (7 AM) plus placebo", 400),
    ("given 10-mg twice daily", 10),
])
def test_a_hyphenated_dose_with_how_often_it_is_given_is_a_dose(printed: str, value: float):
    abstract = parse_string(f"Methods: Patients were treated {printed}.", second_reading=None)
    assert (FigureKind.DOSE, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", ["the 1,000-mg group", "the 10-mg/d donepezil groups", "a 75-g OGTT"])
def test_a_hyphenated_dose_naming_a_group_or_a_test_stays_unread(printed: str):
    abstract = parse_string(f"Methods: We compared {printed} with others.", second_reading=None)
    assert FigureKind.DOSE not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("Participants received four 30-minute exposures of light.", 30),
    ("Children had 20-minute treatments spaced an hour apart.", 20),
    ("The protocol held a 15-minute bright light exposure.", 15),
    ("Staff watched a 28-minute refresher film.", 28),
])
def test_a_hyphenated_time_in_minutes_before_what_it_lasts_is_a_duration(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert (FigureKind.DURATION, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", ["The 6-minute walk distance rose.", "The 5-min Apgar score was low.",
                                     "The 3-month treatments were stopped."])
def test_a_hyphenated_time_naming_a_test_or_a_point_is_no_duration(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert FigureKind.DURATION not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, value, unit", [
    ("Participants received four 30-minute exposures.", 4, "exposures"),
    ("They attended three 1-hour sessions.", 3, "sessions"),
    ("Each child kept six 24-h dietary recalls.", 6, "recalls"),
    ("We performed two 2-hour OGTTs.", 2, "OGTTs"),
])
def test_a_count_before_a_hyphenated_time_counts_the_noun_after_it(printed: str, value: float, unit: str):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value, unit) in [(f.kind, f.value, f.unit) for f in abstract.figures]


@pytest.mark.parametrize("printed, low, high, unit", [
    ("(min=20, max=54, SD=8.033)", 20, 54, ""),
    ("(minimum 20, maximum 54)", 20, 54, ""),
    ("(Minimum 20 years and maximum 54 years)", 20, 54, "years"),
    ("(min: 1.5; max: 7.25)", 1.5, 7.25, ""),
])
def test_a_range_printed_as_its_two_named_ends_is_a_range(printed: str, low: float, high: float, unit: str):
    abstract = parse_string(f"Results: The mean age was 33.3 years {printed}.", second_reading=None)
    ranges = [(f.low, f.high, f.unit) for f in abstract.figures if f.kind is FigureKind.RANGE]
    assert ranges == [(low, high, unit)]


def test_a_minimum_alone_stays_a_bound():
    abstract = parse_string("Methods: We required a minimum of 20 patients per site.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.value == 20] == [(FigureKind.THRESHOLD, 20)]


@pytest.mark.parametrize("printed", ["to achieve 90% power", "to achieve 80% statistical power", "with 90% power"])
def test_a_study_s_power_is_a_share_even_as_a_goal(printed: str):
    abstract = parse_string(f"Methods: We needed 1,986 subjects {printed} for a hazard ratio of 0.7.",
                            second_reading=None)
    assert [f.kind for f in abstract.figures if f.value in (80, 90)] == [FigureKind.PERCENTAGE]


def test_a_share_to_achieve_stays_a_target():
    abstract = parse_string("Methods: Insulin was titrated to achieve 7% HbA1c.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.THRESHOLD]


@pytest.mark.parametrize("printed, value, whole", [
    ("Thirty-nine of the original 100 hips were lost to follow-up.", 39, 100),
    ("Then 12 of the remaining 80 died.", 12, 80),
    ("Only 7 of the eligible 52 declined.", 7, 52),
])
def test_a_count_of_a_whole_named_again_with_its_word_has_that_denominator(printed: str, value: float, whole: int):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value, f.denominator) for f in abstract.figures] == [(FigureKind.COUNT, value, whole)]


@pytest.mark.parametrize("printed, value, unit", [
    ("(lower limit of detection: 8 µg/g)", 8, "µg/g"),
    ("the cut-off, 8 µg/g, was used", 8, "µg/g"),
    ("a UACR ≥30 mg/g was common", 30, "mg/g"),
    ("the upper limit of normal: 40 U/L", 40, "U/L"),
])
def test_a_limit_in_a_unit_per_gram_or_after_a_colon_is_a_threshold_with_its_unit(printed: str, value: float,
                                                                                   unit: str):
    abstract = parse_string(f"Methods: In calprotectin testing {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.unit) for f in abstract.figures] == [(FigureKind.THRESHOLD, value, unit)]


@pytest.mark.parametrize("printed, value", [
    ("One-week triple and quadruple therapies have similar rates.", 1),
    ("One-week quadruple therapies have similar rates.", 1),
    ("A 6-month diet or exercise programme helped.", 6),
])
def test_a_hyphenated_time_before_two_kinds_of_a_span_noun_is_a_duration(printed: str, value: float):
    abstract = parse_string(f"Conclusion: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, value)]


@pytest.mark.parametrize("printed", ["the 12-month and 24-month groups differed", "at the 6-month visit and study end"])
def test_a_hyphenated_time_naming_a_group_or_a_visit_stays_no_duration(printed: str):
    abstract = parse_string(f"Results: Scores in {printed}.", second_reading=None)
    assert FigureKind.DURATION not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed", ["for ACR >30 mg/g (13 studies)", "for ACR >30 (13 patients)"])
def test_people_or_studies_counted_in_brackets_after_a_limit_are_a_count(printed: str):
    abstract = parse_string(f"Results: Pooled sensitivity {printed} was 0.82.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.value == 13] == [(FigureKind.COUNT, 13)]


def test_a_limit_restated_in_other_words_in_brackets_is_the_same_limit():
    abstract = parse_string("Methods: Vision fell by no more than 1 line (7 letters).", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.THRESHOLD, FigureKind.THRESHOLD]


@pytest.mark.parametrize("printed, kind, value", [
    ("with a mean body mass index (BMI) of 27.3", FigureKind.MEAN, 27.3),
    ("with a mean critical temperature threshold (CTT) of 21.0°C", FigureKind.MEAN, 21.0),
    ("with a median length of stay (LOS) of 5 days", FigureKind.MEDIAN, 5),
])
def test_a_summary_named_with_its_measure_s_abbreviation_in_brackets_is_that_summary(printed: str, kind: FigureKind,
                                                                                      value: float):
    abstract = parse_string(f"Results: Patients presented {printed}.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(kind, value)]


@pytest.mark.parametrize("printed, kind, spread", [
    ("a mean (SD) of 4.2 (1.1)", FigureKind.MEAN, {"sd": 1.1}),
    ("a median (IQR) of 5 (3-7)", FigureKind.MEDIAN, {"low": 3, "high": 7}),
])
def test_a_summary_s_spread_named_in_brackets_is_still_its_spread(printed: str, kind: FigureKind, spread: dict):
    abstract = parse_string(f"Results: Scores had {printed}.", second_reading=None)
    [figure] = abstract.figures
    assert figure.kind is kind and all(getattr(figure, name) == value for name, value in spread.items())


@pytest.mark.parametrize("printed", [
    "The geometric mean titers (GMTs) of subjects of group 1 were lower.",
    "The average microfilaridermia (MF) prevalence across 39 sentinel villages was high.",
    "Median dose interval (MDI) following 24th infusion was long.",
])
def test_an_abbreviation_inside_a_summary_s_name_does_not_carry_it_to_a_later_number(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert not {FigureKind.MEAN, FigureKind.MEDIAN} & {f.kind for f in abstract.figures}


@pytest.mark.parametrize("record", [
    "Postoperative venous thrombosis.\n\nBorow M, Goldson H.\n\nAm J Surg 1981 Feb;141(2):245-51\n\n{body}",
    "Borow M, Goldson H.\nPostoperative venous thrombosis. Evaluation of five methods of treatment.\n"
    "Am J Surg 1981 Feb;141(2):245-51\n\n{wrapped}",
    "Postoperative venous thrombosis.\nBorow M, Goldson H.\nAm J Surg 1981;141:245-51\n\n{body}",
])
def test_a_citation_line_without_the_journal_s_full_stop_and_a_byline_on_top_are_front_matter(record: str):
    body = "Five methods for preventing deep venous thrombosis were compared in 500 patients."
    wrapped = body.replace(" were ", "\nwere ").replace(" in ", "\nin ")  # a page's line breaks
    abstract = parse_string(record.format(body=body, wrapped=wrapped), second_reading=None)
    assert [s.text for s in abstract.sections] == [body]


def test_a_body_line_with_a_year_and_a_semicolon_is_no_citation():
    body = "Between 1981 and 1985; we studied 500 patients with thrombosis."
    abstract = parse_string(f"Postoperative venous thrombosis\n\nBorow M, Goldson H.\n\n{body}", second_reading=None)
    assert [s.text for s in abstract.sections] == [body]


@pytest.mark.parametrize("printed, kind", [
    ("Among 239 relatives at 50% risk of being a carrier, 102 were tested.", FigureKind.THRESHOLD),
    ("Of the females at 25% risk, 59 were tested.", FigureKind.THRESHOLD),
    ("A patient with LEMS has a 62% risk of an underlying cancer.", FigureKind.PERCENTAGE),
])
def test_a_share_of_risk_after_at_defines_a_group(printed: str, kind: FigureKind):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [f.kind for f in abstract.figures if f.unit == "%" or f.kind is FigureKind.PERCENTAGE] == [kind]


@pytest.mark.parametrize("printed, value", [
    ("a relative risk of revision surgery of 1.88.", 1.88),
    ("a relative risk of revision surgery of 1.88 compared with others.", 1.88),
])
def test_a_ratio_of_an_outcome_then_of_its_value_at_a_clause_s_end_is_that_ratio(printed: str, value: float):
    abstract = parse_string(f"Results: Patients with polyps had {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.RATIO, value)]


def test_a_number_in_words_after_a_ratio_s_name_counts_rather_than_being_the_ratio():
    abstract = parse_string("Results: They had a relative risk of four sinus surgeries.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 4)]


def test_a_hyphenated_time_before_courses_is_a_duration():
    abstract = parse_string("Methods: Patients received 6-week courses of amitriptyline.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, 6)]


def test_a_hyphenated_time_before_a_trend_names_the_trend():
    abstract = parse_string("Methods: We studied the prior 6-month trend in forced vital capacity.", second_reading=None)
    assert FigureKind.DURATION not in [f.kind for f in abstract.figures]


def test_a_patency_rate_with_its_standard_error_is_a_share_like_a_survival():
    abstract = parse_string("Results: One-year patency rates were 67%±2.0% for fistulas and 85%±3.5% for grafts.",
                            second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.value in (67, 85)] == [
        (FigureKind.PERCENTAGE, 67), (FigureKind.PERCENTAGE, 85)]


def test_a_mean_share_with_its_sd_stays_a_mean():
    abstract = parse_string("Results: Mean adherence was 67%±2.0% in the first group.", second_reading=None)
    assert [f.kind for f in abstract.figures] == [FigureKind.MEAN]


@pytest.mark.parametrize("label", ["Background /Objective", "Background / Objective", "BACKGROUND/ OBJECTIVE"])
def test_a_heading_of_two_labels_with_a_spaced_slash_is_one_heading(label: str):
    abstract = parse_string(f"{label}: The aim was to assess control.\nMethods: We did it.\nResults: It worked.",
                            second_reading=None)
    assert [(s.label, s.text) for s in abstract.sections][0] == (label, "The aim was to assess control.")


# --- batches 526 onward (thirty-sixth session, after their first contact) ------------------------------------------


@pytest.mark.parametrize("printed, value", [
    ("Patients were given propoxyphene for 21-day heroin detoxification.", 21),
    ("Incidence was compared between two 4-year periods.", 4),
    ("Dacomitinib was given in 28-day cycles until progression.", 28),
    ("Gemcitabine was given on days 1 and 8 of each 21-day cycle.", 21),
    ("We did a 1-year survey of all admissions.", 1),
    ("Data covered a 5-year span of admissions.", 5),
    ("Onset was assessed over a 15-year timeframe.", 15),
    ("Donors with low haemoglobin received a 6-month deferral.", 6),
    ("Cases rose after a seven-day lag.", 7),
    ("A 2-week single-blind placebo lead-in preceded randomisation.", 2),
    ("Results of three 6-week studies were pooled.", 6),
    ("Results of the 12-week trials were pooled.", 12),
])
def test_a_hyphenated_time_before_a_period_a_cycle_or_a_survey_is_a_duration(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert (FigureKind.DURATION, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", [
    "Scores improved at the 6-month follow-up visit.",
    "We studied the prior 6-month trend in forced vital capacity.",
    "The two 6-month groups differed in age.",
])
def test_a_hyphenated_time_before_a_visit_a_trend_or_a_group_stays_unread(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert FigureKind.DURATION not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, count, duration", [
    ("a pooled analysis of three randomized, double-blind, placebo-controlled, 12-week studies", 3, 12),
    ("a pooled analysis of 3 randomized, 12-week studies", 3, 12),
    ("two 6-week courses of amitriptyline", 2, 6),
    ("the last 4 weeks of the two 10-week trials", 2, 10),
])
def test_a_count_whose_description_holds_a_hyphenated_time_leaves_the_time_to_be_read(printed: str, count: float,
                                                                                       duration: float):
    figures = [(f.kind, f.value) for f in parse_string(f"Methods: We report {printed}.", second_reading=None).figures]
    assert (FigureKind.COUNT, count) in figures and (FigureKind.DURATION, duration) in figures


@pytest.mark.parametrize("printed, value", [
    ("Patients in the study group were seven years older (95% CI 4 to 10) than controls.", 7),
    ("Patients with bradycardia were some 10 years younger than those with block.", 10),
    ("Patients with mental illness waited 10 minutes longer to see a physician.", 10),
    ("Riluzole was associated with an 8 months longer median survival.", 8),
    ("Sleep duration was 1.02 h longer at the end of treatment.", 1.02),
    ("Operations took 14 minutes longer in larger glands.", 14),
])
def test_a_time_older_younger_longer_or_shorter_is_a_difference(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures if f.value == value] == [(FigureKind.ESTIMATE, value)]


@pytest.mark.parametrize("printed, kind", [
    ("Patients aged 65 years or older were included.", FigureKind.THRESHOLD),
    ("Patients were treated for 10 years.", FigureKind.DURATION),
])
def test_a_time_without_a_comparative_right_after_it_is_no_difference(printed: str, kind: FigureKind):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert [f.kind for f in abstract.figures] == [kind]


@pytest.mark.parametrize("printed", [
    "The office was approximately 500 meters from the machinery.",
    "Performance times for running 3000 metres improved.",
    "She reported weight loss of 40 kilos within a year.",
    "A finger prick gave 250 microlitres per sample.",
])
def test_a_unit_of_measure_spelled_out_is_never_a_count(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert FigureKind.COUNT not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("Patients were randomized to preparation with 3 litres of polyethylene glycol.", 3),
    ("Plasma exchange of about three litres of plasma was done daily.", 3),
    ("PEG was given in 4 liters of water orally.", 4),
])
def test_litres_of_something_drunk_or_given_are_a_dose(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DOSE, value)]


def test_feet_counted_in_a_foot_study_stay_a_count():
    abstract = parse_string("Methods: We treated 260 feet in 150 children with clubfoot.", second_reading=None)
    assert (FigureKind.COUNT, 260) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", [
    "Images with thallous chloride Tl 201 were taken during rest and exercise.",
    "Images with thallous chloride TI 201 were taken during rest and exercise.",
    "Thallium-201 scans were taken during rest and exercise.",
    "Thallium 201 scans were taken during rest and exercise.",
    "Ga-67 scans were taken during rest and exercise.",
    "Technetium 99m scans were taken during rest and exercise.",
    "Iodine-131 was given during rest and exercise.",
    "In-111 labelled leukocytes were given during rest and exercise.",
])
def test_a_radionuclide_s_mass_number_after_its_element_is_part_of_its_name(printed: str):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert abstract.figures == ()


def test_in_before_a_count_stays_a_preposition():
    abstract = parse_string("Results: In 111 patients, the scan was normal.", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, 111)]


def test_counts_in_brackets_listed_out_of_order_are_counts():
    abstract = parse_string("Results: Sites were pulmonary (2), pleural (2), miliary (1), abdominal (2) and lymph "
                            "node (5).", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.COUNT, v) for v in (2, 2, 1, 2, 5)]


@pytest.mark.parametrize("printed", [
    "The aims were to (1) describe the cohort and (2) identify risks.",
    "Themes were human (1), professional (2) and care (3).",
])
def test_points_numbered_in_order_in_brackets_stay_unread(printed: str):
    abstract = parse_string(f"Objective: {printed}", second_reading=None)
    assert FigureKind.COUNT not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("share", ["5 percent", "5 per cent"])
def test_a_count_in_brackets_after_a_share_in_words_is_a_count(share: str):
    abstract = parse_string(f"Results: Only {share} (32) of the eligible patients donated.", second_reading=None)
    assert (FigureKind.COUNT, 32) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("label, category", [
    ("Aims & Objective", "OBJECTIVE"),
    ("Aims and Objective", "OBJECTIVE"),
    ("Materials & Methods", "METHODS"),
])
def test_a_spaced_ampersand_in_a_heading_reads_as_and(label: str, category: str):
    abstract = parse_string(f"Background: TB is common. {label}: To study it. Results: It worked.", second_reading=None)
    assert [(s.label, s.category.value) for s in abstract.sections][1] == (label, category)


@pytest.mark.parametrize("printed, value, sd", [
    ("age 18.9 years (SD±2.3)", 18.9, 2.3),
    ("height 176.5 cm (SD ± 6.1)", 176.5, 6.1),
    ("weight 69 kg (SD +/- 9.2)", 69, 9.2),
])
def test_a_value_with_its_sd_printed_with_a_plus_minus_in_brackets_is_a_mean(printed: str, value: float, sd: float):
    abstract = parse_string(f"Results: Baseline characteristics were: {printed}.", second_reading=None)
    assert [(f.kind, f.value, f.sd) for f in abstract.figures] == [(FigureKind.MEAN, value, sd)]


@pytest.mark.parametrize("printed", [
    "Recurrence was 1.8% (95% CI 1.1-2.4%) 24 months postoperatively.",
    "Pain was measured 1 month postoperatively.",
    "Recurrence was 67.9% (95% CI 53.3-82.4%) 240 months post-surgery.",
    "Antibodies were measured 6 weeks post-vaccination.",
])
def test_a_time_before_an_adverb_of_the_event_it_counts_from_is_when(printed: str):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert FigureKind.DURATION not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("Patients were followed for 1 year postoperatively.", 1),
    ("Mortality within 30 days post-surgery was low.", 30),
    ("Water load was less through 48 hours postburn.", 48),
    ("Relapses fell in the 3 months postpartum.", 3),
    ("Relapses were counted for 24 months postpartum.", 24),
    ("Patients stayed 5 days postoperative in hospital.", 5),
])
def test_a_span_led_by_for_or_within_before_the_event_stays_a_duration(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.DURATION, value)]


def test_an_area_in_square_units_is_no_count():
    abstract = parse_string("Methods: The region covers an area of 1,136 square kilometers (438 square miles).",
                            second_reading=None)
    assert FigureKind.COUNT not in [f.kind for f in abstract.figures]


@pytest.mark.parametrize("printed, value", [
    ("Positive screens in dilutions greater than 1:320 were confirmed.", 320),
    ("Cure was a titre of less than 1:400 at the end of therapy.", 400),
    ("Relapse was a titre of more than 1:400 after therapy.", 400),
])
def test_a_titre_bounded_in_words_is_a_threshold(printed: str, value: float):
    abstract = parse_string(f"Methods: {printed}", second_reading=None)
    assert [(f.kind, f.value) for f in abstract.figures] == [(FigureKind.THRESHOLD, value)]


@pytest.mark.parametrize("printed, value", [
    ("Of 144 women, one hundred and twenty four are lactating.", 124),
    ("Of the 30 patients, two have died.", 2),
])
def test_a_number_in_words_before_are_or_have_counts(printed: str, value: float):
    abstract = parse_string(f"Results: {printed}", second_reading=None)
    assert (FigureKind.COUNT, value) in [(f.kind, f.value) for f in abstract.figures]


@pytest.mark.parametrize("printed", ["One is tempted to treat early.", "One has to treat early."])
def test_one_before_is_or_has_stays_a_pronoun(printed: str):
    abstract = parse_string(f"Conclusions: {printed}", second_reading=None)
    assert abstract.figures == ()
