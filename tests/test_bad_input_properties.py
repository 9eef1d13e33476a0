"""Property-based bad input for every loader (issue 14): whatever the content, one line or a result.

Each loader gets arbitrary bytes or a valid document with one value replaced by an arbitrary one.
The property: the loader returns its result, or raises the project's error whose message is one
line, names the file and uses no word of the implementation. Nothing else may escape (a
``TypeError`` or ``RecursionError`` here is a bug). Examples are few (the CI profile in
``tests/conftest.py`` replays them deterministically) so that the suite stays fast.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nmo_teach.abstracts import appraisal
from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.parse import parse_bytes
from nmo_teach.casebook import load_case_series, seed
from nmo_teach.criteria import PatientRecordError, load_patients, parse_patients
from nmo_teach.errors import DataError, NmoTeachError
from nmo_teach.exercises.assignment import read_notebook
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.paths import PROJECT_ROOT
from nmo_teach.quiz.bank import load_bank
from nmo_teach.quiz.model import QuizError
from nmo_teach.trials import load_arm_counts
from nmo_teach.validation import MAX_JSON_DEPTH, MAX_YAML_DEPTH, nesting_depth, parse_json, parse_yaml
from tests.bad_input import assert_user_terms

DATA = PROJECT_ROOT / "data"
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text(max_size=12) | st.sampled_from(["yes", "unknown", "positive", "2024-13-45", "C9", ""])
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from _paths(child, (*prefix, index))


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with one value (at any depth) replaced by an arbitrary JSON value."""
    paths = list(_paths(document))
    path = draw(st.sampled_from(paths))
    changed = copy.deepcopy(document)
    holder = changed
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = draw(json_values)
    return changed


def assert_one_line(error: BaseException, name: str) -> None:
    message = str(error)
    assert message and "\n" not in message, message
    assert name in message, message
    assert_user_terms(message)


@contextmanager
def data_folder() -> Iterator[Path]:
    """A copy of data/ that the loaders read (``NMO_TEACH_DATA``), with their caches cleared."""
    import shutil

    previous = os.environ.get("NMO_TEACH_DATA")
    with tempfile.TemporaryDirectory() as folder:
        copied = Path(folder) / "data"
        shutil.copytree(DATA, copied)
        os.environ["NMO_TEACH_DATA"] = str(copied)
        for cached in (seed, appraisal.load_jbi_checklist, appraisal.load_cebm_table, appraisal.load_instructor_key):
            cached.cache_clear()
        try:
            yield copied
        finally:
            if previous is None:
                os.environ.pop("NMO_TEACH_DATA", None)
            else:
                os.environ["NMO_TEACH_DATA"] = previous
            for cached in (seed, appraisal.load_jbi_checklist, appraisal.load_cebm_table,
                           appraisal.load_instructor_key):
                cached.cache_clear()


# -- the readers themselves ----------------------------------------------------------------------

@FEW
@given(json_values)
def test_json_reader_round_trips_what_it_accepts(value: Any) -> None:
    assert parse_json(json.dumps(value), "x.json", ValueError) == value


@FEW
@given(st.integers(1, 3 * MAX_JSON_DEPTH))
def test_json_depth_limit_is_exact(levels: int) -> None:
    text = "[" * levels + "]" * levels
    if levels <= MAX_JSON_DEPTH:
        assert nesting_depth(parse_json(text, "x.json", ValueError)) == levels
    else:
        try:
            parse_json(text, "x.json", ValueError)
        except ValueError as error:
            assert f"nested more than {MAX_JSON_DEPTH} levels" in str(error)
        else:
            raise AssertionError("accepted a file nested beyond the limit")


