"""Kinds and targets a second review of round 12 found wrong (our own sentences)."""

from __future__ import annotations

import pytest

from dutyreport import IndicatorKind, parse

HEAD = "某县教育工作自查报告\n一、基本情况\n全县共有学校45所。\n"
PLAN = HEAD + "二、下一步工作打算\n"

# A figure of a plan section that its sentence says was reached already (已, 截至, 以来, 累计, 现有) is no goal:
# neither a target kind nor an item of the targets list; one with no such word stays a goal.
# (name, sentence, the figure, its kind, whether it is a target)
EXAMPLES_REVIEW12B_PLAN_PAST = [
    ("done_already", "2023年已完成投资1.2亿元。", "1.2亿元", IndicatorKind.STOCK, False),
    ("as_of", "截至2023年底，全县学前教育毛入园率已达到91%。", "91%", IndicatorKind.STOCK, False),
    ("since", "自2021年以来投入资金3.5亿元。", "3.5亿元", IndicatorKind.STOCK, False),
    ("in_all", "近年来累计改造校舍12万平方米。", "12万平方米", IndicatorKind.STOCK, False),
    ("now_held", "全县现有专任教师3200人，将进一步优化结构。", "3200人", IndicatorKind.STOCK, False),
    ("still_planned", "继续实施薄弱学校改造，新增学位2000个。", "2000个", IndicatorKind.TARGET, True),
    ("planned_with_year", "2025年开工建设学校4所。", "4所", IndicatorKind.TARGET, True),
]


@pytest.mark.parametrize(("sentence", "figure", "kind", "target"), [e[1:] for e in EXAMPLES_REVIEW12B_PLAN_PAST],
                         ids=[e[0] for e in EXAMPLES_REVIEW12B_PLAN_PAST])
def test_a_plan_figure_already_reached_is_no_goal(sentence: str, figure: str, kind: IndicatorKind,
                                                  target: bool) -> None:
    _holds(PLAN + sentence, figure, kind, target)


def _holds(text: str, figure: str, kind: IndicatorKind, target: bool) -> None:
    """The figure's one kind, and whether the targets list holds it."""
    report = parse(text)
    found = [i for i in report.indicators if i.text == figure]
    assert [i.kind for i in found] == [kind]
    assert any(t.text.endswith(figure) for t in report.targets) is target, [t.text for t in report.targets]


# After 高于/低于 and a norm (国家基准定额, 省定标准), a figure is the norm's value however far below the figure before
# it, not the margin between them; after a measure of others (公务员平均工资, 全省平均水平) a far smaller one is.
# (name, sentence, the second figure's kind)
EXAMPLES_REVIEW12B_NORM_COMPARED = [
    ("above_benchmark", "全县小学生均公用经费1600元，高于国家基准定额720元。", IndicatorKind.STANDARD),
    ("above_provincial_norm", "全县学校生均用地面积45平方米，高于省定标准18平方米。", IndicatorKind.STOCK),
    ("above_norm_of_the_state", "全县初中生均公用经费2100元，高于国家标准的940元。", IndicatorKind.STANDARD),
    ("margin_over_pay", "全县教师平均工资10.2万元，高于公务员平均工资0.3万元。", IndicatorKind.CHANGE),
    ("margin_in_points", "全县普惠率92%，高于国家标准7个百分点。", IndicatorKind.CHANGE),
]


@pytest.mark.parametrize(("sentence", "kind"), [e[1:] for e in EXAMPLES_REVIEW12B_NORM_COMPARED],
                         ids=[e[0] for e in EXAMPLES_REVIEW12B_NORM_COMPARED])
def test_a_norm_compared_with_is_no_margin(sentence: str, kind: IndicatorKind) -> None:
    second = parse(HEAD + sentence).indicators[2]
    assert second.kind is kind, (second.text, second.kind)


# 争取到 obtains (争取到上级资金2300万元) except where a time follows it: 争取到年底 strives until then, a goal.
# (name, sentence, the figure, its kind, whether it is a target)
EXAMPLES_REVIEW12B_STRIVE_UNTIL = [
    ("until_year_end", "争取到年底完成改造学校5所。", "5所", IndicatorKind.TARGET, True),
    ("until_term_end", "争取到期末普惠率达到95%。", "95%", IndicatorKind.TARGET, True),
    ("until_next_year", "争取到明年新增学位800个。", "800个", IndicatorKind.TARGET, True),
    ("until_this_year", "争取到今年秋季开学新建幼儿园3所。", "3所", IndicatorKind.TARGET, True),
    ("obtained_money", "全年争取到上级资金2300万元。", "2300万元", IndicatorKind.STOCK, False),
    ("obtained_all_kinds_of_money", "全年争取各类资金5600万元。", "5600万元", IndicatorKind.STOCK, False),
]


# The 于 of a comparison word (高于, 低于, 多于…) before a year is no deadline's: 高于2020年的1.2万人 compares with that
# year's figure, a stock of 2020, no goal. (name, sentence, the figure, its kind, whether it is a target)
EXAMPLES_REVIEW12B_COMPARED_YEAR = [
    ("higher_than", "全县在校生3.5万人，高于2020年的1.2万人。", "1.2万人", IndicatorKind.STOCK, False),
    ("lower_than", "全县大班额比例1.2%，低于2021年的6.5%。", "6.5%", IndicatorKind.STOCK, False),
    ("more_than", "全县新增学位1800个，多于2022年的1500个。", "1500个", IndicatorKind.STOCK, False),
    ("deadline", "全县计划于2025年新建学校3所。", "3所", IndicatorKind.TARGET, True),
]


# (strive words and compared years, read in the report's body)
_IN_THE_BODY = EXAMPLES_REVIEW12B_STRIVE_UNTIL + EXAMPLES_REVIEW12B_COMPARED_YEAR


@pytest.mark.parametrize(("sentence", "figure", "kind", "target"), [e[1:] for e in _IN_THE_BODY],
                         ids=[e[0] for e in _IN_THE_BODY])
def test_a_goal_is_told_by_its_words_not_by_a_year_or_a_strive_word_alone(
    sentence: str, figure: str, kind: IndicatorKind, target: bool
) -> None:
    _holds(HEAD + sentence, figure, kind, target)
