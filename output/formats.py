"""German number and date formats for every German view (report, web app, `reifegrad result`)."""
from __future__ import annotations

import math
from datetime import datetime


def de_number(value: float | None, digits: int = 1, unit: str = "") -> str:
    """German number format (1.234,5); a dash for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return text + unit


def de_signed(value: float | None, digits: int = 1) -> str:
    """A change with its sign (+4,6 / −1,0); a dash for missing values."""
    if value is None:
        return "–"
    return ("+" if value >= 0 else "−") + de_number(abs(value), digits)


def de_date(value: str | None) -> str:
    """ISO timestamp as German date and time (UTC), e.g. 02.11.2026 01:02."""
    if not isinstance(value, str) or not value:
        return "–"
    stamp = datetime.fromisoformat(value)
    return stamp.strftime("%d.%m.%Y %H:%M" if len(value) > 10 else "%d.%m.%Y")
