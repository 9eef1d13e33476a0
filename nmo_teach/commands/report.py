"""``nmo-teach report GRADEBOOK``: item analysis of a graded class, as HTML and CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from nmo_teach.commands.output import check_output, write_output
from nmo_teach.errors import NmoTeachError
from nmo_teach.item_analysis.report import csv_text, page
from nmo_teach.item_analysis.scores import assignments, load_results
from nmo_teach.item_analysis.statistics import analyse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="item analysis of a gradebook: which tests failed the class, which misbehave",
        description=(
            "Read a gradebook written by 'nmo-teach grade' and report, per assignment and per "
            "test: difficulty (share passing), discrimination (point-biserial with the item "
            "left out of the total, and the upper-lower 27% index), the score distribution, "
            "KR-20 and Cronbach's alpha, and the items that behave badly, with why. Writes a "
            "self-contained HTML page and a CSV."
        ),
    )
    parser.add_argument("gradebook", type=Path, help="SQLite gradebook")
    parser.add_argument("--assignment", action="append",
                        help="analyse only this assignment (repeatable; default: every one)")
    parser.add_argument("--html", type=Path, help="HTML report (default: <gradebook>-report.html)")
    parser.add_argument("--csv", type=Path, help="CSV of the items (default: <gradebook>-items.csv)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    stem = args.gradebook.with_suffix("")
    html_path = args.html or Path(f"{stem}-report.html")
    csv_path = args.csv or Path(f"{stem}-items.csv")
    check_output(html_path, "--html")
    check_output(csv_path, "--csv")
    names = args.assignment or assignments(args.gradebook)
    if not names:
        raise NmoTeachError(f"{args.gradebook}: the gradebook holds no grades yet")
    analyses = [analyse(load_results(args.gradebook, name)) for name in names]
    write_output(html_path, page(analyses, args.gradebook.name).encode("utf-8"), "--html")
    write_output(csv_path, csv_text(analyses).encode("utf-8"), "--csv")
    for analysis in analyses:
        flagged = sum(1 for flags in analysis.items["flags"] if flags)
        print(f"{analysis.assignment}: {analysis.students} students, {len(analysis.items)} items, "
              f"{flagged} flagged")
    print(f"wrote {html_path} and {csv_path}")
    return 0
