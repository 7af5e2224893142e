"""What :func:`dutyreport.indicators.keys.key_of` keeps of a subject, held to reading each figure afresh.

A report's figures share subjects (a table's rows, a template's lines): with a
:class:`~dutyreport.indicators.keys.KeyReadings` the words of a subject are read once for the unit they are read
for, and each figure's own words before it are read for it alone. The key of every figure must be the one read
without it: over the figures of the real reports in ``../shared`` (read at run time), of the generated fixtures,
and over generated sequences of figures sharing subjects and units. The table of measures a quantity is read
against, found from its type, must be the one its unit and amount give.
What a subject's reading finds (the measure named, whether it names a level, a measure's breakdown) must be
what the full functions it stands for find, called directly.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dutyreport as d
from conftest import CORPUS, fixture_files, realworld_files
from dutyreport.indicators import build, fits, keys, synonyms
from dutyreport.lang import measures as table
from dutyreport.lang.measures import MEASURES
from dutyreport.model.quantities import Count, Money, Percent, PerUnit, Quantity, Range, Ratio

KeyCall = tuple[str | None, Quantity, str]


# --- the references: the table a quantity's unit and amount give, read step by step ----------------------------


def unit_and_amount(q: Quantity) -> tuple[str | None, Decimal | None]:
    """The unit as the JSON view writes it, and an amount of plain 元 (a placeholder written in
    元 without 万 or 亿 counts as one: ``x元``)."""
    if isinstance(q, Range):
        return unit_and_amount(q.high)
    unit = q.unit
    if unit is not None and not fits._FOLDED.isdisjoint(unit):
        unit = unit.translate(fits._FOLD_UNIT)
    if not isinstance(q, Money):
        return unit, None
    if q.value is None:
        return unit, (Decimal(0) if q.text and not fits._SCALED.search(q.text) else None)
    return unit, q.value


def fits_for(unit: str | None, amount: Decimal | None) -> Any:
    """The table of the measures stated in a unit (``None``: none is), for a plain 元 amount by its size."""
    if unit == "yuan" and amount is not None:
        return fits._YUAN_FITS[bisect.bisect_right(fits._PER_UNIT_LIMITS, abs(amount))]
    return fits._FITS.get(unit)


def dimensions_full(m: Any, subject: str, spans: Any, *, listed: bool) -> Any:
    """The breakdown a subject gives a measure, read step by step (every level word's reading, found or not)."""
    rest = keys._mask(subject, spans)
    head = spans[0][0] if spans else len(subject)
    named = [(w.start(), keys._LEVELS[w.group()]) for w in keys._LEVEL_WORD.finditer(rest)]
    opening = named[0][1] if named and named[0][0] < head else None
    if opening is keys._OTHER or (opening is None and any(lv is keys._OTHER for _, lv in named)):
        return None
    levels = [lv for _, lv in named if isinstance(lv, keys.SchoolLevel)]
    several = any(lv is keys._STAGE for _, lv in named) and not isinstance(opening, keys.SchoolLevel)
    level = None if listed or several else keys._level(levels, opening=isinstance(opening, keys.SchoolLevel))
    if (level is not None and level not in m.levels) or (level is None and any(lv not in m.levels for lv in levels)):
        return None
    sectors = {keys._SECTORS[w] for w in keys._SECTOR_WORD.findall(rest)}
    areas = {keys._AREAS[w] for w in keys._AREA_WORD.findall(rest)}
    if (sectors and not m.sectors) or (areas and not m.areas):
        return None
    return (level, next(iter(sectors)) if len(sectors) == 1 else None, next(iter(areas)) if len(areas) == 1 else None)


def in_level_list_full(subject: str, before: str) -> bool:
    """Whether a subject's level word is an item of a list of levels, read in the subject and the words before
    together."""
    first = keys._LEVEL_WORD.search(subject)
    if first is None or not isinstance(keys._LEVELS[first.group()], keys.SchoolLevel):
        return False
    after = subject[first.end() : first.end() + 1]
    if after and after in keys._JOINER and keys._LEVEL_WORD.match(subject, first.end() + 1):
        return True
    if first.start() != 0:
        return False
    at = before.rfind(subject[: first.end() + 2])
    return at > 0 and before[at - 1] in keys._JOINER and keys._LEVEL_END.search(before, 0, at - 1) is not None


def _key_calls(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[KeyCall]:
    """The (subject, quantity, words before) the figure stage asks a key for, figure by figure, in one report."""
    calls: list[KeyCall] = []
    full = keys.key_of

    def recorded(subject: str | None, quantity: Quantity, before: str = "", *rest: Any) -> keys.KeyMatch | None:
        calls.append((subject, quantity, before))
        return full(subject, quantity, before, *rest)

    with monkeypatch.context() as patched:
        patched.setattr(build, "key_of", recorded)
        d.parse(path.read_text(encoding="utf-8"))
    return calls


def _held(calls: list[KeyCall]) -> None:
    readings = keys.KeyReadings()  # (one report's)
    for subject, quantity, before in calls:
        kept = keys.key_of(subject, quantity, before, readings)
        assert kept == keys.key_of(subject, quantity, before), (subject, quantity, before)
        assert fits.table_of(quantity) is fits_for(*unit_and_amount(quantity)), quantity


def test_the_kept_readings_of_the_real_reports_are_each_figures_own(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [*CORPUS, *realworld_files(), *fixture_files()]
    if not CORPUS:
        pytest.skip("the corpus is not here")
    keyed = 0
    for path in paths:
        calls = _key_calls(path, monkeypatch)
        _held(calls)
        keyed += sum(keys.key_of(*c) is not None for c in calls)
    assert keyed > 100  # (the comparison covers keyed figures, not only refused ones)


def test_the_kept_readings_of_the_generated_fixtures_are_each_figures_own(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = fixture_files()
    assert paths
    for path in paths:
        _held(_key_calls(path, monkeypatch))


# Subjects made of the table's words (a few, so that figures share them), with asides, quotes and traditional
# characters that cleaning and folding take away; words before made of the same and of the clauses they read.
_WORDS = sorted(
    {part for m in MEASURES for s in m.synonyms for part in s.split(table.GAP)}
    | {e.word for t in (table.LEVEL_WORDS, table.STAGE_WORDS, table.SECTOR_WORDS, table.AREA_WORDS) for e in t}
    | {e.word for t in (table.FILLER_WORDS, table.CHANGE_WORDS, table.ACTION_WORDS, table.VETO_WORDS) for e in t}
)
_subject = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from([s for m in MEASURES for s in m.synonyms if table.GAP not in s]),
        st.sampled_from(["(含民办)", "（", "）", "“", " ", "學", "、", "和"]),
    ),
    max_size=4,
).map("".join)
_before = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from([*"，,；:、和及分别为所人2(（)）\n", "全县有", "新建"])),
    max_size=8,
).map("".join)
_AMOUNTS = st.integers(0, 10**6).map(Decimal)
_money = st.one_of(
    st.builds(Money, value=st.one_of(_AMOUNTS, st.decimals(min_value=-(10**5), max_value=10**9, places=2))),
    st.builds(Money, value=st.none(), text=st.sampled_from(["", "x元", "xx万元", "X亿元", "*元"])),
)
_scalar = st.one_of(
    _money,
    st.builds(Percent, points=st.decimals(min_value=0, max_value=200, places=2), percentage_point=st.booleans()),
    st.builds(Count, value=_AMOUNTS, measure_word=st.sampled_from([None, "所", "人", "个", "個", "名", "位", "次"])),
    st.builds(PerUnit, value=_AMOUNTS, per=st.sampled_from([("student", "year"), ("person",), ("student",)])),
)
_quantity = st.one_of(
    _scalar,
    st.builds(Ratio, terms=st.tuples(st.integers(1, 30).map(Decimal), st.integers(1, 30).map(Decimal))),
    _money.flatmap(lambda low: _money.map(lambda high: Range(low=low, high=high))),
)


