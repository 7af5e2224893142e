"""Table-driven cases for the normalizers, named by where each case came from."""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d

# Forms written in the corpus genre (figures as reports write them).
REPORT_FORMS = [
    ("171440万元", {"value": "1714400000", "unit": "yuan", "qualifier": None}),
    ("8.3861亿元", {"value": "838610000", "unit": "yuan", "qualifier": None}),
    ("185.6785万元", {"value": "1856785", "unit": "yuan", "qualifier": None}),
    ("1000余万元", {"value": "10000000", "unit": "yuan", "qualifier": "more_than"}),
    ("340万余元", {"value": "3400000", "unit": "yuan", "qualifier": "more_than"}),
    ("5.23%", {"value": "0.0523", "unit": "percent", "qualifier": None}),
    ("近30个", {"value": 30, "unit": "个", "qualifier": "approx"}),
    ("千余人次", {"value": 1000, "unit": "人次", "qualifier": "more_than"}),
    ("二十多期", {"value": 20, "unit": "期", "qualifier": "more_than"}),
    ("300多万人次", {"value": 3000000, "unit": "人次", "qualifier": "more_than"}),
    ("5000人以上", {"value": 5000, "unit": "人", "qualifier": "more_than"}),
    ("不少于15所", {"value": 15, "unit": "所", "qualifier": "at_least"}),
    ("66人及以上", {"value": 66, "unit": "人", "qualifier": "at_least"}),
    ("132个班", {"value": 132, "unit": "班", "qualifier": None}),
    ("3至7人", {"value": [3, 7], "unit": "人", "qualifier": None}),
    ("1000元/生/年", {"value": "1000", "unit": "yuan/student/year", "qualifier": None}),
    ("每生每年900元", {"value": "900", "unit": "yuan/student/year", "qualifier": None}),
    ("12.38:1", {"value": ["12.38", "1"], "unit": "ratio", "qualifier": None}),
    ("x万元", {"value": None, "unit": "yuan", "qualifier": None}),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_FORMS, ids=[t for t, _ in REPORT_FORMS])
def test_parse_quantity_report_forms(text: str, expected: dict[str, object]) -> None:
    assert d.parse_quantity(text).to_dict() == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("一百零一", "101"), ("两千六", "2600"), ("1亿2千万", "120000000"), ("三点一四", "3.14"), ("负十", "-10")],
)
def test_parse_number(text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "元整", "abc", "10..1万"])
def test_bad_numerals_raise_library_error(text: str) -> None:
    with pytest.raises(d.NumeralError) as info:
        d.parse_number(text)
    assert isinstance(info.value, ValueError)
