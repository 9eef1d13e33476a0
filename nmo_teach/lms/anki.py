"""An Anki deck (``.apkg``) of the glossary and the quiz items, for spaced retrieval practice.

Why the ids are fixed: Anki matches an imported note to one already in the collection by its
guid, and only within the same note type (model id). Each note's guid is derived from a stable
key (``glossary`` + term, or bank + question id) and the note types and decks have constant ids,
so importing a newer deck *updates* the cards a student already has (keeping their review
history) instead of adding duplicates. Anki replaces a note only when the incoming one is newer,
so notes are stamped with the time of the export.

Note kinds: a glossary term is a basic note (term -> definition); a choice or classify question
is a basic note (question and options -> the key, the feedback for every option and the
engine's reasons); a numeric or short-answer question is a cloze note hiding the answer; an
ordering question is a cloze note with one deletion per position. Every note carries its source.
The deck holds the practice banks only (:func:`practice_banks`): a cumulative review repeats
their questions, and a graded bank's first answer counts, so its key does not belong in a deck.

``genanki`` is an optional dependency (``pip install 'nmo-teach[anki]'``); it is imported only
when a deck is written.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nmo_teach import refs
from nmo_teach.errors import NmoTeachError
from nmo_teach.lms.glossary import Term
from nmo_teach.lms.items import ExportItem
from nmo_teach.lms.xmltext import paragraphs, stem_html
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import format_number as number
from nmo_teach.quiz.markup import to_html
from nmo_teach.quiz.model import Attempts

# Constant ids (drawn once at random): changing one makes every re-import a duplicate.
BASIC_MODEL_ID = 1_607_392_319
CLOZE_MODEL_ID = 1_550_428_389
DECK_ROOT = "nmo-teach"
GUID_NAMESPACE = "nmo-teach"
CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left;
  color: #1a1a1a; background: #fff; max-width: 40em; margin: auto; }
.cloze { font-weight: bold; color: #0b5394; }
.source { font-size: 14px; color: #555; }
.right { color: #1b5e20; } .wrong { color: #8b0000; }"""
_BACK = '<hr id="answer">{{Back}}<p class="source">{{Source}}</p>'


class AnkiUnavailable(NmoTeachError):
    """genanki is not installed."""


def require_genanki() -> Any:
    """The genanki module, or a one-line error saying how to install it."""
    try:
        import genanki
    except ImportError:
        raise AnkiUnavailable(
            "writing an Anki deck needs genanki: pip install 'nmo-teach[anki]'"
        ) from None
    return genanki


def deck_id(name: str) -> int:
    """A deck's id from its name, stable across exports, in the range Anki uses for decks."""
    return (1 << 30) + int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % (1 << 30)


def note_key(*parts: str) -> tuple[str, ...]:
    """The stable key a note's guid is made from."""
    return (GUID_NAMESPACE, *parts)


def _models(genanki: Any) -> tuple[Any, Any]:
    basic = genanki.Model(
        BASIC_MODEL_ID, "nmo-teach basic",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}" + _BACK}],
        css=CSS,
    )
    cloze = genanki.Model(
        CLOZE_MODEL_ID, "nmo-teach cloze",
        fields=[{"name": "Text"}, {"name": "Back"}, {"name": "Source"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + _BACK}],
        css=CSS, model_type=genanki.Model.CLOZE,
    )
    return basic, cloze


@functools.cache
def _full_citation(key: str) -> str:
    """``refs.full_citation``, once per key: formatting through pybtex costs ~50 ms a call."""
    return refs.full_citation(key)


def source_html(keys: Sequence[str], page: str) -> str:
    """The 'Source:' line of a card: the full citations, or the page when nothing is cited."""
    if not keys:
        return f"Source: {page}."
    return "Source: " + "<br>".join(to_html(_full_citation(key)) for key in keys)


def term_fields(term: Term) -> list[str]:
    return [to_html(term.term), paragraphs([term.definition]),
            source_html(term.sources, "nmo-teach glossary (the module's own definition)")]


