"""The pivotal-trial table (data/trials/pivotal-trials.csv) that 'Treating NMOSD today' renders.

The chapter glues every trial figure from this file, so a typo here is a typo on the page. These
checks hold the file to the rules of the facts brief: only VERIFIED or SECONDARY rows, every
source a real bibliography key, and every number in the numeric columns really printed in the
text the page shows.
"""

from __future__ import annotations

import csv
import math
import re

import pytest

from nmo_teach import refs
from nmo_teach.errors import DataError
from nmo_teach.paths import data_dir
from nmo_teach.trials import ARM_COUNTS, absolute_effects_table, arm_counts, load_arm_counts

TRIALS_CSV = data_dir() / "trials" / "pivotal-trials.csv"
ALLOWED_STATUS = {"VERIFIED", "SECONDARY"}
COLUMNS = [
    "id", "trial", "drug", "target", "kind", "measure", "display",
    "value", "low", "high", "source", "status", "checked_in",
]


def _rows() -> list[dict[str, str]]:
    with TRIALS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()


def _numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]


def test_header_is_the_documented_one() -> None:
    with TRIALS_CSV.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == COLUMNS


def test_ids_are_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_status_allows_teaching(row: dict[str, str]) -> None:
    # UNVERIFIED and news-only figures are kept out of the file so the page cannot show them.
    assert row["status"] in ALLOWED_STATUS


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_source_is_a_bibliography_key(row: dict[str, str]) -> None:
    assert refs.unknown_keys([row["source"]]) == []


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["id"])
def test_numeric_columns_are_printed_in_the_display_text(row: dict[str, str]) -> None:
    printed = _numbers(row["display"])
    for column in ("value", "low", "high"):
        if row[column]:
            assert float(row[column]) in printed, f"{column} {row[column]} not in {row['display']!r}"


@pytest.mark.parametrize("row", [r for r in ROWS if r["low"] and r["high"]], ids=lambda row: row["id"])
def test_intervals_contain_their_estimate(row: dict[str, str]) -> None:
    assert float(row["low"]) <= float(row["value"]) <= float(row["high"])


def test_every_trial_has_a_design_and_a_primary_endpoint() -> None:
    by_trial: dict[str, set[str]] = {}
    for row in ROWS:
        by_trial.setdefault(row["trial"], set()).add(row["measure"])
    main_trials = {t for t in by_trial if "extension" not in t}
    for trial in main_trials:
        assert {"Design", "Primary endpoint"} <= by_trial[trial], trial


# --- Arm-level counts and the absolute effects computed from them ---------------------------


ROWS_BY_ID = {row["id"]: row for row in ROWS}


@pytest.mark.parametrize("comparison", list(arm_counts().values()), ids=lambda c: c.id)
def test_arm_counts_are_teachable_and_sourced(comparison) -> None:
    assert comparison.status in ALLOWED_STATUS
    assert refs.unknown_keys([comparison.source]) == []


@pytest.mark.parametrize(
    "comparison", [c for c in arm_counts().values() if c.rows], ids=lambda c: c.id
)
def test_arm_counts_agree_with_the_rows_the_table_prints(comparison) -> None:
    treated_row, control_row = (ROWS_BY_ID[row_id] for row_id in comparison.rows)
    assert f"{comparison.treated_events} of {comparison.treated_patients}" in treated_row["display"]
    assert f"{comparison.control_events} of {comparison.control_patients}" in control_row["display"]
    assert treated_row["status"] == control_row["status"] == comparison.status


def test_prevent_absolute_risk_reduction_and_nnt() -> None:
    prevent = arm_counts()["prevent_relapse"]
    difference = prevent.risk_difference()
    assert difference.reduction.estimate == pytest.approx(20 / 47 - 3 / 96)
    assert 0 < difference.reduction.low < difference.reduction.high < 1
    nnt = prevent.number_needed_to_treat()
    assert nnt.rounded_up == math.ceil(1 / (20 / 47 - 3 / 96))
    assert nnt.low == pytest.approx(1 / difference.reduction.high)


def test_effects_table_has_one_row_per_comparison() -> None:
    table = absolute_effects_table()
    assert len(table) == len(arm_counts())
    assert table.loc[0, "On the drug"] == "eculizumab: 3 of 96"


def test_more_events_than_patients_is_a_data_error(tmp_path) -> None:
    source = data_dir() / "trials" / ARM_COUNTS
    lines = source.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",3,96,", ",97,96,", 1)
    broken = tmp_path / ARM_COUNTS
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 2"):
        load_arm_counts(broken)
