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


def test_every_data_file_inside_the_package_is_declared_for_the_wheel():
    """A file the code reads at run time (the second reading's weights, the schemas, the site's
    scripts) that no package-data pattern names would be missing from an installed wheel."""
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    root = PROJECT_ROOT / "nmo_teach"
    for path in root.rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        owner = path.parent
        while owner != root and not (owner / "__init__.py").is_file():
            owner = owner.parent
        package = ".".join(owner.relative_to(PROJECT_ROOT).parts)
        relative = path.relative_to(owner)
        assert any(relative.match(glob) or glob == "**/*" for glob in patterns.get(package, [])), (
            f"{path.relative_to(PROJECT_ROOT)} is not in [tool.setuptools.package-data] {package!r}")
