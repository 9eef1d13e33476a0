"""Pre-test to post-test probability, likelihood ratios, the Waters 2012 figures and the plot."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nmo_teach.intervals import exact_proportion_interval
from nmo_teach.reasoning import (
    COMMERCIAL_CBA,
    WATERS_2012,
    WATERS_2012_CONTROLS,
    TwoByTwo,
    tables_matching,
    ReasoningError,
    describe_post_test_plot,
    likelihood_ratios,
    plot_post_test,
    post_test_curve,
    post_test_from_likelihood_ratio,
    post_test_percent,
    post_test_probability,
    proportion_percent,
)


def test_textbook_example_by_hand() -> None:
    # prevalence 10%, sens 90%, spec 80%: TP 0.09, FP 0.18 -> 1/3; FN 0.01, TN 0.72 -> 1/73
    assert post_test_probability(0.1, 0.9, 0.8, "positive") == pytest.approx(1 / 3)
    assert post_test_probability(0.1, 0.9, 0.8, "negative") == pytest.approx(0.01 / 0.73)


def test_proportion_percent() -> None:
    assert proportion_percent(41, 60) == 68.3
    with pytest.raises(ReasoningError, match="count"):
        proportion_percent(61, 60)
    with pytest.raises(ReasoningError, match="total"):
        proportion_percent(1, 0)


def test_waters_2012_figures() -> None:
    assert [round(a.sensitivity, 2) for a in WATERS_2012] == [0.77, 0.73, 0.68, 0.6]
    assert COMMERCIAL_CBA.specificity == 1.0 and COMMERCIAL_CBA.citation == "waters2012serologic"


def test_perfect_specificity_gives_infinite_lr_and_certainty_after_positive() -> None:
    ratios = likelihood_ratios(COMMERCIAL_CBA.sensitivity, 1.0)
    assert math.isinf(ratios.positive)
    assert ratios.negative == pytest.approx(19 / 60)
    assert post_test_probability(0.2, COMMERCIAL_CBA.sensitivity, 1.0) == 1.0


def test_negative_cba_does_not_exclude_nmosd_at_even_odds() -> None:
    # 50% before the test; LR- = 19/60 -> odds 19/60 -> probability 19/79
    assert post_test_probability(0.5, 41 / 60, 1.0, "negative") == pytest.approx(19 / 79)
    assert post_test_percent(0.5, 41 / 60, 1.0, "negative") == 24.1


@given(st.floats(0.001, 0.999), st.floats(0.01, 0.99), st.floats(0.01, 0.99), st.sampled_from(["positive", "negative"]))
def test_bayes_and_likelihood_ratio_routes_agree(pre: float, sens: float, spec: float, result: str) -> None:
    ratios = likelihood_ratios(sens, spec)
    lr = ratios.positive if result == "positive" else ratios.negative
    assert post_test_probability(pre, sens, spec, result) == pytest.approx(post_test_from_likelihood_ratio(pre, lr))


@given(st.floats(0, 1), st.floats(0.5, 1), st.floats(0.5, 1))
def test_an_informative_test_moves_probability_the_right_way(pre: float, sens: float, spec: float) -> None:
    if sens + spec <= 1:
        return
    if not (spec == 1 and sens == 1 and pre in (0, 1)):
        assert post_test_probability(pre, sens, spec, "positive") >= pre - 1e-12
    try:
        assert post_test_probability(pre, sens, spec, "negative") <= pre + 1e-12
    except ReasoningError:
        assert sens == 1 and pre == 1


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: post_test_probability(1.2, 0.5, 0.5), "pre_test: got 1.2"),
        (lambda: post_test_probability(0.5, -0.1, 0.5), "sensitivity"),
        (lambda: post_test_probability(0.5, 0.5, float("nan")), "specificity"),
        (lambda: post_test_probability(0.5, 0.5, 0.5, "maybe"), "result: got 'maybe'"),  # type: ignore[arg-type]
        (lambda: post_test_probability(0.5, 0.0, 1.0, "positive"), "cannot occur"),
        (lambda: post_test_from_likelihood_ratio(0.5, -1), "likelihood_ratio"),
        (lambda: post_test_curve(0.5, 0.5, "positive", points=1), "points"),
    ],
)
def test_bad_input_names_the_argument(call, match: str) -> None:
    with pytest.raises(ReasoningError, match=match):
        call()


def test_plot_and_its_description() -> None:
    figure = plot_post_test(0.68, 0.99, label="CBA")
    axes = figure.axes[0]
    assert axes.get_xlabel() == "Pre-test probability"
    assert len(axes.get_lines()) == 3  # positive, negative, no-test diagonal
    plot_post_test(0.6, 0.99, ax=axes)
    assert len(axes.get_lines()) == 5  # the diagonal is drawn once
    text = describe_post_test_plot(0.68, 0.99, marks=(0.5,))
    assert "from 50% before the test to 99% after a positive and 24% after a negative result" in text


# --- Consistency check of published accuracy figures, and the interval around "100% specific" --



def test_matthews_figures_cannot_come_from_all_44_nmosd_patients() -> None:
    # 92/96/98/86 (Matthews 2013 abstract) reproduced only by tables with 25-26 NMOSD patients.
    tables = tables_matching(92, 96, 98, 86, max_diseased=50, max_healthy=44)
    assert tables, "the enumeration found nothing: the rounding rule is broken"
    assert {t.healthy for t in tables} == {25, 26}
    assert all(t.healthy != 44 for t in tables)
    for t in tables:
        assert round(100 * t.true_positive / t.diseased) == 92
        assert round(100 * t.true_negative / t.healthy) == 96


def test_a_table_built_from_counts_is_found_again() -> None:
    # 40/50 sensitivity 80%, 36/40 specificity 90%, PPV 40/44 = 91%, NPV 36/46 = 78%.
    assert TwoByTwo(50, 40, 40, 36) in tables_matching(80, 90, 91, 78, 50, 40)


def test_half_percentages_round_up() -> None:
    # 1/8 = 12.5% prints as 13, never 12 (banker's rounding would say 12).
    assert TwoByTwo(8, 1, 1, 1) in tables_matching(13, 100, 100, 13, 8, 1)


def test_waters_controls_leave_room_below_100_percent_specificity() -> None:
    assert WATERS_2012_CONTROLS == 86
    interval = exact_proportion_interval(WATERS_2012_CONTROLS, WATERS_2012_CONTROLS).interval
    assert interval.low < 0.99 < interval.high  # a "hypothetical 99%" lies inside the interval
