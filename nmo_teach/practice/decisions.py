"""The decision points the book teaches, each as a pair of synthetic patients one fact apart.

A decision point is a threshold or rule where a single fact changes a criterion's verdict: a
cord lesion over 2 or 3 vertebral segments, an optic-nerve lesion over half the nerve or just
more, a MOG-IgG titre of 1:40 or 1:100. ``build(rng, side)`` draws everything else about the
patient at random (age, sex, dates, the other attacks, distracting findings) and sets the lever
by ``side`` (0 or 1). Both sides are built from the same random state and every draw is made on
both sides alike, so the pair differs only in the lever. Which side meets the criterion is never
written here: the engine decides, and the tests check that the pair's verdicts really differ.

Thresholds are the engine's own constants, so the two cannot drift apart: LETM at >= 3
segments and the optic-nerve share "more than half" (IPND 2015, ``ipnd2015``); the clear-positive
MOG-IgG titre 1:100 and the supporting features, including the same > 0.5 optic-nerve share
(MOGAD 2023, ``mogad2023``); 12 months of progression and 2 cord lesions for PPMS
(``mcdonald2017``). The red-flag table uses the LETM length (short cord lesion) but no
optic-nerve share, so no decision point is keyed on a red flag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from nmo_teach.criteria.ipnd2015 import LETM_SEGMENTS, OPTIC_NERVE_SHARE
from nmo_teach.criteria.mcdonald2017 import PPMS_CORD_LESIONS, PPMS_MONTHS
from nmo_teach.criteria.mogad2023 import CLEAR_POSITIVE_TITRE
from nmo_teach.practice import builders as b
from nmo_teach.practice.builders import Record

Side = int  # 0 or 1: which value the lever takes


@dataclass(frozen=True)
class Variant:
    """One side of a decision point: the record and the lever's value in words."""

    record: Record
    value: str


@dataclass(frozen=True)
class DecisionPoint:
    """A fact whose value decides a criterion, and how to draw patients around it."""

    id: str
    criterion: str
    lever: str
    teaches: str
    build: Callable[[Random, Side], Variant]

    def variant(self, seed: str, side: Side) -> Variant:
        """The variant on ``side`` for a seed; the other side shares every other draw."""
        return self.build(Random(seed), side)


def _boundary(rng: Random, low: float, high: float, lows: tuple[float, ...], highs: tuple[float, ...]) -> tuple[float, float]:
    """Mostly the values just either side of the threshold, sometimes values further out."""
    far_low, far_high, near = rng.choice(lows), rng.choice(highs), rng.random() < 0.6
    return (low, high) if near else (far_low, far_high)


def _share_words(share: float) -> str:
    return f"{share:.0%} of the nerve's length"


# --- IPND 2015, seronegative or untested arm ----------------------------------------------------

def _ipnd_base(rng: Random, brain: Record) -> Record:
    """A patient without a positive AQP4-IgG: negative and never tested both take this arm."""
    return {**b.person(rng), "aqp4_igg": b.aqp4(rng.choice(("negative", "unknown")), rng), "mri": brain}


def _qualifying_partner(rng: Random) -> tuple[Record, Record]:
    """A second core characteristic meeting its own MRI requirement, and a brain MRI to match."""
    kind = rng.choice(("optic-normal-brain", "optic-long", "optic-chiasm", "area-postrema", "letm"))
    normal = "yes" if kind == "optic-normal-brain" else rng.choice(("yes", "no", "unknown"))
    short, long = rng.choice((0.2, 0.3, 0.4)), rng.choice((0.6, 0.7, 0.8, 0.9))
    segments = rng.randint(LETM_SEGMENTS, 9)
    attack = {
        "optic-normal-brain": lambda: b.optic_neuritis(rng, share=short),
        "optic-long": lambda: b.optic_neuritis(rng, share=long),
        "optic-chiasm": lambda: b.optic_neuritis(rng, share=short, chiasm=True),
        "area-postrema": lambda: b.area_postrema(rng, dorsal_medulla=True),
        "letm": lambda: b.myelitis(rng, segments=segments),
    }[kind]()
    return attack, {"brain_normal_or_nonspecific": normal}


