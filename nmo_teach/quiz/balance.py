"""Can the key of a choice question be guessed without reading? Statistics over the banks.

A student who always picks the first option, or the longest one, should score no better than
chance. For each cue this module counts the questions where the cue points at the key and
compares the count with what chance gives, with an exact one-sided test: the questions have
different numbers of options, so under chance the count follows a Poisson-binomial law (a sum
of independent Bernoulli trials with p = 1/k for a question with k options), whose upper tail is
computed exactly by convolution. ``tests/test_quiz_balance.py`` fails when a cue is significant
in either direction: a key that is *never* the longest is as much a cue as one that always is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from math import comb

from nmo_teach.quiz.model import MultipleQuestion, SingleQuestion, _Question
from nmo_teach.quiz.shuffle import option_order


@dataclass(frozen=True)
class CueTest:
    """How often a cue points at the key, against chance."""

    cue: str
    hits: int
    trials: int
    expected: float
    p_value: float  # P(count >= hits) under chance: the cue points at the key
    p_below: float  # P(count <= hits) under chance: an over-correction points away from it

    def __str__(self) -> str:
        return (f"{self.cue}: {self.hits} of {self.trials} "
                f"({self.hits / self.trials:.0%}; chance {self.expected:.1f}, "
                f"{self.expected / self.trials:.0%}), p(as many or more) = {self.p_value:.3g}, "
                f"p(as few or fewer) = {self.p_below:.3g}")


def upper_tail(probabilities: Sequence[float], hits: int) -> float:
    """P(sum of independent Bernoulli(p_i) >= hits), exactly."""
    distribution = [1.0]
    for p in probabilities:
        grown = [0.0] * (len(distribution) + 1)
        for count, mass in enumerate(distribution):
            grown[count] += mass * (1 - p)
            grown[count + 1] += mass * p
        distribution = grown
    return min(1.0, sum(distribution[hits:]))


def _test(cue: str, outcomes: Iterable[tuple[bool, float]]) -> CueTest:
    pairs = list(outcomes)
    hits = sum(hit for hit, _ in pairs)
    chances = [p for _, p in pairs]
    return CueTest(cue=cue, hits=hits, trials=len(pairs), expected=sum(chances),
                   p_value=upper_tail(chances, hits),
                   p_below=1.0 - upper_tail(chances, hits + 1))


def _single(questions: Iterable[_Question]) -> list[SingleQuestion]:
    return [q for q in questions if isinstance(q, SingleQuestion)]


def _extreme_is_key(questions: Iterable[_Question], extreme: Callable[[list[int]], int],
                    name: str) -> CueTest:
    """Single choice: the key is the one option whose length is ``extreme`` (max or min)."""
    outcomes = []
    for q in _single(questions):
        lengths = [len(o.text) for o in q.options]
        key = lengths[q.correct_indices[0]]
        outcomes.append((key == extreme(lengths) and lengths.count(key) == 1, 1 / len(lengths)))
    return _test(name, outcomes)


def longest_is_key(questions: Iterable[_Question]) -> CueTest:
    """Single choice: the key is the one longest option (in the bank's text)."""
    return _extreme_is_key(questions, max, "key is the longest option")


def shortest_is_key(questions: Iterable[_Question]) -> CueTest:
    """Single choice: the key is the one shortest option (a rewrite must not flip the cue)."""
    return _extreme_is_key(questions, min, "key is the shortest option")


def correct_are_longest(questions: Iterable[_Question]) -> CueTest:
    """Multiple choice: every correct option is longer than every wrong one."""
    outcomes = []
    for q in questions:
        if not isinstance(q, MultipleQuestion) or len(q.correct_indices) == len(q.options):
            continue
        right = [len(q.options[i].text) for i in q.correct_indices]
        wrong = [len(o.text) for o in q.options if not o.correct]
        outcomes.append((min(right) > max(wrong), 1 / comb(len(q.options), len(right))))
    return _test("correct options are the longest (multiple choice)", outcomes)


def first_is_key(banks: Iterable[tuple[str, Iterable[_Question]]], codes: Sequence[str]) -> CueTest:
    """Single and multiple choice, as rendered for each order code: a key option is shown first."""
    outcomes = []
    for chapter, questions in banks:
        for q in questions:
            if not isinstance(q, (SingleQuestion, MultipleQuestion)):
                continue
            k, keyed = len(q.options), len(q.correct_indices)
            for code in codes:
                first = option_order(chapter, q.id, code, k)[0]
                outcomes.append((q.options[first].correct, keyed / k))
    return _test("a key option is shown first", outcomes)
