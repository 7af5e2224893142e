"""Checks missed or invented on our own synthetic reports of round 11 (the sentences are ours, in the
genre's wording): a rate of a part's own people taken over another total, a pay margin read as the pay
compared with, a count of things read as a count of the names before it; and relations the families did
not find (a share of a total named in words, a change over several years after ``由A增加到B``, a list of
years and their total or yearly average, a figure and the prior year's stated in another section)."""

from __future__ import annotations

import pytest

from dutyreport import parse
from dutyreport.model.report import CheckKind

HEAD = "某县教育工作报告\n一、基本情况\n"

# (id, body, kind, numbers the claim must carry, holds)
EXAMPLES_ROUND11_FOUND = [
    (
        "share_of_total_named_in_words",
        "2023年全县义务教育学校交流轮岗教师共计260人，占应交流教师的16.2%，其中骨干教师交流91人，占交流总数的35.0%。",
        CheckKind.SHARE,
        ["91", "260", "35.0"],
        True,
    ),
    (
        "share_of_total_named_in_words_wrong",
        "2023年全县义务教育学校交流轮岗教师共计260人，占应交流教师的16.2%，其中骨干教师交流91人，占交流总数的38.0%。",
        CheckKind.SHARE,
        ["91", "260", "38.0"],
        False,
    ),
    (
        "from_to_rate_over_years",
        "全县中等职业学校在校生由2020年的4,200人增加到2023年的4,830人，三年增长15%。",
        CheckKind.GROWTH,
        ["4,200", "4,830", "15"],
        True,
    ),
    (
        "from_to_rate_over_years_wrong",
        "全县中等职业学校在校生由2020年的4,200人增加到2023年的4,830人，三年增长18%。",
        CheckKind.GROWTH,
        ["4,200", "4,830", "18"],
        False,
    ),
]

_SERIES = "2021—2023年，全县一般公共预算教育支出分别为8.40亿元、8.95亿元和9.61亿元"

EXAMPLES_ROUND11_SERIES = [
    (
        "series_total",
        _SERIES + "，三年累计投入26.96亿元。",
        CheckKind.PARTS_TOTAL,
        ["8.40", "8.95", "9.61", "26.96"],
        True,
    ),
    ("series_total_wrong", _SERIES + "，三年累计投入27.96亿元。", CheckKind.PARTS_TOTAL, ["8.40", "27.96"], False),
    # (8.40 + 8.95 + 9.61 is 26.96: 26.95 is within the parts' rounding, not an error)
    ("series_total_rounded", _SERIES + "，三年累计投入26.95亿元。", CheckKind.PARTS_TOTAL, ["8.40", "26.95"], True),
    (
        "series_average_after_total",
        _SERIES + "，三年累计投入26.96亿元，年均增长7.0%。",
        CheckKind.GROWTH,
        ["8.40", "9.61", "7.0"],
        True,
    ),
    ("series_average", _SERIES + "，年均增长7.0%。", CheckKind.GROWTH, ["8.40", "9.61", "7.0"], True),
    ("series_average_wrong", _SERIES + "，年均增长9.0%。", CheckKind.GROWTH, ["8.40", "9.61", "9.0"], False),
    (
        "series_of_counts",
        "2021—2023年，全县招聘教师分别为210名、236名和251名，三年累计招聘697名。",
        CheckKind.PARTS_TOTAL,
        ["210", "236", "251", "697"],
        True,
    ),
]
EXAMPLES_ROUND11_FOUND += EXAMPLES_ROUND11_SERIES

