"""Chapters glue numbers with myst-nb in the book, and still run where myst-nb is missing."""

from __future__ import annotations

import subprocess
import sys

import myst_nb

from nmo_teach.glue import glue


def test_glue_is_myst_nbs_own_in_the_book_environment():
    assert glue is myst_nb.glue


def test_without_myst_nb_glue_shows_the_value_only_when_asked():
    code = (
        "import sys; sys.modules['myst_nb'] = None\n"
        "from unittest import mock\n"
        "shown = []\n"
        "with mock.patch('IPython.display.display', shown.append):\n"
        "    from nmo_teach.glue import glue\n"
        "    glue('hidden', 1, display=False)\n"
        "    glue('shown', 2)\n"
        "print(shown)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[2]"


def test_no_chapter_imports_myst_nb_directly():
    """A chapter that imports myst-nb fails in a downloaded notebook (Colab, a JupyterHub)."""
    from tests.conftest import PROJECT_ROOT

    offenders = [str(path.relative_to(PROJECT_ROOT)) for path in (PROJECT_ROOT / "book").rglob("*.md")
                 if "import myst_nb" in path.read_text(encoding="utf-8")
                 or "from myst_nb" in path.read_text(encoding="utf-8")]
    assert offenders == []
