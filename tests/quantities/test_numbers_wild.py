"""Figures as real pages of the genre damage them, and the forms other projects' normalizers read.

Issue 10 ("Real reports from the wild") lists families of phenomena; issue 9 lists defects found by
probing. Every table below is named by its family and holds sentences and figures we wrote in the
genre (no text of a real report); expected values are worked out by hand. Known misses are strict
xfails, so that a fix is noticed.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.quantities._cn2an import to_chinese
from dutyreport.quantities.scan import find_quantities

Parser = Callable[[str], Any]


def _view(q: object) -> object:
    """What a test compares: a quantity's JSON view, or a bare Decimal as its exact string."""
    if isinstance(q, Decimal):
        return str(q)
    return q.to_dict()  # type: ignore[attr-defined]


# --- issue 9: parse_number gives finite exact values or the library's error --------------------------

# (text, value as a string): the notations parse_number documents, read exactly.
EXAMPLES_NOTATION: list[tuple[str, str]] = [
    ("1.5e3", "1.5E+3"),
    ("2^10", "1024"),
    ("2^-3", "0.125"),
    ("1.1^3", "1.331"),
    ("-2^3", "-8"),
    ("1/8", "0.125"),
    ("1e100", "1E+100"),
]

# Strings parse_number refuses with NumeralError: before the fix some came back as Infinity, as a
# value that had underflowed, or as a number far beyond anything a figure holds.
EXAMPLES_NOT_FINITE_OR_EXACT: list[str] = [
    "0^-1",  # was Decimal('Infinity')
    "0.1^999999",  # was 1E-999999, far below anything written, after silent underflow in other contexts
    "1e-999999",  # was accepted as written
    "1e101",
    "10^101",
    "0^0",
    "7^99999",
]


@pytest.mark.parametrize(("text", "value"), EXAMPLES_NOTATION, ids=[t for t, _ in EXAMPLES_NOTATION])
def test_documented_notation(text: str, value: str) -> None:
    got = d.parse_number(text)
    assert got == Decimal(value)
    assert got.is_finite()


@pytest.mark.parametrize("text", EXAMPLES_NOT_FINITE_OR_EXACT)
def test_no_infinity_no_underflow(text: str) -> None:
    with pytest.raises(d.NumeralError) as info:
        d.parse_number(text)
    assert info.value.text == text


# --- issue 9: results never depend on the caller's decimal settings --------------------------------

# (text, parser, expected view): each rounded (or raised decimal.Inexact) under the caller's
# prec = 6 or Inexact trap before the library computed in a context of its own.
EXAMPLES_CALLER_CONTEXT: list[tuple[str, Parser, object]] = [
    ("1234567.89万元", d.parse_money, {"value": "12345678900", "unit": "yuan", "qualifier": None}),
    ("12.3456789%", d.parse_percent, {"value": "0.123456789", "unit": "percent", "qualifier": None}),
    ("三分之一", d.parse_number, "0.3333333333333333333333333333333333"),
    ("1/3", d.parse_number, "0.3333333333333333333333333333333333"),
    ("百分之一百二十三点四五六七", d.parse_percent, {"value": "1.234567", "unit": "percent", "qualifier": None}),
    ("叁佰万零贰拾元伍角陆分", d.parse_money, {"value": "3000020.56", "unit": "yuan", "qualifier": None}),
    ("12345.6789亿", d.parse_number, "1234567890000"),
    ("一千二百三十四万五千六百七十八点九", d.parse_number, "12345678.9"),
    ("1234567890123456789012345678901亿", d.parse_number, "123456789012345678901234567890100000000"),
]


@contextmanager
def _caller(setting: str) -> Iterator[None]:
    with decimal.localcontext() as ctx:
        if setting == "prec6":
            ctx.prec = 6
        else:
            ctx.traps[decimal.Inexact] = True
        yield


@pytest.mark.parametrize("setting", ["prec6", "inexact-trap"])
@pytest.mark.parametrize(
    ("text", "parser", "expected"),
    EXAMPLES_CALLER_CONTEXT,
    ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_CALLER_CONTEXT],
)
def test_the_callers_decimal_settings_change_nothing(text: str, parser: Parser, expected: object, setting: str) -> None:
    assert _view(parser(text)) == expected
    with _caller(setting):
        assert _view(parser(text)) == expected


