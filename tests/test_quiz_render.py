"""Quiz renderers: the web widget's markup and key, the notebook display, the terminal command."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nmo_teach.quiz import available_chapters, load_quiz, show_quiz
from nmo_teach.quiz.model import (
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
)
from nmo_teach.quiz.notebook import ASSETS_ENV
from nmo_teach.quiz.terminal import LETTERS
from nmo_teach.quiz.web import (
    ASSETS,
    asset_text,
    decode_key,
    display_order,
    encode_key,
    feedback_html,
    quiz_html,
)
from tests.conftest import PROJECT_ROOT

CHAPTER = "structured-abstract"
BOOK_FOLDERS = ("reading", "differential", "treatment", "practice")
QUIZ_CELL = re.compile(
    r"## Check your understanding\n\n```\{code-cell\} ipython3\n:tags: \[remove-input\]\n\n"
    r"from nmo_teach\.quiz import show_quiz\n\nshow_quiz\(\"(?P<stem>[a-z0-9-]+)\"\)\n```\n*\Z"
)


def test_key_round_trips_and_hides_the_answers():
    payload = {"feedback": "Natalizumab – ü", "n": [1, 2.5]}
    encoded = encode_key(payload, CHAPTER)
    assert decode_key(encoded, CHAPTER) == payload
    assert "Natalizumab" not in encoded and "feedback" not in encoded
    with pytest.raises(ValueError):
        decode_key(encoded, "another-chapter")


def test_widget_uses_labelled_form_controls_and_a_live_region():
    quiz = load_quiz(CHAPTER)
    markup = quiz_html(quiz)
    assert markup.count("<fieldset>") == markup.count("<legend>") == len(quiz)
    assert markup.count('aria-live="polite" aria-atomic="true"') == len(quiz)
    assert markup.count('<button type="submit" class="nmo-quiz-check">Check</button>') == len(quiz)
    input_ids = re.findall(r'<input [^>]*id="([^"]+)"', markup)
    assert input_ids and len(input_ids) == len(set(input_ids))
    for input_id in input_ids:
        assert f'<label for="{input_id}">' in markup, input_id
    for button in re.findall(r"<button [^>]*data-move[^>]*>", markup):
        assert 'type="button"' in button and "aria-label=" in button


def test_widget_page_text_does_not_give_the_answers_away():
    quiz = load_quiz(CHAPTER)
    markup = html.unescape(quiz_html(quiz))
    for question in quiz:
        if isinstance(question, (SingleQuestion, MultipleQuestion)):
            for option in question.options:
                assert option.feedback not in markup, question.id
        if isinstance(question, (NumericQuestion, TextQuestion, OrderingQuestion)):
            assert question.feedback.correct not in markup, question.id
        if isinstance(question, OrderingQuestion):
            shown = re.search(rf'id="nmoq-{CHAPTER}-{question.id}".*?</ol>', markup, re.S).group(0)
            listed = re.findall(r'<span class="nmo-quiz-item">([^<]+)</span>', shown)
            assert listed != question.items and sorted(listed) == sorted(question.items)


def test_widget_key_holds_the_checkers_feedback():
    """The page's script picks among feedback that Quiz.check produced; nothing is re-derived."""
    quiz = load_quiz(CHAPTER)
    markup = quiz_html(quiz)
    keys = decode_key(re.search(r'data-key="([^"]+)"', markup).group(1), CHAPTER)
    for question, key in zip(quiz, keys, strict=True):
        if isinstance(question, SingleQuestion):
            assert key["fb"] == [feedback_html(quiz.check(question.id, i))
                                 for i in range(len(question.options))]
            assert key["ok"] == [o.correct for o in question.options]
        elif isinstance(question, ClassifyQuestion):
            assert key["fb"] == [feedback_html(quiz.check(question.id, s.value)) for s in Status]
        elif isinstance(question, NumericQuestion):
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.value))
            assert key["fb"][0] == feedback_html(quiz.check(question.id, question.value + question.tolerance + 1))
        elif isinstance(question, TextQuestion) and question.answer:
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.answer))
        elif isinstance(question, OrderingQuestion):
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.items))
            assert [question.items[i] for i in key["o"]] == [question.items[i] for i in display_order(question)]


def test_own_assets_stay_small():
    size = sum(len(asset_text(name).encode()) for name in ASSETS)
    assert size < 30_000, f"quiz JS+CSS is {size} bytes; the page budget for the project's own files is 30 KB"
    assert "http" not in asset_text("nmo-quiz.js")  # nothing to fetch


