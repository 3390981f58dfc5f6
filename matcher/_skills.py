"""Skills a posting names, as normalised ids from schemas.vocab.SKILLS."""

from __future__ import annotations

import re

from matcher._lexicon import SKILL_PATTERNS
from matcher._sentences import Sentence

_SKILLS = [(k, re.compile(p, f)) for k, p, f in SKILL_PATTERNS]


def extract_skills(sentences: list[Sentence]) -> tuple[list[str], str] | None:
    found: list[str] = []
    evidence = ""
    for s in sentences:
        if s.section in ("benefits", "title"):
            continue
        for skill, rx in _SKILLS:
            if skill not in found and rx.search(s.text):
                found.append(skill)
                evidence = evidence or s.text
    return (found, evidence) if found else None
