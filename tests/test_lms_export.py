"""The LMS exports (Canvas QTI 1.2, Moodle XML, GIFT) round-trip to what the banks say.

Validation, as far as this machine allows: every file is parsed as XML (well-formed), the
package's manifest is checked against what Canvas's QTI import reads, and each file is read back
by the small independent readers of ``tests/lms_readers.py`` and compared with the *loaded
banks* (stems, options, the key, feedback per option, sources). Schema validation is not done:
the IMS QTI 1.2 XSD is public but not shipped with any package installed here, and the standard
library cannot validate XSD (lxml is not a dependency); Moodle publishes no schema for its XML
format. Importing into a live Canvas or Moodle is out of reach of a test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from nmo_teach import refs
from nmo_teach.cli import main
from nmo_teach.lms import gift, moodle, qti
from nmo_teach.lms.items import load_banks, mapping_summary
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import format_number
from nmo_teach.quiz.markup import to_html, to_plain
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    Attempts,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
)
from tests.lms_readers import QtiItem, comments, read_manifest, read_moodle, read_qti


def plain(text: str) -> str:
    return " ".join(to_plain(text).split())


@pytest.fixture(scope="module")
def banks() -> list:
    return load_banks()


@pytest.fixture(scope="module")
def exported(banks: list, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lms")
    paths = {"qti": folder / "banks.zip", "moodle": folder / "banks.xml", "gift": folder / "banks.gift"}
    paths["qti"].write_bytes(qti.package(banks))
    paths["moodle"].write_bytes(moodle.document(banks))
    paths["gift"].write_text(gift.document(banks), encoding="utf-8")
    return paths


def test_every_question_type_is_exported(banks: list) -> None:
    types = {type(question).__name__ for quiz, _ in banks for question in quiz}
    assert types == {"SingleQuestion", "MultipleQuestion", "NumericQuestion", "TextQuestion",
                     "OrderingQuestion", "ClassifyQuestion"}


def test_qti_package_lists_one_parsable_assessment_per_bank(banks: list, exported: dict[str, Path]) -> None:
    with zipfile.ZipFile(exported["qti"]) as package:
        names = set(package.namelist())
        resources = read_manifest(package.read("imsmanifest.xml"))
        assert {kind for kind, _ in resources} == {"imsqti_xmlv1p2"}
        assert sorted(href for _, href in resources) == sorted(f"{q.chapter}/{q.chapter}.xml" for q, _ in banks)
        for _, href in resources:
            assert href in names
            ET.fromstring(package.read(href))  # well-formed
            assert b"{{" not in package.read(href), "a seed placeholder was left unresolved"


def _qti_items(exported: dict[str, Path], quiz: Quiz) -> tuple[str, dict[str, str], dict[str, QtiItem]]:
    with zipfile.ZipFile(exported["qti"]) as package:
        return read_qti(package.read(f"{quiz.chapter}/{quiz.chapter}.xml"))


def _check_choice_item(item: QtiItem, texts: list[str], feedbacks: list[str], key: set[int],
                       multiple: bool) -> None:
    idents = list(item.responses["response1"])
    assert [item.choices[i] for i in idents] == texts
    for index, ident in enumerate(idents):
        assert item.feedback[f"{ident}_fb"] == feedbacks[index]
    if not multiple:
        for index, ident in enumerate(idents):
            score, shown = item.score({"response1": ident})
            assert score == (100 if index in key else 0)
            assert f"{ident}_fb" in shown and "general_fb" in shown
        return
    right = {idents[i] for i in key}
    assert item.score({"response1": right})[0] == 100
    for ident in idents:  # adding a wrong option or leaving out a right one loses the point
        assert item.score({"response1": right ^ {ident}})[0] == 0
    assert f"{idents[0]}_fb" in item.score({"response1": {idents[0]}})[1]


def test_qti_round_trip_matches_every_bank_question(banks: list, exported: dict[str, Path]) -> None:
    checked = 0
    for quiz, _ in banks:
        title, metadata, items = _qti_items(exported, quiz)
        assert title == quiz.title
        assert metadata["cc_maxattempts"] == ("1" if quiz.attempts is Attempts.GRADED else "unlimited")
        assert len(items) == len(quiz)
        for question in quiz:
            item = items[f"{quiz.chapter}-{question.id}"]
            assert item.stem.startswith(plain(question.prompt))
            assert f"Source: {refs.short_citation(question.reference)}." in item.feedback["general_fb"]
            if isinstance(question, (SingleQuestion, MultipleQuestion)):
                multiple = isinstance(question, MultipleQuestion)
                assert item.question_type == ("multiple_answers_question" if multiple else "multiple_choice_question")
                _check_choice_item(item, [plain(o.text) for o in question.options],
                                   [plain(o.feedback) for o in question.options],
                                   set(question.correct_indices), multiple)
            elif isinstance(question, ClassifyQuestion):
                assert item.question_type == "multiple_choice_question"
                statuses = list(Status)
                _check_choice_item(item, [STATUS_LABELS[s] for s in statuses],
                                   [plain(question.feedback.for_status(s)) for s in statuses],
                                   {statuses.index(question.status)}, multiple=False)
                for reason in question.explanation:
                    assert plain(reason) in item.feedback["general_fb"]
            elif isinstance(question, NumericQuestion):
                assert item.question_type == "numerical_question"
                score, shown = item.score({"response1": question.value})
                assert (score, item.feedback[shown[-1]]) == (100, plain(question.feedback.correct))
                off = question.value + question.tolerance + max(1.0, abs(question.value))
                score, shown = item.score({"response1": off})
                assert (score, item.feedback[shown[-1]]) == (0, plain(question.feedback.incorrect))
            elif isinstance(question, TextQuestion):
                assert item.question_type == "short_answer_question"
                assert question.answer is not None and question.accepts(question.answer)
                score, shown = item.score({"response1": question.answer.upper()})
                assert (score, item.feedback[shown[-1]]) == (100, plain(question.feedback.correct))
                score, shown = item.score({"response1": "not an answer"})
                assert (score, item.feedback[shown[-1]]) == (0, plain(question.feedback.incorrect))
            else:
                assert isinstance(question, OrderingQuestion)
                assert item.question_type == "matching_question"
                assert list(item.prompts.values()) == [plain(i) for i in question.items]
                right = {respident: next(label for label, text in labels.items() if text == f"Position {n}")
                         for n, (respident, labels) in enumerate(item.responses.items(), 1)}
                score, shown = item.score(right)
                assert score == pytest.approx(100, abs=0.01) and "correct_fb" in shown
                first, second = list(right)[:2]
                swapped = {**right, first: right[second], second: right[first]}
                score, shown = item.score(swapped)
                assert score < 100 and "general_incorrect_fb" in shown
                assert item.feedback["correct_fb"] == plain(question.feedback.correct)
            checked += 1
    assert checked == sum(len(quiz) for quiz, _ in banks)


def test_moodle_round_trip_matches_every_bank_question(banks: list, exported: dict[str, Path]) -> None:
    data = exported["moodle"].read_bytes()
    assert b"{{" not in data
    categories, questions = read_moodle(data)
    assert categories == [f"$course$/top/nmo-teach/{quiz.title}" for quiz, _ in banks]
    for quiz, _ in banks:
        for question in quiz:
            found = questions[f"{quiz.chapter}-{question.id}"]
            assert found.text.startswith(plain(question.prompt))
            assert f"Source: {refs.short_citation(question.reference)}." in found.general
            if isinstance(question, (SingleQuestion, MultipleQuestion)):
                assert found.qtype == "multichoice"
                assert found.single is isinstance(question, SingleQuestion)
                assert [(text, feedback) for _, text, feedback in found.answers] == [
                    (plain(o.text), plain(o.feedback)) for o in question.options]
                grades = [grade for grade, _, _ in found.answers]
                assert {i for i, g in enumerate(grades) if g > 0} == set(question.correct_indices)
                assert sum(g for g in grades if g > 0) == pytest.approx(100, abs=0.01)
                if isinstance(question, MultipleQuestion) and len(question.correct_indices) < len(grades):
                    assert sum(g for g in grades if g < 0) == pytest.approx(-100, abs=0.01)
            elif isinstance(question, ClassifyQuestion):
                assert found.qtype == "multichoice" and found.single is True
                keyed = [text for grade, text, _ in found.answers if grade == 100]
                assert keyed == [STATUS_LABELS[question.status]]
            elif isinstance(question, NumericQuestion):
                assert found.qtype == "numerical"
                assert found.answers[0][:2] == (100, format_number(question.value))
                assert float(found.tolerance or "nan") == question.tolerance
                assert found.answers[0][2] == plain(question.feedback.correct)
                assert found.answers[-1] == (0, "*", plain(question.feedback.incorrect))
            elif isinstance(question, TextQuestion):
                assert found.qtype == "shortanswer"
                assert found.answers[0][:2] == (100, question.answer)
                assert found.answers[-1] == (0, "*", plain(question.feedback.incorrect))
            else:
                assert found.qtype == "matching"
                assert found.subquestions == [(plain(item), f"Position {n}")
                                              for n, item in enumerate(question.items, 1)]
                assert found.combined["correctfeedback"] == plain(question.feedback.correct)


def test_mapped_types_are_said_in_each_file(banks: list, exported: dict[str, Path]) -> None:
    mapped = [(q.chapter, question.id, question.type) for q, _ in banks for question in q
              if question.type in ("ordering", "classify")]
    assert mapped
    moodle_comments = " ".join(comments(exported["moodle"].read_bytes()))
    gift_text = exported["gift"].read_text(encoding="utf-8")
    with zipfile.ZipFile(exported["qti"]) as package:
        qti_comments = " ".join(c for q, _ in banks for c in comments(package.read(f"{q.chapter}/{q.chapter}.xml")))
    for chapter, question_id, kind in mapped:
        said = "written as matching" if kind == "ordering" else "written as multiple choice"
        assert f"nmo-teach {chapter}-{question_id}: {kind} question {said}" in moodle_comments
        assert re.search(rf"// {kind} question {said}[^\n]*\n(?://[^\n]*\n)*::{chapter}-{question_id}::", gift_text)
    orderings = sum(1 for m in mapped if m[2] == "ordering")
    assert qti_comments.count("ordering question written as matching") == orderings
    assert any(line.startswith(f"{orderings} ordering questions") for line in mapping_summary(banks))


def _gift_questions(text: str) -> dict[str, str]:
    return {match.group(1): match.group(2) for match in
            re.finditer(r"^::((?:[^:\\]|\\.)+)::\[html\](.*?)^}$", text, re.MULTILINE | re.DOTALL)}


def test_gift_holds_every_question_with_its_key(banks: list, exported: dict[str, Path]) -> None:
    questions = _gift_questions(exported["gift"].read_text(encoding="utf-8"))
    assert len(questions) == sum(len(quiz) for quiz, _ in banks)
    for quiz, _ in banks:
        for question in quiz:
            body = questions[f"{quiz.chapter}-{question.id}"]
            unescaped = re.sub(r"\\.", "", body)
            assert unescaped.count("{") == 1 and unescaped.count("}") == 0  # only the answer block opens
            answers = re.split(r"(?<!\\)\{", body, maxsplit=1)[1]
            if isinstance(question, (SingleQuestion, ClassifyQuestion)):
                assert len(re.findall(r"^=", answers, re.MULTILINE)) == 1
            if isinstance(question, (SingleQuestion, MultipleQuestion)):
                readable = re.sub(r"\\(.)", r"\1", answers)  # GIFT's escapes removed
                for option in question.options:
                    assert f"{to_html(option.text)}#<p>{to_html(option.feedback)}</p>" in readable
            if isinstance(question, NumericQuestion):
                assert f"#{format_number(question.value)}:{format_number(question.tolerance)}" in answers


def test_gift_escapes_its_control_characters() -> None:
    assert gift.escape("a: b = {c} ~d #e \\") == r"a\: b \= \{c\} \~d \#e \\"


def test_export_command_writes_files_and_says_what_it_mapped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["export", "--qti", str(tmp_path / "q.zip"), "--moodle", str(tmp_path / "m.xml"),
                   "--gift", str(tmp_path / "g.gift"), "--chapter", "two-diseases"])
    out, err = capsys.readouterr()
    assert status == 0
    assert all((tmp_path / name).stat().st_size > 0 for name in ("q.zip", "m.xml", "g.gift"))
    assert "two-diseases td-08" in err and "ordering questions written as matching" in err
    assert "text questions accept only the model answer" in err
    assert out.count("wrote ") == 3


def test_export_command_without_an_output_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--qti" in err


@pytest.mark.parametrize("option", ["--qti", "--moodle", "--gift", "--anki"])
def test_an_output_that_is_a_folder_is_refused_before_any_work(
        option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    assert main(["export", option, str(tmp_path / "out"), "--chapter", "no-such-bank"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option} {tmp_path / 'out'}: is not a file" in err
