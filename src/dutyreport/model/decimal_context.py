"""The decimal context the library computes in, whatever the caller's.

:mod:`decimal` arithmetic reads the thread's current context: a caller who lowers the precision
(``decimal.getcontext().prec = 6``) or traps ``Inexact`` would change the library's results or make
it raise. Every computation of the library runs in :data:`LIBRARY_CONTEXT` instead — Python's
default context, written out here so that nothing the caller set before the import leaks in::

    with decimal.localcontext(LIBRARY_CONTEXT):
        ...

>>> import decimal
>>> with decimal.localcontext() as caller:
...     caller.prec = 6
...     with decimal.localcontext(LIBRARY_CONTEXT):
...         str(decimal.Decimal(2) / 3)
'0.6666666666666666666666666667'
"""

from __future__ import annotations

import decimal

__all__ = ["LIBRARY_CONTEXT"]

LIBRARY_CONTEXT = decimal.Context(
    prec=28,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
