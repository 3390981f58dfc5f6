"""matcher.extract: read every requirement a posting states, with the sentence it came from."""

from __future__ import annotations

import re
from typing import Any, Final

from matcher._certs import extract_certifications
from matcher._education import diploma_offered, extract_education, extract_substitution
from matcher._employment import extract_employment
from matcher._experience import extract_experience
from matcher._lexicon import (
    MAX_INPUT_CHARS,
)
from matcher._paths_flat import find_paths, flatten, hinted_routes
from matcher._paths_kinds import experience_kind
from matcher._pay import extract_pay
from matcher._residence import extract_residence
from matcher._rules import literal_gate
from matcher._schedule import extract_shifts
from matcher._sentences import Doc, Sentence, split_sentences
from matcher._skills import extract_skills
from matcher._text import looks_like_html, to_text
from matcher._workplace import extract_workplace
from schemas.models import CertificationRequirement, Evidence, Hints, Requirements
from schemas.vocab import EDUCATION_RANK

# Curly quotes and dashes become plain ones so "Associate’s" reads like "Associate's"; the
# registered / trade marks go ("CPC® or CCS®").
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2212": "-",
        "\u2010": "-",  # hyphen and non-breaking hyphen ("Full&#8209;time")
        "\u2011": "-",
        "\u00ae": "",
        "\u2122": "",
    }
)


_QUOTES_RE: Final = re.compile("[" + "".join(chr(c) for c in _QUOTES) + "]")
_QUOTE_CHARS = {chr(k): str(v) for k, v in _QUOTES.items()}  # the values are all strings


def _unquote(m: re.Match[str]) -> str:
    return _QUOTE_CHARS[m.group()]


#: pydantic-core's validator of Evidence, called directly: 0.95 us an Evidence against 2.35 for
#: model_construct (Python code) and more for Evidence(...) (docs/benchmarks.md, extraction speed).
_EVIDENCE: Final = Evidence.__pydantic_validator__.validate_python


#: The same for the models extract builds once a posting: their __init__ is Python code that only
#: calls these (and, compiled, a frame in the interpreter): building the models 84k -> 71k
#: instructions a posting (s10gate, cachegrind). They are validated as the constructors do.
_REQUIREMENTS: Final = Requirements.__pydantic_validator__.validate_python
_CERTIFICATION: Final = CertificationRequirement.__pydantic_validator__.validate_python


#: The hints of a posting that has none: read only, built once (Hints() is a Python-level
#: __init__ and a validation a call, ~5k instructions a posting compiled; s11gate).
_NO_HINTS: Final = Hints()


#: A total with a narrower part inside it ("two years of clerical experience, one of which in
#: medical records"): the total's kind is not the part's.
_PART_INSIDE_RE: Final = re.compile(
    r"\b(?:of which|of them|of those|including at least|one (?:year )?(?:must be |must have "
    r"been )?in\b|one of (?:those|these|the) years)",
    re.I,
)

#: ... needs one of its words (derived from the pattern; lower case): the search, re.I with a
#: \b tried at every character, runs only on a sentence holding one (s18speed)
_PART_INSIDE_GATE: Final = literal_gate(_PART_INSIDE_RE)

#: "Two or more years", "one (1) or more years": a floor on the figure, not alternatives of
#: kinds (session 17, s17probe2: every kind was lost after it).
_OR_MORE_RE: Final = re.compile(r"\bor (?:more|longer|greater|above)\b")


def _flat_kind(values: dict[str, Any], evidence: dict[str, Evidence]) -> None:
    """The kind of the flat required years, from the sentence stating them ("two years of medical
    records experience": records), where no route set it: without it any work counted, and a
    front-desk worker was told "Requires 2 years; you have 3 years" (s15audit)."""
    if values.get("experience_kind") is not None or values.get("experience_years_required") is None:
        return
    ev = evidence.get("experience_years_required")
    if ev is None or ev.source != "text":
        return
    low = ev.text.lower()
    # (re.I folds a few non-ASCII letters onto ASCII ones: only ASCII text is gated)
    gated = _PART_INSIDE_GATE is not None and ev.text.isascii() and not _PART_INSIDE_GATE(low)
    if not gated and _PART_INSIDE_RE.search(ev.text):
        return
    if " or " in _OR_MORE_RE.sub("", low):
        return  # "medical records or medical office - 1 year": alternatives of several kinds
    kind = experience_kind(ev.text)
    if kind not in (None, "any"):
        values["experience_kind"] = kind


def _text(sentence: str) -> Evidence:
    ev: Evidence = _EVIDENCE({"source": "text", "text": sentence})
    return ev


