"""The grammar's shortcuts for the most common figures give what its full steps give.

A figure of plain digits and a unit (20所, 1350人, 12%) is read in one step, and a unit that is a plain count
finds its measure word in one table; each test below holds one shortcut to the steps it stands for, for every
unit the grammar reads.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutyreport.lang.numbers import MEASURE_WORDS, MONEY_UNITS, REGION_UNITS
from dutyreport.quantities import grammar
from dutyreport.quantities.grammar import QUANTITY, interpret
from dutyreport.quantities.numerals import EXACT

_UNITS = sorted(
    {e.word for e in (*MEASURE_WORDS, *MONEY_UNITS, *REGION_UNITS)}
    | {"个" + e.word for e in MEASURE_WORDS}
    | {"%", "个百分点", "百分点", "成"}
)


def _view(q: Any) -> tuple[str, dict[str, Any], str]:
    return type(q).__name__, q.to_dict(), q.text


@pytest.mark.parametrize("unit", _UNITS)
@pytest.mark.parametrize("money", [False, True])
def test_a_counted_unit_keeps_the_measure_word_the_full_steps_give(
    unit: str, money: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [_view(grammar._unit_quantity(v, unit, None, "x", money=money)) for v in (Decimal(12), None)]
    monkeypatch.setattr(grammar, "_COUNTED", {})
    assert found == [_view(grammar._unit_quantity(v, unit, None, "x", money=money)) for v in (Decimal(12), None)]


def test_most_units_are_counted() -> None:
    assert len(grammar._COUNTED) > 50  # (the table is used: measure words and 个 + a measure word)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12).map(str) | st.sampled_from(["0", "007", "1" * 64, "1" * 65]), st.sampled_from(_UNITS))
def test_plain_digits_and_a_unit_read_as_the_full_steps_read_them(digits: str, unit: str) -> None:
    text = digits + unit
    m = QUANTITY.fullmatch(text)
    if m is None or m.lastgroup != "scalar":
        return
    found = [_read(m, money) for money in (False, True)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_one_step_value", lambda num: None)  # (every figure off the one-step read)
        assert found == [_read(m, money) for money in (False, True)]


def _read(m: Any, money: bool) -> object:
    try:
        return _view(interpret(m, money=money))
    except ValueError as e:
        return type(e).__name__


# Numerals the Arabic shortcut reads (digits, a decimal point, 万 or 亿 after them) and some it leaves to the
# full steps (thousands commas, spaced groups, 千, Chinese numerals, too many digits).
_NUMERALS = st.one_of(
    st.integers(0, 10**15).map(str),
    st.decimals(0, 10**9, places=3, allow_nan=False, allow_infinity=False).map(str),
    st.builds(
        lambda n, t: n + t, st.from_regex(r"[0-9]{1,26}(\.[0-9]{1,10})?", fullmatch=True), st.sampled_from("万亿千")
    ),
    st.sampled_from(["1,234", "12,345.5", "12 345", "3万5", "两千", "三十", "0.5", "00.50", "1" * 64, "1" * 65]),
    st.sampled_from(["一", "两", "三", "九", "零", "〇", "十", "百", "万", "幺"]),
    st.from_regex(r"[0-9]{1,5}(,[0-9]{2,4}){1,3}(\.[0-9]{1,3})?[万亿]?", fullmatch=True),
    st.sampled_from(["1" * 25 + "万", "1" * 24 + ".5亿", "1." + "2" * 70 + "万"]),
)
_WORDS = st.sampled_from(["", "约", "近", "超过", "不低于", "达"])
_TAILS = st.sampled_from(["", "以上", "左右", "以内"])


@settings(max_examples=600, deadline=None)
@given(_WORDS, _NUMERALS, st.sampled_from(_UNITS), _TAILS)
def test_arabic_numerals_with_a_unit_read_as_the_full_steps_read_them(pre: str, num: str, unit: str, suf: str) -> None:
    text = pre + num + unit + suf
    m = QUANTITY.fullmatch(text)
    if m is None or m.lastgroup != "scalar":
        return
    found = [_read(m, money) for money in (False, True)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_one_step_value", lambda num: None)
        assert found == [_read(m, money) for money in (False, True)]


def test_the_one_step_value_reads_what_it_says() -> None:
    numerals = ("12", "12.50", "3.5万", "1.23456万", "0.00000万", "4亿", "1,234", "一", "两", "〇")
    numerals += ("3千", "三十", "十", "12.", "1" * 65)
    assert [str(grammar._one_step_value(n)) for n in numerals] == [
        "12",
        "12.50",
        "35000",
        "12345.6",
        "0.0",
        "400000000",
        "1234",
        "1",
        "2",
        "0",
        "None",
        "None",
        "None",
        "None",
        "None",
    ]


def _scalar_groups(path: Any) -> list[tuple[tuple[str | None, ...], str]]:
    from dutyreport.quantities.numerals import fold

    text = fold(path.read_text(encoding="utf-8"))
    return [(m.group(*grammar.SCALAR_GROUPS), m.group()) for m in QUANTITY.finditer(text) if m.lastgroup == "scalar"]


def test_every_scalar_of_the_real_reports_reads_as_the_full_steps_read_it() -> None:
    from conftest import CORPUS, fixture_files, realworld_files

    def read(groups: tuple[str | None, ...], text: str, money: bool) -> object:
        try:
            with localcontext(EXACT):
                return _view(grammar.scalar_quantity(groups, money=money, text=text))
        except (ValueError, ArithmeticError) as e:
            return type(e).__name__

    scalars = [g for p in (*CORPUS, *realworld_files(), *fixture_files()) for g in _scalar_groups(p)]
    found = [read(g, t, money) for g, t in scalars for money in (False, True)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_one_step_value", lambda num: None)
        assert found == [read(g, t, money) for g, t in scalars for money in (False, True)]
    assert len(scalars) > 1000 or not CORPUS


@pytest.mark.parametrize("unit", sorted(grammar.PLAIN_READERS))
def test_each_unit_s_one_step_reads_what_the_full_steps_read(unit: str) -> None:
    read = grammar.PLAIN_READERS[unit]
    numerals = ("12", "0", "3.50", "3.5万", "12亿", "1,234", "12,345.50", "1,2345", "1,234万", "3千", "三十")
    for num in (*numerals, "一", "两", "零"):
        for pre, suf in ((None, None), ("约", None), (None, "以上"), ("超过", "左右")):
            text = (pre or "") + num + unit + (suf or "")
            groups = (pre, None, suf, None, None, unit, num, None, None, None)
            with localcontext(EXACT):
                found = read(num, pre, suf, text)
                if found is None:
                    assert grammar._one_step_value(num) is None
                    continue
                full = grammar.scalar_quantity(groups, money=False, text=text)
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(grammar, "_one_step_value", lambda num: None)
                    assert _view(found) == _view(grammar.scalar_quantity(groups, money=False, text=text)) == _view(full)


def test_a_scaled_measure_s_tail_has_no_one_step() -> None:
    assert not grammar._SCALED_TAILS & set(grammar.PLAIN_READERS)
    assert grammar.PLAIN_READERS.get("米") is None  # (25千米: the full steps read it)
    read = grammar.PLAIN_READERS.get("所")
    assert read is not None and read("25", None, None, "25所") is not None
