"""Quiz renderers: the web widget's markup and key, the notebook display, the terminal command."""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nmo_teach.quiz import available_chapters, load_bank, load_quiz, show_quiz
from nmo_teach.quiz.model import (
    Attempts,
    ClassifyQuestion,
    MultipleQuestion,
    NumericQuestion,
    OrderingQuestion,
    SingleQuestion,
    Status,
    TextQuestion,
)
from nmo_teach.quiz.notebook import ASSETS_ENV
from nmo_teach.quiz.shuffle import option_order
from nmo_teach.quiz.terminal import LETTERS, run_quiz
from nmo_teach.quiz.web import (
    ASSETS,
    answer_html,
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


@pytest.mark.parametrize("attempts", list(Attempts))
def test_widget_key_holds_the_checkers_feedback(attempts):
    """The page's script picks among feedback that Quiz.check produced; nothing is re-derived.

    A practice bank keeps the answer out of a wrong try's feedback (it sits behind "Show the
    answer"); a graded bank shows it with the feedback of the first, locked, answer.
    """
    quiz = dataclasses.replace(load_quiz(CHAPTER), attempts=attempts)
    reveal = attempts is Attempts.GRADED
    markup = quiz_html(quiz)
    keys = decode_key(re.search(r'data-key="([^"]+)"', markup).group(1), CHAPTER)
    for question, key in zip(quiz, keys, strict=True):
        assert key["ans"] == answer_html(question)
        if isinstance(question, SingleQuestion):
            assert key["fb"] == [feedback_html(quiz.check(question.id, i), reveal)
                                 for i in range(len(question.options))]
            assert key["ok"] == [o.correct for o in question.options]
            wrong = [f for f, ok in zip(key["fb"], key["ok"], strict=True) if not ok]
            assert all(('class="nmo-quiz-answer"' in f) == reveal for f in wrong)
        elif isinstance(question, ClassifyQuestion):
            assert key["fb"] == [feedback_html(quiz.check(question.id, s.value), reveal) for s in Status]
        elif isinstance(question, NumericQuestion):
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.value), reveal)
            assert key["fb"][0] == feedback_html(
                quiz.check(question.id, question.value + question.tolerance + 1), reveal)
        elif isinstance(question, TextQuestion) and question.answer:
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.answer), reveal)
        elif isinstance(question, OrderingQuestion):
            assert key["fb"][1] == feedback_html(quiz.check(question.id, question.items), reveal)
            assert [question.items[i] for i in key["o"]] == [question.items[i] for i in display_order(question)]


def test_widget_shuffles_choice_questions_and_says_the_policy():
    quiz = load_quiz(CHAPTER)
    markup = quiz_html(quiz, code="424242")
    assert 'data-seed="424242"' in markup and f'data-attempts="{quiz.attempts.value}"' in markup
    for question in quiz:
        form = re.search(rf'<form [^>]*data-qid="{question.id}"[^>]*>', markup).group(0)
        assert ("data-shuffle" in form) == isinstance(question, (SingleQuestion, MultipleQuestion))
    graded = quiz_html(dataclasses.replace(quiz, attempts=Attempts.GRADED))
    assert "first answer counts" in graded and "first answer counts" not in markup


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


SEED = "271828"


def reply(question, right: bool, code: str = SEED) -> str:
    """What a student would type, right or wrong, worked out from the question and its shown order."""
    if isinstance(question, (SingleQuestion, MultipleQuestion)):
        shown = option_order(CHAPTER, question.id, code, len(question.options))
        wanted = [shown.index(i) for i, o in enumerate(question.options) if o.correct == right]
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
    """Practice bank: a wrong try is explained without the answer; a retry or an empty line follows."""
    quiz = load_quiz(CHAPTER)
    assert quiz.attempts is Attempts.PRACTICE
    questions = list(quiz)
    retried, given_up = questions[0], questions[3]
    lines = []
    for n, question in enumerate(questions):
        if n == 1:
            lines.append("zz")  # not an answer: explained, then asked again
        if question in (retried, given_up):
            lines.append(reply(question, right=False))
            lines.append(reply(question, right=True) if question is retried else "")
        else:
            lines.append(reply(question, right=True))
    result = run_cli("quiz", CHAPTER, "--seed", SEED, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Option order code: {SEED}." in out
    assert out.count("Correct.") == len(questions) - 1
    assert out.count("Not quite.") == 2
    assert out.count("Try again (empty line: show the answer)") == 2
    assert out.count("Answer: ") == 1  # only where the student asked for it
    assert "Cannot read that answer" in out
    assert f"Score: {len(questions) - 2} of {len(questions)} answered correctly." in out
    assert "Source: Kleiter et al. 2012" in out


def test_terminal_lists_options_in_the_seeded_order():
    quiz = load_quiz(CHAPTER)
    first = next(iter(quiz))
    assert isinstance(first, SingleQuestion)
    orders = set()
    for code in ("1", "2", "3", "4"):
        out = run_cli("quiz", CHAPTER, "--seed", code, stdin="").stdout
        starts = re.findall(r"^  [a-z]\) (.{1,25})", out.split("Your answer", 1)[0], re.M)
        shown = option_order(CHAPTER, first.id, code, len(first.options))
        assert starts == [first.options[i].text[:25] for i in shown], code
        orders.add(tuple(shown))
    assert len(orders) > 1


def test_terminal_graded_bank_counts_the_first_answer(tmp_path):
    bank = (PROJECT_ROOT / "data/quizzes" / f"{CHAPTER}.yaml").read_text(encoding="utf-8")
    graded = tmp_path / f"{CHAPTER}.yaml"
    graded.write_text(bank.replace("\nquestions:", "\nattempts: graded\nquestions:", 1), encoding="utf-8")
    quiz = load_bank(graded)
    assert quiz.attempts is Attempts.GRADED
    first = next(iter(quiz))
    said: list[str] = []
    replies = iter([reply(first, right=False)])

    def ask(prompt: str) -> str:
        try:
            return next(replies)
        except StopIteration:
            raise EOFError from None

    result = run_quiz(quiz, ask, said.append, code=SEED)
    text = "\n".join(said)
    assert (result.asked, result.right) == (1, 0)
    assert "Try again" not in text and "Answer: " in text


def test_terminal_quiz_stops_cleanly_at_end_of_input():
    first = next(iter(load_quiz(CHAPTER)))
    result = run_cli("quiz", CHAPTER, "--seed", SEED, stdin=reply(first, right=True) + "\n")
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
