"""What the audit's shortcuts read of a table's pattern besides its characters (which
:func:`~dutyreport.patterns.known` holds): its widest match and the words its matches open with. A
pattern that does not let them be read is refused where it is compiled, at import, not met later as a
shortcut that silently falls back on a scan."""

from __future__ import annotations

import re

from ..patterns import lead_words, max_width

__all__ = ["known_leads", "known_width"]


def known_width(pattern: re.Pattern[str]) -> int:
    """:func:`~dutyreport.patterns.max_width` of ``pattern``, refused where its matches have no bound.

    >>> known_width(re.compile("分别(?:为|是)"))
    3
    >>> known_width(re.compile("分别.+"))
    Traceback (most recent call last):
    ...
    ValueError: no width known for '分别.+'
    """
    width = max_width(pattern)
    if width is None:
        raise ValueError(f"no width known for {pattern.pattern!r}")
    return width


def known_leads(pattern: str) -> tuple[str, ...]:
    """:func:`~dutyreport.patterns.lead_words` of ``pattern``, refused where a match may open otherwise
    than with one of its plain words.

    >>> known_leads("(?:分别|依次)(?:为|是)")
    ('分别', '依次')
    >>> known_leads("[分依]别为")
    Traceback (most recent call last):
    ...
    ValueError: no lead words known for '[分依]别为'
    """
    words = lead_words(pattern)
    if words is None:
        raise ValueError(f"no lead words known for {pattern!r}")
    return words
