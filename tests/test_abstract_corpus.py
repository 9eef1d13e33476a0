"""Integrity of the evaluation corpus (tests/fixtures/abstracts/corpus, issue 12).

The corpus holds real abstracts and keys written by hand; the benchmark scores the parser against
them, so a key that does not describe its file would make every score wrong. These tests read the
files and keys without the parser: each key's sections must be findable in the text in order
(heading as printed, then ``starts_with``), every figure's ``at`` must occur in its section at least
``occurrence`` times, figures must come in reading order, digit-form ``at`` strings must carry the
key's value, and the corpus must cover the spread of journals and designs the issue asks for.
The format is the one described in the corpus README (tests/fixtures/abstracts/corpus/README.md).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml
from text_to_num import text2num

CORPUS = Path(__file__).parent / "fixtures" / "abstracts" / "corpus"
TEXT_SUFFIXES = (".txt", ".xml", ".medline")
FAMILIES = {"lancet", "nejm", "bmj", "jama", "jama-legacy", "annals", "cochrane", "neurology", "msj",
            "jnnp", "open-access", "other"}
DESIGNS = {"rct", "cohort", "case-series", "case-report", "diagnostic-accuracy", "meta-analysis",
           "cross-sectional", "other"}
CATEGORIES = {"BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "UNASSIGNED"}
KINDS = {"count", "percentage", "median", "mean", "range", "ratio", "estimate", "p_value", "duration",
         "dose", "threshold", "percentage_points"}
SOURCE_KEYS = {"citation", "pmid", "doi", "url", "journal_family", "design", "structured"}
FIGURE_KEYS = {"section", "at", "occurrence", "kind", "value", "unit", "measure", "low", "high",
               "interval", "denominator"}
# Printed number forms whose value can be read mechanically: digits with thousands separators
# (comma, space, thin, no-break or narrow no-break space), a decimal point or Lancet middle dot,
# a leading minus (hyphen, Unicode minus, the Unicode hyphen Cochrane prints as one, or an en dash that no
# number precedes, as in "(–0.77 to –0.30)"), a missing leading zero (".001") and an optional
# trailing percent sign. NUMBER_TOKEN finds such numbers inside an ``at`` like "HR: 0.79";
# NUMERIC_AT tells whether one token is entirely such a number.
NUMBER_TOKEN = re.compile(r"(?:[−‐-]|(?<![\d.])(?<!\d\s)–)?(?:\d+(?:[, \u2009\u00a0\u202f]\d{3}(?!\d))*(?:[.·]\d+)?|[.·]\d+)")
# A minus printed apart from its number after a label ("MD - 0.85"): the key gives the signed value.
_SPACED_MINUS = re.compile(r"(?:(?<=[A-Za-z=:(,]\s)|(?<=[=:(])|^)([−‐–-])\s+(?=[\d.])")
# A minus before a currency sign ("-£435", "−US$ 12"): the key gives the signed value.
_CURRENCY_MINUS = re.compile(r"([−‐–-])\s*(?:US\s?\$|CNY\s?\$?|[$£€¥₹])\s*(?=\d)")
# Two printed forms NUMBER_TOKEN splits, read as one number: a decimal comma ("12,63%": never three
# digits after it, which would be a thousands separator) and a decimal whose digits are grouped in threes
# with spaces, as ISO prints them ("P < 0.000 01").
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2}|\d{4,})(?![\d,])|(?<![\d,.])(0),(\d+)(?![\d,])")  # "p = 0,032"
_GROUPED_DECIMAL = re.compile(r"(?<![\d.])(\d+[.·]\d{3}(?:[ \u2009\u202f]\d{1,3}(?!\d))+)")
NUMERIC_AT = re.compile(r"[−‐–-]?\d{1,3}(?:[,\u2009\u00a0\u202f ]\d{3})*(?:[.·]\d+)?%?|[−‐–-]?\d*[.·]?\d+%?")


def _corpus_ids() -> list[str]:
    return sorted(p.name.removesuffix(".key.yaml") for p in CORPUS.glob("*.key.yaml"))


def _text_file(abstract_id: str) -> Path:
    found = [CORPUS / f"{abstract_id}{s}" for s in TEXT_SUFFIXES if (CORPUS / f"{abstract_id}{s}").exists()]
    assert len(found) == 1, f"{abstract_id}: expected exactly one text file, found {found}"
    return found[0]


def _load_key(abstract_id: str) -> dict:
    return yaml.safe_load((CORPUS / f"{abstract_id}.key.yaml").read_text(encoding="utf-8"))


def _xml_sections(path: Path) -> list[tuple[str | None, str]]:
    """(label, text) of each AbstractText of the record, as PubMed's XML gives them."""
    root = ET.parse(path).getroot()
    return [(node.get("Label"), "".join(node.itertext()))
            for node in root.iter("AbstractText")]


