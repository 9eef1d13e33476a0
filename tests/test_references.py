"""references.bib holds exactly the works the module cites, and every citation resolves."""

from __future__ import annotations

import re
from pybtex.database import parse_file

from nmo_teach.paths import PROJECT_ROOT, data_dir

BIB = PROJECT_ROOT / "references.bib"
CITE_ROLE = re.compile(r"\{cite:[a-z]+\}`([^`]+)`")


def bib_keys() -> set[str]:
    return set(parse_file(str(BIB)).entries.keys())


def citing_text() -> str:
    """Everything that may cite a work: chapters, data files and the package's code."""
    folders = (PROJECT_ROOT / "book", data_dir(), PROJECT_ROOT / "nmo_teach")
    suffixes = {".md", ".py", ".yaml", ".yml", ".csv", ".json"}
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for folder in folders for path in sorted(folder.rglob("*"))
        if path.suffix in suffixes and "__pycache__" not in path.parts
    )


def test_every_cited_key_in_the_book_is_in_the_bibliography():
    cited = {key.strip() for path in (PROJECT_ROOT / "book").rglob("*.md")
             for group in CITE_ROLE.findall(path.read_text(encoding="utf-8"))
             for key in group.split(",")}
    assert cited, "no citations found: the pattern or the book is broken"
    assert sorted(cited - bib_keys()) == []


def test_every_bibliography_entry_is_cited_somewhere():
    text = citing_text()
    unused = sorted(key for key in bib_keys()
                    if not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text))
    assert unused == [], "remove these from references.bib or cite them"

