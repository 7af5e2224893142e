"""Dates as reports write them: one pattern of a year for every stage that reads one.

A report's years are this century's or the last one's, written in Arabic digits:

>>> import re
>>> re.findall(YEAR, "2019年至2023年，共投入1200万元")
['2019', '2023']
>>> re.findall(f"({YEAR}){YEAR_MARK}", "2019至2023年")
['2023']
"""

from __future__ import annotations

__all__ = ["YEAR", "YEAR_MARK"]

YEAR = r"(?:19|20)[0-9]{2}"
YEAR_MARK = "年"  # what a year is written with (2023年)