# A change against the year before, whose base the report states in another section (a rectification report
# states the problem's year first, the year after's result later).
_PROBLEM_SPENDING = "问题表现：2022年全县一般公共预算教育支出9.80亿元，比上年下降0.6%。\n整改成效："
_PROBLEM_SHARE = "问题表现：2022年全县教育支出占一般公共预算支出比例为14.3%。\n整改成效："
_PROBLEM_KINDERGARTEN = "问题表现：全县公办园在园幼儿占比为42.5%，低于全省平均水平6.1个百分点。\n整改成效："
EXAMPLES_ROUND11_PRIOR_ELSEWHERE = [
    (
        "prior_year_in_another_section",
        _PROBLEM_SPENDING + "2023年全县一般公共预算教育支出10.35亿元，比上年增长5.6%。",
        CheckKind.GROWTH,
        ["9.80", "10.35", "5.6"],
        True,
    ),
    (
        "prior_year_in_another_section_wrong",
        _PROBLEM_SPENDING + "2023年全县一般公共预算教育支出10.35亿元，比上年增长6.6%。",
        CheckKind.GROWTH,
        ["9.80", "10.35", "6.6"],
        False,
    ),
    (
        "prior_year_share_in_another_section",
        _PROBLEM_SHARE + "2023年全县教育支出占一般公共预算支出比例为16.0%，比上年提高1.7个百分点。",
        CheckKind.GROWTH,
        ["14.3", "16.0", "1.7"],
        True,
    ),
    (
        "raised_to_and_by_after_a_base_stated_before",
        _PROBLEM_KINDERGARTEN + "公办园在园幼儿占比提高到48.9%，提高6.4个百分点。",
        CheckKind.GROWTH,
        ["42.5", "48.9", "6.4"],
        True,
    ),
    (
        "raised_to_and_by_after_a_base_stated_before_wrong",
        _PROBLEM_KINDERGARTEN + "公办园在园幼儿占比提高到48.9%，提高7.4个百分点。",
        CheckKind.GROWTH,
        ["42.5", "48.9", "7.4"],
        False,
    ),
]
EXAMPLES_ROUND11_PRIOR_ELSEWHERE += [
    (
        "reduced_to_and_by_a_short_subject",
        "问题表现：督导时全县有56人以上大班额38个。\n整改成效：目前大班额已减少至12个，减少26个。",
        CheckKind.GROWTH,
        ["38", "12", "26"],
        True,
    ),
]
EXAMPLES_ROUND11_FOUND += EXAMPLES_ROUND11_PRIOR_ELSEWHERE

# A comparison whose word the quantities stage reads as the second figure's bound (低于80%): compared where a
# standard or a goal is named right after it.
EXAMPLES_ROUND11_COMPARISON_IN_BOUND = [
    ("below_a_standard", "心理健康教师配备率为63.2%，低于80%的省定要求。", CheckKind.BOUND, ["63.2%", "80%"], True),
    ("within_a_goal", "全县大班额比例为3.5%，不超过5%的控制目标。", CheckKind.BOUND, ["3.5%", "5%"], True),
    ("within_a_goal_wrong", "全县大班额比例为6.5%，不超过5%的控制目标。", CheckKind.BOUND, ["6.5%", "5%"], False),
]
EXAMPLES_ROUND11_FOUND += EXAMPLES_ROUND11_COMPARISON_IN_BOUND

# A rate of work done stated after the count still under way (已完成整改6个,正在整改2个,整改完成率75%): done over
# found, or done and the count between over found (where that count is done in part: 基本完成).
_FEEDBACK = "督导反馈的8个问题中，已完成整改6个，"
EXAMPLES_ROUND11_DONE_RATE_AFTER_REST = [
    ("done_rate_after_rest", _FEEDBACK + "正在整改2个，整改完成率75%。", CheckKind.SHARE, ["6个", "8个", "75%"], True),
    (
        "done_rate_after_rest_wrong",
        _FEEDBACK + "正在整改2个，整改完成率80%。",
        CheckKind.SHARE,
        ["6个", "8个", "80%"],
        False,
    ),
    (
        "done_rate_counting_the_part_done",
        _FEEDBACK + "基本完成2个，整改完成率100%。",
        CheckKind.SHARE,
        ["6个", "2个", "8个", "100%"],
        True,
    ),
]
EXAMPLES_ROUND11_FOUND += EXAMPLES_ROUND11_DONE_RATE_AFTER_REST

