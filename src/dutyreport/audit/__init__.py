"""The arithmetic audit: every consistency a report's own numbers make checkable.

Each :class:`~dutyreport.model.report.Check` states its claim with the report's figures as written
(``124680万元 - 118350万元 = 6330万元``), the spans of every figure involved, the computed value and
whether the claim holds *within the precision the report itself uses* (a stated 5.35% holds for a
computed 5.3485%). Everything is computed with :class:`~decimal.Decimal`, in the library's own
decimal context (:data:`~dutyreport.model.decimal_context.LIBRARY_CONTEXT`), whatever the caller's.

The checks come from :data:`FAMILIES`, run in order over one :class:`~.figures.Context` per parse
(it reads a figure alone with :mod:`.values`, compares subjects with :mod:`.subjects` and finds years
and period words with :mod:`.periods`).
Each family declares the kinds of check it emits, and emits no other (its kind never depends on
what it finds). The families, by module:

* :mod:`.parts` — ``PARTS_TOTAL``: parts and their total (``共有学校16所:幼儿园5所、小学7所…``; the
  parts of a ``其中``, at most the total; ``192所(个)`` counted in both words), a breakdown in the next
  sentence, parts listed before their total (``…,共计212.5万元``), a second breakdown of one total
  (``…;农村374所,城区24所``), a table's total row, a total of new staff and its channels;
* :mod:`.priors` — ``GROWTH``: a change whose base the report states outside its sentence (the year
  before's figure in another section: ``比上年增长5.6%``; the same figure stated before: ``提高到…,提高…``);
  ``BOUND``: a goal said to keep a figure growing, at least the year before's figure;
* :mod:`.series` — a series of years' figures (``…分别为a、b和c``, one a year): their total over the span
  (``PARTS_TOTAL``) and their yearly average rate of change (``GROWTH``);
* :mod:`.progress` — work done out of what was found: the rate (``SHARE``), the rest
  (``PARTS_TOTAL``), or done within found (``BOUND``);
* :mod:`.growth` — ``GROWTH``: two years' figures and their difference or rate (a fall's without its
  sign: ``比上年的X下降1.73%``; percentages' in points), a table row's change,
  the rate after ``从A提高到B``, figures listed with their prior values; ``SIGN``: ``从A提高到B``
  itself, rates said all to rise (``均比上年增长``);
* :mod:`.shares` — ``SHARE``: shares over their numerator and denominator, the share of a figure
  named earlier (``…占…支出X万元的比例Y%``), rates named after the whole and the part (``适龄儿童…人,
  已入学…人,入学率…``) or after the part, over the earlier figure it is most like (``达标学校…所,
  达标率…``), a figure per student after its total, coverage rates over counts, ``生师比`` over
  students and teachers; ``BOUND``: a ratio said to reach a standard;
* :mod:`.comparisons` — ``BOUND``: stated and respective comparisons, a standard's bounds, teachers'
  pay against civil servants', a figure reached against its goal;
* :mod:`.bounds` — ``BOUND``: a part of a sample, per-student spending, one year within a period;
  ``MAGNITUDE``: a spending item above the whole education budget (flagged, never fixed);
* :mod:`.repeated` — ``REPEATED``: one figure stated twice, a budget and its execution, a threshold,
  an allowance;
* :mod:`.counts` — ``NAMED_COUNT``: a count of named things and the names (``三大机制``, ``四公开:``,
  places: ``河北、山西…等6省``; a list named again by its first item: ``A等七个乡镇``), as many figures
  as names (``A、B、C分别为x、y、z``).

Their words are in :mod:`dutyreport.lang.audit`.
"""

from __future__ import annotations

import bisect
import decimal
from collections.abc import Sequence

from attrs import frozen

from ..document import Document
from ..model.decimal_context import LIBRARY_CONTEXT
from ..model.report import Check, CheckKind, Corruption, CorruptionKind, Indicator
from . import bounds, comparisons, counts, growth, parts, priors, progress, repeated, series, shares
from .family import Family
from .figures import Context, value

__all__ = ["FAMILIES", "Audit", "Family", "audit", "implausible_corruptions"]

