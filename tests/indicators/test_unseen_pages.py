"""Figures as pages of the genre we had not read write them (quality round 17).

Each family was found reading real pages (statistical bulletins, news of a county's schools, speeches) against
what an annotator would mark; the sentences here are written for these tests. A count takes its measure word as
written for its unit; a length in years is a figure in 年.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import dutyreport as d
from dutyreport import Qualifier as Q

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def _figures(passage: str) -> list[d.Indicator]:
    return list(d.parse(HEAD + passage).indicators)


# (passage, figure, value, unit, qualifier, kind)
EXAMPLES_FIGURES = [
    # a length in years after the word naming it (受教育年限, 学制): a figure in 年, and its change after a verb of
    # change
    ("全县劳动年龄人口平均受教育年限达到11.6年，比上年增加0.3年。", "11.6年", Decimal("11.6"), "年", None, "stock"),
    ("全县劳动年龄人口平均受教育年限达到11.6年，比上年增加0.3年。", "0.3年", Decimal("0.3"), "年", None, "change"),
    ("全县新增劳动力平均受教育年限为13年。", "13年", Decimal("13"), "年", None, "stock"),
    ("县职教中心开设专业6个，学制三年。", "三年", Decimal("3"), "年", None, "stock"),
    # a multiple: counted in 倍, as written
    ("全县教育经费总投入是五年前的2.4倍。", "2.4倍", Decimal("2.4"), "倍", None, "stock"),
    ("全县寄宿生人数增长了3倍。", "3倍", Decimal("3"), "倍", None, "change"),
    ("全县学前教育投入比上年提高1倍。", "1倍", Decimal("1"), "倍", None, "change"),
    # ℅ that a converted page leaves for ％
    ("全县适龄儿童入学率为99.8℅。", "99.8℅", Decimal("0.998"), "percent", None, "stock"),
    # measure words joined for a mixed lot, as written
    ("全县新购置实验仪器4120台件套。", "4120台件套", Decimal("4120"), "台件套", None, "stock"),
    ("为农村小学配备音体美器材380台套。", "380台套", Decimal("380"), "台套", None, "stock"),
    # (a bracketed second measure word is left to the words after the figure, as before: 台 is the measure)
    ("全县更新课桌凳2600台(套)。", "2600台", Decimal("2600"), "台", None, "stock"),
    ("全县添置图书馆设备96件套。", "96件套", Decimal("96"), "件套", None, "stock"),
    # 突破 before a figure: more than it
    ("全县教育经费总投入首次突破20亿元。", "突破20亿元", Decimal("2000000000"), "yuan", Q.MORE_THAN, "stock"),
    ("全县参加课后服务的学生突破3万人。", "突破3万人", Decimal("30000"), "人", Q.MORE_THAN, "stock"),
    # 一起 is still one case where it counts (at the clause's end, before a noun)
    ("全年发生校园安全事故一起，已妥善处置。", "一起", Decimal("1"), "起", None, "stock"),
    ("全年发生一起校车违规事件。", "一起", Decimal("1"), "起", None, "stock"),
]


@pytest.mark.parametrize(("passage", "surface", "value", "unit", "qualifier", "kind"), EXAMPLES_FIGURES)
def test_figures(passage: str, surface: str, value: Decimal, unit: str, qualifier: Q | None, kind: str) -> None:
    found = [i for i in _figures(passage) if i.text == surface]
    assert found, [i.text for i in _figures(passage)]
    (i,) = found
    assert (i.value, i.unit, i.quantity.qualifier, i.kind.value) == (value, unit, qualifier, kind)


# (passage, where the multiple or the length stands): the subject is what is measured, without the unit's word
EXAMPLES_SUBJECTS = [
    ("全县教育经费总投入是五年前的2.4倍。", "2.4倍", "教育经费总投入", "倍"),
    ("全县教育经费总投入首次突破20亿元。", "突破20亿元", "教育经费总投入", "首次"),
    ("全县新购置实验仪器4120台件套。", "4120台件套", "实验仪器", "件套"),
    ("全县适龄儿童入学率为99.8℅。", "99.8℅", "入学率", "℅"),
]


@pytest.mark.parametrize(("passage", "surface", "holds", "not_holds"), EXAMPLES_SUBJECTS)
def test_subjects(passage: str, surface: str, holds: str, not_holds: str) -> None:
    (i,) = [i for i in _figures(passage) if i.text == surface]
    assert holds in (i.subject or "") and not_holds not in (i.subject or ""), i.subject


# (passage, the numerals in it that are no figure): dates, slogans, 'together', a school's number
EXAMPLES_NO_FIGURES = [
    # a year after the word naming a length is still a date; a plan's years are no length
    ("平均受教育年限统计始于2015年。", "2015"),
    ("学制改革实施两年来成效明显。", "两"),
    # 一起 'together' after 与/和/同/跟 and who does it along, or before a verb of its table
    ("班主任与家长一起商定学生作息时间。", "一"),
    ("学校同社区一起开办家长课堂。", "一"),
    ("欢迎大家一起来了解新的招生政策。", "一"),
    ("教师和学生一起解决学习中的难题。", "一"),
    # slogans of policy
    ("深入学习三个代表重要思想。", "三"),
    ("争当两个率先的排头兵。", "两"),
    ("统筹推进四个全面战略布局。", "四"),
    ("坚持五位一体总体布局。", "五"),
    ("做学生成长的四个引路人。", "四"),
    # a number naming a school
    ("市18中学、19中学新建运动场。", "18"),
    ("市18中学、19中学新建运动场。", "19"),
    ("县3小扩建食堂。", "3"),
]


@pytest.mark.parametrize(("passage", "numeral"), EXAMPLES_NO_FIGURES)
def test_no_figures(passage: str, numeral: str) -> None:
    assert not any(numeral in i.text for i in _figures(passage)), [i.text for i in _figures(passage)]
