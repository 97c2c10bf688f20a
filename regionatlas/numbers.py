"""Numbers written as a reader of the interface language expects them.

Swedish: a space as thousands separator and a comma as decimal mark ("597 565 personer",
"0,25"), as the Swedish Language Council's *Svenska skrivregler* (Språkrådet) prescribes;
the separator is a no-break space (U+00A0) so that a number is never broken over two
lines. English: a comma as thousands separator and a point as decimal mark ("597,565").
"""

from __future__ import annotations

import math

#: Thousands separator and decimal mark per two-letter language code.
SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "sv": ("\u00a0", ","),
}
#: Separators for a language without its own entry.
DEFAULT_LANGUAGE = "en"
#: Between the two ends of a range: an en dash without spaces ("3,377–50,620"), as both
#: Svenska skrivregler and English style guides write number ranges.
RANGE_DASH = "\u2013"
#: Minus sign per language (Swedish typography uses the true minus, U+2212).
MINUS: dict[str, str] = {"en": "-", "sv": "\u2212"}


def format_number(
    value: float | int | None, decimals: int = 0, language: str = "en", *, trim: bool = False
) -> str:
    """``value`` rounded to ``decimals`` places with the separators of ``language``; with
    ``trim`` trailing zeros of the decimals are dropped ("0.75" rather than "0.7500").

    None and NaN give an empty string; infinities give "∞" / "-∞".
    """
    if value is None:
        return ""
    number = float(value)
    if math.isnan(number):
        return ""
    lang = (language or DEFAULT_LANGUAGE)[:2].lower()
    thousands, decimal = SEPARATORS.get(lang, SEPARATORS[DEFAULT_LANGUAGE])
    minus = MINUS.get(lang, "-")
    if math.isinf(number):
        return ("" if number > 0 else minus) + "∞"
    text = f"{abs(number):,.{max(int(decimals), 0)}f}"
    negative = number < 0 and any(c not in "0.," for c in text)
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return (minus if negative else "") + text


def format_range(
    low: float | int | None,
    high: float | int | None,
    decimals: int = 0,
    language: str = "en",
    *,
    trim: bool = False,
) -> str:
    """A range of numbers for a legend: "3,377–50,620" (English), "3 377–50 620" (Swedish);
    one number when both ends round to the same text."""
    first = format_number(low, decimals, language, trim=trim)
    last = format_number(high, decimals, language, trim=trim)
    if first == last or not last:
        return first
    if not first:
        return last
    return f"{first}{RANGE_DASH}{last}"
