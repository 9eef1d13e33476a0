"""Each held-out batch's first contact, replayed: the parser that scored it, with and without a model.

``python -m benchmarks first_contact [--batches N ...]`` (a few minutes; needs the git history).

The holdout README records what each batch scored when it was first met, but later rules have seen
every batch, so today's parser cannot say what the second reading adds on text the *rules* have
not seen. This benchmark replays it: for each batch named in ``holdout/first_contact.yaml`` it
extracts the package as it was at the commit that scored the batch (``git archive``), parses the
batch with that grammar in a subprocess, and scores it three ways, side by side:

- the grammar of that commit alone (what the batch scored on first contact);
- plus a second reading fitted on every other batch and the corpus (as shipped: today's grammar's
  candidates);
- plus a second reading fitted also on the numbers the *first-contact* grammars of the other
  batches passed over, the errors unseen text really produces.

No batch is ever in the training set of a model scored on it. The replay adds numbers only: renaming a
figure needs what the grammar read with it (its measure, unit, interval), which an old commit's output
does not carry, so the shipped reading's renames are measured by ``python -m benchmarks second_reading``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from benchmarks.bench_abstracts import HOLDOUT, SUFFIXES, Score, _close, _pct, score_one
from benchmarks.bench_second_reading import fit, key_spans, labelled_candidates, load_all
from nmo_teach.abstracts.model import FigureKind
from nmo_teach.abstracts.numbers import Canonical, canonical
from nmo_teach.abstracts.second_reading import NO_FIGURE, SecondReading, bare_numbers, features

ROOT = Path(__file__).resolve().parent.parent
# Run by the old package in a subprocess: sections and figures of each file, as JSON.
_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from nmo_teach.abstracts import parse_file
out = {}
for line in open(sys.argv[2], encoding="utf-8").read().split("\\n"):
    ident, path = line.split("=", 1)
    try:
        abstract = parse_file(path, second_reading=None)[0]
    except TypeError:  # a commit from before the second reading
        abstract = parse_file(path)[0]
    out[ident] = {"sections": [[s.label, s.category.value, s.text] for s in abstract.sections],
                  "figures": [[f.section_index, f.kind.value, f.value, f.span.start, f.span.end]
                              for f in abstract.figures]}
print(json.dumps(out))
"""
Bare = tuple[int, Canonical, int, int, list[str]]  # section, its canonical text, start, end, features


def first_contact(batch: str, commit: str, ids: list[str], workdir: Path) -> dict[str, SimpleNamespace]:
    """Each abstract of the batch as the grammar of ``commit`` read it (sections and figures)."""
    tree = workdir / commit
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "nmo_teach", "data"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    listing = workdir / f"{batch}.txt"
    listing.write_text("\n".join(f"{ident}={_source(ident)}" for ident in ids), encoding="utf-8")
    dumped = subprocess.run([sys.executable, "-c", _DUMP, str(tree), str(listing)],
                            capture_output=True, text=True, check=True).stdout
    parsed = {}
    for ident, data in json.loads(dumped).items():
        sections = [SimpleNamespace(label=label, category=SimpleNamespace(value=category), text=text)
                    for label, category, text in data["sections"]]
        figures = [SimpleNamespace(section_index=s, kind=FigureKind(kind), value=value,
                                   span=SimpleNamespace(start=start, end=end), text=sections[s].text[start:end])
                   for s, kind, value, start, end in data["figures"]]
        parsed[ident] = SimpleNamespace(sections=sections, figures=figures)
    return parsed


def _source(ident: str) -> Path:
    return next(HOLDOUT / f"{ident}{s}" for s in SUFFIXES if (HOLDOUT / f"{ident}{s}").exists())


def numbers_passed_over(abstract: SimpleNamespace) -> list[Bare]:
    """The numbers no figure of the (old) grammar covers, with the features the model reads."""
    out: list[Bare] = []
    for index, section in enumerate(abstract.sections):
        canon = canonical(section.text)
        printed = bytearray(len(section.text) + 1)
        for figure in abstract.figures:
            if figure.section_index == index:
                printed[figure.span.start:figure.span.end] = b"\1" * (figure.span.end - figure.span.start)
        for start, end in bare_numbers(canon.text, []):
            p_start, p_end = canon.span(start, end)
            if not any(printed[p_start:p_end]):
                out.append((index, canon, start, end, features(canon.text, start, end, None, section.category.value)))
    return out


