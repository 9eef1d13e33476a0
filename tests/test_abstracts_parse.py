"""Parsing abstracts of every common style, and refusing bad input with one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nmo_teach.abstracts import AbstractError, NlmCategory, parse_bytes, parse_file, parse_string
from nmo_teach.casebook import seed
from nmo_teach.errors import NmoTeachError

FIXTURES = Path(__file__).parent / "fixtures" / "abstracts"
M, R, C = "METHODS", "RESULTS", "CONCLUSIONS"


def _shape(path: str) -> list[tuple[str | None, str]]:
    abstract = parse_file(FIXTURES / path)[0]
    return [(s.label, s.category.value) for s in abstract.sections]


SEED_SHAPE = [(s.label, c) for s, c in zip(
    seed().abstract.sections, ["OBJECTIVE", M, M, M, M, M, R, C], strict=True)]


@pytest.mark.parametrize("name", ["kleiter2012.txt", "kleiter2012-inline.txt"])
def test_seed_parses_into_its_eight_sections_with_text_intact(name: str):
    abstract = parse_file(FIXTURES / name)[0]
    assert [(s.label, s.category.value) for s in abstract.sections] == SEED_SHAPE
    assert [s.text for s in abstract.sections] == [s.text for s in seed().abstract.sections]


def test_headings_alone_on_their_lines_are_found():
    shape = _shape("kleiter2012-headings-alone.txt")
    assert [label for label, _ in shape] == [s.label.title() for s in seed().abstract.sections]
    assert [c for _, c in shape] == [c for _, c in SEED_SHAPE]
    assert parse_file(FIXTURES / "kleiter2012-headings-alone.txt")[0].title == (
        seed().abstract.citation.title)


def test_a_title_line_is_kept_apart_from_the_sections():
    abstract = parse_file(FIXTURES / "kleiter2012.txt")[0]
    assert abstract.title == seed().abstract.citation.title + "."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jama-eight-headings.txt", [("OBJECTIVE", "OBJECTIVE"), ("DESIGN", M), ("SETTING", M),
                                     ("PATIENTS", M), ("INTERVENTIONS", M),
                                     ("MAIN OUTCOME MEASURES", M), ("RESULTS", R),
                                     ("CONCLUSIONS", C)]),
        ("jama-current.txt", [("Importance", "OBJECTIVE"), ("Objective", "OBJECTIVE"),
                              ("Design, Setting, and Participants", M), ("Exposures", M),
                              ("Main Outcomes and Measures", M), ("Results", R),
                              ("Conclusions and Relevance", C)]),
        ("imrad.txt", [("Introduction", "BACKGROUND"), ("Methods", M), ("Results", R),
                       ("Discussion", C)]),
        ("lancet.txt", [("Background", "BACKGROUND"), ("Methods", M), ("Findings", R),
                        ("Interpretation", C), ("Funding", "BACKGROUND")]),
    ],
)
def test_common_styles_give_the_right_sections_and_categories(name, expected):
    assert _shape(name) == expected


@pytest.mark.parametrize("name", ["unstructured.txt", "kleiter2012-unlabelled.txt"])
def test_an_unstructured_abstract_is_one_unassigned_section(name: str):
    abstract = parse_file(FIXTURES / name)[0]
    assert len(abstract.sections) == 1
    assert abstract.sections[0].label is None
    assert abstract.sections[0].category is NlmCategory.UNASSIGNED
    assert not abstract.is_structured


def test_an_ordinary_colon_in_a_sentence_is_not_a_heading():
    abstract = parse_string("We asked one question: does it work? The answer: partly.")
    assert len(abstract.sections) == 1 and abstract.sections[0].label is None


def test_pubmed_xml_gives_one_abstract_per_article_with_an_abstract():
    abstracts = parse_file(FIXTURES / "pubmed-set.xml")
    assert [a.citation.pmid for a in abstracts] == ["22332191", "90000002", "90000003"]
    kleiter = abstracts[0]
    assert [(s.label, s.category.value) for s in kleiter.sections] == SEED_SHAPE
    assert kleiter.citation.doi == "10.1001/archneurol.2011.216"
    assert kleiter.citation.year == 2012 and kleiter.citation.journal == "Arch Neurol"
    assert "Neuromyelitis Optica Study Group" in kleiter.citation.authors
    assert kleiter.source_format == "pubmed-xml"


def test_pubmed_xml_edge_cases_markup_missing_categories_and_labels():
    _, unstructured, labelled = parse_file(FIXTURES / "pubmed-set.xml")
    assert unstructured.sections[0].text.startswith("Of 30 patients with aquaporin-4 antibodies")
    assert unstructured.citation.year == 2019  # from MedlineDate
    assert "Synthetic example; no copyright" not in unstructured.text()
    shape = [(s.label, s.category.value, s.category_source.value) for s in labelled.sections]
    assert shape == [
        ("BACKGROUND AND AIMS", "OBJECTIVE", "nlm-list"),
        ("PATIENT COHORT AND PROCEDURE", "METHODS", "keyword-rule"),
        ("UNLABELLED", "UNASSIGNED", "pubmed-xml"),
        (None, "CONCLUSIONS", "pubmed-xml"),
    ]


def test_medline_records_with_inline_labels_and_continuation_lines():
    abstracts = parse_file(FIXTURES / "medline.txt")
    assert [a.citation.pmid for a in abstracts] == ["22332191", "90000005"]
    kleiter = abstracts[0]
    assert [(s.label, s.category.value) for s in kleiter.sections] == SEED_SHAPE
    assert [s.text for s in kleiter.sections] == [s.text for s in seed().abstract.sections]
    assert kleiter.citation.doi == "10.1001/archneurol.2011.216"
    assert kleiter.title == seed().abstract.citation.title + "."
    assert abstracts[1].sections[0].category is NlmCategory.UNASSIGNED


def test_the_format_can_be_forced():
    data = (FIXTURES / "medline.txt").read_bytes()
    as_text = parse_bytes(data, "m", "text")[0]
    assert as_text.source_format == "text"
    with pytest.raises(AbstractError, match="malformed XML"):
        parse_bytes(data, "m", "pubmed-xml")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"OBJECTIVE: caf\xe9 au lait", "not UTF-8"),
        (b"<PubmedArticleSet><PubmedArticle>", "malformed XML"),
        (b"<html><body>not pubmed</body></html>", "not PubMed XML"),
        (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
         b"<PubmedArticleSet>&lol2;</PubmedArticleSet>", "unsafe XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
         b"<PubmedArticleSet>&xxe;</PubmedArticleSet>", "unsafe XML"),
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation/></PubmedArticle></PubmedArticleSet>",
         "no article"),
        (b"PMID- 1\nTI  - no abstract here\n", "no MEDLINE record"),
        (b"OBJECTIVE:\nRESULTS:\n", "no abstract text"),
    ],
)
def test_bad_input_raises_the_documented_error_naming_the_source(data: bytes, message: str):
    with pytest.raises(AbstractError, match=message) as caught:
        parse_bytes(data, "upload.txt")
    assert "upload.txt" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_and_directory(tmp_path: Path):
    with pytest.raises(AbstractError, match="no such file"):
        parse_file(tmp_path / "absent.txt")
    with pytest.raises(AbstractError, match="is a folder"):  # the shared reader's words
        parse_file(tmp_path)


def test_pubmed_doctype_without_internal_subset_is_accepted():
    data = (FIXTURES / "pubmed-set.xml").read_bytes()
    assert b"<!DOCTYPE PubmedArticleSet PUBLIC" in data
    assert parse_bytes(data, "x")  # the DTD is named but never fetched


def test_utf16_with_bom_is_read():
    text = (FIXTURES / "kleiter2012.txt").read_text(encoding="utf-8")
    abstract = parse_bytes(text.encode("utf-16"), "utf16.txt")[0]
    assert len(abstract.sections) == 8


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_the_documented_error(data: bytes):
    try:
        abstracts = parse_bytes(data, "fuzz")
    except AbstractError:
        return
    assert abstracts and all(a.sections for a in abstracts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(
    st.sampled_from(list("ab AZ:.;,()%<>/=\n-–±0123456789") + [
        "OBJECTIVE: ", "RESULTS: ", "Methods ", "median ", " range, ", " patients", "HR ",
        "95% CI ", "P = .", "<Abstract>", "AB  - ", "PMID- ", "<!ENTITY", "&x;", "</"]),
    max_size=60).map("".join))
def test_arbitrary_abstract_like_text_raises_only_the_documented_error(text: str):
    for fmt in ("auto", "text", "medline", "pubmed-xml"):
        try:
            abstracts = parse_bytes(text.encode("utf-8"), "fuzz", fmt)
        except AbstractError as error:
            assert isinstance(error, NmoTeachError)
            continue
        for abstract in abstracts:
            for figure in abstract.figures:
                section = abstract.sections[figure.section_index]
                assert section.text[figure.span.start : figure.span.end] == figure.text
