"""Any bad input, at every entry point: one line naming the file and the place, exit 2, nothing changed.

Issue 14. Each command is run in this process (``nmo_teach.cli.main``) on a corpus of hand-made
bad files (``tests/bad_input.py``): empty, binary, wrong encoding, deeply nested, huge, truncated,
wrong types, unknown fields, duplicate keys, links to ``/dev/zero``, named pipes, dangling links,
folders. An exception escaping ``main`` fails the test, so "no traceback" is checked by running
at all; the working folder, the inputs and the shipped data are hashed before and after.

Unreadable files: the tests run as root, for whom ``chmod 000`` blocks nothing. A named pipe and a
link to a device stand in for files that cannot be read; ``test_unreadable_file_as_another_user``
drops to the ``nobody`` user in a subprocess to test a real permission error.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from nmo_teach.abstracts import appraisal
from nmo_teach.abstracts.labels import load_label_map
from nmo_teach.abstracts.parse import MAX_BYTES as MAX_ABSTRACT_BYTES
from nmo_teach.casebook import seed
from nmo_teach.commands.book import BookError, check_sources
from nmo_teach.errors import DataError, NmoTeachError
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.paths import PROJECT_ROOT
from nmo_teach.trials import arm_counts, load_arm_counts
from nmo_teach.validation import MAX_CSV_BYTES, MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_YAML_BYTES, MAX_YAML_DEPTH
from tests.bad_input import (
    Case,
    assert_one_line_error,
    assert_user_terms,
    nested,
    run_cli,
    special_cases,
    tree_state,
)

DATA = PROJECT_ROOT / "data"
VIGNETTE = DATA / "vignettes" / "relapsing-ms.json"
BANK = DATA / "quizzes" / "structured-abstract.yaml"
CHAPTER_WITH_EXERCISE = PROJECT_ROOT / "book" / "practice" / "quizzes-and-exercises.md"


def _clear_caches() -> None:
    for cached in (seed, appraisal.load_jbi_checklist, appraisal.load_cebm_table,
                   appraisal.load_instructor_key, load_label_map, arm_counts):
        cached.cache_clear()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder to run in; ``run_cli`` checks that nothing beside it changes."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of data/ that ``NMO_TEACH_DATA`` points at, for commands that read the shipped data."""
    copied = tmp_path / "data"
    shutil.copytree(DATA, copied)
    monkeypatch.setenv("NMO_TEACH_DATA", str(copied))
    _clear_caches()
    yield copied
    _clear_caches()


def _ids(cases: list[Case]) -> list[str]:
    return [case.id for case in cases]


# -- patient records: classify and draw ----------------------------------------------------------

RECORD_CASES = [
    *special_cases(MAX_JSON_BYTES),
    Case("latin-1", lambda p: p.write_bytes(b'{\n "narrative": "caf\xe9"\n}'), "line 2, column 19"),
    Case("truncated", lambda p: p.write_bytes(VIGNETTE.read_bytes()[:400]), "not valid JSON"),
    Case("nested-100000", lambda p: p.write_bytes(nested("[", "]")), f"nested more than {MAX_JSON_DEPTH}"),
    Case("nested-objects", lambda p: p.write_bytes(b'{"a":' * 70 + b"1" + b"}" * 70),
         f"nested more than {MAX_JSON_DEPTH}"),
    Case("duplicate-key", lambda p: p.write_bytes(b'{\n "age": 30,\n "age": 31\n}'), 'line 3: key "age" appears twice'),
    Case("nan", lambda p: p.write_bytes(b'{"age": NaN}'), "NaN is not a JSON number"),
    Case("huge-integer", lambda p: p.write_bytes(b'{"age": ' + b"9" * 5000 + b"}"), "more than 4,300 digits"),
    Case("not-an-object", lambda p: p.write_bytes(b'"relapsing-ms"'), "allowed: a JSON object"),
    Case("antibody-as-word", lambda p: p.write_bytes(b'{"synthetic": true, "aqp4_igg": "yes"}'),
         'aqp4_igg: got "yes"; allowed: an object {"result": "positive" | "negative" | "unknown"'),
    Case("unknown-field", lambda p: p.write_bytes(b'{"synthetic": true, "agee": 30}'), "unknown field (did you mean 'age'?)"),
    Case("list-with-a-bad-record", lambda p: p.write_bytes(b'[{"synthetic": true}, {"sex": "x"}]'),
         'record.json[1]: sex: got "x"; allowed: '),
]


