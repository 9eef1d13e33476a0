"""The built site publishes the Anki deck, and the glossary page links to it."""

from __future__ import annotations

import re
import sqlite3
import zipfile

from nmo_teach.lms.anki import practice_banks
from nmo_teach.lms.glossary import glossary_path, read_glossary
from nmo_teach.lms.items import load_banks
from nmo_teach.site.sphinx_anki import DECK_FILE


def test_the_site_carries_the_deck_the_glossary_links(built_book, tmp_path):
    deck = built_book.html / "_downloads" / DECK_FILE
    glossary = (built_book.html / "book" / "reference" / "glossary.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]*\.apkg)"', glossary)
    assert links == [f"../../_downloads/{DECK_FILE}"]
    assert (built_book.html / "book" / "reference" / links[0]).resolve() == deck.resolve()
    with zipfile.ZipFile(deck) as package:
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        notes = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    questions = sum(len(quiz) for quiz, _ in practice_banks(load_banks()))
    assert notes == len(read_glossary(glossary_path())) + questions
