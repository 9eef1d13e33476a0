"""Item analysis of a graded class, checked against reference implementations.

The class is synthetic: results are written through the grading API (``Gradebook.record`` with
``GradeResult``/``TestOutcome``), and every index is recomputed here independently, in plain
Python or with scipy (``scipy.stats.pointbiserialr``), and compared.
"""

from __future__ import annotations

import base64
import csv
import math
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from scipy import stats

from nmo_teach.cli import main
from nmo_teach.exercises.assignment import Visibility
from nmo_teach.grading.gradebook import Gradebook
from nmo_teach.grading.harness import GradeResult, TestOutcome
from nmo_teach.item_analysis import statistics
from nmo_teach.item_analysis.scores import load_results

ASSIGNMENT = "synthetic-exercise"
STUDENTS = [f"student-{n:02d}" for n in range(24)]  # index = ability rank, 0 the weakest


def outcome(rank: int, test: str) -> bool:
    """Whether the student of ``rank`` passes ``test`` in the synthetic class."""
    rules = {
        "test_basics": rank >= 3,
        "test_denominator": rank >= 8 or rank == 2,
        "test_median": rank >= 12 or rank in (4, 5),
        "test_interval": rank >= 15 and rank != 20,
        "test_everyone": True,  # too easy
        "test_hardly_anyone": rank in (21, 23),  # too hard
        "test_backwards": rank < 9,  # the weaker students pass it: negative discrimination
    }
    return rules[test]


TESTS = ["test_basics", "test_denominator", "test_median", "test_interval", "test_everyone",
         "test_hardly_anyone", "test_backwards"]
POINTS = {"test_interval": 2.0}  # one test is worth two points


def _result(rank: int, wrong_on_purpose: bool = False) -> GradeResult:
    tests = []
    for test in TESTS:
        passed = outcome(rank, test) and not wrong_on_purpose
        worth = POINTS.get(test, 1.0)
        tests.append(TestOutcome(test, Visibility.HIDDEN, worth if passed else 0.0, worth, passed, ""))
    return GradeResult(sum(t.points for t in tests), sum(t.max_points for t in tests), "graded", "", tests)


@pytest.fixture(scope="module")
def gradebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("class") / "class.sqlite"
    with Gradebook(path) as book:
        # An earlier, failing submission of student-23: only the latest one may count.
        book.record(ASSIGNMENT, STUDENTS[23], "first", "v1", "s", _result(23, wrong_on_purpose=True))
        for rank, student in enumerate(STUDENTS):
            book.record(ASSIGNMENT, student, f"hash-{rank}", "v1", "s", _result(rank))
        book.record(ASSIGNMENT, "student-invalid", "x", "v1", "s", GradeResult(0, 9, "invalid", "no notebook"))
    return path


def expected_matrix() -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    passed = {test: [float(outcome(rank, test)) for rank in range(len(STUDENTS))] for test in TESTS}
    points = {test: [p * POINTS.get(test, 1.0) for p in passed[test]] for test in TESTS}
    return passed, points


def kr20_by_hand(passed: dict[str, list[float]]) -> float:
    """KR-20 from its textbook formula, in plain Python."""
    k, n = len(passed), len(next(iter(passed.values())))
    pq = sum((sum(col) / n) * (1 - sum(col) / n) for col in passed.values())
    totals = [sum(col[i] for col in passed.values()) for i in range(n)]
    mean = sum(totals) / n
    variance = sum((t - mean) ** 2 for t in totals) / n
    return k / (k - 1) * (1 - pq / variance)


def alpha_by_hand(points: dict[str, list[float]]) -> float:
    def var(values: list[float]) -> float:
        mean = sum(values) / len(values)
        return sum((v - mean) ** 2 for v in values) / (len(values) - 1)

    k, n = len(points), len(next(iter(points.values())))
    totals = [sum(col[i] for col in points.values()) for i in range(n)]
    return k / (k - 1) * (1 - sum(var(col) for col in points.values()) / var(totals))


def test_kr20_and_alpha_match_a_hand_computed_guttman_fixture() -> None:
    # Five students, four items in a perfect Guttman pattern. By hand: p = .8, .6, .4, .2, so
    # sum pq = .16 + .24 + .24 + .16 = .8; totals 4, 3, 2, 1, 0 have variance 2; KR-20 =
    # 4/3 * (1 - .8/2) = 0.8. On 0/1 scores Cronbach's alpha is the same number.
    passed = pd.DataFrame([[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]],
                          columns=list("abcd"), dtype=float)
    assert statistics.kr20(passed) == pytest.approx(0.8)
    assert statistics.cronbach_alpha(passed) == pytest.approx(0.8)


