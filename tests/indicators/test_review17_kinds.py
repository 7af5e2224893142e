"""The kind of a figure whose change verb a mirror site printed the reading after (增长(zhǎng)15%): the reading is
noise, and the verb before it still makes the figure a change, as pages the reader had not seen showed.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

# (origin, sentence, figure, kind)
EXAMPLES_REVIEW17_READING_AFTER_THE_VERB = [
    ("reading_after_growth", "2021年全县教育经费比上年增长(zhǎng)8.6%。", "8.6%", d.IndicatorKind.CHANGE),
    ("reading_after_rise", "全县校舍面积比上年提高(gāo)1.2万平方米。", "1.2万平方米", d.IndicatorKind.CHANGE),
    ("reading_and_space", "学前教育投入较上年增加(jiā) 350万元。", "350万元", d.IndicatorKind.CHANGE),
    # a reading after a word that is no change verb leaves the figure what it was
    ("reading_after_noun", "全县专任教师总数(shù)3200人。", "3200人", d.IndicatorKind.STOCK),
]


@pytest.mark.parametrize(
    ("origin", "body", "figure", "kind"),
    EXAMPLES_REVIEW17_READING_AFTER_THE_VERB,
    ids=[e[0] for e in EXAMPLES_REVIEW17_READING_AFTER_THE_VERB],
)
def test_a_printed_reading_after_a_change_verb_is_noise(
    origin: str, body: str, figure: str, kind: d.IndicatorKind
) -> None:
    report = d.parse(body)
    assert any(n.kind is d.NoiseKind.PINYIN for n in report.noise), "the reading is the page's noise"
    (found,) = [i for i in report.indicators if i.text == figure]
    assert found.kind is kind