@pytest.mark.parametrize("case", RECORD_CASES, ids=_ids(RECORD_CASES))
@pytest.mark.parametrize("command", ["classify", "draw"])
def test_patient_record_commands(command: str, case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "record.json"
    case.make(path)
    extra = ["--output", str(work / "figures")] if command == "draw" else []
    outcome = run_cli([command, str(path), *extra], capsys, work.parent)
    assert_one_line_error(outcome, command, "record.json", case.expect)
    assert outcome.out == ""


def test_a_record_with_a_byte_order_mark_is_read(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A BOM is how some editors save UTF-8: it is not an error (UTF-16 with a BOM is read too)."""
    for encoding, name in (("utf-8-sig", "bom8.json"), ("utf-16", "bom16.json")):
        path = work.parent / name
        path.write_bytes(VIGNETTE.read_text(encoding="utf-8").encode(encoding))
        outcome = run_cli(["classify", "--json", str(path)], capsys, work.parent)
        assert outcome.status == 0, outcome.err
        assert json.loads(outcome.out)["patient"] == "relapsing-ms"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) below a JSON value, containers before their contents."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key), child
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index), child
            yield from _paths(child, (*prefix, index))


def _render(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    holder = changed
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = value
    return changed


def _wrong_type(value: Any) -> Any:
    """A value of another JSON type than ``value`` that no field of the record takes in its place."""
    if isinstance(value, (dict, list)):
        return 12.5 if isinstance(value, dict) else {"wrong": "type"}
    return [[value]]


RECORD = json.loads(VIGNETTE.read_text(encoding="utf-8"))
RECORD_PATHS = [path for path, _ in _paths(RECORD)]


@pytest.mark.parametrize("path", RECORD_PATHS, ids=[_render(p) for p in RECORD_PATHS])
def test_wrong_type_at_every_level_of_a_record(path: tuple[Any, ...], work: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    value = dict(_paths(RECORD))[path]
    record_file = work.parent / "record.json"
    record_file.write_text(json.dumps(_replaced(RECORD, path, _wrong_type(value))), encoding="utf-8")
    outcome = run_cli(["classify", str(record_file)], capsys, work.parent)
    assert outcome.status == 2 and "Traceback" not in outcome.err
    assert outcome.lines and all(line.startswith("nmo-teach classify: error: ") for line in outcome.lines)
    for line in outcome.lines:
        assert_user_terms(line)
    assert any(f"record.json: {_render(path)}" in line and "allowed" in line for line in outcome.lines), outcome.err


RECORD_OBJECTS = [()] + [path for path, value in _paths(RECORD) if isinstance(value, dict)]


@pytest.mark.parametrize("path", RECORD_OBJECTS, ids=[_render(p) or "top" for p in RECORD_OBJECTS])
def test_unknown_field_at_every_level_of_a_record(path: tuple[Any, ...], work: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    record = copy.deepcopy(RECORD)
    holder = record
    for part in path:
        holder = holder[part]
    holder["colour"] = "blue"
    record_file = work.parent / "record.json"
    record_file.write_text(json.dumps(record), encoding="utf-8")
    where = _render((*path, "colour"))
    assert_one_line_error(run_cli(["classify", str(record_file)], capsys, work.parent), "classify", "record.json",
                          f"{where}: unknown field", "allowed fields here: ")


# -- abstracts in three formats ------------------------------------------------------------------

XML_HEAD = b'<?xml version="1.0"?>\n<PubmedArticleSet>\n'
ABSTRACT_CASES = [
    *special_cases(MAX_ABSTRACT_BYTES),
    Case("latin-1-text", lambda p: p.write_bytes(b"BACKGROUND: Caf\xe9 patients."), "not UTF-8"),
    Case("xml-nested-100000", lambda p: p.write_bytes(XML_HEAD + nested("<a>", "</a>") + b"</PubmedArticleSet>"),
         "nested more than"),
    Case("xml-truncated", lambda p: p.write_bytes(XML_HEAD + b"<PubmedArticle><MedlineCitation><Art"), "line 3"),
    Case("xml-entity-bomb", lambda p: p.write_bytes(
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<lolz>&lol2;</lolz>'),
        "not accepted"),
    Case("xml-not-pubmed", lambda p: p.write_bytes(b'<?xml version="1.0"?>\n<html><body>hi</body></html>'), "expected"),
]


@pytest.mark.parametrize("case", ABSTRACT_CASES, ids=_ids(ABSTRACT_CASES))
def test_abstract_command(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "abstract.txt"
    case.make(path)
    assert_one_line_error(run_cli(["abstract", str(path)], capsys, work.parent), "abstract", "abstract.txt", case.expect)


@pytest.mark.parametrize("fmt", ["text", "pubmed-xml", "medline"])
@pytest.mark.parametrize("case", [c for c in ABSTRACT_CASES if c.id in ("empty", "binary", "link-to-dev-zero",
                                                                        "fifo", "directory", "latin-1-text")],
                         ids=lambda c: c.id)
def test_abstract_command_in_each_format(case: Case, fmt: str, work: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "abstract.txt"
    case.make(path)
    outcome = run_cli(["abstract", "--format", fmt, "--worksheet", str(path)], capsys, work.parent)
    assert_one_line_error(outcome, "abstract", "abstract.txt", case.expect)


NLM_CASES = [
    *special_cases(MAX_CSV_BYTES),
    Case("latin-1", lambda p: p.write_bytes(b"BACKGROUND|BACKGROUND|Y|2010\nCaf\xe9|METHODS|Y|2010\n"), "line 2"),
    Case("wrong-field-count", lambda p: p.write_bytes(b"BACKGROUND|BACKGROUND\n"), "line 1"),
    Case("unknown-category", lambda p: p.write_bytes(b"BACKGROUND|PREAMBLE|Y|2010\n"), "line 1"),
]


@pytest.mark.parametrize("case", NLM_CASES, ids=_ids(NLM_CASES))
def test_nlm_label_list(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "nlm" / "nlm-structured-abstract-labels.txt"
    path.unlink()
    case.make(path)
    abstract = PROJECT_ROOT / "tests" / "fixtures" / "abstracts" / "kleiter2012.txt"
    outcome = run_cli(["abstract", str(abstract)], capsys, work.parent)
    assert_one_line_error(outcome, "abstract", "nlm-structured-abstract-labels.txt", case.expect)


@pytest.mark.parametrize("fmt", ["pubmed-xml", "medline"])
def test_text_in_the_wrong_format_is_refused(fmt: str, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "abstract.txt"
    path.write_text("Just a sentence, not an export.\n", encoding="utf-8")
    assert_one_line_error(run_cli(["abstract", "--format", fmt, str(path)], capsys, work.parent), "abstract", "abstract.txt")


# -- YAML data: quiz banks, appraisal tables, the seed abstract ----------------------------------

YAML_CASES = [
    *special_cases(MAX_YAML_BYTES),
    Case("latin-1", lambda p: p.write_bytes(b"chapter: demo\ntitle: caf\xe9\n"), "line 2, column 11"),
    Case("truncated", lambda p: p.write_bytes(BANK.read_bytes()[:700].rsplit(b"\n", 1)[0] + b"\n  - {type: ["),
         "not valid YAML"),
    Case("nested-100000", lambda p: p.write_bytes(nested("[", "]")), f"nested more than {MAX_YAML_DEPTH}"),
    Case("nested-block", lambda p: p.write_bytes(
        "".join(f"{'  ' * level}k{level}:\n" for level in range(40)).encode() + b"  " * 40 + b"x: 1\n"),
        f"nested more than {MAX_YAML_DEPTH}"),
    Case("duplicate-key", lambda p: p.write_bytes(b"chapter: a\ntitle: T\nchapter: b\n"),
         "line 3, column 1: not valid YAML: key 'chapter' appears twice"),
    Case("alias-bomb", lambda p: p.write_bytes(
        b'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
        + b"".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n".encode()
                   for i in range(8))), "more than 100,000 values"),
    Case("python-tag", lambda p: p.write_bytes(b"chapter: !!python/object/apply:os.system [echo hi]\n"),
         "line 1, column 10"),
    Case("tab-indent", lambda p: p.write_bytes(b"chapter: a\n\ttitle: T\n"), "line 2"),
    Case("a-list", lambda p: p.write_bytes(b"- one\n- two\n"), "allowed"),
]


@pytest.mark.parametrize("case", YAML_CASES, ids=_ids(YAML_CASES))
def test_quiz_bank(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "quizzes" / "bad-bank.yaml"
    case.make(path)
    assert_one_line_error(run_cli(["quiz", "bad-bank"], capsys, work.parent), "quiz", "bad-bank.yaml", case.expect)
    assert_one_line_error(run_cli(["quiz", "--list"], capsys, work.parent), "quiz", "bad-bank.yaml", case.expect)


@pytest.mark.parametrize("case", YAML_CASES, ids=_ids(YAML_CASES))
def test_appraisal_table(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = data_copy / "appraisal" / "jbi-case-series.yaml"
    table.unlink()
    case.make(table)
    abstract = PROJECT_ROOT / "tests" / "fixtures" / "abstracts" / "kleiter2012.txt"
    outcome = run_cli(["abstract", "--worksheet", str(abstract)], capsys, work.parent)
    assert_one_line_error(outcome, "abstract", "jbi-case-series.yaml", case.expect)


@pytest.mark.parametrize("case", YAML_CASES, ids=_ids(YAML_CASES))
def test_seed_abstract(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "kleiter2012" / "abstract.yaml"
    path.unlink()
    case.make(path)
    assert_one_line_error(run_cli(["seed"], capsys, work.parent), "seed", "abstract.yaml", case.expect)


BANK_DOCUMENT = yaml.safe_load(BANK.read_text(encoding="utf-8"))
BANK_PATHS = [path for path, _ in _paths({k: v for k, v in BANK_DOCUMENT.items() if k != "questions"})] + [
    ("questions", 0, *path) for path, _ in _paths(BANK_DOCUMENT["questions"][0])]


@pytest.mark.parametrize("path", BANK_PATHS, ids=[_render(p) for p in BANK_PATHS])
def test_wrong_type_at_every_level_of_a_quiz_bank(path: tuple[Any, ...], data_copy: Path, work: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    value = dict(_paths(BANK_DOCUMENT))[path]
    bank = _replaced(BANK_DOCUMENT, path, _wrong_type(value))
    (data_copy / "quizzes" / "structured-abstract.yaml").write_text(yaml.safe_dump(bank), encoding="utf-8")
    outcome = run_cli(["quiz", "structured-abstract"], capsys, work.parent)
    field = _render(path[2:]) if path[0] == "questions" else _render(path)
    assert_one_line_error(outcome, "quiz", "structured-abstract.yaml", f"field '{field}")


@pytest.mark.parametrize("where", ["top", "question", "option"])
def test_unknown_field_in_a_quiz_bank(where: str, data_copy: Path, work: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bank = copy.deepcopy(BANK_DOCUMENT)
    holder = {"top": bank, "question": bank["questions"][0],
              "option": bank["questions"][0].get("options", [bank["questions"][0]])[0]}[where]
    holder["colour"] = "blue"
    (data_copy / "quizzes" / "structured-abstract.yaml").write_text(yaml.safe_dump(bank), encoding="utf-8")
    assert_one_line_error(run_cli(["quiz", "structured-abstract"], capsys, work.parent), "quiz", "structured-abstract.yaml",
                          "colour': unknown field; allowed fields here: ")


def test_quiz_chapter_name_cannot_leave_the_folder(data_copy: Path, work: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    outside = data_copy / "outside.yaml"
    outside.write_text("chapter: outside\n", encoding="utf-8")
    assert_one_line_error(run_cli(["quiz", "../outside"], capsys, work.parent), "quiz", "../outside", "allowed: a chapter")


# -- CSV tables: the seed's figures and the trials' arm counts -----------------------------------

CSV_CASES = [
    *special_cases(MAX_CSV_BYTES),
    Case("latin-1", lambda p: p.write_bytes(b"id,quantity\nx,caf\xe9\n"), "line 2, column 6"),
    Case("more-fields-than-header", lambda p: p.write_bytes(b"id,quantity\nx,y,z\n"), "line 2: more fields"),
    Case("unterminated-quote", lambda p: p.write_bytes(b'id,quantity\n"x' + b"y" * 200_000 + b"\n"), "line "),
]


@pytest.mark.parametrize("case", CSV_CASES, ids=_ids(CSV_CASES))
def test_seed_figures_table(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "kleiter2012" / "figures.csv"
    path.unlink()
    case.make(path)
    assert_one_line_error(run_cli(["seed"], capsys, work.parent), "seed", "figures.csv", case.expect)


def test_seed_figures_wrong_type_in_every_column(data_copy: Path, work: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "kleiter2012" / "figures.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    for column in ("statistic", "value", "low", "high", "denominator"):
        if column not in header:
            continue
        cells = lines[1].split(",")
        cells[header.index(column)] = "[[12]]"
        path.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
        seed.cache_clear()
        assert_one_line_error(run_cli(["seed"], capsys, work.parent), "seed", "figures.csv", "line 2", f"field '{column}'")


@pytest.mark.parametrize("case", CSV_CASES, ids=_ids(CSV_CASES))
def test_trial_arm_counts(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "arm-counts.csv"
    case.make(path)
    with pytest.raises(DataError) as raised:
        load_arm_counts(path)
    message = str(raised.value)
    assert "\n" not in message and "arm-counts.csv" in message and case.expect in message
    assert_user_terms(message)


def test_trial_arm_counts_wrong_types(tmp_path: Path) -> None:
    shipped = (DATA / "trials" / "arm-counts.csv").read_text(encoding="utf-8").splitlines()
    header = shipped[0].split(",")
    for column in ("treated_events", "treated_patients", "status"):
        cells = next(csv.reader([shipped[1]]))
        cells[header.index(column)] = "many"
        path = tmp_path / "arm-counts.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, cells])
        with pytest.raises(DataError, match=rf"arm-counts\.csv, line 2: field '{column}': got \"many\"; allowed: "):
            load_arm_counts(path)


# -- notebooks: chapters (grade --assignment) and student submissions ----------------------------

NOTEBOOK_CASES = [
    *special_cases(MAX_JSON_BYTES),
    Case("nested-100000", lambda p: p.write_bytes(nested("[", "]")), f"nested more than {MAX_JSON_DEPTH}"),
    Case("truncated", lambda p: p.write_bytes(b'{"cells": [{"cell_type": "code", "sou'), "not valid JSON"),
    Case("duplicate-key", lambda p: p.write_bytes(b'{"cells": [],\n"cells": []}'), 'line 2: key "cells" appears twice'),
    Case("old-format", lambda p: p.write_bytes(b'{"nbformat": 3, "worksheets": []}'), "field 'nbformat': got 3"),
    Case("cells-not-a-list", lambda p: p.write_bytes(
        b'{"cells": 3, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'), "field 'cells'"),
    Case("cell-of-a-wrong-type", lambda p: p.write_bytes(
        b'{"cells": [{"cell_type": 5}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'), "field 'cells[0]'"),
    Case("a-list", lambda p: p.write_bytes(b"[]"), "allowed: a notebook object"),
]


@pytest.mark.parametrize("case", NOTEBOOK_CASES, ids=_ids(NOTEBOOK_CASES))
def test_grade_with_a_bad_chapter_notebook(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "exercise.ipynb"
    case.make(path)
    (work / "submissions").mkdir()
    outcome = run_cli(["grade", "--assignment", str(path), "submissions", "--no-progress"], capsys, work.parent)
    assert_one_line_error(outcome, "grade", "exercise.ipynb", case.expect)


@pytest.mark.parametrize("case", [c for c in NOTEBOOK_CASES if c.id in ("empty", "binary", "link-to-dev-zero", "fifo",
                                                                       "directory", "huge")], ids=lambda c: c.id)
def test_grade_with_a_bad_markdown_chapter(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "exercise.md"
    case.make(path)
    (work / "submissions").mkdir()
    outcome = run_cli(["grade", "--assignment", str(path), "submissions", "--no-progress"], capsys, work.parent)
    assert_one_line_error(outcome, "grade", "exercise.md", case.expect)


@pytest.mark.parametrize("case", NOTEBOOK_CASES, ids=_ids(NOTEBOOK_CASES))
def test_bad_submission_is_refused_in_one_line(case: Case, tmp_path: Path) -> None:
    """A bad submission does not stop the class: it is graded 'invalid' or 'refused' with one line."""
    from nmo_teach.grading.submissions import InvalidSubmission, discover, solution_cells

    folder = tmp_path / "submissions"
    folder.mkdir()
    case.make(folder / "student-a.ipynb")
    before = tree_state(tmp_path)
    submissions = discover(folder, "quizzes-and-exercises").submissions
    assert [s.student for s in submissions] == ["student-a"] or case.id == "directory"
    for submission in submissions:
        try:
            solution_cells(submission)
        except InvalidSubmission as error:
            assert "\n" not in str(error) and str(error).strip()
            assert "Traceback" not in str(error)
        else:
            assert case.id == "directory"  # a folder is a submission; this one holds no notebook
    assert tree_state(tmp_path) == before


# -- gradebooks (SQLite) -------------------------------------------------------------------------

GRADEBOOK_CASES = [
    Case("text-file", lambda p: p.write_bytes(b"student,score\nann,3\n"), "not a usable gradebook"),
    Case("binary", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "not a usable gradebook"),
    Case("truncated-sqlite", lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 30),
         "not a usable gradebook"),
    Case("directory", lambda p: p.mkdir(), "gradebook"),
    Case("link-to-dev-zero", lambda p: p.symlink_to("/dev/zero"), "gradebook"),
    Case("fifo", lambda p: os.mkfifo(p), "gradebook"),
    Case("dangling-link", lambda p: p.symlink_to("missing-folder/gradebook.sqlite"), "gradebook"),
    # A link whose target could be created: following it would make a file the user did not name.
    Case("dangling-link-in-reach", lambda p: p.symlink_to("target-of-the-link.sqlite"), "gradebook"),
    Case("one-byte", lambda p: p.write_bytes(b"\x00"), "gradebook"),
]


@pytest.mark.parametrize("case", GRADEBOOK_CASES, ids=_ids(GRADEBOOK_CASES))
def test_gradebook(case: Case, work: Path) -> None:
    path = work.parent / "gradebook.sqlite"
    case.make(path)
    before = tree_state(work.parent)
    with pytest.raises(NmoTeachError) as raised:
        Gradebook(path).close()
    assert tree_state(work.parent) == before, "a file changed"
    message = str(raised.value)
    assert "\n" not in message and "gradebook.sqlite" in message and case.expect in message
    assert_user_terms(message)


@pytest.mark.parametrize("case", GRADEBOOK_CASES, ids=_ids(GRADEBOOK_CASES))
def test_report_on_a_bad_gradebook(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "gradebook.sqlite"
    case.make(path)
    assert_one_line_error(run_cli(["report", str(path)], capsys, work.parent), "report", "gradebook.sqlite")


@pytest.mark.parametrize("name", ["grades#1.sqlite", "grades?mode=rw.sqlite", "grades%20.sqlite"])
def test_report_on_a_gradebook_with_uri_characters_in_its_name(name: str, work: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The name is a file name, not part of a URI: no other file may be opened or created."""
    path = work / name
    path.write_bytes(b"student,score\nann,3\n")
    assert_one_line_error(run_cli(["report", str(path)], capsys, work.parent), "report", name)


# -- export: the quiz banks for learning-management systems ------------------------------------

@pytest.mark.parametrize("case", [c for c in YAML_CASES if c.id in (
    "empty", "link-to-dev-zero", "nested-100000", "duplicate-key")], ids=lambda c: c.id)
def test_export_with_a_bad_bank(case: Case, data_copy: Path, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case.make(data_copy / "quizzes" / "bad-bank.yaml")
    outcome = run_cli(["export", "--gift", str(work / "banks.gift")], capsys, work.parent)
    assert_one_line_error(outcome, "export", "bad-bank.yaml", case.expect)


@pytest.mark.parametrize("option", ["--gift", "--moodle", "--qti"])
def test_export_into_a_folder(option: str, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "out").mkdir()
    outcome = run_cli(["export", option, str(work / "out")], capsys, work.parent)
    assert_one_line_error(outcome, "export", "out")


# -- outputs and the book's sources --------------------------------------------------------------

OUTPUT_CASES = [
    Case("a-file", lambda p: p.write_bytes(b"x"), "is not a folder"),
    Case("link-to-dev-zero", lambda p: p.symlink_to("/dev/zero"), "is not a folder"),
    Case("fifo", lambda p: os.mkfifo(p), "is not a folder"),
]


@pytest.mark.parametrize("case", OUTPUT_CASES, ids=_ids(OUTPUT_CASES))
def test_student_release_into_a_non_folder(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = work.parent / "release"
    case.make(path)
    assert_one_line_error(run_cli(["student", str(path)], capsys, work.parent), "student", "release", case.expect)


@pytest.mark.parametrize("case", OUTPUT_CASES, ids=_ids(OUTPUT_CASES))
def test_book_into_a_non_folder(case: Case, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Refused before any build starts (a build takes minutes, so the test would notice)."""
    path = work.parent / "site"
    case.make(path)
    assert_one_line_error(run_cli(["book", "--output", str(path)], capsys, work.parent), "book", "site", case.expect)


BOOK_SOURCE_CASES = [
    *[Case(f"config-{c.id}", c.make, c.expect) for c in YAML_CASES if c.id not in ("a-list",)],
    Case("config-a-list", lambda p: p.write_bytes(b"- title\n"), "allowed: a mapping of settings"),
]
TOC_CASES = [
    Case("toc-missing-chapter", lambda p: p.write_bytes(b"format: jb-book\nroot: book/intro\nchapters:\n"
                                                        b"  - file: book/no-such-chapter\n"),
         "field 'chapters[0].file': no chapter 'book/no-such-chapter'"),
    Case("toc-no-root", lambda p: p.write_bytes(b"format: jb-book\n"), "allowed: a mapping with a 'root' chapter"),
    Case("toc-wrong-type", lambda p: p.write_bytes(b"root: book/intro\nchapters:\n  - file: [1, 2]\n"),
         "field 'chapters[0].file': got a list"),
    Case("toc-missing-root", lambda p: p.write_bytes(b"root: book/nowhere\n"), "field 'root': no chapter"),
]


@pytest.fixture
def book_copy(tmp_path: Path) -> Path:
    """The book's sources as ``nmo-teach book`` reads them: the two YAML files and the chapters."""
    root = tmp_path / "site-source"
    root.mkdir()
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy(PROJECT_ROOT / name, root / name)
    (root / "book").symlink_to(PROJECT_ROOT / "book")
    check_sources(root)  # the copy itself is fine
    return root


@pytest.mark.parametrize("case", BOOK_SOURCE_CASES + TOC_CASES, ids=_ids(BOOK_SOURCE_CASES + TOC_CASES))
def test_broken_book_sources_are_refused_before_a_build(case: Case, book_copy: Path) -> None:
    name = "_toc.yml" if case.id.startswith("toc-") else "_config.yml"
    (book_copy / name).unlink()
    case.make(book_copy / name)
    before = tree_state(book_copy)
    with pytest.raises(BookError) as raised:
        check_sources(book_copy)
    message = str(raised.value)
    assert "\n" not in message and name in message and case.expect in message
    assert_user_terms(message)
    assert tree_state(book_copy) == before


# -- a file that cannot be read: a real permission error, as another user ------------------------

def test_unreadable_file_as_another_user(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to the 'nobody' user")
    folder = Path(tempfile.mkdtemp(prefix="nmo-bad-input-"))
    try:
        folder.chmod(0o755)
        record = folder / "record.json"
        record.write_bytes(VIGNETTE.read_bytes())
        record.chmod(0o000)
        # Import everything first (as root: the interpreter's own files may not be readable by
        # nobody), then drop privileges and run the command, which opens the record.
        code = ("import os, sys; from nmo_teach.cli import build_parser, main; build_parser(); "
                "os.setgroups([]); os.setgid(65534); os.setuid(65534); sys.exit(main(sys.argv[1:]))")
        finished = subprocess.run([sys.executable, "-c", code, "classify", str(record)], capture_output=True,
                                  text=True, cwd=folder, timeout=60, check=False)
        if "ModuleNotFoundError" in finished.stderr or "PermissionError: [Errno 13] Permission denied: '/" \
                in finished.stderr and "record.json" not in finished.stderr:
            pytest.skip(f"the 'nobody' user cannot run this checkout: {finished.stderr[-200:]}")
        lines = finished.stderr.strip().splitlines()
        assert finished.returncode == 2, finished.stderr
        assert len(lines) == 1 and "record.json: cannot open it (Permission denied)" in lines[0], lines
    finally:
        shutil.rmtree(folder)


def test_deeply_nested_record_in_a_real_process(tmp_path: Path) -> None:
    """The issue's report, end to end: 100,000 levels of JSON to the installed command."""
    path = tmp_path / "deep.json"
    path.write_bytes(nested("[", "]"))
    command = Path(sys.executable).with_name("nmo-teach")
    finished = subprocess.run([str(command), "classify", str(path)], capture_output=True, text=True,
                              timeout=60, check=False)
    assert finished.returncode == 2
    assert finished.stderr.strip().splitlines() == [
        f"nmo-teach classify: error: {path}: nested more than {MAX_JSON_DEPTH} levels deep; "
        "a data file needs far fewer"]


def test_quiz_answers_that_are_not_utf8_are_wrong_answers_not_a_crash(tmp_path: Path) -> None:
    """Answers piped on stdin are input too: bytes that are not UTF-8 must not end in a traceback."""
    command = Path(sys.executable).with_name("nmo-teach")
    # PYTHONIOENCODING=utf-8 makes stdin strict, as in a user's UTF-8 locale (C.UTF-8 is lenient).
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    finished = subprocess.run([str(command), "quiz", "structured-abstract", "--seed", "bad-input"],
                              input=b"\xff\xfe\x00\n\xe9\n", capture_output=True, timeout=120, check=False,
                              cwd=tmp_path, env=environment)
    assert finished.returncode == 0, finished.stderr[-500:]
    assert b"Traceback" not in finished.stderr
    assert b"Stopped after" in finished.stdout or b"Score" in finished.stdout
