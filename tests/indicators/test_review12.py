"""Defects a review of round 11 found in the indicator stage: money obtained (争取到上级资金…) read as a goal.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def indicators(body: str) -> list[d.Indicator]:
    return list(d.parse(HEAD + body).indicators)


# 争取 obtains where it is done (争取到, 争取了, 共争取, 累计争取 … money or projects): the figure is what was obtained,
# no goal; 争取 before a goal (争取…达到, 争取到2025年…) stays one. (sentence, figure, kind)
EXAMPLES_REVIEW12_OBTAINED = [
    ("obtained_to", "全年争取到上级资金2300万元。", "2300万元", "STOCK"),
    ("obtained_done", "今年争取了中央资金800万元。", "800万元", "STOCK"),
    ("obtained_in_all", "全县共争取上级项目资金1.2亿元。", "1.2亿元", "STOCK"),
    ("obtained_over_years", "2020年以来累计争取各类资金5600万元。", "5600万元", "STOCK"),
    ("obtained_all_kinds", "全年争取各类教育资金5600万元。", "5600万元", "STOCK"),
    ("obtained_traditional", "全年爭取到上級資金2300萬元。", "2300萬元", "STOCK"),
    ("strives_to_a_date", "争取到2025年学前三年毛入园率达到92%。", "92%", "TARGET"),
    ("strives_for_a_rate", "全县争取普惠性幼儿园覆盖率达到90%。", "90%", "TARGET"),
    ("strives_hard", "力争全年新建学校3所。", "3所", "TARGET"),
]


@pytest.mark.parametrize(("sentence", "figure", "kind"), [e[1:] for e in EXAMPLES_REVIEW12_OBTAINED],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_OBTAINED])
def test_money_obtained_is_no_goal(sentence: str, figure: str, kind: str) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert found.kind is d.IndicatorKind[kind]


# A share written with its base after 占 (占全县教师总数的37.5%) is a share of what the figure before counts, as a
# bare 占/占比 is: the base stays in the subject (乡村教师占全县教师总数). (sentence, figure, subject)
EXAMPLES_REVIEW12_SHARE_OF_A_BASE = [
    ("teachers", "全县乡村教师1200人，占全县教师总数的37.5%。", "37.5%", "乡村教师占全县教师总数"),
    ("schools", "全县实现优质均衡的学校28所，占全县学校总数的62.2%。", "62.2%", "实现优质均衡的学校占全县学校总数"),
    ("rotation", "城乡教师交流轮岗120人，占应交流人数的15.2%。", "15.2%", "城乡教师交流轮岗占应交流人数"),
    ("bare_share", "全县示范幼儿园26所，占71%。", "71%", "示范幼儿园占"),
    ("share_in_its_clause", "全县骨干教师交流人数占交流总人数的20%以上。", "20%以上", "骨干教师交流人数占交流总人数"),
]


@pytest.mark.parametrize(("sentence", "figure", "subject"), [e[1:] for e in EXAMPLES_REVIEW12_SHARE_OF_A_BASE],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_SHARE_OF_A_BASE])
def test_a_share_of_a_base_is_of_the_figure_before(sentence: str, figure: str, subject: str) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert found.subject == subject


PLAN_HEAD = "某县教育工作自查报告\n一、基本情况\n全县有小学12所。\n二、下一步工作打算\n"

# A section that announces what is to be done (下一步工作打算) makes its level figures goals: the kinds read them as
# targets, and the targets list holds each of them, with the year its sentence names as the deadline. One reading
# of the section, not two. (sentence, figure, deadline year)
EXAMPLES_REVIEW12_PLAN_GOALS = [
    ("built_in_a_year", "一是2025年开工建设学校4所。", "4所", 2025),
    ("money_sought", "二是积极争取上级资金1.5亿元。", "1.5亿元", None),
    ("places_added", "三是新建县城第三小学，新增学位1800个。", "1800个", None),
    ("trained", "四是全年培训教师3000人次。", "3000人次", None),
]


@pytest.mark.parametrize(("sentence", "figure", "deadline"), [e[1:] for e in EXAMPLES_REVIEW12_PLAN_GOALS],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_PLAN_GOALS])
def test_a_plan_figure_is_a_target_of_the_list(sentence: str, figure: str, deadline: int | None) -> None:
    report = d.parse(PLAN_HEAD + sentence)
    (found,) = [i for i in report.indicators if i.text == figure]
    assert found.kind is d.IndicatorKind.TARGET
    (target,) = [t for t in report.targets if t.end == found.end]
    assert target.subject == found.subject
    assert (target.deadline.year if target.deadline else None) == deadline


def test_a_bare_number_of_a_plan_states_no_goal() -> None:
    """A number with no measure (a site's code under the plan section) is no level and no goal (since review 15,
    no figure at all: a bare number among words is none)."""
    report = d.parse(PLAN_HEAD + "一是新建学校2所。\n主办：县人民政府办公室  承办：县数据中心\n"
                       "湘ICP备05009876号  网站标识码：4307230099\n")
    assert "4307230099" not in [i.text for i in report.indicators]
    assert [t.text for t in report.targets] == ["一是新建学校2所"]


# Names listed before 分别 and changes after it (小学、初中分别比上年增长3.1%、4.2%): each figure is the change of its
# own level's measure, and every figure of the list is a change, as the first is. (sentence, figure, subject)
EXAMPLES_REVIEW12_RESPECTIVE_CHANGES = [
    ("three_levels_first", "小学、初中、高中生均一般公共预算教育支出分别比上年增长3.1%、4.2%和5.6%。", "3.1%",
     "小学生均一般公共预算教育支出增长"),
    ("three_levels_second", "小学、初中、高中生均一般公共预算教育支出分别比上年增长3.1%、4.2%和5.6%。", "4.2%",
     "初中生均一般公共预算教育支出增长"),
    ("three_levels_last", "小学、初中、高中生均一般公共预算教育支出分别比上年增长3.1%、4.2%和5.6%。", "5.6%",
     "高中生均一般公共预算教育支出增长"),
    ("points", "全县小学、初中入学率分别提高1.2个百分点、0.8个百分点。", "0.8个百分点", "初中入学率提高"),
    ("after_figures", "小学在校生8120人,初中在校生4630人,分别比上年增长2.4%和1.7%。", "1.7%", "初中在校生增长"),
]


@pytest.mark.parametrize(("sentence", "figure", "subject"), [e[1:] for e in EXAMPLES_REVIEW12_RESPECTIVE_CHANGES],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_RESPECTIVE_CHANGES])
def test_respective_changes_are_each_of_its_level(sentence: str, figure: str, subject: str) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert (found.subject, found.kind) == (subject, d.IndicatorKind.CHANGE)



# After 分别为 a level label before each figure names that figure's level: where the head before 分别 opens with a
# stage of several levels (中小学), the label takes the stage's place. (sentence, figure, subject)
EXAMPLES_REVIEW12_LEVEL_FOR_STAGE = [
    ("funds_primary", "中小学生均公用经费分别为小学720元、初中1020元。", "720元", "小学生均公用经费"),
    ("funds_junior", "中小学生均公用经费分别为小学720元、初中1020元。", "1020元", "初中生均公用经费"),
    ("teachers", "全县中小学专任教师分别为小学320人、初中210人。", "210人", "初中专任教师"),
    ("no_stage", "生均公用经费分别为小学720元、初中1020元。", "1020元", "初中生均公用经费"),
]


@pytest.mark.parametrize(("sentence", "figure", "subject"), [e[1:] for e in EXAMPLES_REVIEW12_LEVEL_FOR_STAGE],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_LEVEL_FOR_STAGE])
def test_a_level_label_takes_the_place_of_a_stage(sentence: str, figure: str, subject: str) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert found.subject == subject



# A figure after 高于/低于 and what it is compared with, far smaller than the figure before it of its measure, is the
# margin between the two (高于公务员平均工资0.3万元: higher by 0.3万元): a difference, no figure of what it is
# compared with (no key of it); one of the same order is what it is compared with. (sentence, figure, kind, key)
EXAMPLES_REVIEW12_MARGINS = [
    ("pay_above", "教师年平均工资10.2万元，高于当地公务员平均工资0.3万元。", "0.3万元", "CHANGE", None),
    ("pay_below", "教师年平均工资10.2万元，低于当地公务员平均工资0.3万元。", "0.3万元", "CHANGE", None),
    ("points_above", "公办园在园幼儿占比55%，高于全省平均水平3个百分点。", "3个百分点", "CHANGE", None),
    ("pay_compared", "教师年平均工资10.2万元，高于当地公务员平均工资9.9万元。", "9.9万元", "STOCK",
     "civil_servant_average_pay"),
    ("goal_named", "公办园占比43.6%，低于全省50%的目标。", "50%", "STOCK", None),
]


@pytest.mark.parametrize(("sentence", "figure", "kind", "key"), [e[1:] for e in EXAMPLES_REVIEW12_MARGINS],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_MARGINS])
def test_a_margin_after_a_comparison_is_a_difference(sentence: str, figure: str, kind: str, key: str | None) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert (found.kind, found.key) == (d.IndicatorKind[kind], key)


# 人均/生均 alone before a figure (…,人均达到9.8万元) is per whom the measure of the clause before is: a word, not
# 人 and an adverb 均; where that clause compares its measure with another's (教师工资不低于公务员工资), the
# measure is the one before the comparison. (sentence, figure, subject)
EXAMPLES_REVIEW12_PER_HEAD_ALONE = [
    ("pay_compared", "教师平均工资收入水平不低于当地公务员平均工资收入水平，2023年人均达到9.8万元。", "9.8万元",
     "教师平均工资人均"),
    ("pay", "全县教师工资，2023年人均达到9.8万元。", "9.8万元", "教师工资人均"),
    ("funds", "全县小学公用经费，生均达到800元。", "800元", "小学公用经费生均"),
]


@pytest.mark.parametrize(("sentence", "figure", "subject"), [e[1:] for e in EXAMPLES_REVIEW12_PER_HEAD_ALONE],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_PER_HEAD_ALONE])
def test_per_whom_alone_keeps_its_word_and_the_measure_compared(sentence: str, figure: str, subject: str) -> None:
    (found,) = [i for i in indicators(sentence) if i.text == figure]
    assert found.subject == subject

