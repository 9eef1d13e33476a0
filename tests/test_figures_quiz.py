"""Every classify question of the web quiz shows its patient's drawn schematics with their alt text."""

from __future__ import annotations

import html
import re

import pytest

from nmo_teach.criteria import resolve_patient
from nmo_teach.figures import patient_figures
from nmo_teach.quiz import available_chapters, load_quiz
from nmo_teach.quiz.model import ClassifyQuestion, VignetteRef
from nmo_teach.quiz.web import question_html

CLASSIFY = [
    (chapter, question)
    for chapter in available_chapters()
    for question in load_quiz(chapter)
    if isinstance(question, ClassifyQuestion)
]


def test_there_are_classify_questions_to_check():
    assert len(CLASSIFY) >= 5


@pytest.mark.parametrize(("chapter", "question"), CLASSIFY, ids=[f"{c}:{q.id}" for c, q in CLASSIFY])
def test_a_classify_question_shows_the_figures_of_its_patient(chapter, question):
    quiz = load_quiz(chapter)
    record = question.patient.model_dump() if isinstance(question.patient, VignetteRef) else question.patient
    expected = [figure.alt for figure in patient_figures(resolve_patient(record))]
    markup = question_html(quiz, 1, question)
    labels = [html.unescape(label) for label in re.findall(r'<svg[^>]*aria-label="([^"]*)"', markup)]
    assert labels == expected
    assert expected, f"{question.id}: the patient's record draws no figure"
    # Shown with the patient's facts, before the answer controls.
    assert markup.index('class="nmo-quiz-patient"') < markup.index("<svg") < markup.index("<input")
