"""Practice pools: time to draw and key a skill's pool, and the bytes its page widget weighs.

``python -m benchmarks practice`` prints, per skill: seconds to draw and key 200 cases (no
figures), seconds to build the page widget (figures included),
the distinct drawings in the pool, and the widget's size in KB. Nothing is asserted.
"""

from __future__ import annotations

import time

import re

from nmo_teach.practice import pool, skill_names
from nmo_teach.practice.web import POOL_SIZE, decode_pool, practice_html


def main(argv: list[str]) -> int:
    print(f"{'skill':<20} {'keyed s':>8} {'widget s':>9} {'figures':>8} {'widget KB':>10}")
    for skill in skill_names():
        start = time.perf_counter()
        cases = pool(skill, POOL_SIZE)
        for case in cases:
            case.deciding_item  # noqa: B018 - keys the case and its twin with the engine
        keyed = time.perf_counter() - start
        start = time.perf_counter()
        markup = practice_html(skill)
        built = time.perf_counter() - start
        strings = decode_pool(re.search(r'data-pool="([^"]*)"', markup).group(1))["s"]
        drawings = sum(text.startswith("<svg") for text in strings)
        print(f"{skill:<20} {keyed:>8.2f} {built:>9.2f} {drawings:>8} {len(markup.encode()) / 1024:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([]))
