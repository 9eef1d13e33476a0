"""A quiz in a terminal: ask each question, read an answer, explain, and keep the score.

Input and output are passed in (``ask`` and ``say``), so the same loop runs interactively, with
stdin piped from a file, and in tests. A reply that does not fit the question is explained and
asked again; end of input stops the quiz and reports the score so far.

Choice options appear in the seeded order of ``nmo_teach.quiz.shuffle``: the same order code
shows the same order as the web widget, so ``nmo-teach quiz CHAPTER --seed CODE`` replays what a
student with that code saw. The bank's ``attempts`` policy applies here too: in a ``practice``
bank a wrong answer is explained and the student may try again (an empty reply shows the
answer); in a ``graded`` bank the first answer counts and the answer is shown at once.
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
    Attempts,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    _Question,
)
from nmo_teach.quiz.shuffle import option_order
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


def shown_order(chapter: str, question: _Question, code: str) -> list[int]:
    """The option ids in the order they are listed for order code ``code``."""
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        return option_order(chapter, question.id, code, len(question.options))
    if isinstance(question, ClassifyQuestion):
        return list(range(len(STATUS_LABELS)))  # met, not met, undetermined: a scale, not shuffled
    return []


def _choices(question: _Question, order: list[int]) -> list[str]:
    if isinstance(question, ClassifyQuestion):
        labels = list(STATUS_LABELS.values())
        return [labels[i] for i in order]
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        return [question.options[i].text for i in order]
    return []


def show_question(question: _Question, number: int, total: int, say: Say, order: list[int]) -> None:
    """Print one question, its choices listed in ``order`` (option ids) and lettered a, b, c."""
    say("")
    say(f"Question {number} of {total} ({question.level.value})")
    say(_wrap(question.prompt))
    if isinstance(question, ClassifyQuestion):
        say(f"  {question.patient_label} (synthetic, not a real patient):")
        for name, value in question.patient_summary:
            say(_wrap(f"{name}: {value}", "    "))
    for letter, text in zip(LETTERS, _choices(question, order), strict=False):
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


def parse_reply(question: _Question, reply: str, order: list[int] | None = None) -> object:
    """Turn what was typed into the response ``Quiz.check`` expects; ResponseError if it can't.

    ``order`` is the option ids in the order the letters were shown (default: the bank's order).
    """
    if isinstance(question, (SingleQuestion, MultipleQuestion, ClassifyQuestion)):
        count = len(STATUS_LABELS) if isinstance(question, ClassifyQuestion) else len(question.options)
        order = order if order is not None else list(range(count))
        letters = [token for token in re.split(r"[\s,;]+", reply.strip().lower()) if token]
        allowed = LETTERS[:count]
        if not letters or any(len(t) != 1 or t not in allowed for t in letters):
            raise ResponseError(f"type {'letters' if isinstance(question, MultipleQuestion) else 'one letter'} from a to {allowed[-1]}")
        if not isinstance(question, MultipleQuestion):
            if len(letters) != 1:
                raise ResponseError("type just one letter")
            index = order[allowed.index(letters[0])]
            return list(Status)[index].value if isinstance(question, ClassifyQuestion) else index
        return sorted({order[allowed.index(t)] for t in letters})
    if isinstance(question, OrderingQuestion):
        shown = display_order(question)
        numbers = re.findall(r"\d+", reply)
        if sorted(int(n) for n in numbers) != list(range(1, len(shown) + 1)):
            raise ResponseError(f"give each number from 1 to {len(shown)} once, e.g. {' '.join(str(i) for i in range(len(shown), 0, -1))}")
        return [question.items[shown[int(n) - 1]] for n in numbers]
    return reply


def show_feedback(feedback: Feedback, say: Say, reveal: bool = True) -> None:
    """Print the feedback; ``reveal=False`` (a wrong practice try) keeps the answer back."""
    say(feedback.verdict)
    if feedback.message:
        say(_wrap(feedback.message, "  "))
    if reveal or feedback.correct:
        for line in feedback.details:
            say(_wrap(f"- {line}", "  ", "  "))
    if reveal and feedback.answer and not feedback.correct:
        say(_wrap(f"Answer: {feedback.answer}", "  "))
    say(_wrap(f"Source: {refs.full_citation(feedback.reference)}", "  "))


def run_quiz(quiz: Quiz, ask: Ask, say: Say, code: str = "") -> Result:
    """Ask every question of ``quiz`` in order; return how many were asked and answered right.

    ``code`` is the order code of the seeded option shuffle. A question counts as right only when
    the first answer was right, whatever the policy.
    """
    practice = quiz.attempts is Attempts.PRACTICE
    say(quiz.title)
    say(f"{len(quiz)} questions. Option order code: {code}. Press Ctrl-D (end of input) to stop early.")
    if practice:
        say("After a wrong answer, try again, or press Enter on an empty line to see the answer.")
    else:
        say("Your first answer to each question counts.")
    asked = right = 0
    for number, question in enumerate(quiz, start=1):
        order = shown_order(quiz.chapter, question, code)
        show_question(question, number, len(quiz), say, order)
        first: bool | None = None
        while True:
            try:
                reply = ask(instruction(question) if first is None else "Try again (empty line: show the answer): ")
            except EOFError:
                say("")
                return _finish(Result(asked=asked, right=right, total=len(quiz)), say)
            if first is False and not reply.strip():
                say(_wrap(f"Answer: {feedback.answer}", "  "))
                for line in feedback.details:
                    say(_wrap(f"- {line}", "  ", "  "))
                break
            try:
                feedback = quiz.check(question.id, parse_reply(question, reply, order))
            except ResponseError as problem:
                reason = str(problem).removeprefix(f"question {question.id}: ")
                say(f"  Cannot read that answer ({reason}); try again.")
                continue
            if first is None:
                first = feedback.correct
                asked += 1
                right += feedback.correct
            show_feedback(feedback, say, reveal=not practice)
            if feedback.correct or not practice:
                break
    return _finish(Result(asked=asked, right=right, total=len(quiz)), say)


def _finish(result: Result, say: Say) -> Result:
    say("")
    if result.asked < result.total:
        say(f"Stopped after {result.asked} of {result.total} questions.")
    say(f"Score: {result.right} of {result.asked} answered correctly.")
    return result
