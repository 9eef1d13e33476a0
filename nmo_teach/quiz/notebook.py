"""``show_quiz(chapter)``: the quiz widget as the output of a notebook cell.

In Jupyter the widget carries its own CSS and script, so it works as soon as the cell runs,
without ipywidgets or a server extension. During a book build the Sphinx extension
``nmo_teach.site.sphinx_quiz`` sets ``NMO_TEACH_QUIZ_ASSETS=external`` and links the same two files
once per page instead, so the page does not carry a copy per quiz.
"""

from __future__ import annotations

import os

from nmo_teach.quiz.bank import load_quiz
from nmo_teach.quiz.web import quiz_html

ASSETS_ENV = "NMO_TEACH_QUIZ_ASSETS"


class QuizDisplay:
    """A rich-display object: IPython shows its HTML; ``str()`` gives the same markup."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup


def show_quiz(chapter: str, inline_assets: bool | None = None, seed: str | None = None) -> QuizDisplay:
    """The quiz of ``chapter`` ready to display; inline assets unless a book build says not to.

    ``seed`` pins the option order code (an instructor replaying a student's view); by default
    the widget uses the browser's own code, as on the website.
    """
    if inline_assets is None:
        inline_assets = os.environ.get(ASSETS_ENV) != "external"
    return QuizDisplay(quiz_html(load_quiz(chapter), inline_assets=inline_assets, code=seed))
