"""The patient model: validation messages, the published schema, vignettes, differential and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nmo_teach import cli
from nmo_teach.criteria import (
    CRITERIA,
    DISCLAIMER,
    Finding,
    Patient,
    PatientRecordError,
    Status,
    UnknownCriterionError,
    differential,
    evaluate,
    load_vignette,
    parse_patient,
    parse_patients,
    vignette_ids,
)
from nmo_teach.criteria.records import vignette_folder
from nmo_teach.criteria.schema import SCHEMA_PATH, schema_text
from tests.test_criteria_support import record

REQUIRED_VIGNETTES = {
    "seropositive-single-letm": {"ipnd2015": Status.MET},
    "seronegative-on-letm": {"ipnd2015": Status.MET},
    "seronegative-on-short-myelitis": {"ipnd2015": Status.NOT_MET},
    "unknown-aqp4-letm": {"ipnd2015": Status.NOT_MET},
    "relapsing-ms": {"mcdonald2017": Status.MET, "ipnd2015": Status.NOT_MET},
    "natalizumab-like-history": {"ipnd2015": Status.MET, "mcdonald2017": Status.NOT_MET},
    "mogad-bilateral-optic-neuritis": {"mogad2023": Status.MET, "ipnd2015": Status.NOT_MET},
    "primary-progressive-ms": {"mcdonald2017": Status.MET},
}


def test_everything_defaults_to_unknown_not_negative() -> None:
    empty = Patient()
    assert empty.aqp4_igg.result.value == "unknown"
    assert empty.mri.dawson_fingers is Finding.UNKNOWN
    assert empty.mri.lesions.spinal_cord == "unknown"
    assert empty.csf.ocb is Finding.UNKNOWN


def test_one_line_per_problem_naming_field_value_and_what_is_allowed() -> None:
    bad = record(age=300, sex="f")
    bad["attacks"] = [{"syndrome": "myelitis", "mri": {"cord_lesion_segments": 99}}]
    bad["mri"]["lesions"]["optic"] = 1
    with pytest.raises(PatientRecordError) as caught:
        parse_patient(bad, "case.json")
    problems = caught.value.problems
    assert len(problems) == 5
    by_field = {line.split(": ")[1]: line for line in problems}
    assert "got 300" in by_field["age"] and "'unknown'" in by_field["age"]
    assert "'female'" in by_field["sex"]
    assert "'acute-myelitis'" in by_field["attacks[0].syndrome"]
    assert "got 99" in by_field["attacks[0].mri.cord_lesion_segments"]
    assert "did you mean 'optic_nerve'" in by_field["mri.lesions.optic"]
    assert all(line.startswith("case.json: ") for line in problems)


def test_cross_field_rules() -> None:
    with pytest.raises(PatientRecordError, match="mog_igg: a titre"):
        parse_patient({"mog_igg": {"result": "negative", "titre": 100}})
    with pytest.raises(PatientRecordError, match="progression_months"):
        parse_patient({"course": "relapsing", "progression_months": 12})
    with pytest.raises(PatientRecordError, match="dawson_fingers"):
        parse_patient({"mri": {"brain_normal_or_nonspecific": "yes", "dawson_fingers": "yes"}})


def test_booleans_are_not_counts() -> None:
    with pytest.raises(PatientRecordError, match="objective_lesions"):
        parse_patient({"objective_lesions": True})


def test_list_reports_every_record() -> None:
    with pytest.raises(PatientRecordError) as caught:
        parse_patients([{"age": -1}, {}, "text"], "f.json")
    assert [line.split(":")[0] for line in caught.value.problems] == ["f.json[0]", "f.json[2]"]


def test_published_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run: python -m nmo_teach.criteria.schema"


def test_schema_accepts_vignettes_shape() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert set(json.loads((vignette_folder() / "relapsing-ms.json").read_text())) <= set(schema["properties"])


# --- vignettes -----------------------------------------------------------------------------------

def test_required_vignettes_exist_are_synthetic_and_have_a_one_line_narrative() -> None:
    assert set(REQUIRED_VIGNETTES) <= set(vignette_ids())
    assert len(vignette_ids()) >= 8
    for vignette_id in vignette_ids():
        raw = json.loads((vignette_folder() / f"{vignette_id}.json").read_text())
        assert raw["synthetic"] is True
        assert "\n" not in raw["narrative"] and "ynthetic" in raw["narrative"]
    readme = (vignette_folder() / "README.md").read_text()
    assert "synthetic" in readme.lower() and "Kleiter" in readme


@pytest.mark.parametrize("vignette_id", sorted(REQUIRED_VIGNETTES))
def test_vignette_teaches_what_it_is_for(vignette_id: str) -> None:
    for criterion, expected in REQUIRED_VIGNETTES[vignette_id].items():
        assert evaluate(criterion, {"vignette": vignette_id}).status is expected


def test_evaluate_accepts_records_and_rejects_unknown_criteria() -> None:
    assert evaluate("ipnd2015", record()).status is Status.NOT_MET
    with pytest.raises(UnknownCriterionError, match="allowed: ipnd2015"):
        evaluate("mcdonald2024", record())
    with pytest.raises(PatientRecordError, match="no-such"):
        load_vignette("no-such")


# --- differential ----------------------------------------------------------------------------------

def test_differential_says_it_is_a_teaching_aid_and_ranks_aqp4_first_when_unknown() -> None:
    report = differential(load_vignette("unknown-aqp4-letm"))
    assert report.most_decisive_test == "serum AQP4-IgG by cell-based assay"
    assert "ipnd2015" in report.suggestions[0].changes
    text = report.text()
    assert DISCLAIMER in text and "synthetic composite" in text


def test_differential_lists_both_sides_and_conflicts() -> None:
    ms = differential(load_vignette("relapsing-ms"))
    assert "McDonald 2017 criteria met" in ms.fits_ms
    assert any("oligoclonal" in line for line in ms.fits_ms)
    both = differential(load_vignette("seronegative-on-letm"))
    assert both.conflicts and "both met" in both.conflicts[0]
    assert any("longitudinally extensive" in line for line in both.fits_nmosd_or_mogad)


def test_differential_runs_every_criterion() -> None:
    assert set(differential(load_vignette("relapsing-ms")).verdicts) == set(CRITERIA)


# --- CLI -----------------------------------------------------------------------------------------

def test_classify_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["classify", str(vignette_folder() / "seropositive-single-letm.json")]) == 0
    out = capsys.readouterr().out
    assert "IPND 2015 (NMOSD): met [AQP4-IgG positive]" in out
    assert "not a clinical decision tool" in out


def test_classify_json_several_files_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "two.json"
    listing.write_text(json.dumps([record(), record(id="second")]))
    assert cli.main(["classify", "--json", str(listing), str(vignette_folder() / "relapsing-ms.json")]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [entry["patient"] for entry in payload] == ["patient", "second", "relapsing-ms"]
    assert payload[2]["verdicts"]["mcdonald2017"]["status"] == "met"


def test_classify_invalid_prints_one_line_per_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"age": "old", "aqp4_igg": {"result": "pos"}}))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert cli.main(["classify", str(bad), str(broken), str(tmp_path / "missing.json")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 4
    assert all(line.startswith("nmo-teach classify: error: ") for line in lines)
    assert "Traceback" not in captured.err and captured.out == ""
    assert any("aqp4_igg.result: got \"pos\"" in line for line in lines)
    assert any("not valid JSON at line 1" in line for line in lines)
