"""Reading the LMS exports back, for the round-trip tests of ``nmo_teach.lms``.

No maintained Python package reads Canvas QTI 1.2 or Moodle XML back into questions (the ones
on PyPI write these formats, or read QTI 2.x/3.0), so these readers are small ElementTree
parsers written from the formats, independent of the writers: the QTI reader *scores* a
response by evaluating the item's ``resprocessing`` conditions the way an LMS does, so the tests
check what a student would be scored and shown, not which elements the writer happened to emit.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "li"):
            self.parts.append("\n")


def text_of(markup: str) -> str:
    """The words of an HTML fragment, paragraphs on their own lines, whitespace folded."""
    parser = _Text()
    parser.feed(markup)
    lines = "".join(parser.parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def comments(xml_bytes: bytes) -> list[str]:
    """The text of every XML comment in a document."""
    return [match.decode().strip() for match in re.findall(rb"<!--(.*?)-->", xml_bytes, re.DOTALL)]


@dataclass
class QtiItem:
    ident: str
    question_type: str
    stem: str  # plain text
    choices: dict[str, str] = field(default_factory=dict)  # response label ident -> plain text
    feedback: dict[str, str] = field(default_factory=dict)  # itemfeedback ident -> plain text
    responses: dict[str, dict[str, str]] = field(default_factory=dict)  # respident -> {label: text}
    prompts: dict[str, str] = field(default_factory=dict)  # respident -> its own prompt (matching)
    element: ET.Element | None = None

    def score(self, response: dict[str, object]) -> tuple[float, list[str]]:
        """(SCORE, the feedback idents shown) for ``response``: respident -> value or set."""
        assert self.element is not None
        score = 0.0
        shown: list[str] = []
        for condition in self.element.iter(f"{QTI}respcondition"):
            if not _holds(condition.find(f"{QTI}conditionvar"), response):
                continue
            for setvar in condition.findall(f"{QTI}setvar"):
                value = float(setvar.text or 0)
                score = value if setvar.get("action") == "Set" else score + value
            shown += [d.get("linkrefid", "") for d in condition.findall(f"{QTI}displayfeedback")]
            if condition.get("continue", "No") == "No":
                break
        return score, shown


def _holds(node: ET.Element | None, response: dict[str, object]) -> bool:
    assert node is not None
    tag = node.tag.removeprefix(QTI)
    if tag in ("conditionvar", "and"):
        return all(_holds(child, response) for child in node)
    if tag == "or":
        return any(_holds(child, response) for child in node)
    if tag == "not":
        return not _holds(node[0], response)
    if tag == "other":
        return True
    given = response.get(node.get("respident", ""))
    expected = node.text or ""
    if given is None:
        return False
    if tag == "varequal":
        if isinstance(given, (set, frozenset)):
            return expected in given
        if isinstance(given, (int, float)):
            return float(expected) == float(given)
        return str(given).casefold() == expected.casefold()
    if tag == "vargte":
        return float(given) >= float(expected)  # type: ignore[arg-type]
    if tag == "varlte":
        return float(given) <= float(expected)  # type: ignore[arg-type]
    raise AssertionError(f"unexpected condition {tag}")


def _mattext(node: ET.Element | None) -> str:
    assert node is not None
    text = node.find(f".//{QTI}mattext")
    assert text is not None
    return text_of(text.text or "") if text.get("texttype") == "text/html" else (text.text or "")


def read_manifest(xml_bytes: bytes) -> list[tuple[str, str]]:
    """(resource type, file href) for every resource of an IMS content package manifest."""
    root = ET.fromstring(xml_bytes)
    return [(resource.get("type", ""), file.get("href", ""))
            for resource in root.iter(f"{CP}resource") for file in resource.iter(f"{CP}file")]


def read_qti(xml_bytes: bytes) -> tuple[str, dict[str, str], dict[str, QtiItem]]:
    """(assessment title, its metadata, items by ident) of one QTI 1.2 assessment document."""
    root = ET.fromstring(xml_bytes)
    assessment = root.find(f"{QTI}assessment")
    assert assessment is not None
    metadata = {f.findtext(f"{QTI}fieldlabel") or "": f.findtext(f"{QTI}fieldentry") or ""
                for f in assessment.findall(f"{QTI}qtimetadata/{QTI}qtimetadatafield")}
    items = {}
    for element in assessment.iter(f"{QTI}item"):
        fields = {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry")
                  for f in element.iter(f"{QTI}qtimetadatafield")}
        presentation = element.find(f"{QTI}presentation")
        assert presentation is not None
        item = QtiItem(ident=element.get("ident", ""), question_type=fields["question_type"] or "",
                       stem=_mattext(presentation.find(f"{QTI}material")), element=element)
        for lid in presentation.findall(f"{QTI}response_lid"):
            labels = {label.get("ident", ""): _mattext(label) for label in lid.iter(f"{QTI}response_label")}
            item.responses[lid.get("ident", "")] = labels
            item.choices.update(labels)
            own = lid.find(f"{QTI}material")
            if own is not None:
                item.prompts[lid.get("ident", "")] = _mattext(own)
        for feedback in element.findall(f"{QTI}itemfeedback"):
            item.feedback[feedback.get("ident", "")] = _mattext(feedback)
        items[item.ident] = item
    return assessment.get("title", ""), metadata, items


@dataclass
class MoodleQuestion:
    qtype: str
    idnumber: str
    text: str
    general: str
    answers: list[tuple[float, str, str]]  # (fraction, text, feedback), texts plain
    tolerance: str | None
    single: bool | None
    subquestions: list[tuple[str, str]]
    combined: dict[str, str]  # correctfeedback, incorrectfeedback, ...


def _html_child(node: ET.Element, tag: str) -> str:
    child = node.find(tag)
    if child is None:
        return ""
    raw = child.findtext("text") or ""
    return text_of(raw) if child.get("format") == "html" else html.unescape(raw)


def read_moodle(xml_bytes: bytes) -> tuple[list[str], dict[str, MoodleQuestion]]:
    """(category paths, questions by idnumber) of a Moodle XML document."""
    root = ET.fromstring(xml_bytes)
    assert root.tag == "quiz"
    categories, questions = [], {}
    for node in root.findall("question"):
        qtype = node.get("type", "")
        if qtype == "category":
            categories.append(node.findtext("category/text") or "")
            continue
        answers = [(float(a.get("fraction", "nan")),
                    text_of(a.findtext("text") or "") if a.get("format") == "html" else a.findtext("text") or "",
                    _html_child(a, "feedback")) for a in node.findall("answer")]
        single = node.findtext("single")
        question = MoodleQuestion(
            qtype=qtype, idnumber=node.findtext("idnumber") or "", text=_html_child(node, "questiontext"),
            general=_html_child(node, "generalfeedback"), answers=answers,
            tolerance=node.findtext("answer/tolerance"),
            single=None if single is None else single == "true",
            subquestions=[(text_of(s.findtext("text") or ""), s.findtext("answer/text") or "")
                          for s in node.findall("subquestion")],
            combined={tag: _html_child(node, tag) for tag in
                      ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")},
        )
        questions[question.idnumber] = question
    return categories, questions
