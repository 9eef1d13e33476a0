"""A quiz in a terminal: ask each question, read an answer, explain, and keep the score.

Input and output are passed in (``ask`` and ``say``), so the same loop runs interactively, with
stdin piped from a file, and in tests. A reply that does not fit the question is explained and
asked again; end of input stops the quiz and reports the score so far.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from nmo_teach import refs
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import Feedback, ResponseError
from nmo_teach.quiz.markup import to_plain
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    _Question,
)
from nmo_teach.quiz.web import display_order

WIDTH = 88
LETTERS = "abcdefghijklmnopqrstuvwxyz"

Ask = Callable[[str], str]  # prompt -> reply; raises EOFError at the end of input
Say = Callable[[str], None]


@dataclass(frozen=True)
class Result:
    """How a terminal quiz went."""

    asked: int
    right: int
    total: int


def _wrap(text: str, indent: str = "", hang: str = "") -> str:
    return textwrap.fill(to_plain(text), WIDTH, initial_indent=indent,
                         subsequent_indent=indent + hang)


def _choices(question: _Question) -> list[str]:
    if isinstance(question, ClassifyQuestion):
        return list(STATUS_LABELS.values())
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        return [option.text for option in question.options]
    return []


def show_question(question: _Question, number: int, total: int, say: Say) -> None:
    say("")
    say(f"Question {number} of {total} ({question.level.value})")
    say(_wrap(question.prompt))
    if isinstance(question, ClassifyQuestion):
        say(f"  {question.patient_label} (synthetic, not a real patient):")
        for name, value in question.patient_summary:
            say(_wrap(f"{name}: {value}", "    "))
    for letter, text in zip(LETTERS, _choices(question), strict=False):
        say(_wrap(f"{letter}) {text}", "  ", "   "))
    if isinstance(question, OrderingQuestion):
        for position, index in enumerate(display_order(question), start=1):
            say(_wrap(f"{position}. {question.items[index]}", "  ", "   "))


def instruction(question: _Question) -> str:
    """The prompt printed before the reply, saying what shape of answer is expected."""
    if isinstance(question, MultipleQuestion):
        return "Your answer (every letter that applies, e.g. a c): "
    if isinstance(question, (SingleQuestion, ClassifyQuestion)):
        return "Your answer (one letter): "
    if isinstance(question, NumericQuestion):
        return f"Your answer (a number{', in ' + question.unit if question.unit else ''}): "
    if isinstance(question, OrderingQuestion):
        return "Your order (the numbers above, first item first, e.g. 3 1 2): "
    return "Your answer: "


def parse_reply(question: _Question, reply: str) -> object:
    """Turn what was typed into the response ``Quiz.check`` expects; ResponseError if it can't."""
    if isinstance(question, (SingleQuestion, MultipleQuestion, ClassifyQuestion)):
        count = len(_choices(question))
        letters = [token for token in re.split(r"[\s,;]+", reply.strip().lower()) if token]
        allowed = LETTERS[:count]
        if not letters or any(len(t) != 1 or t not in allowed for t in letters):
            raise ResponseError(f"type {'letters' if isinstance(question, MultipleQuestion) else 'one letter'} from a to {allowed[-1]}")
        if not isinstance(question, MultipleQuestion):
            if len(letters) != 1:
                raise ResponseError("type just one letter")
            index = allowed.index(letters[0])
            return list(Status)[index].value if isinstance(question, ClassifyQuestion) else index
        return sorted({allowed.index(t) for t in letters})
    if isinstance(question, OrderingQuestion):
        shown = display_order(question)
        numbers = re.findall(r"\d+", reply)
        if sorted(int(n) for n in numbers) != list(range(1, len(shown) + 1)):
            raise ResponseError(f"give each number from 1 to {len(shown)} once, e.g. {' '.join(str(i) for i in range(len(shown), 0, -1))}")
        return [question.items[shown[int(n) - 1]] for n in numbers]
    return reply


def show_feedback(feedback: Feedback, say: Say) -> None:
    say(feedback.verdict)
    if feedback.message:
        say(_wrap(feedback.message, "  "))
    for line in feedback.details:
        say(_wrap(f"- {line}", "  ", "  "))
    if feedback.answer and not feedback.correct:
        say(_wrap(f"Answer: {feedback.answer}", "  "))
    say(_wrap(f"Source: {refs.full_citation(feedback.reference)}", "  "))


def run_quiz(quiz: Quiz, ask: Ask, say: Say) -> Result:
    """Ask every question of ``quiz`` in order; return how many were asked and answered right."""
    say(quiz.title)
    say(f"{len(quiz)} questions. Press Ctrl-D (end of input) to stop early.")
    asked = right = 0
    for number, question in enumerate(quiz, start=1):
        show_question(question, number, len(quiz), say)
        while True:
            try:
                reply = ask(instruction(question))
            except EOFError:
                say("")
                return _finish(Result(asked=asked, right=right, total=len(quiz)), say)
            try:
                feedback = quiz.check(question.id, parse_reply(question, reply))
            except ResponseError as problem:
                reason = str(problem).removeprefix(f"question {question.id}: ")
                say(f"  Cannot read that answer ({reason}); try again.")
                continue
            break
        asked += 1
        right += feedback.correct
        show_feedback(feedback, say)
    return _finish(Result(asked=asked, right=right, total=len(quiz)), say)


def _finish(result: Result, say: Say) -> Result:
    say("")
    if result.asked < result.total:
        say(f"Stopped after {result.asked} of {result.total} questions.")
    say(f"Score: {result.right} of {result.asked} answered correctly.")
    return result
