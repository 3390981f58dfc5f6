"""Skills a posting names, as normalised ids from schemas.vocab.SKILLS."""

from __future__ import annotations

from matcher._sentences import Doc
from matcher._triggers import SKILLS as _SKILLS


def skill_sentences(text: str, skills: list[str]) -> dict[str, str]:
    """For each skill id, the first sentence of ``text`` that names it (the extractor's own
    patterns), so a verdict can quote the posting's sentence.

    >>> skill_sentences("Front desk work. Knowledge of HIPAA is required.", ["hipaa"])
    {'hipaa': 'Knowledge of HIPAA is required.'}
    """
    from matcher._sentences import split_sentences

    wanted = [(k, rx) for k, rx, _ in _SKILLS if k in skills]
    out: dict[str, str] = {}
    if not wanted:
        return out
    for sentence in split_sentences(text):
        for skill, rx in wanted:
            if skill not in out and rx.search(sentence.text):
                out[skill] = sentence.text
    return out


def extract_skills(doc: Doc) -> tuple[list[str], str] | None:
    """Skill ids in the order of the vocabulary, with the first sentence that named one.

    The title and benefits sections do not count (a title is not a skill the posting asks for).
    """
    found: list[str] = []
    first = -1
    for skill, rx, triggers in _SKILLS:
        for i in doc.with_words(triggers):
            s = doc.sentences[i]
            if s.section not in ("benefits", "title") and rx.search(s.text):
                found.append(skill)
                first = i if first < 0 else min(first, i)
                break
    return (found, doc.sentences[first].text) if found else None
