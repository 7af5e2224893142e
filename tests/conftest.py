"""Shared fixtures: the real corpus lives outside the project, in ../shared/corpus.

Hypothesis profiles: ``dev`` (the default: quick, for ``make test``) and ``ci`` (more examples);
choose one with ``HYPOTHESIS_PROFILE=ci``. A test's own ``@settings`` still wins over the profile.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import dutyreport as d
from dutyreport.document import Document
from dutyreport.model.report import Noise, NoiseKind
from dutyreport.serialize import quantity_view

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, max_examples=500, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def corpus_dir() -> Path:
    return Path(os.environ.get("DUTYREPORT_CORPUS", ROOT.parent / "shared" / "corpus"))


def gold_dir() -> Path:
    return corpus_dir().parent / "gold"


def corpus_files() -> list[Path]:
    d = corpus_dir()
    return sorted(d.glob("*.txt")) if d.is_dir() else []


CORPUS = corpus_files()
CORPUS_IDS = [p.stem[:3] for p in CORPUS]


@pytest.fixture(params=CORPUS, ids=CORPUS_IDS)
def corpus_text(request: pytest.FixtureRequest) -> str:
    path: Path = request.param
    return path.read_text(encoding="utf-8")


def load_gold(path: Path) -> dict[str, Any]:
    g = gold_dir() / (path.stem + ".gold.json")
    return json.loads(g.read_text(encoding="utf-8")) if g.exists() else {}


def layers(text: str, noise: Iterable[Noise] = ()) -> Document:
    """The Document of ``text`` with the given noise (none unless given), its 文号, damage and sections:
    what a stage after cleaning reads, without running the noise finder."""
    from dutyreport.clean.corruptions import find_corruptions
    from dutyreport.clean.docnumbers import find_doc_numbers
    from dutyreport.structure.sections import find_sections

    doc = Document.of(text).with_noise(tuple(noise))
    doc = doc.with_doc_numbers(find_doc_numbers(doc))
    doc = doc.with_corruptions(find_corruptions(doc))
    return doc.with_sections(find_sections(doc))


def noise_for(text: str, piece: str, kind: NoiseKind = NoiseKind.SPAM) -> list[Noise]:
    """A noise span of ``kind`` over each occurrence of ``piece`` in ``text`` (for :func:`layers`)."""
    out: list[Noise] = []
    i = text.find(piece)
    while i >= 0:
        out.append(Noise(start=i, end=i + len(piece), text=piece, kind=kind))
        i = text.find(piece, i + len(piece))
    return out


def realworld_files() -> list[Path]:
    d = corpus_dir().parent / "realworld"
    return sorted(d.glob("*.txt")) if d.is_dir() else []


def real_report_files() -> list[Path]:
    """The corpus and the realworld excerpts in ../shared; the calling test is skipped where they are not there
    (a fresh clone without ../shared beside it), so that a check over them never passes over nothing."""
    paths = [*CORPUS, *realworld_files()]
    if not paths:
        pytest.skip("no real reports in ../shared")
    return paths


def fixture_files() -> list[Path]:
    return sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))


# --- our own fixture sets (tests/fixtures/syntheticN) ------------------------------------------------------

SCORER = ROOT.parent / "shared" / "eval" / "score.py"  # (beside the project, where ../shared is)


def scores_below(folder: Path, floors: dict[str, float], tmp_path: Path) -> dict[str, tuple[float, float]]:
    """The scorer's figures over a fixture set (``folder`` holds the texts and their gold) that fall below
    their ``floors``: ``{name: (score, floor)}``, empty where every one holds."""
    out = tmp_path / "scores.json"
    run = subprocess.run(
        [sys.executable, str(SCORER), "--corpus", str(folder), "--gold", str(folder),
         "--cmd", f"{sys.executable} -m dutyreport parse --json", "--json-out", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    return {k: (summary[k], floor) for k, floor in floors.items() if summary[k] < floor}


def read_figure(text: str, surface: str) -> d.Indicator:
    """The first indicator of ``text`` written as ``surface`` (failing, with what was read, where none is)."""
    found = [i for i in d.parse(text).indicators if i.text == surface]
    assert found, f"{surface!r} not found in {[i.text for i in d.parse(text).indicators]}"
    return found[0]


def check_reading(i: d.Indicator, expected: tuple[object, ...], holds: str, lacks: str) -> None:
    """A figure read as ``expected`` (value, unit as the JSON view writes it, qualifier, year), its subject
    holding the words ``holds`` and not the words ``lacks``."""
    assert (i.value, quantity_view(i.quantity)["unit"], i.qualifier, i.year) == expected
    assert i.subject is not None and holds in i.subject and lacks not in i.subject, i.subject