@pytest.mark.parametrize("setting", ["prec6", "inexact-trap"])
def test_find_quantities_ignores_the_callers_decimal_settings(setting: str) -> None:
    text = "全年投入1234567.89万元，占比12.3456789%，生均经费12345.678元/生/年。"
    plain = [(m.text, m.quantity.to_dict()) for m in find_quantities(text)]
    assert plain[0] == ("1234567.89万元", {"value": "12345678900", "unit": "yuan", "qualifier": None})
    with _caller(setting):
        assert [(m.text, m.quantity.to_dict()) for m in find_quantities(text)] == plain


# --- issue 9: a qualifier never joins a number across a line break ---------------------------------

# (text, [(surface, view)]): each came back with the qualifier of the line before (or of a tag's >).
EXAMPLES_LINE_BREAKS: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("新建学校至少\n5所。", [("5所", {"value": 5, "unit": "所", "qualifier": None})]),
    ("达标比例不低于\n百分之九十。", [("百分之九十", {"value": "0.9", "unit": "percent", "qualifier": None})]),
    ("一、基本情况<br/>3所学校完成改造", [("3所", {"value": 3, "unit": "所", "qualifier": None})]),
    ("<p>12所学校", [("12所", {"value": 12, "unit": "所", "qualifier": None})]),
    # and on one line they still join
    ("新建学校至少 5所、约\u3000300人", [
        ("至少 5所", {"value": 5, "unit": "所", "qualifier": "at_least"}),
        ("约\u3000300人", {"value": 300, "unit": "人", "qualifier": "approx"}),
    ]),
    ("优良率>90%", [(">90%", {"value": "0.9", "unit": "percent", "qualifier": "more_than"})]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_LINE_BREAKS, ids=[t[:12] for t, _ in EXAMPLES_LINE_BREAKS])
def test_no_qualifier_across_a_line_break(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    assert [(m.text, m.quantity.to_dict()) for m in find_quantities(text)] == expected


# --- family 3: signs -----------------------------------------------------------------------------

# (sentence, [(surface, view)]): a minus sign as pages write it stays with its number.
EXAMPLES_SIGNS: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("生均公用经费同比增长-1.86%。", [("-1.86%", {"value": "-0.0186", "unit": "percent", "qualifier": None})]),
    ("在校生人数增长-4%，", [("-4%", {"value": "-0.04", "unit": "percent", "qualifier": None})]),
    ("辍学率变化为负百分之十二。", [("负百分之十二", {"value": "-0.12", "unit": "percent", "qualifier": None})]),
    ("教育支出增幅−2.5%（U+2212）", [("−2.5%", {"value": "-0.025", "unit": "percent", "qualifier": None})]),
    (
        "比上年增长－0.8个百分点",
        [("－0.8个百分点", {"value": "-0.008", "unit": "percentage_point", "qualifier": None})],
    ),
    ("结余资金：-35.6万元", [("-35.6万元", {"value": "-356000", "unit": "yuan", "qualifier": None})]),
    ("增長率為負3.9%", [("負3.9%", {"value": "-0.039", "unit": "percent", "qualifier": None})]),
    ("变化幅度在-2%至3%之间", [("-2%至3%", {"value": ["-0.02", "0.03"], "unit": "percent", "qualifier": None})]),
]

