"""A quiz as a self-contained, accessible HTML widget for the book and for notebooks.

The widget is plain HTML form controls (fieldset and legend, labelled radio buttons, check boxes
and text boxes, ordering by labelled Move up / Move down buttons) checked by a small script,
``nmo_teach/static/nmo-quiz.js``, with nothing fetched from anywhere.

The answer key has to be in the page, since the page checks answers offline. It is a
self-check, not an exam, so the key is only *obfuscated*: the JSON is XOR-ed with a string made
from the chapter name and base64-encoded. That keeps answers out of view-source, page search and
text search of the built site, but anyone who reads the script can decode it. Exercise solutions
and hidden tests are never put in a page (they belong to ``nmo_teach.grading``).

Options of single- and multiple-choice questions are shuffled by the script with the seeded
shuffle of ``nmo_teach.quiz.shuffle`` (bank, question id, the student's order code), so neither
the first place nor the page source gives the key away, and an instructor can replay a student's
view. The bank's ``attempts`` policy decides what a wrong answer shows: in ``practice`` banks the
explanation of the choice only, with a "Show the answer" button; in ``graded`` banks the first
answer is kept, the question locks and the full feedback, answer included, is shown.
"""

from __future__ import annotations

import base64
import html
import json
import dataclasses
import random
from importlib import resources
from typing import Any

from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import (
    Feedback,
    answer_text,
    choice_feedback,
    option_detail,
    ordering_detail,
    outcome,
)
from nmo_teach.quiz.markup import to_html
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    Attempts,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    TextQuestion,
    VignetteRef,
    _Question,
)

KEY_SALT = "nmo-teach:"
DETAILS_SLOT = "@@DETAILS@@"
COUNT_SLOT = "@@COUNT@@"
ASSETS = ("nmo-quiz.css", "nmo-quiz.js")


def asset_text(name: str) -> str:
    """The text of one of the widget's static files, shipped inside the package."""
    return resources.files("nmo_teach").joinpath("static", name).read_text(encoding="utf-8")


def encode_key(payload: Any, chapter: str) -> str:
    """JSON -> UTF-8 -> XOR with the chapter salt -> base64; ``nmo-quiz.js`` reverses it."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    salt = (KEY_SALT + chapter).encode("utf-8")
    mixed = bytes(byte ^ salt[i % len(salt)] for i, byte in enumerate(data))
    return base64.b64encode(mixed).decode("ascii")


def decode_key(text: str, chapter: str) -> Any:
    """The inverse of :func:`encode_key` (tests use it to compare the page with ``Quiz.check``)."""
    mixed = base64.b64decode(text)
    salt = (KEY_SALT + chapter).encode("utf-8")
    data = bytes(byte ^ salt[i % len(salt)] for i, byte in enumerate(mixed))
    return json.loads(data.decode("utf-8"))


def feedback_html(feedback: Feedback, reveal: bool = True) -> str:
    """One Feedback as HTML; the same layout whatever the question type.

    With ``reveal=False`` (a wrong try in a practice bank) the right answer and the engine's
    reasons are left out: they go to :func:`answer_html`, behind the "Show the answer" button.
    """
    state = "right" if feedback.correct else "wrong"
    parts = [f'<p class="nmo-quiz-verdict nmo-quiz-{state}"><strong>{feedback.verdict}</strong></p>']
    if feedback.message:
        parts.append(f"<p>{to_html(feedback.message)}</p>")
    if feedback.details and (reveal or feedback.correct or DETAILS_SLOT in feedback.details):
        items = "".join(
            f"<li>{DETAILS_SLOT}</li>" if d == DETAILS_SLOT else f"<li>{to_html(d)}</li>"
            for d in feedback.details
        )
        parts.append(f"<ul>{items}</ul>")
    if reveal and feedback.answer and not feedback.correct:
        parts.append(f'<p class="nmo-quiz-answer">Answer: {to_html(feedback.answer)}</p>')
    parts.append(f'<p class="nmo-quiz-source">Source: {html.escape(feedback.citation)}</p>')
    return "".join(parts)


def answer_html(question: _Question) -> str:
    """What "Show the answer" reveals in a practice bank: the answer, and for a case the reasons."""
    answer = answer_text(question)
    parts = [f'<p class="nmo-quiz-answer">Answer: {to_html(answer)}</p>'] if answer else []
    if isinstance(question, ClassifyQuestion) and question.explanation:
        parts.append("<ul>" + "".join(f"<li>{to_html(d)}</li>" for d in question.explanation) + "</ul>")
    return "".join(parts)


def display_order(question: OrderingQuestion) -> list[int]:
    """A fixed shuffle of the items (never the right order), the same on every build."""
    order = list(range(len(question.items)))
    rng = random.Random(question.id)
    while order == sorted(order):
        rng.shuffle(order)
    return order


def key_entry(question: _Question, attempts: Attempts = Attempts.PRACTICE) -> dict[str, Any]:
    """What the page's script needs to check one question, built from the Python checker."""
    reveal = attempts is Attempts.GRADED
    entry = _key_entry(question, reveal)
    entry["ans"] = answer_html(question)
    return entry


