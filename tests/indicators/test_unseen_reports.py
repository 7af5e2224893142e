"""Figures as reports of the genre we had not read write them (quality round 7).

Each family was found reading real pages of the genre (self-assessments, work summaries, inspection news,
funding bulletins) against what an annotator would mark; the sentences here are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d
from dutyreport import Qualifier as Q

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def _read(passage: str, surface: str) -> d.Indicator:
    found = [i for i in d.parse(HEAD + passage).indicators if i.text == surface]
    assert found, f"{surface} not found in {[i.text for i in d.parse(HEAD + passage).indicators]}"
    return found[0]


# (passage, figure, (value, unit, qualifier, year), words the subject holds, words it must not hold)
EXAMPLES_UNSEEN_REPORTS = [
    # 比上年度 / 较上年度 is a comparison with the year before, as 比上年 is: the rise is the figure's before
    ("2022年,全县一般公共预算教育支出48210.5万元,比上年度增长6.12%。", "6.12%",
     (Decimal("0.0612"), "percent", None, 2022), "一般公共预算教育支出增长", "度"),
    ("2022年,全县普通小学生均公用经费为1250.8元,较上年度增长3.4%。", "3.4%",
     (Decimal("0.034"), "percent", None, 2022), "普通小学生均公用经费增长", "度"),
    # 由…上升到/上升至/提高为…: the figure after the verb is the new value of the subject before
    ("全县学前三年毛入园率由61%上升到83.5%,入园难问题大为缓解。", "83.5%",
     (Decimal("0.835"), "percent", None, None), "学前三年毛入园率", "上升"),
    ("全县普惠性幼儿园覆盖率由72%上升至90.4%。", "90.4%",
     (Decimal("0.904"), "percent", None, None), "普惠性幼儿园覆盖率", "上升"),
    ("全县义务教育巩固率由95.1%提高为97.6%。", "97.6%",
     (Decimal("0.976"), "percent", None, None), "义务教育巩固率", "提高"),
    # 其中 run straight into a level (其中小学…所) under a count of schools: the level takes the category
    # noun's place, as under 其中: (抽查学校 -> 抽查小学, not 小学抽查学校)
    ("督导组共抽查学校120所,其中小学70所,初中38所。", "70所",
     (Decimal(70), "所", None, None), "小学", "学校"),
    ("督导组共抽查学校120所,其中小学70所,初中38所。", "38所",
     (Decimal(38), "所", None, None), "初中", "学校"),
    # 该县/该区/本市 … open a clause as 全县 does: they say where, not what is counted
    ("该县有义务教育阶段学校88所,其中小学52所。", "88所",
     (Decimal(88), "所", None, None), "义务教育阶段学校", "该县"),
    ("本区现有普惠性幼儿园46所。", "46所", (Decimal(46), "所", None, None), "普惠性幼儿园", "本区"),
    # a level shares the noun of the figure before only where that one is a level and a noun (高中师生比…、初中
    # 为…), and only a figure of the same measure: 教学点…个 or 小学…所 lend 初中 nothing
    ("全县有学校140所,其中小学62所,教学点35个,初中20所。", "20所",
     (Decimal(20), "所", None, None), "初中", "教学点"),
    # a subject that ends with the level of its item (…补助小学每生每年1000元,初中1250元): the next level takes
    # that one's place
    ("寄宿生生活补助小学每生每年1000元,初中1250元。", "1250元",
     (Decimal(1250), "yuan/student/year", None, None), "寄宿生生活补助初中", "小学"),
    ("全县共有中小学校140所,幼儿园90所。", "90所", (Decimal(90), "所", None, None), "幼儿园", "中小"),
    ("全县有小学260所(含90个教学点),幼儿园170所。", "170所",
     (Decimal(170), "所", None, None), "幼儿园", "含"),
    # a breakdown in brackets right after a figure is of that figure's thing (高中3所(民办1所) -> 民办高中), and
    # the bracket's close is no word of a subject
    ("全县共有学校90所,其中:高中4所(民办1所),初中9所。", "1所",
     (Decimal(1), "所", None, None), "民办高中", "学校"),
    ("全县有小学260所,幼儿园170所(公办55所,民办115所)。", "115所",
     (Decimal(115), "所", None, None), "民办幼儿园", ")"),
    ("全县有学校320所,其中小学130所(含12所分校区),初中40所。", "12所",
     (Decimal(12), "所", None, None), "小学分校区", ")"),
    # 已/要 between a subject and its figure (覆盖率已达到…, 毛入学率要达到…) are no words of the subject
    ("全县普惠性幼儿园覆盖率已达到88%。", "88%", (Decimal("0.88"), "percent", None, None), "普惠性幼儿园覆盖率", "已"),
    ("全县中小学联网率已从2016年的70.2%上升到99.5%。", "99.5%",
     (Decimal("0.995"), "percent", None, None), "中小学联网率", "已"),
    # the document a norm is quoted from and its verb of saying are no words of what it sets
    ("《实施方案》要求县域学前三年毛入园率达到92%。", "92%",
     (Decimal("0.92"), "percent", None, None), "学前三年毛入园率", "方案"),
    ("《发展规划》提出到2027年全县高中阶段毛入学率要达到96%。", "96%",
     (Decimal("0.96"), "percent", None, 2027), "高中阶段毛入学率", "提出"),
    # a count whose measure word is the thing counted (132个班, 48个教学班): that thing is its subject's word
    ("全县共有教学点和完小共计96个班。", "96个班", (Decimal(96), "班", None, None), "班", "共计"),
    ("学校总投资1.2亿元,设36个教学班。", "36个教学班", (Decimal(36), "班", None, None), "教学班", "投资"),
    # a note in brackets that opens after a figure and closes past its clause is no word of its subject
    ("全省累计1230个县(注:因区划调整减少8个)通过认定,占比92.4%;其中东部地区410个。", "1230个",
     (Decimal(1230), "个", None, None), "县", "("),
    ("全省累计1230个县(注:因区划调整减少8个)通过认定,占比92.4%;其中东部地区410个。", "92.4%",
     (Decimal("0.924"), "percent", None, None), "占比", "("),
    ("全省累计1230个县(注:因区划调整减少8个)通过认定,占比92.4%;其中东部地区410个。", "410个",
     (Decimal(410), "个", None, None), "东部地区", "("),
    # a modal negating a comparative (不得低于, 不应少于, 不得超过) bounds the figure the other way: at least, at most
    ("生均公用经费中用于教师培训的比例不得低于5%。", "低于5%",
     (Decimal("0.05"), "percent", Q.AT_LEAST, None), "比例", "不得"),
    ("每个教学班学生人数不得超过45人。", "超过45人", (Decimal(45), "人", Q.AT_MOST, None), "学生人数", "不得"),
    ("每校专职心理健康教师不应少于1名。", "少于1名", (Decimal(1), "名", Q.AT_LEAST, None), "心理健康教师", "不应"),
    ("教师培训经费不得低于年度公用经费总额的5%。", "5%",
     (Decimal("0.05"), "percent", Q.AT_LEAST, None), "教师培训经费", "的"),
    # a sentence quoted as said (news of the genre quotes officials) holds figures; a quoted name holds none
    ("局长在会上说:“近年来全县教育投入累计达18.6亿元,新建学校12所。”", "18.6亿元",
     (Decimal("1860000000"), "yuan", None, None), "教育投入", "“"),
    ("局长在会上说:“近年来全县教育投入累计达18.6亿元,新建学校12所。”", "12所",
     (Decimal(12), "所", None, None), "新建学校", "“"),
    # words of degree or of keeping between a subject and its figure (高达, 仅为, 始终保持在, 稳定在) are none of it
    ("全区教育总投入高达7.9亿元。", "7.9亿元", (Decimal("790000000"), "yuan", None, None), "教育总投入", "高"),
    ("全县辍学学生仅为3人。", "3人", (Decimal(3), "人", None, None), "辍学学生", "仅"),
    ("全县九年义务教育巩固率稳定在99.5%。", "99.5%", (Decimal("0.995"), "percent", None, None), "巩固率", "稳定"),
    ("全县财政教育支出占比始终保持在18%以上。", "18%以上",
     (Decimal("0.18"), "percent", Q.MORE_THAN, None), "财政教育支出占比", "保持"),
    # 大约是/约是 before a figure make it approximate, and are no words of its subject
    ("全县新建改扩建校舍面积大约是21.5万平方米。", "21.5万平方米",
     (Decimal(215000), "平方米", Q.APPROX, None), "校舍面积", "大"),
    ("覆盖的学校约是300所。", "300所", (Decimal(300), "所", Q.APPROX, None), "覆盖的学校", "约"),
    # an item's number before a project's name is no figure of a unit to strip with it
    ("2022年实施教育建设项目12个。\n1.县第二实验学校,总投资2.6亿元。", "2.6亿元",
     (Decimal("260000000"), "yuan", None, None), "县第二实验学校总投资", "\n"),
    # 又有/尚有/仍有 open a clause and name nothing counted
    ("一年来,全省又有42个县通过国家认定。", "42个", (Decimal(42), "个", None, None), "县", "又"),
    ("全省尚有9个县未通过认定。", "9个", (Decimal(9), "个", None, None), "县未通过认定", "尚"),
    ("2021年,我省学前三年毛入园率达到91.2%。", "91.2%",
     (Decimal("0.912"), "percent", None, 2021), "学前三年毛入园率", "我"),
    ("全县有小学260所(含90个教学点),幼儿园170所。", "90个",
     (Decimal(90), "个", None, None), "教学点", ")"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected", "holds", "lacks"),
    EXAMPLES_UNSEEN_REPORTS,
    ids=[f"{e[1]}@{e[0][:10]}" for e in EXAMPLES_UNSEEN_REPORTS],
)
def test_unseen_report_figures(
    passage: str, surface: str, expected: tuple[object, ...], holds: str, lacks: str
) -> None:
    i = _read(passage, surface)
    assert (i.value, i.unit, i.qualifier, i.year) == expected
    assert i.subject is not None and holds in i.subject and lacks not in i.subject, i.subject


# Subjects cut wrong by a rule of that round (review of quality round 7): 有 opening a word (有偿) or a clause that
# ends with 的 (有…的学校: the schools that have …) is a word of the subject; 全国/全省 right before a noun is the
# level of an honour, not the scope of the report.
EXAMPLES_BUGS_CAUGHT = [
    ("全县有偿补课教师3人被查处。", "3人", (Decimal(3), "人", None, None), "有偿补课教师", "全县"),
    ("全县有专职心理健康教师的学校45所。", "45所",
     (Decimal(45), "所", None, None), "有专职心理健康教师的学校", "全县"),
    ("其中有寄宿生的学校12所,无寄宿生的学校30所。", "12所", (Decimal(12), "所", None, None), "有寄宿生的学校", "其中"),
    ("全县共有中小学30所,其中全国文明校园3所,全省中小学心理健康教育特色学校8所。", "3所",
     (Decimal(3), "所", None, None), "全国文明校园", "其中"),
    ("全县共有中小学30所,其中全国文明校园3所,全省中小学心理健康教育特色学校8所。", "8所",
     (Decimal(8), "所", None, None), "全省中小学心理健康教育特色学校", "其中"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected", "holds", "lacks"),
    EXAMPLES_BUGS_CAUGHT,
    ids=[f"{e[1]}@{e[0][:10]}" for e in EXAMPLES_BUGS_CAUGHT],
)
def test_bugs_caught_subjects(passage: str, surface: str, expected: tuple[object, ...], holds: str, lacks: str) -> None:
    i = _read(passage, surface)
    assert (i.value, i.unit, i.qualifier, i.year) == expected
    assert i.subject is not None and i.subject.startswith(holds) and lacks not in i.subject, i.subject


# Numbers that are no figures on pages of the genre: the number of an item run into the words of a flattened page.
NOT_FIGURES_UNSEEN_REPORTS = [
    ("全县推行“双减十条”和“五育并举”,新建幼儿园12所。", "十条"),
    ("一、五年工作回顾1.学前教育加快发展。新建幼儿园12所。", "1"),
    ("二是民生工程2、资助困难学生3100人。", "2"),
    # a quoted name a PDF's line break cut (“三个只增不\n减”) is a name still: its number is none of the report's
    ("乙县2022年落实“三个只增不\n减”要求，补足缺口资金2600万元。", "三个"),
]


@pytest.mark.parametrize(
    ("passage", "number"), NOT_FIGURES_UNSEEN_REPORTS, ids=[p[1] for p in NOT_FIGURES_UNSEEN_REPORTS]
)
def test_unseen_report_non_figures(passage: str, number: str) -> None:
    read = [i.text for i in d.parse(HEAD + passage).indicators]
    assert number not in read and len(read) == 1, read


def test_a_bare_number_after_a_word_that_takes_a_figure_stays_a_figure() -> None:
    assert "12" in [i.text for i in d.parse(HEAD + "全县学校共计12.其中小学8所。").indicators]


# A PDF preview that set a figure on a line of its own, after a short line a wrap ran into (…普通高\n中生均支出为\n
# xxxx.xx 元): the figure's subject is read across both breaks, masked or not.
_WRAPPED_PAGE = (
    "全县坚持把教育摆在优先发展的战略地位，不断健全教育管理体制机制，持续加大财政教育投入，统筹推进学前教育"
    "普及普惠、义务教育优质均衡和普通高中多样化发展，着力改善农村学校办学条件，教育事业持续健康发展。"
)
EXAMPLES_WRAPPED_FIGURES = [
    ("全县寄宿制学校生均公用经费标准逐年提高，初\n中寄宿生生均支出为\nxxxx.xx 元，较上年有所增长。", "xxxx.xx 元",
     "初中寄宿生生均支出"),
    ("本年度全县财政性教育经费投入继续增加，高\n中阶段生均经费达到\n****元，超过省定标准。", "****元",
     "高中阶段生均经费"),
    ("县级财政按时足额拨付各项教育经费，普通\n高中生均支出为\n12034.56元，比上年增长3.2%。", "12034.56元",
     "普通高中生均支出"),
]


@pytest.mark.parametrize(("passage", "surface", "subject"), EXAMPLES_WRAPPED_FIGURES,
                         ids=[e[2] for e in EXAMPLES_WRAPPED_FIGURES])
def test_a_figure_on_a_line_of_its_own_has_the_wrapped_sentence_subject(passage: str, surface: str,
                                                                          subject: str) -> None:
    page = "\n".join(_WRAPPED_PAGE[i : i + 20] for i in range(0, len(_WRAPPED_PAGE), 20))
    found = [i for i in d.parse(f"{HEAD}{page}\n{passage}").indicators if i.text == surface]
    assert [i.subject for i in found] == [subject]
