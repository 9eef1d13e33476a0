"""The ``nmo-teach`` entry point: help, version, and the seed command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nmo_teach import __version__
from nmo_teach.casebook import seed
from nmo_teach.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nmo_teach.cli", *args], capture_output=True, text=True, check=False
    )


def test_help_lists_the_seed_command():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "seed" in result.stdout and "not a clinical decision tool" in result.stdout


def test_version_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"nmo-teach {__version__}"


def test_no_command_is_a_usage_error():
    result = run_cli()
    assert result.returncode == 2
    assert "required" in result.stderr


def test_seed_json_round_trips_every_figure(capsys: pytest.CaptureFixture[str]):
    assert main(["seed", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [f["id"] for f in payload["figures"]] == [f.id for f in seed().figures]
    assert payload["citation"]["pmid"] == 22332191


def test_seed_table_shows_the_citation_and_quantities(capsys: pytest.CaptureFixture[str]):
    assert main(["seed"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kleiter I, Hellwig K")
    assert "Natalizumab infusions per patient" in out


def test_bad_data_folder_gives_one_line_and_exit_2(tmp_path):
    env_run = subprocess.run(
        [sys.executable, "-m", "nmo_teach.cli", "seed"], capture_output=True, text=True,
        env={"NMO_TEACH_DATA": str(tmp_path), "PATH": ""}, check=False,
    )
    assert env_run.returncode == 2
    assert env_run.stderr.count("\n") == 1
    assert env_run.stderr.startswith("nmo-teach seed: error:")
    assert "Traceback" not in env_run.stderr
