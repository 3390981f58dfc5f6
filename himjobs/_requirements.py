"""The one presenter of a posting's requirements and of a match's verdicts, as rows.

The CLI (``himjobs extract`` / ``show`` tables, blocks and CSV, ``himjobs match --format json``)
and the web pages (posting detail) show the same rows, built here:

- a requirement row: ``field`` (the Requirements key, for tools), ``label`` ("Education"),
  ``level``, ``value`` (what the posting asks, in words), ``from`` (text / structured),
  ``evidence`` (as stored) and ``in_words`` (what people read: the sentence in quotes, or the
  structured field in words), ``quote`` (whether ``in_words`` is a sentence of the posting);
- a verdict row: the verdict's own fields (``field``, ``label``, ``level``, ``status``,
  ``evidence``, ``explanation``: what you have against what is asked) plus ``status_label``,
  ``in_words`` and ``quote`` as above.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from himjobs._present import pay_text
from matcher import path_summary
from schemas import MatchResult, Posting, Requirements
from schemas.models import Evidence
from schemas.vocab import CERTIFICATIONS, EDUCATION_LABELS, SKILLS

STATUS_LABELS = {"met": "met", "not_met": "not met", "unknown": "unknown"}

#: What a requirement field is called in a sentence ("employment type FULL_TIME").
FIELD_WORDS = {
    "education_required": "education",
    "education_preferred": "preferred education",
    "education_substitutable": "education substitution",
    "experience_years_required": "years of experience",
    "experience_years_preferred": "preferred years of experience",
    "employment_types": "employment type",
    "workplace": "workplace",
    "shifts": "shift",
    "pay": "pay",
    "skills": "skills",
    "certifications": "credential",
}


def _raw_value(raw: Any, path: str) -> Any:
    """The value at a dotted path ("categories.commitment") of a source's raw record."""
    node = raw
    for key in path.split("."):
        if isinstance(node, list) and node:
            node = node[0]
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    if isinstance(node, list):
        node = ", ".join(str(v) for v in node if not isinstance(v, (dict, list)))
    return None if isinstance(node, dict) or node in ("", None) else node


def _cell_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def evidence_words(
    field: str, ev: Evidence | None, *, posting: Posting | None = None, value: Any = None
) -> str:
    """Where a value came from, in words: the posting's sentence, quoted, or "from the posting's
    structured data: employment type FULL_TIME" (never a bare key such as categories.commitment).
    """
    if ev is None:
        return ""
    if ev.source != "structured":
        return f"\u201c{ev.text}\u201d"
    found = _raw_value(posting.raw, ev.text) if posting is not None else None
    shown = found if found is not None else _cell_text(value)
    words = FIELD_WORDS.get(field, field.replace("_", " "))
    return f"from the posting's structured data: {words} {shown}".rstrip()


def skill_sentences(
    posting: Posting | None, skills: list[str], *, text: str | None = None
) -> dict[str, str]:
    """For each skill the first sentence of the posting that names it (matcher's patterns):
    of its description, else of ``text`` (a posting with no Posting, as `himjobs extract` reads
    it; HTML is read as its text)."""
    from matcher import skill_sentences as sentences
    from matcher.text import html_to_text, looks_like_html

    body = posting.description if posting is not None else text
    if not body or not skills:
        return {}
    return sentences(html_to_text(body) if looks_like_html(body) else body, skills)


#: Rows that stand for one item of a list field (a credential group, a skill, a path): their
#: ``field`` names the item, as the CSV has always said, and their evidence is the list's.
_OF_ROW = {"certification": "certifications", "skill": "skills", "path": "paths"}


def _years(value: float) -> str:
    return f"{value:g} year{'' if value == 1 else 's'}"


def _words(values: Sequence[str], *, dash: bool = False) -> str:
    return ", ".join(v.replace("_", "-" if dash else " ") for v in values)


