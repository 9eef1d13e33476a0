"""The quiz widget in the built site, driven in Chromium as a student would use it.

Feedback shown in the page is compared with ``Quiz.check`` for the same answer, so the page's
script and the Python checker cannot drift apart unnoticed; the shown option order is compared
with ``nmo_teach.quiz.shuffle.option_order``, so ``nmo-teach quiz --seed`` replays the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nmo_teach.quiz import Feedback, available_chapters, load_quiz
from nmo_teach.quiz.markup import to_plain
from nmo_teach.quiz.model import (
    Attempts,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
)
from nmo_teach.quiz.shuffle import option_order
from nmo_teach.quiz.web import display_order
from tests.browser.axe_core import AXE_PATH

pytestmark = pytest.mark.browser

CHAPTER = "structured-abstract"
BOOK = Path(__file__).resolve().parents[2] / "book"


def page_of(chapter: str) -> str:
    """The built page of a chapter stem: book/<part>/<stem>.html."""
    (source,) = BOOK.glob(f"*/{chapter}.md")
    return f"book/{source.parent.name}/{chapter}.html"


class QuizPage:
    """One loaded page, with every console error and every request it made recorded."""

    def __init__(self, page: Any, base_url: str, chapter: str = CHAPTER) -> None:
        self.page = page
        self.base_url = base_url
        self.chapter = chapter
        self.errors: list[str] = []
        self.off_origin: list[str] = []

    def form(self, question_id: str) -> Any:
        return self.page.locator(f"#nmoq-{self.chapter}-{question_id}")

    def feedback_text(self, question_id: str) -> str:
        return " ".join(self.form(question_id).locator(".nmo-quiz-feedback").inner_text().split())


def open_quiz_page(
    browser: Any, site_url: str, chapter: str, width: int = 1280
) -> tuple[Any, QuizPage]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    wrapper = QuizPage(page, site_url, chapter)
    page.on("console", lambda m: wrapper.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: wrapper.errors.append(f"uncaught: {error}"))

    def block(route: Any) -> None:
        wrapper.off_origin.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(site_url), block)
    page.goto(f"{site_url}/{page_of(chapter)}", wait_until="load")
    page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
    return context, wrapper


@pytest.fixture
def quiz_page(chromium_browser: Any, site_url: str) -> Iterator[QuizPage]:
    context, wrapper = open_quiz_page(chromium_browser, site_url, CHAPTER)
    yield wrapper
    context.close()


def expected_text(feedback: Feedback, reveal: bool = True, question: Any = None, chosen: Any = None) -> str:
    """What the page should show for ``feedback``: the same parts, in the same order.

    ``reveal=False`` is a wrong try in a practice bank: no answer, no engine reasons for a case,
    and for a multiple-choice question only the lines about the options the student ``chosen``.
    """
    details = list(feedback.details)
    if not reveal and not feedback.correct:
        if isinstance(question, MultipleQuestion):
            details = [d for i, d in enumerate(details) if i in chosen]
        elif isinstance(question, ClassifyQuestion):
            details = []
    parts = [feedback.verdict, to_plain(feedback.message), *(to_plain(d) for d in details)]
    if reveal and feedback.answer and not feedback.correct:
        parts.append(f"Answer: {to_plain(feedback.answer)}")
    parts.append(f"Source: {feedback.citation}")
    return " ".join(" ".join(part.split()) for part in parts if part)


def answer_in_page(quiz_page: QuizPage, question: Any, right: bool) -> object:
    """Fill the question's controls with a right or wrong answer; return the Python response."""
    form = quiz_page.form(question.id)
    if isinstance(question, (SingleQuestion, ClassifyQuestion)):
        if isinstance(question, ClassifyQuestion):
            statuses = list(Status)
            index = statuses.index(question.status)
            index = index if right else (index + 1) % len(statuses)
            response: object = statuses[index].value
        else:
            index = next(i for i, o in enumerate(question.options) if o.correct == right)
            response = index
        form.locator(f"input[value='{index}']").check()
        return response
    if isinstance(question, MultipleQuestion):
        chosen = [i for i, o in enumerate(question.options) if o.correct == right]
        for i in range(len(question.options)):
            form.locator(f"input[value='{i}']").set_checked(i in chosen)
        return chosen
    if isinstance(question, NumericQuestion):
        value = question.value if right else question.value + question.tolerance + 1
        form.locator("input").fill(repr(value))
        return value
    if isinstance(question, TextQuestion):
        text = question.answer if right else "certainly not this"
        form.locator("input").fill(text)
        return text
    if isinstance(question, OrderingQuestion):
        target = list(question.items) if right else list(question.items)[::-1]
        for goal, item in enumerate(target):  # move each item up to its place, first item first
            while True:
                texts = form.locator(".nmo-quiz-item").all_inner_texts()
                position = texts.index(item)
                if position == goal:
                    break
                form.locator("li").nth(position).locator("button[data-move='-1']").click()
        return target
    raise TypeError(question)


