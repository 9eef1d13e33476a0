"""The practice pages' pools, read back from the HTML the book embeds, against the engine.

Each skill's widget is decoded the way the page's script decodes it, and every case in it is
recomputed with ``nmo_teach.criteria``: key, deciding item and outcome. The visible page text
must hold none of them before the student answers.
"""

from __future__ import annotations

import html
import re

import pytest

from nmo_teach.criteria import Status, evaluate
from nmo_teach.practice import SKILLS, draw, twin
from nmo_teach.practice.web import POOL_SIZE, decode_pool, practice_html

POOL_ATTRIBUTE = re.compile(r' data-pool="([^"]*)"')


@pytest.fixture(scope="module", params=list(SKILLS))
def widget(request: pytest.FixtureRequest) -> tuple[str, str, dict]:
    skill = request.param
    markup = practice_html(skill)
    (encoded,) = POOL_ATTRIBUTE.findall(markup)
    return skill, markup, decode_pool(encoded)


def test_pool_in_the_page_matches_the_engine(widget: tuple[str, str, dict]) -> None:
    skill, _, payload = widget
    strings, cases = payload["s"], payload["cases"]
    assert len(cases) >= POOL_SIZE
    assert len({entry["n"] for entry in cases}) == len(cases)
    for entry in cases:
        case = draw(skill, entry["n"])
        verdict = evaluate(case.criterion, case.patient)
        assert list(Status)[entry["k"]] is verdict.status
        assert strings[entry["o"]] == verdict.outcome
        assert strings[entry["d"][0]] == case.deciding_item.name
        assert strings[entry["v"][3]] == evaluate(case.criterion, twin(case).patient).outcome
        assert strings[entry["f"][0][0]] == "Patient (synthetic)"
        assert [strings[i] for i in entry["t"]] == verdict.explain().splitlines()[1:]


def test_nothing_answers_the_case_before_the_student_checks(widget: tuple[str, str, dict]) -> None:
    """Without the encoded pool, the markup holds no key, deciding item, reason or trace line."""
    _, markup, payload = widget
    visible = html.unescape(POOL_ATTRIBUTE.sub("", markup))
    strings = payload["s"]
    for entry in payload["cases"][:50]:
        for index in (entry["d"][0], entry["d"][2], *entry["t"]):
            assert strings[index] not in visible
    assert "Deciding item" not in markup and "Deciding item" not in visible


def test_widget_is_accessible_markup(widget: tuple[str, str, dict]) -> None:
    skill, markup, _ = widget
    assert markup.count('type="radio"') == len(Status)
    assert all(f'for="nmop-{skill}-o{i}"' in markup for i in range(len(Status)))
    assert '<fieldset><legend' in markup and 'type="submit"' in markup
    assert 'role="status" aria-live="polite"' in markup
    assert "http://" not in markup and "https://" not in markup


def test_widget_stays_small(widget: tuple[str, str, dict]) -> None:
    """200 cases with their figures fit in well under 100 KB of page markup."""
    _, markup, payload = widget
    assert len(markup.encode()) < 100 * 1024
    assert any(entry["g"] for entry in payload["cases"])  # the drawn figures are there
