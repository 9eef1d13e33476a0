"""Cut Font Awesome's web fonts down to the icons the site draws.

Why: the theme ships Font Awesome's whole solid face (156 KB, about 1,400 glyphs) and a page that
shows a single icon downloads all of it: on a text-only chapter that was nearly half of what a
student's phone fetched. The site draws a few dozen icons. Which ones is read from the built
site itself, so a theme update or a new icon cannot be forgotten:

- every ``fa-NAME`` class written in a page or a script, mapped to its character through Font
  Awesome's own ``.fa-NAME:before{content:...}`` rules;
- every icon character a stylesheet draws by itself (the theme's admonition and link icons are
  CSS variables holding the character; sphinx-book-theme writes ``content:"\\f107"``).

fontTools does the subsetting (``fonttools[woff]``; brotli for woff2). Characters a font does not
have are simply absent from its subset.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
CSS_ESCAPE = re.compile(r"\\(f[0-9a-fA-F]{3})\b")
# The innermost "selector { declarations }" blocks of a (minified) stylesheet.
CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
ICON_RULE_SELECTOR = re.compile(r"^\.fa-[a-z0-9-]+:{1,2}(?:before|after)$")
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+\b")


def _characters(declarations: str) -> set[str]:
    found = set(PRIVATE_USE.findall(declarations))
    found.update(chr(int(code, 16)) for code in CSS_ESCAPE.findall(declarations))
    return found


def icon_characters(stylesheets: Iterable[str]) -> tuple[dict[str, set[str]], set[str]]:
    """From stylesheets: each ``fa-NAME`` class's characters, and the characters drawn directly.

    A rule whose selectors are all ``.fa-NAME:before`` defines an icon class; any other rule that
    puts an icon character in its declarations draws it whatever the page's classes are.
    """
    by_class: dict[str, set[str]] = {}
    direct: set[str] = set()
    for css in stylesheets:
        for selector_text, declarations in CSS_RULE.findall(css):
            characters = _characters(declarations)
            if not characters:
                continue
            selectors = [s.strip() for s in selector_text.split(",")]
            if selectors and all(ICON_RULE_SELECTOR.match(s) for s in selectors):
                for selector in selectors:
                    name = selector.split(":", 1)[0].lstrip(".")
                    by_class.setdefault(name, set()).update(characters)
            else:
                direct.update(characters)
    return by_class, direct


def used_characters(stylesheets: Iterable[str], documents: Iterable[str]) -> set[str]:
    """The icon characters the site can show: classes used in ``documents`` plus direct ones."""
    by_class, direct = icon_characters(stylesheets)
    used = set(direct)
    for document in documents:
        for name in set(ICON_CLASS.findall(document)):
            used.update(by_class.get(name, ()))
    return used


def subset_font(font: bytes, characters: set[str]) -> bytes:
    """``font`` (woff2, woff or ttf) keeping only ``characters``, in the same format."""
    loaded = TTFont(io.BytesIO(font))
    flavor = loaded.flavor
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(loaded)
    out = io.BytesIO()
    loaded.flavor = flavor
    loaded.save(out)
    return out.getvalue()


def subset_site_fonts(site: Path, fonts: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """Subset each font file in place to what the built ``site`` uses; sizes before and after."""
    stylesheets = [p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*.css")]
    documents = [p.read_text(encoding="utf-8", errors="replace")
                 for pattern in ("*.html", "*.js") for p in site.rglob(pattern)]
    characters = used_characters(stylesheets, documents)
    sizes: dict[Path, tuple[int, int]] = {}
    for path in fonts:
        before = path.read_bytes()
        after = subset_font(before, characters)
        path.write_bytes(after)
        sizes[path] = (len(before), len(after))
    return sizes
