"""The family registry: every family registered once, and every check of a family of a kind it declares,
over every report we can read (the corpus and the real-world excerpts in ../shared, the fixtures)."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from pathlib import Path

import pytest

import dutyreport.audit as audit_package
from conftest import ROOT
from dutyreport.audit import FAMILIES, Family
from dutyreport.audit.figures import Context
from dutyreport.indicators.build import build_indicators
from dutyreport.model.report import Check
from dutyreport.pipeline import document
from dutyreport.quantities.scan import find_quantities

SHARED = ROOT.parent / "shared"
TEXTS = sorted(
    [
        *(SHARED / "corpus").glob("*.txt"),
        *(SHARED / "realworld").glob("*.txt"),
        *(ROOT / "tests" / "fixtures").glob("*/*.txt"),
    ]
)


def _defined_families() -> list[Family]:
    found = []
    for info in pkgutil.iter_modules(audit_package.__path__, audit_package.__name__ + "."):
        module = importlib.import_module(info.name)
        found += [v for v in vars(module).values() if isinstance(v, Family)]
    return found


def test_every_family_is_registered_once() -> None:
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names))
    assert {id(f) for f in _defined_families()} == {id(f) for f in FAMILIES}


def _run(path: Path) -> dict[str, list[Check]]:
    """Each family's checks over one report, run as the audit runs them."""
    doc = document(path.read_text(encoding="utf-8"))
    indicators = build_indicators(doc, find_quantities(doc.text))
    inds = [i for i in indicators if not doc.in_noise(i.start)]
    ctx = Context(doc)
    return {family.name: family(ctx, inds) for family in FAMILIES}


@pytest.fixture(scope="module")
def runs() -> dict[Path, dict[str, list[Check]]]:
    return {path: _run(path) for path in TEXTS}


@pytest.mark.parametrize("path", TEXTS, ids=[f"{p.parent.name}/{p.stem[:16]}" for p in TEXTS])
def test_every_check_is_of_a_kind_its_family_declares(path: Path, runs: dict[Path, dict[str, list[Check]]]) -> None:
    for family in FAMILIES:
        checks = runs[path][family.name]
        assert {c.kind for c in checks} <= set(family.kinds), (family.name, [(c.kind, c.claim) for c in checks])


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="corpus not available")
def test_every_family_finds_something_in_the_reports(runs: dict[Path, dict[str, list[Check]]]) -> None:
    # a family no report reaches is dead code or a broken rule
    emitted = Counter(name for by_family in runs.values() for name, checks in by_family.items() if checks)
    assert [f.name for f in FAMILIES if not emitted[f.name]] == []
