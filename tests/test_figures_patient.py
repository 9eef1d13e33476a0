"""From a patient record to its schematics: what the record holds is drawn, and nothing else."""

from __future__ import annotations

import pytest

from nmo_teach.criteria import load_vignette, parse_patient, vignette_ids
from nmo_teach.figures import patient_figures, patient_figures_html
from nmo_teach.figures.from_patient import brain_sites, cord_spec, optic_specs
from nmo_teach.figures.spec import Site
from tests import figures_svg as svg


def record(**facts):
    return parse_patient({"id": "figure-test", "synthetic": True, **facts})


def test_cord_lesions_come_from_the_free_standing_list_with_level_and_length():
    patient = record(
        attacks=[{"syndromes": ["acute-myelitis"]}],
        mri={"cord_lesions": [
            {"level": "C3", "segments": 4, "attack": 1},
            {"level": "T8", "segments": 1, "symptomatic": "no"},
            {"segments": "unknown", "level": "T2"},
        ]},
    )
    spec = cord_spec(patient)
    assert [(lesion.start_level, lesion.segments, lesion.note) for lesion in spec.lesions] == [
        ("C3", 4, "attack 1"), ("T8", 1, "asymptomatic")]
    (figure,) = [f for f in patient_figures(patient) if f.kind == "cord"]
    root = svg.parse(figure.svg)
    lesions = svg.boxes(root, "cord-lesion")
    assert [svg.covered_levels(root, lesions[k]) for k in ("1", "2")] == [["C3", "C4", "C5", "C6"], ["T8"]]
    assert figure.alt == (
        "Schematic sagittal cord: two lesions from C3 to C6, 4 vertebral segments (longitudinally extensive;"
        " attack 1); at T8, 1 vertebral segment (short, under 3; asymptomatic). Synthetic patient.")


def test_an_optic_neuritis_within_a_combined_attack_is_drawn():
    patient = record(attacks=[{
        "syndromes": ["acute-myelitis", "optic-neuritis"], "bilateral_optic_neuritis": "yes",
        "mri": {"optic_nerve_share": 0.75, "optic_chiasm": "yes"},
    }])
    (spec,) = optic_specs(patient)
    assert (spec.share, spec.chiasm, spec.note) == (0.75, True, "attack 1, bilateral")
    (figure,) = patient_figures(patient)
    assert svg.groups(svg.parse(figure.svg), "chiasm-lesion")
    assert "lesion over 75% of the nerve length (more than half); chiasm involved" in figure.alt


def test_split_brain_findings_are_drawn_at_their_own_sites():
    patient = record(
        attacks=[{"syndromes": ["area-postrema"], "mri": {"dorsal_medulla_lesion": "yes"}}],
        mri={"lesion_adjacent_to_lateral_ventricle_body": "yes", "inferior_temporal_lobe_lesion": "no",
             "periventricular_temporal_horn_lesion": "yes", "lesions": {"periventricular": 0}},
    )
    assert brain_sites(patient) == (Site.LATERAL_VENTRICLE_BODY, Site.TEMPORAL_HORN, Site.AREA_POSTREMA)
    (figure,) = patient_figures(patient)
    drawn = {g.get("data-name") for g in svg.groups(svg.parse(figure.svg), "brain-lesion")}
    assert drawn == {"LATERAL_VENTRICLE_BODY", "TEMPORAL_HORN", "AREA_POSTREMA"}


def test_a_record_with_no_drawable_fact_gets_no_figure():
    patient = record(attacks=[{"syndromes": ["acute-myelitis"]}], mri={"cord_lesions": [{"level": "C2"}]})
    assert patient_figures(patient) == ()
    assert patient_figures_html(patient) == ""


def test_a_real_patient_is_not_called_synthetic():
    patient = parse_patient({"mri": {"cord_lesions": [{"level": "T4", "segments": 2}]}})
    (figure,) = patient_figures(patient)
    assert "Synthetic" not in figure.svg and "Synthetic" not in figure.alt


@pytest.mark.parametrize("vignette", vignette_ids())
def test_every_vignette_has_a_figure_that_says_it_is_synthetic(vignette):
    patient = load_vignette(vignette)
    figures = patient_figures(patient)
    assert figures, f"{vignette} draws nothing"
    cord = [lesion for lesion in patient.mri.cord_lesions if lesion.segments != "unknown"]
    assert len([f for f in figures if f.kind == "cord"]) == (1 if cord else 0)
    for figure in figures:
        assert "Synthetic patient" in svg.texts(svg.parse(figure.svg))
        assert figure.alt.startswith("Schematic") and figure.alt.endswith("Synthetic patient.")
    html = patient_figures_html(patient)
    assert html.count("<svg") == len(figures) and html.count("<figcaption") == len(figures)
