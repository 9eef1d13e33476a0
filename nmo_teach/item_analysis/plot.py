"""The score distribution as an SVG histogram, with the alt text that says what it shows.

Why SVG in a data URI: the report is one self-contained file (no CDN, no image beside it) that
an instructor can mail or archive, and an ``<img>`` with an ``alt`` attribute is the simplest
accessible form. Text stays text in the SVG (``svg.fonttype: none``), so it is small and sharp.
"""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (the backend must be chosen first)
import pandas as pd  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

BINS = list(range(0, 101, 10))


def histogram_svg(percent: pd.Series, assignment: str) -> str:
    """An SVG histogram of the students' totals in percent, in ten-point bins."""
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "nmo-teach"}):
        figure, axes = plt.subplots(figsize=(6, 3))
        axes.hist(percent.clip(0, 100), bins=BINS, color="#1f5f99", edgecolor="white")
        axes.set_xlim(0, 100)
        axes.set_xticks(BINS)
        axes.set_xlabel("Total score (% of the maximum)")
        axes.set_ylabel("Students")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_title(f"Score distribution: {assignment}")
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
        plt.close(figure)
    return buffer.getvalue()


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def alt_text(percent: pd.Series, assignment: str) -> str:
    """What the histogram shows, for a reader who cannot see it."""
    counts = pd.cut(percent.clip(0, 100), bins=BINS, include_lowest=True).value_counts(sort=False)
    busiest = counts.idxmax()
    return (
        f"Histogram of total scores in {assignment} for {len(percent)} students: median "
        f"{percent.median():.0f}%, range {percent.min():.0f}% to {percent.max():.0f}%; the most "
        f"common band is {max(0.0, busiest.left):.0f}-{busiest.right:.0f}% ({counts.max()} students)."
    )
