"""``glue`` for chapter notebooks that also run outside the book build.

Why: chapters hand computed numbers to their prose with myst-nb's ``glue``. myst-nb belongs to
the book build (it pulls in Sphinx), so a chapter notebook downloaded from the site and run on
Colab or a JupyterHub, where only the ``nmo_teach`` wheel is installed, failed at its first
import. Here ``glue`` is myst-nb's own when it is installed; elsewhere it shows the value when
asked to, as myst-nb does in a live notebook, and the numbers stay in the notebook's variables.
"""

from __future__ import annotations

from typing import Any

try:
    from myst_nb import glue
except ImportError:  # outside the book's environment

    def glue(name: str, variable: Any, display: bool = True) -> None:
        """Show ``variable`` when ``display`` is true; ``name`` only matters to the book build."""
        if display:
            from IPython.display import display as show

            show(variable)

__all__ = ["glue"]
