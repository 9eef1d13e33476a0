"""Checking one response to one question: the single source of every verdict and explanation.

The terminal calls :func:`check` directly; the web widget cannot run Python, so its answer key
is built from the same :func:`outcome` and :func:`choice_feedback` functions (see
``nmo_teach.quiz.web``) and the page's script only decides which prepared feedback applies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from nmo_teach import refs
from nmo_teach.errors import NmoTeachError
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
    _ChoiceQuestion,
    _Question,
)

# The number syntax the web widget accepts too (nmo-quiz.js), so both read a response alike.
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?", re.IGNORECASE)

VERDICT_RIGHT = "Correct."
VERDICT_WRONG = "Not quite."


class ResponseError(NmoTeachError):
    """A response that does not fit its question (a letter out of range, a word for a number)."""


@dataclass(frozen=True)
class Feedback:
    """What a student sees after checking one answer. Text uses the quiz's Markdown-light."""

    question_id: str
    correct: bool
    message: str = ""
    details: tuple[str, ...] = ()
    answer: str | None = None  # the right answer, shown when the response was wrong
    reference: str = ""
    citation: str = field(default="", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "citation", refs.short_citation(self.reference))

    @property
    def verdict(self) -> str:
        return VERDICT_RIGHT if self.correct else VERDICT_WRONG


def format_number(value: float) -> str:
    """9.0 as '9', 0.25 as '0.25': numbers as a sentence would print them."""
    return f"{int(value)}" if float(value).is_integer() else f"{value:g}"


def answer_text(question: _Question) -> str | None:
    """The right answer in words, or None where a question has no single form to show."""
    if isinstance(question, SingleQuestion):
        return question.options[question.correct_indices[0]].text
    if isinstance(question, MultipleQuestion):
        return "; ".join(question.options[i].text for i in question.correct_indices)
    if isinstance(question, NumericQuestion):
        shown = format_number(question.value)
        if question.tolerance:
            shown += f" (± {format_number(question.tolerance)})"
        return f"{shown} {question.unit}".strip()
    if isinstance(question, TextQuestion):
        return question.answer
    if isinstance(question, OrderingQuestion):
        return " → ".join(question.items)
    if isinstance(question, ClassifyQuestion):
        return STATUS_LABELS[question.status]
    raise TypeError(f"unknown question type {type(question).__name__}")


def outcome(question: _Question, correct: bool, details: Sequence[str] = ()) -> Feedback:
    """Feedback for a numeric, text or ordering question, from its correct/incorrect texts."""
    assert isinstance(question, (NumericQuestion, TextQuestion, OrderingQuestion))
    text = question.feedback.correct if correct else question.feedback.incorrect
    return Feedback(
        question_id=question.id,
        correct=correct,
        message=text,
        details=tuple(details),
        answer=None if correct else answer_text(question),
        reference=question.reference,
    )


def choice_feedback(question: SingleQuestion | ClassifyQuestion, chosen: int) -> Feedback:
    """Feedback for choosing option ``chosen`` of a single-choice or classify question."""
    if isinstance(question, ClassifyQuestion):
        statuses = list(Status)
        picked = statuses[chosen]
        return Feedback(
            question_id=question.id,
            correct=picked is question.status,
            message=question.feedback.for_status(picked),
            details=question.explanation,
            answer=None if picked is question.status else answer_text(question),
            reference=question.reference,
        )
    option = question.options[chosen]
    return Feedback(
        question_id=question.id,
        correct=option.correct,
        message=option.feedback,
        answer=None if option.correct else answer_text(question),
        reference=option.reference or question.reference,
    )


def option_detail(question: _ChoiceQuestion, index: int, chosen: bool) -> str:
    """One line of multiple-choice feedback: what the student did with an option, and why."""
    option = question.options[index]
    if option.correct:
        did = f"You chose “{option.text}”, rightly" if chosen else f"You missed “{option.text}”"
    else:
        did = f"You chose “{option.text}”, wrongly" if chosen else f"You rightly left out “{option.text}”"
    return f"{did}: {option.feedback}"