# A goal for next year's spending, said to keep it growing, against this year's spending of the same subject.
_SPENT = "2023年全县一般公共预算教育支出9.46亿元，同比增长3.1%。\n二、下一步打算\n"
EXAMPLES_ROUND11_GOAL_OVER_LAST_YEAR = [
    (
        "goal_keeps_spending_growing",
        _SPENT + "落实“两个只增不减”，确保2024年一般公共预算教育支出不低于9.6亿元。",
        CheckKind.BOUND,
        ["9.6", "9.46"],
        True,
    ),
    (
        "goal_lets_spending_fall",
        _SPENT + "落实“两个只增不减”，确保2024年一般公共预算教育支出不低于9.2亿元。",
        CheckKind.BOUND,
        ["9.2", "9.46"],
        False,
    ),
]
EXAMPLES_ROUND11_FOUND += EXAMPLES_ROUND11_GOAL_OVER_LAST_YEAR

# (id, body, numbers no check may carry together)
EXAMPLES_ROUND11_NOT_CLAIMED = [
    # a review: a figure of another area or a wider government is no base for the county's (城区, 乡村学校, 全市)
    (
        "an_urban_figure_is_no_base",
        "一、基本情况\n2022年，城区公办园在园幼儿占比为60.1%。\n二、主要成效\n"
        "2023年，全县公办园在园幼儿占比为52.3%，比上年提高2.2个百分点。",
        ["60.1", "52.3"],
    ),
    (
        "a_rural_figure_is_no_base",
        "一、基本情况\n2022年，乡村学校专任教师本科以上学历占比为58.4%。\n二、主要成效\n"
        "2023年，专任教师本科以上学历占比为76.5%，比上年提高1.8个百分点。",
        ["58.4", "76.5"],
    ),
    (
        "a_wider_governments_figure_is_no_base",
        "一、基本情况\n2022年，全市普惠性幼儿园覆盖率为86.2%。\n二、主要成效\n"
        "2023年，全县普惠性幼儿园覆盖率为91.2%，比上年提高2.1个百分点。",
        ["86.2", "91.2"],
    ),
    # one level's figure is no base for the county's (初中大班额 before 大班额减少至12个)
    (
        "another_levels_figure_is_no_base",
        "问题表现：督导时全县初中有56人以上大班额38个。\n整改成效：目前大班额已减少至12个，减少26个。",
        ["38", "12", "26"],
    ),
    # 留任率 is of the recruits who stayed, over the 170 recruited: not 170 over the year's new teachers
    (
        "rate_of_the_parts_own_people",
        "2023年补充教师180名，其中招聘特岗教师60名、公开招聘教师120名。三年来累计招聘特岗教师170名，"
        "服务期满留任率为94.1%。",
        ["170", "180"],
    ),
    # a total named by the last noun of the whole only may be all the county's teachers
    (
        "share_of_a_total_named_by_its_noun_alone",
        "2023年全县义务教育学校交流轮岗教师共计260人，其中骨干教师交流91人，占全县教师总数的3.1%。",
        ["91", "260", "3.1%"],
    ),
    # two levels' norms, not a series of years: no total over them
    (
        "norms_are_no_series",
        "2023年小学、初中生均公用经费分别为650元和850元，累计投入2,460万元。",
        ["650", "850", "2,460"],
    ),
    # 年均增长 is a yearly average, not 均增长 (all rose): the fall beside it breaks no claim
    (
        "average_is_no_all",
        "2021—2023年，全县教育支出年均增长4.8%，在校生比上年下降1.2%。",
        ["4.8%", "1.2%"],
    ),
    (
        "per_student_is_no_all",
        "2023年全县教师工资人均增长3.5%，小学在校生比上年下降2.1%。",
        ["3.5%", "2.1%"],
    ),
    # the year before's figure of another scope is no base (市本级, not the county's)
    (
        "prior_year_of_another_scope",
        "问题表现：2022年全县一般公共预算教育支出9.80亿元。\n整改成效：2023年市本级一般公共预算教育支出3.10亿元，"
        "比上年增长5.6%。",
        ["9.80", "3.10"],
    ),
    # two figures of the year before that disagree: which is the base is not certain
    (
        "prior_year_stated_twice_differently",
        "2022年全县一般公共预算教育支出9.80亿元。\n二、经费\n2022年全县一般公共预算教育支出9.60亿元。\n"
        "三、成效\n2023年全县一般公共预算教育支出10.35亿元，比上年增长5.6%。",
        ["10.35", "5.6"],
    ),
    # a base two years back is no base of 比上年
    (
        "prior_year_is_the_year_before",
        "问题表现：2021年全县一般公共预算教育支出9.80亿元。\n整改成效：2023年全县一般公共预算教育支出10.35亿元，"
        "比上年增长5.6%。",
        ["9.80", "10.35"],
    ),
    # 低于80%的学校: a threshold naming the schools counted after it, not a figure compared with
    ("threshold_is_no_comparand", "全县学校达标率为63.2%，低于80%的学校有12所。", ["63.2%", "80%"]),
    # a goal said without growth is not held to last year's figure
    (
        "goal_without_growth",
        "2023年全县一般公共预算教育支出9.46亿元。\n二、下一步打算\n2024年一般公共预算教育支出不低于9.2亿元。",
        ["9.2", "9.46"],
    ),
    # a sum of another thing after a series (累计投入资金): smaller than a year's figure, it is no total of them
    ("series_then_another_sum", _SERIES + "，累计投入资金2.3亿元。", ["8.40", "2.3亿元"]),
    # 0.15万元 is how much the pay is above the civil servants', not their pay
    (
        "pay_margin_is_no_comparand",
        "全县义务教育教师年平均工资为10.12万元，高于当地公务员平均水平0.15万元。",
        ["10.12", "0.15"],
    ),
    (
        "pay_margin_is_no_comparand_short",
        "2023年全市义务教育教师年平均工资11.30万元，高于公务员平均工资0.26万元。",
        ["11.30", "0.26"],
    ),
    # 2栋 counts the D-grade buildings, not the two grades named before it (an item with a figure is no name)
    (
        "count_of_things_is_no_count_of_names",
        "问题表现：抽查发现C级危房5栋、D级危房2栋未纳入改造计划。",
        ["2栋"],
    ),
    (
        "count_of_things_is_no_count_of_names_other",
        "问题表现：抽查发现C级危房5栋、D级危房3栋未纳入改造计划。",
        ["3栋"],
    ),
]


