"""The indicator stage makes its indicators without running their validators (what it reads holds what they check):
each one it makes is the one ``Indicator(...)`` makes from the same fields, and valid, in the real reports of
``../shared`` (read at run time) and in generated reports."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import real_report_files
from dutyreport import parse
from dutyreport.indicators.build import _INDICATOR
from dutyreport.model.grounded import Span, trusted_maker
from dutyreport.model.report import Indicator
from strategies import reports


def _held(text: str) -> int:
    """Every indicator of ``text`` checked; how many there were."""
    report = parse(text)
    for i in report.indicators:
        attrs.validate(i)  # (every field's validator, as the constructor runs them)
        fields = attrs.asdict(i, recurse=False)
        made = Indicator(**fields)
        assert made == i and repr(made) == repr(i) and hash(made) == hash(i), i
        assert report.text[i.start : i.end] == i.text
    return len(report.indicators)


def test_the_maker_takes_the_fields_in_the_order_of_the_class() -> None:
    names = tuple(a.name for a in attrs.fields(Indicator))
    values = tuple(f"v{k}" for k in range(len(names)))  # (no validator runs: any value shows where it went)
    made = _INDICATOR(*values)
    assert tuple(getattr(made, n) for n in names) == values


def test_the_maker_refuses_a_missing_or_extra_field() -> None:
    make = trusted_maker(Span)
    with pytest.raises(TypeError, match="3 fields, not 2"):
        make(0, 2)
    with pytest.raises(TypeError, match="3 fields, not 4"):
        make(0, 2, "学校", None)


def test_every_indicator_of_the_real_reports_is_the_one_the_constructor_makes() -> None:
    assert sum(_held(p.read_text(encoding="utf-8")) for p in real_report_files()) > 0


@settings(max_examples=40, deadline=None)
@given(reports())
def test_every_indicator_of_a_generated_report_is_the_one_the_constructor_makes(text: str) -> None:
    _held(text)


_CHARS = list("全县小学初中所人元万亿%年2019.5,，。、(（)）x\n 生均经费比上年增长为")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CHARS), min_size=1, max_size=60).filter(str.strip))
def test_every_indicator_of_generated_text_is_the_one_the_constructor_makes(text: str) -> None:
    _held(text)
