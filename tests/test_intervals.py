"""Exact intervals, risk differences and NNTs: checked against independent arithmetic.

The reference values come from the beta-quantile definition of the Clopper-Pearson interval and
from hand algebra, not from the functions under test, so a wrong method call fails here.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import beta

from nmo_teach.intervals import (
    IntervalError,
    absolute_risk_reduction,
    exact_proportion_interval,
    number_needed_to_treat,
)


def test_all_of_five_has_an_interval_reaching_down_to_48_percent() -> None:
    # The review's correction of "no comparison group, so no confidence intervals".
    found = exact_proportion_interval(5, 5)
    assert found.interval.high == 1.0
    assert found.interval.low == pytest.approx(0.025 ** (1 / 5))  # (alpha/2)^(1/n) at x = n
    assert found.describe() == "5 of 5 (100%; exact 95% CI 47.8–100%)"


def test_four_of_five_matches_the_beta_quantiles() -> None:
    found = exact_proportion_interval(4, 5).interval
    assert found.low == pytest.approx(beta.ppf(0.025, 4, 2))
    assert found.high == pytest.approx(beta.ppf(0.975, 5, 1))
    assert found.percent_text() == "28.4–99.5%"


def test_no_false_positives_in_86_controls_is_not_certainty() -> None:
    # Waters 2012: specificity 86/86; the exact lower limit is about 95.8%, not 100%.
    found = exact_proportion_interval(86, 86).interval
    assert found.low == pytest.approx(0.025 ** (1 / 86))
    assert 0.95 < found.low < 0.96


@given(st.integers(1, 60).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_the_interval_always_contains_the_estimate(counts: tuple[int, int]) -> None:
    found = exact_proportion_interval(*counts).interval
    assert 0 <= found.low <= found.estimate <= found.high <= 1


def test_a_wider_confidence_level_gives_a_wider_interval() -> None:
    narrow = exact_proportion_interval(3, 10, 0.90).interval
    wide = exact_proportion_interval(3, 10, 0.99).interval
    assert wide.low < narrow.low and wide.high > narrow.high


@pytest.mark.parametrize("count, total", [(6, 5), (-1, 5), (1, 0), (1.5, 5), (True, 5)])
def test_impossible_counts_are_refused(count, total) -> None:
    with pytest.raises(IntervalError):
        exact_proportion_interval(count, total)


def test_risk_difference_is_control_minus_treated() -> None:
    found = absolute_risk_reduction(3, 96, 20, 47)
    assert found.reduction.estimate == pytest.approx(20 / 47 - 3 / 96)
    assert found.reduction.low < found.reduction.estimate < found.reduction.high
    # Newcombe's hybrid score interval is asymmetric; a Wald interval would be symmetric.
    wald_half = 1.959964 * math.sqrt((20 / 47) * (27 / 47) / 47 + (3 / 96) * (93 / 96) / 96)
    assert found.reduction.high - found.reduction.estimate != pytest.approx(wald_half, abs=1e-3)


def test_the_difference_interval_uses_the_wilson_limits_of_each_arm() -> None:
    # Newcombe (1998) method 10, by hand from the two Wilson score intervals.
    from statsmodels.stats.proportion import proportion_confint

    p1, p2 = 20 / 47, 3 / 96
    l1, u1 = proportion_confint(20, 47, method="wilson")
    l2, u2 = proportion_confint(3, 96, method="wilson")
    low = (p1 - p2) - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = (p1 - p2) + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    found = absolute_risk_reduction(3, 96, 20, 47).reduction
    assert (found.low, found.high) == pytest.approx((low, high))


def test_nnt_is_the_reciprocal_with_flipped_limits() -> None:
    difference = absolute_risk_reduction(3, 96, 20, 47)
    nnt = number_needed_to_treat(difference)
    arr = difference.reduction
    assert nnt.estimate == pytest.approx(1 / arr.estimate)
    assert (nnt.low, nnt.high) == pytest.approx((1 / arr.high, 1 / arr.low))
    assert nnt.rounded_up == 3


def test_an_interval_spanning_no_effect_runs_through_infinity() -> None:
    nnt = number_needed_to_treat(absolute_risk_reduction(5, 20, 6, 20))
    assert nnt.low is None and nnt.high is None
    assert nnt.benefit_limit is not None and nnt.harm_limit is not None
    assert "through infinity" in nnt.describe()


def test_no_difference_has_no_nnt() -> None:
    nnt = number_needed_to_treat(absolute_risk_reduction(4, 20, 4, 20))
    assert math.isinf(nnt.estimate) and nnt.rounded_up is None
