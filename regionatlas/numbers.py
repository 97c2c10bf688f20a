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
