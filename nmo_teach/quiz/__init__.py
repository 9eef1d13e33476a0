"""Chapter quizzes: a YAML bank per chapter, one checker, three renderers.

- ``load_quiz("structured-abstract")`` reads and validates ``data/quizzes/structured-abstract.yaml``;
- ``Quiz.check(question_id, response)`` judges an answer and explains it;
- ``show_quiz(chapter)`` renders the quiz in a book page or a notebook (``nmo_teach.quiz.web``),
  and ``nmo-teach quiz CHAPTER`` runs it in a terminal (``nmo_teach.quiz.terminal``);
- every renderer shows choice options in the seeded order of ``nmo_teach.quiz.shuffle``, and a
  bank's ``attempts`` policy (practice or graded) decides what a wrong answer shows;
- a bank may ``draw`` its questions from the others (the cumulative mixed review);
  ``nmo_teach.quiz.balance`` measures whether option position or length gives keys away.
"""

from __future__ import annotations

from nmo_teach.quiz.bank import Quiz, QuizError, available_chapters, load_bank, load_quiz
from nmo_teach.quiz.checking import Feedback, ResponseError
from nmo_teach.quiz.notebook import show_quiz

__all__ = [
    "Feedback",
    "Quiz",
    "QuizError",
    "ResponseError",
    "available_chapters",
    "load_bank",
    "load_quiz",
    "show_quiz",
]