def test_notebook_display_carries_its_own_assets(monkeypatch):
    monkeypatch.delenv(ASSETS_ENV, raising=False)
    inline = show_quiz(CHAPTER)._repr_html_()
    assert inline.startswith("<style>") and inline.endswith("</script>")
    assert asset_text("nmo-quiz.js") in inline
    monkeypatch.setenv(ASSETS_ENV, "external")
    in_book = show_quiz(CHAPTER)._repr_html_()
    assert "<script>" not in in_book and "<style>" not in in_book
    assert in_book in inline


# --- terminal ---------------------------------------------------------------------------------


def reply(question, right: bool) -> str:
    """What a student would type, right or wrong, worked out from the question itself."""
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        wanted = [i for i, o in enumerate(question.options) if o.correct == right]
        return " ".join(LETTERS[i] for i in (wanted if isinstance(question, MultipleQuestion) else wanted[:1]))
    if isinstance(question, ClassifyQuestion):
        statuses = list(Status)
        index = statuses.index(question.status) if right else (statuses.index(question.status) + 1) % 3
        return LETTERS[index]
    if isinstance(question, NumericQuestion):
        return repr(question.value if right else question.value + question.tolerance + 1)
    if isinstance(question, TextQuestion):
        return question.answer if right else "no idea at all"
    if isinstance(question, OrderingQuestion):
        shown = display_order(question)
        order = sorted(range(len(shown)), key=lambda position: shown[position])
        if not right:
            order = order[::-1]
        return " ".join(str(position + 1) for position in order)
    raise TypeError(question)


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nmo_teach.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60, check=False)


def test_terminal_quiz_with_piped_answers():
    quiz = load_quiz(CHAPTER)
    questions = list(quiz)
    wrong_ones = {questions[0].id, questions[3].id}
    lines = []
    for n, question in enumerate(questions):
        if n == 1:
            lines.append("zz")  # not an answer: explained, then asked again
        lines.append(reply(question, right=question.id not in wrong_ones))
    result = run_cli("quiz", CHAPTER, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Correct.") == len(questions) - 2
    assert out.count("Not quite.") == 2
    assert "Cannot read that answer" in out
    assert f"Score: {len(questions) - 2} of {len(questions)} answered correctly." in out
    assert "Source: Kleiter et al. 2012" in out


def test_terminal_quiz_stops_cleanly_at_end_of_input():
    first = next(iter(load_quiz(CHAPTER)))
    result = run_cli("quiz", CHAPTER, stdin=reply(first, right=True) + "\n")
    assert result.returncode == 0
    assert f"Stopped after 1 of {len(load_quiz(CHAPTER))} questions." in result.stdout
    assert "Score: 1 of 1 answered correctly." in result.stdout


def test_terminal_list_and_unknown_chapter():
    listed = run_cli("quiz", "--list")
    assert listed.returncode == 0
    for chapter in available_chapters():
        assert chapter in listed.stdout
    missing = run_cli("quiz", "no-such-chapter")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no quiz for chapter 'no-such-chapter'" in missing.stderr


# --- the book ---------------------------------------------------------------------------------


def chapter_files() -> list[Path]:
    return [path for folder in BOOK_FOLDERS for path in sorted((PROJECT_ROOT / "book" / folder).glob("*.md"))]


def test_every_bank_has_a_chapter_that_ends_with_its_quiz():
    chapters = {path.stem: path for path in chapter_files()}
    for stem in available_chapters():
        assert stem in chapters, f"data/quizzes/{stem}.yaml has no chapter book/*/{stem}.md"
        match = QUIZ_CELL.search(chapters[stem].read_text(encoding="utf-8"))
        assert match and match.group("stem") == stem, f"{chapters[stem]} does not end with its quiz cell"


def test_no_chapter_shows_a_quiz_without_a_bank():
    banks = set(available_chapters())
    for path in chapter_files():
        text = path.read_text(encoding="utf-8")
        for stem in re.findall(r'show_quiz\("([^"]+)"\)', text):
            assert stem == path.stem and stem in banks, path


def test_quiz_cell_renders_when_a_notebook_runs(monkeypatch):
    """The chapter's quiz cell, run in a fresh Jupyter kernel, outputs a self-contained widget."""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.delenv(ASSETS_ENV, raising=False)
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell(
        f'from nmo_teach.quiz import show_quiz\n\nshow_quiz("{CHAPTER}")'))
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT)}}).execute()
    outputs = notebook.cells[0].outputs
    assert len(outputs) == 1 and outputs[0].output_type == "execute_result"
    markup = outputs[0].data["text/html"]
    assert markup == quiz_html(load_quiz(CHAPTER), inline_assets=True)
