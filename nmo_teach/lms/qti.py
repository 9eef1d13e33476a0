"""Canvas-importable QTI 1.2: an IMS content package (a zip) holding one assessment per bank.

Canvas's "QTI .zip file" import reads ``imsmanifest.xml`` and each resource of type
``imsqti_xmlv1p2`` it lists. Question kinds follow the Canvas dialect of QTI 1.2: the
``question_type`` field of each item's metadata (``multiple_choice_question``,
``multiple_answers_question``, ``numerical_question``, ``short_answer_question``,
``matching_question``), answers scored in ``resprocessing`` with ``SCORE`` 0-100, and feedback
as ``itemfeedback`` elements: ``<choice id>_fb`` per option, ``correct_fb`` and
``general_incorrect_fb`` for right and wrong answers, ``general_fb`` for everyone (the source and
the engine's reasons). The bank's retry policy sets the quiz's allowed attempts
(``cc_maxattempts``). QTI 1.2 has no ordering type; ordering items come as matching (see
``nmo_teach.lms.items``), with a comment in the item.
"""

from __future__ import annotations

import copy
import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence

from nmo_teach.lms.items import ExportItem
from nmo_teach.lms.xmltext import comment, general_html, paragraphs, serialise, stem_html
from nmo_teach.quiz.bank import Quiz
from nmo_teach.quiz.checking import format_number as number
from nmo_teach.quiz.markup import to_plain
from nmo_teach.quiz.model import Attempts

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
RESOURCE_TYPE = "imsqti_xmlv1p2"
QUESTION_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "numeric": "numerical_question",
    "text": "short_answer_question",
    "matching": "matching_question",
}
RESPONSE = "response1"
# The bank's retry policy as the quiz's allowed attempts (the Common Cartridge vocabulary that
# Canvas reads): a graded bank's first answer counts, a practice bank may be retried.
MAX_ATTEMPTS = {Attempts.GRADED: "1", Attempts.PRACTICE: "unlimited"}


def assessment_path(bank: str) -> str:
    """Where a bank's assessment sits in the package."""
    return f"{bank}/{bank}.xml"