def extract(text: str, *, title: str | None = None, hints: Hints | None = None) -> Requirements:
    """Requirements a posting states; hints (the source's structured data) win for their fields.

    >>> r = extract("<p>High school diploma or GED required. RHIT preferred.</p><p>$19-$23/hr</p>")
    >>> r.education_required, [(c.any_of, c.level) for c in r.certifications], r.pay.min
    ('high_school', [(['RHIT'], 'preferred')], 19.0)
    >>> r.evidence["education_required"].text
    'High school diploma or GED required.'
    """
    raw = text[: MAX_INPUT_CHARS * 2] if text else ""
    # one markup test: the body's conversion and the sentence splitting both need it
    markup = looks_like_html(raw)
    body = to_text(raw, markup=markup) if raw else ""
    # str.translate with a dict looks every character up; sub replaces only what it finds
    # every character it replaces is non-ASCII: an ASCII body has none to find
    if not body.isascii():
        body = _QUOTES_RE.sub(_unquote, body)
    sentences: list[Sentence] = []
    if title:
        sentences.append(Sentence(title.strip()[:200], "title"))
    sentences += split_sentences(body, wrapped=not markup)
    doc = Doc(sentences)
    hints = hints or _NO_HINTS
    values: dict[str, Any] = {}
    evidence: dict[str, Evidence] = {}

    def structured(field: str) -> Evidence:
        return Evidence(source="structured", text=hints.fields.get(field, f"hints.{field}"))

    def from_hint(field: str, value: Any) -> bool:
        """Take the source's structured value when it gave one (it wins over the text)."""
        if value is None:
            return False
        values[field] = value
        evidence[field] = structured(field)
        return True

    def from_text(field: str, read: tuple[Any, str] | None) -> None:
        """Take a value read from the text, with the sentence it came from."""
        if read is not None:
            values[field] = read[0]
            evidence[field] = _text(read[1])

    # education
    diploma: list[tuple[str, str]] = []
    required, preferred = extract_education(doc, diploma=diploma)
    if not from_hint("education_substitutable", hints.education_substitutable):
        sub = extract_substitution(doc)
        from_text("education_substitutable", (True, sub) if sub is not None else None)
        # "Associate degree in HIT. Experience may substitute for the degree.": the degree is one
        # route; what is left for everyone is the diploma, if one is asked (docs/design.md)
        if sub is not None and required is not None and required[0] != "high_school":
            required = diploma[0] if diploma else None
    if required is not None and required[0] == "high_school" and diploma_offered(doc):
        required = None  # "experience may substitute for the high school education"
    if not from_hint("education_required", hints.education_required):
        from_text("education_required", required)
    from_text("education_preferred", preferred)

    # experience
    exp_req, exp_pref = extract_experience(doc, title)
    if not from_hint("experience_years_required", hints.experience_years_required):
        from_text("experience_years_required", exp_req)
    from_text("experience_years_preferred", exp_pref)

    # certifications carry their own evidence
    values["certifications"] = [
        _CERTIFICATION(
            {"any_of": codes, "level": level, "within_months": months, "evidence": _text(sentence)}
        )
        for codes, level, months, sentence in extract_certifications(doc)
    ]

    # employment, workplace, shifts, pay, skills
    if not from_hint("employment_types", list(hints.employment_types) or None):
        from_text("employment_types", extract_employment(doc))
    if not from_hint("workplace", hints.workplace):
        from_text("workplace", extract_workplace(doc))
    from_text("shifts", extract_shifts(doc))
    if not from_hint("pay", hints.pay):
        from_text("pay", extract_pay(doc))
    from_text("skills", extract_skills(doc))
    # alternative routes: the flat fields become what every route shares (matcher._paths)
    if (paths := find_paths(body, doc)) is not None:
        # a figure stated apart from the routes ("- Minimum 3 years of coding" below "Associate
        # degree or 2 years of coding"): read again without the routes' sentences
        flatten(paths, values, evidence, lambda kept: extract_experience(Doc(kept))[0], doc)
    hinted_routes(hints, values, evidence)
    _flat_kind(values, evidence)
    # a preference is for more than everyone must have ("graduates of an associate program are
    # welcome" beside "associate degree required" prefers nothing; no label sets both equal)
    level, liked = values.get("education_required"), values.get("education_preferred")
    if level is not None and liked is not None and EDUCATION_RANK[liked] <= EDUCATION_RANK[level]:
        del values["education_preferred"]
        evidence.pop("education_preferred", None)
    from_text("residence_states", extract_residence(doc))
    values["evidence"] = evidence
    found: Requirements = _REQUIREMENTS(values)
    return found