def _key_entry(question: _Question, reveal: bool) -> dict[str, Any]:
    if isinstance(question, (SingleQuestion, ClassifyQuestion)):
        count = len(question.options) if isinstance(question, SingleQuestion) else len(STATUS_LABELS)
        feedbacks = [choice_feedback(question, i) for i in range(count)]
        return {"k": "choice", "fb": [feedback_html(f, reveal) for f in feedbacks],
                "ok": [f.correct for f in feedbacks]}
    if isinstance(question, MultipleQuestion):
        shells = [
            feedback_html(Feedback(question_id=question.id, correct=right, details=(DETAILS_SLOT,),
                                   answer=None if right else answer_text(question),
                                   reference=question.reference), reveal)
            for right in (False, True)
        ]
        details = [[f"<li>{to_html(option_detail(question, i, chosen))}</li>" for chosen in (False, True)]
                   for i in range(len(question.options))]
        return {"k": "multi", "c": list(question.correct_indices), "det": details,
                "fb": [s.replace(f"<li>{DETAILS_SLOT}</li>", DETAILS_SLOT) for s in shells]}
    if isinstance(question, NumericQuestion):
        slack = question.tolerance + 1e-9 * max(1.0, abs(question.value))
        return {"k": "num", "v": question.value, "tol": slack, "unit": question.unit,
                "fb": [feedback_html(outcome(question, r), reveal) for r in (False, True)]}
    if isinstance(question, TextQuestion):
        return {"k": "text", "p": question.accept,
                "fb": [feedback_html(outcome(question, r), reveal) for r in (False, True)]}
    if isinstance(question, OrderingQuestion):
        # The script puts the student's count of right places where COUNT_SLOT stands.
        wrong = outcome(question, False, [ordering_detail(COUNT_SLOT, len(question.items))])
        wrong = dataclasses.replace(wrong, details=(DETAILS_SLOT,))
        wrong_html = feedback_html(wrong, reveal).replace(
            f"<li>{DETAILS_SLOT}</li>", f"<li>{to_html(ordering_detail(COUNT_SLOT, len(question.items)))}</li>")
        return {"k": "ord", "o": display_order(question),
                "fb": [wrong_html, feedback_html(outcome(question, True), reveal)]}
    raise TypeError(f"unknown question type {type(question).__name__}")


def _controls(question: _Question, base: str) -> str:
    """The form controls of one question; ids start with ``base`` so they are unique per page."""
    if isinstance(question, (SingleQuestion, MultipleQuestion, ClassifyQuestion)):
        kind = "checkbox" if isinstance(question, MultipleQuestion) else "radio"
        texts = ([o.text for o in question.options] if not isinstance(question, ClassifyQuestion)
                 else list(STATUS_LABELS.values()))
        # The value is the option's id (its place in the bank); the script shuffles the rows.
        rows = "".join(
            f'<div class="nmo-quiz-option"><input type="{kind}" id="{base}-o{i}" name="{base}" '
            f'value="{i}"><label for="{base}-o{i}">{to_html(text)}</label></div>'
            for i, text in enumerate(texts)
        )
        hint = '<p class="nmo-quiz-hint">Choose every option that applies.</p>' if kind == "checkbox" else ""
        return hint + rows
    if isinstance(question, (NumericQuestion, TextQuestion)):
        numeric = isinstance(question, NumericQuestion)
        unit = question.unit if isinstance(question, NumericQuestion) else ""
        label = f"Your answer (a number{', in ' + html.escape(unit) if unit else ''})" if numeric else "Your answer"
        mode = ' inputmode="decimal"' if numeric else ""
        return (f'<label for="{base}-in">{label}</label> '
                f'<input type="text" id="{base}-in" name="{base}" autocomplete="off" '
                f'spellcheck="false"{mode}>')
    if isinstance(question, OrderingQuestion):
        rows = []
        for position, index in enumerate(display_order(question)):
            text = to_html(question.items[index])
            plain = html.escape(question.items[index])
            rows.append(
                f'<li data-pos="{position}"><span class="nmo-quiz-item">{text}</span> '
                f'<button type="button" data-move="-1" aria-label="Move “{plain}” up">↑</button>'
                f'<button type="button" data-move="1" aria-label="Move “{plain}” down">↓</button></li>'
            )
        return (f'<p class="nmo-quiz-hint" id="{base}-hint">Put the items in order, first at the top, '
                f'with the Move up (↑) and Move down (↓) buttons.</p>'
                f'<ol class="nmo-quiz-order" aria-describedby="{base}-hint">{"".join(rows)}</ol>'
                f'<p class="nmo-quiz-sr" aria-live="polite" data-role="moves"></p>')
    raise TypeError(f"unknown question type {type(question).__name__}")


