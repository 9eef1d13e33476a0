"""The wheel holds every subpackage and the data, so chapter notebooks run from it alone."""

from __future__ import annotations

import tomllib

from tests.conftest import PROJECT_ROOT


def listed_packages() -> set[str]:
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_subpackage_is_listed_for_the_wheel():
    found = {
        ".".join(init.parent.relative_to(PROJECT_ROOT).parts)
        for init in (PROJECT_ROOT / "nmo_teach").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed_packages(), sorted(found - listed_packages())


def test_data_and_bibliography_ship_inside_the_package():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"nmo_teach.data": "data", "nmo_teach.bibliography": "."}
    assert {"nmo_teach.data", "nmo_teach.bibliography"} <= listed_packages()
    assert setuptools["package-data"]["nmo_teach.bibliography"] == ["references.bib"]
