"""Predict before reveal: on no page of the built site is an answer visible before it is asked for.

The marker: every block that answers a question the page asks (a vignette's verdicts, a filled
worksheet, a criteria trace after "predict first", an exercise's model solution) is a MyST
dropdown with ``:class-container: nmo-answer``, which sphinx-design renders as a native
``<details class="... nmo-answer">``: closed by default, opened by its ``<summary>`` with the
mouse, Enter or Space, and announced as a disclosure by screen readers. The quiz widget keeps its
answers in the page's script and shows one only after a try (``.nmo-quiz-revealed``, behind a
button with ``aria-expanded``). This test loads every page in Chromium and checks, before any
interaction, that each marked block is closed and its content invisible, that no quiz feedback
or answer shows, and that the summary opens the block from the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.site_scan import site_pages

pytestmark = pytest.mark.browser

ANSWER = ".nmo-answer"
# Pages that ask the reader to commit before seeing an answer, and so must hold marked blocks.
MUST_HOLD_ANSWERS = (
    "book/reading/appraising-case-series.html",
    "book/differential/criteria-as-code.html",
    "book/practice/synthetic-vignettes.html",
    "book/practice/new-abstracts.html",
    "book/practice/quizzes-and-exercises.html",  # the self-study edition's model solutions
)

STATE = """() => [...document.querySelectorAll('.nmo-answer')].map((el) => {
  const body = [...el.children].filter((child) => child.tagName !== 'SUMMARY');
  return {
    tag: el.tagName,
    open: el.hasAttribute('open'),
    summary: el.querySelector(':scope > summary') ? el.querySelector(':scope > summary').textContent.trim() : '',
    bodyVisible: body.some((child) => child.checkVisibility()),
    text: el.textContent.trim().slice(0, 80),
  };
})"""

QUIZ_STATE = """() => ({
  feedback: [...document.querySelectorAll('.nmo-quiz-feedback')].filter((f) => f.textContent.trim()).length,
  revealed: [...document.querySelectorAll('.nmo-quiz-revealed')].filter((r) => r.checkVisibility()).length,
  buttons: [...document.querySelectorAll('.nmo-quiz-reveal')].filter((b) => b.checkVisibility()).length,
})"""


@pytest.fixture(scope="module")
def page(chromium_browser: Any, site_url: str) -> Iterator[Any]:
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(lambda url: not url.startswith(site_url), lambda route: route.abort())
    tab = context.new_page()
    yield tab
    context.close()


def shown_answers(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The marked blocks that are not a closed, labelled disclosure with its content hidden."""
    return [b for b in blocks
            if b["tag"] != "DETAILS" or b["open"] or b["bodyVisible"] or not b["summary"]]


def test_the_check_catches_an_open_or_unhidden_answer(page):
    page.set_content(
        "<!doctype html><html lang='en'><body>"
        "<details class='nmo-answer'><summary>Show</summary><p>closed answer</p></details>"
        "<details class='nmo-answer' open><summary>Show</summary><p>open answer</p></details>"
        "<div class='nmo-answer'><p>an answer in plain sight</p></div>"
        "</body></html>")
    flagged = [b["text"] for b in shown_answers(page.evaluate(STATE))]
    assert flagged == ["Showopen answer", "an answer in plain sight"]


def _pages(built_book: Any) -> list[str]:
    return site_pages(built_book.html)


def test_no_answer_is_visible_before_its_question_on_any_page(page, site_url, built_book):
    problems: list[str] = []
    held: dict[str, int] = {}
    for relative in _pages(built_book):
        page.goto(f"{site_url}/{relative}", wait_until="load")
        page.wait_for_timeout(50)  # the quiz widget initialises on DOMContentLoaded or at once
        blocks = page.evaluate(STATE)
        held[relative] = len(blocks)
        problems += [f"{relative}: answer shown or not a closed disclosure: {b}" for b in shown_answers(blocks)]
        quiz = page.evaluate(QUIZ_STATE)
        if any(quiz.values()):
            problems.append(f"{relative}: quiz feedback or answers visible before any try: {quiz}")
    assert problems == []
    missing = [p for p in MUST_HOLD_ANSWERS if held.get(p, 0) == 0]
    assert missing == [], f"pages that ask first but hide no answer: {missing}"


@pytest.mark.parametrize("relative", MUST_HOLD_ANSWERS)
def test_each_answer_opens_from_the_keyboard_and_shows_its_content(page, site_url, relative):
    page.goto(f"{site_url}/{relative}", wait_until="load")
    blocks = page.locator(f"details{ANSWER}")
    assert blocks.count() > 0
    for i in range(blocks.count()):
        block = blocks.nth(i)
        summary = block.locator(":scope > summary")
        summary.focus()
        assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")
        assert block.get_attribute("open") is not None, f"{relative} #{i}: Enter did not open it"
        shown = block.evaluate("el => [...el.children].filter((c) => c.tagName !== 'SUMMARY')"
                               ".some((c) => c.checkVisibility())")
        assert shown, f"{relative} #{i}: opened, but its content is still hidden"
        assert block.inner_text().strip() != summary.inner_text().strip()
        page.keyboard.press("Enter")  # and closes again
        assert block.get_attribute("open") is None
