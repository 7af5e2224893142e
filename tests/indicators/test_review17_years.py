"""The year of a change stated against a compared value (…为10.2亿元,比上年的9.6亿元增长6.25%), as pages the reader
had not seen write it: the change is of the year compared, never of the value it is compared with.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

HEAD = "清河区2021年教育经费执行情况的报告\n"


def years_of(body: str) -> dict[str, int | None]:
    return {i.text: i.year for i in d.parse(HEAD + body).indicators}


# (origin, text, {figure: year}): where the sentence or its paragraph names the year compared, the change takes it;
# where nothing does, the change has no year, and never the compared value's
EXAMPLES_REVIEW17_COMPARED_BASE = [
    (
        "base_after_dated_paragraph",
        "2021年全县教育经费总投入为12.5亿元。其中,财政性教育经费为10.2亿元,比上年的9.6亿元增长6.25%。",
        {"10.2亿元": 2021, "9.6亿元": 2020, "6.25%": 2021},
    ),
    # (其中 goes on from the sentence before it, across a blank line too)
    (
        "of_which_after_a_blank_line",
        "2021年全县教育经费总投入为12.5亿元。\n\n其中,财政性教育经费为10.2亿元,比上年的9.6亿元增长6.25%。",
        {"10.2亿元": 2021, "9.6亿元": 2020, "6.25%": 2021},
    ),
    (
        "base_in_an_undated_paragraph",
        "2021年全县教育经费总投入为12.5亿元。\n\n财政性教育经费为10.2亿元,比上年的9.6亿元增长6.25%。",
        {"9.6亿元": 2020, "6.25%": None},
    ),
    (
        "base_named_by_year",
        "全县普惠性幼儿园在园幼儿达1.2万人,比2019年的0.9万人增长33.3%。",
        {"0.9万人": 2019, "33.3%": None},
    ),
]


@pytest.mark.parametrize(
    ("origin", "body", "want"), EXAMPLES_REVIEW17_COMPARED_BASE, ids=[e[0] for e in EXAMPLES_REVIEW17_COMPARED_BASE]
)
def test_a_change_is_not_of_the_year_of_the_value_compared_with(
    origin: str, body: str, want: dict[str, int | None]
) -> None:
    got = years_of(body)
    assert {k: got.get(k, "missing") for k in want} == want


# (origin, text, figure, year): a length a name says is measured in years (受教育年限) is a figure of its sentence's
# year, not a duration of none
EXAMPLES_REVIEW17_YEAR_LENGTHS = [
    ("length_of_a_year", "2021年,全县劳动年龄人口平均受教育年限达到10.6年。", "10.6年", 2021),
    ("length_by_a_deadline", "到2025年,全县新增劳动力平均受教育年限达到13.8年。", "13.8年", 2025),
]


@pytest.mark.parametrize(
    ("origin", "body", "figure", "year"),
    EXAMPLES_REVIEW17_YEAR_LENGTHS,
    ids=[e[0] for e in EXAMPLES_REVIEW17_YEAR_LENGTHS],
)
def test_a_length_in_years_keeps_its_sentences_year(origin: str, body: str, figure: str, year: int) -> None:
    assert years_of(body).get(figure, "missing") == year
    # a duration (连续五年) still has none
    assert years_of("2021年,全县连续五年被评为先进。").get("五年", "missing") is None


# (origin, text, {figure: year}): a multiple or a share of a year's value (是2012年的2.3倍) is of the year of the figure
# it measures, not of the year compared with
EXAMPLES_REVIEW17_RATIO_TO_A_YEAR = [
    ("multiple_of_a_year", "2022年全县教育投入3.6亿元,是2012年的2.3倍。", {"3.6亿元": 2022, "2.3倍": 2022}),
    ("share_of_last_year", "2022年全县教育投入3.6亿元,为上年的120%。", {"120%": 2022}),
    ("multiple_with_no_year_before", "全县教育投入3.6亿元,是2012年的2.3倍。", {"2.3倍": None}),
    # a count after the same words is that year's value
    ("count_of_the_year", "2022年全县学校数是2012年的120所。", {"120所": 2012}),
    # (a review's cases) the year the sentence names, where no figure stands before; a list of multiples goes on
    # of one year; the 为 of a change to a value is no ratio's
    ("multiple_after_a_dated_subject", "2022年全县教育投入是2012年的2.3倍。", {"2.3倍": 2022}),
    ("list_of_multiples", "2020年全县民办园168所,分别是2010年的1.9倍、2.6倍和1.6倍。",
     {"1.9倍": 2020, "2.6倍": 2020, "1.6倍": 2020}),
    ("change_to_a_value_of_a_year", "全县学前教育毛入园率由2019年的85%提高为2022年的92%。", {"85%": 2019, "92%": 2022}),
]


@pytest.mark.parametrize(
    ("origin", "body", "want"),
    EXAMPLES_REVIEW17_RATIO_TO_A_YEAR,
    ids=[e[0] for e in EXAMPLES_REVIEW17_RATIO_TO_A_YEAR],
)
def test_a_ratio_to_a_years_value_is_of_the_figures_year(origin: str, body: str, want: dict[str, int | None]) -> None:
    got = years_of(body)
    assert {k: got.get(k, "missing") for k in want} == want