@st.composite
def _figures(draw: Any) -> list[KeyCall]:
    # a few subjects, quantities and words before, drawn together in many ways (subjects shared across units)
    subjects = draw(st.lists(_subject, min_size=1, max_size=3))
    quantities = draw(st.lists(_quantity, min_size=1, max_size=3))
    befores = draw(st.lists(_before, min_size=1, max_size=3))
    figure = st.tuples(st.sampled_from(subjects), st.sampled_from(quantities), st.sampled_from(befores))
    calls: list[KeyCall] = draw(st.lists(figure, min_size=1, max_size=12))
    return calls


@given(_figures())
def test_the_kept_readings_of_generated_figures_are_each_figures_own(calls: list[KeyCall]) -> None:
    _held(calls)


@given(_quantity)
def test_the_table_of_a_quantity_is_the_one_its_unit_and_amount_give(quantity: Quantity) -> None:
    assert fits.table_of(quantity) is fits_for(*unit_and_amount(quantity))


# What a subject's reading (keys._reading, which key_of reads with a KeyReadings and without one) finds, held to
# the full functions it stands for, called directly: none where the subject is vetoed or names no measure that
# fits, no level and is no label (key_of then gives no key whatever the words before); the measure named found by
# _best over every name in the subject (not only the names of the measures that fit), else the one a bare level
# names; whether it names a level (_names_a_level); the breakdown it gives a measure (_dimensions), asked twice and
# in either order.


