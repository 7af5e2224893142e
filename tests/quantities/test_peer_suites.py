"""Forms other projects' normalizer suites read, which ours misread or refused (quality round 7).

The shapes come from the test data of Microsoft Recognizers-Text (Chinese NumberModel, PercentModel and
NumberRangeModel specs), NVIDIA NeMo-text-processing and WeTextProcessing (Chinese cardinal, decimal and
measure cases) and chinese2digits; the numerals and sentences below are ours, and each expected value is
worked out by hand. Each row names its origin in a comment. Known misses are strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import dutyreport as d

Parser = Callable[[str], Any]

# (text, value) read by parse_number.
EXAMPLES_PEER_SUITES_NUMBERS: list[tuple[str, str]] = [
    # a big unit after a decimal scales the whole number before it (NeMo decimal: …点…万); was the decimal
    # part's group alone scaled (四十六万二千三百点五万 read as 46万 + 2300.5万)
    ("四十六万二千三百点五万", "4623005000"),
    ("三万五千点二五亿", "3500025000000"),
    ("12万3456.5万", "1234565000"),
    ("两千三百万四千点五", "23004000.5"),  # (no unit after the decimal: as before)
    ("五点五万", "55000"),
    # a whole number and a fraction apart are a mixed number (Recognizers: 1 3/5); was read as 13/5
    ("2 1/4", "2.25"),
    ("-3 1/2", "-3.5"),
    ("5 6/4", "6.5"),
    ("21/4", "5.25"),  # (no space: one fraction, as before)
    # a sign after 分之 (Recognizers: 负…分之负…); was refused
    ("四分之负三", "-0.75"),
    ("负5分之负2", "0.4"),
    ("負八分之負壹", "0.125"),
]

# (text, parser): still refused, with the parser's own error.
EXAMPLES_PEER_SUITES_REFUSED: list[tuple[str, Parser]] = [
    ("1 3/0", d.parse_number),
    ("三分之负", d.parse_number),
]


@pytest.mark.parametrize(
    ("text", "value"), EXAMPLES_PEER_SUITES_NUMBERS, ids=[t for t, _ in EXAMPLES_PEER_SUITES_NUMBERS]
)
def test_peer_suite_numbers(text: str, value: str) -> None:
    assert d.parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "parser"), EXAMPLES_PEER_SUITES_REFUSED, ids=[t for t, _ in EXAMPLES_PEER_SUITES_REFUSED]
)
def test_peer_suite_refusals(text: str, parser: Parser) -> None:
    with pytest.raises(d.DutyReportError) as caught:
        parser(text)
    assert repr(text) in str(caught.value) or text in str(caught.value)
