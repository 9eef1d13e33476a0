"""The errata page keeps one row per finding of the December 2026 content review.

Why: instructors who taught from the earlier version rely on this page to know what changed; a
finding fixed in the book but missing here would leave them teaching the old answer.
"""

from __future__ import annotations

import re

from nmo_teach.paths import PROJECT_ROOT

ERRATA = PROJECT_ROOT / "book" / "reference" / "errata.md"
# The review's finding ids: A1-A2 (severity 1), B1-B6 (severity 2), C1-C23 (severity 3).
REVIEW_IDS = [f"A{i}" for i in range(1, 3)] + [f"B{i}" for i in range(1, 7)] + [f"C{i}" for i in range(1, 24)]


def _row_ids() -> list[str]:
    """The ids that open a row of a list-table ('* - A1')."""
    return re.findall(r"^\* - ([ABC]\d+)\s*$", ERRATA.read_text(encoding="utf-8"), flags=re.MULTILINE)


def test_every_review_finding_has_exactly_one_row() -> None:
    rows = _row_ids()
    assert sorted(rows) == sorted(REVIEW_IDS)


def test_every_row_has_four_cells() -> None:
    text = ERRATA.read_text(encoding="utf-8")
    for finding in REVIEW_IDS:
        block = re.search(rf"^\* - {finding}\s*$(.*?)(?=^\* - |^```)", text, flags=re.MULTILINE | re.DOTALL)
        assert block, finding
        cells = re.findall(r"^  - ", block.group(1), flags=re.MULTILINE)
        assert len(cells) == 3, f"{finding}: expected what was wrong, what it says now, where"


def test_the_page_is_in_the_table_of_contents() -> None:
    toc = (PROJECT_ROOT / "_toc.yml").read_text(encoding="utf-8")
    assert "book/reference/errata" in toc