def practice_chapters() -> list[str]:
    return [c for c in available_chapters() if load_quiz(c).attempts is Attempts.PRACTICE]


def graded_chapters() -> list[str]:
    return [c for c in available_chapters() if load_quiz(c).attempts is Attempts.GRADED]


@pytest.mark.parametrize("chapter", practice_chapters())
def test_every_question_gives_the_checkers_feedback_right_and_wrong(chromium_browser, site_url, chapter):
    context, quiz_page = open_quiz_page(chromium_browser, site_url, chapter)
    quiz = load_quiz(chapter)
    for right in (True, False):
        answered = 0
        for question in quiz:
            if isinstance(question, TextQuestion) and not question.answer and right:
                continue  # no model answer to type; its wrong answer is still checked below
            answered += 1
            response = answer_in_page(quiz_page, question, right)
            quiz_page.form(question.id).locator("button.nmo-quiz-check").click()
            feedback = quiz.check(question.id, response)
            assert feedback.correct is right, question.id
            assert quiz_page.feedback_text(question.id) == expected_text(feedback, False, question, response), question.id
            state = quiz_page.form(question.id).get_attribute("data-state")
            assert state == ("right" if right else "wrong"), question.id
            reveal = quiz_page.form(question.id).locator("button.nmo-quiz-reveal")
            assert reveal.is_visible() is (not right and bool(feedback.answer)), question.id
        if right:
            first_right = answered
        score = quiz_page.page.locator(".nmo-quiz-score").inner_text()
        assert score == (f"Answered correctly so far: {answered if right else 0} of {len(quiz)} "
                         f"(right at the first try: {first_right}).")
    assert quiz_page.errors == []
    assert quiz_page.off_origin == []
    context.close()


def test_a_wrong_practice_try_offers_the_answer_behind_a_button(quiz_page):
    quiz = load_quiz(CHAPTER)
    question = next(q for q in quiz if isinstance(q, SingleQuestion))
    response = answer_in_page(quiz_page, question, right=False)
    form = quiz_page.form(question.id)
    form.locator("button.nmo-quiz-check").click()
    answer = quiz.check(question.id, response).answer
    assert answer and to_plain(answer) not in quiz_page.feedback_text(question.id)
    button = form.locator("button.nmo-quiz-reveal")
    revealed = form.locator(".nmo-quiz-revealed")
    assert button.get_attribute("aria-expanded") == "false" and not revealed.is_visible()
    assert button.get_attribute("aria-controls") == revealed.get_attribute("id")
    button.focus()
    quiz_page.page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert revealed.is_visible() and f"Answer: {to_plain(answer)}" in " ".join(revealed.inner_text().split())
    button.click()
    assert button.get_attribute("aria-expanded") == "false" and not revealed.is_visible()
    # and a second try is still allowed
    answer_in_page(quiz_page, question, right=True)
    form.locator("button.nmo-quiz-check").click()
    assert quiz_page.feedback_text(question.id).startswith("Correct.")
    assert not button.is_visible() and not revealed.is_visible()


@pytest.mark.parametrize("chapter", graded_chapters())
def test_graded_bank_keeps_and_locks_the_first_answer(chromium_browser, site_url, chapter):
    quiz = load_quiz(chapter)
    context, quiz_page = open_quiz_page(chromium_browser, site_url, chapter)
    question = next(q for q in quiz if isinstance(q, SingleQuestion))
    response = answer_in_page(quiz_page, question, right=False)
    form = quiz_page.form(question.id)
    form.locator("button.nmo-quiz-check").click()
    feedback = quiz.check(question.id, response)
    assert quiz_page.feedback_text(question.id) == expected_text(feedback)  # answer included
    assert form.get_attribute("data-locked") is not None
    assert form.locator("button.nmo-quiz-check").is_disabled()
    assert all(form.locator("input").nth(i).is_disabled() for i in range(form.locator("input").count()))
    score = quiz_page.page.locator(".nmo-quiz-score").inner_text()
    assert score == f"Score (first answers count): 0 of {len(quiz)} (1 answered)."
    quiz_page.page.reload(wait_until="load")  # the first answer survives a reload, still locked
    quiz_page.page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
    form = quiz_page.form(question.id)
    assert form.locator(f"input[value='{response}']").is_checked()
    assert form.get_attribute("data-locked") is not None
    assert quiz_page.feedback_text(question.id) == expected_text(feedback)
    assert quiz_page.errors == []
    context.close()


