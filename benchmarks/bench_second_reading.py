"""The learned second reading of figures: trained on the keyed abstracts, measured on unseen batches.

``python -m benchmarks second_reading`` prints, for each held-out batch, figure recall and
precision with the grammar alone and with the grammar plus a second reading trained on every
other abstract (the corpus and the other batches), side by side; then the same pooled, for a few
confidence thresholds. No batch is ever in the training set of the model that is scored on it.

``python -m benchmarks.bench_second_reading --train`` fits the model on every keyed abstract and
writes nmo_teach/abstracts/second_reading.json, the file the package ships.

Training needs scikit-learn (``LogisticRegression``); applying the model does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks.bench_abstracts import (CORPUS, HOLDOUT, Score, _close, _occurrence, _pct, key_value,
                                        _section_map, load_corpus, score_one)
from nmo_teach.abstracts import StructuredAbstract, parse_file
from nmo_teach.abstracts.figures import read_by_grammar, with_figures
from nmo_teach.abstracts.second_reading import MIN_PROBABILITY, MODEL_FILE, NO_FIGURE, SecondReading, candidates

C = 0.5  # inverse regularisation strength, chosen by the batch-wise comparison below
MIN_SEEN = 3  # a feature seen on fewer candidates than this is left out: it can only be memorised
PRUNE = 0.05  # a weight smaller than this is left out of the shipped file (it moves no decision)


@dataclass
class Keyed:
    """One keyed abstract: its id, batch ("corpus" for the tuning corpus), key and parse."""

    ident: str
    batch: str
    key: dict[str, Any]
    abstract: StructuredAbstract


def load_all() -> list[Keyed]:
    """Every keyed abstract of the corpus and of the held-out set, with its batch."""
    listing = yaml.safe_load((HOLDOUT / "batches.yaml").read_text(encoding="utf-8")) or {}
    batch_of = {ident: str(name) for name, ids in listing.items() for ident in ids}
    out = []
    for folder in (CORPUS, HOLDOUT):
        for ident, key, source in load_corpus(folder):
            batch = "corpus" if folder == CORPUS else batch_of.get(ident, "unlisted")
            out.append(Keyed(ident, batch, key, parse_file(source, second_reading=None)[0]))
    return out


def key_spans(abstract: Any, key: dict[str, Any]) -> list[tuple[int, tuple[int, int], float | None, str]]:
    """(parsed section, span of its ``at`` in that section's text, value, kind) for each key figure
    whose place the parse holds, in key order: where the benchmark looks for it."""
    mapping = _section_map(abstract, key.get("sections") or [])
    out = []
    for figure in key.get("figures") or []:
        where = mapping[figure["section"]] if figure["section"] < len(mapping) else None
        at = None if where is None else _occurrence(abstract.sections[where].text, str(figure["at"]),
                                                    int(figure.get("occurrence", 1)))
        if at is not None:
            out.append((where, at, key_value(figure), str(figure["kind"])))
    return out


def labelled_candidates(item: Keyed) -> list[tuple[list[str], str]]:
    """(features, label) for every candidate of one abstract: the kind of the key figure it
    matches (same section, overlapping span, same value, as the benchmark matches), else "none"."""
    by_section: dict[int, list[tuple[tuple[int, int], float | None, str]]] = {}
    for where, at, value, kind in key_spans(item.abstract, item.key):
        by_section.setdefault(where, []).append((at, value, kind))
    out = []
    for index, section in enumerate(item.abstract.sections):
        canon, _, found = read_by_grammar(section)
        cands = candidates(canon.text, found, section.category.value)
        labels = [NO_FIGURE] * len(cands)
        spans = [canon.span(c.start, c.end) for c in cands]
        for at, value, kind in by_section.get(index, []):
            fits = [k for k, c in enumerate(cands) if labels[k] == NO_FIGURE
                    and spans[k][0] < at[1] and at[0] < spans[k][1]
                    and _close(None if math.isnan(c.value) else c.value, value)]
            same = [k for k in fits if cands[k].found is not None and cands[k].found.kind.value == kind]
            if same or fits:
                labels[(same or fits)[0]] = kind
        out += [(list(c.features), label) for c, label in zip(cands, labels)]
    return out


def training_rows(items: list[Keyed]) -> list[tuple[list[str], str]]:
    """(features, label) for every candidate of every abstract in ``items``."""
    return [pair for item in items for pair in labelled_candidates(item)]


def fingerprint(rows: list[tuple[list[str], str]]) -> str:
    """A digest of what a model is fitted on. The shipped file records it, so a test can tell a
    model fitted before the keys or the grammar changed (either changes the rows)."""
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode("utf-8")).hexdigest()


def train(items: list[Keyed]) -> SecondReading:
    """Fit the multinomial logistic regression on the candidates of ``items``."""
    return fit(training_rows(items))


def fit(rows: list[tuple[list[str], str]]) -> SecondReading:
    """The model fitted on ``rows``: features seen at least ``MIN_SEEN`` times, each 1 when
    present; weights below ``PRUNE`` left out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for names, _ in rows for name in set(names))
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{name: 1 for name in names if seen[name] >= MIN_SEEN} for names, _ in rows])
    y = [label for _, label in rows]
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {}
    for column, name in enumerate(names):
        row = {k: float(w) for k, w in enumerate(model.coef_[:, column]) if abs(w) >= PRUNE}
        if row:
            weights[str(name)] = row
    return SecondReading(tuple(str(c) for c in model.classes_), tuple(float(b) for b in model.intercept_),
                         weights, fingerprint(rows))


