"""Confidence intervals for proportions, risk differences and numbers needed to treat.

Why: the book's small numbers (5 patients, 86 controls, 47 placebo patients) are exactly where a
point estimate misleads most, and an interval is the quickest way to show a student how little
such a count pins down. A single-group proportion needs no comparison group to carry an interval.

Methods (all computed by statsmodels, never by hand):

- one proportion: the exact Clopper-Pearson interval (``proportion_confint(method="beta")``),
  which never leaves 0..1 and keeps its coverage at counts of 0 or n, where the simple Wald
  interval collapses to a point;
- a difference of two independent proportions: Newcombe's hybrid score interval (method 10 of
  Newcombe 1998; ``confint_proportions_2indep(method="newcomb")``), which behaves well when one
  arm has no events;
- a number needed to treat: the reciprocal of the absolute risk reduction, its limits the
  reciprocals of the reduction's limits (Altman 1998). When the reduction's interval includes 0
  the NNT interval runs through infinity, from "NNT (benefit)" to "NNT (harm)", and is reported
  that way instead of as a misleading finite range.

A teaching aid, not a clinical decision tool.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from nmo_teach.errors import NmoTeachError


class IntervalError(NmoTeachError):
    """A count, total or confidence level that no interval can be computed from."""


def _counts(name: str, count: int, total: int) -> None:
    if isinstance(total, bool) or not isinstance(total, int) or total <= 0:
        raise IntervalError(f"{name} total: got {total!r}; allowed: a whole number above 0")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= total:
        raise IntervalError(f"{name} count: got {count!r}; allowed: a whole number from 0 to {total}")


def _confidence(confidence: float) -> float:
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 < confidence < 1:
        raise IntervalError(f"confidence: got {confidence!r}; allowed: a number between 0 and 1, such as 0.95")
    return float(confidence)


def _pct(value: float) -> str:
    """A percentage to one decimal, without a trailing '.0': 0.478 -> '47.8', 1.0 -> '100'."""
    text = f"{100 * value:.1f}"
    return text[:-2] if text.endswith(".0") else text


class Interval(NamedTuple):
    """A point estimate with its lower and upper confidence limits, as fractions of 1."""

    estimate: float
    low: float
    high: float
    confidence: float = 0.95

    def percent_text(self) -> str:
        """'47.8–100%': the limits as percentages to one decimal."""
        return f"{_pct(self.low)}–{_pct(self.high)}%"


class ProportionInterval(NamedTuple):
    """``count`` of ``total`` with its exact (Clopper-Pearson) interval."""

    count: int
    total: int
    interval: Interval

    def describe(self) -> str:
        """'5 of 5 (100%; exact 95% CI 47.8–100%)', the form the book prints."""
        level = f"{100 * self.interval.confidence:g}%"
        return (
            f"{self.count} of {self.total} ({_pct(self.interval.estimate)}%; "
            f"exact {level} CI {self.interval.percent_text()})"
        )


def exact_proportion_interval(count: int, total: int, confidence: float = 0.95) -> ProportionInterval:
    """The Clopper-Pearson interval for ``count / total``."""
    from statsmodels.stats.proportion import proportion_confint

    _counts("proportion", count, total)
    level = _confidence(confidence)
    low, high = proportion_confint(count, total, alpha=1 - level, method="beta")
    # statsmodels returns NaN-free floats; at count == total the upper limit is exactly 1
    return ProportionInterval(count, total, Interval(count / total, float(low), float(high), level))


class RiskDifference(NamedTuple):
    """Absolute risk reduction: control risk minus treated risk, with its interval.

    Positive means fewer events on treatment. The two arm risks are kept so that a page can
    show where the difference comes from.
    """

    treated: ProportionInterval
    control: ProportionInterval
    reduction: Interval


def absolute_risk_reduction(
    treated_events: int,
    treated_total: int,
    control_events: int,
    control_total: int,
    confidence: float = 0.95,
) -> RiskDifference:
    """Control risk minus treated risk, with Newcombe's hybrid score interval."""
    from statsmodels.stats.proportion import confint_proportions_2indep

    _counts("treated", treated_events, treated_total)
    _counts("control", control_events, control_total)
    level = _confidence(confidence)
    # statsmodels computes p1 - p2; put control first so that a benefit comes out positive
    low, high = confint_proportions_2indep(
        control_events, control_total, treated_events, treated_total,
        method="newcomb", compare="diff", alpha=1 - level,
    )
    estimate = control_events / control_total - treated_events / treated_total
    return RiskDifference(
        treated=exact_proportion_interval(treated_events, treated_total, level),
        control=exact_proportion_interval(control_events, control_total, level),
        reduction=Interval(estimate, float(low), float(high), level),
    )


class NumberNeededToTreat(NamedTuple):
    """1 / absolute risk reduction, with limits from the reduction's limits.

    ``low`` and ``high`` are finite only when the reduction's interval excludes 0. When it
    includes 0, ``benefit_limit`` and ``harm_limit`` hold the two finite ends of an interval that
    passes through infinity (Altman 1998). ``estimate`` is infinite when the reduction is 0.
    """

    estimate: float
    low: float | None
    high: float | None
    benefit_limit: float | None = None
    harm_limit: float | None = None

    @property
    def rounded_up(self) -> int | None:
        """The NNT as clinicians quote it: rounded up to a whole patient."""
        return None if math.isinf(self.estimate) else math.ceil(round(abs(self.estimate), 9))

    def describe(self) -> str:
        """'3 (95% CI 1.9 to 4.0)', or the through-infinity form when the effect may be harm."""
        if self.rounded_up is None:
            return "not defined (no difference in risk)"
        kind = "" if self.estimate > 0 else " (harm)"
        if self.low is not None and self.high is not None:
            return f"{self.rounded_up}{kind} (95% CI {self.low:.1f} to {self.high:.1f})"
        return (
            f"{self.rounded_up}{kind} (95% CI: NNT benefit {self.benefit_limit:.1f} through infinity "
            f"to NNT harm {self.harm_limit:.1f})"
        )


def number_needed_to_treat(difference: RiskDifference) -> NumberNeededToTreat:
    """How many patients must be treated for one fewer to have the event, with its interval."""
    arr = difference.reduction
    estimate = math.inf if arr.estimate == 0 else 1 / arr.estimate
    if arr.low > 0 or arr.high < 0:
        # both limits on one side of 0: the reciprocal flips their order
        return NumberNeededToTreat(estimate, 1 / arr.high, 1 / arr.low)
    benefit = None if arr.high == 0 else 1 / arr.high
    harm = None if arr.low == 0 else 1 / abs(arr.low)
    return NumberNeededToTreat(estimate, None, None, benefit_limit=benefit, harm_limit=harm)
