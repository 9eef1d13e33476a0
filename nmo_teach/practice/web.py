"""A skill's pool of practice cases as one accessible, offline HTML widget.

The page carries the whole pool (at least 200 variants), so it works with no server. Two things
keep it small and honest:

* **Compact**: every text (fact lines, trace lines, reasons, figures) is stored once in a string
  table and cases refer to it by number, and the JSON is gzip-compressed (the browser's own
  ``DecompressionStream`` unpacks it). The drawn figures of 200 cases differ little from each
  other, so they compress to a few kilobytes.
* **Nothing answered before the student commits**: compressed and base64-encoded, the pool, keys
  included, is in neither the visible page nor a text search of the site; the script puts a
  case's key, deciding item and trace into the page only after the student checks an answer.
  Obscured, not secret: this is practice, not an exam.

The script is ``nmo_teach/static/nmo-practice.js``; feedback is assembled from parts the engine
produced, so the page says exactly what ``PracticeCase.feedback`` says.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from typing import Any

from nmo_teach.criteria import Status
from nmo_teach.practice.case import SYNTHETIC_NOTE, PracticeCase
from nmo_teach.practice.draw import pool
from nmo_teach.practice.skills import get_skill

POOL_SIZE = 200
ASSETS = ("nmo-practice.css", "nmo-practice.js")
MARKER = 'class="nmo-practice"'


class _Strings:
    """A string table: each distinct text once, referred to by its index."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        if text not in self.index:
            self.index[text] = len(self.texts)
            self.texts.append(text)
        return self.index[text]


def _case_entry(case: PracticeCase, s: _Strings) -> dict[str, Any]:
    item, verdict = case.deciding_item, case.verdict
    return {
        "n": case.seed,
        "q": s(case.question),
        "f": [[s(heading), [s(line) for line in lines]] for heading, lines in case.facts],
        "k": list(Status).index(case.key),
        "o": s(verdict.outcome),
        "d": [s(item.name), s("clinical judgement" if item.needs_judgement else item.status.words), s(item.reason)],
        "v": [s(case.decision.lever), s(case.lever_value), s(case.twin_value), s(case.twin_verdict.outcome),
              s(case.decision.teaches)],
        "t": [s(line) for line in verdict.explain().splitlines()[1:]],
        "g": [[s(figure.svg), s(figure.alt)] for figure in case.figures],
    }


def pool_payload(skill: str, cases: list[PracticeCase]) -> dict[str, Any]:
    """The compact JSON the script reads: a string table and the cases that refer to it."""
    strings = _Strings()
    entries = [_case_entry(case, strings) for case in cases]
    return {"skill": skill, "note": SYNTHETIC_NOTE, "s": strings.texts, "cases": entries}


def encode_pool(payload: dict[str, Any]) -> str:
    """JSON -> UTF-8 -> gzip (no timestamp, so builds are reproducible) -> base64."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(data, mtime=0)).decode("ascii")


def decode_pool(text: str) -> dict[str, Any]:
    """The inverse of :func:`encode_pool` (the tests read pages back with it)."""
    return json.loads(gzip.decompress(base64.b64decode(text)).decode("utf-8"))


def practice_html(skill: str, size: int = POOL_SIZE, seed: int = 0) -> str:
    """The widget for one skill with a pool of ``size`` distinct cases drawn from ``seed``."""
    chosen = get_skill(skill)
    cases = pool(skill, size, seed)
    base = f"nmop-{skill}"
    options = "".join(
        f'<div class="nmo-practice-option"><input type="radio" id="{base}-o{i}" name="{base}" value="{i}">'
        f'<label for="{base}-o{i}">{html.escape(status.words)}</label></div>'
        for i, status in enumerate(Status)
    )
    return (
        f'<section class="nmo-practice" id="{base}" data-skill="{skill}" data-pool="{encode_pool(pool_payload(skill, cases))}" '
        f'aria-labelledby="{base}-title">'
        f'<p class="nmo-practice-title" id="{base}-title"><strong>Practice: {html.escape(chosen.title)}</strong></p>'
        f'<p class="nmo-practice-intro">{html.escape(chosen.aim)} A pool of {len(cases)} synthetic patients, each keyed '
        f"by the criteria engine. Answer, then check: the feedback names the criterion item that decided the case. "
        f"Your answers stay in this page.</p>"
        f'<noscript><p>The practice cases need JavaScript. Without it, draw cases in a notebook with '
        f"<code>nmo_teach.practice.draw(\"{skill}\", seed)</code>.</p></noscript>"
        f'<div class="nmo-practice-case" id="{base}-case" tabindex="-1" aria-label="Practice case"></div>'
        f'<form class="nmo-practice-form" novalidate><fieldset><legend id="{base}-q">'
        f'What is the verdict?</legend>{options}</fieldset>'
        f'<button type="submit" class="nmo-practice-check">Check</button> '
        f'<button type="button" class="nmo-practice-next">Next case</button></form>'
        f'<div class="nmo-practice-feedback" id="{base}-fb" role="status" aria-live="polite" aria-atomic="true"></div>'
        f'<p class="nmo-practice-score" aria-live="polite"></p>'
        f"</section>"
    )