def _two_attacks(rng: Random, base: Record, partner: Record, lever: Record) -> Record:
    attacks = [partner, lever] if rng.random() < 0.5 else [lever, partner]
    return {**base, "attacks": b.dated(rng, attacks)}


def letm_ipnd(rng: Random, side: Side) -> Variant:
    """The myelitis is a separate attack, or (one case in four) one attack with an optic neuritis."""
    lengths = _boundary(rng, LETM_SEGMENTS - 1, LETM_SEGMENTS, (1, 2), (4, 5, 7))
    partner, brain = _qualifying_partner(rng)
    if partner["syndromes"] == ["acute-myelitis"]:  # the lever attack is the myelitis: pair it with something else
        partner = b.area_postrema(rng, dorsal_medulla=True)
    together = rng.random() < 0.25 and partner["syndromes"] == ["optic-neuritis"]
    base = _ipnd_base(rng, brain)
    segments = int(lengths[side])
    myelitis = b.myelitis(rng, segments=segments)
    value = f"{segments} vertebral segments"
    if together:
        return Variant({**base, "attacks": b.dated(rng, [b.simultaneous(partner, myelitis)])}, value)
    return Variant(_two_attacks(rng, base, partner, myelitis), value)


def optic_share_ipnd(rng: Random, side: Side) -> Variant:
    shares = _boundary(rng, OPTIC_NERVE_SHARE, OPTIC_NERVE_SHARE + 0.1, (0.3, 0.4), (0.7, 0.8))
    partner = b.myelitis(rng, segments=rng.randint(LETM_SEGMENTS, 9))
    base = _ipnd_base(rng, {"brain_normal_or_nonspecific": "no"})
    lever = b.optic_neuritis(rng, share=float(shares[side]))
    return Variant(_two_attacks(rng, base, partner, lever), _share_words(shares[side]))


def optic_chiasm_ipnd(rng: Random, side: Side) -> Variant:
    share = rng.choice((0.2, 0.3, 0.4, 0.5))
    partner = b.myelitis(rng, segments=rng.randint(LETM_SEGMENTS, 9))
    base = _ipnd_base(rng, {"brain_normal_or_nonspecific": "no"})
    lever = b.optic_neuritis(rng, share=share, chiasm=bool(side))
    return Variant(_two_attacks(rng, base, partner, lever), ("chiasm spared", "chiasm involved")[side])


def area_postrema_ipnd(rng: Random, side: Side) -> Variant:
    partner, brain = _qualifying_partner(rng)
    if partner["syndromes"] == ["area-postrema"]:
        partner = b.myelitis(rng, segments=rng.randint(LETM_SEGMENTS, 9))
    base = _ipnd_base(rng, brain)
    lever = b.area_postrema(rng, dorsal_medulla=bool(side))
    return Variant(_two_attacks(rng, base, partner, lever), ("no dorsal medulla lesion", "a dorsal medulla lesion")[side])


def different_characteristics_ipnd(rng: Random, side: Side) -> Variant:
    first = b.optic_neuritis(rng, share=rng.choice((0.6, 0.7, 0.8)))
    repeat = b.optic_neuritis(rng, share=rng.choice((0.6, 0.7, 0.8, 0.9)), chiasm=rng.random() < 0.3)
    myelitis = b.myelitis(rng, segments=rng.randint(LETM_SEGMENTS, 9))
    postrema = b.area_postrema(rng, dorsal_medulla=True)
    other, words = (myelitis, "an LETM myelitis") if rng.random() < 0.5 else (postrema, "an area postrema syndrome with its lesion")
    base = _ipnd_base(rng, {"brain_normal_or_nonspecific": rng.choice(("yes", "no", "unknown"))})
    second, value = ((repeat, "a second optic neuritis"), (other, words))[side]
    return Variant({**base, "attacks": b.dated(rng, [first, second])}, value)


# --- MOGAD 2023 -----------------------------------------------------------------------------------

