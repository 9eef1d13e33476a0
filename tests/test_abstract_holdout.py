"""Integrity of the held-out abstracts (tests/fixtures/abstracts/holdout).

The held-out set measures the abstract toolkit on abstracts it was not tuned on, so its keys must
describe their files exactly as the main corpus keys do. The checks are the main corpus's own
(``check_key`` in tests/test_abstract_corpus.py: sections found in order from heading and
``starts_with``, every ``at`` present ``occurrence`` times in its section, reading order, digit
values, denominators, intervals, per cent bounds); only the folder differs. No parser is run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.test_abstract_corpus import CORPUS, TEXT_SUFFIXES, check_key

HOLDOUT = Path(__file__).parent / "fixtures" / "abstracts" / "holdout"


def _ids(folder: Path) -> list[str]:
    return sorted(p.name.removesuffix(".key.yaml") for p in folder.glob("*.key.yaml"))


def _text_file(abstract_id: str) -> Path:
    found = [HOLDOUT / f"{abstract_id}{s}" for s in TEXT_SUFFIXES if (HOLDOUT / f"{abstract_id}{s}").exists()]
    assert len(found) == 1, f"{abstract_id}: expected exactly one text file, found {found}"
    return found[0]


def test_every_holdout_file_pairs_with_a_key():
    texts = {p.name.rsplit(".", 1)[0] for p in HOLDOUT.iterdir()
             if p.suffix in TEXT_SUFFIXES and not p.name.startswith(".")}
    assert texts == set(_ids(HOLDOUT))


def test_holdout_is_big_enough_and_disjoint_from_the_corpus():
    keys = {i: yaml.safe_load((HOLDOUT / f"{i}.key.yaml").read_text(encoding="utf-8")) for i in _ids(HOLDOUT)}
    assert len(keys) >= 20
    assert not set(keys) & set(_ids(CORPUS))


def test_no_abstract_is_held_twice():
    """The same abstract from two sources (one with a title line, one without; a PubMed page and a
    publisher's) counts once: a second copy would be scored as unseen while its twin is in sample."""
    held = {p: letters(p) for folder in (CORPUS, HOLDOUT) for p in folder.iterdir() if p.suffix in TEXT_SUFFIXES}
    repeats = [(path.name, found.name) for path in held
               if (found := repeated_in(path, {other: text for other, text in held.items() if other != path}))]
    assert repeats == []


def letters(path: Path) -> str:
    """The letters of a file, case folded: what two copies of one abstract share whatever their layout."""
    return "".join(ch for ch in path.read_text(encoding="utf-8") if ch.isalpha()).casefold()


def repeated_in(path: Path, held: dict[Path, str]) -> Path | None:
    """The held file that contains the middle 150 letters of ``path`` (far from any title, header or
    trailer one copy has and the other lacks), if one does."""
    text = letters(path)
    middle = text[len(text) // 2 - 75: len(text) // 2 + 75]
    return next((other for other, body in held.items() if middle in body), None)


@pytest.mark.parametrize("abstract_id", _ids(HOLDOUT))
def test_holdout_key_describes_its_file(abstract_id):
    key = yaml.safe_load((HOLDOUT / f"{abstract_id}.key.yaml").read_text(encoding="utf-8"))
    check_key(abstract_id, key, _text_file(abstract_id))


def test_batches_listing_names_only_abstracts_in_the_folder_and_each_once():
    batches = yaml.safe_load((HOLDOUT / "batches.yaml").read_text(encoding="utf-8"))
    listed = [ident for ids in batches.values() for ident in ids]
    assert len(listed) == len(set(listed))
    assert set(listed) <= set(_ids(HOLDOUT))


AGREEMENT = Path(__file__).parent / "fixtures" / "abstracts" / "agreement"


@pytest.mark.parametrize("abstract_id", _ids(AGREEMENT))
def test_second_keys_describe_the_same_held_out_text(abstract_id):
    """The second keyer's keys (benchmarks/bench_key_agreement.py) are checked as every key is, and
    their texts are the held-out abstracts themselves, byte for byte."""
    ours = [AGREEMENT / f"{abstract_id}{s}" for s in TEXT_SUFFIXES if (AGREEMENT / f"{abstract_id}{s}").exists()]
    assert len(ours) == 1, f"{abstract_id}: expected exactly one text file, found {ours}"
    assert ours[0].read_bytes() == _text_file(abstract_id).read_bytes()
    check_key(abstract_id, yaml.safe_load((AGREEMENT / f"{abstract_id}.key.yaml").read_text(encoding="utf-8")), ours[0])


def test_first_contact_listing_names_held_out_batches_and_commits():
    """``python -m benchmarks first_contact`` replays each batch named here with the parser of its
    commit: every batch must be one of batches.yaml, every commit a revision git can read."""
    commits = yaml.safe_load((HOLDOUT / "first_contact.yaml").read_text(encoding="utf-8"))
    batches = yaml.safe_load((HOLDOUT / "batches.yaml").read_text(encoding="utf-8"))
    assert commits and {str(b) for b in commits} <= {str(b) for b in batches}
    assert all(re.fullmatch(r"[0-9a-f]{7,40}\^?", str(c)) for c in commits.values())
