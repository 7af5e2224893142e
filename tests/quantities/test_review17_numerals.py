"""Numerals and amounts that other readers' own test cases showed we read wrongly or refused (review 17).

- A big unit that comes again after its group was closed (四亿六亿, 七万二万) names no one number: it was added up.
  A numeral whose groups fall (四亿六千万, 一亿零三万) and 万万 (四万万) stay as they were.
- 零 right before 百 or 千 (零百, 一千零千) is no numeral (一千零十 is 1010); 两 counts (两千) but is never a digit
  of a digit string (两两, 三两).

The examples are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d

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
    ("zero_before_bai_inside", "一千零百"),
    ("zero_before_qian_after_wan", "三万零千"),
    ("zero_before_formal_bai", "壹仟零佰"),
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
