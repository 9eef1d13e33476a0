"""The patient model: validation messages, the published schema, vignettes, differential and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
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
from nmo_teach.criteria.upgrade import upgrade
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
    "seropositive-area-postrema": {"ipnd2015": Status.MET, "mogad2023": Status.NOT_MET},
    "seronegative-simultaneous-on-letm": {"ipnd2015": Status.MET, "mcdonald2017": Status.UNDETERMINED,
                                          "mogad2023": Status.NOT_MET},
}


def test_everything_defaults_to_unknown_not_negative() -> None:
    empty = Patient()
    assert empty.aqp4_igg.result.value == "unknown"
    assert empty.mri.dawson_fingers is Finding.UNKNOWN
    assert empty.mri.cord_imaged is Finding.UNKNOWN and empty.mri.cord_lesions == ()
    assert empty.csf.ocb is Finding.UNKNOWN


def test_one_line_per_problem_naming_field_value_and_what_is_allowed() -> None:
    bad = record(age=300, sex="f")
    bad["attacks"] = [{"syndromes": ["myelitis"]}]
    bad["mri"]["cord_lesions"] = [{"segments": 99, "level": "T13"}]
    bad["mri"]["lesions"]["optic"] = 1
    with pytest.raises(PatientRecordError) as caught:
        parse_patient(bad, "case.json")
    problems = caught.value.problems
    assert len(problems) == 6
    by_field = {line.split(": ")[1]: line for line in problems}
    assert "got 300" in by_field["age"] and "'unknown'" in by_field["age"]
    assert "'female'" in by_field["sex"]
    assert "'acute-myelitis'" in by_field["attacks[0].syndromes[0]"]
    assert "got 99" in by_field["mri.cord_lesions[0].segments"]
    assert "'T12'" in by_field["mri.cord_lesions[0].level"]
    assert "did you mean 'optic_nerve'" in by_field["mri.lesions.optic"]
    assert all(line.startswith("case.json: ") for line in problems)


@pytest.mark.parametrize(
    ("data", "field", "allowed"),
    [
        ({"aqp4_igg": "yes"}, "aqp4_igg",
         'an object {"result": "positive" | "negative" | "unknown", "assay": ...}'),
        ({"attacks": [{"syndromes": "optic-neuritis"}]}, "attacks[0].syndromes", 'a list of: "optic-neuritis", "acute-myelitis"'),
        ({"mri": {"cord_lesions": {"segments": 3}}}, "mri.cord_lesions", "a list, each item an object with the fields level, segments"),
        ({"attacks": [{"syndromes": ["other"], "onset": "May"}]}, "attacks[0].onset", "a date written YYYY-MM-DD or 'unknown'"),
        ({"age": "old"}, "age", "a whole number or 'unknown'"),
    ],
)
def test_messages_speak_the_records_terms_not_python_class_names(data: dict, field: str, allowed: str) -> None:
    # Issue 14 for patient records: the old message said "a valid dictionary or instance of AntibodyTest".
    with pytest.raises(PatientRecordError) as caught:
        parse_patient(data)
    (line,) = caught.value.problems
    assert line.startswith(f"record: {field}: got ") and allowed in line
    assert "instance of" not in line and "valid tuple" not in line and "valid integer" not in line


def test_cross_field_rules() -> None:
    with pytest.raises(PatientRecordError, match="mog_igg: a titre"):
        parse_patient({"mog_igg": {"result": "negative", "titre": 100}})
    with pytest.raises(PatientRecordError, match="progression_months"):
        parse_patient({"course": "relapsing", "progression_months": 12})
    with pytest.raises(PatientRecordError, match="dawson_fingers"):
        parse_patient({"mri": {"brain_normal_or_nonspecific": "yes", "dawson_fingers": "yes"}})
    with pytest.raises(PatientRecordError, match="periventricular_temporal_horn_lesion"):
        parse_patient({"mri": {"brain_normal_or_nonspecific": "yes", "periventricular_temporal_horn_lesion": "yes"}})
    with pytest.raises(PatientRecordError, match=r"mri.cord_lesions\[0\].attack is 2 but the record has 1 attack"):
        parse_patient({"attacks": [{"syndromes": ["acute-myelitis"]}], "mri": {"cord_lesions": [{"attack": 2}]}})
    with pytest.raises(PatientRecordError, match="runs past L5"):
        parse_patient({"mri": {"cord_lesions": [{"level": "L3", "segments": 4}]}})
    with pytest.raises(PatientRecordError, match="cord_imaged is 'no'"):
        parse_patient({"mri": {"cord_imaged": "no", "cord_lesions": [{"segments": 1}]}})
    with pytest.raises(PatientRecordError, match="a lesion that caused an attack is symptomatic"):
        parse_patient({"attacks": [{"syndromes": ["acute-myelitis"]}], "mri": {"cord_lesions": [{"attack": 1, "symptomatic": "no"}]}})
    with pytest.raises(PatientRecordError, match="more than once"):
        parse_patient({"attacks": [{"syndromes": ["acute-myelitis", "acute-myelitis"]}]})


# --- the record shape of issue 10 ---------------------------------------------------------------

def test_one_attack_holds_several_syndromes() -> None:
    patient = parse_patient({"attacks": [{"syndromes": ["optic-neuritis", "acute-myelitis"]}]})
    (attack,) = patient.attacks
    assert attack.words == "optic neuritis + acute myelitis"
    assert [s.value for s in patient.syndromes] == ["optic-neuritis", "acute-myelitis"]


def test_cord_lesions_are_their_own_list_with_level_length_and_attack() -> None:
    patient = parse_patient({
        "attacks": [{"syndromes": ["acute-myelitis"]}],
        "mri": {"cord_imaged": "yes", "cord_lesions": [{"level": "C3", "segments": 4, "attack": 1},
                                                        {"level": "T8", "segments": 1, "symptomatic": "no"}]},
    })
    linked, silent = patient.mri.cord_lesions
    assert linked.levels == ("C3", "C4", "C5", "C6") and linked.symptomatic is Finding.YES
    assert patient.cord_lesions_of(0) == (linked,)
    assert silent.attack is None and silent.levels == ("T8",)


def test_records_in_the_earlier_shape_are_upgraded_on_load() -> None:
    old = {
        "attacks": [{"syndrome": "optic-neuritis", "mri": {"optic_nerve_share": 0.6}},
                    {"syndrome": "acute-myelitis", "mri": {"cord_lesion_segments": 4, "central_cord_lesion": "yes"}}],
        "mri": {"lesions": {"periventricular": 0, "spinal_cord": 2}, "lateral_ventricle_and_inferior_temporal_lesion": "yes"},
    }
    notes: list[str] = []
    patient = parse_patient(old, "old.json", notes)
    assert [a.syndromes[0].value for a in patient.attacks] == ["optic-neuritis", "acute-myelitis"]
    assert patient.mri.cord_imaged is Finding.YES
    first, second = patient.mri.cord_lesions
    assert (first.segments, first.attack, first.central) == (4, 2, Finding.YES)
    assert (second.segments, second.attack) == ("unknown", None)
    assert patient.mri.lesion_adjacent_to_lateral_ventricle_body is Finding.YES
    assert patient.mri.inferior_temporal_lobe_lesion is Finding.YES
    assert patient.mri.periventricular_temporal_horn_lesion is Finding.UNKNOWN
    assert notes == []


def test_upgrade_says_what_it_cannot_carry_over() -> None:
    notes: list[str] = []
    patient = parse_patient({"mri": {"lateral_ventricle_and_inferior_temporal_lesion": "no"}}, "old.json", notes)
    assert patient.mri.inferior_temporal_lobe_lesion is Finding.UNKNOWN  # never read as negative
    assert len(notes) == 1 and notes[0].startswith("old.json: ") and "periventricular_temporal_horn_lesion" in notes[0]


def test_invalid_old_record_names_what_changed() -> None:
    with pytest.raises(PatientRecordError) as caught:
        parse_patient({"attacks": [{"syndrome": "myelitis"}]})
    assert any("attacks[i].syndrome became attacks[i].syndromes" in line for line in caught.value.problems)


def test_vignettes_are_in_the_current_shape() -> None:
    for vignette_id in vignette_ids():
        raw = json.loads((vignette_folder() / f"{vignette_id}.json").read_text())
        assert upgrade(raw) == (raw, ()), vignette_id


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


def test_published_schema_validates_every_vignette_and_rejects_the_earlier_shape() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    for vignette_id in vignette_ids():
        validator.validate(json.loads((vignette_folder() / f"{vignette_id}.json").read_text()))
    old_shape = {"attacks": [{"syndrome": "acute-myelitis", "mri": {"cord_lesion_segments": 4}}]}
    assert not validator.is_valid(old_shape)


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


def test_differential_lists_both_sides_and_what_is_left_to_judgement() -> None:
    ms = differential(load_vignette("relapsing-ms"))
    assert "McDonald 2017 criteria met" in ms.fits_ms
    assert any("oligoclonal" in line for line in ms.fits_ms)
    assert ms.judgements == ()
    both = differential(load_vignette("seronegative-on-letm"))
    assert any("longitudinally extensive" in line for line in both.fits_nmosd_or_mogad)
    assert "McDonald 2017 criteria met" not in both.fits_ms
    (judgement,) = both.judgements
    assert judgement.startswith("McDonald 2017 (MS), no better explanation: ") and "IPND 2015 NMOSD criteria met" in judgement
    assert "Left to clinical judgement" in both.text()


def test_differential_suggests_cord_mri_when_the_cord_was_not_imaged() -> None:
    record_ = load_vignette("seronegative-on-letm").revised({"mri.cord_imaged": "unknown", "mri.cord_lesions": []})
    report = differential(record_)
    cord = next(s for s in report.suggestions if s.test == "spinal cord MRI")
    assert "ipnd2015" in cord.changes
    assert cord.outcomes["a lesion over 4 segments"]["ipnd2015"] is Status.MET


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
    assert payload[2]["judgements"] == []


def test_classify_prints_upgrade_notes_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"attacks": [{"syndrome": "optic-neuritis"}],
                               "mri": {"lateral_ventricle_and_inferior_temporal_lesion": "no"}}))
    assert cli.main(["classify", str(old)]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f"nmo-teach classify: note: {old}: ")
    assert "McDonald 2017" in captured.out


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
    assert any(", line 1, column" in line and "not valid JSON" in line for line in lines)
