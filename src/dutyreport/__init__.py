"""dutyreport: typed, grounded data from Chinese education-duty reports (履行教育职责报告).

The package follows the pipeline (:mod:`dutyreport.pipeline` runs it): ``clean`` (bytes to text,
noise, damage, 文号) → ``structure`` (sections, tables) → ``metadata`` (title, region, period) →
``quantities`` (numerals, the quantity grammar, the normalizers, ``find_quantities``) → ``indicators``
(subjects, years, canonical keys) → ``findings`` (problems, plans, rectifications, targets) → ``audit``
(checks).
Every stage reads one :class:`~dutyreport.document.Document`; every word table lives in ``lang``.
The model is in ``model``; ``serialize`` is the JSON view; ``corpus``, ``frames`` and ``export``
read folders into tables; ``cli`` is the command line.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    DecodeError,
    DutyReportError,
    EmptyInputError,
    FormatError,
    InputError,
    MoneyError,
    NumeralError,
    PercentError,
    QuantityError,
    RatioError,
    ReadError,
    UnexpectedError,
)

# The model and the functions load on first use (a function's stage compiles its patterns then), so
# that ``import dutyreport`` stays quick for a user who wants one normalizer: importing the package
# loads only the error tree.
_LAZY = {
    "Excerpt": "model.grounded",
    "Grounded": "model.grounded",
    "Span": "model.grounded",
    "Count": "model.quantities",
    "Money": "model.quantities",
    "Percent": "model.quantities",
    "PerUnit": "model.quantities",
    "Qualifier": "model.quantities",
    "Quantity": "model.quantities",
    "Range": "model.quantities",
    "Ratio": "model.quantities",
    "AdminLevel": "model.report",
    "Check": "model.report",
    "CheckKind": "model.report",
    "Comparator": "model.report",
    "Corruption": "model.report",
    "CorruptionKind": "model.report",
    "Deadline": "model.report",
    "DocNumber": "model.report",
    "Indicator": "model.report",
    "IndicatorKind": "model.report",
    "Measure": "model.report",
    "Noise": "model.report",
    "NoiseKind": "model.report",
    "Plan": "model.report",
    "Point": "model.report",
    "Problem": "model.report",
    "Rectification": "model.report",
    "Report": "model.report",
    "ReportKind": "model.report",
    "Responsible": "model.report",
    "Section": "model.report",
    "Status": "model.report",
    "Target": "model.report",
    "Title": "model.report",
    "Match": "quantities.scan",
    "MatchKind": "quantities.scan",
    "find_quantities": "quantities.scan",
    "parse_money": "quantities.normalize",
    "parse_percent": "quantities.normalize",
    "parse_quantity": "quantities.normalize",
    "parse_ratio": "quantities.normalize",
    "parse_number": "quantities.numerals",
    "parse": "pipeline",
    "parse_file": "corpus",
    "parse_many": "corpus",
    "Frame": "frames",
    "indicators_frame": "frames",
    "checks_frame": "frames",
    "targets_frame": "frames",
    "problems_frame": "frames",
    "rectifications_frame": "frames",
    "to_dict": "serialize",
    "to_json": "serialize",
    "json_schema": "serialize",
}

if TYPE_CHECKING:
    from .corpus import parse_file, parse_many
    from .frames import Frame, checks_frame, indicators_frame, problems_frame, rectifications_frame, targets_frame
    from .model.grounded import Span
    from .model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio
    from .model.report import (
        AdminLevel,
        Check,
        CheckKind,
        Comparator,
        Corruption,
        CorruptionKind,
        Deadline,
        DocNumber,
        Indicator,
        IndicatorKind,
        Measure,
        Noise,
        NoiseKind,
        Plan,
        Point,
        Problem,
        Rectification,
        Report,
        ReportKind,
        Responsible,
        Section,
        Status,
        Target,
        Title,
    )
    from .pipeline import parse
    from .quantities.normalize import parse_money, parse_percent, parse_quantity, parse_ratio
    from .quantities.numerals import parse_number
    from .quantities.scan import Match, MatchKind, find_quantities
    from .serialize import json_schema, to_dict, to_json

    __version__: str


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dutyreport' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def _version() -> str:
    """The installed distribution's version (pyproject.toml's), read on first use."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(__name__)
    except PackageNotFoundError:  # imported from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AdminLevel",
    "Check",
    "CheckKind",
    "Comparator",
    "Corruption",
    "CorruptionKind",
    "Count",
    "Deadline",
    "DecodeError",
    "DocNumber",
    "DutyReportError",
    "EmptyInputError",
    "Excerpt",
    "FormatError",
    "Frame",
    "Grounded",
    "Indicator",
    "IndicatorKind",
    "InputError",
    "Match",
    "MatchKind",
    "Measure",
    "Money",
    "MoneyError",
    "Noise",
    "NoiseKind",
    "NumeralError",
    "PerUnit",
    "Percent",
    "PercentError",
    "Plan",
    "Point",
    "Problem",
    "Qualifier",
    "Quantity",
    "QuantityError",
    "Range",
    "Ratio",
    "RatioError",
    "ReadError",
    "Rectification",
    "Report",
    "ReportKind",
    "Responsible",
    "Section",
    "Span",
    "Status",
    "Target",
    "Title",
    "UnexpectedError",
    "checks_frame",
    "find_quantities",
    "indicators_frame",
    "json_schema",
    "parse",
    "parse_file",
    "parse_many",
    "parse_money",
    "parse_number",
    "parse_percent",
    "parse_quantity",
    "parse_ratio",
    "problems_frame",
    "rectifications_frame",
    "targets_frame",
    "to_dict",
    "to_json",
]
