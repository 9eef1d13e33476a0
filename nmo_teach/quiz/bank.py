"""Loading quiz banks from ``data/quizzes/*.yaml`` into validated :class:`Quiz` objects.

Every problem is reported as a ``QuizError`` whose message names the file, the question id and
the field, so an author can fix a bank without reading a traceback. Loading also checks what a
schema cannot: unique ids, reference keys that exist in references.bib, and computed answers
that really compute. Seed numbers written as ``{{seed:...}}`` placeholders in the text are filled
in first (``nmo_teach.quiz.seed_text``), so the model validates the text a student reads.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from nmo_teach import refs
from nmo_teach.casebook import seed
from nmo_teach.paths import data_dir
from nmo_teach.quiz.answers import resolve
from nmo_teach.quiz.checking import Feedback, check
from nmo_teach.quiz.model import (
    QUESTION_TYPES,
    Attempts,
    BankHeader,
    Question,
    QuizError,
    ReviewDraw,
    _Question,
)
from nmo_teach.quiz.seed_text import render, resolve_text
from nmo_teach.validation import describe_validation_error, read_yaml, shown_value

QUIZ_FOLDER = "quizzes"
_CHAPTER = re.compile(r"[a-z0-9][a-z0-9-]*")
_QUESTION = TypeAdapter(Question)


@dataclass(frozen=True)
class Quiz:
    """One chapter's validated quiz, with answers resolved."""

    chapter: str
    title: str
    questions: tuple[_Question, ...]
    source: Path
    attempts: Attempts = Attempts.PRACTICE
    drawn_from: tuple[str, ...] = ()  # the banks a cumulative review draws its questions from

    def __iter__(self) -> Iterator[_Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def question(self, question_id: str) -> _Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise QuizError(
            f"{self.source.name}: no question {question_id!r}; "
            f"ids: {', '.join(q.id for q in self.questions)}"
        )

    def check(self, question_id: str, response: object) -> Feedback:
        """Judge a response; every renderer's verdict and explanation come from here."""
        return check(self.question(question_id), response)


def quiz_dir() -> Path:
    return data_dir() / QUIZ_FOLDER


def available_chapters(folder: Path | None = None) -> list[str]:
    """The chapter stems that have a quiz bank, sorted."""
    folder = folder or quiz_dir()
    return sorted(path.stem for path in folder.glob("*.yaml"))


def load_quiz(chapter: str, folder: Path | None = None) -> Quiz:
    """The bank for ``chapter`` (a chapter file stem, such as 'structured-abstract')."""
    folder = folder or quiz_dir()
    if not _CHAPTER.fullmatch(chapter):
        raise QuizError(f"chapter {chapter!r}: allowed: a chapter file stem, lower-case words joined by '-', "
                        "e.g. structured-abstract (nmo-teach quiz --list shows them)")
    path = folder / f"{chapter}.yaml"
    if not (path.exists() or path.is_symlink()):  # anything else there is refused by the reader
        known = ", ".join(available_chapters(folder)) or "none"
        raise QuizError(f"no quiz for chapter {chapter!r} ({path} missing); chapters with a quiz: {known}")
    return load_bank(path)


def load_bank(path: Path) -> Quiz:
    """Read and validate one bank file."""
    raw = read_yaml(path, QuizError, "quiz bank (YAML)")
    if not isinstance(raw, dict):
        got = "an empty file" if raw is None else shown_value(raw)
        raise QuizError(f"{path}: top level: got {got}; allowed: a mapping with the keys chapter, title and "
                        "questions, e.g. 'chapter: my-chapter'")
    try:
        header = BankHeader.model_validate(raw)
    except ValidationError as error:
        raise QuizError(f"{path}: {describe_validation_error(error, root=BankHeader)}") from None
    if header.chapter != path.stem:
        raise QuizError(
            f"{path}: field 'chapter': {header.chapter!r} does not match the file name "
            f"(expected {path.stem!r})"
        )
    try:
        title = render(header.title, seed())
    except ValueError as error:
        raise QuizError(f"{path}: field 'title': {error}") from None
    if header.draw is not None:
        drawn, sources = draw_review(header.draw, path.parent, exclude=path.stem)
        return Quiz(chapter=header.chapter, title=title, questions=drawn, source=path,
                    attempts=header.attempts, drawn_from=sources)
    questions = [_question(path, index, item) for index, item in enumerate(header.questions)]
    _check_unique_ids(path, questions)
    _check_references(path, questions)
    for question in questions:
        resolve(question, f"{path}: question {question.id}")
    return Quiz(chapter=header.chapter, title=title, questions=tuple(questions), source=path,
                attempts=header.attempts)


def draw_review(draw: ReviewDraw, folder: Path, exclude: str) -> tuple[tuple[_Question, ...], tuple[str, ...]]:
    """Questions for a cumulative review: ``draw.per_chapter`` from each written bank, interleaved.

    Banks that are themselves reviews are skipped. Within a bank, questions at ``draw.levels``
    come first, in a shuffle seeded by ``draw.seed`` and the chapter; others fill in only if a
    bank has too few.
    """
    picks: list[list[_Question]] = []
    sources = []
    for chapter in available_chapters(folder):
        if chapter == exclude:
            continue
        bank = load_bank(folder / f"{chapter}.yaml")
        if bank.drawn_from:
            continue
        rng = random.Random(f"{draw.seed}|{chapter}")
        preferred = [q for q in bank if q.level in draw.levels]
        others = [q for q in bank if q.level not in draw.levels]
        rng.shuffle(preferred)
        rng.shuffle(others)
        picks.append((preferred + others)[: draw.per_chapter])
        sources.append(chapter)
    interleaved = tuple(q for rank in range(draw.per_chapter) for chosen in picks
                        if rank < len(chosen) for q in [chosen[rank]])
    return interleaved, tuple(sources)


def _question(path: Path, index: int, item: Any) -> _Question:
    label = f"#{index + 1}"
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        label = item["id"]
    where = f"{path}: question {label}"
    if not isinstance(item, dict):
        raise QuizError(f"{where}: got {shown_value(item)}; allowed: a mapping of fields, e.g. 'type: single'")
    if item.get("type") not in QUESTION_TYPES:
        raise QuizError(
            f"{where}: field 'type': {item.get('type')!r} is not a question type; "
            f"allowed: {', '.join(QUESTION_TYPES)}"
        )
    try:
        question: _Question = _QUESTION.validate_python(resolve_text(item, where))
    except ValidationError as error:
        raise QuizError(f"{where}: {describe_validation_error(error, drop_first=True, root=Question)}") from None
    return question


def _check_unique_ids(path: Path, questions: list[_Question]) -> None:
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise QuizError(f"{path}: question {question.id}: field 'id': duplicate id {question.id!r}")
        seen.add(question.id)


def _check_references(path: Path, questions: list[_Question]) -> None:
    for question in questions:
        unknown = refs.unknown_keys(question.reference_keys())
        if unknown:
            raise QuizError(
                f"{path}: question {question.id}: field 'reference': unknown key(s) "
                f"{', '.join(unknown)}; keys must exist in references.bib"
            )

