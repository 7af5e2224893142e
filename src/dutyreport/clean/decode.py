"""Bytes to text: a byte order mark names the encoding; without one UTF-8 first (government sites mostly),
else GB18030 (a superset of GBK); a copy damaged a little is still read, its lost bytes marked.

Downloads and copies damage files in a few common ways, and one of them must not lose the whole report:

* a page cut in the middle of its last UTF-8 character (a truncated download);
* a stray invalid byte or two in an otherwise clean UTF-8 or GB18030 file;
* a file saved as UTF-16 (Notepad's "Unicode", little or big endian) or UTF-32, with its byte order mark.

A byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides the encoding. Without one, strict UTF-8 is
tried, then UTF-8 whose only damage is its cut last character, then strict GB18030. Where both fail, the
reading that loses fewest bytes is taken (UTF-8 on a tie), provided its damage is small: at most one byte in
fifty besides a character cut at the end, and no NUL byte (which no text in either encoding holds and every
binary file does). Each run of lost bytes becomes one U+FFFD in the text, never deleted silently, and the
corruption stage marks every such run as lost characters. Anything else (a binary file, a PNG, another
encoding) raises :class:`~dutyreport.DecodeError` with the offset of the first undecodable byte.
"""

from __future__ import annotations

import codecs
from typing import Final

import regex

from ..errors import DecodeError

__all__ = ["decode"]

# Byte order marks and the encodings they name (UTF-32 LE before UTF-16 LE: its mark starts with the other's).
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UNIT: Final = {"utf-32-le": 4, "utf-32-be": 4, "utf-16-le": 2, "utf-16-be": 2}
# Damage allowed besides a cut last character: one lost byte in this many.
_DAMAGE_PER: Final = 50

# Each undecodable byte reads as this lone surrogate (no strict decoding yields one), then every run of
# them as one U+FFFD.
_LOST: Final = "\udc00"
_LOST_RUN: Final = regex.compile(_LOST + "+")
_HANDLER: Final = "dutyreport.lost"


def _lost_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return _LOST * (error.end - error.start), error.end


codecs.register_error(_HANDLER, _lost_bytes)


def decode(data: bytes) -> str:
    """The text of ``data``; :class:`~dutyreport.DecodeError` names the first undecodable byte.

    >>> decode("汉阳区".encode("gbk"))
    '汉阳区'
    >>> decode("汉阳区".encode("utf-16"))  # (with its byte order mark)
    '汉阳区'
    >>> decode("汉阳区".encode()[:-1])  # cut inside its last character
    '汉阳\\ufffd'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom) :], encoding, len(bom))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        first = utf8_error.start
    cut = _cut(data, "utf-8")
    if cut:
        try:
            return data[:-cut].decode("utf-8") + "\ufffd"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as gb_error:
        first = max(first, gb_error.start)
    if b"\0" not in data:
        readings = [_lossy(data, encoding) for encoding in ("utf-8", "gb18030")]
        lost, text, cut = min(readings, key=lambda r: r[0] + r[2])  # (the first, UTF-8, on a tie)
        if lost <= len(data) // _DAMAGE_PER:
            return text
    raise DecodeError("neither UTF-8 nor GB18030", first)


def _with_bom(body: bytes, encoding: str, skip: int) -> str:
    """``body`` (what follows a byte order mark) in ``encoding``, read as :func:`decode` reads damage."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        first = skip + error.start
    lost, text, _ = _lossy(body, encoding)
    if lost <= len(body) // _DAMAGE_PER:
        return text
    raise DecodeError(f"not {encoding.upper()} as its byte order mark says", first)


def _lossy(data: bytes, encoding: str) -> tuple[int, str, int]:
    """(bytes lost before the end, the text with one U+FFFD per run of lost bytes, bytes of a character cut
    at the end)."""
    cut = _cut(data, encoding)
    raw = data[: len(data) - cut].decode(encoding, _HANDLER)
    lost = raw.count(_LOST)
    text = _LOST_RUN.sub("\ufffd", raw) if lost else raw
    return lost, (text + "\ufffd" if cut else text), cut


def _cut(data: bytes, encoding: str) -> int:
    """How many bytes at the end of ``data`` begin a character that the end cuts short (0 for none): the start of
    a UTF-8 sequence without all its continuation bytes, or part of a UTF-16/32 code unit."""
    if encoding in _UNIT:
        return len(data) % _UNIT[encoding]
    if encoding != "utf-8":
        return 0
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if 0x80 <= byte < 0xC0:
            continue  # a continuation byte: its sequence starts further back
        need = 2 if 0xC2 <= byte < 0xE0 else 3 if 0xE0 <= byte < 0xF0 else 4 if 0xF0 <= byte < 0xF5 else 0
        return back if need > back else 0
    return 0
