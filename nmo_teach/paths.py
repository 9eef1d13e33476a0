"""Where the project's data lives.

The data files sit at the repository's top level (``data/``) so that instructors can read and
edit them without opening the package. The wheel carries the same folder as ``nmo_teach/data``
(see pyproject.toml), so an installed package finds it without the repository.
``NMO_TEACH_DATA`` points elsewhere, for a course that keeps its own copy.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGED_DATA = Path(__file__).resolve().parent / "data"
PACKAGED_BIBLIOGRAPHY = Path(__file__).resolve().parent / "bibliography" / "references.bib"


def data_dir() -> Path:
    """The folder holding the project's data files: the override, the wheel's copy, or data/."""
    override = os.environ.get("NMO_TEACH_DATA")
    if override:
        return Path(override)
    return PACKAGED_DATA if PACKAGED_DATA.is_dir() else PROJECT_ROOT / "data"


def bibliography_file() -> Path:
    """The book's ``references.bib``: the wheel's copy, or the one at the repository's top."""
    return PACKAGED_BIBLIOGRAPHY if PACKAGED_BIBLIOGRAPHY.is_file() else PROJECT_ROOT / "references.bib"