@pytest.mark.parametrize(
    ("body", "kind", "numbers", "holds"),
    [c[1:] for c in EXAMPLES_ROUND11_FOUND],
    ids=[c[0] for c in EXAMPLES_ROUND11_FOUND],
)
def test_round11_relation_is_found(body: str, kind: CheckKind, numbers: list[str], holds: bool) -> None:
    text = HEAD + body + "\n"
    r = parse(text)
    matching = [c for c in r.checks if c.kind is kind and all(n in c.claim for n in numbers) and c.holds is holds]
    assert matching, [(c.kind, c.claim, c.holds) for c in r.checks]
    for c in r.checks:
        assert all(text[f.start : f.end] == f.text for f in c.figures)


@pytest.mark.parametrize(
    ("body", "numbers"),
    [c[1:] for c in EXAMPLES_ROUND11_NOT_CLAIMED],
    ids=[c[0] for c in EXAMPLES_ROUND11_NOT_CLAIMED],
)
def test_round11_no_relation_is_invented(body: str, numbers: list[str]) -> None:
    r = parse(HEAD + body + "\n")
    assert not [c for c in r.checks if all(n in c.claim for n in numbers)], [c.claim for c in r.checks]
    assert all(c.holds for c in r.checks), [c.claim for c in r.checks if not c.holds]
