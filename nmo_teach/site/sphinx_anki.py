"""Sphinx extension: publish the Anki deck with the site and link it where a page asks.

Why an extension: the deck (``nmo_teach.lms.anki``) is made from the glossary page and the quiz
banks, so it must be rebuilt with the book, and the link to it must point to a file that really
is in the built site (the browser tests follow every internal link). A page writes
``{anki-deck}`link text```; in an HTML build the role becomes a link to
``_downloads/nmo-teach-deck.apkg``, written once the build has finished. ``genanki`` is an
optional dependency: where it is not installed, the build logs one line, writes no deck, and the
role becomes plain text that says the deck is not part of this build, so no link can break.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

from nmo_teach.site.package_wheel import DOWNLOADS

DECK_FILE = "nmo-teach-deck.apkg"
logger = logging.getLogger(__name__)


class anki_deck(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils names nodes in lower case)
    """A link to the deck, resolved per builder once the page's location is known."""


def genanki_available() -> bool:
    return importlib.util.find_spec("genanki") is not None


def anki_deck_role(name: str, rawtext: str, text: str, lineno: int, inliner: Any,
                   options: dict[str, Any] | None = None, content: list[str] | None = None,
                   ) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    return [anki_deck(rawtext, text)], []


def resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Each ``anki_deck`` node becomes a link (HTML with genanki) or plain words."""
    for node in list(doctree.findall(anki_deck)):
        label = node.astext()
        if app.builder.format == "html" and genanki_available():
            uri = relative_uri(app.builder.get_target_uri(docname), f"{DOWNLOADS}/{DECK_FILE}")
            link = nodes.reference("", label, refuri=uri, classes=["nmo-anki-deck"])
            node.replace_self(link)
        else:
            node.replace_self(nodes.Text(f"{label} (not part of this build)"))


def write_deck(app: Sphinx, exception: Exception | None) -> None:
    """After a successful HTML build, write the deck where the links point."""
    if exception is not None or app.builder.format != "html":
        return
    if not genanki_available():
        logger.info("nmo-teach: genanki is not installed, so the site has no Anki deck "
                    "(pip install 'nmo-teach[anki]')")
        return
    from nmo_teach.lms.anki import deck, practice_banks
    from nmo_teach.lms.glossary import GLOSSARY_PAGE, read_glossary
    from nmo_teach.lms.items import load_banks

    source = Path(app.srcdir)
    terms = read_glossary(source / GLOSSARY_PAGE, book=source / GLOSSARY_PAGE.parts[0])
    target = Path(app.outdir) / DOWNLOADS / DECK_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(deck(terms, practice_banks(load_banks())))
    logger.info(f"nmo-teach: wrote the Anki deck {target.relative_to(app.outdir)}")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(anki_deck)
    app.add_role("anki-deck", anki_deck_role)
    app.connect("doctree-resolved", resolve_links)
    app.connect("build-finished", write_deck)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
