"""Round 11 (sentences ours): a figure that opens a name the report quotes elsewhere (“20条底线”, “三个课堂”) is part of
that name wherever the name stands, quoted or not: the words after the figure are the name's."""

from __future__ import annotations

import pytest

from dutyreport import parse

EXAMPLES_ROUND11_QUOTED_NAMES: list[tuple[str, list[str]]] = [
    ("全面改薄20条底线达标情况自查报告\n一、基本情况\n对照“20条底线”要求,全县新建学校5所。", ["5所"]),
    ("推进三个课堂建设\n全县落实“三个课堂”,覆盖学校120所。", ["120所"]),
    # (the same figure before other words stays a figure; a quoted figure alone is no name)
    ("对照“20条底线”要求,出台20条措施。", ["20条"]),
    ("达标率为“100%”,全县达标率100%。", ["100%"]),
]


@pytest.mark.parametrize(
    ("text", "figures"), EXAMPLES_ROUND11_QUOTED_NAMES, ids=[t for t, _ in EXAMPLES_ROUND11_QUOTED_NAMES]
)
def test_round11_a_figure_opening_a_quoted_name_is_part_of_it(text: str, figures: list[str]) -> None:
    assert [i.text for i in parse(text).indicators] == figures
