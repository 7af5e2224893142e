"""Subjects as the audit compares them: bare of digits, units and lead verbs (:func:`bare_subject`),
alike by the characters they share (:func:`f1`), and the school level they name (:func:`level_of`).
:class:`~.figures.Context` keeps what it asks of each subject once per parse.
"""

from __future__ import annotations

import re

from ..lang.audit import LEVELS, SUBJECT_LEADS, SUBJECT_NOISE
from ..patterns import skipping

__all__ = ["bare_subject", "char_counts", "f1", "f1_of", "level_of"]

_SUBJECT_LEAD = re.compile(rf"^(?:{SUBJECT_LEADS.pattern})")
_SUBJECT_NOISE = re.compile(SUBJECT_NOISE.pattern)
_LEVELS = tuple(re.compile(e.pattern) for e in LEVELS)
# (most subjects name no level at all; led by a look-ahead on the words' first characters, which the engine skips
# along to)
_ANY_LEVEL = skipping(re.compile("|".join(f"(?:{e.pattern})" for e in LEVELS)))


def bare_subject(subject: str) -> str:
    """A subject without digits, punctuation, units and lead verbs, as subjects are compared."""
    bare = _SUBJECT_NOISE.sub("", subject)
    lead = _SUBJECT_LEAD.match(bare)  # (anchored, and never empty: what its sub takes away, read once)
    return bare if lead is None else bare[lead.end() :]


def char_counts(s: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def f1(a: str, b: str, counts_a: dict[str, int] | None = None, counts_b: dict[str, int] | None = None) -> float:
    """The F1 of the characters two subjects share (as multisets): 1.0 for the same characters."""
    if not a or not b:
        return 0.0
    ca = char_counts(a) if counts_a is None else counts_a
    cb = char_counts(b) if counts_b is None else counts_b
    shared = ca.keys() & cb.keys()
    # where one of them holds each character once, each shared character counts once
    once = len(ca) == len(a) or len(cb) == len(b)
    return f1_of(len(shared) if once else sum(min(ca[ch], cb[ch]) for ch in shared), len(a), len(b))


def f1_of(common: int, len_a: int, len_b: int) -> float:
    """The F1 of ``common`` shared characters of two subjects of these lengths."""
    if common == 0:
        return 0.0
    p, r = common / len_a, common / len_b
    return 2 * p * r / (p + r)


def level_of(s: str, leftmost: bool = False) -> int | None:
    """The school level a subject names: the only one, or (``leftmost``) the first one."""
    if _ANY_LEVEL.search(s) is None:
        return None  # (one search for them all: no level's words stand in it)
    found = [(m.start(), i) for i, rx in enumerate(_LEVELS) if (m := rx.search(s))]
    if leftmost and found:
        return min(found)[1]
    return found[0][1] if len(found) == 1 else None