def _mogad_base(rng: Random, titre: int, aqp4: str = "negative") -> Record:
    return {**b.person(rng, 4, 60), "aqp4_igg": b.aqp4(aqp4, rng), "mog_igg": b.mog(titre)}


def _low_titre(rng: Random) -> int:
    """A low-positive titre (1:10 to below 1:100), mostly 1:40."""
    return rng.choice((20, 40, 40, 80))


def _one_event(rng: Random, base: Record, event: Record) -> Record:
    return {**base, "attacks": b.dated(rng, [event])}


def _unsupported_event(rng: Random) -> Record:
    """A core MOGAD event with none of its supporting features."""
    events = (b.optic_neuritis(rng, share=rng.choice((0.2, 0.3, 0.4, 0.5))),
              b.myelitis(rng, segments=rng.randint(1, LETM_SEGMENTS - 1)),
              b.brainstem(rng, mogad_feature=False))
    return rng.choice(events)


def _supported_event(rng: Random) -> tuple[tuple[Record, Record], str]:
    """A core MOGAD event without and with one supporting feature, and that feature in words."""
    share, long = rng.choice((0.2, 0.3, 0.4)), rng.choice((0.6, 0.7, 0.8))
    short, letm = rng.randint(1, LETM_SEGMENTS - 1), rng.randint(LETM_SEGMENTS, 8)
    optic = b.optic_neuritis(rng, share=share)
    cord = b.myelitis(rng, segments=short)
    options = (
        ((optic, {**optic, "bilateral_optic_neuritis": "yes"}), "simultaneous bilateral optic neuritis"),
        ((optic, {**optic, "optic_disc_oedema": "yes"}), "optic disc oedema"),
        ((optic, b.with_mri(optic, perineural_optic_sheath_enhancement="yes")), "perineural optic-sheath enhancement"),
        ((optic, b.with_mri(optic, optic_nerve_share=long)), "an optic-nerve lesion over more than half its length"),
        ((cord, b.with_cord(cord, segments=letm)), "a longitudinally extensive cord lesion"),
        ((cord, b.with_cord(cord, conus="yes")), "a conus lesion"),
        ((cord, b.with_cord(cord, central="yes")), "an H-sign (central cord lesion)"),
        ((b.brainstem(rng, mogad_feature=False), b.brainstem(rng, mogad_feature=True)),
         "an ill-defined T2 brainstem lesion"),
    )
    return rng.choice(options)


def mog_titre(rng: Random, side: Side) -> Variant:
    titres = _boundary(rng, 40, CLEAR_POSITIVE_TITRE, (20, 80), (160, 320, 1000))
    titre = int(titres[side])
    event = _unsupported_event(rng)
    return Variant(_one_event(rng, _mogad_base(rng, titre), event), f"MOG-IgG 1:{titre}")


def mog_support(rng: Random, side: Side) -> Variant:
    base = _mogad_base(rng, _low_titre(rng))
    events, words = _supported_event(rng)
    return Variant(_one_event(rng, base, events[side]), ("no supporting feature", words)[side])


def mog_aqp4(rng: Random, side: Side) -> Variant:
    titre = _low_titre(rng)
    (_, event), _ = _supported_event(rng)
    result = ("unknown", "negative")[side]
    return Variant(_one_event(rng, _mogad_base(rng, titre, result), event),
                   ("AQP4-IgG not tested", "AQP4-IgG negative")[side])


def letm_mogad(rng: Random, side: Side) -> Variant:
    lengths = _boundary(rng, LETM_SEGMENTS - 1, LETM_SEGMENTS, (1, 2), (4, 6))
    base = _mogad_base(rng, _low_titre(rng))
    segments = int(lengths[side])
    return Variant(_one_event(rng, base, b.myelitis(rng, segments=segments)), f"{segments} vertebral segments")


def optic_share_mogad(rng: Random, side: Side) -> Variant:
    shares = _boundary(rng, OPTIC_NERVE_SHARE, OPTIC_NERVE_SHARE + 0.1, (0.3, 0.4), (0.7, 0.9))
    base = _mogad_base(rng, _low_titre(rng))
    return Variant(_one_event(rng, base, b.optic_neuritis(rng, share=float(shares[side]))), _share_words(shares[side]))


