"""Targets a review of round 11 found wrong: money obtained (争取到上级资金…) is no goal (our own sentences)."""

from __future__ import annotations

import pytest

from dutyreport import parse

HEAD = "某县教育工作自查报告\n一、基本情况\n"

# 争取 obtains where it is done or names the money or projects obtained: no target; 争取 before a goal is one.
# (sentence, the targets' figures)
EXAMPLES_REVIEW12_OBTAINED_TARGETS = [
    ("obtained_to", "全年争取到上级资金2300万元。", []),
    ("obtained_done", "今年争取了中央资金800万元。", []),
    ("obtained_higher_funds", "全年争取上级资金2300万元。", []),
    ("obtained_in_all", "全县共争取上级项目资金1.2亿元。", []),
    ("obtained_over_years", "2020年以来累计争取各类资金5600万元。", []),
    ("obtained_all_kinds", "全年争取各类教育资金5600万元。", []),
    ("strives_to_a_date", "争取到2025年学前三年毛入园率达到92%。", ["92%"]),
    ("strives_for_a_rate", "全县争取普惠性幼儿园覆盖率达到90%。", ["90%"]),
    ("obtains_then_strives", "全年争取到上级资金2300万元，争取明年新建学校3所。", ["3所"]),
]


@pytest.mark.parametrize(("sentence", "figures"), [e[1:] for e in EXAMPLES_REVIEW12_OBTAINED_TARGETS],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_OBTAINED_TARGETS])
def test_money_obtained_is_no_target(sentence: str, figures: list[str]) -> None:
    targets = parse(HEAD + sentence).targets
    assert [t.text[-len(f):] for t, f in zip(targets, figures, strict=False)] == figures
    assert len(targets) == len(figures), [t.text for t in targets]
