"""The numbers of a list's items run into the words when a page lost its line breaks (``…方面1加强党的领导。2提升…``):
read alone, each is a bare number, a figure with no unit; read in order, 1, 2, 3 … each right before a word, they
number items. :func:`.scan.find_quantities` leaves them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.quantities import Count

if TYPE_CHECKING:
    from .scan import Match

__all__ = ["without_run_in_items"]

_ITEM_DIGITS = 2  # (the most digits an item's number has)


def _item_like(text: str, m: Match) -> int | None:
    """The number ``m`` reads where it could number an item run into the words (a bare whole number of at most
    :data:`_ITEM_DIGITS` digits, no digit, letter or point before it, a word's character right after it)."""
    q = m.quantity
    if type(q) is not Count or q.measure_word is not None or q.qualifier is not None:
        return None
    if len(m.text) > _ITEM_DIGITS or not (m.text.isascii() and m.text.isdigit()):
        return None
    before = text[m.start - 1] if m.start else ""
    after = text[m.end : m.end + 1]
    if (before.isascii() and before.isalnum()) or before == "." or not after.isalpha() or after.isascii():
        return None
    return int(m.text)


def without_run_in_items(text: str, found: tuple[Match, ...]) -> tuple[Match, ...]:
    """``found`` without the bare numbers that number items in order, 1 first, at least two of them (a 1 no 2
    follows stays a figure).

    >>> from dutyreport.quantities.scan import find_quantities
    >>> [m.text for m in find_quantities("方面1加强党的领导。2提升教师素质,培训教师300人次。")]
    ['300人次']
    """
    chain: list[int] = []  # (the indexes in ``found`` of the items read so far, in order)
    items: list[int] = []
    for k, m in enumerate(found):
        if len(m.text) > _ITEM_DIGITS:
            continue  # (most figures: longer than an item's number, what _item_like would refuse it for)
        n = _item_like(text, m)
        if n is None:
            continue
        if n == 1:
            if len(chain) >= 2:
                items.extend(chain)
            chain = [k]
        elif chain and n == len(chain) + 1:
            chain.append(k)
    if len(chain) >= 2:
        items.extend(chain)
    if not items:
        return found
    dropped = frozenset(items)
    return tuple(m for k, m in enumerate(found) if k not in dropped)