def shown_option_ids(quiz_page: QuizPage, question: Any) -> list[int]:
    return [int(v) for v in quiz_page.form(question.id).locator(".nmo-quiz-option input")
            .evaluate_all("inputs => inputs.map(i => i.value)")]


def test_options_are_shown_in_the_seeded_order_the_terminal_replays(chromium_browser, site_url):
    quiz = load_quiz(CHAPTER)
    choice = [q for q in quiz if isinstance(q, (SingleQuestion, MultipleQuestion))]
    context, quiz_page = open_quiz_page(chromium_browser, site_url, CHAPTER)
    code = quiz_page.page.locator("section.nmo-quiz").get_attribute("data-code")
    assert re.fullmatch(r"\d{6}", code)
    assert quiz_page.page.locator("[data-role=code]").inner_text() == code
    for question in choice:
        assert shown_option_ids(quiz_page, question) == option_order(CHAPTER, question.id, code, len(question.options))
    quiz_page.page.reload(wait_until="load")  # the browser keeps its code
    quiz_page.page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
    assert quiz_page.page.locator("section.nmo-quiz").get_attribute("data-code") == code
    orders = set()
    for pinned in ("111111", "222222", "333333"):
        quiz_page.page.goto(f"{site_url}/{page_of(CHAPTER)}?quiz-seed={pinned}", wait_until="load")
        quiz_page.page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
        for question in choice:
            shown = shown_option_ids(quiz_page, question)
            assert shown == option_order(CHAPTER, question.id, pinned, len(question.options))
            orders.add((question.id, tuple(shown)))
    assert len(orders) > len(choice)  # different codes, different orders
    assert quiz_page.errors == []
    context.close()


def test_checking_without_an_answer_asks_for_one(quiz_page):
    quiz = load_quiz(CHAPTER)
    question = next(q for q in quiz if isinstance(q, NumericQuestion))
    form = quiz_page.form(question.id)
    form.locator("input").fill("twelve")
    form.locator("button.nmo-quiz-check").click()
    assert quiz_page.feedback_text(question.id) == "Type a number first, such as 12 or 0.5."
    assert form.get_attribute("data-state") == "ask"


def test_feedback_regions_are_live_and_labelled(quiz_page):
    quiz = load_quiz(CHAPTER)
    regions = quiz_page.page.locator(".nmo-quiz-feedback")
    assert regions.count() == len(quiz)
    for i in range(regions.count()):
        region = regions.nth(i)
        assert region.get_attribute("aria-live") == "polite"
        assert region.get_attribute("role") == "status"
    quiz_page.page.add_script_tag(path=str(AXE_PATH))
    result = quiz_page.page.evaluate(
        "() => axe.run('section.nmo-quiz', {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
    )
    assert [v["id"] for v in result["violations"]] == []


def focused(quiz_page: QuizPage) -> dict[str, str]:
    return quiz_page.page.evaluate(
        "() => { const e = document.activeElement; return {id: e.id || '', tag: e.tagName,"
        " form: (e.closest('form') || {}).id || '', text: e.textContent || '',"
        " label: e.getAttribute('aria-label') || ''}; }"
    )


def tab_until(quiz_page: QuizPage, predicate: Any, limit: int = 400) -> dict[str, str]:
    for _ in range(limit):
        quiz_page.page.keyboard.press("Tab")
        element = focused(quiz_page)
        if predicate(element):
            return element
    pytest.fail("Tab never reached the expected control")


