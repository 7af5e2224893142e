"""The marks of :mod:`dutyreport.lang.punctuation` in the forms the stages read them in."""

from __future__ import annotations

import re

from dutyreport.lang.punctuation import (
    CLOSE_BRACKET_CLASS,
    CLOSE_BRACKETS,
    COLON_MARKS,
    COLONS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
)


def test_the_colon_marks_are_the_colons_one_by_one() -> None:
    # a line ends with a colon of either width; a text's end (the empty string after it) is no colon
    assert "主要问题如下：".endswith(COLON_MARKS) and "主要问题如下:".endswith(COLON_MARKS)
    assert not "主要问题如下".endswith(COLON_MARKS) and "" not in COLON_MARKS
    assert sorted(COLON_MARKS) == sorted(COLONS)


def test_the_bracket_classes_match_each_bracket_and_nothing_else() -> None:
    text = "生均公用经费(元)，专任教师（人）[注]"
    assert [m.group() for m in re.finditer(OPEN_BRACKET_CLASS, text)] == [c for c in text if c in OPEN_BRACKETS]
    assert [m.group() for m in re.finditer(CLOSE_BRACKET_CLASS, text)] == [c for c in text if c in CLOSE_BRACKETS]
    assert len(re.findall(OPEN_BRACKET_CLASS, text)) == 2
