"""PubMed efetch XML (``PubmedArticleSet``) and MEDLINE citation XML (``MedlineCitationSet``, the
layout of NLM's older baseline and update files and of many datasets built from them): one
``StructuredAbstract`` per article.

Each ``AbstractText`` becomes a section with its ``Label`` as printed and its ``NlmCategory`` as
NLM assigned it; a label without a category gets one from NLM's label list or the fallback rule.
Inline markup inside ``AbstractText`` (``<i>``, ``<sup>``...) is flattened to its text.

Safety: the XML is read with the standard library's expat parser wired to an ElementTree
builder, refusing any DTD internal subset, entity declaration or external entity. A normal efetch
file only carries a ``<!DOCTYPE ... PUBLIC ...>`` line pointing at NLM's DTD, which is allowed
but never fetched. This gives the protection the ``defusedxml`` package offers for this one use
(entity expansion, external entities) without adding a dependency.

Limits: elements may nest at most ``MAX_DEPTH`` deep (a PubMed record nests about a dozen; the
limit keeps every later walk over the tree shallow) and the file is at most ``parse.MAX_BYTES``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.labels import categorise
from nmo_teach.abstracts.model import (
    CategorySource,
    Citation,
    NlmCategory,
    Section,
    StructuredAbstract,
)
from nmo_teach.abstracts.text import clean_whitespace


_SETS = ("PubmedArticleSet", "MedlineCitationSet")
_RECORDS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation")
MAX_DEPTH = 256  # a PubMed record nests about 12 elements deep; 256 leaves room for any markup


class _Refused(Exception):
    """Raised inside expat callbacks; turned into ``AbstractError`` with the source name."""


def safe_fromstring(data: bytes, source: str) -> ET.Element:
    """Parse XML bytes into an Element, refusing DTD subsets and entity declarations."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def start_doctype(name: str, sysid: str | None, pubid: str | None, has_internal: int) -> None:
        if has_internal:
            raise _Refused("a DOCTYPE with an internal subset (entity definitions) is not accepted")

    def entity_decl(*_: object) -> None:
        raise _Refused("entity declarations are not accepted")

    def external_entity(*_: object) -> int:
        raise _Refused("external entities are not accepted")

    def default_handler(data_text: str) -> None:
        if data_text.startswith("&"):
            raise _Refused(f"undefined entity {data_text!r}")

    parser.StartDoctypeDeclHandler = start_doctype
    parser.EntityDeclHandler = entity_decl
    parser.UnparsedEntityDeclHandler = entity_decl
    parser.ExternalEntityRefHandler = external_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = [0]

    def start_element(tag: str, attrs: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] > MAX_DEPTH:
            raise _Refused(f"elements nested more than {MAX_DEPTH} deep at line "
                           f"{parser.CurrentLineNumber}; a PubMed record nests about 12 deep")
        builder.start(tag, attrs)

    def end_element(tag: str) -> None:
        depth[0] -= 1
        builder.end(tag)

    parser.StartElementHandler = start_element
    parser.EndElementHandler = end_element
    parser.CharacterDataHandler = builder.data
    parser.DefaultHandler = default_handler
    try:
        parser.Parse(data, True)
        root = builder.close()
    except _Refused as refused:
        raise AbstractError(f"{source}: unsafe XML: {refused}") from None
    except expat.ExpatError as error:
        raise AbstractError(
            f"{source}: malformed XML at line {error.lineno}, column {error.offset}: "
            f"{expat.ErrorString(error.code)}"
        ) from None
    except (AssertionError, IndexError) as error:  # TreeBuilder on an unbalanced stream
        raise AbstractError(f"{source}: malformed XML: {error}") from None
    return root


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return clean_whitespace("".join(element.itertext()))  # the rule pasted text follows


