"""A figure a preview set on a line of its own, its unit opening the next line (…有\n10.9\n万名学生…): joined where a
scale word opens that line or 的 follows the unit, as pages the reader had not seen wrote it; a unit character that
opens another word there (12\n所属单位) still joins nothing.

The sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dutyreport import find_quantities

# (origin, text, [(figure, value)])
EXAMPLES_REVIEW17_SPLIT_RUNS = [
    ("scale_opens_the_line", "全县现有\n10.9\n万名学生在校就读。", [("10.9\n万名", Decimal("109000"))]),
    ("link_after_the_unit", "为农村学生提供每天\n4\n元的营养餐。", [("4\n元", Decimal("4"))]),
    (
        "punctuation_after_the_unit",
        "全县有学校\n120\n所,在校学生3000人。",
        [("120\n所", Decimal("120")), ("3000人", Decimal("3000"))],
    ),
    # (a unit character opening a word of the next line, or a table's cells one a line: the number stands alone)
    ("word_after_the_unit", "学校名单\n12\n所属单位", [("12", Decimal("12"))]),
]


@pytest.mark.parametrize(
    ("origin", "text", "want"), EXAMPLES_REVIEW17_SPLIT_RUNS, ids=[e[0] for e in EXAMPLES_REVIEW17_SPLIT_RUNS]
)
def test_a_figure_set_on_its_own_line_joins_its_unit(origin: str, text: str, want: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.quantity.value) for m in find_quantities(text)] == want
