"""Table-driven cases for the normalizers, named by where each case came from.

``EXAMPLES_REPORT_FORMS``: figures as education-duty reports write them (sentences composed
by us in the genre). ``EXAMPLES_BUGS_CAUGHT``: one case per bug found and fixed.
``EXAMPLES_XFAIL``: known gaps, strict xfail so a fix is noticed. Expected values are
worked out by hand from the text, not copied from a run.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import dutyreport as d
from dutyreport import Qualifier as Q

Parser = Callable[[str], Any]

# (text, expected to_dict()) for parse_quantity.
EXAMPLES_REPORT_FORMS: list[tuple[str, dict[str, object]]] = [
    # money: 元 / 万元 / 亿元, 余/多 in either place
    ("171440万元", {"value": "1714400000", "unit": "yuan", "qualifier": None}),
    ("8.3861亿元", {"value": "838610000", "unit": "yuan", "qualifier": None}),
    ("185.6785万元", {"value": "1856785", "unit": "yuan", "qualifier": None}),
    ("1000余万元", {"value": "10000000", "unit": "yuan", "qualifier": "more_than"}),
    ("340万余元", {"value": "3400000", "unit": "yuan", "qualifier": "more_than"}),
    ("260多万元", {"value": "2600000", "unit": "yuan", "qualifier": "more_than"}),
    ("约5千元", {"value": "5000", "unit": "yuan", "qualifier": "approx"}),
    ("2.06千元", {"value": "2060", "unit": "yuan", "qualifier": None}),
    ("3.5亿元左右", {"value": "350000000", "unit": "yuan", "qualifier": "approx"}),
    ("x万元", {"value": None, "unit": "yuan", "qualifier": None}),
    # percentages
    ("5.23%", {"value": "0.0523", "unit": "percent", "qualifier": None}),
    ("５％", {"value": "0.05", "unit": "percent", "qualifier": None}),
    ("百分之百", {"value": "1", "unit": "percent", "qualifier": None}),
    ("百分之九十七点五", {"value": "0.975", "unit": "percent", "qualifier": None}),
    ("千分之三", {"value": "0.003", "unit": "percent", "qualifier": None}),
    ("11个百分点", {"value": "0.11", "unit": "percentage_point", "qualifier": None}),
    ("不低于85%", {"value": "0.85", "unit": "percent", "qualifier": "at_least"}),
    ("x%", {"value": None, "unit": "percent", "qualifier": None}),
    ("xx%", {"value": None, "unit": "percent", "qualifier": None}),
    # counts with qualifier words before or after
    ("近30个", {"value": 30, "unit": "个", "qualifier": "approx"}),
    ("千余人次", {"value": 1000, "unit": "人次", "qualifier": "more_than"}),
    ("二十多期", {"value": 20, "unit": "期", "qualifier": "more_than"}),
    ("100余节", {"value": 100, "unit": "节", "qualifier": "more_than"}),
    ("5000人以上", {"value": 5000, "unit": "人", "qualifier": "more_than"}),
    ("不少于15所", {"value": 15, "unit": "所", "qualifier": "at_least"}),
    ("5万余人", {"value": 50000, "unit": "人", "qualifier": "more_than"}),
    ("300多万人次", {"value": 3000000, "unit": "人次", "qualifier": "more_than"}),
    ("66人及以上", {"value": 66, "unit": "人", "qualifier": "at_least"}),
    ("不足6个", {"value": 6, "unit": "个", "qualifier": "less_than"}),
    ("不超过45人", {"value": 45, "unit": "人", "qualifier": "at_most"}),
    ("132个班", {"value": 132, "unit": "班", "qualifier": None}),
    ("两所", {"value": 2, "unit": "所", "qualifier": None}),
    ("一十二所", {"value": 12, "unit": "所", "qualifier": None}),
    ("1.2万平方米", {"value": 12000, "unit": "平方米", "qualifier": None}),
    ("x人", {"value": None, "unit": "人", "qualifier": None}),
    # ranges
    ("3至7人", {"value": [3, 7], "unit": "人", "qualifier": None}),
    ("1—2名", {"value": [1, 2], "unit": "名", "qualifier": None}),
    ("4-6名", {"value": [4, 6], "unit": "名", "qualifier": None}),
    ("三至五所", {"value": [3, 5], "unit": "所", "qualifier": None}),
    ("10-15万元", {"value": ["100000", "150000"], "unit": "yuan", "qualifier": None}),
    ("2021—2022年", {"value": [2021, 2022], "unit": "年", "qualifier": None}),
    # per-unit standards
    ("1000元/生/年", {"value": "1000", "unit": "yuan/student/year", "qualifier": None}),
    ("每生每年900元", {"value": "900", "unit": "yuan/student/year", "qualifier": None}),
    ("生均1200元/年", {"value": "1200", "unit": "yuan/student/year", "qualifier": None}),
    ("人均21848元", {"value": "21848", "unit": "yuan/person", "qualifier": None}),
    ("每人每月400元至900元", {"value": ["400", "900"], "unit": "yuan/person", "qualifier": None}),
    ("每生每年1000至1500元", {"value": ["1000", "1500"], "unit": "yuan/student/year", "qualifier": None}),
    ("不低于650元/生/学年", {"value": "650", "unit": "yuan/student/year", "qualifier": "at_least"}),
    # ratios
    ("12.38:1", {"value": ["12.38", "1"], "unit": "ratio", "qualifier": None}),
    ("１：１００", {"value": ["1", "100"], "unit": "ratio", "qualifier": None}),
    ("1∶13.5", {"value": ["1", "13.5"], "unit": "ratio", "qualifier": None}),
    # bare numbers
    ("1.5亿", {"value": 150000000, "unit": None, "qualifier": None}),
    ("1,234.5", {"value": "1234.5", "unit": None, "qualifier": None}),
    ("１２３", {"value": 123, "unit": None, "qualifier": None}),
]

# (text, parser, expected value): parse_money / parse_percent / parse_ratio / parse_number.
EXAMPLES_REPORT_VALUES: list[tuple[str, Parser, object]] = [
    ("1.5亿", d.parse_money, Decimal("150000000")),  # a bare number is yuan to parse_money
    ("三百万", d.parse_money, Decimal("3000000")),
    ("人民币8,500元", d.parse_money, Decimal("8500")),
    ("叁万贰仟元整", d.parse_money, Decimal("32000")),
    ("伍拾元零陆角", d.parse_money, Decimal("50.6")),
    ("负1200元", d.parse_money, Decimal("-1200")),
    ("几十万元", d.parse_money, (Decimal("100000"), Decimal("1000000"))),
    ("三五百元", d.parse_money, (Decimal("300"), Decimal("500"))),
    ("8.3861亿元", d.parse_money, Decimal("838610000")),
    ("百分之十二点五", d.parse_percent, Decimal("0.125")),
    ("千分之三", d.parse_percent, Decimal("0.003")),
    ("-2.5%", d.parse_percent, Decimal("-0.025")),
    ("三成", d.parse_percent, Decimal("0.3")),
    ("1∶12.5", d.parse_ratio, (Decimal("1"), Decimal("12.5"))),
    ("18:1", d.parse_ratio, (Decimal("18"), Decimal("1"))),
    ("一亿二千万", d.parse_number, Decimal("120000000")),
    ("1亿2千万", d.parse_number, Decimal("120000000")),
    ("壹拾万零叁仟", d.parse_number, Decimal("103000")),
    ("三点一四", d.parse_number, Decimal("3.14")),
    ("负十", d.parse_number, Decimal("-10")),
    ("二〇二二", d.parse_number, Decimal("2022")),
    ("两千零六", d.parse_number, Decimal("2006")),
    ("３．５万", d.parse_number, Decimal("35000")),
    ("十", d.parse_number, Decimal("10")),
    ("一十", d.parse_number, Decimal("10")),
]

# Each bug found while writing these tests, fixed, and kept here.
EXAMPLES_BUGS_CAUGHT: list[tuple[str, Parser, object]] = [
    # a sign before a percentage or a count was refused by parse_quantity while parse_percent read it
    ("-3%", d.parse_quantity, {"value": "-0.03", "unit": "percent", "qualifier": None}),
    ("负十", d.parse_quantity, {"value": -10, "unit": None, "qualifier": None}),
    # 块 is a measure word too: outside parse_money it counts (3 plots), it is not 3 yuan
    ("3块", d.parse_quantity, {"value": 3, "unit": "块", "qualifier": None}),
    ("三块", d.parse_money, {"value": "3", "unit": "yuan", "qualifier": None}),
    ("十块钱", d.parse_quantity, {"value": "10", "unit": "yuan", "qualifier": None}),
    # arithmetic ran in Decimal's default 28-digit context: longer figures were rounded
    ("1234567890123456789012345678901亿", d.parse_quantity, {"value": 123456789012345678901234567890100000000,
                                                             "unit": None, "qualifier": None}),
]

# A new-user trial: 比 is a ratio's mark as the colon is, between a number right before it and one right after
# it, in digits or in Chinese numerals (parse_ratio refused 11.5比1 while it read 11.5:1). Without a number on
# both sides 比 is 'compared with' (比上年增长5%), not a ratio.
EXAMPLES_USER_TRIAL: list[tuple[str, Parser, object]] = [
    ("9.5比1", d.parse_ratio, (Decimal("9.5"), Decimal(1))),
    ("1比16.5", d.parse_ratio, (Decimal(1), Decimal("16.5"))),
    ("14比1", d.parse_ratio, (Decimal(14), Decimal(1))),
    ("１２．５比１", d.parse_ratio, (Decimal("12.5"), Decimal(1))),
    ("十二点五比一", d.parse_ratio, (Decimal("12.5"), Decimal(1))),
    ("十七比一", d.parse_ratio, (Decimal(17), Decimal(1))),
    ("不高于19比1", d.parse_ratio, (Decimal(19), Decimal(1))),
    ("10.5比1", d.parse_quantity, (Decimal("10.5"), Decimal(1))),
]

EXAMPLES_USER_TRIAL_NOT_RATIOS: list[str] = [
    "比上年增长4%", "比去年多2所", "16比2021年多", "30比20多", "三比三看", "8比",
]


@pytest.mark.parametrize(
    ("text", "parser", "terms"), EXAMPLES_USER_TRIAL, ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_USER_TRIAL]
)
def test_user_trial_ratio_word(text: str, parser: Parser, terms: object) -> None:
    q = parser(text)
    assert isinstance(q, d.Ratio) and q.terms == terms and q.text == text
    colon = d.parse_ratio(text.replace("比", ":"))  # the same figure as with a colon
    assert colon.terms == q.terms and colon.qualifier is q.qualifier


@pytest.mark.parametrize("text", EXAMPLES_USER_TRIAL_NOT_RATIOS)
def test_user_trial_compared_with_is_no_ratio(text: str) -> None:
    with pytest.raises(d.RatioError):
        d.parse_ratio(text)


# Strings each parser must refuse, with the parser's own error class.
EXAMPLES_REFUSED: list[tuple[str, Parser, type[d.DutyReportError]]] = [
    ("", d.parse_number, d.NumeralError),
    ("元整", d.parse_number, d.NumeralError),
    ("abc", d.parse_number, d.NumeralError),
    ("10..1万", d.parse_number, d.NumeralError),
    ("负负五", d.parse_number, d.NumeralError),
    ("三五万", d.parse_number, d.NumeralError),  # a vague 3万–5万, not a number
    ("统一规划", d.parse_quantity, d.QuantityError),
    ("   ", d.parse_quantity, d.QuantityError),
    ("--3%", d.parse_quantity, d.QuantityError),
    ("3至", d.parse_quantity, d.QuantityError),
    ("近30个", d.parse_money, d.MoneyError),
    ("5%", d.parse_money, d.MoneyError),
    ("--3", d.parse_money, d.MoneyError),
    ("——：八贰百分", d.parse_money, d.MoneyError),
    ("30人", d.parse_percent, d.PercentError),
    ("百分之", d.parse_percent, d.PercentError),
    ("——：八贰百分", d.parse_percent, d.PercentError),
    ("12.38", d.parse_ratio, d.RatioError),
    ("12:", d.parse_ratio, d.RatioError),
    ("3至7人", d.parse_ratio, d.RatioError),
]

EXAMPLES_XFAIL: list[tuple[str, Parser, object, str]] = [
    (
        "人均21848元",
        d.parse_money,
        Decimal("21848"),
        "parse_money refuses per-unit amounts instead of reading the amount",
    ),
]


def _value(q: object) -> object:
    if isinstance(q, Decimal):
        return q
    if isinstance(q, d.Range):
        return (q.low.value, q.high.value)
    return q.value  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_REPORT_FORMS, ids=[t for t, _ in EXAMPLES_REPORT_FORMS])
def test_parse_quantity_report_forms(text: str, expected: dict[str, object]) -> None:
    q = d.parse_quantity(text)
    assert q.to_dict() == expected
    assert q.text == text


@pytest.mark.parametrize(
    ("text", "parser", "value"),
    EXAMPLES_REPORT_VALUES,
    ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_REPORT_VALUES],
)
def test_report_values(text: str, parser: Parser, value: object) -> None:
    assert _value(parser(text)) == value


@pytest.mark.parametrize(
    ("text", "parser", "expected"),
    EXAMPLES_BUGS_CAUGHT,
    ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_BUGS_CAUGHT],
)
def test_bugs_caught(text: str, parser: Parser, expected: dict[str, object]) -> None:
    assert parser(text).to_dict() == expected


@pytest.mark.parametrize(
    ("text", "parser", "error"),
    EXAMPLES_REFUSED,
    ids=[f"{p.__name__}-{t or 'empty'}" for t, p, _ in EXAMPLES_REFUSED],
)
def test_refused_with_own_error_naming_the_text(text: str, parser: Parser, error: type[d.DutyReportError]) -> None:
    with pytest.raises(error) as info:
        parser(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text
    assert repr(text) in str(info.value)


@pytest.mark.parametrize(
    "parser", [d.parse_number, d.parse_quantity, d.parse_money, d.parse_percent, d.parse_ratio]
)
def test_non_string_is_refused(parser: Parser) -> None:
    with pytest.raises(d.DutyReportError, match="not a string"):
        parser(12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "parser", "value"),
    [pytest.param(t, p, v, marks=pytest.mark.xfail(strict=True, reason=r)) for t, p, v, r in EXAMPLES_XFAIL],
    ids=[f"{p.__name__}-{t}" for t, p, _, _ in EXAMPLES_XFAIL],
)
def test_known_gaps(text: str, parser: Parser, value: object) -> None:
    assert _value(parser(text)) == value


def test_long_text_is_shortened_in_the_message() -> None:
    text = "不是数字" * 40
    with pytest.raises(d.NumeralError) as info:
        d.parse_number(text)
    assert info.value.text == text
    assert text[:77] + "..." in str(info.value)


# --- values as a reader writes them (bugs caught: 300多万 came back as Decimal('3.00E+6')) ----------------------

EXAMPLES_NO_EXPONENT: list[tuple[str, str]] = [
    ("十多万元", "100000"),
    ("300多万元", "3000000"),
    ("二十余万人", "200000"),
    ("4000多万", "40000000"),
    ("1.5万元", "15000"),
]


@pytest.mark.parametrize(("text", "written"), EXAMPLES_NO_EXPONENT)
def test_a_scaled_value_is_written_without_an_exponent(text: str, written: str) -> None:
    value = d.parse_quantity(text).value  # type: ignore[union-attr]
    assert str(value) == written


def test_the_ends_of_a_vague_range_are_written_without_an_exponent() -> None:
    r = d.parse_money("十几万元")
    assert isinstance(r, d.Range)
    assert (str(r.low.value), str(r.high.value)) == ("100000", "200000")


def test_no_figure_of_the_real_reports_is_written_with_an_exponent() -> None:
    from conftest import real_report_files

    for path in real_report_files():
        for i in d.parse(path.read_text(encoding="utf-8")).indicators:
            values = i.value if isinstance(i.value, tuple) else (i.value,)
            assert all(v is None or v.as_tuple().exponent <= 0 for v in values), (path.name, i.text, i.value)


# --- the units an amount is per, in brackets as the standards write them (元/(生·年)) ---------------------------

EXAMPLES_PER_UNITS_IN_BRACKETS: list[tuple[str, tuple[str, ...]]] = [
    ("800元/(生·年)", ("student", "year")),
    ("600元/（人·月）", ("person", "month")),
    ("450元/(生)", ("student",)),
]


@pytest.mark.parametrize(("text", "per"), EXAMPLES_PER_UNITS_IN_BRACKETS)
def test_per_units_in_brackets(text: str, per: tuple[str, ...]) -> None:
    q = d.parse_quantity(text)
    assert isinstance(q, d.PerUnit) and q.per == per
    (m,) = d.find_quantities(f"补助标准为{text}。")
    assert m.text == text  # (the brackets are the figure's: its text holds what it is per)


# Round 10's review (ours): a calendar year (lang.dates.YEAR) with 年 is a date, and a qualifier word around it
# (以上, 左右, 约, 高于 …) makes no number of years with a qualifier: refused, as 2019年以来 and 比2020年多 are. A
# number of years that is no year (30年以上) and a year alone (2019年) read as they did.
EXAMPLES_ROUND10_YEARS_REFUSED: list[str] = ["2019年以上", "2020年以下", "2021年左右", "约2019年", "不低于2020年"]
EXAMPLES_ROUND10_YEARS_READ: list[tuple[str, dict[str, object]]] = [
    ("30年以上", {"value": 30, "unit": "年", "qualifier": "more_than"}),
    ("约15年", {"value": 15, "unit": "年", "qualifier": "approx"}),
    ("2019年", {"value": 2019, "unit": "年", "qualifier": None}),
]


@pytest.mark.parametrize("text", [*EXAMPLES_ROUND10_YEARS_REFUSED, "2019年以来", "比2020年多"])
def test_round10_a_year_with_a_qualifier_is_no_number_of_years(text: str) -> None:
    with pytest.raises(d.QuantityError) as info:
        d.parse_quantity(text)
    assert info.value.text == text


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_ROUND10_YEARS_READ)
def test_round10_years_that_stay_numbers(text: str, expected: dict[str, object]) -> None:
    assert d.parse_quantity(text).to_dict() == expected


# A range with a qualifier word both before and after it takes the one after, as a count, a percentage and a ratio do
# (grammar._qualifier): 不少于3至5以内 is at most, as 不少于5以内 is. (Found by a review of round 10.)
EXAMPLES_REVIEW_RANGE_QUALIFIER: list[tuple[str, str, Q]] = [
    ("不少于3至5以内", "不少于5以内", Q.AT_MOST),
    ("超过3至5以下", "超过5以下", Q.LESS_THAN),
    ("约3至5以上", "约5以上", Q.MORE_THAN),
    ("低于二到三以上", "低于三以上", Q.MORE_THAN),
]


@pytest.mark.parametrize(("text", "count", "qualifier"), EXAMPLES_REVIEW_RANGE_QUALIFIER)
def test_a_range_takes_the_qualifier_after_it(text: str, count: str, qualifier: Q) -> None:
    r = d.parse_quantity(text)
    assert isinstance(r, d.Range) and r.qualifier is qualifier, r
    assert r.qualifier is d.parse_quantity(count).qualifier
