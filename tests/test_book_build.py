"""The build recipe: its inputs fingerprint, and stale notebook outputs after a data change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nmo_teach.site.book_build import (
    EXECUTION_RECORD,
    Edition,
    build_book,
    forget_stale_outputs,
    inputs_fingerprint,
)
from nmo_teach.paths import data_dir


def test_fingerprint_changes_with_content_and_names_but_not_bytecode(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.csv").write_text("x,1\n")
    first = inputs_fingerprint([folder])
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "m.pyc").write_bytes(b"\0")
    assert inputs_fingerprint([folder]) == first
    (folder / "a.csv").write_text("x,2\n")
    second = inputs_fingerprint([folder])
    assert second != first
    (folder / "a.csv").rename(folder / "b.csv")
    assert inputs_fingerprint([folder]) not in {first, second}


def test_fingerprint_notices_a_file_appearing(tmp_path: Path):
    config = tmp_path / "_config.yml"
    absent = inputs_fingerprint([config])
    config.write_text("")
    assert inputs_fingerprint([config]) != absent


def test_stale_cache_is_dropped_only_when_inputs_change(tmp_path: Path):
    cache = tmp_path / "_build" / ".jupyter_cache"
    cache.mkdir(parents=True)
    assert forget_stale_outputs(tmp_path, "one") is True
    assert not cache.exists()
    cache.mkdir()
    assert forget_stale_outputs(tmp_path, "one") is False
    assert cache.exists()
    assert forget_stale_outputs(tmp_path, "two") is True
    assert (tmp_path / "_build" / EXECUTION_RECORD).read_text() == "two"


@pytest.mark.slow
def test_a_changed_data_file_reaches_the_page_on_rebuild(instructor_book, tmp_path, monkeypatch):
    """Rebuild a copy of a finished build with one seed figure changed: the page must follow."""
    output = tmp_path / "book"
    shutil.copytree(instructor_book.html.parent.parent, output, symlinks=True)
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data)
    figures = data / "kleiter2012" / "figures.csv"
    figures.write_text(figures.read_text().replace("age,Age,median,45,", "age,Age,median,47,"))
    monkeypatch.setenv("NMO_TEACH_DATA", str(data))

    result = build_book(Edition.INSTRUCTOR, output)

    assert result.returncode == 0, result.log[-3000:]
    page = (output / "_build/html/book/reading/structured-abstract.html").read_text()
    assert 'median age of <span class="pasted-text">47</span>' in page


def test_a_build_with_nothing_changed_is_skipped(instructor_book, tmp_path):
    output = tmp_path / "book"
    shutil.copytree(instructor_book.html.parent.parent, output, symlinks=True)
    result = build_book(Edition.INSTRUCTOR, output)
    assert (result.returncode, result.skipped) == (0, True)
