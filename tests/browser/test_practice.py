"""The practice pages in Chromium: a case answered by keyboard, checked against the engine.

The page shows which variant it drew; the test redraws that variant with ``nmo_teach.practice``
and the criteria engine and expects the page's feedback to name the same deciding item and the
engine's verdict. Nothing of the answer may be in the page before the student checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from nmo_teach.criteria import Status, evaluate
from nmo_teach.practice import SKILLS, draw
from tests.browser.axe_core import AXE_PATH

pytestmark = pytest.mark.browser

VARIANT = re.compile(r"Case (\d+) of (\d+) \(variant (\d+)\)")


class PracticePage:
    """A loaded practice page, recording console errors and requests to other origins."""

    def __init__(self, page: Any, skill: str) -> None:
        self.page, self.skill = page, skill
        self.errors: list[str] = []
        self.off_origin: list[str] = []
        self.section = page.locator(f"#nmop-{skill}")

    def variant(self) -> tuple[int, int, int]:
        heading = self.section.locator(".nmo-practice-heading").inner_text()
        match = VARIANT.search(heading)
        assert match, heading
        return int(match.group(1)), int(match.group(2)), int(match.group(3))

    def feedback(self) -> str:
        return " ".join(self.section.locator(".nmo-practice-feedback").inner_text().split())

    def focused(self) -> dict[str, str]:
        return self.page.evaluate(
            "() => { const e = document.activeElement; return {id: e.id || '', tag: e.tagName,"
            " type: e.type || '', cls: e.className || ''}; }")

    def tab_to(self, predicate: Any, limit: int = 20) -> dict[str, str]:
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            element = self.focused()
            if predicate(element):
                return element
        pytest.fail("Tab never reached the expected control")


@pytest.fixture(params=["letm", "mogad"])
def practice_page(request: pytest.FixtureRequest, chromium_browser: Any, site_url: str) -> Iterator[PracticePage]:
    skill = request.param
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    wrapper = PracticePage(page, skill)
    page.on("console", lambda m: wrapper.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: wrapper.errors.append(f"uncaught: {error}"))

    def block(route: Any) -> None:
        wrapper.off_origin.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(site_url), block)
    page.goto(f"{site_url}/book/practice/practice-{skill}.html", wait_until="load")
    page.wait_for_selector(f"#nmop-{skill}[data-nmo-ready]")
    yield wrapper
    context.close()


def answer_by_keyboard(practice: PracticePage, option: int) -> None:
    """Focus the case, Tab into the verdict radios, choose ``option`` with the arrows, Tab to Check, press Enter."""
    practice.section.locator(".nmo-practice-case").focus()
    first = practice.tab_to(lambda e: e["type"] == "radio")
    assert first["id"] == f"nmop-{practice.skill}-o0"
    practice.page.keyboard.press("Space")
    for _ in range(option):
        practice.page.keyboard.press("ArrowDown")
    assert practice.section.locator("input:checked").get_attribute("value") == str(option)
    practice.tab_to(lambda e: "nmo-practice-check" in e["cls"])
    practice.page.keyboard.press("Enter")


def test_keyboard_answer_gets_feedback_naming_the_deciding_item(practice_page: PracticePage) -> None:
    skill = practice_page.skill
    number, total, seed = practice_page.variant()
    assert number == 1 and total >= 200
    assert practice_page.feedback() == ""
    assert "Deciding item" not in practice_page.page.inner_text("body")
    assert "Synthetic patient" in practice_page.section.inner_text()

    case = draw(skill, seed)
    verdict = evaluate(case.criterion, case.patient)
    statuses = list(Status)
    answer_by_keyboard(practice_page, statuses.index(verdict.status))
    text = practice_page.feedback()
    assert text.startswith("Right.")
    assert f"The engine's verdict: {verdict.outcome}." in text
    assert f"Deciding item: {case.deciding_item.name}" in text
    assert practice_page.section.locator(".nmo-practice-check").is_disabled()

    # The next case, answered wrongly: the feedback still names its deciding item.
    practice_page.tab_to(lambda e: "nmo-practice-next" in e["cls"])
    practice_page.page.keyboard.press("Enter")
    assert practice_page.focused()["id"] == f"nmop-{skill}-case"
    assert practice_page.feedback() == ""
    number, _, seed = practice_page.variant()
    assert number == 2
    case = draw(skill, seed)
    wrong = (statuses.index(case.key) + 1) % len(statuses)
    answer_by_keyboard(practice_page, wrong)
    text = practice_page.feedback()
    assert text.startswith("Not quite")
    assert f"Deciding item: {case.deciding_item.name}" in text
    assert practice_page.section.locator(".nmo-practice-score").inner_text() == "Right so far: 1 of 2."
    assert practice_page.errors == [] and practice_page.off_origin == []


def test_practice_widget_passes_axe(practice_page: PracticePage) -> None:
    practice_page.page.add_script_tag(path=str(AXE_PATH))
    answer_by_keyboard(practice_page, 0)  # check the widget with its feedback shown, too
    result = practice_page.page.evaluate(
        "() => axe.run('section.nmo-practice', {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})")
    assert [v["id"] for v in result["violations"]] == []


def test_every_skill_has_a_page_with_its_pool(chromium_browser: Any, site_url: str) -> None:
    context = chromium_browser.new_context()
    page = context.new_page()
    for skill in SKILLS:
        page.goto(f"{site_url}/book/practice/practice-{skill}.html", wait_until="load")
        page.wait_for_selector(f"#nmop-{skill}[data-nmo-ready]")
        heading = page.locator(f"#nmop-{skill} .nmo-practice-heading").inner_text()
        assert int(VARIANT.search(heading).group(2)) >= 200
    context.close()
