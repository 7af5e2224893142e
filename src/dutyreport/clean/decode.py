"""Bytes to text: a byte order mark names the encoding; without one UTF-8 first (government sites mostly),
else GB18030 (a superset of GBK); a copy damaged a little is still read, its lost bytes marked.

Downloads and copies damage files in a few common ways, and one of them must not lose the whole report:

* a page cut in the middle of its last UTF-8 character (a truncated download);
* a stray invalid byte or two in an otherwise clean UTF-8 or GB18030 file;
* a file saved as UTF-16 (Notepad's "Unicode", little or big endian) or UTF-32, with its byte order mark.

A byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides the encoding. Without one, a NUL byte says the file is
no text (none in either encoding holds one; every binary file does). Then UTF-8 and GB18030 are tried strictly, but
for a character the end cuts short; where both fail, each again with a few bytes lost. A reading with lost bytes is
taken only where the damage is small: at most one byte in fifty (or one byte, in a short text) besides a character
cut at the end, and at least two characters outside ASCII read whole for each byte lost (a file of the other
encoding read this way keeps almost none). GB18030 is not self-synchronizing: a byte lost or added inside a two-byte
character puts the bytes around it out of step, so a run of multibyte characters between ASCII ones that does not
read is lost whole, never read as wrong characters. Each run of lost bytes becomes one U+FFFD in the text, never
deleted silently, and the corruption stage marks every such run as lost characters. Anything else (a binary file,
another encoding, heavy damage) raises :class:`~dutyreport.DecodeError` with the offset of the first undecodable
byte. A short UTF-8 text whose stray byte happens to leave valid GB18030 (a line or two) can read as GB18030: clean
files come first, and a short clean GB18030 text may read as UTF-8 with a byte lost just as well.
"""

from __future__ import annotations

import codecs
import re
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
# Damage allowed besides a cut last character: one lost byte in this many, and at least this many characters
# outside ASCII read whole for each lost byte.
_DAMAGE_PER: Final = 50
_WHOLE_PER_LOST: Final = 2

# Each undecodable byte reads as a lone surrogate (no strict decoding yields one), then every run of them as one
# U+FFFD. A UTF-8 run that opens with a continuation byte may be a stray byte put inside the character before it,
# which then read as a wrong but valid character: the run opens with its own mark, and takes that character with
# it where it is no ASCII one (a stray byte is lost with its neighbour, never leaves a wrong character).
_LOST: Final = "\udc00"
_STRAY: Final = "\udc01"
_LOST_RUN: Final = regex.compile(f"(?:[^\\x00-\\x7f{_LOST}{_STRAY}](?={_STRAY}))?[{_LOST}{_STRAY}]+")
_HANDLER: Final = "dutyreport.lost"


def _lost_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    n = error.end - error.start
    if error.encoding == "utf-8" and 0x80 <= error.object[error.start] < 0xC0:
        return _STRAY + _LOST * (n - 1), error.end
    return _LOST * n, error.end


codecs.register_error(_HANDLER, _lost_bytes)


def decode(data: bytes) -> str:
    """The text of ``data``; :class:`~dutyreport.DecodeError` names the first undecodable byte.

    >>> decode("汉阳区".encode("gbk"))
    '汉阳区'
    >>> decode("汉阳区".encode("utf-16"))  # (with its byte order mark)
    '汉阳区'
    >>> decode("汉阳区".encode()[:-1])  # cut inside its last character
    '汉阳\\ufffd'
    >>> decode("汉阳区".encode("gbk")[:-1])  # the same in GB18030
    '汉阳\\ufffd'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom) :], encoding, len(bom))
    nul = data.find(b"\0")
    if nul >= 0:  # no text in either encoding holds one; every binary file does (an image, an archive)
        raise DecodeError("neither UTF-8 nor GB18030", nul)
    first = 0
    for encoding in ("utf-8", "gb18030"):  # (clean files first: a short clean one may also read as damaged other)
        try:
            return _cut_short(data, encoding)
        except UnicodeDecodeError as error:
            first = max(first, error.start)
    for encoding in ("utf-8", "gb18030"):
        lost, text = _lossy(data, encoding)
        # a few bytes lost, among many characters read whole: a stray byte in a file of this encoding (a file of
        # the other encoding read this way loses most of its characters, or keeps none outside ASCII)
        if lost <= max(1, len(data) // _DAMAGE_PER) and _beyond_ascii(text) >= _WHOLE_PER_LOST * lost:
            return text
    raise DecodeError("neither UTF-8 nor GB18030", first)


def _cut_short(data: bytes, encoding: str) -> str:
    """``data`` in ``encoding``, strictly, but for a character that its end cuts short (a U+FFFD)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    text: str = decoder.decode(data, final=False)
    pending = decoder.getstate()[0]
    if not pending:
        return text
    if encoding == "gb18030" and not _gb18030_opening(pending):
        raise UnicodeDecodeError(encoding, data, len(data) - len(pending), len(data), "no character opens so")
    return text + "\ufffd"


