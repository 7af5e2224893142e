"""Read a whole report: :func:`parse` runs the stages in order and returns a :class:`Report`.

text → clean (noise, corruptions, 文号) → structure (sections) → metadata →
quantities → indicators → findings (problems, plans, rectifications, targets) → audit.
Every stage reads the original text and returns spans into it; nothing is re-based.
"""

from __future__ import annotations

import regex

from .audit import audit, implausible_corruptions
from .clean.decode import decode
from .clean.docnumbers import find_doc_numbers
from .clean.noise import find_corruptions, find_noise
from .errors import EmptyInputError, InputError
from .findings import find_findings
from .indicators.build import IndicatorContext, build_indicators, joined_corruptions
from .metadata import read_metadata
from .model.report import Noise, Report, Section
from .quantities.scan import find_quantities
from .spans import Breaks
from .structure import find_sections

__all__ = ["parse"]

_OPENING_YEAR = regex.compile(r"^[ \t\u3000]*((?:19|20)\d\d)年(?:度)?[，,]", regex.MULTILINE)


def parse(source: str | bytes) -> Report:
    """Parse one report (``str``, or ``bytes`` in UTF-8 or GB18030) into a :class:`Report`.

    Raises :class:`~dutyreport.EmptyInputError` for empty or blank input and
    :class:`~dutyreport.DecodeError` for undecodable bytes; everything else the report
    gets wrong is returned inside the Report (corruptions, failed checks).

    >>> r = parse("汉阳区教育工作自查报告\\n一、基本情况\\n2020年,全区共有公办学校20所。")
    >>> [(i.text, i.value, i.unit, i.year) for i in r.indicators]
    [('20所', 20, '所', 2020)]
    """
    if isinstance(source, (bytes, bytearray)):
        text = decode(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise InputError(f"expected str or bytes, not {type(source).__name__}")
    if not text.strip():
        raise EmptyInputError("empty report")
    noise = find_noise(text)
    doc_numbers = find_doc_numbers(text, noise)
    corruptions = find_corruptions(text, noise, doc_numbers)
    sections = find_sections(text, noise)
    meta = read_metadata(text, noise, sections)
    matches = find_quantities(text)
    breaks = Breaks(text)  # clause and sentence breaks, found once for the stages below
    ctx = IndicatorContext(
        noise=noise,
        corruptions=corruptions,
        sections=sections,
        report_year=max(meta.period) if meta.period else None,
        default_year=_opening_year(text, noise, sections),
        single_year=meta.period[0] if len(meta.period) == 1 else None,
        breaks=breaks,
    )
    indicators = build_indicators(text, matches, ctx)
    found = find_findings(text, sections, indicators, noise, breaks)
    checks = audit(text, indicators, sections, noise, breaks)
    corruptions += joined_corruptions(matches, indicators) + implausible_corruptions(text, checks, indicators)
    return Report(
        text=text,
        title=meta.title,
        title_span=meta.title_span,
        region=meta.region,
        admin_level=meta.admin_level,
        kind=meta.kind,
        period=meta.period,
        doc_numbers=doc_numbers,
        sections=sections,
        indicators=indicators,
        noise=noise,
        corruptions=corruptions,
        problems=found.problems,
        plans=found.plans,
        rectifications=found.rectifications,
        targets=found.targets,
        checks=checks,
    )


def _opening_year(text: str, noise: tuple[Noise, ...], sections: tuple[Section, ...]) -> int | None:
    """A report that opens ``2020年,县全面领会…`` before its first section is about that year."""
    end = sections[0].start if sections else len(text)
    for m in _OPENING_YEAR.finditer(text, 0, end):
        if not any(n.start <= m.start(1) < n.end for n in noise):
            return int(m.group(1))
    return None