def _reading_held(subject: str | None, quantity: Quantity) -> None:
    from dutyreport.lang.script import fold

    table_of = fits.table_of(quantity)
    if table_of is None:
        return  # (no measure is stated in this unit: key_of reads no subject)
    read = keys._reading(subject, table_of)
    raw = fold(subject or "")
    cleaned = keys._clean(raw)
    names = frozenset(syn.first for m in table_of.measures for syn in synonyms._SYNONYMS[m.key] if syn.first in cleaned)
    if keys._VETO.search(cleaned) is not None or not (
        names or keys._names_a_level(cleaned) or keys._is_label(cleaned)
    ):
        assert read is None, subject
        return
    assert read is not None, subject
    assert read.subject == cleaned and read.raw == raw and read.names == names, subject
    assert read.level_list_head() == keys._level_list_head(read.raw), subject
    assert read.names_a_level() == keys._names_a_level(cleaned), subject
    assert read.is_label() == keys._is_label(cleaned), subject
    in_percent = unit_and_amount(quantity)[0] == "percent"
    for counts_only, fitting in ((False, table_of.measures), (True, table_of.counts)):
        expected = keys._best(fitting, cleaned, in_percent=in_percent)
        if expected is None and keys._names_a_level(cleaned) and keys._only_dimensions(cleaned):
            bare = [m for m in fitting if m.bare_level]
            expected = (bare[0], ()) if len(bare) == 1 else None
        assert read.found(counts_only) == expected, (subject, quantity, counts_only)
        asked = [expected] if expected is not None else []
        asked += [(m, ()) for m in fitting[:3]]  # (a measure found in the words before: no spans in the subject)
        for listed in (False, True, False):
            for m, spans in asked:
                full = keys._dimensions(m, cleaned, spans, listed=listed)
                assert full == dimensions_full(m, cleaned, spans, listed=listed), (subject, m.key, spans, listed)
                assert read.dimensions(m, spans, listed=listed) == full, (subject, m.key, spans, listed)


def test_a_subjects_reading_is_the_full_functions_in_the_real_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    if not CORPUS:
        pytest.skip("the corpus is not here")
    found = 0
    for path in [*CORPUS, *realworld_files()]:
        seen: set[tuple[str | None, int]] = set()
        for subject, quantity, _ in _key_calls(path, monkeypatch):
            read_for = fits.table_of(quantity)
            k = (subject, -1 if read_for is None else read_for.number)
            if k in seen:
                continue
            seen.add(k)
            _reading_held(subject, quantity)
            read = None if read_for is None else keys._reading(subject, read_for)
            found += read is not None and read.found(False) is not None
    assert found > 100  # (measures found, not only subjects naming none)


@given(_subject, _quantity)
def test_a_subjects_reading_is_the_full_functions_in_generated_subjects(subject: str, quantity: Quantity) -> None:
    _reading_held(subject, quantity)
