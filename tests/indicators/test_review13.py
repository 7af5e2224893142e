"""Defects a review of round 12 found in the indicator stage: a figure compared with an earlier year written as a
year (比2022年增加) lost that year from its subject (教师总数比增加), and a difference after such a comparison
(比上年高出, 比2022年多) was read as a stock.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def figure(body: str, text: str) -> d.Indicator:
    (found,) = [i for i in d.parse(HEAD + body).indicators if i.text == text]
    return found


# The year a figure is compared with (比2022年, 较2021年度) is part of the comparison, as 上年 is in 比上年增长: it
# stays in the subject; it is not the figure's year. (sentence, figure, subject, year)
EXAMPLES_REVIEW13_COMPARED_YEAR = [
    ("more_than_a_year", "2023年全县教师总数比2022年增加120人。", "120人", "教师总数比2022年增加", 2023),
    ("fewer_than_a_year", "全县辍学学生较2021年减少6人。", "6人", "辍学学生较2021年减少", None),
    ("traditional", "全縣教師總數較2022年增加120人。", "120人", "教師總數較2022年增加", None),
    ("a_year_spelled", "全县教育支出比2022年度增长8.5%。", "8.5%", "教育支出比2022年度增长", None),
    ("the_year_before", "全县教师总数比上年增加120人。", "120人", "教师总数比上年增加", None),
    ("a_date_that_is_none", "到2025年全县新建学校6所。", "6所", "新建学校", 2025),
]


@pytest.mark.parametrize(("sentence", "text", "subject", "year"), [e[1:] for e in EXAMPLES_REVIEW13_COMPARED_YEAR],
                         ids=[e[0] for e in EXAMPLES_REVIEW13_COMPARED_YEAR])
def test_the_year_compared_with_stays_in_the_subject(sentence: str, text: str, subject: str, year: int | None) -> None:
    found = figure(sentence, text)
    assert (found.subject, found.year) == (subject, year)


# A difference word (高出, 多, 少) right after a comparison with an earlier time (比上年, 较去年, 比2022年) says how
# much the measure changed: a change, as 比上年增加 is; after anything else (高出全省平均水平) it stays a gap, a
# stock. (sentence, figure, kind)
EXAMPLES_REVIEW13_DIFFERENCE = [
    ("higher_than_last_year", "全县教师总数比上年高出120人。", "120人", "CHANGE"),
    ("more_than_a_year", "全县专任教师比2022年多85人。", "85人", "CHANGE"),
    ("fewer_than_last_year", "全县大班额较去年少12个。", "12个", "CHANGE"),
    ("traditional", "全縣專任教師比上年多出85人。", "85人", "CHANGE"),
    ("a_gap_to_a_norm", "全县教师平均工资比公务员平均工资高出1200元。", "1200元", "STOCK"),
    ("an_increase_as_before", "全县教师总数比上年增加120人。", "120人", "CHANGE"),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), [e[1:] for e in EXAMPLES_REVIEW13_DIFFERENCE],
                         ids=[e[0] for e in EXAMPLES_REVIEW13_DIFFERENCE])
def test_a_difference_from_an_earlier_time_is_a_change(sentence: str, text: str, kind: str) -> None:
    assert figure(sentence, text).kind is d.IndicatorKind[kind]
