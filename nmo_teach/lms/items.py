"""A format-neutral view of a quiz question, for the writers that take the banks out of the book.

Why one view: Canvas QTI, Moodle XML, GIFT and Anki each know a few question kinds (choice,
numeric, short answer, matching). The bank has six types, two of which no LMS format has:
``classify`` becomes a multiple choice whose key is the criteria engine's verdict (computed
when the bank loads, never typed), and ``ordering`` becomes a matching of each item to its
position. Doing that mapping once, here, keeps the formats in agreement and puts every loss in
one list (:attr:`ExportItem.notes`) that the writers print and write into their files.

Texts stay in the bank's Markdown-light (seed placeholders are already filled in by the loader);
each writer turns them into HTML or plain text as its format needs (``nmo_teach.quiz.markup``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from nmo_teach import refs
from nmo_teach.quiz.bank import Quiz, available_chapters, load_quiz
from nmo_teach.quiz.checking import answer_text
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    QuizError,
    SingleQuestion,
    Status,
    TextQuestion,
    _Question,
)

Kind = Literal["single", "multiple", "numeric", "text", "matching"]


@dataclass(frozen=True)
class Choice:
    """One option with its id (its place in the bank), whether it is right, and why."""

    ident: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Pair:
    """One row of a matching question: a prompt on the left, its answer on the right."""

    left: str
    right: str


@dataclass(frozen=True)
class ExportItem:
    """One question as every export format sees it."""

    bank: str
    question_id: str
    bank_type: str  # the type in the bank (classify, ordering, ...), before mapping
    kind: Kind  # what the formats write
    prompt: str
    context: tuple[str, ...] = ()  # paragraphs after the prompt: whose record, the unit
    record: tuple[str, ...] = ()  # a classify question's patient, one 'field: value' a line
    choices: tuple[Choice, ...] = ()
    value: float | None = None
    tolerance: float = 0.0
    unit: str = ""
    accepted: tuple[str, ...] = ()
    pairs: tuple[Pair, ...] = ()
    correct_feedback: str = ""
    incorrect_feedback: str = ""
    explanation: tuple[str, ...] = ()  # shown whatever the answer (the engine's reasons)
    answer: str = ""  # the right answer in words
    reference: str = ""  # the references.bib key the question cites
    source: str = ""  # 'Kleiter et al. 2012', its short citation
    notes: tuple[str, ...] = ()  # what the mapping could not carry over

    @property
    def ident(self) -> str:
        """Unique across banks: a review bank reuses the question ids of the chapter banks."""
        return f"{self.bank}-{self.question_id}"

    @property
    def correct_choices(self) -> tuple[Choice, ...]:
        return tuple(choice for choice in self.choices if choice.correct)


# One line per bank type that no format carries as it is, for the export's summary on stderr.
MAPPINGS = {
    "classify": "written as multiple choice, keyed by the criteria engine's verdict",
    "ordering": "written as matching, each item to its position (QTI 1.2, core Moodle XML and "
                "GIFT have no ordering type)",
    "text": "accept only the model answer in an LMS, not the bank's regex patterns: review the "
            "responses marked wrong",
}


def mapping_summary(banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> list[str]:
    """'5 ordering questions written as matching ... (bank id, ...)': one line per mapped type."""
    lines = []
    for bank_type, what in MAPPINGS.items():
        mapped = [item for _, items in banks for item in items if item.bank_type == bank_type]
        if mapped:
            where = ", ".join(f"{item.bank} {item.question_id}" for item in mapped)
            lines.append(f"{len(mapped)} {bank_type} questions {what} ({where})")
    return lines


def position_label(index: int) -> str:
    """The right-hand side of an ordering item mapped to matching: 'Position 1', 'Position 2'."""
    return f"Position {index + 1}"


def export_item(bank: str, question: _Question) -> ExportItem:
    """The neutral view of one loaded (answers resolved) question of bank ``bank``."""
    common = {
        "bank": bank,
        "question_id": question.id,
        "bank_type": question.type,  # type: ignore[attr-defined]
        "prompt": question.prompt,
        "answer": answer_text(question) or "",
        "reference": question.reference,
        "source": refs.short_citation(question.reference),
    }
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        choices = tuple(
            Choice(f"{bank}-{question.id}-{index}", option.text, option.correct, option.feedback)
            for index, option in enumerate(question.options)
        )
        kind: Kind = "single" if isinstance(question, SingleQuestion) else "multiple"
        return ExportItem(kind=kind, choices=choices, **common)
    if isinstance(question, ClassifyQuestion):
        choices = tuple(
            Choice(f"{bank}-{question.id}-{status.value}", STATUS_LABELS[status],
                   status is question.status, question.feedback.for_status(status))
            for status in Status
        )
        record = tuple(f"{field}: {value}" for field, value in question.patient_summary)
        return ExportItem(
            kind="single", choices=choices, context=(f"{question.patient_label}:",), record=record,
            explanation=question.explanation,
            notes=("classify question written as multiple choice; its key is the criteria "
                   f"engine's verdict ({STATUS_LABELS[question.status]})",),
            **common,
        )
    if isinstance(question, NumericQuestion):
        context = (f"Answer in {question.unit}.",) if question.unit else ()
        return ExportItem(
            kind="numeric", value=question.value, tolerance=question.tolerance, unit=question.unit,
            context=context, correct_feedback=question.feedback.correct,
            incorrect_feedback=question.feedback.incorrect, **common,
        )
    if isinstance(question, TextQuestion):
        if question.answer is None:
            raise QuizError(f"{bank}: question {question.id}: a short-answer question needs a model "
                            "'answer' to be exported (LMS formats match answers, not regexes)")
        return ExportItem(
            kind="text", accepted=(question.answer,), correct_feedback=question.feedback.correct,
            incorrect_feedback=question.feedback.incorrect,
            notes=("short answer: the LMS accepts the model answer "
                   f"“{question.answer}” only, not the bank's {len(question.accept)} regex "
                   "pattern(s); review the responses it marks wrong",),
            **common,
        )
    if isinstance(question, OrderingQuestion):
        pairs = tuple(Pair(item, position_label(index)) for index, item in enumerate(question.items))
        return ExportItem(
            kind="matching", pairs=pairs, correct_feedback=question.feedback.correct,
            incorrect_feedback=question.feedback.incorrect,
            notes=("ordering question written as matching (each item to its position): "
                   "QTI 1.2, core Moodle XML and GIFT have no ordering type",),
            **common,
        )
    raise TypeError(f"unknown question type {type(question).__name__}")


def export_items(quiz: Quiz) -> list[ExportItem]:
    """Every question of a loaded bank, in bank order."""
    return [export_item(quiz.chapter, question) for question in quiz]


def load_banks(chapters: Sequence[str] | None = None) -> list[tuple[Quiz, list[ExportItem]]]:
    """The banks to export with their items, by chapter (every bank when ``chapters`` is empty)."""
    return [(quiz, export_items(quiz)) for quiz in map(load_quiz, chapters or available_chapters())]
