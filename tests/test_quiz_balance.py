"""No bank can be scored by position or length cues, and enough items go beyond recall.

Each test prints its statistic (run with ``-s`` to see them) and fails when a cue points at the
key significantly more often, or (an over-correction) less often, than chance (exact tests of each
tail, p < 0.05).
"""

from __future__ import annotations

from math import comb

import pytest

from nmo_teach.quiz import available_chapters, load_quiz
from nmo_teach.quiz.balance import (
    correct_are_longest,
    first_is_key,
    longest_is_key,
    shortest_is_key,
    upper_tail,
)
from nmo_teach.quiz.model import HIGHER_ORDER, Level, Option, SingleQuestion

ALPHA = 0.05
CODES = [str(100000 + n) for n in range(200)]  # 200 students' order codes


@pytest.fixture(scope="module")
def banks():
    quizzes = [load_quiz(chapter) for chapter in available_chapters()]
    # a cumulative review repeats questions of the other banks: count each question once
    return [(quiz.chapter, list(quiz)) for quiz in quizzes if not quiz.drawn_from]


def _all(banks):
    return [q for _, questions in banks for q in questions]


def test_upper_tail_matches_the_binomial_when_chances_are_equal():
    n, p = 12, 0.25
    for hits in (0, 3, 7, 12):
        exact = sum(comb(n, j) * p**j * (1 - p) ** (n - j) for j in range(hits, n + 1))
        assert upper_tail([p] * n, hits) == pytest.approx(exact)
    assert upper_tail([1.0, 0.0], 2) == 0.0 and upper_tail([0.5], 0) == 1.0


def test_a_bank_with_the_key_always_longest_is_caught():
    options = [Option(text="a longer correct answer", correct=True, feedback="yes"),
               Option(text="short", correct=False, feedback="no"),
               Option(text="tiny", correct=False, feedback="no")]
    cued = [SingleQuestion(id=f"q{i}", level="recall", type="single", prompt="?", reference="x",
                           options=options) for i in range(10)]
    assert longest_is_key(cued).p_value < ALPHA
    assert shortest_is_key(cued).p_value == 1.0 and shortest_is_key(cued).p_below < ALPHA


@pytest.mark.parametrize("cue", [longest_is_key, shortest_is_key, correct_are_longest])
def test_option_length_does_not_give_the_key_away(banks, cue):
    result = cue(_all(banks))
    print(result)
    assert result.trials > 0
    assert result.p_value >= ALPHA, f"{result}: rewrite options so that length is no cue"
    assert result.p_below >= ALPHA, f"{result}: over-corrected, the key now avoids this length"


def test_shown_position_does_not_give_the_key_away(banks):
    result = first_is_key(banks, CODES)
    print(result)
    assert result.p_value >= ALPHA and result.p_below >= ALPHA, str(result)
    # and the shuffle really moves keys about: every single-choice key is first for some codes
    # and not first for others
    for chapter, questions in banks:
        for q in questions:
            if isinstance(q, SingleQuestion):
                placed = {first_is_key([(chapter, [q])], [c]).hits for c in CODES[:40]}
                assert placed == {0, 1}, f"{chapter} {q.id}: the key never moves"


def test_at_least_forty_percent_of_items_apply_or_analyse(banks):
    questions = _all(banks)
    higher = sum(q.level in HIGHER_ORDER for q in questions)
    share = higher / len(questions)
    counts = {level.value: sum(q.level is level for q in questions) for level in Level}
    print(f"levels: {counts}; apply or analyse: {higher} of {len(questions)} ({share:.0%})")
    assert share >= 0.40
