"""The book's glossary as (term, definition, sources) records, for flashcards.

The glossary is a MyST ``{glossary}`` block in ``book/reference/glossary.md``: a term on a line
of its own, its definition indented under it. Definitions use three roles: ``{cite:p}`` (turned
into an author-year citation, and the key kept as a source), ``{ref}`` (turned into the title of
the chapter it points to) and ``{term}`` (its text). Reading the page, rather than keeping a
second list, means a card always says what the book says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nmo_teach import refs
from nmo_teach.errors import DataError
from nmo_teach.paths import PROJECT_ROOT

GLOSSARY_PAGE = Path("book/reference/glossary.md")
_BLOCK = re.compile(r"^```\{glossary\}\n(.*?)^```", re.MULTILINE | re.DOTALL)
_ROLE = re.compile(r"\{(cite:p|cite:t|cite|ref|term)\}`([^`]*)`")
_LABELLED = re.compile(r"^(.*?)\s*<([^<>]+)>$")
_CHAPTER = re.compile(r"^\(([^)\s]+)\)=\n#\s+(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Term:
    """One glossary entry; ``definition`` is Markdown-light text with citations written out."""

    term: str
    definition: str
    sources: tuple[str, ...]  # references.bib keys cited by the definition


def glossary_path(root: Path = PROJECT_ROOT) -> Path:
    return root / GLOSSARY_PAGE


def chapter_titles(book: Path) -> dict[str, str]:
    """Every ``(label)=`` directly above a ``# Title`` in the book, label -> title."""
    titles: dict[str, str] = {}
    for page in sorted(book.rglob("*.md")):
        for label, title in _CHAPTER.findall(page.read_text(encoding="utf-8")):
            titles[label] = title.strip()
    return titles


def read_glossary(path: Path, book: Path | None = None) -> list[Term]:
    """The terms of the glossary page at ``path``, in page order.

    ``book`` is the folder searched for the chapters that ``{ref}`` roles name (default: the
    page's grandparent, ``book/``).
    """
    if not path.is_file():
        raise DataError(f"{path}: glossary page not found (run from the project, or give --glossary)")
    block = _BLOCK.search(path.read_text(encoding="utf-8"))
    if block is None:
        raise DataError(f"{path}: no ```{{glossary}} block")
    titles = chapter_titles(book or path.parent.parent)
    entries: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if line[0].isspace():
            if not entries:
                raise DataError(f"{path}: a definition line comes before any term: {line.strip()!r}")
            entries[-1][1].append(line.strip())
        else:
            entries.append((line.strip(), []))
    terms = []
    for term, lines in entries:
        if not lines:
            raise DataError(f"{path}: term {term!r} has no definition")
        definition, sources = _resolve_roles(" ".join(lines), titles, path, term)
        terms.append(Term(term, definition, sources))
    return terms


def _resolve_roles(text: str, titles: dict[str, str], path: Path, term: str) -> tuple[str, tuple[str, ...]]:
    sources: list[str] = []

    def replace(match: re.Match[str]) -> str:
        role, content = match.group(1), match.group(2)
        labelled = _LABELLED.match(content)
        shown, target = (labelled.group(1), labelled.group(2)) if labelled else ("", content)
        if role.startswith("cite"):
            keys = [key.strip() for key in target.split(",") if key.strip()]
            unknown = refs.unknown_keys(keys)
            if unknown:
                raise DataError(f"{path}: term {term!r}: unknown citation key(s) {', '.join(unknown)}")
            sources.extend(key for key in keys if key not in sources)
            cited = "; ".join(refs.short_citation(key) for key in keys)
            return f"({cited})" if role == "cite:p" else cited
        if role == "ref":
            if shown:
                return shown
            if target not in titles:
                raise DataError(f"{path}: term {term!r}: no chapter labelled {target!r}")
            return f"the chapter “{titles[target]}”"
        return shown or target

    return _ROLE.sub(replace, text), tuple(sources)