# Every family, in the order its checks are kept when two state the same claim over the same figures.
FAMILIES: tuple[Family, ...] = (
    parts.parts_and_total,
    parts.next_sentence_parts,
    parts.parts_then_total,
    parts.second_breakdown,
    series.series_total,
    progress.done_rate,
    progress.done_and_rest,
    progress.done_within_found,
    parts.supply,
    growth.growth,
    growth.table_columns,
    parts.table_total,
    bounds.sample,
    growth.from_to,
    growth.from_to_rate,
    series.series_average_growth,
    priors.prior_elsewhere,
    priors.goal_over_last_year,
    growth.all_rise,
    shares.share,
    shares.share_of_named,
    shares.rate_of_pair,
    shares.rate_of_earlier_whole,
    shares.per_student_of_total,
    shares.coverage,
    shares.student_teacher_ratio,
    shares.ratio_standard,
    comparisons.comparison,
    comparisons.pay_parity,
    comparisons.respective_comparison,
    growth.respective_growth,
    comparisons.target_met,
    comparisons.standard_bounds,
    bounds.budget_magnitude,
    bounds.per_student,
    bounds.period_total,
    repeated.repeated_figures,
    repeated.budget_executed,
    repeated.thresholds,
    repeated.fixed_figures,
    counts.respectively,
    counts.named_counts,
)


@frozen(kw_only=True)
class Audit:
    """The audit stage's result: the checks, and an ``IMPLAUSIBLE`` corruption on each figure a
    magnitude check flags."""

    checks: tuple[Check, ...]
    corruptions: tuple[Corruption, ...]


def audit(doc: Document, indicators: Sequence[Indicator]) -> Audit:
    """Every check the report's numbers make possible, in reading order."""
    with decimal.localcontext(LIBRARY_CONTEXT):
        inds = outside_noise(doc, indicators)
        ctx = Context(doc)
        unique: dict[tuple[str, tuple[tuple[int, int], ...]], Check] = {}
        for family in FAMILIES:
            for c in family.run(ctx, inds):  # (the family's function itself: what calling the family does)
                if c.figures:
                    unique.setdefault((c.claim, tuple([(f.start, f.end) for f in c.figures])), c)
        found = tuple(sorted(unique.values(), key=lambda c: (c.start, c.kind.value)))
        return Audit(checks=found, corruptions=implausible_corruptions(doc.text, found, indicators))


def outside_noise(doc: Document, indicators: Sequence[Indicator]) -> list[Indicator]:
    """The figures that do not start in noise (:meth:`Document.in_noise`, its bisection written out here:
    it is asked of every figure)."""
    noise = doc.noise_index
    if not noise.spans:
        return list(indicators)
    starts, ends, right = noise.starts, noise.ends, bisect.bisect_right
    return [i for i in indicators if not ((k := right(starts, i.start) - 1) >= 0 and i.start < ends[k])]


def implausible_corruptions(
    text: str, checks: Sequence[Check], indicators: Sequence[Indicator]
) -> tuple[Corruption, ...]:
    """An ``IMPLAUSIBLE`` corruption on each figure a magnitude check flags."""
    out: list[Corruption] = []
    flagging = [c for c in checks if c.kind is CheckKind.MAGNITUDE and not c.holds]
    if not flagging:
        return ()  # (the common case: no figure to look up)
    # (the figures at the flagged checks' spans only, by span: the others are never looked up)
    wanted = {(f.start, f.end) for c in flagging for f in c.figures}
    at: dict[tuple[int, int], list[tuple[int, Indicator]]] = {}
    for k, i in enumerate(indicators):
        span = (i.start, i.end)
        if span in wanted:
            at.setdefault(span, []).append((k, i))
    for c in flagging:
        start, end = c.figures[0].start, c.figures[0].end
        flagged = [(k, i) for f in c.figures for k, i in at.get((f.start, f.end), ()) if value(i) == c.computed]
        if flagged:
            _, i = max(flagged, key=lambda f: f[0])  # the last such figure, in reading order
            start, end = i.start, i.end
        out.append(
            Corruption(start=start, end=end, text=text[start:end], kind=CorruptionKind.IMPLAUSIBLE, note=c.claim)
        )
    return tuple(out)
