"""Subjects of round 11: the figures a 分别 'respectively' pairs with the names or figures before it, a level word
after the link word of a standard's head, a year that an invisible control splits.

Each family was found comparing our subjects with the annotations of real pages of the genre (a list of every
disagreement, sorted into kinds); the sentences here are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def _subjects(passage: str) -> dict[str, str | None]:
    return {i.text: i.subject for i in d.parse(HEAD + passage).indicators}


def _subject(passage: str, surface: str) -> str | None:
    found = _subjects(passage)
    assert surface in found, f"{surface} not found in {list(found)}"
    return found[surface]


# (passage, figure, the subject a reader writes)
EXAMPLES_ROUND11_RESPECTIVE_CHANGES = [
    # changes listed after 分别 go one by one with the figures stated before them: the first with the first
    ("全县小学在校生8120人，初中在校生4630人，分别比上年增长2.4%和1.7%。", "2.4%", "小学在校生增长"),
    ("全县小学在校生8120人，初中在校生4630人，分别比上年增长2.4%和1.7%。", "1.7%", "初中在校生增长"),
    ("全县高中毛入学率为92.5%，巩固率为95.1%，分别比2020年提高1.8个和2.6个百分点。", "1.8个", "高中毛入学率提高"),
    ("小学生均公用经费为760元，初中为980元，高中为1150元，分别增长3.1%、2.2%和4.0%。", "3.1%", "小学生均公用经费增长"),
    ("小学生均公用经费为760元，初中为980元，高中为1150元，分别增长3.1%、2.2%和4.0%。", "2.2%", "初中生均公用经费增长"),
    ("小学生均公用经费为760元，初中为980元，高中为1150元，分别增长3.1%、2.2%和4.0%。", "4.0%", "高中生均公用经费增长"),
    # the comparison before 分别 (比上年分别增长) reads the same
    ("全县公办幼儿园38所，普惠性民办幼儿园21所，比上年分别增加5所和3所。", "5所", "公办幼儿园增加"),
    ("全县公办幼儿园38所，普惠性民办幼儿园21所，比上年分别增加5所和3所。", "3所", "普惠性民办幼儿园增加"),
]

EXAMPLES_ROUND11_RESPECTIVE_NAMES = [
    # names listed with 、 or 和 before 分别为: each figure after it is the measure of its own name, in order
    ("全县小学、初中生均公用经费分别为720元、940元。", "720元", "小学生均公用经费"),
    ("全县小学、初中生均公用经费分别为720元、940元。", "940元", "初中生均公用经费"),
    ("全县小学和初中辍学率分别为0.02%和0.05%。", "0.02%", "小学辍学率"),
    ("全县小学和初中辍学率分别为0.02%和0.05%。", "0.05%", "初中辍学率"),
    ("全县幼儿园、小学、初中专任教师分别为410人、1320人、860人。", "410人", "幼儿园专任教师"),
    ("全县幼儿园、小学、初中专任教师分别为410人、1320人、860人。", "1320人", "小学专任教师"),
    ("全县幼儿园、小学、初中专任教师分别为410人、1320人、860人。", "860人", "初中专任教师"),
    # a review: a thousands comma ends no list (it ends a clause)
    ("全县小学、初中、高中专任教师分别为2,100人、1,300人、600人。", "2,100人", "小学专任教师"),
    ("全县幼儿园、小学、初中、高中专任教师分别为800人、2,100人、1,300人、600人。", "800人", "幼儿园专任教师"),
    ("2020年普通高中和职业学校招生计划分别为2590人和2780人,2021年分别为2710人和2715人。", "2590人", "普通高中招生计划"),
    # names that are each a whole measure, however long, go with the figures one by one
    ("全县九年义务教育巩固率、高中阶段教育毛入学率分别达到99.3%和96.8%。", "99.3%", "九年义务教育巩固率"),
    ("全县九年义务教育巩固率、高中阶段教育毛入学率分别达到99.3%和96.8%。", "96.8%", "高中阶段教育毛入学率"),
    # names that share their last characters with the noun (东、西片区): each name takes them
    ("东、西片区分别有12所、9所学校完成改造。", "12所", "东片区"),
    ("东、西片区分别有12所、9所学校完成改造。", "9所", "西片区"),
    # a figure with a thousands comma is one figure of the list
    ("全县小学、初中生均教育经费分别为12,480元、16,350元。", "16,350元", "初中生均教育经费"),
    # a later list of the sentence whose clause names only a date or a time pairs with the same names
    ("全县小学、初中招生计划分别为1,210人和980人，2023年分别为1,260人和1,010人。", "1,260人", "小学招生计划"),
    ("全县小学、初中招生计划分别为1,210人和980人，上年分别为1,190人和950人。", "1,190人", "小学招生计划"),
    ("全县小学、初中招生计划分别为1,210人和980人，上年分别为1,190人和950人。", "950人", "初中招生计划"),
    # then the changes after them go with those figures
    ("全县小学、初中在校生分别为8120人和4630人，分别比上年增长2.4%和1.7%。", "8120人", "小学在校生"),
    ("全县小学、初中在校生分别为8120人和4630人，分别比上年增长2.4%和1.7%。", "2.4%", "小学在校生增长"),
]

_MEALS = "学生营养膳食补助标准为小学每生每天5元，初中为每生每天6元，高中为每生每天7元。"
EXAMPLES_ROUND11_LEVEL_AFTER_LINK = [
    # a standard's head, a link word (为, 提高到), then a level word before the figure: the level's standard
    (_MEALS, "每生每天5元", "小学学生营养膳食补助标准"),
    (_MEALS, "每生每天6元", "初中学生营养膳食补助标准"),
    (_MEALS, "每生每天7元", "高中学生营养膳食补助标准"),
    ("寄宿生生活补助标准提高到小学每生每年1100元，初中提高到1350元。", "每生每年1100元", "小学寄宿生生活补助标准"),
    ("寄宿生生活补助标准提高到小学每生每年1100元，初中提高到1350元。", "1350元", "初中寄宿生生活补助标准"),
]

EXAMPLES_ROUND11_CONTROLS = [
    # an invisible control a page left inside a year leaves it a date, no word of the subject
    ("20\u200d22年全县新建公办幼儿园4所。", "4所", "新建公办幼儿园"),
    ("全县20\u200b22年小学入学率为100%。", "100%", "小学入学率"),
]

EXAMPLES_ROUND11_OBJECT_STATED_BEFORE = [
    # a verb alone before a figure whose object the sentence stated with the same verb before: that object
    ("全县足额征收教育费附加，全年征收2.37亿元。", "2.37亿元", "征收教育费附加"),
    ("全县累计投入薄弱学校改造资金2.15亿元，其中2022年投入6800万元。", "6800万元", "投入薄弱学校改造资金"),
    ("全县新建公办幼儿园6所，其中城区新建4所。", "4所", "城区新建公办幼儿园"),
    ("全县公开招聘特岗教师135人，今年招聘52人。", "52人", "招聘特岗教师"),
]

_TIERS = "乡村教师生活补助按照学校距县城远近分三档发放，每人每月分别为300元、500元和700元。"
EXAMPLES_ROUND11_PER_UNIT_ALONE = [
    # a figure's words that only say per whom (每人每月) take the measure the clause before names
    (_TIERS, "300元", "乡村教师生活补助每人每月"),
    (_TIERS, "700元", "乡村教师生活补助每人每月"),
    ("学生生活补助按家庭困难程度分档发放，每生每年为1000元。", "1000元", "学生生活补助每生每年"),
]

EXAMPLES_ROUND11_BOUND_BEFORE_NOUN = [
    # a count's bound right before a noun (50岁以上教师) says which of the noun the figure after is of
    ("乡村学校50岁以上教师占比达到39.5%。", "39.5%", "乡村学校50岁以上教师占比"),
    ("乡村学校50岁以上教师占33.2%，35岁以下教师仅占14.1%。", "14.1%", "35岁以下教师仅占"),
    ("义务教育阶段56人以上大班额比例降至0.6%。", "0.6%", "义务教育阶段56人以上大班额比例"),
]

# Read before and still read so (a 分别 that pairs nothing, a list whose count differs from the figures').
EXAMPLES_ROUND11_KEPT = [
    ("经查,甲村小学、乙村小学确有危房,分别查封了3间和2间。", "3间", "查封"),
    ("全县生均公用经费分别为小学720元、初中940元。", "720元", "小学生均公用经费"),
    ("全县生均公用经费分别为小学720元、初中940元。", "940元", "初中生均公用经费"),
    ("全县小学在校生8120人，同比增长2.4%。", "2.4%", "小学在校生同比增长"),
    # words after the figure name what it paid for; an earlier verb with a figure right after it states no object
    ("县财政投入校舍改造资金1.2亿元，其中投入3000万元用于食堂改造。", "3000万元", "投入用于食堂改造"),
    ("县财政投入1.2亿元，其中投入3000万元。", "3000万元", "投入"),
    ("全县开展家政、育婴等各类培训二十多期，累计培训3000多人次。", "3000多人次", "培训"),
    ("全县100人以下的小规模学校有12所。", "12所", "小规模学校"),
    ("全县小学校际差异系数控制在0.40以内初中控制在0.35以内。", "0.35以内", "初中校际差异系数"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"),
    EXAMPLES_ROUND11_RESPECTIVE_CHANGES
    + EXAMPLES_ROUND11_RESPECTIVE_NAMES
    + EXAMPLES_ROUND11_LEVEL_AFTER_LINK
    + EXAMPLES_ROUND11_CONTROLS
    + EXAMPLES_ROUND11_OBJECT_STATED_BEFORE
    + EXAMPLES_ROUND11_PER_UNIT_ALONE
    + EXAMPLES_ROUND11_BOUND_BEFORE_NOUN
    + EXAMPLES_ROUND11_KEPT,
)
def test_round11_subjects(passage: str, surface: str, expected: str) -> None:
    assert _subject(passage, surface) == expected


def test_names_and_figures_of_different_counts_are_not_paired() -> None:
    # three names, two figures: no reader pairs them one by one
    subjects = _subjects("全县小学、初中、高中学生分别为8120人和4630人。")
    assert subjects["8120人"] != "小学学生" and subjects["4630人"] != "初中学生"


def test_every_spelling_of_the_respective_word_opens_with_the_character_looked_for_first() -> None:
    from dutyreport.indicators import respective

    assert respective._OPENINGS and all(w[0] == respective.RESPECTIVE_FIRST for w in respective._OPENINGS)