def test_keyboard_only(quiz_page):
    quiz = load_quiz(CHAPTER)
    keys = quiz_page.page.keyboard
    first = quiz.questions[0]
    assert isinstance(first, SingleQuestion)
    base = f"nmoq-{CHAPTER}-{first.id}"
    # From the top of the page, Tab reaches the first question's radio group.
    quiz_page.page.locator("body").focus()
    tab_until(quiz_page, lambda e: e["form"] == base and e["tag"] == "INPUT")
    right = first.correct_indices[0]
    shown = shown_option_ids(quiz_page, first)
    for _ in range(shown.index(right)):
        keys.press("ArrowDown")  # arrows move within a radio group (in the shown order), and select
    keys.press("Space")
    assert quiz_page.form(first.id).locator(f"#{base}-o{right}").is_checked()
    tab_until(quiz_page, lambda e: e["tag"] == "BUTTON" and e["form"] == base)
    keys.press("Enter")
    assert quiz_page.feedback_text(first.id).startswith("Correct.")

    # A text answer is submitted with Enter from the text box.
    text_question = next(q for q in quiz if isinstance(q, TextQuestion) and q.answer)
    text_base = f"nmoq-{CHAPTER}-{text_question.id}"
    tab_until(quiz_page, lambda e: e["id"] == f"{text_base}-in")
    keys.type(text_question.answer)
    keys.press("Enter")
    assert quiz_page.feedback_text(text_question.id).startswith("Correct.")

    # Ordering: the move buttons work with Space and Enter and keep the focus on the item.
    ordering = next(q for q in quiz if isinstance(q, OrderingQuestion))
    form = quiz_page.form(ordering.id)
    before = form.locator(".nmo-quiz-item").all_inner_texts()
    shown = [ordering.items[i] for i in display_order(ordering)]
    assert before == shown
    quiz_page.page.locator("body").focus()
    element = tab_until(quiz_page, lambda e: e["form"] == f"nmoq-{CHAPTER}-{ordering.id}"
                        and "down" in e["label"])
    assert shown[0] in element["label"]
    keys.press("Space")
    after = form.locator(".nmo-quiz-item").all_inner_texts()
    assert after == [shown[1], shown[0], *shown[2:]]
    assert shown[0] in focused(quiz_page)["label"]  # focus moved with the item
    live = form.locator("[data-role=moves]").inner_text()
    assert live == f"“{shown[0]}” is now at position 2 of {len(shown)}."
    keys.press("Enter")
    assert form.locator(".nmo-quiz-item").all_inner_texts()[2] == shown[0]
    assert quiz_page.errors == []


def test_assets_come_from_the_site_itself(quiz_page):
    html = quiz_page.page.content()
    assert re.search(r'<script[^>]+src="[^"]*_static/nmo-quiz\.js', html)
    assert re.search(r'<link[^>]+href="[^"]*_static/nmo-quiz\.css', html)
    assert "<script>" not in quiz_page.page.locator("section.nmo-quiz").inner_html()
    assert quiz_page.off_origin == []


def test_notebook_output_works_on_its_own(chromium_browser):
    """The HTML a notebook cell outputs carries its script: it checks answers with no site."""
    from nmo_teach.quiz import show_quiz

    quiz = load_quiz(CHAPTER)
    context = chromium_browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.set_content(f"<!doctype html><html lang='en'><body>{show_quiz(CHAPTER, inline_assets=True)}</body></html>")
    page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
    wrapper = QuizPage(page, "")
    question = next(q for q in quiz if isinstance(q, NumericQuestion))
    response = answer_in_page(wrapper, question, right=True)
    wrapper.form(question.id).locator("button.nmo-quiz-check").click()
    assert wrapper.feedback_text(question.id) == expected_text(quiz.check(question.id, response))
    assert errors == [] and requests == []
    pinned = show_quiz(CHAPTER, inline_assets=True, seed="424242")
    page.set_content(f"<!doctype html><html lang='en'><body>{pinned}</body></html>")
    page.wait_for_selector("section.nmo-quiz[data-nmo-ready]")
    choice = next(q for q in quiz if isinstance(q, SingleQuestion))
    assert shown_option_ids(wrapper, choice) == option_order(CHAPTER, choice.id, "424242", len(choice.options))
    context.close()


PHONE_WIDTH = 390


@pytest.mark.parametrize("chapter", available_chapters())
def test_nothing_in_a_quiz_sticks_out_of_a_phone_screen(chromium_browser, site_url, chapter):
    context, quiz = open_quiz_page(chromium_browser, site_url, chapter, width=PHONE_WIDTH)
    try:
        outside = quiz.page.evaluate(
            """() => [...document.querySelectorAll('section.nmo-quiz *')]
                 .filter(el => el.getClientRects().length > 0)
                 .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                 .map(el => el.tagName + ': ' + el.textContent.trim().slice(0, 40))"""
        )
    finally:
        context.close()
    assert outside == []
