"""The diagnostic criteria engine: a patient record in, a verdict with its reasons out.

A teaching aid, not a clinical decision tool.

API (stable; quizzes, exercises and the book rely on it)
--------------------------------------------------------
``Patient``                         the validated record (pydantic 2; ``nmo_teach.criteria.model``).
                                    Findings are "yes" / "no" / "unknown"; numbers may be "unknown".
                                    An ``Attack`` lists every syndrome of one event (``syndromes``);
                                    cord lesions are ``mri.cord_lesions`` (``CordLesion``: level,
                                    segments, attack number, symptomatic, axial findings).
``parse_patient(dict) -> Patient``  validation; raises ``PatientRecordError`` (an ``NmoTeachError``)
                                    whose ``.problems`` holds one line per bad field. Records in the
                                    earlier shape are upgraded first (``upgrade``).
``load_vignette(id) -> Patient``    a synthetic vignette from ``data/vignettes/<id>.json``;
                                    ``vignette_ids()`` lists them.
``evaluate(name, patient) -> Verdict``
                                    ``name`` in ``CRITERIA``: "ipnd2015", "mcdonald2017",
                                    "mogad2023", "matthews2013". ``patient`` may be a ``Patient``,
                                    a record dict, or ``{"vignette": "<id>"}``.
``Verdict``                         ``.status`` is a ``Status`` (a ``str`` enum): "met",
                                    "not_met" or "undetermined"; ``.items`` every requirement with
                                    ``.status`` and ``.reason``; ``.failed_items``;
                                    ``.undetermined_on`` the unknown facts that would decide it;
                                    ``.judgement_on`` the items left to clinical judgement
                                    (``.needs_judgement``; ``.outcome`` says so in words);
                                    ``.citation`` a references.bib key; ``.explain()`` plain text.
``red_flags(patient)``              raised IPND red flags, each with the finding that raised it.
``nmosd_typical_features(patient)`` the findings atypical for MS that McDonald's "no better
                                    explanation" weighs, each with its fact and source.
``differential(patient)``           runs everything; ``.text()`` is a readable report.

Each criterion is also importable as a pure function: ``ipnd2015``, ``mcdonald2017``,
``mogad2023``, ``matthews2013`` (patient -> Verdict). ``is_letm(segments)`` is the LETM test.
"""

from __future__ import annotations

from collections.abc import Mapping

from nmo_teach.criteria.ipnd2015 import ipnd2015, is_letm
from nmo_teach.criteria.matthews2013 import PERFORMANCE as MATTHEWS_PERFORMANCE
from nmo_teach.criteria.matthews2013 import matthews2013
from nmo_teach.criteria.mcdonald2017 import mcdonald2017
from nmo_teach.criteria.model import (
    Attack,
    AttackMri,
    CordLesion,
    Course,
    Csf,
    Finding,
    Mri,
    Patient,
    RegionLesions,
    Serostatus,
    Syndrome,
)
from nmo_teach.criteria.mogad2023 import mogad2023
from nmo_teach.criteria.records import (
    PatientRecordError,
    load_patients,
    load_vignette,
    load_vignettes,
    parse_patient,
    parse_patients,
    vignette_ids,
)
from nmo_teach.criteria.red_flags import RedFlag, red_flags, unchecked_red_flags
from nmo_teach.criteria.registry import CRITERIA, DISCLAIMER
from nmo_teach.criteria.typical import TypicalFeature, nmosd_typical_features
from nmo_teach.criteria.upgrade import upgrade
from nmo_teach.criteria.verdict import Item, Status, Verdict
from nmo_teach.errors import NmoTeachError

class UnknownCriterionError(NmoTeachError):
    """A criterion name that the engine does not have."""


def resolve_patient(patient: Patient | Mapping[str, object]) -> Patient:
    """A ``Patient`` from a ``Patient``, a record dict, or ``{"vignette": "<id>"}``."""
    if isinstance(patient, Patient):
        return patient
    if isinstance(patient, Mapping) and set(patient) == {"vignette"}:
        return load_vignette(str(patient["vignette"]))
    return parse_patient(patient)


def evaluate(criterion: str, patient: Patient | Mapping[str, object]) -> Verdict:
    """Apply the named criterion to a patient (see the module docstring for what is accepted)."""
    try:
        function = CRITERIA[criterion]
    except KeyError:
        raise UnknownCriterionError(
            f"criterion: got {criterion!r}; allowed: {', '.join(CRITERIA)}"
        ) from None
    return function(resolve_patient(patient))


from nmo_teach.criteria.differential import Differential, TestSuggestion, differential  # noqa: E402

__all__ = [
    "CRITERIA",
    "DISCLAIMER",
    "MATTHEWS_PERFORMANCE",
    "Attack",
    "AttackMri",
    "CordLesion",
    "Course",
    "Csf",
    "Differential",
    "TestSuggestion",
    "TypicalFeature",
    "Finding",
    "Item",
    "Mri",
    "Patient",
    "PatientRecordError",
    "RedFlag",
    "RegionLesions",
    "Serostatus",
    "Status",
    "Syndrome",
    "UnknownCriterionError",
    "Verdict",
    "differential",
    "evaluate",
    "ipnd2015",
    "is_letm",
    "load_patients",
    "load_vignette",
    "load_vignettes",
    "matthews2013",
    "mcdonald2017",
    "mogad2023",
    "nmosd_typical_features",
    "parse_patient",
    "parse_patients",
    "red_flags",
    "resolve_patient",
    "unchecked_red_flags",
    "upgrade",
    "vignette_ids",
]