def _gb18030_opening(tail: bytes) -> bool:
    """Whether ``tail`` (one to three bytes) can open a GB18030 character: its decoder keeps any trailing byte
    (0xFF, 0x80 too) as if more were to come."""
    return 0x81 <= tail[0] <= 0xFE and (
        len(tail) == 1 or (0x30 <= tail[1] <= 0x39 and (len(tail) == 2 or 0x81 <= tail[2] <= 0xFE))
    )


def _beyond_ascii(text: str) -> int:
    """How many characters of ``text`` are outside ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _with_bom(body: bytes, encoding: str, skip: int) -> str:
    """``body`` (what follows a byte order mark) in ``encoding``, read as :func:`decode` reads damage."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        first = skip + error.start
    lost, text = _lossy(body, encoding)
    if lost <= len(body) // _DAMAGE_PER:
        return text
    raise DecodeError(f"not {encoding.upper()} as its byte order mark says", first)


def _lossy(data: bytes, encoding: str) -> tuple[int, str]:
    """(bytes lost before the end, the text with one U+FFFD per run of lost bytes and one for a character the end
    cuts short)."""
    if encoding in _UNIT:
        cut = len(data) % _UNIT[encoding]
        raw = data[: len(data) - cut].decode(encoding, _HANDLER)
    elif encoding == "gb18030":
        return _lossy_gb18030(data)
    else:  # (the decoder keeps the bytes of a character the end cuts short)
        decoder = codecs.getincrementaldecoder(encoding)(_HANDLER)
        raw = decoder.decode(data, final=False)
        cut = len(decoder.getstate()[0])
    lost = raw.count(_LOST) + raw.count(_STRAY)
    text = _LOST_RUN.sub("\ufffd", raw) if lost else raw
    return lost, (text + "\ufffd" if cut else text)


# A run of GB18030's multibyte characters between ASCII ones (its four-byte forms hold ASCII digits).
_GB_RUN: Final = re.compile(rb"(?:[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]|[\x80-\xff])+")


def _lossy_gb18030(data: bytes) -> tuple[int, str]:
    """:func:`_lossy` for GB18030, which is not self-synchronizing: a byte lost or added inside a two-byte
    character puts every byte after it out of step, each pairing with the next into a wrong but valid
    character, until an ASCII byte (always one character alone) puts them back. Where a run of multibyte
    characters between ASCII ones does not read, the whole run is lost (one U+FFFD), never read as wrong
    characters."""
    parts: list[str] = []
    lost = pos = 0
    for m in _GB_RUN.finditer(data):
        parts.append(data[pos : m.start()].decode("ascii"))
        run, pos = m.group(), m.end()
        decoder = codecs.getincrementaldecoder("gb18030")()
        try:
            parts.append(decoder.decode(run, final=False))
        except UnicodeDecodeError:
            parts.append("\ufffd")
            lost += len(run)
            continue
        tail = decoder.getstate()[0]
        if tail and pos == len(data) and _gb18030_opening(tail):  # (cut short at the end)
            parts.append("\ufffd")
        elif tail:
            parts[-1] = "\ufffd"
            lost += len(run)
    parts.append(data[pos:].decode("ascii"))
    return lost, "".join(parts)
