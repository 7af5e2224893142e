"""The marks that cut a text into sentences, their parts and clauses: one definition for every stage.

A *sentence* ends at a full stop or a line break; a *part* of a sentence also ends at a semicolon
(``全县有小学12所；初中5所。`` has two parts); a *clause* also ends at a comma or a colon. The
enumeration comma ``、`` parts the items of a list inside a clause. Full-width and ASCII forms both
count, as scraped reports mix them.

>>> [s for s in "全县有小学12所；初中5所，高中1所。".split("；")]
['全县有小学12所', '初中5所，高中1所。']
"""

from __future__ import annotations

import re

__all__ = [
    "CLAUSE_CLOSERS",
    "CLAUSE_ENDS",
    "CLOSE_BRACKETS",
    "CLOSE_BRACKET_CLASS",
    "COLONS",
    "COLON_MARKS",
    "COMMAS",
    "FULL_STOPS",
    "LABEL_CLOSE_BRACKETS",
    "LABEL_OPEN_BRACKETS",
    "LIST_MARKS",
    "OPEN_BRACKETS",
    "OPEN_BRACKET_CLASS",
    "PART_ENDS",
    "PERIODS",
    "QUOTE_MARKS",
    "RUN_STOPS",
    "SEMICOLONS",
    "SENTENCE_ENDS",
]

PERIODS = "。"  # the full stop proper (FULL_STOPS: with the marks that end an exclamation or a question)
FULL_STOPS = PERIODS + "！？!?"
SENTENCE_ENDS = FULL_STOPS + "\n"
SEMICOLONS = "；;"
PART_ENDS = SENTENCE_ENDS + SEMICOLONS
COMMAS = "，,"
COLONS = "：:"
COLON_MARKS = tuple(COLONS)  # one by one (``str.endswith``, ``in``: the empty string at a text's end is none of them)
CLAUSE_ENDS = PART_ENDS + COMMAS + COLONS
LIST_MARKS = "、"
OPEN_BRACKETS = "(（"
CLOSE_BRACKETS = ")）"
# The marks that may follow a figure (its unit) and close its clause or item on the same line: 公办园12，, xxx\n所,在校…
CLAUSE_CLOSERS = FULL_STOPS + SEMICOLONS + COMMAS + LIST_MARKS + CLOSE_BRACKETS
# The marks a line ends with where its sentence's run stops there (a part's end or a colon): before a number alone on
# the next line, no run of a preview cut one a line goes on (全县有学校\n120\n所 does; 如下:\n120 does not)
RUN_STOPS = PART_ENDS + COLONS
# The same brackets as a regex class, for either engine (``[\(（]``).
OPEN_BRACKET_CLASS = f"[{re.escape(OPEN_BRACKETS)}]"
CLOSE_BRACKET_CLASS = f"[{re.escape(CLOSE_BRACKETS)}]"
# The brackets a label stands in (【精编】, [推荐], 【学位供给】), each closing one at the place of its opening one.
LABEL_OPEN_BRACKETS = "【["
LABEL_CLOSE_BRACKETS = "】]"
QUOTE_MARKS = "《》“”‘’「」『』"
