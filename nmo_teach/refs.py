"""The project's bibliography (references.bib) through pybtex: look up, format, validate keys.

Quizzes, feedback and other views cite sources by BibTeX key, exactly as the book does; this
module is the one place that turns a key into words a reader sees ("Kleiter et al. 2012") and
that refuses a key the bibliography does not hold, so a typo fails when data is loaded rather
than when a student reads a broken citation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pybtex.database import BibliographyData, Entry, Person, parse_file
from pybtex.richtext import Text

from nmo_teach.errors import DataError
from nmo_teach.paths import bibliography_file

BIB_FILE = bibliography_file()


@lru_cache(maxsize=4)
def load_bibliography(path: Path = BIB_FILE) -> BibliographyData:
    """Parse a BibTeX file once per process; a malformed file is a DataError naming it."""
    try:
        return parse_file(str(path), bib_format="bibtex")
    except Exception as error:  # pybtex raises several unrelated types for bad input
        raise DataError(f"{path}: cannot read the bibliography: {error}") from error


def keys(path: Path = BIB_FILE) -> frozenset[str]:
    """Every citation key the bibliography defines."""
    return frozenset(load_bibliography(path).entries.keys())


def lookup(key: str, path: Path = BIB_FILE) -> Entry:
    """The entry for ``key``, or a DataError saying the key is unknown."""
    entries = load_bibliography(path).entries
    if key not in entries:
        raise DataError(f"unknown reference key {key!r}: not in {path.name}")
    return entries[key]


def unknown_keys(candidates: Iterable[str], path: Path = BIB_FILE) -> list[str]:
    """The keys among ``candidates`` that the bibliography does not define, sorted, no repeats."""
    known = keys(path)
    return sorted({key for key in candidates if key not in known})


def _plain(latex: str) -> str:
    """BibTeX's LaTeX markup ('K{\\"u}mpfel', '{AMA}') as plain text ('Kümpfel', 'AMA')."""
    return Text.from_latex(latex).render_as("text")


def _surname(person: Person) -> str:
    last = " ".join(person.prelast_names + person.last_names)
    return _plain(last) if last else _plain(str(person))


def short_citation(key: str, path: Path = BIB_FILE) -> str:
    """'Kleiter et al. 2012': the author-year form used in feedback, like the book's {cite:t}."""
    entry = lookup(key, path)
    year = entry.fields.get("year", "n.d.")
    listed = entry.persons.get("author", []) or entry.persons.get("editor", [])
    people = [p for p in listed if str(p) != "others"]
    truncated = len(people) < len(listed)  # BibTeX's "and others"
    if not people:
        title = _plain(entry.fields.get("title", key))
        return f"{title} ({year})"
    if len(people) == 1 and not truncated:
        names = _surname(people[0])
    elif len(people) == 2 and not truncated:
        names = f"{_surname(people[0])} and {_surname(people[1])}"
    else:
        names = f"{_surname(people[0])} et al."
    return f"{names} {year}"


def full_citation(key: str, path: Path = BIB_FILE) -> str:
    """Short citation plus title and venue, for a terminal where no bibliography page exists."""
    entry = lookup(key, path)
    title = _plain(entry.fields.get("title", "")).rstrip(".")
    venue = _plain(entry.fields.get("journal", "") or entry.fields.get("publisher", ""))
    parts = [short_citation(key, path), title, venue]
    return ". ".join(part.rstrip(".") for part in parts if part) + "."
