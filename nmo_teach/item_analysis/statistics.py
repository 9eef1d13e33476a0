"""Classical item analysis: difficulty, discrimination, reliability, and the flags that follow.

Definitions (classical test theory, as in most item-analysis reports):

- *difficulty* (p): the share of students who passed the item. Despite the name, higher is
  easier.
- *point-biserial (rest)*: Pearson's correlation between passing the item (0/1) and the total
  points on the *other* items. Leaving the item out of the total keeps it from correlating with
  itself, which inflates the index most on short assignments.
- *upper-lower index* (D): the share passing among the top 27% of students by total points
  minus the share among the bottom 27%. Students tied on the total are ordered by name, so the
  index is reproducible; with few students the groups are small and D is coarse.
- *KR-20*: reliability of the pass/fail scores, k/(k-1) (1 - sum p q / variance of totals);
  *Cronbach's alpha*: the same on the points, with the items' point variances. On 0/1 scores
  the two are equal.

An item is flagged when almost everyone passes it (difficulty above 0.95: it tells the class
apart from no one), when few do (below 0.2: too hard, or a broken test), when it discriminates
weakly (below 0.2) or negatively (stronger students fail it more often: check the test and
the key first), or when no one differs on it (discrimination undefined).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from nmo_teach.item_analysis.scores import ClassResults

UPPER_LOWER_SHARE = 0.27


@dataclass(frozen=True)
class Thresholds:
    """Where an item starts to behave badly; the defaults are common rules of thumb."""

    too_easy: float = 0.95
    too_hard: float = 0.2
    weak: float = 0.2


DEFAULT_THRESHOLDS = Thresholds()

@dataclass(frozen=True)
class Analysis:
    """One assignment analysed: an item table, the students' totals and the reliability."""

    assignment: str
    items: pd.DataFrame  # index item; max_points, difficulty, point_biserial_rest, upper_lower, flags
    percent: pd.Series  # each student's total, in percent of the maximum
    kr20: float
    alpha: float
    students: int
    excluded: int


def difficulty(passed: pd.DataFrame) -> pd.Series:
    """Share of students passing each item."""
    return passed.mean()


def rest_point_biserial(passed: pd.DataFrame, points: pd.DataFrame) -> pd.Series:
    """Correlation of each item's pass/fail with the points on the other items (NaN if undefined)."""
    totals = points.sum(axis=1)
    return pd.Series({item: _correlation(passed[item], totals - points[item]) for item in passed.columns},
                     dtype=float)


def _correlation(x: pd.Series, y: pd.Series) -> float:
    if x.nunique() < 2 or y.nunique() < 2:
        return math.nan
    return float(x.corr(y))


def upper_lower_index(passed: pd.DataFrame, totals: pd.Series, share: float = UPPER_LOWER_SHARE) -> pd.Series:
    """Share passing in the top ``share`` of students by total minus that in the bottom ``share``."""
    group = max(1, round(share * len(totals)))
    ranked = totals.rename("total").to_frame().assign(name=totals.index)
    ranked = ranked.sort_values(["total", "name"], ascending=[False, True])
    upper, lower = ranked.index[:group], ranked.index[-group:]
    return passed.loc[upper].mean() - passed.loc[lower].mean()


def kr20(passed: pd.DataFrame) -> float:
    """Kuder-Richardson 20 of 0/1 scores (NaN for fewer than two items or no spread in totals)."""
    items = passed.shape[1]
    spread = passed.sum(axis=1).var(ddof=0)
    if items < 2 or not spread:
        return math.nan
    p = passed.mean()
    return items / (items - 1) * (1 - float((p * (1 - p)).sum()) / spread)


def cronbach_alpha(points: pd.DataFrame) -> float:
    """Cronbach's alpha of the item points (NaN for fewer than two items or no spread in totals)."""
    items = points.shape[1]
    spread = points.sum(axis=1).var(ddof=1)
    if items < 2 or not spread or math.isnan(spread):
        return math.nan
    return items / (items - 1) * (1 - float(points.var(ddof=1).sum()) / spread)


def flags(p: float, discrimination: float, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[str]:
    """Why an item behaves badly, in words (empty when it does not)."""
    found = []
    if p > thresholds.too_easy:
        found.append(f"too easy: {p:.0%} passed, so it separates almost no one")
    elif p < thresholds.too_hard:
        found.append(f"too hard: only {p:.0%} passed; check the test and what was taught")
    if math.isnan(discrimination):
        found.append("discrimination undefined: every student scored alike on it or on the rest")
    elif discrimination < 0:
        found.append(f"negative discrimination ({discrimination:.2f}): stronger students fail it "
                     "more often; check the test and its key")
    elif discrimination < thresholds.weak:
        found.append(f"weak discrimination ({discrimination:.2f} < {thresholds.weak}): it tells "
                     "stronger and weaker students apart poorly")
    return found


def analyse(results: ClassResults, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Analysis:
    """Every index for one assignment."""
    totals = results.points.sum(axis=1)
    maximum = float(results.max_points.sum())
    items = pd.DataFrame({
        "max_points": results.max_points,
        "difficulty": difficulty(results.passed),
        "point_biserial_rest": rest_point_biserial(results.passed, results.points),
        "upper_lower": upper_lower_index(results.passed, totals),
    })
    items["flags"] = [flags(row.difficulty, row.point_biserial_rest, thresholds)
                      for row in items.itertuples()]
    return Analysis(
        assignment=results.assignment,
        items=items,
        percent=100 * totals / maximum if maximum else totals * math.nan,
        kr20=kr20(results.passed),
        alpha=cronbach_alpha(results.points),
        students=results.students,
        excluded=results.excluded,
    )
