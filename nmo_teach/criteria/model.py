"""The patient record: every fact the criteria read, with "unknown" as a value of its own.

Why a dedicated model: the criteria must never mistake a missing fact for a negative one. An
untested AQP4-IgG is not a negative AQP4-IgG, an MRI nobody looked at is not a normal MRI. Every
finding therefore takes ``"yes"``, ``"no"`` or ``"unknown"`` (default ``"unknown"``), and every
measurement takes a number or ``"unknown"``. Validation names the field, the bad value and what
is allowed, so that a student's JSON file gets a useful answer.

Units: cord lesion and atrophy lengths in contiguous *vertebral segments*; the optic-nerve share
as a fraction of the nerve's length (0 to 1); time to nadir in hours; MOG-IgG titre as the
reciprocal dilution (100 means 1:100); CSF cells per microlitre; progression in months.

Shape (format 2, issue 10): an attack lists every syndrome it caused at once (``syndromes``), so
McDonald can count attacks while IPND counts core characteristics; cord lesions are a list of
their own (``mri.cord_lesions``, each with its upper vertebral level, its length and the attack it
caused, if any), read by every rule about cord lesions; and the brain findings are the ones the
sources name (the Matthews 2013 item and the IPND red flag are separate facts). Records in the
earlier shape are upgraded on load by ``nmo_teach.criteria.upgrade``.
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

VERTEBRAL_LEVELS: tuple[str, ...] = (
    *(f"C{n}" for n in range(1, 8)), *(f"T{n}" for n in range(1, 13)), *(f"L{n}" for n in range(1, 6)),
)
MAX_SEGMENTS = len(VERTEBRAL_LEVELS)  # C1 to L5: no lesion or atrophy can span more vertebral segments
VertebralLevel = Literal[VERTEBRAL_LEVELS]  # type: ignore[valid-type]
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
    """MRI findings that belong to one attack (cord lesions are listed in ``Mri.cord_lesions``)."""

    cord_atrophy_segments: Segments = Field(
        UNKNOWN,
        description="Contiguous vertebral segments of focal cord atrophy after this attack (a myelitis).",
    )
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
    """One clinical attack: when, which syndromes it caused at once, how fast, and its MRI.

    ``syndromes`` lists every syndrome of the one event (simultaneous optic neuritis and myelitis,
    or myelitis with area postrema syndrome, are one attack with two syndromes): McDonald 2017
    counts attacks, IPND 2015 counts core characteristics, and both read the same record.
    """

    syndromes: tuple[Syndrome, ...] = Field(
        min_length=1, max_length=len(Syndrome),
        description="Every clinical syndrome of this attack (one event may cause several at once).",
    )
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

    @model_validator(mode="after")
    def _each_syndrome_once(self) -> Self:
        repeated = sorted({s.value for s in self.syndromes if self.syndromes.count(s) > 1})
        if repeated:
            raise ValueError(f"syndromes lists {', '.join(repeated)} more than once; list each syndrome of an attack once")
        return self

    def has(self, syndrome: Syndrome) -> bool:
        """Whether this attack caused ``syndrome`` (alone or with others)."""
        return syndrome in self.syndromes

    @property
    def words(self) -> str:
        """The syndromes as a reader would say them: "optic neuritis + acute myelitis"."""
        return " + ".join(s.words for s in self.syndromes)


class CordLesion(_Record):
    """One spinal cord lesion on sagittal T2: where it starts, how long it is, and what it caused.

    Listed for the patient as a whole, so that asymptomatic lesions and lesions of a progressive
    course have lengths too. ``attack`` links a lesion to the attack it caused, counting attacks
    from 1 in the order of ``attacks`` (the attack's myelitis then reads this lesion).
    """

    level: VertebralLevel | Unknown = Field(
        UNKNOWN, description="Highest vertebral level the lesion reaches (C1 to L5), for example 'C3'."
    )
    segments: Annotated[StrictInt, Field(ge=1, le=MAX_SEGMENTS)] | Unknown = Field(
        UNKNOWN, description="Length in contiguous vertebral segments (3 or more is longitudinally extensive)."
    )
    attack: Annotated[StrictInt, Field(ge=1, le=100)] | None = Field(
        None, description="Number of the attack this lesion caused (1 = first in attacks); null if none or not known."
    )
    symptomatic: Finding = Field(
        Finding.UNKNOWN, description="Whether the lesion caused symptoms ('yes' is implied when attack is given)."
    )
    peripheral: Finding = Field(
        Finding.UNKNOWN, description="Predominantly (>70%) in the peripheral cord on axial T2."
    )
    central: Finding = Field(Finding.UNKNOWN, description="Central cord lesion or H-sign on axial T2.")
    conus: Finding = Field(Finding.UNKNOWN, description="Involves the conus medullaris.")

    @model_validator(mode="before")
    @classmethod
    def _attack_implies_symptomatic(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and data.get("attack") is not None and "symptomatic" not in data:
            return {**data, "symptomatic": "yes"}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.attack is not None and self.symptomatic is Finding.NO:
            raise ValueError(
                f"attack is {self.attack} but symptomatic is 'no'; a lesion that caused an attack is symptomatic"
            )
        if self.level != UNKNOWN and self.segments != UNKNOWN:
            room = MAX_SEGMENTS - VERTEBRAL_LEVELS.index(self.level)
            if self.segments > room:
                raise ValueError(
                    f"a lesion from {self.level} over {self.segments} segments runs past L5;"
                    f" at most {room} segments fit from {self.level}"
                )
        return self

    @property
    def levels(self) -> tuple[str, ...]:
        """The vertebral levels the lesion spans, top to bottom; empty if level or length is unknown."""
        if self.level == UNKNOWN or self.segments == UNKNOWN:
            return ()
        start = VERTEBRAL_LEVELS.index(self.level)
        assert not isinstance(self.segments, str)
        return VERTEBRAL_LEVELS[start:start + self.segments]


class RegionLesions(_Record):
    """Number of brain T2 lesions in each McDonald DIS region, and in the optic nerve.

    The fourth DIS region, the spinal cord, is counted from ``Mri.cord_lesions``.
    """

    periventricular: LesionCount = UNKNOWN
    cortical_juxtacortical: LesionCount = UNKNOWN
    infratentorial: LesionCount = UNKNOWN
    optic_nerve: LesionCount = UNKNOWN


MS_TYPICAL_BRAIN_FINDINGS = (
    "dawson_fingers", "periventricular_temporal_horn_lesion", "subcortical_u_fibre_lesion", "cortical_lesion",
)


class Mri(_Record):
    """Brain and cord MRI of the patient as a whole (any time point unless stated)."""

    lesions: RegionLesions = RegionLesions()
    cord_imaged: Finding = Field(
        Finding.UNKNOWN,
        description="The whole spinal cord was imaged, so cord_lesions lists every cord lesion ('yes' with an empty list: a normal cord).",
    )
    cord_lesions: tuple[CordLesion, ...] = Field(
        default=(), max_length=50, description="Every known spinal cord lesion, symptomatic or not."
    )
    enhancing_and_nonenhancing: Finding = Field(
        Finding.UNKNOWN, description="Gadolinium-enhancing and non-enhancing lesions on the same scan."
    )
    new_lesion_on_follow_up: Finding = Field(
        Finding.UNKNOWN, description="A new T2 or enhancing lesion on follow-up MRI compared with a baseline scan."
    )
    dawson_fingers: Finding = Field(
        Finding.UNKNOWN, description="Lesion perpendicular to the lateral ventricle (Dawson's finger type)."
    )
    lesion_adjacent_to_lateral_ventricle_body: Finding = Field(
        Finding.UNKNOWN,
        description="A lesion adjacent to the body of the lateral ventricle (Matthews 2013 criterion 1, first part).",
    )
    inferior_temporal_lobe_lesion: Finding = Field(
        Finding.UNKNOWN, description="A lesion in the inferior temporal lobe (Matthews 2013 criterion 1, second part)."
    )
    periventricular_temporal_horn_lesion: Finding = Field(
        Finding.UNKNOWN,
        description="A lesion adjacent to the lateral ventricle within the inferior temporal lobe, at the temporal horn (IPND red flag).",
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
    def _consistent(self) -> Self:
        if self.cord_imaged is Finding.NO and self.cord_lesions:
            raise ValueError(
                f"cord_imaged is 'no' but cord_lesions lists {len(self.cord_lesions)} lesion(s);"
                " set cord_imaged to 'yes' or 'unknown'"
            )
        if self.brain_normal_or_nonspecific is not Finding.YES:
            return self
        typical = [name for name in MS_TYPICAL_BRAIN_FINDINGS if getattr(self, name) is Finding.YES]
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
            "A clinician has excluded the mimics outside the demyelinating diseases (infection,"
            " neoplasm, sarcoidosis, vascular disease and the like). Whether MS, NMOSD or MOGAD"
            " explains the picture better is not this flag: each criterion derives it."
        ),
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.progression_months != UNKNOWN and self.course not in (Course.PROGRESSIVE, Course.UNKNOWN):
            raise ValueError(
                f"progression_months ({self.progression_months}) is given but course is"
                f" '{self.course.value}'; progression months are allowed only with course"
                " 'progressive' or 'unknown'"
            )
        for index, lesion in enumerate(self.mri.cord_lesions):
            if lesion.attack is not None and lesion.attack > len(self.attacks):
                raise ValueError(
                    f"mri.cord_lesions[{index}].attack is {lesion.attack} but the record has"
                    f" {len(self.attacks)} attack(s); attack counts from 1 in the order of attacks"
                )
        return self

    def cord_lesions_of(self, attack_index: int) -> tuple[CordLesion, ...]:
        """The cord lesions linked to ``attacks[attack_index]`` (0-based index, as in paths)."""
        return tuple(lesion for lesion in self.mri.cord_lesions if lesion.attack == attack_index + 1)

    @property
    def syndromes(self) -> tuple[Syndrome, ...]:
        """Every syndrome of every attack, each once, in order of first appearance."""
        return tuple(dict.fromkeys(s for attack in self.attacks for s in attack.syndromes))

    @property
    def label(self) -> str:
        """The id if there is one, for messages and reports."""
        return self.id or "patient"

    def revised(self, changes: Mapping[str, Any]) -> Patient:
        """A validated copy with some facts changed, by path: ``{"aqp4_igg.result": "unknown"}``.

        Paths use dots and ``[index]`` for list items, as in verdict traces
        (``"attacks[1].mri.optic_nerve_share"``, ``"mri.cord_lesions[0].segments"``). Raises ``ValueError`` for a path that does
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
        raise ValueError(f"path: got {path!r}; allowed: field names joined by dots, with [n] after a list such as 'attacks'")
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