def _score(items: list[Keyed], model: SecondReading | None, min_probability: float = MIN_PROBABILITY) -> Score:
    total = Score()
    for item in items:
        total.add(score_one(item.key, with_figures(item.abstract, model, min_probability), item.ident).score)
    return total


SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9)


def compare(items: list[Keyed], batches: list[str]) -> None:
    """For each batch, train on everything else and score the batch with and without the model."""
    print(f"{'batch':<7} {'keyfig':>6} {'grammar alone':>16} {'with 2nd reading':>18}")
    pooled = {name: Score() for name in ("grammar", *SWEEP)}
    for batch in batches:
        test = [item for item in items if item.batch == batch]
        model = train([item for item in items if item.batch != batch])
        alone = _score(test, None)
        pooled["grammar"].add(alone)
        for threshold in SWEEP:
            pooled[threshold].add(_score(test, model, threshold))
        both = _score(test, model)
        print(f"{batch:<7} {alone.key_figures:>6} {_pct(alone.recalled, alone.key_figures)} "
              f"{_pct(alone.precise, alone.extracted)}   {_pct(both.recalled, both.key_figures)} "
              f"{_pct(both.precise, both.extracted)}")
    print("\npooled over those batches (each scored by a model that never saw it):")
    for name, score in pooled.items():
        label = "grammar alone" if name == "grammar" else f"threshold {name}"
        print(f"  {label:<16} recall {_pct(score.recalled, score.key_figures)} "
              f"precision {_pct(score.precise, score.extracted)}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_second_reading", description=__doc__.split("\n")[0])
    parser.add_argument("--train", action="store_true", help=f"fit on everything and write {MODEL_FILE.name}")
    parser.add_argument("--batches", nargs="*", help="held-out batches to score (default: all)")
    args = parser.parse_args(argv)
    items = load_all()
    if args.train:
        model = train(items)
        MODEL_FILE.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE} ({len(model.weights)} features, {len(model.labels)} labels, "
              f"{MODEL_FILE.stat().st_size // 1024} KiB)")
        return
    listed = sorted({item.batch for item in items} - {"corpus", "unlisted"}, key=int)
    compare(items, args.batches or listed)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
