"""Appraising a case series from its abstract: JBI checklist, CEBM level, worksheet.

The checklist items, the CEBM cells and the instructor's key are data (``data/appraisal``);
loaders read them once, and the functions that apply them to an abstract are pure. The
worksheet's answers for an arbitrary abstract are *suggestions* found by text patterns: each
comes with the sentences it rests on, so a student can see why, and disagree.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nmo_teach.abstracts.errors import AbstractError
from nmo_teach.abstracts.figures import sentence_spans
from nmo_teach.abstracts.model import FigureKind, StructuredAbstract
from nmo_teach.paths import data_dir
from nmo_teach.validation import describe_validation_error, read_yaml

APPRAISAL_FOLDER = Path("appraisal")


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"
    NOT_APPLICABLE = "not applicable"


class QuestionType(StrEnum):
    """OCEBM 2011 rows this toolkit encodes (the VERIFIED case-series cells)."""

    PREVALENCE = "prevalence"
    DIAGNOSIS = "diagnosis"
    PROGNOSIS = "prognosis"
    TREATMENT_BENEFIT = "treatment-benefit"
    TREATMENT_HARM = "treatment-harm"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ChecklistItem(_Frozen):
    number: int = Field(ge=1)
    id: str
    paraphrase: str
    look_for: str
    evidence_patterns: tuple[str, ...]
    strong_patterns: tuple[str, ...] = ()
    negative_patterns: tuple[str, ...] = ()


class Checklist(_Frozen):
    checklist: str
    title: str
    reference: str
    secondary_reference: str | None = None
    answers: tuple[Answer, ...]
    items: tuple[ChecklistItem, ...] = Field(min_length=1)


class CebmCell(_Frozen):
    id: QuestionType
    question: str
    level: int | None
    cell: str


class CebmTable(_Frozen):
    table: str
    reference: str
    design: str
    footnote: str
    questions: tuple[CebmCell, ...]


class KeyAnswer(_Frozen):
    item: int
    answer: Answer
    evidence: str
    reasoning: str


class KeyCebm(_Frozen):
    question: QuestionType
    level: int | None
    reasoning: str


class InstructorKey(_Frozen):
    key: str
    status: str
    pmid: str | None = None
    reference: str
    checklist: str
    answers: tuple[KeyAnswer, ...]
    cebm: tuple[KeyCebm, ...] = ()


class CebmLevel(_Frozen):
    """The OCEBM 2011 level of a design for a question type, with the reason in words."""

    question: QuestionType
    design: str
    level: int | None
    explanation: str
    reference: str


class WorksheetRow(_Frozen):
    number: int
    item: str
    look_for: str
    evidence: tuple[str, ...]
    answer: Answer
    reasoning: str
    source: str  # "instructor key" or "suggested from the text"


class Worksheet(_Frozen):
    title: str | None
    checklist: str
    reference: str
    rows: tuple[WorksheetRow, ...]
    cebm: tuple[CebmLevel, ...] = ()
    design: str | None = None


def _load_yaml(name: str, model: type[BaseModel]) -> Any:
    path = data_dir() / APPRAISAL_FOLDER / name
    raw = read_yaml(path, AbstractError, "appraisal table (YAML)")
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise AbstractError(f"{path}: {describe_validation_error(error, root=model)}") from None


@lru_cache(maxsize=1)
def load_jbi_checklist() -> Checklist:
    """The paraphrased JBI case-series checklist (``data/appraisal/jbi-case-series.yaml``)."""
    checklist: Checklist = _load_yaml("jbi-case-series.yaml", Checklist)
    numbers = [item.number for item in checklist.items]
    if numbers != list(range(1, len(numbers) + 1)):
        raise AbstractError(f"jbi-case-series.yaml: items must be numbered 1..n, got {numbers}")
    return checklist


@lru_cache(maxsize=1)
def load_cebm_table() -> CebmTable:
    """The case-series cells of the OCEBM 2011 table."""
    return _load_yaml("ocebm2011-case-series.yaml", CebmTable)


@lru_cache(maxsize=4)
def load_instructor_key(name: str = "kleiter2012") -> InstructorKey:
    """An instructor's key (``data/appraisal/<name>-key.yaml``); DERIVED model answers."""
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise AbstractError(f"instructor key {name!r}: names are lower-case letters, digits, '-'")
    return _load_yaml(f"{name}-key.yaml", InstructorKey)


_DESIGNS: tuple[tuple[str, str], ...] = (
    ("systematic review", r"systematic review|meta-analys"),
    ("randomized controlled trial", r"randomi[sz]ed|randomly assigned"),
    ("case report", r"\bcase report\b"),
    ("case series", r"case series|case-series|series of \d+ patients|we (?:report|describe) \d+ patients"),
    ("case-control study", r"case-control|case control"),
    ("cohort study", r"\bcohort\b"),
    ("cross-sectional study", r"cross-sectional|survey"),
)


def detect_design(abstract: StructuredAbstract) -> str | None:
    """The study design the abstract names, preferring a DESIGN-like section over the rest."""
    design_sections = [s.text for s in abstract.sections if s.label and "design" in s.label.lower()]
    for texts in (design_sections, [abstract.text()]):
        for text in texts:
            for name, pattern in _DESIGNS:
                if re.search(pattern, text, re.IGNORECASE):
                    return name
    return None