def package(banks: Sequence[tuple[Quiz, list[ExportItem]]]) -> bytes:
    """The zip Canvas imports: a manifest and one assessment file per bank."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest([quiz.chapter for quiz, _ in banks]))
        for quiz, items in banks:
            archive.writestr(assessment_path(quiz.chapter), assessment(quiz, items))
    return buffer.getvalue()


def manifest(banks: Sequence[str]) -> bytes:
    """``imsmanifest.xml``: one ``imsqti_xmlv1p2`` resource per bank."""
    ET.register_namespace("", CP_NS)
    root = ET.Element(f"{{{CP_NS}}}manifest", identifier="nmo-teach-quiz-banks")
    metadata = ET.SubElement(root, f"{{{CP_NS}}}metadata")
    ET.SubElement(metadata, f"{{{CP_NS}}}schema").text = "IMS Content"
    ET.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.1.3"
    ET.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = ET.SubElement(root, f"{{{CP_NS}}}resources")
    for bank in banks:
        resource = ET.SubElement(resources, f"{{{CP_NS}}}resource", identifier=f"nmo-{bank}",
                                 type=RESOURCE_TYPE)
        ET.SubElement(resource, f"{{{CP_NS}}}file", href=assessment_path(bank))
    return serialise(root)


def assessment(quiz: Quiz, items: Sequence[ExportItem]) -> bytes:
    """One bank as a QTI ``questestinterop`` document with a single section."""
    ET.register_namespace("", QTI_NS)
    root = ET.Element(_q("questestinterop"))
    root.append(comment(f"nmo-teach quiz bank {quiz.chapter}: {len(items)} questions, exported "
                        "for Canvas (QTI 1.2). Answers are computed by the package, not typed."))
    test = ET.SubElement(root, _q("assessment"), ident=f"nmo-{quiz.chapter}", title=quiz.title)
    field = _sub(_sub(test, "qtimetadata"), "qtimetadatafield")
    _sub(field, "fieldlabel", "cc_maxattempts")
    _sub(field, "fieldentry", MAX_ATTEMPTS[quiz.attempts])
    section = ET.SubElement(test, _q("section"), ident="root_section")
    for item in items:
        section.append(_item(item))
    return serialise(root)


def _q(tag: str) -> str:
    return f"{{{QTI_NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attributes)
    if text is not None:
        element.text = text
    return element


def _item(item: ExportItem) -> ET.Element:
    element = ET.Element(_q("item"), ident=item.ident, title=item.question_id)
    for note in item.notes:
        element.append(comment(f"nmo-teach: {note}"))
    _metadata(element, item)
    presentation = _sub(element, "presentation")
    _mattext(presentation, stem_html(item))
    processing = _sub(element, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    _display(processing, "general_fb", _other())
    if item.kind in ("single", "multiple"):
        _choices(presentation, processing, item)
    elif item.kind == "matching":
        _matching(presentation, processing, item)
    else:
        _fill_in(presentation, processing, item)
    _feedback(element, "general_fb", general_html(item))
    if item.kind in ("single", "multiple"):
        for choice in item.choices:
            _feedback(element, f"{choice.ident}_fb", paragraphs([choice.feedback]))
    else:
        _feedback(element, "correct_fb", paragraphs([item.correct_feedback]))
        _feedback(element, "general_incorrect_fb", paragraphs([item.incorrect_feedback]))
    return element


def _metadata(element: ET.Element, item: ExportItem) -> None:
    fields = _sub(_sub(element, "itemmetadata"), "qtimetadata")
    answer_ids = ",".join(choice.ident for choice in item.choices)
    for label, entry in (("question_type", QUESTION_TYPES[item.kind]), ("points_possible", "1.0"),
                         ("original_answer_ids", answer_ids)):
        field = _sub(fields, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _mattext(parent: ET.Element, html: str) -> None:
    _sub(_sub(parent, "material"), "mattext", html, texttype="text/html")


def _other() -> ET.Element:
    condition = ET.Element(_q("conditionvar"))
    _sub(condition, "other")
    return condition


def _equal(value: str, respident: str = RESPONSE) -> ET.Element:
    element = ET.Element(_q("varequal"), respident=respident)
    element.text = value
    return element


def _condition(*tests: ET.Element) -> ET.Element:
    condition = ET.Element(_q("conditionvar"))
    condition.extend(tests)
    return condition


def _display(processing: ET.Element, feedback: str, condition: ET.Element) -> None:
    respcondition = _sub(processing, "respcondition", **{"continue": "Yes"})
    respcondition.append(condition)
    _sub(respcondition, "displayfeedback", feedbacktype="Response", linkrefid=feedback)


def _score(processing: ET.Element, condition: ET.Element, action: str, value: str,
           feedback: str | None) -> None:
    respcondition = _sub(processing, "respcondition", **{"continue": "No" if action == "Set" else "Yes"})
    respcondition.append(condition)
    _sub(respcondition, "setvar", value, action=action, varname="SCORE")
    if feedback:
        _sub(respcondition, "displayfeedback", feedbacktype="Response", linkrefid=feedback)


def _choices(presentation: ET.Element, processing: ET.Element, item: ExportItem) -> None:
    cardinality = "Single" if item.kind == "single" else "Multiple"
    render = _sub(_sub(presentation, "response_lid", ident=RESPONSE, rcardinality=cardinality),
                  "render_choice")
    for choice in item.choices:
        _mattext(_sub(render, "response_label", ident=choice.ident), paragraphs([choice.text]))
    for choice in item.choices:
        _display(processing, f"{choice.ident}_fb", _condition(_equal(choice.ident)))
    if item.kind == "single":
        _score(processing, _condition(_equal(item.correct_choices[0].ident)), "Set", "100", None)
        return
    conjunction = ET.Element(_q("and"))
    for choice in item.choices:
        if choice.correct:
            conjunction.append(_equal(choice.ident))
        else:
            _sub(conjunction, "not").append(_equal(choice.ident))
    _score(processing, _condition(conjunction), "Set", "100", None)


def _fill_in(presentation: ET.Element, processing: ET.Element, item: ExportItem) -> None:
    response = _sub(presentation, "response_str", ident=RESPONSE, rcardinality="Single")
    if item.kind == "numeric":
        assert item.value is not None
        _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
        exact = _equal(number(item.value))
        within = ET.Element(_q("and"))
        _sub(within, "vargte", number(item.value - item.tolerance), respident=RESPONSE)
        _sub(within, "varlte", number(item.value + item.tolerance), respident=RESPONSE)
        either = ET.Element(_q("or"))
        either.extend((exact, within))
        _score(processing, _condition(either), "Set", "100", "correct_fb")
    else:
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        _score(processing, _condition(*(_equal(text) for text in item.accepted)), "Set", "100",
               "correct_fb")
    _display(processing, "general_incorrect_fb", _other())


def _matching(presentation: ET.Element, processing: ET.Element, item: ExportItem) -> None:
    rights = sorted({pair.right for pair in item.pairs})
    right_ids = {right: f"{item.ident}-match-{index}" for index, right in enumerate(rights)}
    share = number(round(100 / len(item.pairs), 4))
    for index, pair in enumerate(item.pairs):
        respident = f"response_{item.ident}-{index}"
        lid = _sub(presentation, "response_lid", ident=respident)
        _sub(_sub(lid, "material"), "mattext", to_plain(pair.left), texttype="text/plain")
        render = _sub(lid, "render_choice")
        for right in rights:
            label = _sub(render, "response_label", ident=right_ids[right])
            _sub(_sub(label, "material"), "mattext", right, texttype="text/plain")
        _score(processing, _condition(_equal(right_ids[pair.right], respident)), "Add", share, None)
    all_right = ET.Element(_q("and"))
    all_right.extend(_equal(right_ids[pair.right], f"response_{item.ident}-{index}")
                     for index, pair in enumerate(item.pairs))
    _display(processing, "correct_fb", _condition(all_right))
    wrong = ET.Element(_q("not"))
    wrong.append(copy.deepcopy(all_right))
    _display(processing, "general_incorrect_fb", _condition(wrong))


def _feedback(element: ET.Element, ident: str, html: str) -> None:
    feedback = _sub(element, "itemfeedback", ident=ident)
    _mattext(_sub(feedback, "flow_mat"), html)
