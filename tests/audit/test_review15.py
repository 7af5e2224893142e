"""The parts of a total listed by school level end where a part names people the total does not (texts of the genre
the audit had not seen flagged a false excess: 在校学生 followed by 在园幼儿 and 教职工 in the same list).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "某县教育工作自查报告\n一、基本情况\n"

# (origin, sentence, the parts-and-total claims the audit makes)
EXAMPLES_REVIEW15_LEVEL_PARTS = [
    ("other_people_after_levels", "全镇在校学生2600人,其中小学1500人,初中1100人,在园幼儿700人,教职工210人。",
     ["1500人 + 1100人 = 2600人 (在校学生)"]),
    # a level whose word holds a people noun (幼儿园) is still a level
    ("kindergarten_is_a_level", "全镇在校学生2600人,其中小学1500人,初中900人,幼儿园200人。",
     ["1500人 + 900人 + 200人 = 2600人 (在校学生)"]),
    # a part naming the total's people in another word (学生 of 在校生) is still a part
    ("same_people_other_word", "全镇在校生2600人,其中小学1500人,初中900人,特殊教育学生200人。",
     ["1500人 + 900人 + 200人 = 2600人 (在校生)"]),
    # parts that do not open with a level alone are read as before
    ("staff_parts", "全镇教职工210人,其中专任教师180人。", ["180人 = 180 <= 210人 (教职工, 其中)"]),
]


@pytest.mark.parametrize(
    ("origin", "body", "claims"), EXAMPLES_REVIEW15_LEVEL_PARTS, ids=[e[0] for e in EXAMPLES_REVIEW15_LEVEL_PARTS]
)
def test_level_parts_end_at_other_people(origin: str, body: str, claims: list[str]) -> None:
    checks = [c for c in d.parse(HEAD + body).checks if c.kind is d.CheckKind.PARTS_TOTAL]
    assert [c.claim for c in checks] == claims
    assert all(c.holds for c in checks)
