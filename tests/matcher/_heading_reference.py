"""The reference ``_is_heading`` the speed tests compare matcher._lines._is_heading with:
its plain form, before the heading-phrase look-up by a line's first characters (test_speed_core)
and before the first-letter tests by ASCII comparison (test_speed_heading, s11gate)."""

from __future__ import annotations

from matcher import _lines


def is_heading_plain(line: str) -> bool:
    """_is_heading with every phrase tried by str.startswith and str.isalpha / str.isupper on
    each word's first letter."""
    if len(line) > _lines._HEADING_MAX_CHARS or not line:
        return False
    if line[-1] == ":":
        return True
    if line[-1] in _lines._SENTENCE_ENDS:
        return False
    split = line.split()
    if len(split) > 6:
        return False
    if len(line) <= 40 and line.lower().startswith(_lines._HEADING_PHRASES):
        return True
    alpha = upper = 0
    for w in split:
        if w[0].isalpha():
            alpha += 1
            upper += w[0].isupper()
    return alpha > 0 and upper >= max(1, alpha - 1)