def _plain_text(path: Path) -> str:
    """The text a reader sees: for MEDLINE, the AB field with its continuation lines joined."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".medline":
        return text
    lines, inside = [], False
    for line in text.splitlines():
        if line.startswith("AB  - "):
            inside = True
            lines.append(line[6:])
        elif inside and line.startswith("      "):
            lines.append(line[6:])
        else:
            inside = False
    return " ".join(lines)


def _section_texts(path: Path, sections: list[dict]) -> list[str]:
    """Each key section's text, found from its printed heading and ``starts_with`` in order."""
    if path.suffix == ".xml":
        parsed = _xml_sections(path)
        assert len(parsed) == len(sections), f"{path.name}: {len(parsed)} AbstractText, key has {len(sections)}"
        for (label, text), section in zip(parsed, sections, strict=True):
            assert (label or "").casefold() == (section["heading"] or "").casefold(), f"{path.name}: {label!r}"
            assert text.startswith(section["starts_with"]), f"{path.name}: {section['starts_with']!r}"
        return [text for _, text in parsed]
    text = _plain_text(path)
    starts: list[tuple[int, int]] = []  # (heading start, text start)
    cursor = 0
    for section in sections:
        begin = re.escape(section["starts_with"])
        pattern = begin if section["heading"] is None else re.escape(section["heading"]) + r"[^\w(]{0,6}?" + begin
        match = re.compile(pattern, re.IGNORECASE if section["heading"] else 0).search(text, cursor)
        assert match, f"{path.name}: section {section['heading']!r} / {section['starts_with']!r} not found in order"
        text_start = match.end() - len(section["starts_with"])
        starts.append((match.start(), text_start))
        cursor = text_start
    ends = [head for head, _ in starts[1:]] + [len(text)]
    return [text[start:end] for (_, start), end in zip(starts, ends, strict=True)]


def _numeric_value(at: str) -> float | None:
    if not NUMERIC_AT.fullmatch(at):
        return None
    cleaned = re.sub(r"[,\u2009\u00a0\u202f %]", "", at).replace("−", "-").replace("‐", "-").replace("–", "-").replace("·", ".")
    return float(cleaned.replace("-.", "-0.") if cleaned.startswith("-.") else cleaned)


def test_every_file_pairs_with_a_key():
    texts = {p.name.rsplit(".", 1)[0] for p in CORPUS.iterdir()
             if p.suffix in TEXT_SUFFIXES and not p.name.startswith(".")}
    assert texts == set(_corpus_ids())


def _split_readings(at: str) -> list[float]:
    """Values of the decimal-comma and space-grouped decimals in an ``at``, which NUMBER_TOKEN reads as two."""
    commas = [float(f"{m[1] or m[3]}.{m[2] or m[4]}") for m in _DECIMAL_COMMA.finditer(at)]
    grouped = [float(re.sub(r"[ \u2009\u202f]", "", g).replace("·", ".")) for g in _GROUPED_DECIMAL.findall(at)]
    return commas + grouped


def _word_values(at: str) -> list[float]:
    """The values of number words in an ``at`` ("three (15%)", "Sixty-seven patients"), read by
    text_to_num on each run of words, so that a count in words may stand beside a per cent in digits."""
    values = []
    for run in re.findall(r"[A-Za-z][A-Za-z -]*", at):
        words = run.lower().replace("-", " ").split()
        for end in range(len(words), 0, -1):
            try:
                values.append(float(text2num(" ".join(words[:end]), "en")))
                break
            except ValueError:
                continue
    return values