# (sentence, surfaces): dashes that join or separate, never a sign.
EXAMPLES_NOT_SIGNS: list[tuple[str, list[str]]] = [
    ("每班配备3-5名教师", ["3-5名"]),
    ("2021-2022学年", ["2021-2022学年"]),
    ("新建校舍A-3栋", ["3栋"]),
    ("正负3%以内", ["3%以内"]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_SIGNS, ids=[t[:12] for t, _ in EXAMPLES_SIGNS])
def test_a_sign_stays_with_its_number(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text
        assert d.parse_quantity(m.text).to_dict() == m.quantity.to_dict()  # the scan agrees with the normalizer


@pytest.mark.parametrize(("text", "surfaces"), EXAMPLES_NOT_SIGNS, ids=[t for t, _ in EXAMPLES_NOT_SIGNS])
def test_a_dash_between_things_is_no_sign(text: str, surfaces: list[str]) -> None:
    found = find_quantities(text)
    assert [m.text for m in found] == surfaces
    assert all(not str(m.quantity.to_dict()["value"]).startswith("-") for m in found)


_LEADS = ("同比增长", "增幅为", "比上年下降", "变化率：", "其中，", "\n", " ")
_SIGN_CHARS = ("-", "−", "－", "负")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_LEADS),
    st.sampled_from(_SIGN_CHARS),
    st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(("%", "个百分点")),
)
def test_any_signed_percent_survives_the_scan(lead: str, sign: str, points: Decimal, unit: str) -> None:
    text = f"全县{lead}{sign}{points}{unit}。"
    (m,) = [m for m in find_quantities(text) if m.text.endswith(unit)]
    assert m.text == f"{sign}{points}{unit}"
    assert m.quantity.value == -points.scaleb(-2)


# --- family 4: traditional characters --------------------------------------------------------------

