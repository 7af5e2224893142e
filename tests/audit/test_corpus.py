"""The audit over the real reports (read from ../shared at run time) and over text made to break it."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, CORPUS_IDS, load_gold
from dutyreport import parse
from dutyreport.model.report import CheckKind, CorruptionKind

# The failures a careful reader finds in a corpus report, read from its gold file at run time: the numbers
# each failed gold claim carries, outside its parenthesised notes (``(二(三)6)``, ``(工作成效, 两处)``).
_NOTE = regex.compile(r"[（(][^()（）]*\p{Han}[^()（）]*[)）]")


def _without_notes(claim: str) -> str:
    while True:
        shorter = _NOTE.sub("", claim)
        if shorter == claim:
            return claim
        claim = shorter


def expected_failures(path: Path) -> list[list[str]]:
    arithmetic = load_gold(path).get("arithmetic", [])
    return [
        regex.findall(r"[0-9]+(?:\.[0-9]+)?", _without_notes(a["claim"]).split(";")[0])
        for a in arithmetic
        if not a["holds"]
    ]


@pytest.fixture(scope="module")
def corpus_reports() -> dict[str, tuple[str, object]]:
    return {p.stem[:3]: (p.read_text(encoding="utf-8"), parse(p.read_text(encoding="utf-8"))) for p in CORPUS}


@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_failures_are_the_known_ones(path: object, corpus_reports: dict[str, tuple[str, object]]) -> None:
    key = path.stem[:3]  # type: ignore[attr-defined]
    _, r = corpus_reports[key]
    failed = [c for c in r.checks if not c.holds]  # type: ignore[attr-defined]
    expected = expected_failures(path)  # type: ignore[arg-type]
    assert len(failed) == len(expected), [c.claim for c in failed]
    for numbers in expected:
        assert any(all(n in c.claim for n in numbers) for c in failed), numbers


@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_check_figures_are_quoted_as_written(
    path: object, corpus_reports: dict[str, tuple[str, object]]
) -> None:
    text, r = corpus_reports[path.stem[:3]]  # type: ignore[attr-defined]
    for c in r.checks:  # type: ignore[attr-defined]
        assert c.figures
        for f in c.figures:
            assert 0 <= f.start < f.end <= len(text)
            figure = text[f.start : f.end]
            assert figure == f.text
            digits = regex.search(r"[0-9]+(?:\.[0-9]+)?", figure)
            if digits and c.kind is not CheckKind.NAMED_COUNT:
                assert digits.group() in c.claim, (c.claim, figure)


@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_implausible_corruption(path: Path, corpus_reports: dict[str, tuple[str, object]]) -> None:
    gold = load_gold(path)
    if not gold:
        pytest.skip("no gold file for this report")
    _, r = corpus_reports[path.stem[:3]]
    bad = [c for c in r.corruptions if c.kind is CorruptionKind.IMPLAUSIBLE]  # type: ignore[attr-defined]
    expected = [c["surface"] for c in gold.get("corruptions", []) if c["what"].startswith("implausible")]
    assert [c.text for c in bad] == expected


# --- text made to break it ------------------------------------------------------------------------------


def _checks_inside(text: str) -> None:
    r = parse(text)
    for c in r.checks:
        assert c.figures
        assert all(0 <= f.start < f.end <= len(text) and text[f.start : f.end] == f.text for f in c.figures)


@settings(max_examples=40, deadline=None)
@given(
    st.text(alphabet="0123456789.%万元所人名个,，、:其中分别为共有增长比上年占比生师比:1年\n一二三大机制", min_size=1)
)
def test_checks_inside_arbitrary_text(text: str) -> None:
    if text.strip():
        _checks_inside(text)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_checks_inside_mutated_corpus(data: st.DataObject) -> None:
    if not CORPUS:
        return
    path = data.draw(st.sampled_from(CORPUS))
    text = path.read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(0, 3000))]
    cut = data.draw(st.integers(0, 80))
    mutated = piece[:cut] + piece[cut + 2 :]
    if mutated.strip():
        _checks_inside(mutated)
