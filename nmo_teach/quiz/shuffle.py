"""The seeded option shuffle shared by every renderer, so an instructor can replay a student's view.

A student's view of a choice question is fixed by three things: the bank (its chapter stem), the
question id and the student's *order code*, a short string the widget shows under the quiz title
(the page draws one per browser and keeps it; ``?quiz-seed=CODE`` in the address pins it). The
same three always give the same order, in the browser (``nmo_teach/static/nmo-quiz.js``), in a
notebook (the same widget) and in the terminal (``nmo-teach quiz CHAPTER --seed CODE``), so
``nmo-teach quiz CHAPTER --seed CODE`` prints exactly what that student saw.

The browser cannot run Python and Python has no JavaScript PRNG, so both sides carry the same two
tiny, well-known functions: FNV-1a (32-bit) to hash the three strings into a seed and mulberry32
to draw from it, feeding a Fisher-Yates shuffle. ``tests/browser/test_quiz_widget.py`` checks that
the page and :func:`option_order` agree. Options keep their ids (their index in the YAML), so
checking an answer never depends on the order it was shown in.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

_FNV_OFFSET = 0x811C9DC5
_FNV_PRIME = 0x01000193
_MASK = 0xFFFFFFFF


def fnv1a(text: str) -> int:
    """The 32-bit FNV-1a hash of ``text``'s UTF-8 bytes."""
    value = _FNV_OFFSET
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * _FNV_PRIME) & _MASK
    return value


def mulberry32(seed: int) -> Iterator[float]:
    """Uniform draws in [0, 1) from a 32-bit seed, bit for bit as ``nmo-quiz.js`` draws them."""
    state = seed & _MASK
    while True:
        state = (state + 0x6D2B79F5) & _MASK
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & _MASK
        t = (t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & _MASK)) & _MASK)) & _MASK
        yield ((t ^ (t >> 14)) & _MASK) / 4294967296


def option_order(chapter: str, question_id: str, code: str, count: int) -> list[int]:
    """The option ids in the order a student with order code ``code`` sees them."""
    draws = mulberry32(fnv1a(f"{chapter}|{question_id}|{code}"))
    order = list(range(count))
    for i in range(count - 1, 0, -1):
        j = int(next(draws) * (i + 1))
        order[i], order[j] = order[j], order[i]
    return order


def new_code() -> str:
    """A fresh six-digit order code (the browser draws its codes the same way)."""
    return f"{secrets.randbelow(900000) + 100000}"
