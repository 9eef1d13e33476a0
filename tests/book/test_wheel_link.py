"""The Instructor guide links the wheel the build publishes, under its current name."""

from __future__ import annotations

import re

from nmo_teach.site.package_wheel import DOWNLOADS, wheel_name
from tests.conftest import PROJECT_ROOT


def test_guide_links_the_current_wheel_name():
    guide = (PROJECT_ROOT / "book" / "reference" / "instructor-guide.md").read_text(encoding="utf-8")
    linked = re.findall(r'href="\.\./\.\./' + DOWNLOADS + r'/([^"]+\.whl)"', guide)
    assert linked == [wheel_name()]


def test_linked_wheel_exists_in_the_built_site(built_book):
    assert (built_book.html / DOWNLOADS / wheel_name()).is_file()
