"""The numeral reader, its fast paths, its cn2an adapter, and its agreement with cn2an.

Where ``cn2an.cn2an(text, "smart")`` accepts a numeral we agree with it, or a named entry
of ``EXAMPLES_CN2AN_DIFFERS`` says why not. Cases are our own compositions; expected
values are worked out by hand.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.quantities import _cn2an, numerals

# Numerals cn2an and we both read, with the value worked out by hand.
EXAMPLES_CN2AN_AGREES: list[tuple[str, str]] = [
    ("零", "0"),
    ("〇", "0"),
    ("十", "10"),
    ("一十", "10"),
    ("一十五", "15"),
    ("两百", "200"),
    ("两千零六", "2006"),
    ("三万零九", "30009"),
    ("十二万三千", "123000"),
    ("一百零五万", "1050000"),
    ("四亿零三百万", "403000000"),
    ("一千万亿", "1000000000000000"),
    ("三万五", "35000"),  # abbreviated tail: 三万五千
    ("两千六", "2600"),
    ("一百二", "120"),
    ("3万5", "35000"),  # the same with an Arabic digit
    ("4万800", "40800"),  # more than one Arabic digit is literal
    ("贰拾叁", "23"),
    ("壹仟零伍拾", "1050"),
    ("陆佰万零柒", "6000007"),
    ("二〇二〇", "2020"),
    ("二零一九", "2019"),
    ("负三百", "-300"),
    ("三点一四", "3.14"),
    ("零点零五", "0.05"),
    ("十二点五", "12.5"),
    ("3.5万", "35000"),
    ("2.06亿", "206000000"),
    ("1亿3千万", "130000000"),
    ("１２万", "120000"),
    ("伍萬", "50000"),
    ("兩千", "2000"),
]

# (text, ours, what cn2an says (None: it refuses), why we differ)
EXAMPLES_CN2AN_DIFFERS: list[tuple[str, str, object, str]] = [
    ("300余万", "3000000", None, "余/多 after a number: reports write it, cn2an refuses it"),
    ("百分之五", "0.05", None, "cn2an's smart mode does not read 分之 fractions"),
    ("万", "10000", None, "a big unit alone counts one of itself (万余人); cn2an refuses"),
    ("○", "0", None, "U+25CB, the circle reports use for zero in years; cn2an knows only 〇"),
    ("四万万", "400000000", None, "万万 = 亿, an old but real form; cn2an refuses"),
    ("二 十 余 万", "200000", None, "spaces and 余 inside a numeral: cn2an refuses"),
    ("负30", "-30", Decimal("30"), "cn2an drops the sign of an Arabic number after 负 (smart mode)"),
    ("负7百", "-700", Decimal("700"), "the same for Arabic mixed with a unit"),
    ("九亿五千九百八十六", "900005986", None, "cn2an raises KeyError on its own an2cn rendering"),
    ("1.23456万", "12345.6", Decimal("12345"), "cn2an truncates an Arabic decimal times a unit to int"),
    (
        "四千四百八十六万五千三百五十四亿七千九百零二万二千四百五十二点八四九",
        "4486535479022452.849",
        Decimal("4486535479022453.0"),
        "cn2an computes decimals in float: 19 significant digits do not fit",
    ),
    ("9007199254740993", "9007199254740993", Decimal("9007199254740992.0"), "cn2an reads long Arabic as float"),
]

# Strings this reader refuses where cn2an gives an int; parse_number takes that int (see
# numerals._cn2an_fallback) unless a guard says cn2an's reading is not safe.
EXAMPLES_FALLBACK: list[tuple[str, str | None]] = [
    ("叁佰圆", "300"),  # cn2an drops a final 圆/元
    ("壹仟贰佰元整", "1200"),
    ("三五万", None),  # cn2an adds the digits (80000); it means 3万 to 5万
    ("一二千", None),
    ("二点", None),  # a point without digits: cn2an reads 2, it may be a time of day
    ("1.5元", None),  # a decimal point: cn2an's answer may be truncated
]

EXAMPLES_BUGS_CAUGHT: list[tuple[str, str]] = [
    ("0万", "0"),  # was 10000: an explicit zero before 万 was taken for "no number written"
    ("零万", "0"),
    ("0亿", "0"),
    ("一千3", "1300"),  # was 1003: a single Arabic digit after a unit is an abbreviated tail
    ("四百7", "470"),
    ("7仟8点二", "7800.2"),
    ("5亿3", "530000000"),
]


@pytest.mark.parametrize(("text", "value"), EXAMPLES_CN2AN_AGREES, ids=[t for t, _ in EXAMPLES_CN2AN_AGREES])
def test_agrees_with_cn2an(text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)
    assert _cn2an.reference_value(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "ours", "theirs", "why"),
    EXAMPLES_CN2AN_DIFFERS,
    ids=[t[:12] for t, *_ in EXAMPLES_CN2AN_DIFFERS],
)
def test_documented_differences_from_cn2an(text: str, ours: str, theirs: object, why: str) -> None:
    assert why
    assert d.parse_number(text) == Decimal(ours)
    assert _cn2an.reference_value(text) == theirs
    assert theirs != Decimal(ours)


@pytest.mark.parametrize(("text", "value"), EXAMPLES_BUGS_CAUGHT, ids=[t for t, _ in EXAMPLES_BUGS_CAUGHT])
def test_bugs_caught(text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)


# --- the cn2an fallback of parse_number -------------------------------------------------


@pytest.mark.parametrize(("text", "value"), EXAMPLES_FALLBACK, ids=[t for t, _ in EXAMPLES_FALLBACK])
def test_fallback_takes_only_safe_integer_answers(text: str, value: str | None) -> None:
    with pytest.raises(d.NumeralError):
        numerals.read_numeral(text)  # our own reader refuses all of these
    if value is None:
        with pytest.raises(d.NumeralError) as info:
            d.parse_number(text)
        assert info.value.text == text
    else:
        assert d.parse_number(text) == Decimal(value)


def test_fallback_cannot_turn_the_error_into_another(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> int:
        raise RuntimeError("cn2an blew up")

    monkeypatch.setattr(_cn2an, "reference_integer", broken)
    with pytest.raises(d.NumeralError) as info:
        d.parse_number("叁佰圆")
    assert info.value.text == "叁佰圆"


def test_fallback_without_cn2an_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "cn2an", None)  # import cn2an now raises ImportError
    with pytest.raises(d.NumeralError):
        d.parse_number("叁佰圆")
    assert d.parse_number("三百") == 300  # our own reader needs no cn2an


def test_read_numeral_never_asks_cn2an(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(_cn2an, "reference_integer", lambda text: calls.append(text) or 1)
    with pytest.raises(d.NumeralError):
        numerals.read_numeral("叁佰圆")
    assert d.parse_quantity("叁佰圆").to_dict()["value"] == "300"  # the grammar reads 圆 as money itself
    assert calls == []
    assert d.parse_number("叁佰圆") == 1  # only parse_number falls back
    assert calls == ["叁佰圆"]


def test_import_does_not_load_cn2an() -> None:
    code = "import sys, dutyreport; dutyreport.parse_number('三百'); print('cn2an' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- the adapter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "financial", "text"),
    [
        (0, False, "零"),
        (10050, False, "一万零五十"),
        (15, False, "十五"),
        (-208, False, "负二百零八"),
        (Decimal("3.14"), False, "三点一四"),
        (Decimal("-0.00"), False, "零点零零"),
        (Decimal("2E+3"), False, "二千"),
        (103000, True, "壹拾万叁仟"),  # an2cn leaves out the 零 before 仟 after 万
        (Decimal("45.6"), True, "肆拾伍点陆"),
    ],
    ids=str,
)
def test_to_chinese(value: int | Decimal, financial: bool, text: str) -> None:
    assert _cn2an.to_chinese(value, financial=financial) == text
    assert d.parse_number(text) == value


@pytest.mark.parametrize("value", [1.5, True, "12", None, Decimal("NaN")], ids=repr)
def test_to_chinese_refuses_non_exact_input(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        _cn2an.to_chinese(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [("零点一", Decimal("0.1")), ("十二", Decimal("12")), ("元", None), ("", None), ("百分之五", None)],
    ids=repr,
)
def test_reference_value(text: str, value: Decimal | None) -> None:
    got = _cn2an.reference_value(text)
    assert got == value
    assert got is None or isinstance(got, Decimal)


# --- generated numerals ---------------------------------------------------------------

_LOW = "零一二三四五六七八九"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1), st.sampled_from(["low", "up"]))
def test_rendered_integers_agree_with_cn2an(n: int, mode: str) -> None:
    text = _cn2an.to_chinese(n, financial=mode == "up")
    ours = d.parse_number(text)
    assert ours == n
    theirs = _cn2an.reference_value(text)
    # cn2an refuses some of its own renderings (九亿五千九百八十六, see EXAMPLES_CN2AN_DIFFERS).
    assert theirs is None or theirs == ours


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8 - 1), st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_point_decimals_agree_with_cn2an(whole: int, digits: str) -> None:
    # Up to 12 significant digits: cn2an's float holds them exactly, so no float excuse here.
    text = _cn2an.to_chinese(whole) + "点" + "".join(_LOW[int(c)] for c in digits)
    ours = d.parse_number(text)
    assert ours == Decimal(f"{whole}.{digits}")
    assert _cn2an.reference_value(text) == ours


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999), st.integers(min_value=0, max_value=4), st.sampled_from("万亿"))
def test_arabic_with_scale_agrees_with_cn2an(units: int, places: int, scale: str) -> None:
    amount = Decimal(units).scaleb(-places)
    text = f"{amount}{scale}"
    ours = d.parse_number(text)
    assert ours == amount * (10**4 if scale == "万" else 10**8)
    theirs = _cn2an.reference_value(text)
    assert theirs is not None
    # cn2an truncates a fractional product to int (EXAMPLES_CN2AN_DIFFERS, 1.23456万).
    assert theirs == ours.to_integral_value(rounding="ROUND_DOWN")


def _assert_fast_reads_as_general(text: str) -> None:
    """The fast paths read ``text`` as the general reader does (or both refuse it)."""
    try:
        fast = numerals.read_numeral(text)
    except d.NumeralError:
        fast = None
    try:
        general = numerals._read_general(text)
    except d.NumeralError:
        general = None
    if fast is None or general is None:
        assert fast is None and general is None
    else:
        assert (str(fast.value), fast.more) == (str(general.value), general.more)
        assert str(d.parse_number(text)) == str(fast.value)  # (parse_number's own first step agrees)


_NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟幺0123456789.余多点"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_NUMERAL_CHARS, max_size=10))
def test_fast_paths_give_what_the_general_reader_gives(text: str) -> None:
    _assert_fast_reads_as_general(text)


# Steps of mixed numerals as reports write them (4705万2376, 12亿3千万, 3万5, 二千3百): Arabic digit runs
# (with leading zeros, and zeros alone) among Chinese digits, units and the characters the fast paths refuse.
_MIXED_STEP = st.one_of(
    st.integers(min_value=0, max_value=99_999).map(str),
    st.sampled_from(["0", "00", "05", "0800", "1" * 70]),
    st.sampled_from(list("十百千万亿兆零一二两三五九壹拾佰余多点.,")),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_MIXED_STEP, min_size=1, max_size=7))
def test_the_fast_path_reads_mixed_numerals_as_the_general_reader_does(steps: list[str]) -> None:
    _assert_fast_reads_as_general("".join(steps))


@pytest.mark.parametrize(
    ("text", "value"),
    [("4705万2376", 47052376), ("12亿3千万", 1230000000), ("3万5", 35000), ("3万05", 30005), ("3千2万", 32000000)],
)
def test_the_fast_path_takes_mixed_numerals(text: str, value: int) -> None:
    assert numerals._fast_chinese(numerals._ARABIC_RUNS.findall(text)) == value
    assert numerals._read_general(text).value == value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_fast_chinese_path_on_well_formed_numerals(n: int) -> None:
    text = _cn2an.to_chinese(n)
    assert numerals._fast_chinese(text) == n
    assert str(numerals._read_general(text).value) == str(d.parse_number(text))


@pytest.mark.parametrize("text", ["33333333333333^3333333333333333", "9.9^999999999", "-2^99999999999"])
def test_a_power_out_of_decimal_range_is_the_librarys_error(text: str) -> None:
    # found by the fuzz target: Decimal's Overflow escaped parse_number
    with pytest.raises(d.NumeralError) as info:
        d.parse_number(text)
    assert info.value.text == text


# Arabic numerals of each shape arabic_value reads (digits, a point, thousands commas, 万 or 亿, 余 or 多 before
# them in read_numeral), and near misses (a comma out of place, a point without digits, 兆, 几, too many digits).
_ARABIC_SHAPES = st.from_regex(r"[0-9]{1,8}(,[0-9]{2,4}){0,3}(\.[0-9]{0,3})?([余多几]?[万亿兆])?", fullmatch=True)
_ARABIC_EDGES = ["1" * 199 + "亿", "1" * 70 + "万", "1" * 70 + ".5亿", "12,345.5", "1,234万", "0.00000万", "300余万"]


@settings(max_examples=500, deadline=None)
@given(_ARABIC_SHAPES | st.sampled_from(_ARABIC_EDGES))
def test_the_arabic_reader_reads_as_the_general_reader_does(text: str) -> None:
    _assert_fast_reads_as_general(text)
    try:
        value = numerals.arabic_value(text)
    except d.NumeralError:
        value = None
        with pytest.raises(d.NumeralError):
            numerals._read_general(text)
    if value is not None:
        assert str(value) == str(numerals._read_general(text).value)
