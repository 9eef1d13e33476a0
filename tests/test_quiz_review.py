"""The cumulative mixed review draws from every chapter's bank, interleaved, reproducibly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nmo_teach.quiz import QuizError, available_chapters, load_bank, load_quiz
from nmo_teach.quiz.bank import quiz_dir
from nmo_teach.quiz.model import Attempts, Level

REVIEW = "mixed-review"


def _written_banks() -> list[str]:
    return [c for c in available_chapters() if not load_quiz(c).drawn_from]


def test_review_draws_from_every_chapter_and_interleaves_them():
    review = load_quiz(REVIEW)
    written = _written_banks()
    assert REVIEW not in written and set(review.drawn_from) == set(written)
    home = {q.id: c for c in written for q in load_quiz(c)}
    chapters = [home[q.id] for q in review]
    assert all(chapters.count(c) == 2 for c in written)
    assert all(a != b for a, b in zip(chapters, chapters[1:], strict=False))  # never two in a row
    assert review.attempts is Attempts.GRADED
    for question in review:  # the same question object as in its own bank, so the same key
        assert load_quiz(home[question.id]).question(question.id) == question


def test_review_prefers_higher_order_items_and_is_reproducible():
    review = load_quiz(REVIEW)
    for chapter in review.drawn_from:
        bank = load_quiz(chapter)
        drawn = [q for q in review if any(q.id == b.id for b in bank)]
        available = sum(q.level in (Level.APPLY, Level.ANALYSE) for q in bank)
        assert sum(q.level in (Level.APPLY, Level.ANALYSE) for q in drawn) == min(2, available)
    assert [q.id for q in load_quiz(REVIEW)] == [q.id for q in review]


def test_another_seed_draws_another_review(tmp_path: Path):
    folder = tmp_path / "quizzes"
    shutil.copytree(quiz_dir(), folder)
    path = folder / f"{REVIEW}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('seed: "2026-12"', 'seed: "another term"'),
                    encoding="utf-8")
    assert [q.id for q in load_bank(path)] != [q.id for q in load_quiz(REVIEW)]


@pytest.mark.parametrize("body, message", [
    ("draw: {per_chapter: 1, seed: s}\nquestions: [{id: x}]\n", "either 'questions'"),
    ("questions: []\n", "either 'questions'"),
    ("draw: {per_chapter: 0, seed: s}\n", "per_chapter"),
])
def test_a_bank_needs_questions_or_a_draw(tmp_path: Path, body: str, message: str):
    path = tmp_path / "review.yaml"
    path.write_text(f"chapter: review\ntitle: Review\n{body}", encoding="utf-8")
    with pytest.raises(QuizError, match=message):
        load_bank(path)
