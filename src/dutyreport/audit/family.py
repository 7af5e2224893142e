"""A family of checks: a function of the parse's :class:`~dutyreport.audit.figures.Context` and the
report's figures, and the check kinds it emits.

A family is registered by decorating its function; the kinds it declares are the only ones it
emits, whatever its checks find (a family that finds two kinds of claim is two families).
``tests/audit/test_registry.py`` runs every family over the corpus, the fixtures and the
real-world excerpts and holds each check to its family's kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import field, frozen

from ..model.report import Check, CheckKind, Indicator
from .figures import Context

__all__ = ["Family", "Run", "family"]

Run = Callable[[Context, Sequence[Indicator]], list[Check]]


def _some(_: object, attribute: object, kinds: tuple[CheckKind, ...]) -> None:
    if not kinds:
        raise ValueError("a family emits at least one kind of check")


@frozen(kw_only=True)
class Family:
    """A named family of checks, the kinds of check it emits, and the function that finds them."""

    name: str
    kinds: tuple[CheckKind, ...] = field(validator=_some)
    run: Run = field(repr=False)

    def __call__(self, ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
        return self.run(ctx, inds)


def family(*kinds: CheckKind) -> Callable[[Run], Family]:
    """Register a function as a family emitting ``kinds`` (its name: the function's)."""

    def register(run: Run) -> Family:
        return Family(name=run.__name__, kinds=kinds, run=run)

    return register