def labelled(abstract: SimpleNamespace, key: dict[str, Any], bare: list[Bare]) -> list[tuple[list[str], str]]:
    """(features, kind of the key figure it is, or "none") for each passed-over number."""
    labels = [NO_FIGURE] * len(bare)
    for where, at, value, kind in key_spans(abstract, key):
        for k, (index, canon, start, end, _) in enumerate(bare):
            p_start, p_end = canon.span(start, end)
            if (index == where and labels[k] == NO_FIGURE and p_start < at[1] and at[0] < p_end
                    and _close(float(canon.text[start:end]), value)):
                labels[k] = kind
                break
    return [(names, label) for (_, _, _, _, names), label in zip(bare, labels)]


def with_model(abstract: SimpleNamespace, bare: list[Bare], model: SecondReading) -> SimpleNamespace:
    """The abstract's figures plus those the model adds, as ``second_reading.passed_over`` adds them."""
    figures = list(abstract.figures)
    for index, canon, start, end, names in bare:
        kind = model.kind_of(names)
        if kind is None:
            continue
        p_start, p_end = canon.span(start, end)
        figures.append(SimpleNamespace(section_index=index, kind=kind, value=float(canon.text[start:end]),
                                       span=SimpleNamespace(start=p_start, end=p_end),
                                       text=abstract.sections[index].text[p_start:p_end]))
    figures.sort(key=lambda f: (f.section_index, f.span.start))
    return SimpleNamespace(sections=abstract.sections, figures=figures)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_first_contact", description=__doc__.split("\n")[0])
    parser.add_argument("--batches", nargs="*", help="batches to replay (default: all in first_contact.yaml)")
    args = parser.parse_args(argv)
    commits = {str(b): str(c) for b, c in yaml.safe_load((HOLDOUT / "first_contact.yaml").read_text()).items()}
    listed = {str(b): ids for b, ids in yaml.safe_load((HOLDOUT / "batches.yaml").read_text()).items()}
    items = load_all()
    keys = {item.ident: item.key for item in items}
    batch_of = {item.ident: item.batch for item in items}
    today = {item.ident: labelled_candidates(item) for item in items}
    try:
        with tempfile.TemporaryDirectory() as workdir:
            old = {b: first_contact(b, commits[b], listed[b], Path(workdir)) for b in commits}
    except subprocess.CalledProcessError as error:
        print(f"first_contact: needs the project's git history to replay old commits ({error.cmd[:3]} failed: "
              f"{(error.stderr or b'').decode(errors='replace').strip()[:200]})")
        return
    bare = {ident: numbers_passed_over(a) for batch in old.values() for ident, a in batch.items()}
    residuals = {ident: labelled(a, keys[ident], bare[ident]) for batch in old.values() for ident, a in batch.items()}
    names = ("grammar of the day", "+ second reading", "+ fitted on first-contact misses too")
    pooled = [Score() for _ in names]
    print(f"{'batch':<6} {'commit':<10} {'keyfig':>6}   " + "   ".join(f"{n:>22}" for n in names))
    for batch in args.batches or list(commits):
        shipped_like = [row for ident, rows in today.items() if batch_of[ident] != batch for row in rows]
        more = [row for ident, rows in residuals.items() if batch_of[ident] != batch for row in rows]
        models = (None, fit(shipped_like), fit(shipped_like + more))
        scores = [Score() for _ in names]
        for ident, abstract in old[batch].items():
            for score, model in zip(scores, models):
                read = abstract if model is None else with_model(abstract, bare[ident], model)
                score.add(score_one(keys[ident], read, ident).score)
        for total, score in zip(pooled, scores):
            total.add(score)
        print(f"{batch:<6} {commits[batch]:<10} {scores[0].key_figures:>6}   " + "   ".join(
            f"{_pct(s.recalled, s.key_figures)} / {_pct(s.precise, s.extracted)}".rjust(22) for s in scores))
    print(f"{'pooled':<17} {pooled[0].key_figures:>6}   " + "   ".join(
        f"{_pct(s.recalled, s.key_figures)} / {_pct(s.precise, s.extracted)}".rjust(22) for s in pooled))


if __name__ == "__main__":
    main(sys.argv[1:])
