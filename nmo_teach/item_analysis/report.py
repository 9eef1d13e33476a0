"""The item-analysis report: one self-contained, accessible HTML page and a CSV of the items.

The page needs nothing beside it (styles inline, the histogram an SVG data URI), so it can be
mailed or archived; it declares its language and title, gives every table a caption and header
cells with ``scope``, gives the histogram alt text, and states each flag in words, never by
colour alone. The CSV has one row per assignment and item, for a spreadsheet (cells that a
spreadsheet would run as a formula are neutralised as in the gradebook's own CSV export).
"""

from __future__ import annotations

import csv
import html
import io
import math
from collections.abc import Sequence

import pandas as pd

from nmo_teach.grading.exports import neutralise
from nmo_teach.item_analysis.plot import alt_text, data_uri, histogram_svg
from nmo_teach.item_analysis.statistics import DEFAULT_THRESHOLDS, UPPER_LOWER_SHARE, Analysis, Thresholds

CSV_COLUMNS = ["assignment", "item", "max_points", "students", "difficulty", "point_biserial_rest",
               "upper_lower", "flags"]
STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff;
       max-width: 60rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; padding-bottom: .25rem; }
th, td { border: 1px solid #767676; padding: .25rem .5rem; vertical-align: top; }
th[scope="row"] { text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 1.2rem; }
tr.flagged th, tr.flagged td { background: #fff4e5; }
img { max-width: 100%; height: auto; }
"""


def number(value: float, digits: int = 2) -> str:
    """A statistic as shown: fixed decimals, or 'n/a' where it is undefined."""
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def csv_text(analyses: Sequence[Analysis]) -> str:
    """One row per assignment and item."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for analysis in analyses:
        for item, row in analysis.items.iterrows():
            writer.writerow([
                neutralise(analysis.assignment), neutralise(str(item)), f"{row['max_points']:g}",
                analysis.students, number(row["difficulty"], 3), number(row["point_biserial_rest"], 3),
                number(row["upper_lower"], 3), "; ".join(row["flags"]),
            ])
    return buffer.getvalue()


def page(analyses: Sequence[Analysis], source: str, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> str:
    """The whole HTML document."""
    title = f"Item analysis: {source}"
    sections = "\n".join(_section(analysis) for analysis in analyses)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>{html.escape(title)}</h1>
<p>Each item is one graded test of an assignment (the gradebook records tests, not answers to
quiz questions). Only each student's latest graded submission counts.</p>
{_glossary(thresholds)}
{sections}
</main>
</body>
</html>
"""


def _glossary(thresholds: Thresholds) -> str:
    share = f"{UPPER_LOWER_SHARE:.0%}"
    return f"""<h2>Reading the indices</h2>
<dl>
<dt>Difficulty</dt><dd>The share of students who passed the item (higher is easier). Flagged
above {thresholds.too_easy} (too easy to tell anyone apart) and below {thresholds.too_hard}
(too hard, or a broken test).</dd>
<dt>Point-biserial (rest)</dt><dd>The correlation between passing the item and the points on
the other items. Flagged below {thresholds.weak}, and always when negative: stronger students
then fail the item more often, so check the test and its key first.</dd>
<dt>Upper-lower index</dt><dd>The share passing among the top {share} of students by total
minus the share among the bottom {share}.</dd>
<dt>KR-20 and Cronbach's alpha</dt><dd>How consistently the items measure the same thing: KR-20
on pass/fail, alpha on points (0 to 1; on short assignments both are low by nature).</dd>
</dl>"""


def _section(analysis: Analysis) -> str:
    name = html.escape(analysis.assignment)
    anchor = "assignment-" + "".join(c if c.isalnum() else "-" for c in analysis.assignment)
    percent = analysis.percent
    flagged = int(sum(1 for flags in analysis.items["flags"] if flags))
    summary_rows = [
        ("Students analysed (latest graded submission)", str(analysis.students)),
        ("Latest submissions not graded (invalid or refused), left out", str(analysis.excluded)),
        ("Items (tests)", str(len(analysis.items))),
        ("Mean total score", f"{percent.mean():.1f}%"),
        ("Standard deviation", f"{percent.std(ddof=1):.1f} percentage points" if len(percent) > 1 else "n/a"),
        ("KR-20 (pass/fail)", number(analysis.kr20)),
        ("Cronbach's alpha (points)", number(analysis.alpha)),
        ("Items flagged", str(flagged)),
    ]
    summary = "\n".join(
        f'<tr><th scope="row">{html.escape(label)}</th><td class="number">{html.escape(value)}</td></tr>'
        for label, value in summary_rows
    )
    items = "\n".join(_item_row(item, row) for item, row in analysis.items.iterrows())
    image = data_uri(histogram_svg(percent, analysis.assignment))
    alt = html.escape(alt_text(percent, analysis.assignment))
    return f"""<section aria-labelledby="{anchor}">
<h2 id="{anchor}">Assignment {name}</h2>
<table>
<caption>Summary of {name}</caption>
<tbody>
{summary}
</tbody>
</table>
<figure>
<img src="{image}" alt="{alt}" width="600" height="300">
<figcaption>Distribution of the students' total scores in {name}.</figcaption>
</figure>
<table>
<caption>Items of {name}, in the order they are graded; flagged items are marked and explained</caption>
<thead>
<tr><th scope="col">Item</th><th scope="col">Points</th><th scope="col">Difficulty</th>
<th scope="col">Point-biserial (rest)</th><th scope="col">Upper-lower index</th><th scope="col">Flags</th></tr>
</thead>
<tbody>
{items}
</tbody>
</table>
</section>"""


def _item_row(item: str, row: pd.Series) -> str:
    flags = row["flags"]
    marked = ' class="flagged"' if flags else ""
    why = "<ul>" + "".join(f"<li>{html.escape(flag)}</li>" for flag in flags) + "</ul>" if flags else "none"
    cells = [f"{row['max_points']:g}", number(row["difficulty"]), number(row["point_biserial_rest"]),
             number(row["upper_lower"])]
    numbers = "".join(f'<td class="number">{cell}</td>' for cell in cells)
    return f'<tr{marked}><th scope="row">{html.escape(item)}</th>{numbers}<td>{why}</td></tr>'
