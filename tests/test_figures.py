"""The schematics draw the facts of their spec, and their alt text says the same facts.

Each test reads the drawn SVG back (shape coordinates, classes, visible words) rather than the
spec, so a drawing that drifts from the facts fails here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmo_teach.figures import (
    BrainSpec,
    CordLesionSpec,
    CordSpec,
    OpticSpec,
    Site,
    brain_figure,
    cord_figure,
    optic_figure,
)
from nmo_teach.figures.spec import LEVELS, FigureSpecError, cord_layout
from tests import figures_svg as svg


def cord_lesion_levels(figure) -> list[list[str]]:
    root = svg.parse(figure.svg)
    lesions = svg.boxes(root, "cord-lesion")
    return [svg.covered_levels(root, lesions[key]) for key in sorted(lesions, key=int)]


@pytest.mark.parametrize(("start", "segments", "expected"), [
    ("C3", 4, ["C3", "C4", "C5", "C6"]),
    ("T6", 2, ["T6", "T7"]),
    ("T6", 3, ["T6", "T7", "T8"]),
    ("C1", 1, ["C1"]),
])
def test_a_cord_lesion_is_drawn_over_exactly_its_vertebral_segments(start, segments, expected):
    figure = cord_figure(CordSpec((CordLesionSpec(segments, start),)))
    assert cord_lesion_levels(figure) == [expected]


@settings(deadline=None, max_examples=40)  # each example draws a figure (~0.1 s)
@given(st.data())
def test_any_cord_lesion_covers_as_many_drawn_vertebrae_as_it_has_segments(data):
    start = data.draw(st.integers(0, len(LEVELS) - 1))
    segments = data.draw(st.integers(1, len(LEVELS) - start))
    figure = cord_figure(CordSpec((CordLesionSpec(segments, LEVELS[start]),)))
    (covered,) = cord_lesion_levels(figure)
    assert covered == list(LEVELS[start:start + segments])


def test_two_segments_are_short_and_three_are_longitudinally_extensive():
    two = cord_figure(CordSpec((CordLesionSpec(2, "C4"),)))
    three = cord_figure(CordSpec((CordLesionSpec(3, "C4"),)))
    assert two.alt == "Schematic sagittal cord: one lesion from C4 to C5, 2 vertebral segments (short, under 3)."
    assert three.alt == ("Schematic sagittal cord: one lesion from C4 to C6, 3 vertebral segments"
                         " (longitudinally extensive).")
    assert {"2 segments", "short (<3)"} <= set(svg.texts(svg.parse(two.svg)))
    assert {"3 segments", "LETM (≥3)"} <= set(svg.texts(svg.parse(three.svg)))


def test_the_example_of_the_brief_reads_as_written():
    figure = cord_figure(CordSpec((CordLesionSpec(4, "C3"),)))
    assert figure.alt == ("Schematic sagittal cord: one lesion from C3 to C6, 4 vertebral segments"
                          " (longitudinally extensive).")


def test_lesions_of_unknown_level_are_drawn_apart_and_said_to_have_no_level():
    spec = CordSpec((CordLesionSpec(4, "C3"), CordLesionSpec(2), CordLesionSpec(5)))
    figure = cord_figure(spec)
    drawn = cord_lesion_levels(figure)
    assert [len(levels) for levels in drawn] == [4, 2, 5]
    flat = [level for levels in drawn for level in levels]
    assert len(flat) == len(set(flat)), f"lesions overlap: {drawn}"
    assert figure.alt.count("at a level not recorded") == 2
    assert svg.texts(svg.parse(figure.svg)).count("level not") == 2


def test_the_column_reaches_down_to_a_low_lesion():
    figure = cord_figure(CordSpec((CordLesionSpec(3, "L2"),)))
    assert cord_lesion_levels(figure) == [["L2", "L3", "L4"]]
    assert {"C1", "T12", "L4"} <= set(svg.boxes(svg.parse(figure.svg), "vertebra"))


def test_every_shown_vertebral_level_is_labelled():
    root = svg.parse(cord_figure(CordSpec((CordLesionSpec(2, "T1"),))).svg)
    shown = list(svg.boxes(root, "vertebra"))
    assert shown[0] == "C1" and "L1" in shown
    assert set(shown) <= set(svg.texts(root))


@pytest.mark.parametrize("bad", [{"segments": 0}, {"segments": 3, "start_level": "C9"}])
def test_a_spec_that_cannot_be_drawn_is_refused(bad):
    with pytest.raises(FigureSpecError):
        CordLesionSpec(**bad)


def drawn_share(figure) -> float:
    root = svg.parse(figure.svg)
    ruler = svg.groups(root, "ruler")[0].find("svg:path", svg.NS)
    whole = svg.path_box(ruler.get("d"))
    lesion = svg.boxes(root, "optic-lesion")[""]
    return (lesion.right - lesion.left) / (whole.right - whole.left)


@pytest.mark.parametrize(("share", "chiasm"), [(0.3, False), (0.6, False), (0.6, True), (0.5, None), (1.0, True)])
def test_the_optic_lesion_is_drawn_at_its_share_of_the_nerve(share, chiasm):
    figure = optic_figure(OpticSpec(share, chiasm))
    assert drawn_share(figure) == pytest.approx(share, abs=0.01)


def test_the_chiasm_is_marked_only_when_involved():
    involved = svg.parse(optic_figure(OpticSpec(0.7, True)).svg)
    spared = svg.parse(optic_figure(OpticSpec(0.7, False)).svg)
    unknown = svg.parse(optic_figure(OpticSpec(0.7, None)).svg)
    assert svg.groups(involved, "chiasm-lesion") and not svg.groups(involved, "chiasm")
    for root in (spared, unknown):
        assert not svg.groups(root, "chiasm-lesion") and svg.groups(root, "chiasm")
    assert "chiasm: involved" in svg.texts(involved)
    assert "chiasm: spared" in svg.texts(spared)
    assert "chiasm: not recorded" in svg.texts(unknown)


def test_optic_alt_text_gives_the_share_and_the_half_way_reading():
    assert optic_figure(OpticSpec(0.6, False)).alt == (
        "Schematic optic nerve from globe to chiasm: lesion over 60% of the nerve length (more than half);"
        " chiasm spared.")
    assert optic_figure(OpticSpec(0.5, True, note="attack 1")).alt == (
        "Schematic optic nerve from globe to chiasm: lesion over 50% of the nerve length (half or less);"
        " chiasm involved; attack 1.")


def test_an_unknown_share_draws_no_optic_lesion():
    figure = optic_figure(OpticSpec(None, True))
    assert not svg.groups(svg.parse(figure.svg), "optic-lesion")
    assert "lesion length not recorded" in figure.alt


def brain_sites_drawn(figure) -> set[str]:
    return {g.get("data-name") for g in svg.groups(svg.parse(figure.svg), "brain-lesion")}


@pytest.mark.parametrize("sites", [
    (Site.DAWSON_FINGER, Site.JUXTACORTICAL_U_FIBRE),
    (Site.AREA_POSTREMA,),
    (Site.PERIEPENDYMAL_FOURTH, Site.DIENCEPHALIC, Site.PERIEPENDYMAL_THIRD),
    (Site.LATERAL_VENTRICLE_BODY, Site.INFERIOR_TEMPORAL, Site.TEMPORAL_HORN),
    tuple(Site),
])
def test_the_brain_shows_exactly_the_sites_of_the_spec_each_labelled(sites):
    figure = brain_figure(BrainSpec(sites))
    root = svg.parse(figure.svg)
    assert brain_sites_drawn(figure) == {site.name for site in sites}
    assert {g.get("data-name") for g in svg.groups(root, "site-label")} == {site.name for site in sites}
    for site in sites:
        assert site.words in figure.alt


def test_dawson_fingers_are_several_lesions_at_right_angles_to_the_ventricle():
    root = svg.parse(brain_figure(BrainSpec((Site.DAWSON_FINGER,))).svg)
    fingers = [svg.path_box(group.find("svg:path", svg.NS).get("d")) for group in svg.groups(root, "brain-lesion")]
    assert len(fingers) >= 2
    assert all(box.bottom - box.top > box.right - box.left for box in fingers)  # taller than wide


def test_a_normal_brain_is_drawn_without_sites_and_said_so():
    figure = brain_figure(BrainSpec((), normal=True))
    assert brain_sites_drawn(figure) == set()
    assert "normal or nonspecific" in figure.alt
    assert "normal or nonspecific brain MRI" in svg.texts(svg.parse(figure.svg))


@pytest.mark.parametrize("figure", [
    cord_figure(CordSpec((CordLesionSpec(2, "C4"),), synthetic=True)),
    optic_figure(OpticSpec(0.4, False, synthetic=True)),
    brain_figure(BrainSpec((Site.AREA_POSTREMA,), synthetic=True)),
], ids=["cord", "optic", "brain"])
def test_every_figure_is_labelled_schematic_and_synthetic_and_named_by_its_alt_text(figure):
    root = svg.parse(figure.svg)
    words = svg.texts(root)
    assert any(text.startswith("Schematic") for text in words)
    assert "Synthetic patient" in words and figure.alt.endswith("Synthetic patient.")
    assert root.get("role") == "img" and root.get("aria-label") == figure.alt
    assert root.find("svg:title", svg.NS).text.startswith("Schematic")


@pytest.mark.parametrize("figure", [
    cord_figure(CordSpec((CordLesionSpec(2, "C4"),))),
    optic_figure(OpticSpec(0.4, False)),
    brain_figure(BrainSpec((Site.AREA_POSTREMA,))),
], ids=["cord", "optic", "brain"])
def test_a_real_patients_figure_does_not_say_synthetic(figure):
    assert "Synthetic" not in figure.svg and "Synthetic" not in figure.alt


def test_svg_is_light_inline_safe_and_keeps_its_words_as_text():
    figure = brain_figure(BrainSpec(tuple(Site), synthetic=True))
    root = svg.parse(figure.svg)
    assert len(figure.svg.encode()) < 16_000  # every site at once; a typical record draws far fewer
    assert not [el for el in root.iter() if "id" in el.attrib]  # two copies on one page cannot clash
    assert "<defs" not in figure.svg and "@font-face" not in figure.svg  # no embedded glyphs or fonts
    assert "Dawson's fingers" in svg.texts(root)
    # An inline SVG's style sheet applies to the whole page: every rule must stay inside the figure.
    rules = [rule for rule in root.find("svg:style", svg.NS).text.split("}") if rule]
    assert rules and all(rule.startswith("svg.nmo-schematic ") for rule in rules)


def test_html_carries_the_svg_and_the_alt_text_as_caption():
    figure = optic_figure(OpticSpec(0.6, True))
    page = figure.html()
    assert page.startswith("<figure") and figure.svg in page
    assert ">Schematic optic nerve from globe to chiasm: lesion over 60%" in page.split("<figcaption", 1)[1]
    assert figure._repr_html_() == page


def test_png_is_a_raster_of_the_same_drawing():
    data = cord_figure(CordSpec((CordLesionSpec(3, "T2"),))).png(dpi=50)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


def test_layout_keeps_known_levels_where_the_record_puts_them():
    placed = cord_layout(CordSpec((CordLesionSpec(2), CordLesionSpec(3, "C4"))))
    assert (placed[1].first, placed[1].last) == (LEVELS.index("C4"), LEVELS.index("C6"))
    assert placed[0].first > placed[1].last  # the unknown-level lesion was moved clear of it