# (sentence in traditional characters, [(surface, view)]): units come out in their simplified form.
EXAMPLES_TRADITIONAL: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    (
        "全縣新建校舍約12萬平方米，購置電腦1,250臺、圖書3.6萬冊。",
        [
            ("約12萬平方米", {"value": 120000, "unit": "平方米", "qualifier": "approx"}),
            ("1,250臺", {"value": 1250, "unit": "台", "qualifier": None}),
            ("3.6萬冊", {"value": 36000, "unit": "册", "qualifier": None}),
        ],
    ),
    (
        "改造功能室兩百間，完成整改18項，超過六成學校達標。",
        [
            ("兩百間", {"value": 200, "unit": "间", "qualifier": None}),
            ("18項", {"value": 18, "unit": "项", "qualifier": None}),
            ("超過六成", {"value": "0.6", "unit": "percent", "qualifier": "more_than"}),
        ],
    ),
    (
        "投入資金三千餘萬元，鞏固率提高兩個百分點，教師培訓不少於72學時。",
        [
            ("三千餘萬元", {"value": "30000000", "unit": "yuan", "qualifier": "more_than"}),
            ("兩個百分點", {"value": "0.02", "unit": "percentage_point", "qualifier": None}),
            ("不少於72學時", {"value": 72, "unit": "学时", "qualifier": "at_least"}),
        ],
    ),
    ("每班學生數不超過45人，課後服務覆蓋率達百分之九十五點五。", [
        ("不超過45人", {"value": 45, "unit": "人", "qualifier": "at_most"}),
        ("百分之九十五點五", {"value": "0.955", "unit": "percent", "qualifier": None}),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_TRADITIONAL, ids=[t[:12] for t, _ in EXAMPLES_TRADITIONAL])
def test_traditional_characters(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text
        assert d.parse_quantity(m.text).to_dict() == m.quantity.to_dict()


# --- family 8: units the genre uses ------------------------------------------------------------------

EXAMPLES_GENRE_UNITS: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    (
        "学校服务半径不超过3千米，最远的教学点距镇12公里，新建400米跑道。",
        [
            ("不超过3千米", {"value": 3, "unit": "千米", "qualifier": "at_most"}),
            ("12公里", {"value": 12, "unit": "公里", "qualifier": None}),
            ("400米", {"value": 400, "unit": "米", "qualifier": None}),
        ],
    ),
    (
        "全县面积1,250平方公里，辖8镇4乡2街道，校舍面积1.6万平方米。",
        [
            ("1,250平方公里", {"value": 1250, "unit": "平方公里", "qualifier": None}),
            ("8镇", {"value": 8, "unit": "镇", "qualifier": None}),
            ("4乡", {"value": 4, "unit": "乡", "qualifier": None}),
            ("2街道", {"value": 2, "unit": "街道", "qualifier": None}),
            ("1.6万平方米", {"value": 16000, "unit": "平方米", "qualifier": None}),
        ],
    ),
    (
        "光伏装机50千瓦，每间教室照明不低于300瓦。",
        [
            ("50千瓦", {"value": 50, "unit": "千瓦", "qualifier": None}),
            ("不低于300瓦", {"value": 300, "unit": "瓦", "qualifier": "at_least"}),
        ],
    ),
    (
        "6至15周岁残疾儿童入学率98%，开设课程12种，对4省份开展督导，评估指标7大项。",
        [
            ("6至15周岁", {"value": [6, 15], "unit": "周岁", "qualifier": None}),
            ("98%", {"value": "0.98", "unit": "percent", "qualifier": None}),
            ("12种", {"value": 12, "unit": "种", "qualifier": None}),
            ("4省份", {"value": 4, "unit": "省份", "qualifier": None}),
            ("7大项", {"value": 7, "unit": "项", "qualifier": None}),
        ],
    ),
    # after 个 the count stays 个 (the gold convention: 12个乡镇 counts 个)
    ("全县12个乡镇均建有中心幼儿园", [("12个", {"value": 12, "unit": "个", "qualifier": None})]),
    # a Chinese numeral's 千 is its own: 五千米 is 5000 米 (the same length as 5 千米)
    ("全长五千米", [("五千米", {"value": 5000, "unit": "米", "qualifier": None})]),
    # 一X一Y is a slogan's pattern
    ("推行一镇一品、一校一策", []),
    # a percent word's 百 is the word's, not the number's (found in review: 3百分点 read as 300 分)
    ("入园率提高3百分点", [("3百分点", {"value": "0.03", "unit": "percentage_point", "qualifier": None})]),
    ("提高1.5百分点", [("1.5百分点", {"value": "0.015", "unit": "percentage_point", "qualifier": None})]),
    ("提高三百分点", [("三百分点", {"value": "0.03", "unit": "percentage_point", "qualifier": None})]),
    # ... and only there: 五百分 is a score of 500, 3百人 three hundred people
    ("总成绩五百分", [("五百分", {"value": 500, "unit": "分", "qualifier": None})]),
    ("培训3百人", [("3百人", {"value": 300, "unit": "人", "qualifier": None})]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_GENRE_UNITS, ids=[t[:12] for t, _ in EXAMPLES_GENRE_UNITS])
def test_genre_units(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    for m in found:
        assert d.parse_quantity(m.text).to_dict() == m.quantity.to_dict()


# --- family 2: masked and template figures ------------------------------------------------------------

_UNKNOWN_YUAN = {"value": None, "unit": "yuan", "qualifier": None}

EXAMPLES_MASKED: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    (
        "全县共有中小学xxxx所，在校生xxxxx人，生均公用经费xxxxx.xx元，巩固率x.xx%，生师比x:x。",
        [
            ("xxxx所", {"value": None, "unit": "所", "qualifier": None}),
            ("xxxxx人", {"value": None, "unit": "人", "qualifier": None}),
            ("xxxxx.xx元", _UNKNOWN_YUAN),
            ("x.xx%", {"value": None, "unit": "percent", "qualifier": None}),
            ("x:x", {"value": None, "unit": "ratio", "qualifier": None}),
        ],
    ),
    (
        "其中：20*年投资3*.*万元，维修校舍**间，总投资约*.*亿元。",
        [
            ("3*.*万元", _UNKNOWN_YUAN),
            ("**间", {"value": None, "unit": "间", "qualifier": None}),
            ("约*.*亿元", {"value": None, "unit": "yuan", "qualifier": "approx"}),
        ],
    ),
    ("户籍人口xx万，财政收入分别为xx亿、xx亿。", [
        ("xx万", {"value": None, "unit": None, "qualifier": None}),
        ("xx亿", _UNKNOWN_YUAN),
        ("xx亿", _UNKNOWN_YUAN),
    ]),
    # a blank where the digits stood: a placeholder, never 1万 or 1亿 yuan
    ("项目总投资 万元，其中财政资金为 亿元。", [("万元", _UNKNOWN_YUAN), ("亿元", _UNKNOWN_YUAN)]),
    # a unit label or a vague scale is no figure at all
    ("（单位：万元）投入数亿元", []),
    # masked names and masked years are not figures
    ("**县教育局、X县人民政府、***镇中心小学于202X年在xx镇召开会议", []),
    # but a count of places masked after 辖 is one
    ("全县辖xx镇", [("xx镇", {"value": None, "unit": "镇", "qualifier": None})]),
    # markdown's bold around a figure is no mask
    ("新建**5所**学校", [("5所", {"value": 5, "unit": "所", "qualifier": None})]),
    # a Chinese numeral right after a masked name is its own figure (it was taken for part of a Latin word)
    ("在XX、YY和ZZ三个镇召开座谈会", [("三个", {"value": 3, "unit": "个", "qualifier": None})]),
    # a qualifier still reads before a mask
    ("投入近亿元，资助万余名学生", [
        ("近亿元", {"value": "100000000", "unit": "yuan", "qualifier": "approx"}),
        ("万余名", {"value": 10000, "unit": "名", "qualifier": "more_than"}),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_MASKED, ids=[t[:12] for t, _ in EXAMPLES_MASKED])
def test_masked_and_template_figures(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


# Each normalizer reads a placeholder as unknown, and refuses a unit without a number.
EXAMPLES_MASKED_NORMALIZED: list[tuple[str, Parser, object]] = [
    ("xxxxx.xx元", d.parse_money, _UNKNOWN_YUAN),
    ("1*.*万元", d.parse_money, _UNKNOWN_YUAN),
    ("x.xx%", d.parse_percent, {"value": None, "unit": "percent", "qualifier": None}),
    ("**个", d.parse_quantity, {"value": None, "unit": "个", "qualifier": None}),
    ("x:x", d.parse_quantity, {"value": None, "unit": "ratio", "qualifier": None}),
    ("xx万", d.parse_quantity, {"value": None, "unit": None, "qualifier": None}),
]
EXAMPLES_UNIT_WITHOUT_NUMBER: list[tuple[str, Parser, type[d.DutyReportError]]] = [
    ("万元", d.parse_money, d.MoneyError),  # was 10,000 yuan
    ("亿元", d.parse_quantity, d.QuantityError),  # was 100,000,000 yuan
    ("总投资 万元", d.parse_quantity, d.QuantityError),
]


@pytest.mark.parametrize(
    ("text", "parser", "expected"),
    EXAMPLES_MASKED_NORMALIZED,
    ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_MASKED_NORMALIZED],
)
def test_normalizers_read_placeholders_as_unknown(text: str, parser: Parser, expected: object) -> None:
    q = parser(text)
    assert q.to_dict() == expected
    assert q.is_placeholder


@pytest.mark.parametrize(
    ("text", "parser", "error"),
    EXAMPLES_UNIT_WITHOUT_NUMBER,
    ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_UNIT_WITHOUT_NUMBER],
)
def test_a_unit_without_a_number_is_no_amount(text: str, parser: Parser, error: type[d.DutyReportError]) -> None:
    with pytest.raises(error):
        parser(text)


# --- family 1: text extraction damage ------------------------------------------------------------------

# (sentence, [(surface, view)]): every surface here runs across white space and is marked joined.
EXAMPLES_EXTRACTION_DAMAGE: list[tuple[str, list[tuple[str, dict[str, object]]]]] = [
    ("全县在校学生34884 人，教职工2 315人。", [
        ("34884 人", {"value": 34884, "unit": "人", "qualifier": None}),
        ("2 315人", {"value": 2315, "unit": "人", "qualifier": None}),
    ]),
    ("本年投入4800 万元，同比增长3.25 %。", [
        ("4800 万元", {"value": "48000000", "unit": "yuan", "qualifier": None}),
        ("3.25 %", {"value": "0.0325", "unit": "percent", "qualifier": None}),
    ]),
    ("全县共有幼儿园 xx\n所，在校幼儿 xxxx 人，生均经费 xxxxx.xx 元。", [
        ("xx\n所", {"value": None, "unit": "所", "qualifier": None}),
        ("xxxx 人", {"value": None, "unit": "人", "qualifier": None}),
        ("xxxxx.xx 元", _UNKNOWN_YUAN),
    ]),
    ("辖区人口 xx 万，校舍面积1 203 456平方米。", [
        ("xx 万", {"value": None, "unit": None, "qualifier": None}),
        ("1 203 456平方米", {"value": 1203456, "unit": "平方米", "qualifier": None}),
    ]),
    ("单项支出在2 万(含)-8 万元之间的须集体研究", [
        ("2 万(含)-8 万元", {"value": ["20000", "80000"], "unit": "yuan", "qualifier": None}),
    ]),
]

# (text, surfaces): white space that separates two things stays a separation.
EXAMPLES_NOT_JOINED: list[tuple[str, list[str]]] = [
    ("分别为2 3。", ["2", "3"]),  # not a thousands grouping
    ("小学 12 345 678\n初中 9 87 65", ["12", "345", "678", "9", "87", "65"]),  # a table row, no unit
    ("学校数\n12\n所属单位", ["12"]),  # a number alone on its line does not join the next line
    ("共有学校12所。\n人员编制", ["12所"]),
    ("投入资金12345    万元", ["12345"]),  # more than a few spaces: a column gap, not a wrapped figure
]


@pytest.mark.parametrize(
    ("text", "expected"), EXAMPLES_EXTRACTION_DAMAGE, ids=[t[:12] for t, _ in EXAMPLES_EXTRACTION_DAMAGE]
)
def test_figures_split_by_extraction_are_read_whole(text: str, expected: list[tuple[str, dict[str, object]]]) -> None:
    found = find_quantities(text)
    assert [(m.text, m.quantity.to_dict()) for m in found] == expected
    for m in found:
        assert m.joined
        assert text[m.start : m.end] == m.text
        assert d.parse_quantity(m.text).to_dict() == m.quantity.to_dict()  # the normalizer reads it so too


@pytest.mark.parametrize(("text", "surfaces"), EXAMPLES_NOT_JOINED, ids=[t[:12] for t in dict(EXAMPLES_NOT_JOINED)])
def test_white_space_between_things_is_not_joined(text: str, surfaces: list[str]) -> None:
    found = find_quantities(text)
    assert [m.text for m in found] == surfaces
    assert not any(m.joined for m in found)


def test_a_joined_figure_is_a_corruption_of_its_own_kind() -> None:
    r = d.parse("一、基本情况\n全县共有幼儿园 xx\n所，在校学生34884 人，新建学校3所。")
    joined = [(c.text, c.repaired) for c in r.corruptions if c.kind is d.CorruptionKind.JOINED]
    assert joined == [("xx\n所", "xx所"), ("34884 人", "34884人")]
    for c in r.corruptions:
        assert r.text[c.start : c.end] == c.text


_UNITS = ("所", "人", "名", "万元", "亿元", "元", "%", "个百分点", "平方米", "人次")
_GAPS = (" ", "  ", "\u3000", "\xa0", "\n", " \n ")


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(_UNITS),
    st.sampled_from(_GAPS),
)
def test_white_space_before_the_unit_reads_back_the_same(amount: Decimal, unit: str, gap: str) -> None:
    whole = f"{amount}{unit}"
    split = f"{amount}{gap}{unit}"
    (plain,) = find_quantities(f"本年度全县{whole}。")
    (joined,) = find_quantities(f"本年度全县{split}。")
    assert joined.text == split and joined.joined and not plain.joined
    assert joined.quantity == plain.quantity
    assert d.parse_quantity(split) == d.parse_quantity(whole) == plain.quantity


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(("所", "人", "元", "平方米")))
def test_thousands_grouped_by_spaces_read_back_the_same(n: int, unit: str) -> None:
    grouped = f"{n:,}".replace(",", " ")
    (m,) = find_quantities(f"全县共{grouped}{unit}。")
    assert m.text == grouped + unit and m.joined
    assert m.quantity == find_quantities(f"全县共{n}{unit}。")[0].quantity


# --- family 9: normalizer forms from other projects' cases ---------------------------------------------

# (text, parser, expected view): each read alike by parse_quantity, parse_money where it is money, and
# find_quantities in a sentence (see test_peer_forms_in_running_text).
EXAMPLES_PEER_FORMS: list[tuple[str, Parser, dict[str, object]]] = [
    # neighbouring numerals are an approximate range; a qualifier where one is written
    ("二三十万元", d.parse_money, {"value": ["200000", "300000"], "unit": "yuan", "qualifier": None}),
    ("四五千人", d.parse_quantity, {"value": [4000, 5000], "unit": "人", "qualifier": None}),
    ("六七十所", d.parse_quantity, {"value": [60, 70], "unit": "所", "qualifier": None}),
    ("约七八万元", d.parse_money, {"value": ["70000", "80000"], "unit": "yuan", "qualifier": "approx"}),
    ("二十三四岁", d.parse_quantity, {"value": [23, 24], "unit": "岁", "qualifier": None}),
    ("一千五六百名", d.parse_quantity, {"value": [1500, 1600], "unit": "名", "qualifier": None}),
    ("三四所", d.parse_quantity, {"value": [3, 4], "unit": "所", "qualifier": None}),
    # 来 between a number and its unit: about
    ("十来个人", d.parse_quantity, {"value": 10, "unit": "人", "qualifier": "approx"}),
    ("三十来万元", d.parse_money, {"value": "300000", "unit": "yuan", "qualifier": "approx"}),
    # percentages: ranges, and 百分 without 之
    ("百分之二十到三十五", d.parse_percent, {"value": ["0.2", "0.35"], "unit": "percent", "qualifier": None}),
    ("百分之二十至百分之二十五", d.parse_quantity, {"value": ["0.2", "0.25"], "unit": "percent", "qualifier": None}),
    ("不低于百分之八十至九十", d.parse_percent, {"value": ["0.8", "0.9"], "unit": "percent", "qualifier": "at_least"}),
    ("百分九十", d.parse_percent, {"value": "0.9", "unit": "percent", "qualifier": None}),
    # money in 块/毛/角/分, alone, with a qualifier, as a range; currency words before or after
    ("三块五", d.parse_money, {"value": "3.5", "unit": "yuan", "qualifier": None}),
    ("八毛", d.parse_money, {"value": "0.8", "unit": "yuan", "qualifier": None}),
    ("八毛五", d.parse_quantity, {"value": "0.85", "unit": "yuan", "qualifier": None}),
    ("至少两块三角", d.parse_money, {"value": "2.3", "unit": "yuan", "qualifier": "at_least"}),
    ("四块二到四块八毛五", d.parse_money, {"value": ["4.2", "4.85"], "unit": "yuan", "qualifier": None}),
    ("人民幣叁佰元", d.parse_money, {"value": "300", "unit": "yuan", "qualifier": None}),
    ("8500元RMB", d.parse_quantity, {"value": "8500", "unit": "yuan", "qualifier": None}),
    # a shortened tail before 万/亿, as 两千六 is 2600
    ("三千二万", d.parse_money, {"value": "32000000", "unit": "yuan", "qualifier": None}),
    ("三千二万元", d.parse_quantity, {"value": "32000000", "unit": "yuan", "qualifier": None}),
    ("五百六万人", d.parse_quantity, {"value": 5600000, "unit": "人", "qualifier": None}),
    ("一千三亿元", d.parse_money, {"value": "130000000000", "unit": "yuan", "qualifier": None}),
    # a scale written once at a range's end belongs to the low end where that end is the smaller number
    ("三至五千元", d.parse_money, {"value": ["3000", "5000"], "unit": "yuan", "qualifier": None}),
    ("八千至1.2万元", d.parse_money, {"value": ["8000", "12000"], "unit": "yuan", "qualifier": None}),
    ("三十至五百人", d.parse_quantity, {"value": [30, 500], "unit": "人", "qualifier": None}),
    # Latin scale letters, in the normalizers only
    ("15k左右", d.parse_money, {"value": "15000", "unit": "yuan", "qualifier": "approx"}),
    ("10~15k元", d.parse_money, {"value": ["10000", "15000"], "unit": "yuan", "qualifier": None}),
]

# Numbers parse_number reads or refuses in these forms.
EXAMPLES_PEER_NUMBERS: list[tuple[str, str | None]] = [
    ("三千二万", "32000000"),  # was 30020000
    ("五百六万", "5600000"),  # was 5060000
    ("3千2万", "32000000"),
    ("一亿二万", "100020000"),  # after a big unit a digit is no shortened tail
    ("两千零六万", "20060000"),
    ("二三十万", None),  # a range, not a number
    ("二十三四", None),
]


@pytest.mark.parametrize(
    ("text", "parser", "expected"), EXAMPLES_PEER_FORMS, ids=[f"{p.__name__}-{t}" for t, p, _ in EXAMPLES_PEER_FORMS]
)
def test_peer_forms(text: str, parser: Parser, expected: dict[str, object]) -> None:
    assert parser(text).to_dict() == expected
    if parser is not d.parse_money or any(c in text for c in "元块毛角"):
        assert d.parse_quantity(text).to_dict() == expected  # the general normalizer agrees where it is money


# The forms above that running text reads too: not a bare Chinese numeral (三千二万), not 毛 without 钱
# (毛入学率), not a Latin scale letter (4K, 30W), not a currency word (the match is the amount).
_SCAN_PARTS = [
    t
    for t, p, e in EXAMPLES_PEER_FORMS
    if e["unit"] is not None and not any(w in t for w in ("k", "RMB", "人民", "毛")) and t != "三千二万"
]


@pytest.mark.parametrize("text", _SCAN_PARTS)
def test_peer_forms_in_running_text(text: str) -> None:
    (m,) = find_quantities(f"今年全县共计{text}，")
    assert d.parse_quantity(text).to_dict() == m.quantity.to_dict()
    assert text.endswith(m.text) or m.text == text


@pytest.mark.parametrize(("text", "value"), EXAMPLES_PEER_NUMBERS, ids=[t for t, _ in EXAMPLES_PEER_NUMBERS])
def test_peer_numbers(text: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(d.NumeralError):
            d.parse_number(text)
    else:
        assert d.parse_number(text) == Decimal(value)


_LOW = "零一二三四五六七八九"
_UNIT_POWER = {"十": 1, "百": 2, "千": 3}


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(("百", "千")), st.sampled_from(("万", "亿")))
def test_a_shortened_tail_before_a_big_unit(a: int, b: int, unit: str, big: str) -> None:
    p = _UNIT_POWER[unit]
    full = f"{_LOW[a]}{unit}{_LOW[b]}{'百十'[('千', '百').index(unit)]}"  # 三千二百, 五百六十
    short = f"{_LOW[a]}{unit}{_LOW[b]}"  # 三千二, 五百六
    value = (a * 10**p + b * 10 ** (p - 1)) * 10 ** (4 if big == "万" else 8)
    assert d.parse_number(short + big) == d.parse_number(full + big) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 8), st.integers(1, 2), st.sampled_from(("十", "百", "千", "万", "十万", "百万")), st.booleans())
