"""The quiz bank as typed records: one question model per question type, and the bank itself.

The models describe what an author writes in ``data/quizzes/<chapter>.yaml`` and reject what
would make a question unanswerable or unexplained: a single-choice question with two right
options, an option with no feedback, a regex that does not compile. Answers that the project
computes (a figure of the seed paper, a value from package code, a criteria verdict) are kept as
the author's *specification*; ``nmo_teach.quiz.answers`` resolves them when the bank is loaded.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from nmo_teach.criteria.verdict import Status  # the engine's own outcomes, shown by classify questions
from nmo_teach.errors import DataError

QUESTION_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# Regex syntax that Python and the browser's JavaScript read differently (or only one reads):
# accepted patterns are checked by both, so they must mean the same thing in both.
_PYTHON_ONLY_REGEX = re.compile(r"\(\?P|\(\?[aiLmsux-]+[:)]|\\[AZz]|\(\?#|\*\+|\+\+|\?\+")


class QuizError(DataError):
    """A quiz bank that cannot be used as written; the message names file, question and field."""


class Level(StrEnum):
    """How deep a question goes, on the lower rungs of Bloom's taxonomy.

    ``recall``: remember a fact or a rule. ``understand``: explain or restate it. ``apply``: use
    a rule on a case or a number it has not seen (classify, compute). ``analyse``: take a claim,
    a report or a line of reasoning apart (find the error, predict what a missing test would
    change, order the reasoning). The book aims at a share of at least 40% apply or analyse
    items (``HIGHER_ORDER``), checked by ``tests/test_quiz_balance.py``.
    """

    RECALL = "recall"
    UNDERSTAND = "understand"
    APPLY = "apply"
    ANALYSE = "analyse"


HIGHER_ORDER = frozenset({Level.APPLY, Level.ANALYSE})


class Attempts(StrEnum):
    """A bank's retry policy.

    ``practice``: a wrong try is explained (why that choice is wrong) without giving the answer
    away, and the student may try again or ask to see the answer. ``graded``: the first answer
    counts; the widget locks the question and keeps that first answer, and the feedback then
    shows the right answer.
    """

    PRACTICE = "practice"
    GRADED = "graded"


STATUS_LABELS: dict[Status, str] = {
    Status.MET: "The criteria are met",
    Status.NOT_MET: "The criteria are not met",
    Status.UNDETERMINED: "This record cannot decide it",
}


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Strict):
    """One choice of a single- or multiple-choice question, with why it is right or wrong."""

    text: str = Field(min_length=1)
    correct: bool
    feedback: str = Field(min_length=1)
    reference: str | None = None


class OutcomeFeedback(_Strict):
    """What to tell a student who answered right, and one who answered wrong."""

    correct: str = Field(min_length=1)
    incorrect: str = Field(min_length=1)


class ClassifyFeedback(_Strict):
    """What to tell a student for each outcome they may pick for a case."""

    met: str = Field(min_length=1)
    not_met: str = Field(min_length=1)
    undetermined: str = Field(min_length=1)

    def for_status(self, status: Status) -> str:
        return str(getattr(self, status.value))


class FigureAnswer(_Strict):
    """An answer read from the seed case series: ``{figure: relapses}`` or with ``field: high``."""

    figure: str = Field(min_length=1)
    field: Literal["value", "low", "high", "denominator"] = "value"


class FunctionAnswer(_Strict):
    """An answer computed by package code: ``{function: "nmo_teach.module:func", args: {...}}``."""

    function: str = Field(pattern=r"^nmo_teach(\.[A-Za-z_]\w*)*:[A-Za-z_]\w*$")
    args: dict[str, Any] = Field(default_factory=dict)
    field: str | None = None


class VignetteRef(_Strict):
    """A synthetic patient kept in ``data/vignettes/<vignette>.json``."""

    vignette: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _Question(_Strict):
    id: str = Field(pattern=QUESTION_ID)
    level: Level
    prompt: str = Field(min_length=1)
    reference: str = Field(min_length=1)

    def reference_keys(self) -> list[str]:
        """Every bibliography key this question cites."""
        return [self.reference]


class _ChoiceQuestion(_Question):
    options: list[Option] = Field(min_length=2)

    def reference_keys(self) -> list[str]:
        return [self.reference] + [o.reference for o in self.options if o.reference]

    @field_validator("options")
    @classmethod
    def _distinct_texts(cls, options: list[Option]) -> list[Option]:
        texts = [o.text.strip().casefold() for o in options]
        repeated = sorted({o.text for o in options if texts.count(o.text.strip().casefold()) > 1})
        if repeated:
            raise ValueError(f"options repeat the same text: {repeated}")
        return options

    @property
    def correct_indices(self) -> tuple[int, ...]:
        return tuple(i for i, option in enumerate(self.options) if option.correct)


class SingleQuestion(_ChoiceQuestion):
    """Pick the one right option."""

    type: Literal["single"]

    @model_validator(mode="after")
    def _exactly_one_correct(self) -> SingleQuestion:
        if len(self.correct_indices) != 1:
            raise ValueError(
                f"a single-choice question needs exactly one option with correct: true "
                f"(found {len(self.correct_indices)})"
            )
        return self


class MultipleQuestion(_ChoiceQuestion):
    """Pick every right option and no wrong one."""

    type: Literal["multiple"]

    @model_validator(mode="after")
    def _at_least_one_correct(self) -> MultipleQuestion:
        if not self.correct_indices:
            raise ValueError("a multiple-choice question needs at least one option with correct: true")
        return self


class NumericQuestion(_Question):
    """Give a number, right within ``tolerance``, in ``unit``."""

    type: Literal["numeric"]
    answer: float | FigureAnswer | FunctionAnswer
    tolerance: float = Field(default=0, ge=0)
    unit: str = ""
    feedback: OutcomeFeedback
    _value: float | None = PrivateAttr(default=None)

    @property
    def value(self) -> float:
        """The resolved answer; set by ``nmo_teach.quiz.answers.resolve`` at load time."""
        if self._value is None:
            if isinstance(self.answer, (int, float)):
                return float(self.answer)
            raise RuntimeError(f"question {self.id}: computed answer not resolved yet")
        return self._value


class TextQuestion(_Question):
    """Type a short answer; right when any accepted pattern matches, ignoring case."""

    type: Literal["text"]
    accept: list[str] = Field(min_length=1)
    answer: str | None = Field(default=None, min_length=1)
    feedback: OutcomeFeedback

    @field_validator("accept")
    @classmethod
    def _patterns_compile_alike(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"pattern {pattern!r} does not compile: {error}") from error
            if _PYTHON_ONLY_REGEX.search(pattern):
                raise ValueError(
                    f"pattern {pattern!r} uses syntax the browser reads differently "
                    "(named groups (?P..), inline flags, \\A \\Z, possessive quantifiers); "
                    "matching is already case-insensitive"
                )
        return patterns

    @model_validator(mode="after")
    def _model_answer_is_accepted(self) -> TextQuestion:
        if self.answer is not None and not self.accepts(self.answer):
            raise ValueError(f"the model answer {self.answer!r} matches none of the accept patterns")
        return self

    def accepts(self, response: str) -> bool:
        return any(re.search(p, response, re.IGNORECASE) for p in self.accept)


class OrderingQuestion(_Question):
    """Put the items in order; the YAML lists them in the right order."""

    type: Literal["ordering"]
    items: list[str] = Field(min_length=2)
    feedback: OutcomeFeedback

    @field_validator("items")
    @classmethod
    def _distinct_items(cls, items: list[str]) -> list[str]:
        if len({i.strip().casefold() for i in items}) != len(items):
            raise ValueError("items repeat the same text, so their order would be ambiguous")
        return items


class ClassifyQuestion(_Question):
    """Say whether a patient meets a set of diagnostic criteria; the criteria engine decides."""

    type: Literal["classify"]
    patient: VignetteRef | dict[str, Any]
    criterion: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    feedback: ClassifyFeedback
    _status: Status | None = PrivateAttr(default=None)
    _explanation: tuple[str, ...] = PrivateAttr(default=())
    _patient_summary: tuple[tuple[str, str], ...] = PrivateAttr(default=())

    @property
    def status(self) -> Status:
        """The verdict computed by ``nmo_teach.criteria`` when the bank was loaded."""
        if self._status is None:
            raise RuntimeError(f"question {self.id}: verdict not computed yet")
        return self._status

    @property
    def explanation(self) -> tuple[str, ...]:
        """The engine's reasons for its verdict, shown with the feedback."""
        return self._explanation

    @property
    def patient_summary(self) -> tuple[tuple[str, str], ...]:
        """(field, value) pairs describing the synthetic patient to the student."""
        return self._patient_summary

    @property
    def patient_label(self) -> str:
        if isinstance(self.patient, VignetteRef):
            return f"Synthetic vignette {self.patient.vignette}"
        return "Synthetic patient"