def _citation(article: ET.Element) -> Citation:
    citation = article.find("MedlineCitation")
    base = citation if citation is not None else article
    art = base.find("Article")
    journal = art.find("Journal") if art is not None else None
    issue = journal.find("JournalIssue") if journal is not None else None
    year_text = _text(issue.find("PubDate/Year")) if issue is not None else ""
    if not year_text and issue is not None:
        match = re.search(r"\d{4}", _text(issue.find("PubDate/MedlineDate")))
        year_text = match.group(0) if match else ""
    authors: list[str] = []
    if art is not None:
        for author in art.findall("AuthorList/Author"):
            collective = _text(author.find("CollectiveName"))
            last = _text(author.find("LastName"))
            initials = _text(author.find("Initials"))
            name = collective or " ".join(p for p in (last, initials) if p)
            if name:
                authors.append(name)
    doi = None
    for location in (art.findall("ELocationID") if art is not None else []):
        if location.get("EIdType") == "doi":
            doi = _text(location)
    for article_id in article.findall("PubmedData/ArticleIdList/ArticleId"):
        if article_id.get("IdType") == "doi" and not doi:
            doi = _text(article_id)
    journal_name = None
    if journal is not None:
        journal_name = _text(journal.find("ISOAbbreviation")) or _text(journal.find("Title")) or None
    return Citation(
        pmid=_text(base.find("PMID")) or None,
        doi=doi,
        journal=journal_name,
        year=int(year_text) if year_text else None,
        volume=(_text(issue.find("Volume")) or None) if issue is not None else None,
        issue=(_text(issue.find("Issue")) or None) if issue is not None else None,
        pages=(_text(art.find("Pagination/MedlinePgn")) or None) if art is not None else None,
        authors=tuple(authors),
    )


def _sections(abstract: ET.Element, source: str) -> list[Section]:
    sections = []
    for node in abstract.findall("AbstractText"):
        text = _text(node)
        if not text:
            continue
        label = (node.get("Label") or "").strip() or None
        given = (node.get("NlmCategory") or "").strip().upper()
        if given:
            try:
                category = NlmCategory(given)
            except ValueError:
                allowed = ", ".join(c.value for c in NlmCategory)
                raise AbstractError(
                    f"{source}: AbstractText NlmCategory {given!r} is not one of {allowed}"
                ) from None
            sections.append(
                Section(label=label, category=category,
                        category_source=CategorySource.PUBMED_XML, text=text)
            )
        else:
            category, how = categorise(label)
            sections.append(Section(label=label, category=category, category_source=how, text=text))
    return sections


def parse_pubmed_xml(data: bytes, source: str = "XML") -> list[StructuredAbstract]:
    """Every article with an abstract in a PubMed XML export, in file order.

    Raises ``AbstractError`` for malformed or unsafe XML, for a root element that is not a
    PubMed article (set), and when no article in the file has an abstract.
    """
    root = safe_fromstring(data, source)
    if root.tag in _SETS:
        articles = [a for a in root if a.tag in _RECORDS]
    elif root.tag in _RECORDS:
        articles = [root]
    else:
        raise AbstractError(
            f"{source}: root element <{root.tag}> is not PubMed XML; expected <PubmedArticleSet>, "
            "<PubmedArticle>, <MedlineCitationSet> or <MedlineCitation> (efetch with "
            "db=pubmed&retmode=xml, or a MEDLINE baseline file)"
        )
    parsed = []
    for article in articles:
        abstract_nodes = article.findall(".//Abstract")
        sections = [s for node in abstract_nodes[:1] for s in _sections(node, source)]
        if not sections:
            continue
        title = _text(article.find(".//ArticleTitle")) or _text(article.find(".//BookTitle"))
        parsed.append(
            StructuredAbstract(
                title=title or None,
                citation=_citation(article),
                sections=tuple(sections),
                source_format="pubmed-xml",
            )
        )
    if not parsed:
        raise AbstractError(f"{source}: no article in the file has an abstract")
    return parsed
