"""Numerals and amounts that other readers' own test cases showed we read wrongly or refused (review 17).

- A big unit that comes again after its group was closed (四亿六亿, 七万二万) names no one number: it was added up.
  A numeral whose groups fall (四亿六千万, 一亿零三万) and 万万 (四万万) stay as they were.
- 零 opening a numeral right before 百 or 千 (零百, 零千) marks no gap and is no numeral (inside one it marks the
  gap, 三万零百二十, as cn2an reads it); 两 counts (两千) but is never a digit of a digit string (两两, 三两).
- Money in the complete written form: an explicit zero before 角 or 分 (贰拾元零角零分), 厘 after 分, a sign after
  the currency word (人民币负叁元), and 块零 with one digit (四块零六: six 分).
- A whole number and an Arabic fraction joined by 又 (2又3/4), as 2又四分之三 is read.
- 拾 in a verb (拾起, 收拾) is no formal 十 in running text, and a numeral character the word before it takes (收拾,
  统一) leaves the digits after it to be read (收拾3间 is 3间, not 13间).

The examples are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d
from dutyreport import Qualifier

# (origin, text): a scale repeated after its group closed, a zero before 百/千, 两 in a digit string
EXAMPLES_REVIEW17_REFUSED_NUMERALS = [
    ("repeated_yi", "四亿六亿"),
    ("repeated_wan", "七万二万"),
    ("repeated_qianwan", "二千万六千万"),
    ("repeated_yi_after_zero", "一十亿零一十二亿"),
    ("repeated_baiwan", "三百万五百万"),
    ("repeated_arabic_yi", "2亿3亿"),
    ("repeated_arabic_wan", "6万8万"),
    ("repeated_wanyi", "十万亿三千万亿"),
    ("regrouped_wan_under_yi", "一亿零三万万"),
    ("repeated_traditional", "伍萬陸萬"),
    ("zero_before_bai", "零百"),
    ("zero_before_qian", "零千"),
    ("zero_before_formal_bai", "零佰"),
    ("negative_zero_before_qian", "负零千"),
    ("liang_doubled", "两两"),
    ("liang_in_a_string", "三两"),
    ("liang_first", "两五"),
]


@pytest.mark.parametrize(
    ("origin", "text"), EXAMPLES_REVIEW17_REFUSED_NUMERALS, ids=[e[0] for e in EXAMPLES_REVIEW17_REFUSED_NUMERALS]
)
def test_numerals_that_name_no_one_number_are_refused(origin: str, text: str) -> None:
    with pytest.raises(d.NumeralError) as refused:
        d.parse_number(text)
    assert refused.value.text == text


# (origin, text, value): the forms next to the refused ones that stay as they were read
EXAMPLES_REVIEW17_KEPT_NUMERALS = [
    ("falling_groups", "四亿六千万", "460000000"),
    ("zero_gap_in_wan", "一万零八", "10008"),
    ("zero_gap_yi_wan", "一亿零三万", "100030000"),
    ("wan_wan", "四万万", "400000000"),
    ("wan_yi", "六万亿", "6000000000000"),
    ("qianwan_yi", "三千万亿", "3000000000000000"),
    ("wanyi_then_wan", "五万亿三千万", "5000030000000"),
    ("decimal_of_wan_group", "二十八万三千点五万", "2830005000"),
    ("arabic_tail", "3万5", "35000"),
    ("arabic_groups", "1亿3千万", "130000000"),
    ("zero_before_ten", "一千零十", "1010"),
    ("zero_gap_before_bai", "三万零百二十", "30120"),  # (零 marks the missing 千; 百 alone is one hundred)
    ("zero_wan", "零万", "0"),
    ("zero_gap", "二百零六", "206"),
    ("liang_counts", "两千", "2000"),
    ("liang_alone", "两", "2"),
    ("digit_string", "二二", "22"),
    ("digit_string_with_zero", "二〇二四", "2024"),
]


@pytest.mark.parametrize(
    ("origin", "text", "value"), EXAMPLES_REVIEW17_KEPT_NUMERALS, ids=[e[0] for e in EXAMPLES_REVIEW17_KEPT_NUMERALS]
)
def test_neighbouring_forms_keep_their_reading(origin: str, text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)


def test_repeated_scale_in_running_text_is_no_sum() -> None:
    # the numeral is refused as one figure: no 8亿 (3亿 + 5亿) stands in the text's figures
    values = [m.quantity.to_dict()["value"] for m in d.find_quantities("全年投入三亿五亿元。")]
    assert 800000000 not in values and "800000000" not in values


# (origin, text, value in yuan, qualifier)
EXAMPLES_REVIEW17_MONEY = [
    ("zero_jiao_zero_fen", "贰拾元零角零分", "20", None),
    ("zero_jiao_then_fen", "叁元零角捌分", "3.08", None),
    ("zero_yuan_zero_fen", "人民币零元伍角零分", "0.5", None),
    ("zero_fen_after_jiao", "伍元陆角零分", "5.6", None),
    ("zero_jiao_alone", "柒拾元零角", "70", None),
    ("li_after_fen", "贰元叁角肆分伍厘", "2.345", None),
    ("li_after_zero", "叁元零伍厘", "3.005", None),
    ("li_with_currency", "￥陆角柒分捌厘", "0.678", None),
    ("minus_after_renminbi", "人民币负叁元", "-3", None),
    ("minus_after_yen_sign", "¥-5元", "-5", None),
    ("ascii_minus_after_renminbi", "人民币-12.5元", "-12.5", None),
    ("minus_before_renminbi", "负人民币叁元", "-3", None),
    ("kuai_zero_digit", "四块零六", "4.06", None),
    ("kuai_zero_digit_qualified", "至少两块零三", "2.03", Qualifier.AT_LEAST),
    ("kuai_zero_fen", "五块零七分", "5.07", None),
    ("kuai_digit", "三块五", "3.5", None),
    ("yuan_zero_fen", "叁元零贰分", "3.02", None),
]


@pytest.mark.parametrize(
    ("origin", "text", "value", "qualifier"), EXAMPLES_REVIEW17_MONEY, ids=[e[0] for e in EXAMPLES_REVIEW17_MONEY]
)
def test_complete_written_amounts(origin: str, text: str, value: str, qualifier: Qualifier | None) -> None:
    q = d.parse_money(text)
    assert isinstance(q, d.Money)
    assert (q.value, q.qualifier) == (Decimal(value), qualifier)


# (origin, text): amounts that stay refused
EXAMPLES_REVIEW17_MONEY_REFUSED = [
    ("li_alone", "五厘"),  # 厘 only after an amount in 元角分 (alone it is also a rate or a length)
    ("two_signs", "负人民币负叁元"),
    ("li_ten", "叁元肆分拾厘"),
    ("yuan_zero_digit", "三元零四元"),
]


@pytest.mark.parametrize(
    ("origin", "text"), EXAMPLES_REVIEW17_MONEY_REFUSED, ids=[e[0] for e in EXAMPLES_REVIEW17_MONEY_REFUSED]
)
def test_amounts_still_refused(origin: str, text: str) -> None:
    with pytest.raises(d.MoneyError) as refused:
        d.parse_money(text)
    assert refused.value.text == text


# (origin, text, value): a whole number and an Arabic fraction joined by 又
EXAMPLES_REVIEW17_MIXED_FRACTIONS = [
    ("quarters", "2又3/4", "2.75"),
    ("fifths", "1又2/5", "1.4"),
    ("chinese_whole", "三又1/8", "3.125"),
    ("negative", "-4又1/2", "-4.5"),
    ("thirds", "1又1/3", "1.3333333333333333333333333333333333"),  # (34 digits, as 1又三分之一)
    ("as_chinese_fraction", "2又四分之三", "2.75"),
]


@pytest.mark.parametrize(
    ("origin", "text", "value"),
    EXAMPLES_REVIEW17_MIXED_FRACTIONS,
    ids=[e[0] for e in EXAMPLES_REVIEW17_MIXED_FRACTIONS],
)
def test_mixed_fraction_with_you(origin: str, text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)


def test_mixed_fraction_as_the_chinese_one_reads_a_third() -> None:
    # a quotient that does not terminate is rounded as the Chinese fraction's is, no more and no less
    assert d.parse_number("1又1/3") == d.parse_number("1又三分之一")


@pytest.mark.parametrize("text", ["1又1/0", "1又/5", "1又3/"])
def test_broken_mixed_fractions_are_refused(text: str) -> None:
    with pytest.raises(d.NumeralError):
        d.parse_number(text)


# (origin, text, the figures found): 拾 inside a verb is no numeral; the formal 十 of an amount still is
EXAMPLES_REVIEW17_SHI_VERBS = [
    ("pick_up", "值日生拾起地上的纸屑。", []),
    ("pick_up_then_count", "学生拾起3个矿泉水瓶。", ["3个"]),
    ("found", "学生拾到钱包2个,交还失主。", ["2个"]),
    ("tidy_up", "放学后收拾3间教室。", ["3间"]),
    ("tidy_up_chinese_count", "放学后收拾三间教室。", []),  # (no 13间; a Chinese numeral after it is left alone)
    ("pick_up_litter", "少先队员每周捡拾3次校园垃圾。", ["3次"]),
    ("unified_then_count", "全县统一3所学校的作息。", ["3所"]),
    ("unified_then_chinese_count", "全县统一三所学校的作息。", []),
    ("honest_finder", "评选拾金不昧好少年5名。", ["5名"]),
    ("formal_ten", "捐款拾万元。", ["拾万元"]),
    ("formal_amount", "捐款壹拾贰万元。", ["壹拾贰万元"]),
]


@pytest.mark.parametrize(
    ("origin", "text", "figures"), EXAMPLES_REVIEW17_SHI_VERBS, ids=[e[0] for e in EXAMPLES_REVIEW17_SHI_VERBS]
)
def test_shi_in_a_verb_is_no_numeral(origin: str, text: str, figures: list[str]) -> None:
    assert [m.text for m in d.find_quantities(text)] == figures
