"""The public surface: every exported name resolves, and a bare import loads no stage."""

from __future__ import annotations

import subprocess
import sys

import pytest

import dutyreport


@pytest.mark.parametrize("name", dutyreport.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(dutyreport, name) is not None


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError):
        dutyreport.no_such_thing  # noqa: B018


def test_import_loads_no_stage_until_used() -> None:
    code = (
        "import sys, dutyreport\n"
        "stages = ('dutyreport.audit', 'dutyreport.quantities.scan', 'dutyreport.clean.noise', 'cn2an')\n"
        "heavy = [m for m in stages if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
        "dutyreport.parse_number('一百')\n"
        "assert 'dutyreport.quantities.numerals' in sys.modules and 'dutyreport.audit' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
