"""Bytes to text: UTF-8 first (government sites mostly), else GB18030 (a superset of GBK)."""

from __future__ import annotations

from ..errors import DecodeError

__all__ = ["decode"]


def decode(data: bytes) -> str:
    """The text of ``data``; :class:`~dutyreport.DecodeError` names the first undecodable byte.

    >>> decode("汉阳区".encode("gbk"))
    '汉阳区'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as gb_error:
            offset = max(utf8_error.start, gb_error.start)
            raise DecodeError("neither UTF-8 nor GB18030", offset) from None
