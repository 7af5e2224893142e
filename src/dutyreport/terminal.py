"""Lines for a terminal. A scraped page (or a file's name) can carry control and format characters —
escape sequences, bells, bidirectional overrides — that a terminal would obey; what the command line
prints of them is written as escapes (``\\x1b``, ``\\u202e``) instead.
"""

from __future__ import annotations

import regex

__all__ = ["shown"]

_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}]")


def shown(line: str) -> str:
    """``line`` with its control and format characters written as escapes, the rest as it is.

    >>> print(shown("基本情况\\x1b[2J\\u202e"))
    基本情况\\x1b[2J\\u202e
    >>> print(shown("清河区\\t2023"))
    清河区\\x092023
    """
    return str(_CONTROL.sub(_escape, line))


def _escape(m: regex.Match[str]) -> str:
    cp = ord(m.group())
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"
