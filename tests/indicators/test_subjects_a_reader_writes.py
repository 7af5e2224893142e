"""Subjects as a reader writes them (quality round 9).

A subject is a label derived from the words around a figure, not a span of the text: a reader who writes it leaves
out a quotation mark or bracket that opens past it, the space a PDF's line wrap left between two characters of a
word, a masked year, the 的 that ties the thing counted to a noun after it. Each family was found reading real pages
of the genre against their annotations; the sentences here are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.indicators import subject_edges as edges

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def _subject(passage: str, surface: str) -> str | None:
    found = [i for i in d.parse(HEAD + passage).indicators if i.text == surface]
    assert found, f"{surface} not found in {[i.text for i in d.parse(HEAD + passage).indicators]}"
    return found[0].subject


# (passage, figure, the subject a reader writes)
EXAMPLES_UNSEEN_REPORTS = [
    # a quotation or bracket that opens after the subject's words (at a figure of the quoted name) is no part of it
    ("全区38所中小学“6项规定”全部落实。", "38所", "中小学"),
    ("全县教师年平均工资收入高于当地公务员（8.6万元）。", "8.6万元", "教师年平均工资收入高于当地公务员"),
    # a quoted name at the start of the words keeps its opening mark (its closing one is in the subject)
    ("“三名工程”培养对象120人。", "120人", "“三名工程”培养对象"),
    ("“双减”工作专班12个。", "12个", "“双减”工作专班"),
    # a bracketed number of an item (（一）) is no word of the subject, its opening bracket taken with the spaces
    ("    (一)完善两项机制,强化保障。", "两项", "完善机制"),
    # a PDF's line wrap leaves a space between two characters of a word: no space in the subject
    ("全县有特殊 教育学校2所,幼儿园15所。", "2所", "特殊教育学校"),
    # a masked year (20XX年, xxxx年, 20*年) is a date as 2021年 is: no word of the subject
    ("xxxx年全县财政收入xx亿元,教育支出x亿元。", "xx亿元", "财政收入"),
    ("20*年全县新建幼儿园3所。", "3所", "新建幼儿园"),
    ("20XX年投入资金35万元,改造学校食堂。", "35万元", "投入资金改造学校食堂"),
    # a PDF's space between a year and 年 leaves it a date
    ("2021 年全县教师年平均工资收入为96420元。", "96420元", "教师年平均工资收入"),
    # an adverb between the subject and the word before its figure (均为, 都为, 一直保持在, 近三年来分别为) is no word
    # of it, where it is no part of a word (生均, 平均)
    ("全县中小学视频监控联网率均为100%。", "100%", "中小学视频监控联网率"),
    ("全镇小学入学率近几年都为100%。", "100%", "小学入学率"),
    ("教职工工资福利支出占比一直保持在60%左右。", "60%左右", "教职工工资福利支出占比"),
    ("初中毛入学率近三年来分别为97.1%、98.2%、98.5%。", "97.1%", "初中毛入学率"),
    ("全县小学校均850人。", "850人", "小学校均"),
    ("全县小学班额平均45人。", "45人", "小学班额平均"),
    ("全县小学班额平均为45人。", "45人", "小学班额平均"),
    # 分别 'respectively' opening the words is no word of the subject
    ("经查,甲村小学、乙村小学确有危房,分别查封了3间和2间。", "3间", "查封"),
    # 也有 opens a clause as 又有 and 仍有 do; the 的 after the thing counted ties it to the next noun
    ("全市也有7个乡镇的12所学校未达标。", "7个", "乡镇"),
    ("全省共有15个市的210个县通过认定。", "15个", "市"),
    # a town's or a school's own report opens its clauses with its scope as a county's does (全镇, 全乡, 该校, 我校)
    ("全镇共有完全小学4所,教学点6个。", "4所", "完全小学"),
    ("全乡有初级中学1所,在校生820人。", "1所", "初级中学"),
    ("该校现有教职工86人,其中专任教师79人。", "86人", "教职工"),
    ("我校有寄宿生460人。", "460人", "寄宿生"),
    # the figure of a list's head is taken off with the whole of its unit, however long (平方米: no 米 left)
    ("全县运动场面积86000平方米,其中:小学41000平方米,初中30000平方米。", "41000平方米", "小学运动场面积"),
    # a figure inside an aside that opens after a noun (学校(含教学点385个)) counts what the aside names; an aside that
    # opens after the thing counted and goes on past the words read (…县(区)(以下简称…) is no part of it
    ("全市共排查出1260所农村薄弱学校(含教学点385个)已完成整改。", "385个", "教学点"),
    ("督导组对该省申报的24个义务教育发展基本均衡县(区)(以下简称“均衡县”)进行了实地督导。", "24个",
     "该省申报义务教育发展基本均衡县(区)"),
    # words that end with a joiner before a figure (和, 及) are another item's: the figure's thing follows it, and
    # the item before ends without the joiner
    ("组织40名新教师和15名骨干教师参加集中培训。", "40名", "组织新教师"),
    ("组织40名新教师和15名骨干教师参加集中培训。", "15名", "骨干教师参加集中培训"),
    ("年内全面消除“大校额”和56人以上“大班额”。", "56人以上", "“大班额”"),
    # the words after a figure that run into the next figure end before its linking word (…学校有12所: 有 is the next
    # figure's; 对15所…: 对 is)
    ("全县100人以下的小规模学校有12所。", "100人以下", "小规模学校"),
    # (and the money is the work's done to them: tests/indicators/test_review14.py)
    ("2022年投资3200万元,对15所农村小学进行了改造。", "3200万元", "农村小学改造投资"),
    # a template's masked figures listed with 、 (高级中学 x所、职业中学 x所): the list goes on with figures, the
    # name after the mark is the next figure's
    ("全县共有各级各类学校 xx 所,高级中学 x所、职业中学 x所、初级中学 x所。", "x所", "高级中学"),
    # a long stretch that ends with 对 right before a figure: what was done to is the thing counted after it
    ("县教育局通过线上问卷平台对3260名家长进行了满意度调查。", "3260名", "家长进行了满意度调查"),
    # 各 after a list of names: every name has the figure, the list is the subject (no head of another list)
    ("全县有县直高中、职业中专、特殊教育学校各1所,幼儿园5所。", "1所", "县直高中、职业中专、特殊教育学校各"),
    # words that would open inside a quotation (a PDF's line break cut the quoted name: “…\n…”) open with it, the
    # name whole, as a quoted name at the start of the words stands
    ("乙县2022年“两个只增不\n减”缺口资金2600万元，年底前已全部补足。", "2600万元", "“两个只增不减”缺口资金"),
    ("丙区推行“一校一\n策”学校17所。", "17所", "“一校一策”学校"),
    # a count after a verb that divides into groups (分, 分成, 分为) counts the groups: the words before with the group
    # (its measure word, or the noun after 个 that ends with one), not what the groups go on to do
    ("省督导组分4组对全省12个市开展暗访。", "4组", "省督导组分组"),
    ("县教育局抽调骨干分成五个督查组到各乡镇学校核查。", "五个", "县教育局抽调骨干分成督查组"),
    ("全县新教师分为2批赴市实验学校跟岗学习。", "2批", "新教师分批"),
    # ... where the count names no group (years, districts), the reading stays
    ("专项资金分3次拨付到位。", "3次", "专项资金分拨付到位"),
    ("全县划分为6个督学责任区。", "6个", "划分督学责任区"),
    # ... and so do words that would open after a 、 or a comma inside a quoted name
    ("全县组建“控辍保学、送教上门”工作专班12个。", "12个", "“控辍保学、送教上门”工作专班"),
    ("解决“入园难，入园贵”问题幼儿园8所。", "8所", "“入园难，入园贵”问题幼儿园"),
    ("全县共有学校40所,其中小学30所,职业中专、特殊教育学校各1所。", "1所", "职业中专、特殊教育学校各"),
    # counts of kinds of schools side by side: a level word after a school's name is a kind of its own, not a
    # level that takes the name's place (小学初级中学, 幼儿园学校 were read)
    ("全县有初级中学6所、小学12所、九年一贯制学校2所。", "12所", "小学"),
    ("全县有特殊教育学校1所,幼儿园15所。", "15所", "幼儿园"),
    ("全市有职业中学3所、初中9所。", "9所", "初中"),
    # a deadline's 到/至 after a word that opens a clause is the deadline's, as it is with no word before it (a
    # second read: only 提出到 was taken, as a word of its own)
    ("全县到2025年学前教育毛入园率达到95%。", "95%", "学前教育毛入园率"),
    ("力争到2026年普惠性幼儿园覆盖率达到90%。", "90%", "普惠性幼儿园覆盖率"),
    ("要求至2027年义务教育巩固率达到97%。", "97%", "义务教育巩固率"),
    # ... while the items of one measure still share its noun
    ("寄宿生生活补助小学1000元,初中1250元。", "1250元", "寄宿生生活补助初中"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected"),
    EXAMPLES_UNSEEN_REPORTS,
    ids=[f"{e[1]}@{e[0][:10]}" for e in EXAMPLES_UNSEEN_REPORTS],
)
def test_unseen_report_subjects(passage: str, surface: str, expected: str) -> None:
    assert _subject(passage, surface) == expected


_EDGE_TEXT = st.lists(
    st.sampled_from(["学校", "的", "均", "一直", "近几年", "分别", "平均", "和", "“", "”", "(", ")", "（", "【", "】"])
    | st.sampled_from([" ", "\u3000", "\n", "x", "率"])
    | st.text(max_size=2),
    max_size=6,
).map("".join)


@given(_EDGE_TEXT)
def test_a_subject_the_indicator_stage_does_not_tidy_is_tidy(subject: str) -> None:
    # the indicator stage asks tidy_subject only where a subject's first or last character or its white space calls
    # for it: elsewhere tidy_subject changes nothing
    if subject and not (
        subject[-1] in edges.TIDY_ENDS
        or subject[0] in edges.TIDY_FIRSTS
        or " " in subject
        or not subject.isprintable()
    ):
        assert edges.tidy_subject(subject) == subject
