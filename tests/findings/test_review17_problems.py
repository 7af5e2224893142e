"""A heading naming the national programme for weak schools (义务教育薄弱环节改善与能力提升项目) is a project, not a
list of problems, as pages the reader had not seen wrote it; 薄弱环节 alone heads one.

The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from dutyreport import parse

# (origin, heading, whether its points are problems)
EXAMPLES_REVIEW17_WEAK_LINKS = [
    ("weak_links", "薄弱环节", True),
    ("programme_name", "义务教育薄弱环节改善与能力提升项目", False),
    ("weak_links_renovated", "薄弱环节改造工程", False),
]


@pytest.mark.parametrize(
    ("heading", "lists"),
    [c[1:] for c in EXAMPLES_REVIEW17_WEAK_LINKS],
    ids=[c[0] for c in EXAMPLES_REVIEW17_WEAK_LINKS],
)
def test_a_programmes_name_heads_no_problem_list(heading: str, lists: bool) -> None:
    text = (
        "某县教育工作总结\n一、主要成效\n全县共有学校30所。\n二、" + heading + "\n"
        "（一）部分乡镇学校图书更新缓慢。\n（二）乡村教师周转房数量不足。\n三、下一步工作\n新建运动场2处。\n"
    )
    found = [p.text for p in parse(text).problems]
    assert found == (["部分乡镇学校图书更新缓慢", "乡村教师周转房数量不足"] if lists else []), found


def test_a_list_the_cue_announces_may_hold_one_item_a_line() -> None:
    # 存在以下问题：, then each problem numbered on a line of its own: each is a problem; the list ends where the next
    # number does not follow
    text = (
        "某县关于督导反馈问题的整改报告\n督导组反馈我县存在以下问题：\n1.部分学校运动场地不达标。\n"
        "2.乡村教师结构性缺编。\n全县新建学校2所。\n3.这一行不在清单里。\n"
    )
    found = [p.text for p in parse(text).problems]
    assert found[:2] == ["部分学校运动场地不达标", "乡村教师结构性缺编"]
    assert "这一行不在清单里" not in found


def test_an_announced_list_one_item_a_line_ends_at_a_heading_or_a_blank_line() -> None:
    # (a review's cases) 3.下一步工作打算 is a heading numbered next, no problem; a blank line ends the list
    text = "某县自查报告\n还存在以下问题：\n1.学前教育资源不足。\n2.教师结构性缺编。\n3.下一步工作打算\n加大投入。\n"
    found = [p.text for p in parse(text).problems]
    assert "学前教育资源不足" in found and "下一步工作打算" not in found
    assert parse("某县自查报告\n还存在以下问题：\n1.学前教育资源不足。\n\n2.教师结构性缺编。\n").problems == ()