def check_key(abstract_id: str, key: dict, path: Path) -> None:
    """Assert that ``key`` describes the abstract in ``path`` (used by the test below)."""
    assert set(key) == {"source", "sections", "figures"}
    source = key["source"]
    assert set(source) <= SOURCE_KEYS and source["citation"]
    assert source.get("pmid") or source.get("doi") or source.get("url")
    assert source["journal_family"] in FAMILIES and source["design"] in DESIGNS
    sections = key["sections"]
    assert sections and all(s["category"] in CATEGORIES and s["starts_with"] for s in sections)
    assert source["structured"] == (sections[0]["heading"] is not None)
    if not source["structured"]:
        assert len(sections) == 1 and sections[0]["category"] == "UNASSIGNED"
    texts = _section_texts(path, sections)
    position = (0, 0)
    for figure in key["figures"] or []:
        assert set(figure) <= FIGURE_KEYS, figure
        assert figure["kind"] in KINDS, figure
        at, occurrence = str(figure["at"]), figure.get("occurrence", 1)
        index = figure["section"]
        offsets = [m.start() for m in re.finditer(re.escape(at), texts[index])]
        assert len(offsets) >= occurrence, f"{abstract_id}: {at!r} x{occurrence} not in section {index}"
        here = (index, offsets[occurrence - 1])
        assert here >= position, f"{abstract_id}: figure {at!r} out of reading order"
        start, end = here[1], here[1] + len(at)
        assert not (at[:1].isdigit() and re.search(r"\d[.·]?$", texts[index][:start])) and not (
            at[-1:].isdigit() and re.match(r"[.·]?\d", texts[index][end:])), (
            f"{abstract_id}: {at!r} x{occurrence} is part of a longer number; add context or an occurrence")
        position = here
        if figure["kind"] == "range":
            assert figure["value"] is None and figure["low"] is not None and figure["high"] is not None
            continue
        value = figure["value"]
        assert isinstance(value, (int, float)), figure
        unsigned = _CURRENCY_MINUS.sub(r"\1", _SPACED_MINUS.sub(r"\1", at))
        printed = [_numeric_value(token) for token in NUMBER_TOKEN.findall(unsigned)]
        if printed:  # digits in the ``at``: the value is one of them, or of the number words beside them
            printed += _word_values(at) + _split_readings(at)
            assert any(p == pytest.approx(value) for p in printed), f"{abstract_id}: {at!r} vs value {value}"
        if figure.get("low") is not None and figure.get("high") is not None:
            assert figure["low"] <= value <= figure["high"], f"{abstract_id}: interval does not hold {figure}"
        if figure.get("denominator") is not None and figure["kind"] == "count":
            assert value <= figure["denominator"], f"{abstract_id}: count above its denominator {figure}"
        if figure["kind"] == "percentage" or figure.get("measure") == "I2":
            assert 0 <= value <= 100, f"{abstract_id}: {figure}"


@pytest.mark.parametrize("abstract_id", _corpus_ids())
def test_key_describes_its_file(abstract_id):
    check_key(abstract_id, _load_key(abstract_id), _text_file(abstract_id))


def test_corpus_has_the_spread_the_issue_asks_for():
    keys = [_load_key(i) for i in _corpus_ids()]
    families = Counter(k["source"]["journal_family"] for k in keys)
    designs = Counter(k["source"]["design"] for k in keys)
    assert len(keys) >= 40
    for family in ("lancet", "nejm", "bmj", "jama", "jama-legacy", "annals", "cochrane", "neurology",
                   "msj", "jnnp", "open-access"):
        assert families[family] >= 2, family
    assert families["jama-legacy"] >= 3
    assert designs["meta-analysis"] >= 3
    assert designs["case-report"] >= 1 and designs["diagnostic-accuracy"] >= 1
    assert sum(not k["source"]["structured"] for k in keys) >= 3
    kinds = Counter(f["kind"] for k in keys for f in k["figures"] or [])
    assert kinds["dose"] + kinds["threshold"] >= 3
    assert any(f.get("measure") == "I2" for k in keys for f in k["figures"] or [])
    suffixes = Counter(_text_file(i).suffix for i in _corpus_ids())
    assert suffixes[".xml"] >= 1 and suffixes[".medline"] >= 1


@pytest.mark.parametrize(("at", "value", "accepted"), [
    ("P < 0.000 01", 0.00001, True), ("12,63%", 12.63, True), ("2,318 patients", 2318, True), ("p = 0,032", 0.032, True),
    ("-£435", -435, True),
    ("P < 0.000 01", 0.01, False), ("12,63%", 1263, False), ("2,318 patients", 2.318, False), ("-£435", 435, False),
])
def test_checker_reads_decimal_commas_and_space_grouped_decimals(tmp_path, at, value, accepted):
    """The key checker reads the value of "P < 0.000 01", "12,63%", "p = 0,032" and "-£435" whole, and still refuses
    a wrong one."""
    path = tmp_path / "oa-test.txt"
    path.write_text(f"In all, {at} was recorded.\n", encoding="utf-8")
    key = {"source": {"citation": "Test", "url": "https://example.org", "journal_family": "open-access",
                      "design": "other", "structured": False},
           "sections": [{"heading": None, "category": "UNASSIGNED", "starts_with": "In all"}],
           "figures": [{"section": 0, "at": at, "kind": "estimate", "value": value}]}
    if accepted:
        check_key("oa-test", key, path)
    else:
        with pytest.raises(AssertionError, match="vs value"):
            check_key("oa-test", key, path)
