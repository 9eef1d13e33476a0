"""The pivotal-trial table (data/trials/pivotal-trials.csv) that 'Treating NMOSD today' renders.

The chapter glues every trial figure from this file, so a typo here is a typo on the page. These
checks hold the file to the rules of the facts brief: only VERIFIED or SECONDARY rows, every
source a real bibliography key, and every number in the numeric columns really printed in the
text the page shows.
"""

from __future__ import annotations

import csv
import re

import pytest

from nmo_teach import refs
from nmo_teach.paths import data_dir

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
