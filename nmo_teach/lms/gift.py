"""GIFT, Moodle's plain-text question format, for instructors who edit banks by hand.

Each question is ``::id::[html]stem{answers####general feedback}``; ``=`` marks a right answer,
``~`` a wrong one, ``#`` its feedback, ``~%-50%`` a weighted one; ``{#value:tolerance}`` a number;
``{=a -> b}`` a matching. The characters ``~ = # { } :`` and the backslash are escaped in text.

What GIFT cannot carry is said in a ``//`` comment before the question (``LOSSES``): ordering
items come as matching (GIFT has no ordering) and lose their feedback (GIFT matching has none),
and a numeric question's feedback for a wrong answer has no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nmo_teach.lms.items import ExportItem
from nmo_teach.lms.moodle import category, fraction
from nmo_teach.lms.xmltext import general_html, paragraphs, stem_html
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import format_number as number
from nmo_teach.quiz.markup import to_html

_SPECIAL = re.compile(r"([\\~=#{}:])")
LOSSES = {
    "numeric": "GIFT gives a numeric answer feedback only when it matches: the feedback for a "
               "wrong answer is left out",
    "matching": "GIFT matching has no feedback: the feedback for right and wrong answers is left out",
}


def escape(text: str) -> str:
    """Text with GIFT's control characters escaped by a backslash (newlines folded)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def document(banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> str:
    """Every bank in one GIFT file, a ``$CATEGORY`` line before each."""
    lines = ["// nmo-teach quiz banks in GIFT (Moodle: Question bank > Import > GIFT format).",
             "// Answers are computed by the package, not typed.", ""]
    for quiz, items in banks:
        lines += [f"$CATEGORY: {category(quiz.title)}", ""]
        for item in items:
            notes = [*item.notes, *([LOSSES[item.kind]] if item.kind in LOSSES else [])]
            lines += [f"// {note}" for note in notes]
            lines += [question(item), ""]
    return "\n".join(lines)


def question(item: ExportItem) -> str:
    """One question in GIFT."""
    head = f"::{escape(item.ident)}::[html]{escape(stem_html(item))}"
    general = f"####{escape(general_html(item))}"
    return f"{head}{{\n{_answers(item)}\n{general}\n}}"


def _feedback(text: str) -> str:
    return f"#{escape(paragraphs([text]))}" if text else ""


def _answers(item: ExportItem) -> str:
    if item.kind in ("single", "multiple"):
        right = len(item.correct_choices)
        wrong = len(item.choices) - right
        lines = []
        for choice in item.choices:
            text = escape(to_html(choice.text)) + _feedback(choice.feedback)
            if item.kind == "single":
                lines.append(("=" if choice.correct else "~") + text)
            elif choice.correct:
                lines.append(f"~%{fraction(100 / right)}%{text}")
            else:
                lines.append(f"~%-{fraction(100 / wrong)}%{text}")
        return "\n".join(lines)
    if item.kind == "numeric":
        assert item.value is not None
        return f"#{number(item.value)}:{number(item.tolerance)}{_feedback(item.correct_feedback)}"
    if item.kind == "text":
        accepted = [f"={escape(text)}{_feedback(item.correct_feedback)}" for text in item.accepted]
        return "\n".join([*accepted, f"=%0%*{_feedback(item.incorrect_feedback)}"])
    return "\n".join(f"={escape(to_html(pair.left))} -> {escape(pair.right)}" for pair in item.pairs)
