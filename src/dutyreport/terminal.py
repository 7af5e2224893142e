"""Lines for a terminal. A scraped page (or a file's name) can carry control and format characters —
escape sequences, bells, bidirectional overrides — that a terminal would obey; what the command line
prints of them is written as escapes (``\\x1b``, ``\\u202e``) instead.
"""

from __future__ import annotations

import os

import regex

from .errors import DutyReportError, ReadError

__all__ = ["failure", "json_shown", "shown"]

_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}]")
# (in JSON text: what json.dumps leaves raw; below U+0020 it escapes every one inside strings, and the rest, line
# breaks and tabs, stand between its tokens)
_JSON_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}--[\x00-\x1f]]", regex.V1)


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


def json_shown(text: str) -> str:
    """JSON text with its control and format characters (raw in ``ensure_ascii=False`` output: C1 controls,
    bidirectional overrides) written as ``\\u`` escapes, which read back as the same characters.

    >>> import json
    >>> out = json_shown(json.dumps({"text": "报告\u202e\x9b2J"}, ensure_ascii=False))
    >>> print(out)
    {"text": "报告\\u202e\\u009b2J"}
    >>> json.loads(out)["text"] == "报告\u202e\x9b2J"
    True
    """
    return str(_JSON_CONTROL.sub(_json_escape, text))


def _json_escape(m: regex.Match[str]) -> str:
    cp = ord(m.group())
    if cp < 0x10000:
        return f"\\u{cp:04x}"
    cp -= 0x10000
    return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"


def failure(error: DutyReportError, path: str | os.PathLike[str]) -> str:
    """The one line saying why the report at ``path`` (``-``: standard input) could not be read or parsed: a
    :class:`~dutyreport.ReadError` names its file itself; any other error is prefixed with it.

    >>> from dutyreport.errors import EmptyInputError
    >>> print(failure(EmptyInputError("empty report"), "-"))
    dutyreport: <stdin>: empty report
    """
    where = "" if isinstance(error, ReadError) else f"{'<stdin>' if os.fspath(path) == '-' else os.fspath(path)}: "
    return shown(f"dutyreport: {where}{error}")
