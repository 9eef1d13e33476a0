"""The icon fonts keep exactly the icons the site draws."""

from __future__ import annotations

import io
from pathlib import Path

import pydata_sphinx_theme
from fontTools.ttLib import TTFont

from nmo_teach.site.icon_font import icon_characters, subset_font, used_characters

THEME_FONT = (Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"
              / "vendor" / "fontawesome" / "webfonts" / "fa-solid-900.woff2")

STYLESHEET = (
    '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}'
    '.fa-sun:before{content:"\\f185"}'
    '@media (min-width:1200px){.onthispage:after{content:"\\f107";font-weight:900}}'
    'html{--pst-icon-info-circle:"\uf05a"}'
)


def test_icon_classes_map_to_their_characters_and_direct_ones_are_kept():
    by_class, direct = icon_characters([STYLESHEET])
    assert by_class == {"fa-bars": {"\uf0c9"}, "fa-navicon": {"\uf0c9"}, "fa-sun": {"\uf185"}}
    assert direct == {"\uf107", "\uf05a"}


def test_only_classes_a_page_uses_are_kept():
    used = used_characters([STYLESHEET], ['<i class="fa-solid fa-bars"></i>'])
    assert used == {"\uf0c9", "\uf107", "\uf05a"}


def test_subset_font_keeps_the_glyphs_asked_for_and_is_much_smaller():
    original = THEME_FONT.read_bytes()
    smaller = subset_font(original, {"\uf0c9", "\uf185"})
    font = TTFont(io.BytesIO(smaller))
    assert font.flavor == "woff2"
    assert set(font.getBestCmap()) == {0xF0C9, 0xF185}
    assert len(smaller) < len(original) / 20