def _patient(question: ClassifyQuestion) -> str:
    from nmo_teach.quiz import criteria_adapter  # the engine and matplotlib load only for classify questions

    story = "".join(f"<p>{html.escape(v)}</p>" for k, v in question.patient_summary if k == "narrative")
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>"
                   for k, v in question.patient_summary if k != "narrative")
    record = question.patient.model_dump() if isinstance(question.patient, VignetteRef) else question.patient
    figures = criteria_adapter.patient_figures_html(record)
    return (f'<div class="nmo-quiz-patient"><p><strong>{html.escape(question.patient_label)}'
            f"</strong> (synthetic, not a real patient; facts not listed are unknown)</p>"
            f"{story}<dl>{rows}</dl>{figures}</div>")


def question_html(quiz: Quiz, number: int, question: _Question) -> str:
    base = f"nmoq-{quiz.chapter}-{question.id}"
    level = question.level.value
    patient = _patient(question) if isinstance(question, ClassifyQuestion) else ""
    shuffle = " data-shuffle" if isinstance(question, (SingleQuestion, MultipleQuestion)) else ""
    return (
        f'<form class="nmo-quiz-q" id="{base}" data-qid="{question.id}"{shuffle} novalidate>'
        f'<fieldset><legend><span class="nmo-quiz-num">Question {number} of {len(quiz)}'
        f' <span class="nmo-quiz-level">({level})</span></span> {to_html(question.prompt)}</legend>'
        f"{patient}{_controls(question, base)}</fieldset>"
        f'<button type="submit" class="nmo-quiz-check">Check</button>'
        f'<div class="nmo-quiz-feedback" id="{base}-fb" role="status" aria-live="polite" '
        f'aria-atomic="true"></div>'
        f'<button type="button" class="nmo-quiz-reveal" aria-expanded="false" '
        f'aria-controls="{base}-ans" hidden>Show the answer</button>'
        f'<div class="nmo-quiz-revealed" id="{base}-ans" hidden></div></form>'
    )


INTRO = {
    Attempts.PRACTICE: ("A self-check: your answers are checked in this page and sent nowhere. A "
                        "wrong try is explained; try again, or ask to see the answer."),
    Attempts.GRADED: ("Your first answer counts: each question locks once checked, and this "
                      "browser keeps your first answers. They are checked in this page and sent "
                      "nowhere."),
}


def quiz_html(quiz: Quiz, inline_assets: bool = False, code: str | None = None) -> str:
    """The whole quiz; with ``inline_assets`` it carries its own CSS and script (for notebooks).

    ``code`` pins the order code (and so the option order); without it the page uses the
    browser's own code, or ``?quiz-seed=CODE`` from the address.
    """
    key = encode_key([key_entry(q, quiz.attempts) for q in quiz], quiz.chapter)
    title_id = f"nmoq-{quiz.chapter}-title"
    body = "".join(question_html(quiz, n, q) for n, q in enumerate(quiz, start=1))
    pinned = f' data-seed="{html.escape(code)}"' if code else ""
    widget = (
        f'<section class="nmo-quiz" data-chapter="{quiz.chapter}" data-key="{key}" '
        f'data-attempts="{quiz.attempts.value}"{pinned} aria-labelledby="{title_id}">'
        f'<p class="nmo-quiz-title" id="{title_id}"><strong>{to_html(quiz.title)}</strong></p>'
        f'<p class="nmo-quiz-intro">{INTRO[quiz.attempts]} Each answer gets an explanation '
        f"and its source.</p>"
        f'<p class="nmo-quiz-hint nmo-quiz-code">Option order code: <span data-role="code">'
        f"(set by the page script)</span>. The options are shuffled for you; "
        f"<code>nmo-teach quiz {quiz.chapter} --seed CODE</code> shows the same order.</p>"
        f'<noscript><p>Checking answers needs JavaScript. Without it, run '
        f"<code>nmo-teach quiz {quiz.chapter}</code> in a terminal.</p></noscript>"
        f"{body}"
        f'<p class="nmo-quiz-score" data-total="{len(quiz)}"></p></section>'
    )
    if not inline_assets:
        return widget
    return f"<style>{asset_text('nmo-quiz.css')}</style>{widget}<script>{asset_text('nmo-quiz.js')}</script>"