# --- McDonald 2017 --------------------------------------------------------------------------------

def _ms_base(rng: Random, objective_lesions: int | None = None) -> Record:
    """A first typical clinically isolated syndrome: optic neuritis, short myelitis or brainstem."""
    events = (b.optic_neuritis(rng, share=rng.choice((0.1, 0.2, 0.3))), b.myelitis(rng, segments=1),
              b.attack("acute-brainstem", rng))
    lesions = rng.choice((1, 1, 2)) if objective_lesions is None else objective_lesions
    return {**b.person(rng, 18, 50), "aqp4_igg": b.aqp4("negative", rng), "course": "relapsing",
            "objective_lesions": lesions, "attacks": b.dated(rng, [rng.choice(events)])}


def _regions(rng: Random) -> dict[str, int]:
    """T2 lesions in 2 to 4 of the McDonald regions (so dissemination in space holds)."""
    chosen = rng.sample(b.DIS_REGIONS, rng.randint(2, 4))
    return {region: rng.randint(1, 9) for region in chosen}


def ocb_for_dit(rng: Random, side: Side) -> Variant:
    base = _ms_base(rng)
    cells = rng.randint(0, 15)
    mri = {**b.lesion_mri(_regions(rng)), "enhancing_and_nonenhancing": "no", "new_lesion_on_follow_up": "no"}
    return Variant({**base, "mri": mri, "csf": {"ocb": b.yes_no(bool(side)), "cell_count": cells}},
                   ("no CSF-specific oligoclonal bands", "CSF-specific oligoclonal bands")[side])


def mri_dit(rng: Random, side: Side) -> Variant:
    base = _ms_base(rng)
    field, words = rng.choice((("enhancing_and_nonenhancing", "enhancing and non-enhancing lesions on one scan"),
                               ("new_lesion_on_follow_up", "a new T2 lesion on follow-up MRI")))
    mri = {**b.lesion_mri(_regions(rng)), "enhancing_and_nonenhancing": "no", "new_lesion_on_follow_up": "no",
           field: b.yes_no(bool(side))}
    return Variant({**base, "csf": {"ocb": "no"}, "mri": mri}, ("no dissemination in time on MRI", words)[side])


def optic_dis(rng: Random, side: Side) -> Variant:
    base = {**_ms_base(rng, objective_lesions=1)}
    base["attacks"] = b.dated(rng, [b.optic_neuritis(rng, share=rng.choice((0.1, 0.2, 0.3)))])
    first = rng.choice(b.DIS_REGIONS)
    second = rng.choice([r for r in b.DIS_REGIONS if r != first])
    count = rng.randint(1, 6)
    follow_up = rng.choice(("yes", "no", "unknown"))
    where = ("optic_nerve", second)[side]
    mri = {**b.lesion_mri({first: count, where: 1}), "enhancing_and_nonenhancing": "yes",
           "new_lesion_on_follow_up": follow_up}
    return Variant({**base, "mri": mri}, "the other lesion: " + b.region_words(where))


def _ppms_base(rng: Random) -> Record:
    return {**b.person(rng, 35, 70), "aqp4_igg": b.aqp4("negative", rng), "course": "progressive"}


def ppms_months(rng: Random, side: Side) -> Variant:
    months = _boundary(rng, PPMS_MONTHS - 1, PPMS_MONTHS, (6, 9, 10), (18, 24, 36))
    base = _ppms_base(rng)
    findings = set(rng.sample(("brain", "cord", "bands"), rng.randint(2, 3)))
    brain = {rng.choice(b.BRAIN_REGIONS): rng.randint(1, 9)} if "brain" in findings else {}
    cord = rng.randint(PPMS_CORD_LESIONS, 5) if "cord" in findings else rng.randint(0, PPMS_CORD_LESIONS - 1)
    record = {**base, "mri": b.lesion_mri({**brain, "spinal_cord": cord}),
              "csf": {"ocb": b.yes_no("bands" in findings)}, "progression_months": int(months[side])}
    return Variant(record, f"{months[side]} months of progression")