def test_results_come_from_the_latest_graded_submissions(gradebook: Path) -> None:
    results = load_results(gradebook, ASSIGNMENT)
    assert list(results.passed.index) == STUDENTS  # the invalid submission is left out
    assert results.excluded == 1
    assert list(results.passed.columns) == TESTS
    passed, points = expected_matrix()
    assert results.passed.to_dict("list") == passed
    assert results.points.to_dict("list") == points
    assert results.max_points["test_interval"] == 2.0


def test_indices_match_reference_implementations(gradebook: Path) -> None:
    analysis = statistics.analyse(load_results(gradebook, ASSIGNMENT))
    passed, points = expected_matrix()
    totals = [sum(points[t][i] for t in TESTS) for i in range(len(STUDENTS))]
    group = round(0.27 * len(STUDENTS))
    order = sorted(range(len(STUDENTS)), key=lambda i: (-totals[i], STUDENTS[i]))
    upper, lower = order[:group], order[-group:]
    for test in TESTS:
        row = analysis.items.loc[test]
        assert row["difficulty"] == pytest.approx(sum(passed[test]) / len(STUDENTS))
        rest = [totals[i] - points[test][i] for i in range(len(STUDENTS))]
        if len(set(passed[test])) > 1:
            reference = stats.pointbiserialr(passed[test], rest).statistic
            assert row["point_biserial_rest"] == pytest.approx(reference)
        else:
            assert math.isnan(row["point_biserial_rest"])
        by_hand = (sum(passed[test][i] for i in upper) - sum(passed[test][i] for i in lower)) / group
        assert row["upper_lower"] == pytest.approx(by_hand)
    assert analysis.kr20 == pytest.approx(kr20_by_hand(passed))
    assert analysis.alpha == pytest.approx(alpha_by_hand(points))
    assert analysis.percent.max() == pytest.approx(100 * max(totals) / 8)


def test_items_that_behave_badly_are_flagged_with_why(gradebook: Path) -> None:
    flags = statistics.analyse(load_results(gradebook, ASSIGNMENT)).items["flags"]
    assert any(f.startswith("too easy") for f in flags["test_everyone"])
    assert any(f.startswith("discrimination undefined") for f in flags["test_everyone"])
    assert any(f.startswith("too hard") for f in flags["test_hardly_anyone"])
    assert any(f.startswith("negative discrimination") for f in flags["test_backwards"])
    for test in ("test_basics", "test_denominator", "test_median", "test_interval"):
        assert flags[test] == [], (test, flags[test])


def test_weak_discrimination_is_flagged() -> None:
    assert statistics.flags(0.5, 0.1)[0].startswith("weak discrimination")
    assert statistics.flags(0.5, 0.3) == []


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def test_report_command_writes_an_accessible_self_contained_page_and_csv(
        gradebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page_path, csv_path = tmp_path / "report.html", tmp_path / "items.csv"
    assert main(["report", str(gradebook), "--html", str(page_path), "--csv", str(csv_path)]) == 0
    assert f"{ASSIGNMENT}: {len(STUDENTS)} students, {len(TESTS)} items, 3 flagged" in capsys.readouterr().out
    page = _Page()
    page.feed(page_path.read_text(encoding="utf-8"))
    attributes = dict(page.tags)
    assert attributes["html"]["lang"] == "en"
    assert page.title.strip()
    assert all(attrs.get("scope") in ("col", "row") for tag, attrs in page.tags if tag == "th")
    assert sum(1 for tag, _ in page.tags if tag == "caption") == 2
    images = [attrs for tag, attrs in page.tags if tag == "img"]
    assert len(images) == 1 and f"{len(STUDENTS)} students" in (images[0]["alt"] or "")
    src = images[0]["src"] or ""
    assert src.startswith("data:image/svg+xml;base64,")
    ET.fromstring(base64.b64decode(src.split(",", 1)[1]))  # a well-formed SVG
    links = [value for _, attrs in page.tags for key, value in attrs.items() if key in ("src", "href")]
    assert all(not (value or "").startswith(("http:", "https:", "//")) for value in links)
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert [row["item"] for row in rows] == TESTS
    backwards = next(row for row in rows if row["item"] == "test_backwards")
    assert "negative discrimination" in backwards["flags"]


def test_report_errors_are_one_line(gradebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "missing.sqlite")]) == 2
    assert main(["report", str(gradebook), "--assignment", "nope", "--html", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "no such gradebook" in err[0] and "no grades for assignment 'nope'" in err[1]


def test_an_output_that_is_a_folder_is_refused_before_reading(gradebook: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "report.html").mkdir()
    assert main(["report", str(gradebook), "--html", str(tmp_path / "report.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--html" in err and "is not a file" in err
    assert not gradebook.with_name(f"{gradebook.stem}-items.csv").exists()  # nothing was written
