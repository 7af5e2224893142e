"""A rate that opens its clause with no words of its own (补助标准:每生每年1000元; 二是供餐标准。每生每天5元) measures
the topic its label named just before: the nearest clause before it, in its sentence or the one before, that names a
measure (lang.subjects.TOPIC_NOUNS). Where no such clause stands there, it keeps no subject.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport

# (origin, text, the rate's text, its subject)
EXAMPLES_REVIEW16_RATE_TOPICS = [
    ("label_with_colon", "补助标准:每生每年1000元。", "每生每年1000元", "补助标准"),
    ("point_label_sentence", "一是扩大覆盖面。二是供餐标准。每生每天5元,全年供餐。", "每生每天5元", "供餐标准"),
    ("numbered_label", "(二)补助标准。每生每年1000元。", "每生每年1000元", "补助标准"),
    ("words_of_its_own_kept", "生均公用经费标准为小学每生每年650元。", "每生每年650元", "小学生均公用经费标准"),
    ("no_topic_before", "全县有学校31所。每生每年1000元。", "每生每年1000元", None),
]


@pytest.mark.parametrize(
    ("origin", "text", "surface", "subject"),
    EXAMPLES_REVIEW16_RATE_TOPICS,
    ids=[e[0] for e in EXAMPLES_REVIEW16_RATE_TOPICS],
)
def test_a_rate_with_no_words_measures_the_topic_before(
    origin: str, text: str, surface: str, subject: str | None
) -> None:
    [rate] = [i for i in dutyreport.parse(text).indicators if i.text == surface]
    assert rate.subject == subject
