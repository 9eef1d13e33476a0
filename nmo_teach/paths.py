"""Where the project's data lives.

The data files sit at the repository's top level (``data/``) so that instructors can read and
edit them without opening the package. ``NMO_TEACH_DATA`` points elsewhere, for a course that
keeps its own copy.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The folder holding the project's data files."""
    override = os.environ.get("NMO_TEACH_DATA")
    return Path(override) if override else PROJECT_ROOT / "data"
