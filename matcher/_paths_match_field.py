"""The field of study a profile's free text names (schemas.vocab.STUDY_FIELD_WORDS)."""

from __future__ import annotations

import re

from schemas.vocab import STUDY_FIELD_WORDS


def study_field(text: str | None) -> str | None:
    """The field a profile's free-text field_of_study names, by STUDY_FIELD_WORDS.

    >>> study_field("Health Information Technology"), study_field("Business"), study_field(None)
    ('health_information', None, None)
    """
    if not text:
        return None
    low = f" {text.lower()} "
    for name, words in STUDY_FIELD_WORDS:
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            return name
    return None