def cebm_level(design: str | None, question: QuestionType | str,
               table: CebmTable | None = None) -> CebmLevel:
    """The OCEBM 2011 level of ``design`` for ``question``.

    Only the case-series cells are encoded (those the brief could verify); for another design the
    level is ``None`` and the explanation says so rather than guessing.
    """
    table = table or load_cebm_table()
    try:
        question = QuestionType(question)
    except ValueError:
        allowed = ", ".join(q.value for q in QuestionType)
        raise AbstractError(f"CEBM question {question!r} is not one of {allowed}") from None
    cell = next(c for c in table.questions if c.id is question)
    if design != table.design:
        return CebmLevel(
            question=question, design=design or "unknown", level=None, reference=table.reference,
            explanation=(f"This toolkit encodes only where a {table.design} sits in the OCEBM 2011 "
                         f"table; look up a {design or 'design not stated'} in the table itself."),
        )
    if cell.level is None:
        explanation = f"For '{cell.question}': {cell.cell}"
    else:
        explanation = f"For '{cell.question}', level {cell.level}: {cell.cell}."
    return CebmLevel(question=question, design=design, level=cell.level,
                     explanation=explanation, reference=table.reference)


def _sentences(abstract: StructuredAbstract) -> list[str]:
    found = []
    for section in abstract.sections:
        prefix = f"{section.label}: " if section.label else ""
        found.extend(prefix + section.text[a:b] for a, b in sentence_spans(section.text))
    return found


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def _suggest(item: ChecklistItem, abstract: StructuredAbstract,
             evidence: tuple[str, ...]) -> tuple[Answer, str]:
    """A suggested answer from the text alone; conservative: 'unclear' unless the text says."""
    joined = " ".join(evidence)
    if item.negative_patterns and _matches(item.negative_patterns, joined):
        return Answer.NO, "The abstract says so explicitly (see the evidence)."
    if item.id == "demographics-reported":
        has_age = any(f.quantity.startswith("age") for f in abstract.figures) or bool(
            re.search(r"\bage[d]?\b", joined, re.IGNORECASE))
        has_sex = bool(re.search(r"female|male|women|\bmen\b|\bsex\b", joined, re.IGNORECASE))
        if has_age and has_sex:
            return Answer.YES, "Both age and sex are reported."
        if has_age or has_sex:
            return Answer.UNCLEAR, "Only one of age and sex is reported."
        return Answer.NO, "Neither age nor sex is reported in the abstract."
    if item.id == "statistics-appropriate":
        kinds = {f.kind for f in abstract.figures}
        descriptive = {FigureKind.COUNT, FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.RANGE,
                       FigureKind.PERCENTAGE, FigureKind.DURATION}
        if kinds and kinds <= descriptive:
            return Answer.YES, ("Only descriptive figures (counts, medians, ranges, percentages) "
                                "are reported, which suits a series without a comparison group.")
        if kinds:
            return Answer.UNCLEAR, ("Inferential figures are reported; check in the full text "
                                    "what was compared with what.")
        return Answer.UNCLEAR, "The abstract reports no figures to judge the analysis by."
    if item.strong_patterns and _matches(item.strong_patterns, joined):
        return Answer.YES, "The abstract states it (see the evidence)."
    if evidence:
        return Answer.UNCLEAR, ("The abstract touches on this (see the evidence) but does not "
                                "settle it; the full text may.")
    return Answer.UNCLEAR, "The abstract does not say; look in the full text."


def worksheet(abstract: StructuredAbstract, key: InstructorKey | None = None,
              checklist: Checklist | None = None) -> Worksheet:
    """The JBI worksheet for ``abstract``: each item, its evidence, an answer and why.

    With an instructor ``key`` the answers and reasoning are the key's (DERIVED model answers);
    without one they are suggestions from the text.
    """
    checklist = checklist or load_jbi_checklist()
    sentences = _sentences(abstract)
    keyed = {answer.item: answer for answer in key.answers} if key else {}
    rows = []
    for item in checklist.items:
        evidence = tuple(s for s in sentences if _matches(item.evidence_patterns, s))
        if item.number in keyed:
            entry = keyed[item.number]
            answer, reasoning, source = entry.answer, entry.reasoning, "instructor key (DERIVED)"
            evidence = evidence or (entry.evidence,)
        else:
            answer, reasoning = _suggest(item, abstract, evidence)
            source = "suggested from the text"
        rows.append(WorksheetRow(number=item.number, item=item.paraphrase, look_for=item.look_for,
                                 evidence=evidence, answer=answer, reasoning=reasoning, source=source))
    design = detect_design(abstract)
    levels = tuple(cebm_level(design, q) for q in
                   (QuestionType.TREATMENT_BENEFIT, QuestionType.TREATMENT_HARM,
                    QuestionType.DIAGNOSIS))
    return Worksheet(title=abstract.title, checklist=checklist.title, reference=checklist.reference,
                     rows=tuple(rows), cebm=levels, design=design)


def key_for(abstract: StructuredAbstract) -> InstructorKey | None:
    """The shipped instructor key whose PMID matches the abstract, if any."""
    folder = data_dir() / APPRAISAL_FOLDER
    for path in sorted(folder.glob("*-key.yaml")):
        key = load_instructor_key(path.name.removesuffix("-key.yaml"))
        if key.pmid and key.pmid == abstract.citation.pmid:
            return key
    return None