@FEW
@given(st.integers(1, 3 * MAX_YAML_DEPTH))
def test_yaml_depth_limit_is_exact(levels: int) -> None:
    text = "[" * levels + "]" * levels
    try:
        value = parse_yaml(text, "x.yaml", ValueError)
    except ValueError as error:
        assert levels > MAX_YAML_DEPTH and f"nested more than {MAX_YAML_DEPTH} levels" in str(error)
    else:
        assert levels <= MAX_YAML_DEPTH and nesting_depth(value) == levels


@FEW
@given(st.text(max_size=200))
def test_any_text_is_yaml_or_one_line(text: str) -> None:
    try:
        parse_yaml(text, "x.yaml", ValueError)
    except ValueError as error:
        assert_one_line(error, "x.yaml")


@FEW
@given(st.text(max_size=200))
def test_any_text_is_json_or_one_line(text: str) -> None:
    try:
        parse_json(text, "x.json", ValueError)
    except ValueError as error:
        assert_one_line(error, "x.json")


# -- patient records -----------------------------------------------------------------------------

RECORD = json.loads((DATA / "vignettes" / "relapsing-ms.json").read_text(encoding="utf-8"))


@FEW
@given(mutated(RECORD))
def test_patient_record_with_any_value_anywhere(record: Any) -> None:
    try:
        parse_patients(record, "record.json")
    except PatientRecordError as error:
        assert error.problems
        for problem in error.problems:
            assert_one_line(Exception(problem), "record.json")


@FEW
@given(json_values)
def test_any_json_as_a_patient_record(value: Any) -> None:
    try:
        parse_patients(value, "record.json")
    except PatientRecordError as error:
        for problem in error.problems:
            assert_one_line(Exception(problem), "record.json")


@FEW
@given(st.binary(max_size=300))
def test_any_bytes_as_a_patient_record_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "record.json"
        path.write_bytes(data)
        try:
            load_patients(path)
        except PatientRecordError as error:
            for problem in error.problems:
                assert_one_line(Exception(problem), "record.json")


# -- YAML data: quiz banks, appraisal tables, the seed abstract ----------------------------------

BANK = yaml.safe_load((DATA / "quizzes" / "structured-abstract.yaml").read_text(encoding="utf-8"))
BANK_SMALL = {**BANK, "questions": BANK["questions"][:3]}


