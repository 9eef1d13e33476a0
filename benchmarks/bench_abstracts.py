"""The abstract toolkit scored against the evaluation corpus (issue 12).

``python -m benchmarks abstracts`` or ``python -m benchmarks.bench_abstracts [--corpus DIR ...]
[--batch N] [--misses N]``. By default scores tests/fixtures/abstracts/corpus (the set the parser
was tuned on) and then tests/fixtures/abstracts/holdout (abstracts collected in batches, each
keyed blind and scored once before it changed the parser; ``--batch N`` scores one batch, as
listed in the folder's ``batches.yaml``). For each folder it reads every ``<id>.key.yaml`` with its
abstract (``<id>.txt``, ``.xml`` or ``.medline``), parses the abstract and prints:

- heading accuracy (label as printed and where the section starts) and NLM category accuracy;
- figure recall and precision, where a figure counts only when its section, kind, value and span
  are right (the matching rule of the corpus contract, tests/fixtures/abstracts/corpus/README.md);
- both by journal family, then the run time per abstract, then the misses: every key figure not
  found (with what was found at its place instead, if anything) and every figure found that the
  key does not have.

Nothing is asserted: the goals (98% headings and categories, 95% recall and precision) are read
off the table.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from nmo_teach.abstracts import Figure, StructuredAbstract, parse_file
from nmo_teach.abstracts.parse import unescape_html

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "abstracts"
CORPUS = FIXTURES / "corpus"
HOLDOUT = FIXTURES / "holdout"  # abstracts the parser was not tuned on (see its README)
SUFFIXES = (".txt", ".xml", ".medline")


@dataclass
class Score:
    """Tallies for one journal family (or the whole corpus)."""

    headings: int = 0
    headings_right: int = 0
    categories_right: int = 0
    key_figures: int = 0
    recalled: int = 0
    extracted: int = 0
    precise: int = 0
    abstracts: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Result:
    ident: str
    family: str
    score: Score
    seconds: float
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    heading_misses: list[str] = field(default_factory=list)


def _label(text: str | None) -> str:
    """A heading compared case- and space-insensitively, trailing punctuation and dashes off."""
    if text is None:
        return ""
    return re.sub(r"\s+", " ", text).strip().rstrip(".:;,—–- \u2003").strip().casefold()


def _squash(text: str) -> str:
    """White space joined, and a leading bullet or the abstract's own name dropped, as the parser drops
    them ("• Subjects ...", "ABSTRACT. We followed ...", "SUMMARY: The management ...", and run into
    the first word by a PDF's text layer, "SUMMARYWe have compared ...", "SummaryIn a prospective ...")."""
    return re.sub(r"^(?:[•▪◦‣●■*]\s*|(?:abstract|summary|synopsis)\b[\s:.—–-]*(?=\S)"
                  r"|(?-i:ABSTRACT|SUMMARY|SYNOPSIS|Abstract|Summary|Synopsis)(?=[A-Z][a-z]))", "",
                  re.sub(r"\s+", " ", text).strip(),
                  flags=re.IGNORECASE)


_POWER_OF_TEN = re.compile(r"×10\^(?P<times>-?\d+)|to the power (?P<power>-?\d+)")


def key_value(figure_key: dict[str, Any]) -> float | None:
    """The value a key figure stands for. Keys hold a p value printed with a power of ten as the
    number printed and the power as its unit ("P = 6.63 × 10−34": 6.63, "×10^-34"; "P<10(-7)": 10,
    "to the power -7"), since their checker keeps values as printed; the parser reads the p value
    itself, so the two are compared as numbers."""
    value = figure_key.get("value")
    if value is None:
        return None
    power = _POWER_OF_TEN.match(str(figure_key.get("unit") or "")) if figure_key.get("kind") == "p_value" else None
    if power is None:
        return float(value)
    if power["times"] is not None:
        return float(value) * 10.0 ** int(power["times"])
    return float(value) ** int(power["power"])


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _section_map(abstract: StructuredAbstract, key_sections: list[dict[str, Any]]) -> list[int | None]:
    """For each key section, the parsed section that holds its text (in order), or None."""
    mapping: list[int | None] = []
    after = 0
    for section in key_sections:
        start = _squash(str(section.get("starts_with") or ""))
        found = None
        for index in range(after, len(abstract.sections)):
            if _squash(abstract.sections[index].text).startswith(start):
                found = index
                break
        mapping.append(found)
        if found is not None:
            after = found + 1
    return mapping


def _occurrence(text: str, at: str, occurrence: int) -> tuple[int, int] | None:
    """Where the ``occurrence``-th ``at`` is in a section's text. A run of white space in the key
    matches any run in the text: the parser joins a section's lines and spaces into one space, so
    "P  = 0.008" as printed is "P = 0.008" in the section; and a key copied from a page's source
    ("P &lt; .001") is looked for as the parser reads it ("P < .001") when its printed form is not there."""
    for printed in dict.fromkeys((at, unescape_html(at))):
        pattern = re.compile(r"\s+".join(re.escape(part) for part in printed.split()))
        matches = list(islice(pattern.finditer(text), occurrence))
        if len(matches) == occurrence:
            return matches[-1].start(), matches[-1].end()
    return None


def _describe(figure: Figure) -> str:
    return f"{figure.kind.value} {figure.value if figure.value is not None else '-'} '{figure.text}'"


def score_one(key: dict[str, Any], abstract: StructuredAbstract, ident: str) -> Result:
    """Headings, categories and figures of one parsed abstract against its key."""
    score = Score(abstracts=1)
    family = str(key.get("source", {}).get("journal_family", "other"))
    result = Result(ident, family, score, 0.0)
    sections = key.get("sections") or []
    for index, section in enumerate(sections):
        score.headings += 1
        parsed = abstract.sections[index] if index < len(abstract.sections) else None
        start = _squash(str(section.get("starts_with") or ""))
        right = (parsed is not None and _label(parsed.label) == _label(section.get("heading"))
                 and _squash(parsed.text).startswith(start))
        score.headings_right += right
        if parsed is not None and parsed.category.value == section.get("category"):
            score.categories_right += 1
        if not right or parsed is None or parsed.category.value != section.get("category"):
            got = (f"{parsed.label!r} [{parsed.category.value}] '{_squash(parsed.text)[:30]}'"
                   if parsed else "nothing")
            result.heading_misses.append(
                f"{ident} section {index}: key {section.get('heading')!r} "
                f"[{section.get('category')}] '{start[:30]}'; parsed {got}")
    mapping = _section_map(abstract, sections)
    unmatched = list(abstract.figures)
    score.extracted = len(unmatched)
    for figure_key in key.get("figures") or []:
        score.key_figures += 1
        where = mapping[figure_key["section"]] if figure_key["section"] < len(mapping) else None
        at = str(figure_key["at"])
        span = None
        if where is not None:
            span = _occurrence(abstract.sections[where].text, at, int(figure_key.get("occurrence", 1)))
        value = key_value(figure_key)
        hit = None
        near = []
        for figure in unmatched:
            if span is None or figure.section_index != where:
                continue
            overlaps = figure.span.start < span[1] and span[0] < figure.span.end
            if not overlaps:
                continue
            near.append(figure)
            if figure.kind.value == figure_key["kind"] and _close(figure.value, value):
                hit = figure
                break
        if hit is not None:
            unmatched.remove(hit)
            score.recalled += 1
            score.precise += 1
        else:
            found = "; found " + ", ".join(_describe(f) for f in near) if near else "; not found"
            if span is None:
                found = "; its text is not in the parsed section"
            result.misses.append(f"{ident} s{figure_key['section']} {figure_key['kind']} "
                                 f"{value if value is not None else '-'} '{at}'{found}")
    result.extras = [f"{ident} s{f.section_index} {_describe(f)} in '…{_context(abstract, f)}…'"
                     for f in unmatched]
    return result


def _context(abstract: StructuredAbstract, figure: Figure) -> str:
    text = abstract.sections[figure.section_index].text
    return _squash(text[max(0, figure.span.start - 25): figure.span.end + 25])


def batch_ids(folder: Path, batch: str) -> set[str]:
    """The ids of one batch named in the folder's ``batches.yaml`` ({batch: [id, ...]}), so that a
    batch's out-of-sample figures can be printed again after later batches joined the folder."""
    listing = folder / "batches.yaml"
    batches = yaml.safe_load(listing.read_text(encoding="utf-8")) if listing.is_file() else {}
    if str(batch) not in {str(name) for name in batches}:
        known = ", ".join(str(name) for name in batches) or "none"
        raise SystemExit(f"bench_abstracts: no batch {batch!r} in {listing} (batches: {known})")
    return {ident for name, ids in batches.items() if str(name) == str(batch) for ident in ids}


def load_corpus(folder: Path, only: set[str] | None = None) -> list[tuple[str, dict[str, Any], Path]]:
    """(id, key, abstract file) for every key in the folder that has its abstract beside it
    (only those in ``only`` when it is given)."""
    items = []
    for key_path in sorted(folder.glob("*.key.yaml")):
        ident = key_path.name.removesuffix(".key.yaml")
        if only is not None and ident not in only:
            continue
        source = next((folder / f"{ident}{s}" for s in SUFFIXES if (folder / f"{ident}{s}").exists()), None)
        if source is None:
            continue
        items.append((ident, yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}, source))
    return items


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _row(name: str, score: Score) -> str:
    return (f"{name:<13} {score.abstracts:>4} {_pct(score.headings_right, score.headings)} "
            f"{_pct(score.categories_right, score.headings)} {score.key_figures:>6} "
            f"{_pct(score.recalled, score.key_figures)} {score.extracted:>6} "
            f"{_pct(score.precise, score.extracted)}")


