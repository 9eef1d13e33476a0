"""``nmo-teach draw``: one SVG per figure of each record, its alt text printed, one-line errors."""

from __future__ import annotations

import json

import pytest

from nmo_teach.cli import main
from nmo_teach.criteria import load_vignette
from nmo_teach.figures import patient_figures
from tests.conftest import PROJECT_ROOT
from tests import figures_svg as svg

VIGNETTE = PROJECT_ROOT / "data" / "vignettes" / "seronegative-on-letm.json"


def test_draw_writes_each_figure_and_prints_its_alt_text(tmp_path, capsys: pytest.CaptureFixture[str]):
    assert main(["draw", str(VIGNETTE), "--output", str(tmp_path), "--png"]) == 0
    expected = patient_figures(load_vignette("seronegative-on-letm"))
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[1] for line in out] == [figure.alt for figure in expected]
    for figure in expected:
        written = (tmp_path / f"seronegative-on-letm-{figure.kind}.svg").read_text()
        assert svg.parse(written).get("aria-label") == figure.alt
        assert (tmp_path / f"seronegative-on-letm-{figure.kind}.png").read_bytes().startswith(b"\x89PNG")


def test_a_record_with_nothing_to_draw_says_so(tmp_path, capsys: pytest.CaptureFixture[str]):
    record = tmp_path / "empty.json"
    record.write_text(json.dumps({"id": "empty", "attacks": [{"syndromes": ["acute-myelitis"]}]}))
    assert main(["draw", str(record), "--output", str(tmp_path / "out")]) == 0
    assert "empty: nothing to draw" in capsys.readouterr().out
    assert list((tmp_path / "out").iterdir()) == []


def test_a_bad_record_is_one_line_per_problem_and_exit_2(tmp_path, capsys: pytest.CaptureFixture[str]):
    record = tmp_path / "bad.json"
    record.write_text(json.dumps({"mri": {"cord_lesions": [{"level": "C9", "segments": 2}]}}))
    assert main(["draw", str(record), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cord_lesions[0].level" in err[0] and "C9" in err[0]
    assert not (tmp_path / "out").exists()


def test_an_unwritable_output_is_one_line_and_exit_2(tmp_path, capsys: pytest.CaptureFixture[str]):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["draw", str(VIGNETTE), "--output", str(blocker / "sub")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("nmo-teach draw: error: --output")