def test_neighbouring_digits_are_a_range(a: int, step: int, unit: str, approx: bool) -> None:
    b = min(a + step, 9)
    if b == a:
        return
    text = f"{'约' if approx else ''}{_LOW[a]}{_LOW[b]}{unit}人"
    q = d.parse_quantity(text)
    scale = Decimal(d.parse_number("一" + unit))
    assert isinstance(q, d.Range)
    assert q.value == (a * scale, b * scale)
    assert q.qualifier is (d.Qualifier.APPROX if approx else None)
    (m,) = find_quantities(f"全县有{text}。")
    assert m.quantity == q


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 9999), st.integers(0, 9), st.integers(0, 9), st.sampled_from("块元"), st.sampled_from("毛角"))
def test_yuan_jiao_fen_written_out(yuan: int, jiao: int, fen: int, big: str, small: str) -> None:
    if not (jiao or fen):
        return  # 三元 alone is the plain grammar's
    # as it is written: 五块三毛二分, 五块零二分, 三毛二分 (no yuan), 五块三毛 (no fen)
    text = (f"{to_chinese(yuan)}{big}" if yuan else "") + (f"{_LOW[jiao]}{small}" if jiao else "零" if yuan else "")
    text += f"{_LOW[fen]}分" if fen else ""
    assert d.parse_money(text).value == Decimal(yuan) + Decimal(jiao).scaleb(-1) + Decimal(fen).scaleb(-2)
    if jiao and yuan and big == "块":  # 三块五: the digit after 块 is 角
        assert d.parse_money(f"{to_chinese(yuan)}块{_LOW[jiao]}").value == Decimal(yuan) + Decimal(jiao).scaleb(-1)
