"""Moodle XML: every bank in one file, each in its own question-bank category.

Moodle's import ("Question bank > Import > Moodle XML format") reads ``<quiz>`` holding
``<question type="...">`` elements; a ``category`` pseudo-question before each bank files the
questions under ``nmo-teach/<bank title>``. Kinds map to core types: ``multichoice`` (single or
multiple answer, feedback per answer), ``numerical`` (with tolerance), ``shortanswer`` and
``matching``. Core Moodle XML has no ordering type (the Ordering question type is an add-on
plugin), so ordering items come as matching, with a comment before the question.

Grades of a multiple-answer question follow Moodle's rule that an answer's fraction must be one
of the grades its editor offers: each right answer earns 100/k percent and each wrong one costs
100/(n-k), which is such a grade for up to ten options.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from nmo_teach.lms.items import ExportItem
from nmo_teach.lms.xmltext import comment, general_html, paragraphs, serialise, stem_html
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import format_number as number
from nmo_teach.quiz.markup import to_html
from nmo_teach.quiz.model import QuizError

CATEGORY_ROOT = "$course$/top"
# The grades Moodle's question editor offers (question_bank::fraction_options_full), in percent.
ALLOWED_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                  16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0)


def category(title: str) -> str:
    """A bank's category under ``nmo-teach`` ('/' would open a subcategory, so it is replaced)."""
    return f"nmo-teach/{title.replace('/', '-')}"


def fraction(share: float) -> str:
    """A grade in percent as Moodle writes it ('100', '33.33333'), checked against its list."""
    text = f"{share:.5f}".rstrip("0").rstrip(".")
    if not any(abs(abs(float(text)) - grade) < 1e-4 for grade in ALLOWED_GRADES):
        raise QuizError(f"a grade of {text}% cannot be imported into Moodle (too many options)")
    return text


def document(banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> bytes:
    """Every bank in one Moodle XML file."""
    root = ET.Element("quiz")
    root.append(comment("nmo-teach quiz banks for Moodle (Question bank > Import > Moodle XML). "
                        "Answers are computed by the package, not typed."))
    for quiz, items in banks:
        category_element = ET.SubElement(root, "question", type="category")
        _text(ET.SubElement(category_element, "category"), f"{CATEGORY_ROOT}/{category(quiz.title)}")
        for item in items:
            for note in item.notes:
                root.append(comment(f"nmo-teach {item.ident}: {note}"))
            root.append(_question(item))
    return serialise(root)


def _text(parent: ET.Element, text: str) -> None:
    ET.SubElement(parent, "text").text = text


def _html(parent: ET.Element, tag: str, html: str) -> ET.Element:
    element = ET.SubElement(parent, tag, format="html")
    _text(element, html)
    return element


def _question(item: ExportItem) -> ET.Element:
    moodle_type = {"single": "multichoice", "multiple": "multichoice", "numeric": "numerical",
                   "text": "shortanswer", "matching": "matching"}[item.kind]
    question = ET.Element("question", type=moodle_type)
    _text(ET.SubElement(question, "name"), f"{item.bank} {item.question_id}")
    _html(question, "questiontext", stem_html(item))
    _html(question, "generalfeedback", general_html(item))
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "penalty").text = "0"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = item.ident
    if item.kind in ("single", "multiple"):
        _multichoice(question, item)
    elif item.kind == "numeric":
        assert item.value is not None
        _answer(question, "100", number(item.value), item.correct_feedback, html=False)
        ET.SubElement(question[-1], "tolerance").text = number(item.tolerance)
        _answer(question, "0", "*", item.incorrect_feedback, html=False)
    elif item.kind == "text":
        ET.SubElement(question, "usecase").text = "0"
        for accepted in item.accepted:
            _answer(question, "100", accepted, item.correct_feedback, html=False)
        _answer(question, "0", "*", item.incorrect_feedback, html=False)
    else:
        _matching(question, item)
    return question


def _answer(question: ET.Element, grade: str, text: str, feedback: str, html: bool) -> None:
    attributes = {"fraction": grade, "format": "html"} if html else {"fraction": grade}
    answer = ET.SubElement(question, "answer", attributes)
    _text(answer, paragraphs([text]) if html else text)
    _html(answer, "feedback", paragraphs([feedback]))


def _combined_feedback(question: ET.Element, item: ExportItem) -> None:
    _html(question, "correctfeedback", paragraphs([item.correct_feedback]))
    _html(question, "partiallycorrectfeedback", paragraphs([item.incorrect_feedback]))
    _html(question, "incorrectfeedback", paragraphs([item.incorrect_feedback]))


def _multichoice(question: ET.Element, item: ExportItem) -> None:
    ET.SubElement(question, "single").text = "true" if item.kind == "single" else "false"
    ET.SubElement(question, "shuffleanswers").text = "true"
    ET.SubElement(question, "answernumbering").text = "abc"
    _combined_feedback(question, item)
    right = len(item.correct_choices)
    wrong = len(item.choices) - right
    for choice in item.choices:
        if item.kind == "single":
            grade = "100" if choice.correct else "0"
        else:
            grade = fraction(100 / right) if choice.correct else f"-{fraction(100 / wrong)}"
        _answer(question, grade, choice.text, choice.feedback, html=True)


def _matching(question: ET.Element, item: ExportItem) -> None:
    ET.SubElement(question, "shuffleanswers").text = "true"
    _combined_feedback(question, item)
    for pair in item.pairs:
        subquestion = _html(question, "subquestion", f"<p>{to_html(pair.left)}</p>")
        _text(ET.SubElement(subquestion, "answer"), pair.right)
