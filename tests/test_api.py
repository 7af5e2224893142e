"""The public surface: every exported name resolves, and a bare import loads no stage."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from typing import Any

import pytest

import dutyreport
from conftest import ROOT


@pytest.mark.parametrize("name", dutyreport.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(dutyreport, name) is not None


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError):
        dutyreport.no_such_thing  # noqa: B018


def test_import_loads_no_stage_until_used() -> None:
    code = (
        "import sys, dutyreport\n"
        "stages = ('dutyreport.audit', 'dutyreport.quantities.scan', 'dutyreport.clean.noise', 'cn2an',"
        " 'dutyreport.model.report', 'attrs')\n"
        "heavy = [m for m in stages if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
        "dutyreport.parse_number('一百')\n"
        "assert 'dutyreport.quantities.numerals' in sys.modules and 'dutyreport.audit' not in sys.modules\n"
        "assert 'dutyreport.model.report' not in sys.modules\n"
        "assert dutyreport.Report.__module__ == 'dutyreport.model.report'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _pyproject() -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project


def test_version_is_the_package_metadata() -> None:
    assert dutyreport.__version__ == _pyproject()["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", dutyreport.__version__)


def test_license_file_matches_the_metadata() -> None:
    project = _pyproject()
    assert project["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert f"Copyright (c) 2026 {project['authors'][0]['name']}" in text
