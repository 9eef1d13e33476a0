"""From a pre-test probability to a post-test probability: Bayes' theorem for a diagnostic test.

Why: a positive or negative AQP4-IgG result does not settle a diagnosis by itself; what it does
is move the probability the clinician held before the test. These pure functions do that move
from a test's sensitivity and specificity (or its likelihood ratios), and the plot helper draws
the move for every starting point so that a student sees why the same negative result means
little in a typical NMOSD presentation and a lot in a low-suspicion one.

The assay figures are those of Waters et al. 2012 (VERIFIED in the project's facts brief):
sensitivity out of 60 NMO/NMOSD patients, and 100% specificity for the two commercial kits.

A teaching aid, not a clinical decision tool.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from nmo_teach.errors import NmoTeachError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Result = Literal["positive", "negative"]


class ReasoningError(NmoTeachError):
    """A probability or test characteristic outside what the arithmetic allows."""


def _probability(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1 or math.isnan(value):
        raise ReasoningError(f"{name}: got {value!r}; allowed: a probability from 0 to 1")
    return float(value)


def _result(value: str) -> Result:
    if value not in ("positive", "negative"):
        raise ReasoningError(f"result: got {value!r}; allowed: 'positive' or 'negative'")
    return value  # type: ignore[return-value]


class LikelihoodRatios(NamedTuple):
    """LR+ = sensitivity / (1 - specificity); LR- = (1 - sensitivity) / specificity."""

    positive: float
    negative: float


def likelihood_ratios(sensitivity: float, specificity: float) -> LikelihoodRatios:
    """Both likelihood ratios; LR+ is infinite when specificity is 1 (no false positives seen)."""
    sens = _probability("sensitivity", sensitivity)
    spec = _probability("specificity", specificity)
    positive = math.inf if spec == 1 else sens / (1 - spec)
    negative = math.inf if spec == 0 else (1 - sens) / spec
    return LikelihoodRatios(positive=positive, negative=negative)


def post_test_from_likelihood_ratio(pre_test: float, likelihood_ratio: float) -> float:
    """Post-test probability = pre-test odds x LR, turned back into a probability."""
    pre = _probability("pre_test", pre_test)
    if isinstance(likelihood_ratio, bool) or not isinstance(likelihood_ratio, (int, float)) or math.isnan(likelihood_ratio) or likelihood_ratio < 0:
        raise ReasoningError(f"likelihood_ratio: got {likelihood_ratio!r}; allowed: a number of 0 or more")
    if pre in (0.0, 1.0):
        return pre
    if math.isinf(likelihood_ratio):
        return 1.0
    odds = pre / (1 - pre) * likelihood_ratio
    return odds / (1 + odds)


def post_test_probability(
    pre_test: float, sensitivity: float, specificity: float, result: Result = "positive"
) -> float:
    """The probability of disease after a positive or negative result (Bayes' theorem), 0 to 1."""
    pre = _probability("pre_test", pre_test)
    sens = _probability("sensitivity", sensitivity)
    spec = _probability("specificity", specificity)
    outcome = _result(result)
    if outcome == "positive":
        true, false = sens * pre, (1 - spec) * (1 - pre)
    else:
        true, false = (1 - sens) * pre, spec * (1 - pre)
    if true + false == 0:
        raise ReasoningError(
            f"result: a {outcome} result cannot occur with pre_test={pre}, sensitivity={sens}, specificity={spec}"
        )
    return true / (true + false)


def post_test_percent(
    pre_test: float, sensitivity: float, specificity: float, result: Result = "positive"
) -> float:
    """``post_test_probability`` as a percentage rounded to one decimal (for quiz answers)."""
    return round(100 * post_test_probability(pre_test, sensitivity, specificity, result), 1)


def proportion_percent(count: int, total: int) -> float:
    """``count / total`` as a percentage rounded to one decimal (sensitivity = positives / patients)."""
    if isinstance(total, bool) or not isinstance(total, int) or total <= 0:
        raise ReasoningError(f"total: got {total!r}; allowed: a whole number above 0")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= total:
        raise ReasoningError(f"count: got {count!r}; allowed: a whole number from 0 to total ({total})")
    return round(100 * count / total, 1)


class AssayFigures(NamedTuple):
    """One AQP4-IgG method as reported by Waters et al. 2012."""

    method: str
    positives: int
    patients: int
    specificity: float | None  # None where the brief does not give a specificity
    citation: str = "waters2012serologic"

    @property
    def sensitivity(self) -> float:
        return self.positives / self.patients


WATERS_2012: tuple[AssayFigures, ...] = (
    AssayFigures("flow cytometry", 46, 60, None),
    AssayFigures("visual cell-based assay", 44, 60, None),
    AssayFigures("commercial cell-based assay kit", 41, 60, 1.0),
    AssayFigures("commercial ELISA kit", 36, 60, 1.0),
)
COMMERCIAL_CBA = WATERS_2012[2]

# Waters 2012 controls: 39 RRMS, 25 other autoimmune and 22 healthy subjects (facts brief §6.1,
# VERIFIED). "100% specific" means no false positive among these 86, which is a proportion
# (86 of 86) with an exact interval, not a certainty.
WATERS_2012_CONTROLS = 39 + 25 + 22


class TwoByTwo(NamedTuple):
    """A 2x2 table of a rule against the truth: 'positive' means the rule says the disease."""

    diseased: int
    healthy: int
    true_positive: int
    true_negative: int

    @property
    def false_negative(self) -> int:
        return self.diseased - self.true_positive

    @property
    def false_positive(self) -> int:
        return self.healthy - self.true_negative


def _rounds_to(numerator: int, denominator: int, percent: int) -> bool:
    """Whether numerator/denominator prints as ``percent`` when rounded half up to a whole %."""
    if denominator == 0:
        return False
    return math.floor(100 * numerator / denominator + 0.5 + 1e-9) == percent


def tables_matching(
    sensitivity: int, specificity: int, ppv: int, npv: int, max_diseased: int, max_healthy: int
) -> list[TwoByTwo]:
    """Every 2x2 table, up to the given group sizes, that reproduces four rounded percentages.

    Why: a quick consistency check a reader can run on any accuracy claim. If no table with the
    stated group sizes reproduces the figures, they were computed on a subset, and the reader
    should ask which. Percentages are whole numbers, rounded half up.
    """
    found = []
    for diseased in range(1, max_diseased + 1):
        for tp in range(diseased + 1):
            if not _rounds_to(tp, diseased, sensitivity):
                continue
            for healthy in range(1, max_healthy + 1):
                for tn in range(healthy + 1):
                    if not _rounds_to(tn, healthy, specificity):
                        continue
                    fp, fn = healthy - tn, diseased - tp
                    if _rounds_to(tp, tp + fp, ppv) and _rounds_to(tn, tn + fn, npv):
                        found.append(TwoByTwo(diseased, healthy, tp, tn))
    return found


def post_test_curve(
    sensitivity: float, specificity: float, result: Result, points: int = 101
) -> list[tuple[float, float]]:
    """``(pre-test, post-test)`` pairs across pre-test probabilities 0..1, for tables and plots."""
    if points < 2:
        raise ReasoningError(f"points: got {points!r}; allowed: 2 or more")
    out = []
    for i in range(points):
        pre = i / (points - 1)
        try:
            out.append((pre, post_test_probability(pre, sensitivity, specificity, result)))
        except ReasoningError:
            continue
    return out


def describe_post_test_plot(sensitivity: float, specificity: float, marks: Sequence[float] = (0.1, 0.5, 0.9)) -> str:
    """Words for the plot's caption and alt text: what the two curves show at a few pre-test values."""
    parts = []
    for pre in marks:
        pos = post_test_probability(pre, sensitivity, specificity, "positive")
        neg = post_test_probability(pre, sensitivity, specificity, "negative")
        parts.append(f"from {pre:.0%} before the test to {pos:.0%} after a positive and {neg:.0%} after a negative result")
    return (
        f"Line chart of post-test probability (vertical axis) against pre-test probability (horizontal axis) "
        f"for a test with sensitivity {sensitivity:.0%} and specificity {specificity:.0%}. The dotted diagonal is "
        "'no test'. The upper curve is the probability after a positive result, the lower curve after a negative "
        "result: " + "; ".join(parts) + "."
    )


def plot_post_test(
    sensitivity: float,
    specificity: float,
    *,
    label: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Draw post-test probability after a positive and a negative result against pre-test probability."""
    import matplotlib.pyplot as plt

    if ax is None:
        figure, ax = plt.subplots(figsize=(6, 4.5))
    else:
        figure = ax.figure  # type: ignore[assignment]
    name = label or f"sens {sensitivity:.0%}, spec {specificity:.0%}"
    for result, style in (("positive", "-"), ("negative", "-.")):
        curve = post_test_curve(sensitivity, specificity, result)  # type: ignore[arg-type]
        ax.plot([p for p, _ in curve], [q for _, q in curve], style, linewidth=2, label=f"{name}: after a {result} result")
    if not any(line.get_label() == "no test" for line in ax.get_lines()):
        ax.plot([0, 1], [0, 1], ":", color="grey", label="no test")
    ax.set_xlabel("Pre-test probability")
    ax.set_ylabel("Post-test probability")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")
    return figure  # type: ignore[return-value]
