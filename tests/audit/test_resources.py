"""What the audit takes from outside and leaves behind: the caller's decimal context changes nothing,
and nothing derived from a text outlives its parse."""

from __future__ import annotations

import decimal
import gc
import tracemalloc
from pathlib import Path

import pytest

import dutyreport
from conftest import CORPUS, CORPUS_IDS, ROOT
from dutyreport.audit import audit
from dutyreport.document import Document
from dutyreport.indicators.build import build_indicators
from dutyreport.model.report import Indicator
from dutyreport.pipeline import document
from dutyreport.quantities.scan import find_quantities

TEXTS = [*CORPUS, *sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]


@pytest.fixture(scope="module")
def stage_inputs() -> dict[Path, tuple[Document, tuple[Indicator, ...]]]:
    """What the audit stage reads of each text, read once in the default decimal context."""
    out = {}
    for path in TEXTS:
        doc = document(path.read_text(encoding="utf-8"))
        out[path] = (doc, build_indicators(doc, find_quantities(doc.text)))
    return out


def _low_precision(ctx: decimal.Context) -> None:
    ctx.prec = 6


def _inexact_trapped(ctx: decimal.Context) -> None:
    ctx.traps[decimal.Inexact] = True


def _rounding_down(ctx: decimal.Context) -> None:
    ctx.rounding = decimal.ROUND_DOWN


CALLER_CONTEXTS = [_low_precision, _inexact_trapped, _rounding_down]


@pytest.mark.parametrize("caller", CALLER_CONTEXTS, ids=[f.__name__.strip("_") for f in CALLER_CONTEXTS])
@pytest.mark.parametrize("path", TEXTS, ids=[p.stem[:20] for p in TEXTS])
def test_the_audit_computes_in_its_own_decimal_context(
    path: Path, caller: object, stage_inputs: dict[Path, tuple[Document, tuple[Indicator, ...]]]
) -> None:
    # (prec 6 once changed growth rates and shares; the Inexact trap raised decimal.Inexact)
    doc, indicators = stage_inputs[path]
    expected = audit(doc, indicators)
    with decimal.localcontext() as ctx:
        caller(ctx)  # type: ignore[operator]
        found = audit(doc, indicators)
        assert decimal.getcontext().prec == ctx.prec  # (the caller's context is theirs again)
    assert found == expected


@pytest.mark.parametrize("path", CORPUS[:1], ids=CORPUS_IDS[:1])
def test_a_whole_parse_ignores_the_callers_decimal_context(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = dutyreport.parse(text)
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        assert dutyreport.parse(text) == expected


HEAD = "某县教育自查报告\n一、基本情况\n"


def _retained(text: str) -> int:
    """Bytes still allocated after ``text`` is parsed and its Report dropped."""
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        report = dutyreport.parse(text)
        assert len(report.checks) > 0
        del report
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return after - before


def _thresholds(n: int, people: int) -> str:
    return HEAD + f"全面化解{people}人以上大班额，" * n + "\n"


def test_nothing_derived_from_a_text_outlives_its_parse() -> None:
    # One line of thousands of thresholds: the audit once kept each threshold's sentence so far (up to
    # the whole line) in a process-wide cache, 700 times the text's size after parse returned. A first
    # parse of the same shape fills whatever the interpreter and the stages keep whatever the text
    # (free lists, patterns compiled on first use); what stays after the second is a few KB of the
    # interpreter's and the test runner's own, however long the text (measured: 2 to 20 KB).
    _retained(_thresholds(500, 56))
    text = _thresholds(5000, 57)
    assert _retained(text) < len(text) // 2  # (bytes: the text alone is twice its length)
