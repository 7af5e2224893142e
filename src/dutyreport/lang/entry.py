"""The two row types of every word table in :mod:`dutyreport.lang`.

An :class:`Entry` is a word, what it means to the stage that reads it (its ``value``, typed per
table: a power of ten, a :class:`~dutyreport.model.quantities.Qualifier`, a weight, a role) and an
example phrase. A :class:`PatternEntry` is a regular expression and an example phrase it must read;
where a pattern row carries more (a weight, a level, a reason), its table pairs the entry with that
value: ``tuple[tuple[PatternEntry, V], ...]``.

Rows are written positionally, as table rows read best; the validators refuse an empty word or
pattern and an empty example. Every table's test reads each example back through the stage that uses
the table (``tests/lang/test_guard.py`` fails for a table no test reads), and the guard compiles every
pattern row apart: a row that does not compile fails there, not at each start of the library (the
stages compile the rows joined into their own patterns; compiling each row apart as well, at every
import, cost a tenth of the library's start).

>>> Entry("万元", 4, "171440万元").value
4
>>> PatternEntry(r"存在的?问题", "五、存在的问题").holds
()
>>> Entry("", 4, "万元")
Traceback (most recent call last):
...
ValueError: an entry needs a word (example '万元')
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs
from attrs import field, frozen

__all__ = ["Entry", "PatternEntry", "words"]

V = TypeVar("V", covariant=True)


def _non_empty(what: str) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError(f"an entry needs {what} (example {getattr(instance, 'example', '?')!r})")

    return check


@frozen
class Entry(Generic[V]):
    """One word of a table, its value for the stage that reads it, and a phrase that shows it."""

    word: str = field(validator=_non_empty("a word"))
    value: V
    example: str = field(validator=_non_empty("an example"))


@frozen
class PatternEntry:
    """One item of language data written as a regex, and a phrase it must read.

    ``holds``: words one of which every match contains, for a pattern too costly to try on a text
    that has none of them (empty: always tried).
    """

    pattern: str = field(validator=_non_empty("a pattern"))
    example: str = field(validator=_non_empty("an example"))
    holds: tuple[str, ...] = ()


def words(role: str, *pairs: tuple[str, str]) -> tuple[Entry[str], ...]:
    """A table of words that share one role, from (word, example) pairs."""
    return tuple(Entry(w, role, ex) for w, ex in pairs)
