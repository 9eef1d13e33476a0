"""The transfer exercises: three more real abstracts, each with a complete, checkable key."""

from __future__ import annotations

import re

import pytest

from nmo_teach import refs
from nmo_teach.abstracts import parse_file, worksheet
from nmo_teach.abstracts.appraisal import Answer, load_instructor_key, load_jbi_checklist
from nmo_teach.paths import data_dir
from tests.conftest import PROJECT_ROOT

TRANSFER = {"kim2012": "real-kim2012-msj.txt", "wingerchuk2021": "real-wingerchuk2021-annneurol.txt",
            "waters2012": "real-waters2012-neurology.txt"}
QUOTE = re.compile(r'"([^"]+)"')


def _fold(text: str) -> str:
    return " ".join(text.replace("\u2010", "-").split())


@pytest.mark.parametrize("key", sorted(TRANSFER))
def test_transfer_abstract_is_the_quoted_fixture(key: str):
    copy = data_dir() / "appraisal" / "transfer" / f"{key}.txt"
    fixture = PROJECT_ROOT / "tests" / "fixtures" / "abstracts" / TRANSFER[key]
    assert copy.read_text(encoding="utf-8") == fixture.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(TRANSFER))
def test_key_answers_every_item_once_and_cites_a_known_reference(key: str):
    answers = load_instructor_key(key)
    assert answers.status == "DERIVED" and answers.checklist == "jbi-case-series"
    assert sorted(a.item for a in answers.answers) == [i.number for i in load_jbi_checklist().items]
    assert refs.unknown_keys([answers.reference]) == []


@pytest.mark.parametrize("key", sorted(TRANSFER))
def test_every_quoted_piece_of_evidence_is_in_the_abstract(key: str):
    text = _fold(parse_file(data_dir() / "appraisal" / "transfer" / f"{key}.txt")[0].text())
    for answer in load_instructor_key(key).answers:
        for quote in QUOTE.findall(answer.evidence):
            for piece in (p.strip(" .") for p in quote.split("...")):
                assert not piece or _fold(piece) in text, f"{key} item {answer.item}: {piece!r}"


@pytest.mark.parametrize("key", sorted(TRANSFER))
def test_the_package_worksheet_and_the_key_can_be_compared_item_by_item(key: str):
    abstract = parse_file(data_dir() / "appraisal" / "transfer" / f"{key}.txt")[0]
    suggested = worksheet(abstract)
    keyed = worksheet(abstract, load_instructor_key(key))
    assert [r.number for r in suggested.rows] == [r.number for r in keyed.rows]
    assert all(r.source.startswith("instructor key") for r in keyed.rows)
    assert not any(r.source.startswith("instructor key") for r in suggested.rows)
    assert all(isinstance(r.answer, Answer) for r in suggested.rows)