@FEW
@given(mutated(BANK_SMALL))
def test_quiz_bank_with_any_value_anywhere(bank: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "structured-abstract.yaml"
        path.write_text(yaml.safe_dump(bank), encoding="utf-8")
        try:
            load_bank(path)
        except QuizError as error:
            assert_one_line(error, "structured-abstract.yaml")


@FEW
@given(st.binary(max_size=300))
def test_any_bytes_as_a_quiz_bank(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.yaml"
        path.write_bytes(data)
        try:
            load_bank(path)
        except QuizError as error:
            assert_one_line(error, "demo.yaml")


CHECKLIST = yaml.safe_load((DATA / "appraisal" / "jbi-case-series.yaml").read_text(encoding="utf-8"))
KEY = yaml.safe_load((DATA / "appraisal" / "kleiter2012-key.yaml").read_text(encoding="utf-8"))


@FEW
@given(st.sampled_from(["jbi-case-series.yaml", "kleiter2012-key.yaml"]), st.data())
def test_appraisal_table_with_any_value_anywhere(name: str, data: st.DataObject) -> None:
    document = data.draw(mutated(CHECKLIST if name.startswith("jbi") else KEY))
    with data_folder() as folder:
        (folder / "appraisal" / name).write_text(yaml.safe_dump(document), encoding="utf-8")
        try:
            appraisal.load_jbi_checklist()
            appraisal.load_instructor_key("kleiter2012")
        except AbstractError as error:
            assert_one_line(error, name)


SEED_ABSTRACT = yaml.safe_load((DATA / "kleiter2012" / "abstract.yaml").read_text(encoding="utf-8"))


@FEW
@given(mutated(SEED_ABSTRACT))
def test_seed_abstract_with_any_value_anywhere(document: Any) -> None:
    with data_folder() as folder:
        (folder / "kleiter2012" / "abstract.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
        try:
            load_case_series(folder / "kleiter2012")
        except DataError as error:
            assert_one_line(error, "kleiter2012")


# -- CSV tables ----------------------------------------------------------------------------------

@FEW
@given(st.text(max_size=300))
def test_any_text_as_the_seed_figures(text: str) -> None:
    with data_folder() as folder:
        (folder / "kleiter2012" / "figures.csv").write_text(text, encoding="utf-8")
        try:
            load_case_series(folder / "kleiter2012")
        except DataError as error:
            assert_one_line(error, "kleiter2012")


ARM_COUNTS = (DATA / "trials" / "arm-counts.csv").read_text(encoding="utf-8")


@FEW
@given(st.integers(0, len(ARM_COUNTS)), st.text(max_size=20))
def test_trial_arm_counts_with_any_text_anywhere(position: int, inserted: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "arm-counts.csv"
        path.write_text(ARM_COUNTS[:position] + inserted + ARM_COUNTS[position:], encoding="utf-8")
        try:
            load_arm_counts(path)
        except DataError as error:
            assert_one_line(error, "arm-counts.csv")


# -- abstracts in three formats ------------------------------------------------------------------

@FEW
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
       st.sampled_from(["auto", "text", "pubmed-xml", "medline"]))
def test_any_bytes_as_an_abstract(data: bytes, fmt: str) -> None:
    try:
        parse_bytes(data, "abstract.txt", fmt)
    except AbstractError as error:
        assert_one_line(error, "abstract.txt")


XML_TAGS = st.sampled_from(["PubmedArticle", "MedlineCitation", "Article", "Abstract", "AbstractText",
                            "ArticleTitle", "PMID", "a"])


@st.composite
def pubmed_like_xml(draw: st.DrawFn) -> bytes:
    tags = draw(st.lists(XML_TAGS, max_size=8))
    text = draw(st.text(alphabet="abc 12<&>", max_size=20))
    body = "".join(f"<{t}>" for t in tags) + text + "".join(f"</{t}>" for t in reversed(tags))
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]
    return f'<?xml version="1.0"?>\n<PubmedArticleSet>{body}</PubmedArticleSet>'.encode()


@FEW
@given(pubmed_like_xml())
def test_pubmed_like_xml(data: bytes) -> None:
    try:
        parse_bytes(data, "export.xml", "pubmed-xml")
    except AbstractError as error:
        assert_one_line(error, "export.xml")


# -- notebooks and gradebooks --------------------------------------------------------------------

NOTEBOOK = {"cells": [{"cell_type": "code", "execution_count": None, "id": "a1", "metadata": {"tags": ["solution"]},
                       "outputs": [], "source": "x = 1\n"},
                      {"cell_type": "markdown", "id": "b2", "metadata": {}, "source": "# Title"}],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


@FEW
@given(mutated(NOTEBOOK))
def test_notebook_with_any_value_anywhere(notebook: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "exercise.ipynb"
        path.write_text(json.dumps(notebook), encoding="utf-8")
        try:
            read_notebook(path)
        except NmoTeachError as error:
            assert_one_line(error, "exercise.ipynb")


@FEW
@given(st.binary(max_size=300), st.sampled_from([".ipynb", ".md"]))
def test_any_bytes_as_a_notebook(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"exercise{suffix}"
        path.write_bytes(data)
        try:
            read_notebook(path)
        except NmoTeachError as error:
            assert_one_line(error, "exercise")


@FEW
@given(st.binary(min_size=1, max_size=600))
def test_any_bytes_as_a_gradebook(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gradebook.sqlite"
        path.write_bytes(data)
        try:
            Gradebook(path).close()
        except NmoTeachError as error:
            assert_one_line(error, "gradebook.sqlite")
        else:
            raise AssertionError("random bytes were accepted as a gradebook")
