"""How far two careful keyers agree on the figures of the same abstracts (issue 12).

``python -m benchmarks key_agreement [--first DIR] [--second DIR] [--misses N]``. By default the
first keys are the held-out set's (tests/fixtures/abstracts/holdout) and the second are the keys a
second helper wrote blind for a random sample of its abstracts (tests/fixtures/abstracts/agreement,
see its README). The parser is scored against one keyer; when two keyers agree on fewer figures
than the parser's goal, that goal is partly out of reach of any parser, and this prints by how much.

Both keys are matched as the parser's figures are in ``bench_abstracts``: a figure of the second
key agrees with one of the first when it is in the same section, of the same kind, with the same
value, and its text overlaps. The abstract's own parse only locates each key's sections in the text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.bench_abstracts import FIXTURES, HOLDOUT, _close, _occurrence, _section_map, load_corpus
from nmo_teach.abstracts import StructuredAbstract, parse_file

AGREEMENT = FIXTURES / "agreement"

Located = tuple[int, tuple[int, int], str, float | None, str]  # section, span, kind, value, at


def _locate(key: dict[str, Any], abstract: StructuredAbstract) -> list[Located]:
    """Each key figure placed in the parsed text; a figure whose text cannot be found is left out
    (both keys are checked against their text by the corpus tests, so this is rare)."""
    mapping = _section_map(abstract, key.get("sections") or [])
    located: list[Located] = []
    for figure in key.get("figures") or []:
        index = figure["section"]
        where = mapping[index] if index < len(mapping) else None
        if where is None:
            continue
        span = _occurrence(abstract.sections[where].text, str(figure["at"]), int(figure.get("occurrence", 1)))
        if span is None:
            continue
        value = figure.get("value")
        located.append((where, span, str(figure["kind"]), float(value) if value is not None else None,
                        str(figure["at"])))
    return located


def _agree(first: Located, second: Located) -> bool:
    return (first[0] == second[0] and first[2] == second[2] and _close(first[3], second[3])
            and first[1][0] < second[1][1] and second[1][0] < first[1][1])


def compare(first_dir: Path, second_dir: Path) -> tuple[int, int, int, Counter[str], list[str]]:
    """(figures in the first keys, in the second, agreed, disagreements by kind, listed misses)."""
    firsts = {ident: (key, source) for ident, key, source in load_corpus(first_dir)}
    total_first = total_second = agreed = 0
    kinds: Counter[str] = Counter()
    misses: list[str] = []
    for ident, second_key, source in load_corpus(second_dir):
        if ident not in firsts:
            continue
        abstract = parse_file(source)[0]
        one, two = _locate(firsts[ident][0], abstract), _locate(second_key, abstract)
        total_first, total_second = total_first + len(one), total_second + len(two)
        unmatched = list(two)
        for figure in one:
            partner = next((other for other in unmatched if _agree(figure, other)), None)
            if partner is None:
                kinds[figure[2]] += 1
                misses.append(f"{ident}: first {figure[2]} {figure[3]} '{figure[4]}'; not in the second key")
            else:
                unmatched.remove(partner)
                agreed += 1
        for figure in unmatched:
            misses.append(f"{ident}: second {figure[2]} {figure[3]} '{figure[4]}'; not in the first key")
    return total_first, total_second, agreed, kinds, misses


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_key_agreement", description=__doc__.split("\n")[0])
    parser.add_argument("--first", type=Path, default=HOLDOUT, help="the keys the parser is scored on")
    parser.add_argument("--second", type=Path, default=AGREEMENT, help="a second keyer's keys, same ids")
    parser.add_argument("--misses", type=int, default=60, help="print at most this many disagreements")
    args = parser.parse_args(argv)
    if not args.second.is_dir():
        print(f"no second keys in {args.second}")
        return
    first, second, agreed, kinds, misses = compare(args.first, args.second)
    share = (lambda part, whole: f"{100 * part / whole:.1f}%" if whole else "-")
    print(f"first keys: {args.first} ({first} figures); second keys: {args.second} ({second} figures)")
    print(f"agreed: {agreed}; second keyer's recall of the first: {share(agreed, first)}; "
          f"precision against the first: {share(agreed, second)}")
    print("first-key figures the second keyer did not mark the same way, by kind: "
          + ", ".join(f"{kind} {count}" for kind, count in kinds.most_common()))
    for line in misses[: args.misses]:
        print("  " + line)
