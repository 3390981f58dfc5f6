"""Skills a posting names, as normalised ids from schemas.vocab.SKILLS."""

from __future__ import annotations

import re

from matcher._lexicon_job import (
    SKILL_PATTERNS,
)
from matcher._sentences import Doc
from matcher._triggers import (
    SKILL_TRIGGERS,
)

_SKILLS = [(k, re.compile(p, f)) for k, p, f in SKILL_PATTERNS]


def extract_skills(doc: Doc) -> tuple[list[str], str] | None:
    """Skill ids in the order of the vocabulary, with the first sentence that named one.

    The title and benefits sections do not count (a title is not a skill the posting asks for).
    """
    found: list[str] = []
    first = -1
    for skill, rx in _SKILLS:
        for i in doc.with_words(SKILL_TRIGGERS[skill]):
            s = doc.sentences[i]
            if s.section not in ("benefits", "title") and rx.search(s.text):
                found.append(skill)
                first = i if first < 0 else min(first, i)
                break
    return (found, doc.sentences[first].text) if found else None
