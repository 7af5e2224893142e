"""Two bounds of one figure, comparisons with 比 and the qualifier words only the normalizers read.

A phrase that bounds a figure from below and from above (大于45人小于56人, 6周岁以上、12周岁以下) is one
:class:`Range` whose ends keep their own qualifiers; the range itself has none. A comparison (比30人多) is
the figure with the qualifier the comparison makes. The shapes come from other projects' normalizer suites
(Recognizers-Text NumberRangeModel: EXAMPLES_PEER_SUITES) and from the way the reports set class sizes, ages
and amounts (EXAMPLES_UNSEEN_REPORTS); every phrase and value below is ours, worked out by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import dutyreport as d
from dutyreport.quantities.scan import find_quantities

Parser = Callable[[str], Any]

# (text, parser, view, the low end's qualifier, the high end's).
EXAMPLES_UNSEEN_REPORTS: list[tuple[str, Parser, dict[str, object], str, str]] = [
    # class sizes and ages bounded on both sides; were refused
    ("大于45人小于56人", d.parse_quantity, {"value": [45, 56], "unit": "人", "qualifier": None},
     "more_than", "less_than"),
    ("6周岁以上、12周岁以下", d.parse_quantity, {"value": [6, 12], "unit": "周岁", "qualifier": None},
     "more_than", "less_than"),
    ("不少于30所并少于50所", d.parse_quantity, {"value": [30, 50], "unit": "所", "qualifier": None},
     "at_least", "less_than"),
    ("大于40小于50人", d.parse_quantity, {"value": [40, 50], "unit": "人", "qualifier": None},
     "more_than", "less_than"),  # (the measure word written once is both ends')
    # the upper bound first
    ("不大于45人不小于30人", d.parse_quantity, {"value": [30, 45], "unit": "人", "qualifier": None},
     "at_least", "at_most"),
    ("最多8个最少3个", d.parse_quantity, {"value": [3, 8], "unit": "个", "qualifier": None}, "at_least", "at_most"),
    ("最多为12人至少为6人", d.parse_quantity, {"value": [6, 12], "unit": "人", "qualifier": None},
     "at_least", "at_most"),  # (至少为 as 最多为; was refused)
    # two joining words in a row; was refused
    ("大于30人，并且小于45人", d.parse_quantity, {"value": [30, 45], "unit": "人", "qualifier": None},
     "more_than", "less_than"),
    # amounts and percentages, read by their own normalizers too
    ("不低于1万元而且不高于3万元", d.parse_money, {"value": ["10000", "30000"], "unit": "yuan", "qualifier": None},
     "at_least", "at_most"),
    ("20万元以上；50万元以下", d.parse_money, {"value": ["200000", "500000"], "unit": "yuan", "qualifier": None},
     "more_than", "less_than"),
    ("高于60%的同时低于80%", d.parse_percent, {"value": ["0.6", "0.8"], "unit": "percent", "qualifier": None},
     "more_than", "less_than"),
    ("大于等于85%，小于等于95%", d.parse_quantity, {"value": ["0.85", "0.95"], "unit": "percent", "qualifier": None},
     "at_least", "at_most"),
    ("超过20人但不足30人", d.parse_quantity, {"value": [20, 30], "unit": "人", "qualifier": None},
     "more_than", "less_than"),
]

EXAMPLES_PEER_SUITES: list[tuple[str, Parser, dict[str, object], str, str]] = [
    # bare numbers, side by side or joined (Recognizers NumberRangeModel); were refused
    ("大于十小于二十", d.parse_quantity, {"value": [10, 20], "unit": None, "qualifier": None},
     "more_than", "less_than"),
    ("大于 300 并且小于 700", d.parse_quantity, {"value": [300, 700], "unit": None, "qualifier": None},
     "more_than", "less_than"),
    ("大于等于二百小于等于四百五", d.parse_quantity, {"value": [200, 450], "unit": None, "qualifier": None},
     "at_least", "at_most"),
    ("大于八的同时小于等于十二", d.parse_quantity, {"value": [8, 12], "unit": None, "qualifier": None},
     "more_than", "at_most"),
    ("300以上, 900以下", d.parse_quantity, {"value": [300, 900], "unit": None, "qualifier": None},
     "more_than", "less_than"),
    ("比五分之一大，比二分之一小", d.parse_quantity, {"value": ["0.2", "0.5"], "unit": None, "qualifier": None},
     "more_than", "less_than"),
]

# A reviewer's findings: the words joining two bounds in Traditional script (並且, 並) as in Simplified; were
# refused. And two equal ends bound one value only where both take it in (20 at least and 20 at most).
EXAMPLES_REVIEW: list[tuple[str, Parser, dict[str, object], str, str]] = [
    ("大於100並且小於200", d.parse_quantity, {"value": [100, 200], "unit": None, "qualifier": None},
     "more_than", "less_than"),
    ("不少於30所並少於50所", d.parse_quantity, {"value": [30, 50], "unit": "所", "qualifier": None},
     "at_least", "less_than"),
    ("不低於1萬元而且不高於3萬元", d.parse_money, {"value": ["10000", "30000"], "unit": "yuan", "qualifier": None},
     "at_least", "at_most"),
    ("不少于20人且不多于20人", d.parse_quantity, {"value": [20, 20], "unit": "人", "qualifier": None},
     "at_least", "at_most"),
]

BOUNDS = EXAMPLES_UNSEEN_REPORTS + EXAMPLES_PEER_SUITES + EXAMPLES_REVIEW


@pytest.mark.parametrize(("text", "parser", "view", "low", "high"), BOUNDS, ids=[t for t, *_ in BOUNDS])
def test_two_bounds_are_one_range_with_qualified_ends(
    text: str, parser: Parser, view: dict[str, object], low: str, high: str
) -> None:
    q = parser(text)
    assert isinstance(q, d.Range) and q.text == text
    assert q.to_dict() == view
    assert (q.low.qualifier.value, q.high.qualifier.value) == (low, high)


def test_the_ends_qualifiers_survive_the_json_view_of_the_quantity() -> None:
    # (the flat view shows [low, high] and no qualifier; the tagged quantity keeps each end's)
    from dutyreport.serialize import _converter

    q = d.parse_quantity("大于45人小于等于56人")
    data = _converter.unstructure(q, d.Quantity)
    assert (data["low"]["qualifier"], data["high"]["qualifier"]) == ("more_than", "at_most")
    assert _converter.structure(data, d.Quantity) == q


# (text, parser): no range of two bounds; the parser's own error naming the text.
EXAMPLES_NO_TWO_BOUNDS: list[tuple[str, Parser]] = [
    ("不低于13:1且不高于17:1", d.parse_quantity),  # ratios: a range holds amounts, percentages and counts only
    ("大于50人小于20人", d.parse_quantity),  # bounds nothing
    ("大于10人大于20人", d.parse_quantity),  # two lower bounds
    ("不足5所不足8所", d.parse_quantity),  # two upper bounds
    ("大于45人小于56所", d.parse_quantity),  # two measure words
    ("大于1万元小于20%", d.parse_quantity),  # an amount and a percentage
    ("大于45人小于56人", d.parse_money),  # counts are no money
    ("大于10小于", d.parse_quantity),
    ("且大于10小于20", d.parse_quantity),
    # equal ends that one of them leaves out (a reviewer's findings; were Range[20, 20])
    ("大于20小于20", d.parse_quantity),
    ("大于20小于等于20", d.parse_quantity),
    ("不少于20人且少于20人", d.parse_quantity),
    ("高于5%低于5%", d.parse_percent),
]


@pytest.mark.parametrize(("text", "parser"), EXAMPLES_NO_TWO_BOUNDS, ids=[t for t, _ in EXAMPLES_NO_TWO_BOUNDS])
def test_no_two_bounds(text: str, parser: Parser) -> None:
    with pytest.raises(d.QuantityError) as caught:
        parser(text)
    assert text in str(caught.value)


# (text, parser, view): one figure with a comparison, a lone qualifier word, or a fraction after a qualifier.
EXAMPLES_WORDED: list[tuple[str, Parser, dict[str, object]]] = [
    # a comparison with 比 (Recognizers NumberRangeModel: 比…大/低/小); was refused
    ("比30人多", d.parse_quantity, {"value": 30, "unit": "人", "qualifier": "more_than"}),
    ("比 1.5 大", d.parse_quantity, {"value": "1.5", "unit": None, "qualifier": "more_than"}),
    ("比85%高", d.parse_percent, {"value": "0.85", "unit": "percent", "qualifier": "more_than"}),
    ("比3%低", d.parse_quantity, {"value": "0.03", "unit": "percent", "qualifier": "less_than"}),
    ("比1万元少", d.parse_money, {"value": "10000", "unit": "yuan", "qualifier": "less_than"}),
    ("比二分之一小", d.parse_quantity, {"value": "0.5", "unit": None, "qualifier": "less_than"}),
    # 过 as 超过, and qualifier words after the number the scan does not read (Recognizers); were refused
    ("过200人", d.parse_quantity, {"value": 200, "unit": "人", "qualifier": "more_than"}),
    ("三所或者更多", d.parse_quantity, {"value": 3, "unit": "所", "qualifier": "at_least"}),
    ("12个或更多", d.parse_quantity, {"value": 12, "unit": "个", "qualifier": "at_least"}),
    ("5人或更少", d.parse_quantity, {"value": 5, "unit": "人", "qualifier": "at_most"}),
    ("60分 之下", d.parse_quantity, {"value": 60, "unit": "分", "qualifier": "less_than"}),
    ("过3万元", d.parse_money, {"value": "30000", "unit": "yuan", "qualifier": "more_than"}),
    # a fraction, bare or after a qualifier word (Recognizers: 超过1/2); was refused
    ("超过1/4", d.parse_quantity, {"value": "0.25", "unit": None, "qualifier": "more_than"}),
    ("五分之二以上", d.parse_quantity, {"value": "0.4", "unit": None, "qualifier": "more_than"}),
    ("八分之一", d.parse_quantity, {"value": "0.125", "unit": None, "qualifier": None}),
    # 介于/位于/在 … 之间: the opening word says no more than 之间 (Recognizers); was refused
    ("位于20和30之间", d.parse_quantity, {"value": [20, 30], "unit": None, "qualifier": None}),
    ("在1.5万与2万元之间", d.parse_money, {"value": ["15000", "20000"], "unit": "yuan", "qualifier": None}),
    ("介于8%至12%之间", d.parse_percent, {"value": ["0.08", "0.12"], "unit": "percent", "qualifier": None}),
]


@pytest.mark.parametrize(("text", "parser", "view"), EXAMPLES_WORDED, ids=[t for t, *_ in EXAMPLES_WORDED])
def test_comparisons_and_lone_qualifier_words(text: str, parser: Parser, view: dict[str, object]) -> None:
    q = parser(text)
    assert q.to_dict() == view
    assert q.text == text


EXAMPLES_NOT_WORDED: list[tuple[str, Parser]] = [
    ("比30", d.parse_quantity),  # a comparison without its closing word
    ("比约30人多", d.parse_quantity),  # a figure with a qualifier of its own
    ("过", d.parse_quantity),
    ("比30人多", d.parse_money),  # people are no money
    ("位于之间", d.parse_quantity),
    ("比30人多", d.parse_percent),
    # a year compared, not a number of years (a reviewer's findings; were Count(2020, 年))
    ("比2020年多", d.parse_quantity),
    ("比2022年高", d.parse_quantity),
    ("过2020年", d.parse_quantity),
]


@pytest.mark.parametrize(("text", "parser"), EXAMPLES_NOT_WORDED, ids=[t for t, _ in EXAMPLES_NOT_WORDED])
def test_not_worded(text: str, parser: Parser) -> None:
    with pytest.raises(d.QuantityError) as caught:
        parser(text)
    assert text in str(caught.value)


def test_a_long_text_of_many_bound_words_is_refused_quickly() -> None:
    # (a text longer than two figures is not cut at every word)
    text = "大于10小于" * 200 + "20"
    with pytest.raises(d.QuantityError):
        d.parse_quantity(text)


# (sentence, surfaces): the scan keeps two bounds two figures, as the gold of the real reports does.
EXAMPLES_SCAN_KEEPS_TWO: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("全县小学班额大于45人且小于56人的有3个。", [("大于45人", "more_than"), ("小于56人", "less_than"), ("3个", None)]),
    ("招收6周岁以上、12周岁以下的适龄儿童。", [("6周岁以上", "more_than"), ("12周岁以下", "less_than")]),
    ("经过2次督导，通过3所学校验收。", [("2次", None), ("3所", None)]),  # (过 bounds nothing in running text)
]


@pytest.mark.parametrize(("text", "surfaces"), EXAMPLES_SCAN_KEEPS_TWO, ids=[t for t, _ in EXAMPLES_SCAN_KEEPS_TWO])
def test_the_scan_keeps_two_bounds_two_figures(text: str, surfaces: list[tuple[str, str | None]]) -> None:
    got = [(m.text, m.quantity.to_dict()["qualifier"]) for m in find_quantities(text) if m.kind.value == "quantity"]
    assert got == surfaces
