"""The book builds with Sphinx warnings as errors, and shows the seed's numbers from data/."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from nmo_teach.casebook import seed
from nmo_teach.exercises.assignment import find_assignments, load_assignment
from nmo_teach.exercises.strip import stub_solution
from nmo_teach.exercises.tags import SOLUTION, cell_source, cell_tags
from tests.conftest import PROJECT_ROOT

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
# Sphinx prints warnings as "path:line: WARNING: ..." or "WARNING: ..."; the kernel's own log
# lines ("[IPKernelApp] WARNING | ...") are not Sphinx warnings.
SPHINX_WARNING = re.compile(r"^(?:\S+: )?WARNING: ", re.MULTILINE)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


MARKDOWN_EMPHASIS = re.compile(r"[*_`]")
SMART_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def plain(text: str) -> str:
    """Text without Markdown emphasis or Sphinx's curly quotes, white space folded, for
    comparing a cell's source with what a page renders from it."""
    return " ".join(MARKDOWN_EMPHASIS.sub("", text).translate(SMART_QUOTES).split())


def visible_text(page: Path) -> str:
    """A page's text with markup removed, so highlighted code reads as it was written."""
    parser = _TextOnly()
    parser.feed(page.read_text(encoding="utf-8", errors="replace"))
    return plain(html.unescape("".join(parser.parts)))


def solution_lines_and_hidden_tests() -> tuple[list[str], list[str]]:
    """Substantial solution lines (those the student stub does not keep) and hidden test names."""
    lines, hidden = [], []
    for path in find_assignments().values():
        assignment = load_assignment(path)
        for cell in assignment.notebook.cells:
            if SOLUTION in cell_tags(cell):
                source = cell_source(cell)
                stub = stub_solution(source) if cell.cell_type == "code" else ""
                lines += [plain(s) for s in (line.strip() for line in source.splitlines())
                          if len(s) > 12 and s not in stub]
        hidden += [test.name for test in assignment.tests if test.visibility == "hidden"]
    return lines, hidden


def test_book_builds_without_warnings(built_book):
    assert (built_book.html / "index.html").exists()
    log = ANSI_ESCAPE.sub("", built_book.log)  # empty when reusing a site via NMO_TEACH_SITE
    assert SPHINX_WARNING.findall(log) == [], log[-4000:]


def test_every_outline_page_is_built(built_book):
    toc = yaml.safe_load((PROJECT_ROOT / "_toc.yml").read_text())
    files = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]
    missing = [f for f in files if not (built_book.html / f"{f}.html").exists()]
    assert not missing


def test_structured_abstract_page_shows_figures_from_data(built_book):
    page = (built_book.html / "book/reading/structured-abstract.html").read_text()
    pasted = re.findall(r'<span class="pasted-text">([^<]*)</span>', page)
    series = seed()
    for figure_id in ("patients", "female", "age", "relapses", "time_to_relapse"):
        assert str(series.value(figure_id)) in pasted, figure_id
    for label in series.abstract.labels:
        assert label in page


def test_instructor_edition_builds_without_warnings_and_shows_solutions(instructor_book):
    log = ANSI_ESCAPE.sub("", instructor_book.log)
    assert SPHINX_WARNING.findall(log) == [], log[-4000:]
    lines, _ = solution_lines_and_hidden_tests()
    page = visible_text(instructor_book.html / "book/practice/quizzes-and-exercises.html")
    assert all(line in page for line in lines)


def _published(book) -> list[Path]:
    published = [p for p in book.html.rglob("*")
                 if p.is_file() and p.suffix in {".html", ".ipynb", ".md", ".txt", ".js", ".json", ".py"}]
    assert any(p.suffix == ".html" for p in published)
    return published


def test_class_site_contains_no_solution_or_hidden_test(class_book):
    lines, hidden = solution_lines_and_hidden_tests()
    assert lines and hidden
    for path in _published(class_book):
        text = visible_text(path) if path.suffix == ".html" else plain(path.read_text(errors="replace"))
        leaked = [line for line in lines if line in text] + [name for name in hidden if name in text]
        assert leaked == [], f"{path.relative_to(class_book.html)} leaks {leaked[:3]}"


COLLAPSED_ANSWER = re.compile(r'<details class="[^"]*\bnmo-answer\b[^"]*".*?</details>', re.S)


def test_student_site_shows_solutions_only_collapsed_and_never_a_hidden_test(built_book, tmp_path):
    """Self-study edition: every model solution is on the exercise page, inside a closed
    dropdown; outside those dropdowns no page shows one; no file anywhere names a hidden test."""
    lines, hidden = solution_lines_and_hidden_tests()
    exercises = built_book.html / "book/practice/quizzes-and-exercises.html"
    markup = exercises.read_text(encoding="utf-8")
    collapsed = COLLAPSED_ANSWER.findall(markup)
    assert collapsed and all(" open" not in block.split(">", 1)[0] for block in collapsed)
    inside = tmp_path / "inside.html"
    inside.write_text("".join(collapsed), encoding="utf-8")
    assert all(line in visible_text(inside) for line in lines)
    for path in _published(built_book):
        text = path.read_text(errors="replace")
        assert not [name for name in hidden if name in text], f"{path} names a hidden test"
        if path.suffix == ".html":
            outside = tmp_path / "outside.html"
            outside.write_text(COLLAPSED_ANSWER.sub("", text), encoding="utf-8")
            shown = visible_text(outside)
            leaked = [line for line in lines if line in shown]
            assert leaked == [], f"{path.relative_to(built_book.html)} shows {leaked[:3]} uncollapsed"