def _cloze_safe(text: str) -> bool:
    return "}}" not in text and "::" not in text and "{{" not in text


def quiz_note(item: ExportItem) -> tuple[str, list[str]]:
    """('basic' or 'cloze', fields) for one quiz item."""
    source = source_html([item.reference], "")
    back_notes = paragraphs(item.explanation)
    if item.kind in ("numeric", "text", "matching"):
        if item.kind == "matching":
            hidden = [pair.left for pair in item.pairs]
        elif item.kind == "numeric":
            assert item.value is not None
            shown = number(item.value) + (f" (± {number(item.tolerance)})" if item.tolerance else "")
            hidden = [f"{shown} {item.unit}".strip()]
        else:
            hidden = list(item.accepted[:1])
        if all(_cloze_safe(to_html(text)) for text in hidden):
            deletions = "".join(f"<li>{{{{c{n}::{to_html(text)}}}}}</li>" for n, text in enumerate(hidden, 1))
            lines = f"<ol>{deletions}</ol>" if item.kind == "matching" else f"<p>{{{{c1::{to_html(hidden[0])}}}}}</p>"
            return "cloze", [stem_html(item) + lines, paragraphs([item.correct_feedback]) + back_notes, source]
        return "basic", [stem_html(item), paragraphs([item.answer, item.correct_feedback]) + back_notes, source]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    options = "".join(f"<li>{to_html(choice.text)}</li>" for choice in item.choices)
    front = stem_html(item) + f'<ol type="A">{options}</ol>'
    key = ", ".join(letters[index] for index, choice in enumerate(item.choices) if choice.correct)
    verdicts = "".join(
        f'<li><span class="{"right" if choice.correct else "wrong"}">{letters[index]}: '
        f'{"right" if choice.correct else "wrong"}</span>. {to_html(choice.feedback)}</li>'
        for index, choice in enumerate(item.choices)
    )
    back = f"<p><strong>Answer: {key}</strong> ({to_html(item.answer)})</p><ul>{verdicts}</ul>" + back_notes
    return "basic", [front, back, source]


def practice_banks(banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> list[tuple[Quiz, list[ExportItem]]]:
    """The banks a deck may hold: written (not drawn) for a chapter, and not graded."""
    return [(quiz, items) for quiz, items in banks
            if not quiz.drawn_from and quiz.attempts is Attempts.PRACTICE]


def build_package(terms: Sequence[Term], banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> Any:
    """A ``genanki.Package``: a Glossary subdeck and one subdeck per quiz bank."""
    genanki = require_genanki()
    basic, cloze = _models(genanki)
    models = {"basic": basic, "cloze": cloze}
    glossary_name = f"{DECK_ROOT}::Glossary"
    glossary = genanki.Deck(deck_id(glossary_name), glossary_name)
    for term in terms:
        glossary.add_note(genanki.Note(model=basic, fields=term_fields(term), tags=["nmo-teach", "glossary"],
                                       guid=genanki.guid_for(*note_key("glossary", term.term))))
    decks = [glossary]
    for quiz, items in banks:
        name = f"{DECK_ROOT}::Quiz::{quiz.title}"
        deck = genanki.Deck(deck_id(f"{DECK_ROOT}::Quiz::{quiz.chapter}"), name)
        for item in items:
            kind, fields = quiz_note(item)
            deck.add_note(genanki.Note(model=models[kind], fields=fields,
                                       tags=["nmo-teach", f"quiz::{item.bank}", item.bank_type],
                                       guid=genanki.guid_for(*note_key(item.bank, item.question_id))))
        decks.append(deck)
    return genanki.Package(decks)


def deck(terms: Sequence[Term], banks: Sequence[tuple[Quiz, list[ExportItem]]],
         timestamp: float | None = None) -> bytes:
    """The ``.apkg`` file; ``timestamp`` (default: now) stamps the notes, see the module doc."""
    package = build_package(terms, banks)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "deck.apkg"
        package.write_to_file(str(path), timestamp=timestamp or time.time())
        return path.read_bytes()
