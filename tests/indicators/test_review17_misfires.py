"""Readings that a review of round 17's rules for unseen pages found wrong, each narrowed: 一起 after a word that
only holds a companion's character, a slogan's words opening an ordinary phrase, a scale word alone before 倍, a
length name inside a date, a length that is a threshold, 突破 before its object, a school's number in a flattened
table's cell.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

# (origin, sentence, [(figure, value, unit, qualifier)])
EXAMPLES_REVIEW17_MISFIRES = [
    ("case_after_at_the_same_time", "同时查处一起违规办学行为，责令整改。", [("一起", "1", "起", None)]),
    ("case_after_jointly", "会同公安部门查处一起非法办学案件。", [("一起", "1", "起", None)]),
    ("slogan_words_before_a_noun", "全县建成四个服务中心，服务学生1.2万人次。",
     [("四个", "4", "个", None), ("1.2万人次", "12000", "人次", None)]),
    ("slogan_in_quotes", "坚持以“三个代表”重要思想为指导，新建学校3所。", [("3所", "3", "所", None)]),
    ("scale_alone_before_times", "全体教师信心百倍，新建学校3所。", [("3所", "3", "所", None)]),
    ("length_name_inside_a_date", "按2021年数据测算全县学位缺口将在3年内消除。", []),
    ("length_as_a_threshold", "对服务年限不满3年的教师，全县共有120人。", [("120人", "120", "人", None)]),
    ("breakthrough_before_its_object", "全县重点突破3个方面的难题。", [("3个", "3", "个", None)]),
    ("breakthrough_at_the_clause_end", "全县在校生首次突破3万人。", [("突破3万人", "30000", "人", "more_than")]),
]


@pytest.mark.parametrize(
    ("origin", "body", "want"), EXAMPLES_REVIEW17_MISFIRES, ids=[e[0] for e in EXAMPLES_REVIEW17_MISFIRES]
)
def test_round17_rules_hold_back_where_the_review_found_them_wrong(
    origin: str, body: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    got = [
        (i.text, str(i.value), i.unit, i.quantity.qualifier.value if i.quantity.qualifier else None)
        for i in d.parse(body).indicators
    ]
    assert got == want


def test_a_number_after_a_level_label_is_a_cell_not_a_schools_name() -> None:
    # 小学45中学12: the cells of a flattened table, each under its level; 市44中学 stays a school's name
    got = [(i.text, i.value, i.unit) for i in d.parse("学校数（所）：小学45中学12").indicators]
    assert got == [("45", 45, "所"), ("12", 12, "所")]
    assert d.parse("市44中学新建教学楼。").indicators == ()
