"""The patient record: every fact the criteria read, with "unknown" as a value of its own.

Why a dedicated model: the criteria must never mistake a missing fact for a negative one. An
untested AQP4-IgG is not a negative AQP4-IgG, an MRI nobody looked at is not a normal MRI. Every
finding therefore takes ``"yes"``, ``"no"`` or ``"unknown"`` (default ``"unknown"``), and every
measurement takes a number or ``"unknown"``. Validation names the field, the bad value and what
is allowed, so that a student's JSON file gets a useful answer.

Units: cord lesion and atrophy lengths in contiguous *vertebral segments*; the optic-nerve share
as a fraction of the nerve's length (0 to 1); time to nadir in hours; MOG-IgG titre as the
reciprocal dilution (100 means 1:100); CSF cells per microlitre; progression in months.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, model_validator

UNKNOWN: Literal["unknown"] = "unknown"
Unknown = Literal["unknown"]

MAX_SEGMENTS = 24  # C1 to L5: no lesion or atrophy can span more vertebral segments
Segments = Annotated[StrictInt, Field(ge=0, le=MAX_SEGMENTS)] | Unknown
LesionCount = Annotated[StrictInt, Field(ge=0, le=1000)] | Unknown
Share = Annotated[StrictFloat | StrictInt, Field(ge=0, le=1)] | Unknown
Hours = Annotated[StrictFloat | StrictInt, Field(ge=0, le=24 * 365 * 5, allow_inf_nan=False)] | Unknown


class Finding(StrEnum):
    """Whether a finding is present. ``unknown`` means nobody knows, not "absent"."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Serostatus(StrEnum):
    """Result of an antibody test; ``unknown`` also covers "not done" and "unavailable"."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


class Assay(StrEnum):
    """How AQP4-IgG or MOG-IgG was measured (cell-based assays are the recommended method)."""

    CELL_BASED = "cell-based"
    FLOW_CYTOMETRY = "flow-cytometry"
    ELISA = "elisa"
    TISSUE_IMMUNOFLUORESCENCE = "tissue-immunofluorescence"
    FIPA = "fipa"
    OTHER = "other"
    UNKNOWN = "unknown"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class Course(StrEnum):
    """Overall course: relapsing (attacks), progressive (worsening independent of attacks)."""

    RELAPSING = "relapsing"
    PROGRESSIVE = "progressive"
    MONOPHASIC = "monophasic"
    UNKNOWN = "unknown"


class Syndrome(StrEnum):
    """The clinical syndrome of an attack.

    The first six are the core clinical characteristics of the IPND 2015 criteria. ``adem``,
    ``cerebellar`` and ``cortical-encephalitis`` are core demyelinating events of the MOGAD
    2023 criteria that are not IPND core characteristics; ``other`` is anything else.
    """

    OPTIC_NEURITIS = "optic-neuritis"
    ACUTE_MYELITIS = "acute-myelitis"
    AREA_POSTREMA = "area-postrema"
    ACUTE_BRAINSTEM = "acute-brainstem"
    DIENCEPHALIC = "diencephalic"  # symptomatic narcolepsy or acute diencephalic syndrome
    CEREBRAL = "cerebral"  # symptomatic cerebral syndrome
    ADEM = "adem"
    CEREBELLAR = "cerebellar"
    CORTICAL_ENCEPHALITIS = "cortical-encephalitis"
    OTHER = "other"

    @property
    def words(self) -> str:
        return SYNDROME_WORDS[self]


SYNDROME_WORDS: dict[Syndrome, str] = {
    Syndrome.OPTIC_NEURITIS: "optic neuritis",
    Syndrome.ACUTE_MYELITIS: "acute myelitis",
    Syndrome.AREA_POSTREMA: "area postrema syndrome",
    Syndrome.ACUTE_BRAINSTEM: "acute brainstem syndrome",
    Syndrome.DIENCEPHALIC: "symptomatic narcolepsy or acute diencephalic syndrome",
    Syndrome.CEREBRAL: "symptomatic cerebral syndrome",
    Syndrome.ADEM: "acute disseminated encephalomyelitis (ADEM)",
    Syndrome.CEREBELLAR: "cerebellar syndrome",
    Syndrome.CORTICAL_ENCEPHALITIS: "cerebral cortical encephalitis",
    Syndrome.OTHER: "other syndrome",
}


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class AntibodyTest(_Record):
    """A serum antibody test result and the method used."""

    result: Serostatus = Serostatus.UNKNOWN
    assay: Assay = Assay.UNKNOWN


class MogTest(_Record):
    """MOG-IgG: serum result, titre (reciprocal; 100 = 1:100) and, if done, the CSF result."""

    result: Serostatus = Serostatus.UNKNOWN
    titre: Annotated[StrictInt, Field(ge=1, le=10_000_000)] | Unknown = UNKNOWN
    assay: Assay = Assay.UNKNOWN
    csf_result: Serostatus = Serostatus.UNKNOWN

    @model_validator(mode="after")
    def _titre_needs_positive(self) -> Self:
        if self.titre != UNKNOWN and self.result is not Serostatus.POSITIVE:
            raise ValueError(
                f"a titre ({self.titre}) is given but the serum result is '{self.result.value}';"
                " a titre is allowed only with result 'positive'"
            )
        return self


class AttackMri(_Record):
    """MRI findings associated with one attack."""

    cord_lesion_segments: Segments = Field(
        UNKNOWN, description="Length of the attack's cord lesion in contiguous vertebral segments (0 = no cord lesion)."
    )
    cord_atrophy_segments: Segments = Field(
        UNKNOWN, description="Contiguous vertebral segments of focal cord atrophy."
    )
    peripheral_cord_lesion: Finding = Field(
        Finding.UNKNOWN, description="Cord lesion predominantly (>70%) in the peripheral cord on axial T2."
    )
    central_cord_lesion: Finding = Field(
        Finding.UNKNOWN, description="Central cord lesion or H-sign."
    )
    conus_lesion: Finding = Finding.UNKNOWN
    optic_nerve_share: Share = Field(
        UNKNOWN, description="Share of the optic-nerve length with a T2 or gadolinium-enhancing lesion (0 to 1)."
    )
    optic_chiasm: Finding = Field(Finding.UNKNOWN, description="Lesion involving the optic chiasm.")
    perineural_optic_sheath_enhancement: Finding = Finding.UNKNOWN
    dorsal_medulla_lesion: Finding = Field(
        Finding.UNKNOWN, description="Dorsal medulla / area postrema lesion."
    )
    periependymal_brainstem_lesion: Finding = Finding.UNKNOWN
    nmosd_diencephalic_lesion: Finding = Field(
        Finding.UNKNOWN, description="NMOSD-typical diencephalic MRI lesion."
    )
    nmosd_brain_lesion: Finding = Field(
        Finding.UNKNOWN, description="NMOSD-typical brain lesion (cerebral)."
    )
    mogad_brain_feature: Finding = Field(
        Finding.UNKNOWN,
        description=(
            "A MOGAD 2023 supporting brain feature: deep grey-matter involvement; multiple ill-defined T2"
            " lesions in supra- and infratentorial white matter; a cortical lesion (with or without"
            " meningeal enhancement); or ill-defined T2 hyperintensity in medulla, pons or middle"
            " cerebellar peduncle."
        ),
    )


class Attack(_Record):
    """One clinical attack: when, what, how fast, and its MRI."""

    syndrome: Syndrome
    onset: date | Unknown = UNKNOWN
    nadir_hours: Hours = Field(UNKNOWN, description="Hours from onset to the worst point (nadir).")
    partial_myelitis: Finding = Field(
        Finding.UNKNOWN, description="Partial (not complete) transverse myelitis."
    )
    bilateral_optic_neuritis: Finding = Field(
        Finding.UNKNOWN, description="Simultaneous bilateral optic nerve involvement."
    )
    optic_disc_oedema: Finding = Finding.UNKNOWN
    mri: AttackMri = AttackMri()


class RegionLesions(_Record):
    """Number of T2 lesions in each region (the four McDonald DIS regions and the optic nerve)."""

    periventricular: LesionCount = UNKNOWN
    cortical_juxtacortical: LesionCount = UNKNOWN
    infratentorial: LesionCount = UNKNOWN
    spinal_cord: LesionCount = UNKNOWN
    optic_nerve: LesionCount = UNKNOWN


class Mri(_Record):
    """Brain and cord MRI of the patient as a whole (any time point unless stated)."""

    lesions: RegionLesions = RegionLesions()
    enhancing_and_nonenhancing: Finding = Field(
        Finding.UNKNOWN, description="Gadolinium-enhancing and non-enhancing lesions on the same scan."
    )
    new_lesion_on_follow_up: Finding = Field(
        Finding.UNKNOWN, description="A new T2 or enhancing lesion on follow-up MRI compared with a baseline scan."
    )
    dawson_fingers: Finding = Field(
        Finding.UNKNOWN, description="Lesion perpendicular to the lateral ventricle (Dawson's finger type)."
    )
    lateral_ventricle_and_inferior_temporal_lesion: Finding = Field(
        Finding.UNKNOWN,
        description=(
            "Matthews 2013 criterion 1: lesion adjacent to the body of the lateral ventricle and in"
            " the inferior temporal lobe (one fact; the paper's exact reading is an open question)."
        ),
    )
    subcortical_u_fibre_lesion: Finding = Field(
        Finding.UNKNOWN, description="Juxtacortical lesion involving subcortical U-fibres."
    )
    cortical_lesion: Finding = Finding.UNKNOWN
    brain_normal_or_nonspecific: Finding = Field(
        Finding.UNKNOWN, description="Brain MRI normal or showing only nonspecific white-matter lesions."
    )
    diffuse_cord_signal: Finding = Field(
        Finding.UNKNOWN, description="Diffuse, indistinct T2 signal change in the cord."
    )

    @model_validator(mode="after")
    def _normal_brain_is_consistent(self) -> Self:
        if self.brain_normal_or_nonspecific is not Finding.YES:
            return self
        typical = [
            name
            for name in ("dawson_fingers", "lateral_ventricle_and_inferior_temporal_lesion", "subcortical_u_fibre_lesion", "cortical_lesion")
            if getattr(self, name) is Finding.YES
        ]
        if typical:
            raise ValueError(
                "brain_normal_or_nonspecific is 'yes' but "
                + ", ".join(typical)
                + " is 'yes'; a brain MRI with MS-typical lesions is not normal or nonspecific"
            )
        return self


class Csf(_Record):
    """Cerebrospinal fluid: CSF-specific oligoclonal bands and white-cell count."""

    ocb: Finding = Field(
        Finding.UNKNOWN, description="CSF-specific oligoclonal bands (present in CSF, absent in serum)."
    )
    cell_count: Annotated[StrictFloat | StrictInt, Field(ge=0, le=100_000, allow_inf_nan=False)] | Unknown = Field(
        UNKNOWN, description="White cells per microlitre."
    )


class Patient(_Record):
    """Everything the criteria engine knows about one patient (real or synthetic)."""

    id: str | None = Field(None, pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)
    synthetic: bool = False
    narrative: str | None = Field(None, max_length=2000)
    age: Annotated[StrictInt, Field(ge=0, le=120)] | Unknown = UNKNOWN
    sex: Sex = Sex.UNKNOWN
    aqp4_igg: AntibodyTest = AntibodyTest()
    mog_igg: MogTest = MogTest()
    attacks: tuple[Attack, ...] = Field(default=(), max_length=100)
    mri: Mri = Mri()
    csf: Csf = Csf()
    course: Course = Course.UNKNOWN
    progression_months: Annotated[StrictInt, Field(ge=0, le=1200)] | Unknown = Field(
        UNKNOWN, description="Months of disability progression independent of relapses."
    )
    objective_lesions: LesionCount = Field(
        UNKNOWN, description="Lesions with objective clinical evidence (McDonald 2017 table)."
    )
    historical_evidence: Finding = Field(
        Finding.UNKNOWN,
        description="Clear-cut historical evidence of a previous attack involving a lesion in a distinct anatomical location.",
    )
    alternatives_excluded: Finding = Field(
        Finding.UNKNOWN,
        description=(
            "A clinician has excluded other diagnoses that would explain the picture better"
            " (infection, neoplasm, sarcoidosis, vascular disease and the like)."
        ),
    )

    @model_validator(mode="after")
    def _progression_needs_progressive_course(self) -> Self:
        if self.progression_months != UNKNOWN and self.course not in (Course.PROGRESSIVE, Course.UNKNOWN):
            raise ValueError(
                f"progression_months ({self.progression_months}) is given but course is"
                f" '{self.course.value}'; progression months are allowed only with course"
                " 'progressive' or 'unknown'"
            )
        return self

    @property
    def label(self) -> str:
        """The id if there is one, for messages and reports."""
        return self.id or "patient"

    def revised(self, changes: Mapping[str, Any]) -> Patient:
        """A validated copy with some facts changed, by path: ``{"aqp4_igg.result": "unknown"}``.

        Paths use dots and ``[index]`` for attacks, as in verdict traces
        (``"attacks[1].mri.cord_lesion_segments"``). Raises ``ValueError`` for a path that does
        not exist; the new record is validated like any other (``ValidationError``).
        """
        data = self.model_dump(mode="json")
        for path, value in changes.items():
            set_path(data, path, value)
        return Patient.model_validate(data)


_PATH_PART = re.compile(r"([a-z0-9_]+)(?:\[(\d+)\])?")


def _parts(path: str) -> list[tuple[str, int | None]]:
    parts = [(name, int(index) if index else None) for name, index in _PATH_PART.findall(path)]
    if not parts or ".".join(f"{n}[{i}]" if i is not None else n for n, i in parts) != path:
        raise ValueError(f"path: got {path!r}; allowed: field names joined by dots, with [n] after 'attacks'")
    return parts


def get_path(data: Mapping[str, Any], path: str) -> Any:
    """The value at ``path`` in a dumped record (see ``Patient.revised``)."""
    node: Any = data
    for name, index in _parts(path):
        if not isinstance(node, Mapping) or name not in node:
            raise ValueError(f"path: {path!r} has no field {name!r}")
        node = node[name]
        if index is not None:
            if not isinstance(node, list) or index >= len(node):
                raise ValueError(f"path: {path!r}: there is no {name}[{index}]")
            node = node[index]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Write ``value`` at ``path`` in a dumped record, in place."""
    *head, (last, index) = _parts(path)
    parent_path = ".".join(f"{n}[{i}]" if i is not None else n for n, i in head)
    parent = get_path(data, parent_path) if head else data
    if not isinstance(parent, dict) or last not in parent:
        raise ValueError(f"path: {path!r} has no field {last!r}")
    if index is None:
        parent[last] = value
    else:
        get_path(data, f"{parent_path + '.' if head else ''}{last}")
        if index >= len(parent[last]):
            raise ValueError(f"path: {path!r}: there is no {last}[{index}]")
        parent[last][index] = value
