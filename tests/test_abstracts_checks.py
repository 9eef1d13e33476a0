"""Consistency checks, verified against brute-force enumeration rather than copied numbers."""

from __future__ import annotations

import statistics
from fractions import Fraction
from itertools import combinations_with_replacement

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmo_teach.abstracts import (
    AbstractError,
    Verdict,
    count_datasets,
    count_within,
    enumerate_datasets,
    grim,
    hozo_mean,
    median_range,
    parse_string,
    proportion_matches,
)
from nmo_teach.abstracts.checks import check_figures, total_bounds
from nmo_teach.casebook import seed


def brute_force(n: int, median: float, low: int, high: int) -> list[tuple[int, ...]]:
    """Every sorted integer dataset in [low, high] of size n with this median, min and max,
    found the slow way: try every multiset and keep those whose summary matches."""
    return [
        values for values in combinations_with_replacement(range(low, high + 1), n)
        if values[0] == low and values[-1] == high
        and Fraction(statistics.median(values)) == Fraction(str(median))
    ]


def test_seed_infusions_by_brute_force():
    series = seed()
    n = series.value("patients")
    median = series.value("infusions")
    rng = series.figure("infusions_range")
    low, high = int(rng.low), int(rng.high)
    slow = brute_force(n, median, low, high)
    check = median_range(n, median, low, high)
    assert check.verdict is Verdict.CONSISTENT
    assert check.n_datasets == len(slow)
    assert set(check.datasets or ()) == set(slow)
    totals = [sum(d) for d in slow]
    assert check.total_range == (min(totals), max(totals))
    assert check.mean_range == (min(totals) / n, max(totals) / n)
    # the brief (§4.5) states 28 datasets, total 31-40, mean 6.2-8.0, Hozo 7.1; the brute force
    # above must reproduce them, so a slip in either the brief or the code shows up here
    assert (len(slow), min(totals), max(totals)) == (28, 31, 40)
    assert check.hozo_mean == pytest.approx(7.1)


SMALL = [(n, m, lo, hi) for n in range(1, 8) for lo in range(0, 4) for hi in range(lo, 7)
         for m in [x / 2 for x in range(2 * lo, 2 * hi + 1)]]


@pytest.mark.parametrize(("n", "median", "low", "high"), SMALL)
def test_counting_totals_and_enumeration_agree_with_brute_force(n, median, low, high):
    slow = brute_force(n, median, low, high)
    assert count_datasets(n, median, low, high) == len(slow)
    assert sorted(enumerate_datasets(n, median, low, high)) == sorted(slow)
    check = median_range(n, median, low, high)
    assert (check.verdict is Verdict.CONSISTENT) == bool(slow)
    if slow:
        totals = [sum(d) for d in slow]
        assert total_bounds(n, median, low, high) == (min(totals), max(totals))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4).map(lambda k: 2 * k + 1), st.integers(0, 5), st.integers(0, 5),
       st.integers(0, 5))
def test_hozo_estimate_is_the_midpoint_of_the_possible_means_for_odd_n(n, low, up, top):
    """For odd n, Hozo's formula equals the midpoint of the smallest and largest possible mean:
    a cross-check of the formula (SECONDARY in the brief) against brute-force order statistics."""
    median, high = low + up, low + up + top
    totals = [sum(d) for d in brute_force(n, median, low, high)]
    midpoint = (min(totals) + max(totals)) / (2 * n)
    assert hozo_mean(n, median, low, high) == pytest.approx(midpoint)


@pytest.mark.parametrize(
    ("n", "median", "low", "high", "reason"),
    [(5, 8.5, 2, 11, "odd n"), (4, 8.25, 2, 11, "even n"), (5, 12, 2, 11, "outside the range"),
     (2, 6, 2, 11, "two values"), (1, 3, 2, 4, "single value")],
)
def test_impossible_summaries_say_why(n, median, low, high, reason):
    check = median_range(n, median, low, high)
    assert check.verdict is Verdict.INCONSISTENT and reason in check.explanation
    assert brute_force(n, median, low, high) == []


def test_large_counts_are_counted_but_not_listed():
    check = median_range(9, 120, 45, 230)
    assert check.n_datasets > 10_000 and check.datasets is None


def test_grim_on_the_brief_s_die_example():
    # 20 integer rolls: any mean k/20 printed to 2 decimals ends in 0 or 5 (brief §4.1)
    assert grim("3.48", 20).verdict is Verdict.INCONSISTENT
    assert grim("3.45", 20).verdict is Verdict.CONSISTENT
    assert grim("3.45", 100).verdict is Verdict.CANNOT_TELL  # n >= 10**decimals


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 99), st.data())
def test_grim_accepts_every_mean_that_integer_data_can_give(n, data):
    total = data.draw(st.integers(0, 7 * n))
    printed = f"{total / n:.2f}"
    assert grim(printed, n).verdict in (Verdict.CONSISTENT, Verdict.CANNOT_TELL)


def test_proportions_and_counts():
    assert proportion_matches(4, 5, "80").verdict is Verdict.CONSISTENT
    assert proportion_matches(600, 1234, "48.6").verdict is Verdict.CONSISTENT
    assert proportion_matches(600, 1234, "48.7").verdict is Verdict.INCONSISTENT
    assert count_within(4, 5).verdict is Verdict.CONSISTENT
    assert count_within(6, 5).verdict is Verdict.INCONSISTENT
    assert count_within(2.5, 5).verdict is Verdict.INCONSISTENT


def test_bad_arguments_raise_the_documented_error():
    with pytest.raises(AbstractError):
        median_range(0, 8, 2, 11)
    with pytest.raises(AbstractError):
        grim("abc", 5)


def test_checks_on_the_seed_cover_counts_and_both_readings_of_time_to_relapse():
    abstract = parse_string(seed().abstract.as_text())
    checks = check_figures(abstract.figures)
    assert all(c.verdict is Verdict.CONSISTENT for c in checks)
    relapse = [c for c in checks if "120 days" in str(c.details["figure"])]
    assert sorted(c.n for c in relapse) == sorted([seed().value("relapses"), seed().value("patients")])


def test_an_inconsistent_abstract_is_flagged():
    abstract = parse_string("Results: We studied 20 patients; 12 (50%) were women. "
                            "The median stay was 4.5 days (range, 2-9 days).")
    verdicts = {c.name: c.verdict for c in check_figures(abstract.figures)}
    assert verdicts["percentage matches count"] is Verdict.INCONSISTENT