def run(folder: Path, only: set[str] | None = None, grammar_only: bool = False) -> list[Result]:
    results = []
    for ident, key, source in load_corpus(folder, only):
        started = time.perf_counter()
        try:
            abstract = parse_file(source, second_reading=None if grammar_only else "shipped")[0]
        except Exception as error:  # a crash is a result to report, not a reason to stop
            # Everything the key holds is missed: a parser that crashes must not score better
            # than one that reads badly.
            missed = Score(abstracts=1, headings=len(key.get("sections") or []),
                           key_figures=len(key.get("figures") or []))
            result = Result(ident, str(key.get("source", {}).get("journal_family", "other")),
                            missed, 0.0)
            result.misses.append(f"{ident}: parse failed: {type(error).__name__}: {error}")
            results.append(result)
            continue
        seconds = time.perf_counter() - started
        result = score_one(key, abstract, ident)
        result.seconds = seconds
        results.append(result)
    return results


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_abstracts", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a folder of keyed abstracts (repeatable); default: the corpus, then the "
                             "held-out set")
    parser.add_argument("--misses", type=int, default=200, help="print at most this many misses")
    parser.add_argument("--batch", help="only the abstracts of this batch in the folder's batches.yaml")
    parser.add_argument("--grammar-only", action="store_true",
                        help="read figures with the grammar alone, without the learned second reading")
    args = parser.parse_args(argv)
    folders = args.corpus or [folder for folder in (CORPUS, HOLDOUT) if folder.is_dir()]
    for number, folder in enumerate(folders):
        if number:
            print()
        report(folder, args.misses, batch_ids(folder, args.batch) if args.batch else None, args.grammar_only)


