"""Round 11 (sentences ours, in the genre): figures partly masked, numbers cut by a line wrap or a stray space,
numbers that are part of a word, and the bound a list states once after its last figure.

A masked digit makes its whole figure unknown (8x% is a rate of no known value; x,xxx人 is one masked count); a
range with a masked end is unknown as a range (its known end is no plain figure of its own). A number cut by a break
is read whole only where the reading is certain: a thousands group cut short and finished after the break, digits on
both sides of a line break inside a line of words, one or two digits after a stray space after a word; the figure
is then listed as damage (a joined figure: the text keeps its break). Where the reading is not certain (a caption's
number, a line holding nothing but a number) nothing is joined.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d
from dutyreport import Qualifier as Q
from dutyreport.model.report import CorruptionKind
from dutyreport.serialize import quantity_view

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def _figures(passage: str) -> dict[str, tuple[object, ...]]:
    report = d.parse(HEAD + passage)
    for i in report.indicators:
        assert report.text[i.start : i.end] == i.text
    return {i.text: (i.value, quantity_view(i.quantity)["unit"], i.qualifier) for i in report.indicators}


# (passage, figure, (value, unit, qualifier))
EXAMPLES_ROUND11_MASKED = [
    ("全镇公办幼儿园在园幼儿占比达到7x%。", "7x%", (None, "percent", None)),
    ("全县义务教育学校教师共x,xxx人。", "x,xxx人", (None, "人", None)),
    ("全年改造校舍1,2xx平方米。", "1,2xx平方米", (None, "平方米", None)),
    ("全县中小学在校生3xx人参加研学。", "3xx人", (None, "人", None)),
    # a range with a masked end: unknown as a range, its known end kept with it, never a plain figure of its own
    ("特岗教师交通补贴按每人每月xx元至300元发放。", "每人每月xx元至300元", ((None, Decimal(300)), "yuan/person", None)),
    ("资助标准为每生每年500元至xxx元。", "每生每年500元至xxx元", ((Decimal(500), None), "yuan/student/year", None)),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"), EXAMPLES_ROUND11_MASKED, ids=[e[1] for e in EXAMPLES_ROUND11_MASKED]
)
def test_round11_masked_figures_are_unknown(passage: str, surface: str, expected: tuple[object, ...]) -> None:
    found = _figures(passage)
    assert found.get(surface) == expected, found
    known_ends = [t for t in found if t != surface and t in surface]
    assert not known_ends, known_ends  # (no piece of the masked figure read as a figure of its own)


# (passage, figure as written, (value, unit, qualifier)): read whole, the figure listed as joined damage
EXAMPLES_ROUND11_WRAPS = [
    ("全县乡村学校专任教师2,41\n7人，全部纳入周转宿舍保障。", "2,41\n7人", (Decimal(2417), "人", None)),
    ("全年培训校长和教师5,6\n08人次。", "5,6\n08人次", (Decimal(5608), "人次", None)),
    ("全年发放营养改善计划补助资金共计1,3 56万元。", "1,3 56万元", (Decimal(13560000), "yuan", None)),
    ("全县改造薄弱学校校舍面积合计达到1\n2.5万平方米。", "1\n2.5万平方米", (Decimal(125000), "平方米", None)),
    ("县级财政安排学前教育专项资金共计4\n30万元。", "4\n30万元", (Decimal(4300000), "yuan", None)),
    ("全县农村寄宿制学校改造项目惠及学校1 7所。", "1 7所", (Decimal(17), "所", None)),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"), EXAMPLES_ROUND11_WRAPS, ids=[e[1] for e in EXAMPLES_ROUND11_WRAPS]
)
def test_round11_a_number_cut_by_a_break_is_read_whole(
    passage: str, surface: str, expected: tuple[object, ...]
) -> None:
    found = _figures(passage)
    assert found.get(surface) == expected, found
    report = d.parse(HEAD + passage)
    damage = [c for c in report.corruptions if c.kind is CorruptionKind.JOINED and c.text == surface]
    assert len(damage) == 1 and damage[0].repaired is not None and not any(ch.isspace() for ch in damage[0].repaired)


# (passage, what must not be read as one figure): a caption's number, a line of nothing but a number, a list of
# single digits in a table's row
NOT_JOINED_ROUND11 = [
    ("表1\n12所学校的情况如下。", "1\n12所"),
    ("项目\n2023年\n9\n60元", "9\n60元"),
    ("小学 2 6所", "2 6所"),
    ("小学生均经费（元） 10,240 10,15 4.6%", "10,15 4"),
    # a review: two digits before the break may be two figures; a year after it is a date, whose figure stays
    ("全县共有学校56所，其中：小学38\n12所为寄宿制学校。", "38\n12所"),
    ("全县义务教育学校56所，达标学校41\n2023年全县新建学校4所。", "41\n2023年"),
]


@pytest.mark.parametrize(("passage", "surface"), NOT_JOINED_ROUND11, ids=[s for _, s in NOT_JOINED_ROUND11])
def test_round11_an_uncertain_break_joins_nothing(passage: str, surface: str) -> None:
    found = _figures(passage)
    assert not any(surface in t for t in found), found


# Numbers that are part of a word: the base of a rate (每百名学生, 每千人, 每十万人口), the 周 of 周期.
NOT_FIGURES_ROUND11 = [
    ("全镇每百名学生拥有体育教师1.2人。", "百名"),
    ("全县每千人口拥有幼儿园学位46个。", "千人"),
    ("全区每10万人口在校大学生数为1850人。", "10万人"),
    ("中小学校长每3年一周期参加提高培训。", "一周"),
]


@pytest.mark.parametrize(("passage", "number"), NOT_FIGURES_ROUND11, ids=[n for _, n in NOT_FIGURES_ROUND11])
def test_round11_a_rate_base_or_a_word_is_no_figure(passage: str, number: str) -> None:
    assert number not in _figures(passage)


# A number of years before 一周期 (a cycle's length) is a figure. (A reply's time limit, 30日内, is none:
# lang.traps.TIME_LIMITS.)
EXAMPLES_ROUND11_DURATIONS = [
    ("中小学校长每3年一周期参加提高培训。", "3年", (Decimal(3), "年", None)),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"), EXAMPLES_ROUND11_DURATIONS, ids=[e[1] for e in EXAMPLES_ROUND11_DURATIONS]
)
def test_round11_durations_and_time_limits(passage: str, surface: str, expected: tuple[object, ...]) -> None:
    found = _figures(passage)
    assert found.get(surface) == expected, found


# A bound written once after the last figure of a list bounds each figure of it; a comparative inside the name of
# what is counted (拥有高于规定学历教师数) bounds no figure.
EXAMPLES_ROUND11_LISTS = [
    ("幼儿园、小学班额分别控制在30人和45人以内。", "30人", (Decimal(30), "人", Q.AT_MOST)),
    ("小学、初中、高中班额分别控制在45人、50人和55人以内。", "45人", (Decimal(45), "人", Q.AT_MOST)),
    ("小学、初中、高中班额分别控制在45人、50人和55人以内。", "50人", (Decimal(50), "人", Q.AT_MOST)),
    ("城区、乡镇学校新增学位分别为800个和300个以上。", "800个", (Decimal(800), "个", Q.MORE_THAN)),
    ("全县每百名学生拥有高于规定学历教师数分别为4.8人和5.2人。", "4.8人", (Decimal("4.8"), "人", None)),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"),
    EXAMPLES_ROUND11_LISTS,
    ids=[f"{e[1]}@{e[0][:8]}" for e in EXAMPLES_ROUND11_LISTS],
)
def test_round11_a_list_bound_and_a_comparative_in_a_name(
    passage: str, surface: str, expected: tuple[object, ...]
) -> None:
    found = _figures(passage)
    assert found.get(surface) == expected, found


def test_round11_a_year_after_a_break_keeps_its_figures() -> None:
    # a review: the figure before the break stays one, and the year dates the sentence after it
    r = d.parse("一、基本情况\n全县义务教育学校56所，达标学校41\n2023年全县新建学校4所，投入资金1.2亿元。")
    assert [(i.text, i.year) for i in r.indicators] == [("56所", None), ("41", None), ("4所", 2023), ("1.2亿元", 2023)]
    assert all(c.holds for c in r.checks)
