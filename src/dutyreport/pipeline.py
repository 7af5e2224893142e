"""Read a whole report: :func:`parse` runs the stages in order and returns a :class:`Report`.

The stages, in order, each a function of the :class:`~dutyreport.document.Document` (and of what
the stages before it returned)::

    clean       find_noise, find_doc_numbers, find_corruptions   -> the Document's first layers
    structure   find_sections, find_tables                       -> its sections and tables
    metadata    read_metadata                                    -> title, region, kind, years
    quantities  find_quantities                                  -> every numeric expression
    indicators  build_indicators                                 -> the report's figures
    findings    find_findings                                    -> problems, plans, rectifications, targets
    audit       audit                                            -> checks (and implausible figures)

Every stage reads the original text and returns spans into it; nothing is re-based.
"""

from __future__ import annotations

import os

from .audit import audit
from .clean.corruptions import find_corruptions, with_placeholder_figures
from .clean.damage_text import format_controls
from .clean.decode import decode
from .clean.docnumbers import find_doc_numbers
from .clean.noise import find_noise, pinyin
from .corpus import read_bytes
from .document import Document
from .errors import EmptyInputError, InputError
from .findings import find_findings
from .indicators.build import build_indicators, joined_corruptions, with_joined
from .metadata import read_metadata
from .model.report import Corruption, Report, Title
from .quantities.scan import find_quantities
from .structure.sections import find_sections
from .structure.tables import find_tables

__all__ = ["document", "parse"]


def document(text: str) -> Document:
    """The Document of ``text`` with the layers every figure stage reads: noise, 文号, damage,
    sections, metadata and years, tables.

    >>> doc = document("清河区教育工作自查报告\\n一、基本情况\\n2023年,全区新建学校6所。")
    >>> [s.heading for s in doc.sections], doc.years.period
    (['基本情况'], (2023,))
    """
    doc = Document.of(text)
    doc = doc.with_noise(find_noise(doc))
    doc = doc.with_doc_numbers(find_doc_numbers(doc))
    doc = doc.with_corruptions(find_corruptions(doc))
    doc = doc.with_sections(find_sections(doc))
    doc = doc.with_metadata(read_metadata(doc))
    return doc.with_tables(find_tables(doc))


def parse(source: str | bytes | os.PathLike[str]) -> Report:
    """Parse one report into a :class:`Report`: a ``str`` is the report's text (never a file name),
    ``bytes`` are decoded (:func:`~dutyreport.clean.decode.decode`: a byte order mark's encoding, else UTF-8,
    else GB18030), an ``os.PathLike`` (a :class:`pathlib.Path`) is read.

    Raises :class:`~dutyreport.EmptyInputError` for empty or blank input,
    :class:`~dutyreport.DecodeError` for undecodable bytes and :class:`~dutyreport.ReadError` for a
    file that cannot be read; everything else the report gets wrong is returned inside the Report
    (corruptions, failed checks).

    >>> r = parse("汉阳区教育工作自查报告\\n一、基本情况\\n2020年,全区共有公办学校20所。")
    >>> [(i.text, i.value, i.unit, i.year) for i in r.indicators]
    [('20所', Decimal('20'), '所', 2020)]
    """
    if isinstance(source, os.PathLike):
        source = read_bytes(source)
    if isinstance(source, (bytes, bytearray)):
        text = decode(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise InputError(f"expected str (the report's text), bytes or a path, not {type(source).__name__}")
    if not text or text.isspace():  # (what ``not text.strip()`` says, without copying the text)
        raise EmptyInputError("empty report")
    doc = document(text)
    # (read as absent: the pinyin a site put after characters, and the invisible format controls a page left)
    matches = find_quantities(doc.text, skip=sorted((*pinyin(doc), *format_controls(doc.text))))
    indicators = build_indicators(doc, matches)
    found = find_findings(doc, indicators)
    audited = audit(doc, indicators)
    meta = doc.metadata
    assert meta is not None  # (document() reads it)
    return Report(
        text=text,
        title=_title(text, meta.title, meta.title_span),
        region=meta.region,
        admin_level=meta.admin_level,
        kind=meta.kind,
        period=meta.period,
        doc_numbers=doc.doc_numbers,
        sections=doc.sections,
        indicators=indicators,
        noise=doc.noise,
        corruptions=tuple(  # (in the order they stand in the text, whichever stage found them)
            sorted(
                with_joined(
                    with_placeholder_figures(text, doc.corruptions, indicators), joined_corruptions(matches, indicators)
                )
                + audited.corruptions,
                key=_place,
            )
        ),
        problems=found.problems,
        plans=found.plans,
        rectifications=found.rectifications,
        targets=found.targets,
        checks=audited.checks,
    )


def _place(c: Corruption) -> tuple[int, int]:
    return c.start, c.end


def _title(text: str, clean: str | None, span: tuple[int, int] | None) -> Title | None:
    if clean is None or span is None:
        return None
    return Title(start=span[0], end=span[1], text=text[span[0] : span[1]], clean=clean)