def report(folder: Path, most: int, only: set[str] | None = None, grammar_only: bool = False) -> None:
    """Score one folder of keyed abstracts (or one batch of it) and print its table, timings and
    misses."""
    results = run(folder, only, grammar_only)
    if not results:
        print(f"no keyed abstracts in {folder}")
        return
    families: dict[str, Score] = defaultdict(Score)
    total = Score()
    for result in results:
        families[result.family].add(result.score)
        total.add(result.score)
    print(f"corpus: {folder}{'' if only is None else ' (one batch)'} ({len(results)} abstracts)"
          f"{'; grammar alone' if grammar_only else ''}")
    print(f"{'family':<13} {'n':>4} {'heads':>6} {'categ':>6} {'keyfig':>6} {'recall':>6} "
          f"{'found':>6} {'precis':>6}")
    for name in sorted(families):
        print(_row(name, families[name]))
    print(_row("ALL", total))
    times = sorted(r.seconds for r in results)
    slowest = max(results, key=lambda r: r.seconds)
    print(f"time per abstract: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {slowest.seconds * 1000:.1f} ms ({slowest.ident}), total {sum(times):.2f} s")
    heading_misses = [m for r in results for m in r.heading_misses]
    misses = [m for r in results for m in r.misses]
    extras = [m for r in results for m in r.extras]
    for title, lines in (("heading/category misses", heading_misses),
                         ("key figures not found", misses),
                         ("figures found that the key does not have", extras)):
        print(f"\n{title} ({len(lines)}):")
        for line in lines[:most]:
            print(f"  {line}")
        if len(lines) > most:
            print(f"  ... and {len(lines) - most} more")

if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
