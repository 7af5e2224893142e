"""The families issue 10 added for checks real reports make: rates named after their figures, shares of a
figure named earlier, falls stated without their sign, parts before their total, a second breakdown of
one total, named counts of places. Each case is a sentence of our own in the genre."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutyreport import parse
from dutyreport.model.report import CheckKind

HEAD = "某县教育自查报告\n一、基本情况\n"

# (id, body, kind, numbers the claim must carry, holds)
EXAMPLES_REALWORLD_FAMILIES = [
    # growth: a fall states a rate or a difference without its sign
    (
        "growth_fall_rate",
        "2023年全县教育经费总投入为52000万元,比上年的53000万元下降1.89%。",
        CheckKind.GROWTH,
        ["52000", "53000", "1.89"],
        True,
    ),
    (
        "growth_fall_rate_wrong",
        "2023年全县教育经费总投入为52000万元,比上年的53000万元下降2.5%。",
        CheckKind.GROWTH,
        ["2.5"],
        False,
    ),
    (
        "growth_rise_after_fall_word_elsewhere",
        "2023年全县教育经费为1200.50万元,比上年1150.00万元增长4.39%,减少了学校负担。",
        CheckKind.GROWTH,
        ["1200.50", "1150.00", "4.39"],
        True,
    ),
    (
        "growth_points",
        "2023年教育支出占财政支出的比例为17.5%,比上年的18.2%下降0.7个百分点。",
        CheckKind.GROWTH,
        ["17.5", "18.2", "0.7"],
        True,
    ),
    (
        "growth_points_wrong",
        "2023年教育支出占财政支出的比例为17.5%,比上年的18.2%下降0.9个百分点。",
        CheckKind.GROWTH,
        ["0.9"],
        False,
    ),
    # shares: the numerator stated earlier under the name before 占
    (
        "share_of_named",
        "2023年全县一般公共预算教育经费(含教育费附加)为45000万元,比上年增长3%。\n二、占比情况\n"
        "2023年全县一般公共预算教育经费占一般公共预算支出250000万元的比例为18%。",
        CheckKind.SHARE,
        ["45000", "250000", "18%"],
        True,
    ),
    (
        "share_of_named_wrong",
        "2023年全县一般公共预算教育经费为45000万元。\n二、占比情况\n"
        "2023年全县一般公共预算教育经费占一般公共预算支出250000万元的比例为19%。",
        CheckKind.SHARE,
        ["45000", "250000", "19%"],
        False,
    ),
    # parts: listed before their total, a second breakdown of one total, norms beside the parts
    (
        "parts_then_total",
        "收回民办园共支付置换资金120.5万元、两栋房屋收购资金40.2万元、土地补偿15.3万元,共计176万元。",
        CheckKind.PARTS_TOTAL,
        ["120.5", "40.2", "15.3", "176"],
        True,
    ),
    (
        "parts_then_total_wrong",
        "收回民办园共支付置换资金120.5万元、房屋收购资金40.2万元、土地补偿15.3万元,合计180万元。",
        CheckKind.PARTS_TOTAL,
        ["120.5", "40.2", "15.3", "176", "180"],
        False,
    ),
    (
        "second_breakdown",
        "全县现有中小学120所,其中,小学80所,初中35所,特殊教育学校5所;农村96所,城区24所。",
        CheckKind.PARTS_TOTAL,
        ["96", "24", "120"],
        True,
    ),
    (
        "second_breakdown_within",
        "全县现有中小学120所,其中,小学80所,初中35所,特殊教育学校5所;农村学校90所,城区学校24所(不含民办)。",
        CheckKind.PARTS_TOTAL,
        ["90", "24", "114", "<=", "120"],
        True,
    ),
    (
        "parts_beside_norms",
        "全镇校舍建筑面积30000平方米,其中:小学16000平方米,生均3.2平方米;初中14000平方米,生均5.6平方米。",
        CheckKind.PARTS_TOTAL,
        ["16000", "14000", "30000"],
        True,
    ),
    (
        "parts_two_measure_words",
        "共抽查学校和教学点60所(个),其中小学30所,初中20所,教学点10个。",
        CheckKind.PARTS_TOTAL,
        ["30所", "20所", "10个", "60所"],
        True,
    ),
    (
        "parts_two_measure_words_traditional",
        "共抽查學校和教學點60所(個),其中小學30所,初中20所,教學點10個。",
        CheckKind.PARTS_TOTAL,
        ["30所", "20所", "10個", "60所"],
        True,
    ),
    # a figure per student after its total, over the level's students
    (
        "per_student_of_total",
        "全县小学在校生5000人,初中在校生2500人。全县校舍面积60000平方米,其中小学35000平方米,生均7平方米;"
        "初中25000平方米,生均10平方米。",
        CheckKind.SHARE,
        ["35000", "5000人", "生均7平方米"],
        True,
    ),
    (
        "per_student_of_total_wrong",
        "全县小学在校生5000人,初中在校生2500人。全县校舍面积60000平方米,其中小学35000平方米,生均7平方米;"
        "初中25000平方米,生均12平方米。",
        CheckKind.SHARE,
        ["25000", "2500人", "10 ≠ 生均12平方米"],
        False,
    ),
    (
        "per_student_no_level",
        "全县共有在校学生20000人。全县图书总量60万册,生均30册。",
        CheckKind.SHARE,
        ["60万册", "20000人", "生均30册"],
        True,
    ),
    # named counts of places
    ("places_named", "督导组对甲县、乙县、丙县等3县(区)进行了实地督导。", CheckKind.NAMED_COUNT, ["3"], True),
    ("places_named_traditional", "東城、西城、南城和北城4個區整體通過評估認定。", CheckKind.NAMED_COUNT, ["4"], True),
    ("towns_named", "分别在甲镇、乙镇和丙镇三个镇召开了座谈会。", CheckKind.NAMED_COUNT, ["三"], True),
    (
        "shortened_list",
        "检查组走访了甲乡、乙镇、丙乡等x个乡镇。\n在甲乡等三个乡镇的抽查中,另查出危旧校舍12间。",
        CheckKind.NAMED_COUNT,
        ["三个乡镇", "3"],
        True,
    ),
    # rates named right after the whole and the part
    (
        "rate_of_pair",
        "全县6-11周岁适龄儿童5200人,已入学5187人,入学率为99.75%。",
        CheckKind.SHARE,
        ["5187", "5200", "99.75"],
        True,
    ),
    (
        "rate_of_pair_wrong",
        "全县三周岁以上适龄幼儿3600人,入园幼儿3300人,毛入园率为93.5%。",
        CheckKind.SHARE,
        ["3300", "3600", "93.5", "91.67"],
        False,
    ),
    (
        "rate_of_pair_goal",
        "全年新建校舍任务目标数是12000平方米,实际建成15000平方米,完成率为125%。",
        CheckKind.SHARE,
        ["15000", "12000", "125"],
        True,
    ),
    (
        "rate_of_pair_percentages",
        "普惠性幼儿园覆盖率的年度目标是80%,实际达到84.6%,完成率为105.75%。",
        CheckKind.SHARE,
        ["84.6", "80%", "105.75"],
        True,
    ),
    # rates named after their part, over the earlier figure the part is most like
    (
        "rate_of_earlier_whole",
        "全县共有义务教育学校120所(含教学点30个)。经评估,达标学校114所,达标率95%,其中教学点达标27所,达标率90%。",
        CheckKind.SHARE,
        ["114", "120", "95"],
        True,
    ),
    (
        "rate_of_earlier_whole_other_measure_word",
        "全县共有义务教育学校120所(含教学点30个)。经评估,全县达标学校114所,达标率95%;教学点中达标27所,达标率90%。",
        CheckKind.SHARE,
        ["27", "30", "90"],
        True,
    ),
    (
        "rate_of_earlier_whole_level",
        "全县小学在校生8000人,初中在校生4000人。小学辍学人数8人,辍学率为0.1%;初中辍学6人,辍学率为0.2%。",
        CheckKind.SHARE,
        ["8人", "8000", "0.1"],
        True,
    ),
    (
        "rate_of_earlier_whole_level_wrong",
        "全县小学在校生8000人,初中在校生4000人。小学辍学人数8人,辍学率为0.1%;初中辍学6人,辍学率为0.3%。",
        CheckKind.SHARE,
        ["6人", "4000", "0.3", "0.15"],
        False,
    ),
    (
        "rate_of_earlier_whole_share_word",
        "全市共有薄弱学校500所,已全部完成自查,市级抽查学校150所,占比30%。",
        CheckKind.SHARE,
        ["150", "500", "30"],
        True,
    ),
]


def _claims(text: str) -> list[tuple[CheckKind, str, bool]]:
    return [(c.kind, c.claim, c.holds) for c in parse(text).checks]


@pytest.mark.parametrize(
    ("body", "kind", "numbers", "holds"),
    [c[1:] for c in EXAMPLES_REALWORLD_FAMILIES],
    ids=[c[0] for c in EXAMPLES_REALWORLD_FAMILIES],
)
def test_realworld_family(body: str, kind: CheckKind, numbers: list[str], holds: bool) -> None:
    text = HEAD + body + "\n"
    r = parse(text)
    matching = [c for c in r.checks if c.kind is kind and all(n in c.claim for n in numbers) and c.holds is holds]
    assert matching, _claims(text)
    for c in r.checks:
        assert all(text[f.start : f.end] == f.text for f in c.figures)


# Passages where a rate is not a part over the figures beside it: nothing may be claimed of them.
EXAMPLES_NOT_CLAIMED = [
    # a coverage rate over a list of units (the coverage family reads it whole)
    ("coverage_list", "全县有公办园20所,民办普惠园10所,非普惠性幼儿园10所,普惠幼儿园覆盖率75%。", ["10所 / "]),
    # the last two of a list: the rate is of them all
    ("list_of_parts", "反馈的8个问题中,已完成整改6个,正在整改2个,整改完成率75%。", ["2个 / ", "6个 / 2个"]),
    # a rate that names neither figure before it
    ("unrelated_rate", "全市开设专业80个,共建实训基地120个,毕业生就业率达到96.5%。", ["120个 / ", "80个 / "]),
    # two rates of their own before a third
    ("rates_before_a_rate", "课后服务覆盖率达到100%,学生参与率为95.1%。", ["100% / ", "95.1% / "]),
    # peers of two levels
    ("two_levels", "小学入学1200人,初中入学1100人,入学率为100%。", ["1100人 / ", "1200人 / "]),
    # a part of a part (其中) as like the group it is of as its own whole: the whole is not certain
    (
        "whole_not_certain",
        "全县共有义务教育学校120所(含教学点30个)。经评估,达标学校114所,达标率95%,其中教学点达标27所,达标率90%。",
        ["27所 / 114所"],
    ),
    # a norm per student is never a part of the total before it
    (
        "norm_not_a_part",
        "全镇校舍建筑面积30000平方米,其中:小学16000平方米,生均3.2平方米;初中14000平方米,生均5.6平方米。",
        ["生均3.2平方米 +", "+ 生均"],
    ),
    # a total after 共计 whose list is cut by another kind of figure's item
    ("sum_after_other_items", "全县投入资金800万元、新建学校3所、改造资金200万元,共计1000万元。", ["800万元 +"]),
    # a count of places whose list was cut wrongly is not claimed
    ("places_miscounted", "督导组对甲县、乙县、丙县等2县进行了督导。", ["2县 ="]),
    # a list named again by its first item with another count than its items
    (
        "shortened_list_miscounted",
        "检查组走访了甲乡、乙镇、丙乡等x个乡镇。\n在甲乡等四个乡镇的抽查中,另查出危旧校舍12间。",
        ["四个乡镇 ="],
    ),
    # a count whose noun only ends in a place word is named by that noun, not the place
    ("named_noun_first", "推进城东幼儿园、城西幼儿园、城北幼儿园三所城区幼儿园建设。", ["三所城区 ="]),
    # a rate said of several figures at once
    ("rates_all", "小学适龄儿童900人,入学900人,入学率均为100%。", ["900人 / "]),
]


@pytest.mark.parametrize(
    ("body", "not_claimed"),
    [c[1:] for c in EXAMPLES_NOT_CLAIMED],
    ids=[c[0] for c in EXAMPLES_NOT_CLAIMED],
)
def test_no_rate_invented(body: str, not_claimed: list[str]) -> None:
    claims = _claims(HEAD + body + "\n")
    assert not [c for c in claims if any(n in c[1] for n in not_claimed)], claims


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=10, max_value=90000),
    share=st.integers(min_value=1, max_value=1000),
    off=st.sampled_from([0, 0, 1, -1]),
)
def test_a_rate_of_a_pair_holds_as_rounded(whole: int, share: int, off: int) -> None:
    """A rate written to two decimals holds for its part and whole; one hundredth off, it fails."""
    part = max(1, whole * share // 1000)
    rate = (Decimal(part) / Decimal(whole) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    stated = rate + Decimal(off) / 100
    if stated <= 0:
        return
    body = f"全县适龄儿童{whole}人,已入学{part}人,入学率为{stated}%。"
    found = [c for c in parse(HEAD + body + "\n").checks if c.kind is CheckKind.SHARE and f"{stated}%" in c.claim]
    assert len(found) == 1, body
    assert found[0].holds is (off == 0)
