"""Shared fixtures: the real corpus lives outside the project, in ../shared/corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
