"""The subject of the level a change reached, stated in the clause right after it (公办园增加了31所,达到108所): what
the change's figure measures, as pages the reader had not seen write it. Where the clause names its own words, or
the level is of another measure, it keeps its own reading.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

# (origin, sentence, figure, subject)
EXAMPLES_REVIEW17_LEVEL_AFTER_A_CHANGE = [
    ("count_reached", "全县普惠性幼儿园增加了12所,达到86所。", "86所", "普惠性幼儿园"),
    ("people_reached", "全县寄宿生增加了450人,达6200人。", "6200人", "寄宿生"),
    ("money_reached", "全县教育经费比上年增长1200万元,达到3.5亿元。", "3.5亿元", "教育经费"),
    # the clause's own words name what the level measures
    ("own_words", "全县寄宿生增加了450人,总数达到6200人。", "6200人", "总数"),
    # (a review's case) a second change and its level, after the first's
    ("second_change_and_level", "全县在校生增加1200人,达到3.5万人,教师增加50人,达到2600人。", "2600人", "教师"),
]

# (origin, sentence, figure): no reading from the change
EXAMPLES_REVIEW17_NOT_THE_CHANGES = [
    ("other_measure", "全县寄宿生增加了450人,达到12%。", "12%"),
    ("clause_between", "全县寄宿生增加了450人,宿舍条件明显改善,达到6200人。", "6200人"),
]


@pytest.mark.parametrize(
    ("origin", "body", "figure", "subject"),
    EXAMPLES_REVIEW17_LEVEL_AFTER_A_CHANGE,
    ids=[e[0] for e in EXAMPLES_REVIEW17_LEVEL_AFTER_A_CHANGE],
)
def test_the_level_a_change_reached_is_of_what_it_measures(origin: str, body: str, figure: str, subject: str) -> None:
    (found,) = [i for i in d.parse(body).indicators if i.text == figure]
    assert found.subject == subject


@pytest.mark.parametrize(
    ("origin", "body", "figure"),
    EXAMPLES_REVIEW17_NOT_THE_CHANGES,
    ids=[e[0] for e in EXAMPLES_REVIEW17_NOT_THE_CHANGES],
)
def test_a_level_of_another_measure_or_clause_is_not_the_changes(origin: str, body: str, figure: str) -> None:
    changed, found = (i for i in d.parse(body).indicators if i.text in (figure, "450人"))
    assert changed.subject is not None and found.subject != changed.subject.removesuffix("增加")


# (origin, sentence, {figure: subject}): names listed before 分别 with no measure named after them pair in order
EXAMPLES_REVIEW17_RESPECTIVE_NAMES = [
    ("levels", "全县小学、初中分别为95%、93%。", {"95%": "小学", "93%": "初中"}),
    ("provinces", "中西部省份中,甲省、乙省分别为94.2%、93.8%。", {"94.2%": "甲省", "93.8%": "乙省"}),
]


@pytest.mark.parametrize(
    ("origin", "body", "want"),
    EXAMPLES_REVIEW17_RESPECTIVE_NAMES,
    ids=[e[0] for e in EXAMPLES_REVIEW17_RESPECTIVE_NAMES],
)
def test_names_listed_before_respectively_pair_in_order(origin: str, body: str, want: dict[str, str]) -> None:
    assert {i.text: i.subject for i in d.parse(body).indicators} == want


def test_an_amount_with_no_words_after_a_rate_is_of_no_rate() -> None:
    # 巩固率95.2%;…,2022年已突破5亿元: the amount's words are the clause's (逐年递增), none of the rate's; a change
    # rate after an amount with no words stays the amount's
    report = d.parse("全县义务教育巩固率达到95.2%；全县义务教育经费逐年递增，2022年已突破5亿元。")
    assert [i.subject for i in report.indicators] == ["义务教育巩固率", None]
    report = d.parse("全县教育经费3.5亿元，同比增长8.2%。")
    assert [i.subject for i in report.indicators] == ["教育经费", "教育经费同比增长"]
