"""The seed case series: loading, validation, and fidelity of every figure to the abstract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from nmo_teach.casebook import (
    CaseSeries,
    ReportedFigure,
    Statistic,
    figure_problems,
    load_case_series,
    numbers_in,
    seed,
)
from nmo_teach.errors import DataError
from nmo_teach.paths import data_dir

SEED_DIR = data_dir() / "kleiter2012"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the seed data that a test may corrupt."""
    target = tmp_path / "kleiter2012"
    shutil.copytree(SEED_DIR, target)
    return target


def test_seed_has_the_eight_haynes_headings_in_order():
    assert seed().abstract.labels == (
        "OBJECTIVE", "DESIGN", "SETTING", "PATIENTS", "INTERVENTION",
        "MAIN OUTCOME MEASURES", "RESULTS", "CONCLUSIONS",
    )


@pytest.mark.parametrize("figure", seed().figures, ids=lambda f: f.id)
def test_every_figure_occurs_in_the_sentence_it_cites(figure: ReportedFigure):
    assert figure_problems(figure, seed().abstract) == []


def test_counts_of_patients_never_exceed_their_denominator():
    for figure in seed().figures:
        if figure.statistic is Statistic.COUNT and figure.unit == "patients":
            assert figure.value is not None and figure.value <= figure.denominator


def test_a_figure_not_in_its_sentence_is_reported():
    series = seed()
    wrong = series.figure("relapses").model_copy(update={"value": 10.0})
    assert figure_problems(wrong, series.abstract) == [
        "relapses: 10 does not occur in its sentence (numbers there: 8, 2, 11, 5, 9, 120, 45, 230)"
    ]


def test_a_sentence_not_in_its_section_is_reported():
    series = seed()
    moved = series.figure("female").model_copy(update={"section": "CONCLUSIONS"})
    problems = figure_problems(moved, series.abstract)
    assert problems[0] == "female: its sentence is not in the CONCLUSIONS section"


def test_number_words_count_as_numbers():
    assert numbers_in("Four patients had 2 relapses") == [4.0, 2.0]


def test_table_is_indexed_by_id_and_keeps_unstated_denominators_missing():
    table = seed().table()
    assert list(table.index) == [figure.id for figure in seed().figures]
    assert table.loc["time_to_relapse", "denominator"] is pd.NA
    assert table.loc["female", "denominator"] == seed().value("patients")


def test_value_of_a_range_points_to_its_bounds():
    with pytest.raises(KeyError, match="is a range"):
        seed().value("infusions_range")


def test_unknown_figure_id_lists_the_known_ones():
    with pytest.raises(KeyError, match="known ids: patients, female"):
        seed().figure("nonexistent")


def test_citation_short_and_vancouver_forms():
    citation = seed().abstract.citation
    assert citation.short == "Kleiter et al. 2012"
    assert "Arch Neurol. 2012 Feb;69(2):239-245." in citation.vancouver()


def test_loading_a_copy_gives_an_equal_series(seed_copy: Path):
    assert load_case_series(seed_copy) == seed()
    assert isinstance(seed(), CaseSeries)


def _rewrite_row(folder: Path, figure_id: str, old: str, new: str) -> None:
    path = folder / "figures.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [line.replace(old, new, 1) if line.startswith(f"{figure_id},") else line for line in lines]
    path.write_text("".join(lines), encoding="utf-8")


def test_malformed_statistic_names_file_line_and_field(seed_copy: Path):
    _rewrite_row(seed_copy, "age", ",median,", ",average,")
    with pytest.raises(DataError) as raised:
        load_case_series(seed_copy)
    message = str(raised.value)
    assert "figures.csv, line 4" in message
    assert "field 'statistic'" in message and '"average"' in message


def test_count_above_denominator_is_rejected(seed_copy: Path):
    _rewrite_row(seed_copy, "female", ",count,4,", ",count,6,")
    with pytest.raises(DataError, match="line 3: .*count 6 exceeds its denominator 5"):
        load_case_series(seed_copy)


def test_range_without_bounds_is_rejected(seed_copy: Path):
    _rewrite_row(seed_copy, "infusions_range", ",2,11,", ",,11,")
    with pytest.raises(DataError, match="a range needs both 'low' and 'high'"):
        load_case_series(seed_copy)


def test_duplicate_ids_are_rejected(seed_copy: Path):
    path = seed_copy / "figures.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines + [lines[1]]), encoding="utf-8")
    with pytest.raises(DataError, match="duplicate figure ids: patients"):
        load_case_series(seed_copy)


def test_abstract_missing_a_field_names_it(seed_copy: Path):
    path = seed_copy / "abstract.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  pmid: 22332191\n", ""), encoding="utf-8")
    with pytest.raises(DataError, match=r"abstract.yaml: field 'citation.pmid': required, but missing"):
        load_case_series(seed_copy)


def test_unreadable_abstract_is_a_data_error(seed_copy: Path):
    (seed_copy / "abstract.yaml").write_bytes(b"title: caf\xe9\n")  # Latin-1, not UTF-8
    with pytest.raises(DataError, match="line 1, column 11: byte 0xe9 is not UTF-8"):
        load_case_series(seed_copy)


def test_missing_folder_is_a_data_error(tmp_path: Path):
    with pytest.raises(DataError, match="abstract.yaml: no such file"):
        load_case_series(tmp_path / "nowhere")


def test_reading_table_spells_out_ranges_and_unstated_denominators():
    table = seed().reading_table()
    assert table.loc["infusions_range", "Reported"] == "2–11 infusions"
    assert table.loc["time_to_relapse", "Counted among"] == "not stated"
    assert table.loc["death_after_stopping", "Counted among"] == "1 patient"
    assert table.loc["female", "Counted among"] == "5 patients"


def test_persisting_activity_is_a_proportion_with_an_exact_interval():
    # "No comparison group, so no confidence intervals" was wrong: 5 of 5 has one.
    found = seed().proportion("persisting_activity")
    assert (found.count, found.total) == (5, 5)
    assert found.interval.low == pytest.approx(0.025 ** (1 / 5))
    assert found.interval.high == 1.0


def test_disability_interval_reaches_from_28_to_99_percent():
    found = seed().proportion("disability").interval
    assert found.percent_text() == "28.4–99.5%"


def test_counts_of_events_are_not_proportions():
    # 9 relapses among 5 patients is not a part of a whole, so it has no binomial interval.
    with pytest.raises(KeyError, match="not a count of patients"):
        seed().proportion("relapses")


def test_proportions_table_lists_every_patient_count_but_the_series_itself():
    table = seed().proportions_table()
    patient_counts = [f for f in seed().figures
                      if f.statistic is Statistic.COUNT and f.unit == "patients" and f.id != "patients"]
    assert list(table["Finding"]) == [f.quantity for f in patient_counts]
    assert "5 of 5" in set(table["Count"])
