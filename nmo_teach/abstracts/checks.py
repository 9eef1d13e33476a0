"""Consistency checks of reported summary statistics: pure arithmetic, each with a verdict.

Every check returns a ``Check``: a verdict (consistent, inconsistent, or cannot tell) and a
plain-language explanation a student can read. The order-statistics rules for a median and
range of n integer values are the project's own derivation (brief §4.4, DERIVED); GRIM is
Brown and Heathers' test (brief §4.1); the mean estimate is Hozo et al. 2005's small-sample
formula (see ``hozo_mean``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from itertools import combinations_with_replacement

from pydantic import BaseModel, ConfigDict

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.model import Figure, FigureKind

ENUMERATION_LIMIT = 10_000  # datasets listed in full up to this many; beyond, only counted


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    CANNOT_TELL = "cannot tell"


class Check(BaseModel):
    """The outcome of one check: what was checked, the verdict, and why, in words."""

    model_config = ConfigDict(frozen=True)

    name: str
    verdict: Verdict
    explanation: str
    details: dict[str, object] = {}


class MedianRangeCheck(Check):
    """A median-and-range check, with what the summary allows about the data behind it.

    ``total_range`` and ``mean_range`` are the smallest and largest total and mean of any
    integer dataset matching the summary; ``datasets`` lists them (sorted, each sorted) when
    there are no more than ``ENUMERATION_LIMIT``.
    """

    n: int
    median: float
    low: int
    high: int
    n_datasets: int = 0
    total_range: tuple[int, int] | None = None
    mean_range: tuple[float, float] | None = None
    hozo_mean: float | None = None
    datasets: tuple[tuple[int, ...], ...] | None = None


def _fmt(number: float | Fraction) -> str:
    value = float(number)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def count_within(count: float, denominator: float, what: str = "count") -> Check:
    """A count must be a whole number between 0 and its denominator."""
    part = f"{_fmt(count)} {what}".rstrip()
    if denominator <= 0 or not float(denominator).is_integer():
        return Check(name="count within denominator", verdict=Verdict.INCONSISTENT,
                     explanation=f"The denominator {_fmt(denominator)} is not a positive whole number.")
    if not float(count).is_integer() or count < 0:
        return Check(name="count within denominator", verdict=Verdict.INCONSISTENT,
                     explanation=f"A count of {what} must be a whole number of 0 or more; "
                                 f"{_fmt(count)} is not.")
    if count > denominator:
        return Check(name="count within denominator", verdict=Verdict.INCONSISTENT,
                     explanation=f"{part} cannot come out of {_fmt(denominator)}: "
                                 "a part is larger than the whole.")
    return Check(name="count within denominator", verdict=Verdict.CONSISTENT,
                 explanation=f"{part} out of {_fmt(denominator)} is possible: "
                             "the part is not larger than the whole.")


def interval_contains(value: float, low: float, high: float, interval: str = "interval",
                      positive: bool = False) -> Check:
    """An estimate lies inside its own interval, whose ends are in order.

    A confidence interval, an IQR and a range all hold the value they are printed with; an
    estimate outside its interval, or an interval printed the wrong way round, is a typing error
    in the abstract (or in the reading of it). With ``positive`` (ratios) the interval must also
    lie above zero, since a ratio cannot be zero or negative.
    """
    name = "interval contains its estimate"
    shown = f"{_fmt(value)} ({interval} {_fmt(low)} to {_fmt(high)})"
    if low > high:
        return Check(name=name, verdict=Verdict.INCONSISTENT,
                     explanation=f"In {shown} the lower end is above the upper end.")
    if positive and low <= 0:
        return Check(name=name, verdict=Verdict.INCONSISTENT,
                     explanation=f"In {shown} the interval reaches {_fmt(low)}, but a ratio is "
                                 "always above zero.")
    if not low <= value <= high:
        return Check(name=name, verdict=Verdict.INCONSISTENT,
                     explanation=f"In {shown} the estimate lies outside its own interval.")
    return Check(name=name, verdict=Verdict.CONSISTENT,
                 explanation=f"In {shown} the estimate lies inside its interval.")


def within_bounds(value: float, low: float, high: float, what: str) -> Check:
    """A quantity that has natural limits (I² 0-100%, R² 0-1) lies within them."""
    name = f"{what} within {_fmt(low)} to {_fmt(high)}"
    if low <= value <= high:
        return Check(name=name, verdict=Verdict.CONSISTENT,
                     explanation=f"{what} {_fmt(value)} is possible: it lies between {_fmt(low)} "
                                 f"and {_fmt(high)}.")
    return Check(name=name, verdict=Verdict.INCONSISTENT,
                 explanation=f"{what} {_fmt(value)} is impossible: it can only lie between "
                             f"{_fmt(low)} and {_fmt(high)}.")


def _decimals(printed: str) -> int:
    return len(printed.split(".")[1]) if "." in printed else 0


def proportion_matches(count: int, denominator: int, percentage: str | float,
                       decimals: int | None = None) -> Check:
    """Does ``count``/``denominator`` round to the printed percentage?

    ``percentage`` is best given as printed ("48.6"), so its number of decimals sets the rounding
    tolerance; a float needs ``decimals``. Both round-half-up and round-half-down are accepted,
    because journals differ.
    """
    printed = str(percentage)
    places = decimals if decimals is not None else _decimals(printed)
    if denominator <= 0:
        return Check(name="percentage matches count", verdict=Verdict.INCONSISTENT,
                     explanation=f"A percentage of {denominator} people is undefined.")
    exact = Fraction(count * 100, denominator)
    half_unit = Fraction(1, 2 * 10**places)
    reported = Fraction(Decimal(printed)) if not isinstance(percentage, float) else Fraction(percentage)
    ok = abs(exact - reported) <= half_unit
    word = "matches" if ok else "does not match"
    return Check(
        name="percentage matches count",
        verdict=Verdict.CONSISTENT if ok else Verdict.INCONSISTENT,
        explanation=(
            f"{count} of {denominator} is {float(exact):.{places + 2}f}%, which {word} the reported "
            f"{printed}% at {places} decimal place{'s' if places != 1 else ''}."
        ),
        details={"exact_percentage": float(exact)},
    )


def grim(mean: str, n: int, items: int = 1) -> Check:
    """GRIM: can a mean printed as ``mean`` come from ``n`` whole-number answers?

    With integer data the total is a whole number, so the mean is k/(n x items) for some integer
    k. Give the mean as printed ("3.48") so that its decimals are known. With n at or above
    10**decimals every printed mean is possible and GRIM cannot tell.
    """
    try:
        reported = Decimal(str(mean))
    except InvalidOperation:
        raise AbstractError(f"GRIM: mean {mean!r} is not a number") from None
    if n < 1 or items < 1:
        raise AbstractError(f"GRIM: n and items must be at least 1 (got n={n}, items={items})")
    places = max(0, -reported.as_tuple().exponent) if isinstance(reported.as_tuple().exponent, int) else 0
    grains = n * items
    if grains >= 10**places:
        return Check(name="GRIM", verdict=Verdict.CANNOT_TELL,
                     explanation=f"With {grains} values and a mean printed to {places} decimal"
                                 f"{'s' if places != 1 else ''}, "
                                 "every printed mean is reachable, so GRIM cannot test it.")
    quantum = Decimal(1).scaleb(-places)
    centre = int((reported * grains).to_integral_value())
    for total in range(centre - 2, centre + 3):
        candidate = (Decimal(total) / grains).quantize(quantum, rounding=ROUND_HALF_UP)
        candidate_down = (Decimal(total) / grains).quantize(quantum, rounding="ROUND_HALF_DOWN")
        if reported in (candidate, candidate_down):
            return Check(name="GRIM", verdict=Verdict.CONSISTENT,
                         explanation=f"A total of {total} over {grains} values gives a mean of "
                                     f"{reported}, so the mean is possible.",
                         details={"total": total})
    return Check(name="GRIM", verdict=Verdict.INCONSISTENT,
                 explanation=f"No whole-number total divided by {grains} rounds to {reported}: "
                             "the mean cannot come from whole-number data of this size.")


def _as_fraction(number: float) -> Fraction:
    """The number as printed (8.3 stays 83/10), so no float noise decides feasibility."""
    return Fraction(str(number))


def _middle(n: int, median: Fraction, low: int, high: int) -> Iterator[tuple[int, ...]]:
    """The possible middle value(s) as a tuple: (m,) for odd n, (u, 2m-u) for even n."""
    if n % 2:
        yield (int(median),)
        return
    twice = int(median * 2)
    for lower in range(max(low, twice - high), math.floor(median) + 1):
        yield (lower, twice - lower)


def _multisets(values: int, slots: int) -> int:
    return math.comb(values + slots - 1, slots) if slots >= 0 and values > 0 else int(slots == 0)


def _feasibility_problem(n: int, median: Fraction, low: int, high: int) -> str | None:
    if not low <= median <= high:
        return f"the median {_fmt(median)} lies outside the range {low}-{high}"
    if n == 1 and not low == median == high:
        return "with a single value the median and both ends of the range must be equal"
    if n % 2 and median.denominator != 1:
        return (f"with an odd n ({n}) the median is the middle value itself, so with whole-number "
                f"data it must be a whole number, not {_fmt(median)}")
    if n % 2 == 0 and (median * 2).denominator != 1:
        return (f"with an even n ({n}) the median is the average of two whole numbers, so it must "
                f"end in .0 or .5, not {_fmt(median)}")
    if n == 2 and Fraction(low + high, 2) != median:
        return (f"with two values the median is their average, ({low} + {high})/2 = "
                f"{_fmt(Fraction(low + high, 2))}, not {_fmt(median)}")
    return None


def count_datasets(n: int, median: float, low: int, high: int) -> int:
    """How many sorted whole-number datasets of size n have this median, minimum and maximum."""
    m = _as_fraction(median)
    if n < 1 or _feasibility_problem(n, m, low, high):
        return 0
    if n == 1:
        return 1
    if n == 2:
        return 1
    side = (n - 1) // 2 - 1 if n % 2 else n // 2 - 2  # free slots strictly between the ends
    total = 0
    for middle in _middle(n, m, low, high):
        below_top, above_bottom = middle[0], middle[-1]
        total += _multisets(below_top - low + 1, side) * _multisets(high - above_bottom + 1, side)
    return total


def enumerate_datasets(n: int, median: float, low: int, high: int,
                       limit: int = ENUMERATION_LIMIT) -> Iterator[tuple[int, ...]]:
    """Yield every sorted whole-number dataset matching the summary, at most ``limit`` of them."""
    m = _as_fraction(median)
    if n < 1 or _feasibility_problem(n, m, low, high):
        return
    if n <= 2:
        yield (low,) if n == 1 else (low, high)
        return
    side = (n - 1) // 2 - 1 if n % 2 else n // 2 - 2
    produced = 0
    for middle in _middle(n, m, low, high):
        for below in combinations_with_replacement(range(low, middle[0] + 1), side):
            for above in combinations_with_replacement(range(middle[-1], high + 1), side):
                yield (low, *below, *middle, *above, high)
                produced += 1
                if produced >= limit:
                    return


def total_bounds(n: int, median: float, low: int, high: int) -> tuple[int, int] | None:
    """Smallest and largest possible total of a matching whole-number dataset, or None."""
    m = _as_fraction(median)
    if n < 1 or _feasibility_problem(n, m, low, high):
        return None
    if n <= 2:
        total = low if n == 1 else low + high
        return total, total
    side = (n - 1) // 2 - 1 if n % 2 else n // 2 - 2
    sums = [
        (low + high + sum(middle) + side * low + side * middle[-1],
         low + high + sum(middle) + side * middle[0] + side * high)
        for middle in _middle(n, m, low, high)
    ]
    return min(s[0] for s in sums), max(s[1] for s in sums)


def hozo_mean(n: int, median: float, low: float, high: float) -> float:
    """Hozo, Djulbegovic and Hozo (2005) small-sample estimate of the mean.

    (a + 2m + b)/4 + (a - 2m + b)/(4n), with a and b the ends of the range and m the median.
    The formula is as independent implementations give it (brief §4.4, SECONDARY; the paper's
    own abstract confirms a formula in a, m, b and n for small samples). The paper derives it
    from distribution-free bounds on the mean; for odd n it equals the midpoint of the smallest
    and largest possible mean, which the tests check by brute force.
    """
    if n < 1:
        raise AbstractError(f"Hozo estimate: n must be at least 1 (got {n})")
    return (low + 2 * median + high) / 4 + (low - 2 * median + high) / (4 * n)


def median_range(n: int, median: float, low: int, high: int,
                 limit: int = ENUMERATION_LIMIT) -> MedianRangeCheck:
    """Can n whole numbers have this median and range, and what does that leave open?

    Order statistics (DERIVED, brief §4.4): for odd n the median is the middle value itself,
    so it must be a whole number; for even n it is the mean of the two middle values, so it
    ends in .0 or .5. The first value is the minimum, the last the maximum; the values in
    between are free within [minimum, median] below and [median, maximum] above.
    """
    for name, value in (("n", n), ("low", low), ("high", high)):
        if not float(value).is_integer():
            raise AbstractError(f"median/range check: {name} must be a whole number (got {value})")
    n, low, high = int(n), int(low), int(high)
    if n < 1:
        raise AbstractError(f"median/range check: n must be at least 1 (got {n})")
    m = _as_fraction(median)
    base = {"n": n, "median": float(median), "low": low, "high": high}
    problem = _feasibility_problem(n, m, low, high)
    if problem:
        return MedianRangeCheck(name="median and range", verdict=Verdict.INCONSISTENT,
                                explanation=f"Impossible for {n} whole numbers: {problem}.", **base)
    count = count_datasets(n, float(m), low, high)
    totals = total_bounds(n, float(m), low, high)
    assert totals is not None
    means = (totals[0] / n, totals[1] / n)
    estimate = hozo_mean(n, float(m), low, high)
    datasets = tuple(enumerate_datasets(n, float(m), low, high, limit)) if count <= limit else None
    position = (f"the {(n + 1) // 2}{_ordinal((n + 1) // 2)} of the {n} sorted values"
                if n % 2 else f"the average of the {n // 2}{_ordinal(n // 2)} and "
                              f"{n // 2 + 1}{_ordinal(n // 2 + 1)} sorted values")
    explanation = (
        f"Possible. With n = {n}, the median {_fmt(m)} is {position}; the smallest value is {low} "
        f"and the largest {high}. {count} different sets of whole numbers fit this summary. "
        f"Their total lies between {totals[0]} and {totals[1]}, so the mean lies between "
        f"{_fmt(means[0])} and {_fmt(means[1])}; Hozo's estimate of the mean is {estimate:.2f}."
    )
    return MedianRangeCheck(
        name="median and range", verdict=Verdict.CONSISTENT, explanation=explanation,
        n_datasets=count, total_range=totals, mean_range=means, hozo_mean=estimate,
        datasets=datasets, **base,
    )


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def check_figures(figures: tuple[Figure, ...] | list[Figure]) -> list[Check]:
    """Apply every check that the extracted figures allow, in reading order.

    Counts with a denominator are checked against it; a percentage printed with its count
    ("30 (25%)", "386 [64.4%] female", "77%; 46 of 60") is checked against count/denominator,
    the denominator being the count's (stated or inferred); a median with a range in one unit
    and a whole-number n gets the order-statistics check (for each reading when its denominator
    is ambiguous); a mean with a known n gets GRIM. An estimate, ratio, percentage or summary
    printed with an interval must lie inside it (a ratio's interval above zero), and I², R² and
    differences in percentage points must lie within their natural limits.
    """
    checks: list[Check] = []
    for figure in figures:
        where = f"'{figure.text}'"
        if figure.kind is FigureKind.COUNT and figure.denominator and figure.value is not None:
            result = count_within(figure.value, figure.denominator, figure.quantity or figure.unit)
            checks.append(_about(result, where))
        elif (figure.kind is FigureKind.PERCENTAGE and figure.denominator
              and figure.of_count is not None and figure.value_text
              and float(figure.of_count).is_integer()):
            result = proportion_matches(int(figure.of_count), figure.denominator, figure.value_text)
            label = f"{_fmt(figure.of_count)} of {figure.denominator} ({figure.text})"
            checks.append(_about(result, f"'{label}'"))
        elif (figure.kind is FigureKind.MEDIAN and figure.interval == "range" and not figure.low_unit
              and figure.low is not None and figure.high is not None and figure.value is not None
              and float(figure.low).is_integer() and float(figure.high).is_integer()):
            readings = [figure.denominator] if figure.denominator else list(figure.denominator_candidates)
            for n in readings:
                if n is None:
                    continue
                result = median_range(n, figure.value, int(figure.low), int(figure.high))
                label = where if len(readings) == 1 else f"{where}, reading n = {n}"
                checks.append(_about(result, label))
        elif figure.kind is FigureKind.MEAN and figure.denominator and figure.value_text:
            checks.append(_about(grim(figure.value_text, figure.denominator), where))
        checks += [_about(check, where) for check in _bound_checks(figure)]
    return checks


# Natural limits, by kind and measure: (low, high, what the reader calls it).
_BOUNDS: dict[tuple[FigureKind, str | None], tuple[float, float, str]] = {
    (FigureKind.ESTIMATE, "I2"): (0, 100, "I² (%)"),
    (FigureKind.PERCENTAGE_POINTS, None): (-100, 100, "Difference in percentage points"),
}


def _bound_checks(figure: Figure) -> list[Check]:
    """Checks every figure of the new kinds allows: an interval holds its estimate (ratios above
    zero), and I², R² and percentage-point differences lie within their limits."""
    checks: list[Check] = []
    if (figure.value is not None and figure.low is not None and figure.high is not None
            and not figure.low_unit and figure.kind in (
                FigureKind.RATIO, FigureKind.ESTIMATE, FigureKind.PERCENTAGE, FigureKind.MEDIAN,
                FigureKind.MEAN, FigureKind.PERCENTAGE_POINTS)
            # a median with its range gets the order-statistics check, which already asks this
            and not (figure.kind is FigureKind.MEDIAN and figure.interval == "range")):
        checks.append(interval_contains(figure.value, figure.low, figure.high,
                                        figure.interval or "interval",
                                        positive=figure.kind is FigureKind.RATIO))
    if figure.value is None:
        return checks
    measure = figure.measure if figure.kind is FigureKind.ESTIMATE else None
    bounds = _BOUNDS.get((figure.kind, measure))
    if figure.kind is FigureKind.ESTIMATE and figure.measure == "R2":
        bounds = (0, 100, "R² (%)") if figure.unit == "%" else (0, 1, "R²")
    if bounds is not None:
        checks.append(within_bounds(figure.value, *bounds))
    return checks


def _about(check: Check, where: str) -> Check:
    return check.model_copy(update={"details": {**check.details, "figure": where}})