def requirement_rows(
    req: Requirements | None, posting: Posting | None = None, *, text: str | None = None
) -> list[dict[str, Any]]:
    """One row per stated requirement (module docstring), in reading order; the qualification
    paths ("one of" these ways to qualify) last. ``text``: the posting's text when there is no
    Posting (`himjobs extract`), where each skill's sentence is found."""
    if req is None:
        return []
    rows: list[dict[str, Any]] = []

    def row(field: str, label: str, level: str, value: str, ev: Evidence | None, raw: Any) -> None:
        rows.append(
            {
                "field": field,
                "label": label,
                "level": level,
                "value": value,
                "from": ev.source if ev else "",
                "evidence": ev.text if ev else "",
                "in_words": evidence_words(
                    _OF_ROW.get(field, field), ev, posting=posting, value=raw
                ),
                "quote": ev is not None and ev.source != "structured",
            }
        )

    def add(field: str, label: str, level: str, value: str) -> None:
        if value:
            row(field, label, level, value, req.evidence.get(field), getattr(req, field, None))

    for level in ("required", "preferred"):
        code = getattr(req, f"education_{level}")
        add(f"education_{level}", "Education", level, EDUCATION_LABELS.get(code or "", ""))
    if req.education_substitutable:
        add("education_substitutable", "Education", "", "experience may substitute")
    for level in ("required", "preferred"):
        years = getattr(req, f"experience_years_{level}")
        if years is not None:
            add(f"experience_years_{level}", "Experience", level, _years(years))
    for group in req.certifications:
        names = " or ".join(
            f"{c} ({CERTIFICATIONS[c][0]})" if c in CERTIFICATIONS else c for c in group.any_of
        )
        if group.within_months is not None:
            names += f", within {group.within_months} months of hire"
        row("certification", "Certification", group.level, names, group.evidence, names)
    if req.residence_states:
        value = "open only to residents of " + ", ".join(req.residence_states)
        add("residence_states", "Residence", "required", value)
    add("shifts", "Shifts", "stated", _words(req.shifts))
    add("workplace", "Workplace", "stated", _words([req.workplace or ""], dash=True))
    add("employment_types", "Employment", "stated", _words(req.employment_types))
    add("pay", "Pay", "stated", pay_text(req.pay))
    quotes = skill_sentences(posting, req.skills, text=text)
    for skill in req.skills:
        found = Evidence(source="text", text=quotes[skill]) if skill in quotes else None
        row("skill", "Skill", "", SKILLS.get(skill, skill), found, skill)
    # qualification paths and residence limits (issue 14): one row per way to qualify
    for path in req.paths:
        label = f"{path.label.capitalize()} path"
        row("path", label, "one of", path_summary(path), path.evidence, None)
    return rows


def readable_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """requirement_rows for people (CLI tables and blocks): the label for the field and the
    evidence in words."""
    return [{**r, "field": r["label"], "evidence": r["in_words"]} for r in rows]


def verdict_rows(result: MatchResult) -> list[dict[str, Any]]:
    """One row per verdict (module docstring): what the posting asks, whether you meet it, and
    the evidence in words (a structured value said as such, else the sentence)."""
    posting = result.posting
    req = posting.requirements if posting is not None else None
    rows: list[dict[str, Any]] = []
    for v in result.verdicts:
        ev = req.evidence.get(v.field) if req is not None else None
        structured = ev is not None and ev.source == "structured" and ev.text == v.evidence
        in_words = ""
        if structured:
            value = getattr(req, v.field, None)
            in_words = evidence_words(v.field, ev, posting=posting, value=value)
        elif v.evidence:
            in_words = f"\u201c{v.evidence}\u201d"
        rows.append(
            {
                **v.model_dump(mode="json"),
                "status_label": STATUS_LABELS[v.status],
                "in_words": in_words,
                "quote": bool(v.evidence) and not structured,
            }
        )
    return rows
