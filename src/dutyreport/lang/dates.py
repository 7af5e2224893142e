"""Dates: the one spelling of a year that every pattern builds on."""

from __future__ import annotations

__all__ = ["YEAR"]

# A year of the reports' era, 1900 to 2099, in ASCII digits.
YEAR = r"(?:19|20)[0-9]{2}"
