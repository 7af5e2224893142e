"""One exception tree, rooted in :class:`DutyReportError` (a :class:`ValueError`).

Low-level parsers raise a precise subclass that carries the offending text;
:func:`dutyreport.parse` of a whole report raises only for input it cannot read
at all (empty, undecodable) and otherwise reports what it found wrong inside the
:class:`~dutyreport.Report`.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = [
    "DecodeError",
    "DutyReportError",
    "EmptyInputError",
    "FormatError",
    "InputError",
    "MoneyError",
    "NumeralError",
    "PercentError",
    "QuantityError",
    "RatioError",
    "ReadError",
    "UnexpectedError",
]


class DutyReportError(ValueError):
    """Root of every error dutyreport raises.

    ``text`` is the offending input (or ``None`` where there is none to show).
    """

    def __init__(self, message: str, text: str | None = None) -> None:
        self.text = text
        if text is not None:
            shown = text if len(text) <= 80 else text[:77] + "..."
            message = f"{message}: {shown!r}"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt as it was (message and attributes), whatever the subclass's __init__ takes: errors cross
        # process boundaries in dutyreport.parse_many
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[DutyReportError], args: tuple[Any, ...], state: dict[str, Any]) -> DutyReportError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class NumeralError(DutyReportError):
    """A string is not a number this library can read exactly."""


class QuantityError(DutyReportError):
    """A string is not a quantity (money, percentage, count, ratio, range, per-unit)."""


class MoneyError(QuantityError):
    """A string is not an amount of money."""


class PercentError(QuantityError):
    """A string is not a percentage."""


class RatioError(QuantityError):
    """A string is not a ratio."""


class InputError(DutyReportError):
    """A whole report cannot be read at all."""


class EmptyInputError(InputError):
    """The report is empty or whitespace only."""


class FormatError(InputError):
    """Data that is not a saved report (:meth:`Report.from_dict <dutyreport.Report.from_dict>`,
    :meth:`Report.from_json <dutyreport.Report.from_json>`): a missing or mistyped key, a span that
    does not read back from the text."""


class DecodeError(InputError):
    """Bytes that are no text: neither UTF-8 nor GB18030 (nor what a byte order mark names), not even with a
    few bytes lost; ``offset`` is the first bad byte."""

    def __init__(self, message: str, offset: int) -> None:
        self.offset = offset
        super().__init__(f"{message} at byte offset {offset}")


class ReadError(InputError):
    """A report file cannot be read: there is no such file, it is a folder, or it may not be read.
    ``path`` is the file as given."""

    def __init__(self, message: str, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{message}: {self.path}")


class UnexpectedError(DutyReportError):
    """Anything else that went wrong on one file of a batch (a defect of the library, reported as that
    file's result so that the batch goes on); the message names the original exception."""