def ppms_cord(rng: Random, side: Side) -> Variant:
    base = {**_ppms_base(rng), "progression_months": rng.randint(PPMS_MONTHS, 60)}
    other = rng.choice(("brain", "bands"))
    region, count = rng.choice(b.BRAIN_REGIONS), rng.randint(1, 9)
    brain = {region: count} if other == "brain" else {}
    cord = (PPMS_CORD_LESIONS - 1, PPMS_CORD_LESIONS)[side]
    record = {**base, "csf": {"ocb": b.yes_no(other == "bands")}, "mri": b.lesion_mri({**brain, "spinal_cord": cord})}
    return Variant(record, f"{cord} spinal cord lesion{'s' if cord != 1 else ''}")


DECISION_POINTS: dict[str, DecisionPoint] = {dp.id: dp for dp in (
    DecisionPoint("letm-ipnd", "ipnd2015", "length of the myelitis lesion",
                  "Without AQP4-IgG, a myelitis counts only if its lesion spans at least 3 vertebral segments.", letm_ipnd),
    DecisionPoint("letm-mogad", "mogad2023", "length of the myelitis lesion",
                  "With a low-positive MOG-IgG, a lesion over at least 3 segments is a supporting feature.", letm_mogad),
    DecisionPoint("optic-share-ipnd", "ipnd2015", "length of the optic-nerve lesion",
                  "Without AQP4-IgG and with an abnormal brain MRI, optic neuritis counts only if the lesion"
                  " covers more than half the nerve (or the chiasm).", optic_share_ipnd),
    DecisionPoint("optic-chiasm-ipnd", "ipnd2015", "optic chiasm",
                  "A lesion reaching the optic chiasm meets the optic neuritis MRI requirement even when it is short.",
                  optic_chiasm_ipnd),
    DecisionPoint("optic-share-mogad", "mogad2023", "length of the optic-nerve lesion",
                  "With a low-positive MOG-IgG, a lesion over more than half the nerve is a supporting feature.",
                  optic_share_mogad),
    DecisionPoint("area-postrema-ipnd", "ipnd2015", "dorsal medulla lesion",
                  "Without AQP4-IgG, area postrema syndrome counts only with its dorsal medulla lesion.",
                  area_postrema_ipnd),
    DecisionPoint("different-characteristics-ipnd", "ipnd2015", "what the second attack is",
                  "Without AQP4-IgG, two different core characteristics are needed; a second optic neuritis"
                  " does not make two.", different_characteristics_ipnd),
    DecisionPoint("mog-titre", "mogad2023", "MOG-IgG titre",
                  "A clear-positive MOG-IgG (at least 1:100) needs no supporting feature; a low positive does.", mog_titre),
    DecisionPoint("mog-support", "mogad2023", "a supporting clinical or MRI feature",
                  "A low-positive MOG-IgG counts only with a supporting feature.", mog_support),
    DecisionPoint("mog-aqp4", "mogad2023", "AQP4-IgG result",
                  "A low-positive MOG-IgG also needs a negative AQP4-IgG: an untested one leaves the verdict open.",
                  mog_aqp4),
    DecisionPoint("ocb-for-dit", "mcdonald2017", "CSF-specific oligoclonal bands",
                  "After one attack, CSF-specific oligoclonal bands can stand in for dissemination in time.",
                  ocb_for_dit),
    DecisionPoint("mri-dit", "mcdonald2017", "dissemination in time on MRI",
                  "Enhancing and non-enhancing lesions on one scan, or a new lesion on follow-up, show"
                  " dissemination in time.", mri_dit),
    DecisionPoint("optic-dis", "mcdonald2017", "where the second lesion is",
                  "In McDonald 2017 an optic-nerve lesion does not count towards dissemination in space.", optic_dis),
    DecisionPoint("ppms-months", "mcdonald2017", "months of progression",
                  "Primary progressive MS needs at least 12 months of progression.", ppms_months),
    DecisionPoint("ppms-cord", "mcdonald2017", "number of spinal cord lesions",
                  "For primary progressive MS, the cord finding needs at least 2 cord lesions.", ppms_cord),
)}
