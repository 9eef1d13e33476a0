"""The page rewrite that swaps Font Awesome's script for its web font (nmo_teach.site.sphinx_fontawesome).

The markup below is the theme's own (pydata-sphinx-theme 0.17, sphinx-book-theme 1.3), as written
into a chapter two folders deep; the browser tests check the built site itself.
"""

from __future__ import annotations

from nmo_teach.site.sphinx_fontawesome import with_font_icons

HEAD = """\
  <link href="../../_static/styles/pydata-sphinx-theme.css?digest=55c26ed414f5f8a31ebb" rel="stylesheet" />
  <!-- So that users can add custom icons -->
  <script defer src="../../_static/scripts/fontawesome.js?digest=55c26ed414f5f8a31ebb"></script>
  <!-- Pre-loaded scripts that we'll load fully later -->
  <link rel="preload" as="script" href="../../_static/scripts/bootstrap.js?digest=55c26ed414f5f8a31ebb" />
"""


def test_the_script_tag_and_its_comment_go_and_nothing_else():
    page = with_font_icons(HEAD)
    assert "fontawesome" not in page and "custom icons" not in page
    assert page.splitlines() == [HEAD.splitlines()[0], *HEAD.splitlines()[3:]]


def test_a_page_at_the_site_root_loses_its_tag_too():
    page = with_font_icons('<script defer src="_static/scripts/fontawesome.js?digest=1"></script>\n<p>x</p>')
    assert page == "<p>x</p>"


def test_empty_icon_elements_are_hidden_from_screen_readers():
    html = ('<i class="fa-solid fa-angle-left"></i>'
            '<span class="fa-solid fa-bars"></span>'
            '<i class="fas fa-download"></i>'
            '<i class="theme-switch fa-solid fa-sun   fa-lg" data-mode="light" title="Light"></i>')
    page = with_font_icons(html)
    assert page == ('<i class="fa-solid fa-angle-left" aria-hidden="true"></i>'
                    '<span class="fa-solid fa-bars" aria-hidden="true"></span>'
                    '<i class="fas fa-download" aria-hidden="true"></i>'
                    '<i class="theme-switch fa-solid fa-sun   fa-lg" data-mode="light" title="Light"'
                    ' aria-hidden="true"></i>')


def test_other_elements_are_left_alone():
    html = ('<i class="fa-solid fa-magnifying-glass" aria-hidden="false"></i>'  # author's choice
            '<i>emphasis</i>'
            '<span class="fa-solid">text is not an icon</span>'
            '<span class="sd-fa-solid"></span>'  # a class that merely contains the name
            '<code>&lt;i class="fa-solid fa-x"&gt;&lt;/i&gt;</code>')  # markup shown as text
    assert with_font_icons(html) == html


def test_the_rewrite_is_idempotent():
    once = with_font_icons(HEAD + '<i class="fa-solid fa-list"></i> Contents')
    assert with_font_icons(once) == once
