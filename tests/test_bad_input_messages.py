"""Validation messages in the user's terms (issue 14, part 2), and the readers' limits (part 4).

A message names the field path, the value given and the allowed shape or values with a short
example; never a class of the implementation ("instance of AntibodyTest"), pydantic's phrasing
or its URLs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from nmo_teach.abstracts.appraisal import Checklist, InstructorKey
from nmo_teach.casebook import ReportedFigure, SeedAbstract
from nmo_teach.criteria import PatientRecordError, parse_patient
from nmo_teach.quiz.model import BankHeader, Question
from nmo_teach.trials import ArmComparison
from nmo_teach.validation import (
    MAX_YAML_VALUES,
    describe_validation_error,
    parse_yaml,
    read_json,
    read_yaml,
)
from tests.bad_input import assert_user_terms


class Inner(BaseModel):
    model_config = ConfigDict(extra="forbid")
    result: Literal["positive", "negative", "unknown"]
    titre: int = Field(default=0, ge=0)


class Outer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z]+$")
    test: Inner
    tests: list[Inner] = []


def _message(data: object, root: object = Outer) -> str:
    try:
        Outer.model_validate(data)
    except ValidationError as error:
        message = describe_validation_error(error, root=root)
        assert_user_terms(message)
        return message
    raise AssertionError("validated")


def test_an_object_given_as_a_word_gets_the_allowed_shape() -> None:
    assert _message({"name": "a", "test": "yes"}) == (
        """field 'test': got "yes"; allowed: an object {"result": "positive" | "negative" | "unknown", "titre": ...}""")


def test_without_the_model_an_object_is_still_described_in_plain_words() -> None:
    assert _message({"name": "a", "test": "yes"}, root=None) == (
        """field 'test': got "yes"; allowed: an object of named fields, e.g. {"name": "value"}""")


@pytest.mark.parametrize(("data", "expected"), [
    ({"name": "a", "test": {"result": "maybe"}},
     """field 'test.result': got "maybe"; allowed: "positive" | "negative" | "unknown\""""),
    ({"name": "a", "test": {"result": "positive", "titre": -1}},
     "field 'test.titre': got -1; allowed: a number greater than or equal to 0"),
    ({"name": "a", "test": {"result": "positive", "titre": "high"}},
     """field 'test.titre': got "high"; allowed: a whole number, e.g. 12"""),
    ({"name": "A1", "test": {"result": "positive"}},
     """field 'name': got "A1"; allowed: text matching the pattern ^[a-z]+$"""),
    ({"test": {"result": "positive"}}, "field 'name': required, but missing"),
    ({"name": "a", "test": {"result": "positive", "colour": 1}},
     "field 'test.colour': unknown field; allowed fields here: result, titre"),
    ({"name": "a", "test": {"result": "positive"}, "tests": {"result": "positive"}},
     """field 'tests': got an object; allowed: a list, each item an object {"result": "positive" | "negative" | "unknown", "titre": ...}"""),
    ({"name": "a", "test": {"result": "positive"}, "tests": [{"result": "positive"}, 3]},
     """field 'tests[1]': got 3; allowed: an object {"result": "positive" | "negative" | "unknown", "titre": ...}"""),
    ([1, 2], """top level: got a list; allowed: an object {"name": ..., "test": ..., "tests": ...}"""),
])
def test_each_kind_of_problem_names_path_value_and_what_is_allowed(data: object, expected: str) -> None:
    assert _message(data) == expected


def test_a_question_of_a_tagged_union_is_described_by_its_own_fields() -> None:
    question = {"type": "single", "id": "q-1", "level": "recall", "prompt": "Which?", "options": ["a", "b"]}
    with pytest.raises(ValidationError) as raised:
        TypeAdapter(Question).validate_python(question)
    message = describe_validation_error(raised.value, drop_first=True, root=Question)
    assert """field 'options[0]': got "a"; allowed: an object {""" in message
    assert_user_terms(message)


def test_the_issues_record_case_names_the_antibody_shape() -> None:
    with pytest.raises(PatientRecordError) as raised:
        parse_patient({"synthetic": True, "aqp4_igg": "yes"}, "record.json")
    (line,) = raised.value.problems
    assert line.startswith('record.json: aqp4_igg: got "yes"; allowed: an object {"result": "positive" | '
                           '"negative" | "unknown", "assay": ')
    assert_user_terms(line)


@pytest.mark.parametrize(("model", "data"), [
    (SeedAbstract, {"citation": "Kleiter 2012", "sections": 3}),
    (SeedAbstract, {"citation": {"authors": "one"}, "sections": [{"heading": 1}]}),
    (ReportedFigure, {"id": 3, "statistic": "average", "value": "many"}),
    (ArmComparison, {"id": "x", "treated_events": -1, "status": "maybe", "rows": 5}),
    (Checklist, {"items": [{"number": "one"}], "title": []}),
    (InstructorKey, {"answers": {"1": "yes"}}),
    (BankHeader, {"chapter": "Bad Name", "title": 5, "questions": "none", "draw": {"per_chapter": 0}}),
])
def test_every_loaders_model_speaks_the_data_terms(model: type[BaseModel], data: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data)
    message = describe_validation_error(raised.value, root=model)
    assert "\n" not in message and message.startswith(("field '", "top level"))
    assert_user_terms(message)


# -- the readers' limits -------------------------------------------------------------------------

def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("first: &shared {result: positive}\nsecond: *shared\n", encoding="utf-8")
    assert read_yaml(path, ValueError) == {"first": {"result": "positive"}, "second": {"result": "positive"}}


def test_aliases_that_expand_beyond_the_limit_are_refused() -> None:
    levels = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(5)]
    # Line n stands for 10**n ones plus its lists: line 5 (e) is the first beyond 100,000 values.
    with pytest.raises(ValueError, match=rf"line 5, column 4: not valid YAML: more than {MAX_YAML_VALUES:,} values"):
        parse_yaml("\n".join(levels), "bomb.yaml", ValueError)


def test_yaml_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text("chapter: a\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bank\.yaml, line 3, column 1: not valid YAML: expected ',' or ']'"):
        read_yaml(path, ValueError)


def test_json_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    path.write_text('{\n  "age": 30,\n}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"record\.json, line 3, column 1: not valid JSON: Expecting property name"):
        read_json(path, ValueError)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    """The size is checked from the open descriptor, then enforced while reading (no re-stat race)."""
    from nmo_teach.validation import read_bytes

    path = tmp_path / "data.json"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path, ValueError, 100) == b"x" * 100
    with pytest.raises(ValueError, match="larger than the 99 bytes allowed for a file"):
        read_bytes(path, ValueError, 99)


def test_the_cli_prints_each_problem_on_its_own_prefixed_line(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from nmo_teach import cli
    from nmo_teach.commands import seed as seed_command
    from nmo_teach.errors import NmoTeachError

    def fails(_args: object) -> int:
        raise NmoTeachError("a.json: age: got -1\nb.json: sex: got \"x\"")

    monkeypatch.setattr(seed_command, "run", fails)
    assert cli.main(["seed"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "nmo-teach seed: error: a.json: age: got -1", 'nmo-teach seed: error: b.json: sex: got "x"']
