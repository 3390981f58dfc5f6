"""The field of study a profile's field_of_study names (schemas.vocab.STUDY_FIELD_WORDS)."""

from __future__ import annotations

import re

from schemas.vocab import STUDY_FIELD_WORDS, STUDY_FIELDS

#: Separators people (and programs passing a vocabulary id) put between the words of a field:
#: "health_information", "Health-Information Technology", "Billing/Coding".
_SEPARATORS = re.compile(r"[_/\-]+")


def study_field(text: str | None) -> str | None:
    """The field a profile's field_of_study names: a vocabulary id (schemas.vocab.STUDY_FIELDS)
    as it is, free text by STUDY_FIELD_WORDS; None when unsaid or outside the vocabulary.

    >>> study_field("Health Information Technology"), study_field("Business"), study_field(None)
    ('health_information', None, None)
    >>> study_field("health_information"), study_field("Healthcare Administration")
    ('health_information', 'healthcare')
    """
    if not text or not text.strip():
        return None
    if text.strip() in STUDY_FIELDS:
        return text.strip()
    low = f" {_SEPARATORS.sub(' ', text.lower())} "
    for name, words in STUDY_FIELD_WORDS:
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            return name
    return None