Question = Annotated[
    SingleQuestion | MultipleQuestion | NumericQuestion | TextQuestion | OrderingQuestion
    | ClassifyQuestion,
    Field(discriminator="type"),
]

QUESTION_TYPES = ("single", "multiple", "numeric", "text", "ordering", "classify")


class ReviewDraw(_Strict):
    """A cumulative review: questions drawn from every other bank instead of written here.

    ``per_chapter`` questions come from each chapter's bank, chosen among ``levels`` first (the
    higher-order items, by default) and by a shuffle seeded with ``seed``, so a build is
    reproducible and an instructor changes the draw by changing the seed. The drawn questions
    are interleaved, one chapter after another, so that consecutive items need different
    chapters: retrieval practice that mixes topics rather than repeating one.
    """

    per_chapter: int = Field(ge=1)
    levels: list[Level] = Field(default_factory=lambda: [Level.APPLY, Level.ANALYSE], min_length=1)
    seed: str = Field(min_length=1)


class BankHeader(_Strict):
    """The part of a bank file around its questions (or its draw from the other banks)."""

    chapter: str = Field(pattern=QUESTION_ID)
    title: str = Field(min_length=1)
    attempts: Attempts = Attempts.PRACTICE
    questions: list[Any] = Field(default_factory=list)
    draw: ReviewDraw | None = None

    @model_validator(mode="after")
    def _questions_or_draw(self) -> BankHeader:
        if bool(self.questions) == (self.draw is not None):
            raise ValueError("a bank has either 'questions' (at least one) or 'draw', not both")
        return self
