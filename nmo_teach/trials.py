"""Arm-level event counts of the pivotal NMOSD trials and the absolute effects computed from them.

Why: the trials chapter teaches hazard ratios, which are relative. A student also needs the
absolute view: how many fewer patients out of 100 had a relapse on the drug (the absolute risk
reduction, ARR) and how many had to be treated for one to be spared a relapse (the number needed
to treat, NNT). Both come from the arm counts in ``data/trials/arm-counts.csv``, with intervals
from :mod:`nmo_teach.intervals`, so no absolute figure is ever typed into a page.

The counts are whole-trial proportions, not Kaplan-Meier estimates at a fixed time: follow-up
differed between patients, so the ARR is "over the trial's follow-up", and the page says so.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from nmo_teach.errors import DataError
from nmo_teach.intervals import NumberNeededToTreat, RiskDifference, absolute_risk_reduction, number_needed_to_treat
from nmo_teach.paths import data_dir
from nmo_teach.validation import describe_validation_error, read_csv_rows

ARM_COUNTS = "arm-counts.csv"


class ArmComparison(BaseModel):
    """One outcome counted in a treated and a control arm, with the source it was read in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    trial: str = Field(min_length=1)
    outcome: str = Field(min_length=1)
    treated_arm: str = Field(min_length=1)
    treated_events: int = Field(ge=0)
    treated_patients: int = Field(ge=1)
    control_arm: str = Field(min_length=1)
    control_events: int = Field(ge=0)
    control_patients: int = Field(ge=1)
    rows: tuple[str, ...] = ()  # ids of the pivotal-trials.csv rows that print these counts
    source: str = Field(min_length=1)
    status: Literal["VERIFIED", "SECONDARY"]
    checked_in: str = ""

    @model_validator(mode="before")
    @classmethod
    def _split_rows(cls, raw: Any) -> Any:
        if isinstance(raw, dict) and isinstance(raw.get("rows"), str):
            raw = {**raw, "rows": tuple(part for part in raw["rows"].split(";") if part)}
        return raw

    @model_validator(mode="after")
    def _events_fit_the_arms(self) -> ArmComparison:
        for arm in ("treated", "control"):
            events, patients = getattr(self, f"{arm}_events"), getattr(self, f"{arm}_patients")
            if events > patients:
                raise ValueError(f"{arm} arm: {events} events exceed its {patients} patients")
        return self

    def risk_difference(self, confidence: float = 0.95) -> RiskDifference:
        """Absolute risk reduction (control risk minus treated risk) with Newcombe's interval."""
        return absolute_risk_reduction(
            self.treated_events, self.treated_patients,
            self.control_events, self.control_patients, confidence,
        )

    def number_needed_to_treat(self, confidence: float = 0.95) -> NumberNeededToTreat:
        """1 / ARR, with limits from the ARR's limits (through infinity if they span 0)."""
        return number_needed_to_treat(self.risk_difference(confidence))


def load_arm_counts(path: Path | None = None) -> tuple[ArmComparison, ...]:
    """Read and validate the arm counts; ``DataError`` names the line and field of a bad row."""
    path = path or data_dir() / "trials" / ARM_COUNTS
    comparisons = []
    for line_number, row in read_csv_rows(path, DataError, "table of arm counts (CSV)"):
        try:
            comparisons.append(ArmComparison.model_validate(row))
        except ValidationError as error:
            raise DataError(f"{path}, line {line_number}: "
                            f"{describe_validation_error(error, root=ArmComparison)}") from None
    ids = [c.id for c in comparisons]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(f"{path}: duplicate ids: {', '.join(duplicates)}")
    return tuple(comparisons)


@lru_cache(maxsize=1)
def arm_counts() -> dict[str, ArmComparison]:
    """The shipped arm counts by id, read once per process."""
    return {comparison.id: comparison for comparison in load_arm_counts()}


def absolute_effects_table(confidence: float = 0.95) -> pd.DataFrame:
    """One row per comparison: both arm risks, the ARR and the NNT, each with its interval."""
    level = f"{100 * confidence:g}%"
    rows = []
    for comparison in arm_counts().values():
        difference = comparison.risk_difference(confidence)
        rows.append({
            "Trial": comparison.trial,
            "Outcome": comparison.outcome,
            "On the drug": f"{comparison.treated_arm}: {difference.treated.count} of {difference.treated.total}",
            "On control": f"{comparison.control_arm}: {difference.control.count} of {difference.control.total}",
            f"ARR, percentage points ({level} CI)": (
                f"{100 * difference.reduction.estimate:.1f} "
                f"({100 * difference.reduction.low:.1f} to {100 * difference.reduction.high:.1f})"
            ),
            "NNT": comparison.number_needed_to_treat(confidence).describe(),
            "Status and source": f"{comparison.status}: {comparison.source}",
        })
    return pd.DataFrame(rows)
