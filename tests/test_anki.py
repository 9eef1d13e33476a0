"""The Anki deck: the glossary and quiz items as notes whose ids survive a re-export.

An ``.apkg`` is a zip holding a SQLite Anki collection (``collection.anki2``); the tests open it
as Anki's importer would and read the notes, their note types, decks and guids.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import genanki
import pytest
from docutils import frontend, nodes
from docutils.parsers import rst
from docutils.utils import new_document

from nmo_teach import refs
from nmo_teach.site import sphinx_anki
from nmo_teach.cli import main
from nmo_teach.errors import DataError
from nmo_teach.lms import anki
from nmo_teach.lms.glossary import glossary_path, read_glossary
from nmo_teach.lms.items import load_banks
from nmo_teach.quiz.checking import format_number
from nmo_teach.quiz.markup import to_html
from nmo_teach.quiz.model import (
    STATUS_LABELS,
    Attempts,
    ClassifyQuestion,
    NumericQuestion,
    OrderingQuestion,
    TextQuestion,
    _ChoiceQuestion,
)

CHAPTERS = ["two-diseases", "criteria-as-code"]  # between them, every question type
FIELD_SEPARATOR = "\x1f"
full_citation = functools.cache(refs.full_citation)  # pybtex formatting is slow; keys repeat


@dataclasses.dataclass(frozen=True)
class StoredNote:
    guid: str
    model: int
    fields: list[str]
    tags: str
    cards: int


def read_apkg(path: Path) -> tuple[list[StoredNote], dict[str, str]]:
    """The notes of an .apkg, and its decks (id -> name), read straight from the collection."""
    with zipfile.ZipFile(path) as package:
        database = path.with_suffix(".anki2")
        database.write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(database) as db:
        notes = [StoredNote(guid, mid, flds.split(FIELD_SEPARATOR), tags.strip(),
                            db.execute("SELECT COUNT(*) FROM cards WHERE nid=?", (nid,)).fetchone()[0])
                 for nid, guid, mid, flds, tags in db.execute("SELECT id, guid, mid, flds, tags FROM notes")]
        decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    return notes, {key: deck["name"] for key, deck in decks.items()}


@pytest.fixture(scope="module")
def terms() -> list:
    return read_glossary(glossary_path())


@pytest.fixture(scope="module")
def banks() -> list:
    return anki.practice_banks(load_banks(CHAPTERS))


@pytest.fixture(scope="module")
def two_exports(terms: list, banks: list, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("anki")
    first, second = folder / "first.apkg", folder / "second.apkg"
    first.write_bytes(anki.deck(terms, banks, timestamp=1_700_000_000))
    second.write_bytes(anki.deck(terms, banks, timestamp=1_800_000_000))
    return first, second


def test_deck_holds_a_note_per_term_and_per_question(two_exports: tuple[Path, Path], terms: list, banks: list) -> None:
    notes, decks = read_apkg(two_exports[0])
    assert {question.type for quiz, _ in banks for question in quiz} == {
        "single", "multiple", "numeric", "text", "ordering", "classify"}
    assert len(terms) >= 20
    assert len(notes) == len(terms) + sum(len(quiz) for quiz, _ in banks)
    assert "nmo-teach::Glossary" in decks.values()
    assert {f"nmo-teach::Quiz::{quiz.title}" for quiz, _ in banks} <= set(decks.values())


def test_guids_and_ids_are_stable_across_exports(two_exports: tuple[Path, Path]) -> None:
    (first, first_decks), (second, second_decks) = map(read_apkg, two_exports)
    assert [(n.guid, n.model) for n in first] == [(n.guid, n.model) for n in second]
    assert len({n.guid for n in first}) == len(first)
    assert first_decks == second_decks
    assert {n.model for n in first} == {anki.BASIC_MODEL_ID, anki.CLOZE_MODEL_ID}


def test_deck_leaves_out_reviews_and_graded_banks(banks: list) -> None:
    quiz, items = banks[0]
    review = dataclasses.replace(quiz, drawn_from=("two-diseases",))
    graded = dataclasses.replace(quiz, attempts=Attempts.GRADED)
    assert anki.practice_banks([(review, items), (quiz, items), (graded, items)]) == [(quiz, items)]


def test_guid_comes_from_the_bank_and_question_id_not_the_text(banks: list) -> None:
    quiz, items = banks[0]
    edited = [dataclasses.replace(items[0], prompt=items[0].prompt + " (reworded)")]
    package = anki.build_package([], [(quiz, edited)])
    note = package.decks[1].notes[0]
    assert note.guid == genanki.guid_for("nmo-teach", quiz.chapter, items[0].question_id)


def test_glossary_notes_give_term_definition_and_source(two_exports: tuple[Path, Path], terms: list) -> None:
    notes, _ = read_apkg(two_exports[0])
    glossary = {n.fields[0]: n for n in notes if "glossary" in n.tags.split()}
    assert len(glossary) == len(terms)
    for term in terms:
        note = glossary[to_html(term.term)]
        assert note.model == anki.BASIC_MODEL_ID
        assert note.fields[1] == f"<p>{to_html(term.definition)}</p>"
        assert note.fields[2].startswith("Source: ")
        for key in term.sources:
            assert to_html(full_citation(key)) in note.fields[2]
        if not term.sources:
            assert "nmo-teach glossary" in note.fields[2]


def test_quiz_notes_carry_key_feedback_and_source(two_exports: tuple[Path, Path], banks: list) -> None:
    notes, _ = read_apkg(two_exports[0])
    by_guid = {n.guid: n for n in notes}
    for quiz, _ in banks:
        for question in quiz:
            note = by_guid[genanki.guid_for("nmo-teach", quiz.chapter, question.id)]
            text, back, source = note.fields
            assert to_html(question.prompt) in text
            assert to_html(full_citation(question.reference)) in source
            if isinstance(question, _ChoiceQuestion):
                assert note.model == anki.BASIC_MODEL_ID
                for option in question.options:
                    assert to_html(option.text) in text and to_html(option.feedback) in back
                key = ", ".join("ABCDEFGH"[i] for i in question.correct_indices)
                assert f"Answer: {key}</strong>" in back
            elif isinstance(question, ClassifyQuestion):
                assert note.model == anki.BASIC_MODEL_ID
                assert to_html(STATUS_LABELS[question.status]) in back
                assert to_html(question.feedback.for_status(question.status)) in back
            elif isinstance(question, OrderingQuestion):
                assert note.model == anki.CLOZE_MODEL_ID and note.cards == len(question.items)
                for n, item in enumerate(question.items, 1):
                    assert f"{{{{c{n}::{to_html(item)}}}}}" in text
            elif isinstance(question, NumericQuestion):
                assert note.model == anki.CLOZE_MODEL_ID and note.cards == 1
                assert f"{{{{c1::{format_number(question.value)}" in text
                assert to_html(question.feedback.correct) in back
            else:
                assert isinstance(question, TextQuestion) and question.answer
                assert note.model == anki.CLOZE_MODEL_ID
                assert f"{{{{c1::{to_html(question.answer)}}}}}" in text


def test_glossary_roles_become_words_and_sources(tmp_path: Path) -> None:
    book = tmp_path / "book"
    (book / "reference").mkdir(parents=True)
    (book / "chapter.md").write_text("(chapter-x)=\n# A chapter title\n", encoding="utf-8")
    page = book / "reference" / "glossary.md"
    page.write_text(
        "# Glossary\n\n```{glossary}\n:sorted:\nNMO\n  A disease {cite:p}`kleiter2012natalizumab`;\n"
        "  see {ref}`chapter-x` and {term}`other terms <Other>`.\n\nOther\n  Plain.\n```\n",
        encoding="utf-8",
    )
    first, second = read_glossary(page)
    assert first.term == "NMO" and first.sources == ("kleiter2012natalizumab",)
    assert first.definition == (f"A disease ({refs.short_citation('kleiter2012natalizumab')}); "
                                "see the chapter “A chapter title” and other terms.")
    assert (second.term, second.definition, second.sources) == ("Other", "Plain.", ())
    page.write_text("```{glossary}\nX\n  see {ref}`nowhere`\n```\n", encoding="utf-8")
    with pytest.raises(DataError, match="no chapter labelled 'nowhere'"):
        read_glossary(page)


def test_deck_role_links_in_html_and_is_plain_text_elsewhere() -> None:
    def resolved(builder: SimpleNamespace) -> str:
        document = new_document("page", frontend.get_default_settings(rst.Parser))
        paragraph = nodes.paragraph()
        paragraph += sphinx_anki.anki_deck("", "the deck")
        document += paragraph
        sphinx_anki.resolve_links(SimpleNamespace(builder=builder), document, "book/reference/glossary")
        return str(paragraph)

    html = SimpleNamespace(format="html", get_target_uri=lambda docname: f"{docname}.html")
    assert resolved(html) == ('<paragraph><reference classes="nmo-anki-deck" '
                              f'refuri="../../_downloads/{sphinx_anki.DECK_FILE}">the deck</reference></paragraph>')
    assert resolved(SimpleNamespace(format="latex")) == "<paragraph>the deck (not part of this build)</paragraph>"


def test_export_command_writes_the_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "deck.apkg"
    assert main(["export", "--anki", str(target), "--chapter", "two-diseases"]) == 0
    notes, _ = read_apkg(target)
    out = capsys.readouterr().out
    assert f"{len(notes)} notes" in out


def test_without_genanki_the_deck_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "genanki", None)  # as if not installed
    target = tmp_path / "out" / "deck.apkg"
    assert main(["export", "--anki", str(target), "--chapter", "two-diseases"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'nmo-teach[anki]'" in err
    assert not target.parent.exists()