def multiple_feedback(question: MultipleQuestion, chosen: Iterable[int]) -> Feedback:
    picked = set(chosen)
    correct = picked == set(question.correct_indices)
    return Feedback(
        question_id=question.id,
        correct=correct,
        details=tuple(option_detail(question, i, i in picked) for i in range(len(question.options))),
        answer=None if correct else answer_text(question),
        reference=question.reference,
    )


def ordering_detail(right_places: int | str, total: int) -> str:
    return f"Items in the right place: {right_places} of {total}."


def _index(question: _Question, response: object, count: int) -> int:
    if isinstance(response, bool) or not isinstance(response, int) or not 0 <= response < count:
        raise ResponseError(
            f"question {question.id}: expected an option number from 0 to {count - 1}, "
            f"got {response!r}"
        )
    return response


def _number(question: NumericQuestion, response: object) -> float:
    if isinstance(response, str):
        cleaned = response.strip().replace(",", ".")
        if question.unit and cleaned.casefold().endswith(question.unit.casefold()):
            cleaned = cleaned[: -len(question.unit)].strip()
        if not _DECIMAL.fullmatch(cleaned):
            raise ResponseError(f"question {question.id}: expected a number, got {response!r}")
        value = float(cleaned)
    elif isinstance(response, (int, float)) and not isinstance(response, bool):
        value = float(response)
    else:
        raise ResponseError(f"question {question.id}: expected a number, got {response!r}")
    if not math.isfinite(value):
        raise ResponseError(f"question {question.id}: expected a finite number, got {response!r}")
    return value


def check(question: _Question, response: object) -> Feedback:
    """Judge ``response`` to ``question``.

    Responses by type: single, an option index (0-based); multiple, an iterable of indices;
    numeric, a number or a numeric string (a trailing unit is allowed); text, a string;
    ordering, the item texts in the student's order; classify, 'met', 'not_met' or
    'undetermined'. A response of the wrong shape raises ``ResponseError``.
    """
    if isinstance(question, SingleQuestion):
        return choice_feedback(question, _index(question, response, len(question.options)))
    if isinstance(question, MultipleQuestion):
        if isinstance(response, (str, bytes)) or not isinstance(response, Iterable):
            raise ResponseError(
                f"question {question.id}: expected a collection of option numbers, got {response!r}"
            )
        picked = [_index(question, r, len(question.options)) for r in response]
        if not picked:
            raise ResponseError(f"question {question.id}: choose at least one option")
        return multiple_feedback(question, picked)
    if isinstance(question, NumericQuestion):
        value = _number(question, response)
        # A small relative slack keeps 0.1 + 0.2 style float noise from failing a right answer.
        slack = question.tolerance + 1e-9 * max(1.0, abs(question.value))
        return outcome(question, abs(value - question.value) <= slack)
    if isinstance(question, TextQuestion):
        if not isinstance(response, str):
            raise ResponseError(f"question {question.id}: expected text, got {response!r}")
        if not response.strip():
            raise ResponseError(f"question {question.id}: the answer is empty")
        return outcome(question, question.accepts(response))
    if isinstance(question, OrderingQuestion):
        return _check_ordering(question, response)
    if isinstance(question, ClassifyQuestion):
        try:
            picked = Status(str(response))
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            raise ResponseError(
                f"question {question.id}: expected one of {allowed}, got {response!r}"
            ) from None
        return choice_feedback(question, list(Status).index(picked))
    raise TypeError(f"unknown question type {type(question).__name__}")


def _check_ordering(question: OrderingQuestion, response: object) -> Feedback:
    if isinstance(response, (str, bytes)) or not isinstance(response, Sequence):
        raise ResponseError(f"question {question.id}: expected the items as a list, got {response!r}")
    canon = {re.sub(r"\s+", " ", item).strip().casefold(): i for i, item in enumerate(question.items)}
    given = [re.sub(r"\s+", " ", str(item)).strip().casefold() for item in response]
    if sorted(given) != sorted(canon):
        raise ResponseError(
            f"question {question.id}: expected each of the {len(canon)} items exactly once, "
            f"got {list(response)!r}"
        )
    places = sum(1 for position, item in enumerate(given) if canon[item] == position)
    if places == len(canon):
        return outcome(question, True)
    return outcome(question, False, [ordering_detail(places, len(canon))])
