"""Every extraction rule is one record that proves itself (issue 17, item 1).

Each record's patterns must each match one of its examples, no near miss may match, every example
holds a trigger word, and every id has triggers. Adding a rule is one edit in one data module: the
last tests make that edit in a copy of the source and read a posting through matcher.extract.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from matcher import _triggers as triggers
from matcher import extract
from matcher._lexicon import (
    CERT_OFF_SCOPE_RE,
    IDEAL_RE,
    NEGATION_RE,
    OFF_SCOPE_RE,
    PREFERRED_RE,
    REQUIRED_RE,
    STRICT_REQUIRED_RE,
    SUBSTITUTION_RE,
)
from matcher._rules import alternation, compile_rules, lookahead, trigger_words
from matcher._rules_cues import (
    CERT_OFF_SCOPE_CUES,
    IDEAL_CUES,
    NEGATION_CUES,
    OFF_SCOPE_CUES,
    PREFERRED_CUES,
    REQUIRED_CUES,
    STRICT_REQUIRED_CUES,
)
from matcher._rules_education import EDUCATION_RULES
from matcher._rules_job import EMPLOYMENT_RULES, WEEK_HOURS_RULE, WORKPLACE_RULES
from matcher._rules_shift import SHIFT_RULES
from matcher._rules_substitution import SUBSTITUTION_RULE
from schemas.vocab import (
    CERTIFICATIONS,
    CREDENTIALS,
    EDUCATION_LADDER,
    EMPLOYMENT_TYPES,
    SHIFTS,
    SKILL_RULES,
    SKILLS,
    WORKPLACES,
    Credential,
    Rule,
)

REPO = Path(__file__).resolve().parents[2]

#: kind -> the records whose patterns run on trigger sentences, and the compiled tables.
TRIGGERED: dict[str, tuple[Rule, ...]] = {
    "skill": SKILL_RULES,
    "education": EDUCATION_RULES,
    "substitution": (SUBSTITUTION_RULE,),
    "employment": EMPLOYMENT_RULES,
    "employment_hours": (WEEK_HOURS_RULE,),
    "workplace": WORKPLACE_RULES,
    "shift": SHIFT_RULES,
}
#: cue record -> the regex built from it (a cue runs on every clause: no triggers).
CUES: dict[str, tuple[Rule, re.Pattern[str]]] = {
    "preferred": (PREFERRED_CUES, PREFERRED_RE),
    "ideal": (IDEAL_CUES, IDEAL_RE),
    "required": (REQUIRED_CUES, REQUIRED_RE),
    "strict_required": (STRICT_REQUIRED_CUES, STRICT_REQUIRED_RE),
    "negation": (NEGATION_CUES, NEGATION_RE),
    "off_scope": (OFF_SCOPE_CUES, OFF_SCOPE_RE),
    "cert_off_scope": (CERT_OFF_SCOPE_CUES, CERT_OFF_SCOPE_RE),
    "substitution": (SUBSTITUTION_RULE, SUBSTITUTION_RE),
}
ALL_RECORDS = [
    pytest.param(kind, rule, id=f"{kind}:{rule.id}")
    for kind, rules in TRIGGERED.items()
    for rule in rules
] + [pytest.param("cue", rule, id=f"cue:{name}") for name, (rule, _) in CUES.items()]


@pytest.mark.parametrize(("kind", "rule"), ALL_RECORDS)
def test_every_pattern_fires_on_an_example(kind: str, rule: Rule) -> None:
    assert rule.examples, f"{kind} rule {rule.id!r} has no example sentence"
    assert rule.near_misses, f"{kind} rule {rule.id!r} has no near miss"
    for pattern in rule.patterns:
        rx = re.compile(pattern, rule.flags)
        assert any(rx.search(e) for e in rule.examples), (
            f"{kind} rule {rule.id!r}: pattern {pattern!r} matches none of its examples"
        )


@pytest.mark.parametrize(("kind", "rule"), [p for p in ALL_RECORDS if p.values[0] != "cue"])
def test_the_built_regex_reads_examples_and_not_near_misses(kind: str, rule: Rule) -> None:
    (built,) = compile_rules((rule,), kind)
    for example in rule.examples:
        assert built.regex.search(example), f"{kind} rule {rule.id!r} misses {example!r}"
    for miss in rule.near_misses:
        assert not built.regex.search(miss), f"{kind} rule {rule.id!r} matches {miss!r}"


@pytest.mark.parametrize(("kind", "rule"), [p for p in ALL_RECORDS if p.values[0] != "cue"])
def test_every_example_holds_a_trigger(kind: str, rule: Rule) -> None:
    words = trigger_words(rule, kind)
    assert words, f"{kind} rule {rule.id!r} has no trigger words"
    for example in rule.examples:
        # the document is scanned as sentences joined by newlines ("\nged" places a word)
        low = "\n" + example.lower() + "\n"
        assert any(w in low for w in words), (
            f"{kind} rule {rule.id!r}: no trigger of {words} in its example {example!r}"
        )


@pytest.mark.parametrize("name", list(CUES))
def test_cue_regexes_are_built_from_their_records(name: str) -> None:
    rule, built = CUES[name]
    for example in rule.examples:
        assert built.search(example), f"cue {name!r} misses {example!r}"
    for miss in rule.near_misses:
        assert not built.search(miss), f"cue {name!r} matches {miss!r}"


def test_the_ids_are_the_vocabulary() -> None:
    assert [r.id for r in EMPLOYMENT_RULES] == list(EMPLOYMENT_TYPES)
    # "not_remote" is a negated remote, read as on_site
    assert sorted(r.id for r in WORKPLACE_RULES) == sorted([*WORKPLACES, "not_remote"])
    assert [r.id for r in SHIFT_RULES] == list(SHIFTS)
    assert sorted(r.id for r in EDUCATION_RULES) == sorted(EDUCATION_LADDER[1:])
    assert {r.id: r.label for r in SKILL_RULES} == SKILLS
    assert all(r.label for r in SKILL_RULES)
    assert {c.code: (c.name, c.body) for c in CREDENTIALS} == CERTIFICATIONS


def test_every_id_has_triggers_in_the_scan() -> None:
    tables = (triggers.EMPLOYMENT, triggers.WEEK_HOURS, triggers.WORKPLACE, triggers.SHIFTS)
    for table in (*tables, triggers.SKILLS):
        for rule in table:
            assert rule.triggers, rule.id
            assert set(rule.triggers) <= triggers.ALL_TRIGGERS, rule.id
    for credential in CREDENTIALS:
        assert credential.code[:2] in triggers.CERT_TRIGGERS, credential.code


@pytest.mark.parametrize("credential", CREDENTIALS, ids=lambda c: c.code)
def test_every_credential_is_read_by_code_and_by_name(credential: Credential) -> None:
    c = credential
    for text in (f"{c.code} required.", f"Required: {c.name}.", *c.examples):
        codes = [code for g in extract(text).certifications for code in g.any_of]
        assert c.code in codes, f"{c.code}: not read in {text!r}"
    for text in c.near_misses:
        codes = [code for g in extract(text).certifications for code in g.any_of]
        assert c.code not in codes, f"{c.code}: read in near miss {text!r}"


@pytest.mark.parametrize("rule", SKILL_RULES, ids=lambda r: r.id)
def test_every_skill_is_read_through_extract(rule: Rule) -> None:
    for text in rule.examples:
        assert rule.id in extract(text).skills, f"{rule.id}: not read in {text!r}"
    for text in rule.near_misses:
        assert rule.id not in extract(text).skills, f"{rule.id}: read in {text!r}"


# --- generated lookaheads and triggers ------------------------------------------------------------


def test_a_cue_with_a_new_first_letter_is_in_the_lookahead() -> None:
    # the hand-kept lookahead (?=[pdanihbwse]) skipped every cue starting with "g"
    assert not PREFERRED_RE.search("CPC good to have")
    rx = alternation((*PREFERRED_CUES.patterns, "good to have"))
    assert rx.search("CPC good to have")
    assert lookahead(r"(?:\d{1,2}|one|two) years") == "(?=[0123456789ot])"


def test_a_pattern_its_triggers_miss_gets_its_own() -> None:
    rule = Rule(
        "high_school",
        (r"\bGED\b", r"\bequivalency diploma\b", r"\b\d{2} ?(?:wpm|words per minute)"),
        triggers=("ged",),
    )
    assert trigger_words(rule, "education") == (
        "ged",
        "equivalency diploma",
        "words per minute",
        "wpm",
    )


def test_a_pattern_without_a_literal_word_fails_clearly() -> None:
    bad = Rule("acronym", (r"\b[A-Z]{2,5}\b",), examples=("EHR",), near_misses=("ehr",), flags=0)
    with pytest.raises(ValueError, match=r"skill rule 'acronym': pattern .* no literal word"):
        compile_rules((*SKILL_RULES, bad), "skill")
    # a trigger word it always contains, or a literal in the pattern, is enough
    (built,) = compile_rules((Rule("acronym", (r"\b[A-Z]{2,5}\b",), triggers=("ehr",)),), "skill")
    assert built.triggers == ("ehr",)
    (built,) = compile_rules((Rule("gerund", (r"\b\w+ing\b",)),), "skill")
    assert built.triggers == ("ing",)


def test_a_record_listed_twice_fails_clearly() -> None:
    with pytest.raises(ValueError, match="skill rule 'cpt' is listed twice"):
        compile_rules((*SKILL_RULES, SKILL_RULES[1]), "skill")


# --- one edit in one data module ------------------------------------------------------------------


def _extract_after_edit(tmp_path: Path, module: str, addition: str, text: str) -> dict[str, Any]:
    """matcher.extract(text) in a fresh interpreter, on a copy of the source whose data module
    ``module`` ends with ``addition`` (the one edit docs/extraction.md describes)."""
    for package in ("schemas", "matcher"):
        shutil.copytree(
            REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    path = tmp_path / module
    path.write_text(path.read_text() + "\n" + addition + "\n")
    code = (
        "import json, sys, matcher\n"
        f"assert matcher.__file__.startswith({str(tmp_path)!r}), matcher.__file__\n"
        f"print(matcher.extract({text!r}).model_dump_json())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout)
    return out


def test_adding_a_preferred_cue_is_one_edit(tmp_path: Path) -> None:
    text = "CPC certification good to have."
    assert extract(text).certifications == []
    out = _extract_after_edit(
        tmp_path,
        "matcher/_rules_cues.py",
        "PREFERRED_CUES = Rule(\n"
        '    "preferred",\n'
        '    (*PREFERRED_CUES.patterns, "good to have"),\n'
        '    examples=(*PREFERRED_CUES.examples, "CPC good to have"),\n'
        "    near_misses=PREFERRED_CUES.near_misses,\n"
        ")",
        text,
    )
    assert [(g["any_of"], g["level"]) for g in out["certifications"]] == [(["CPC"], "preferred")]


def test_adding_an_education_phrasing_is_one_edit(tmp_path: Path) -> None:
    text = "Equivalency diploma required."
    assert extract(text).education_required is None
    out = _extract_after_edit(
        tmp_path,
        "matcher/_rules_education.py",
        "_HS = EDUCATION_RULES[-1]\n"
        "EDUCATION_RULES = (*EDUCATION_RULES[:-1], Rule(\n"
        '    "high_school",\n'
        '    (*_HS.patterns, r"\\bequivalency diploma\\b"),\n'
        '    examples=(*_HS.examples, "equivalency diploma"),\n'
        "    near_misses=_HS.near_misses,\n"
        "    triggers=_HS.triggers,\n"
        "))",
        text,
    )
    assert out["education_required"] == "high_school"


def test_adding_a_credential_is_one_edit(tmp_path: Path) -> None:
    # "RH..." codes were triggered by a hand-kept "RHI" prefix: RHDS extracted nothing
    text = "RHDS required."
    assert extract(text).certifications == []
    out = _extract_after_edit(
        tmp_path,
        "schemas/_rules_credentials.py",
        "CREDENTIALS = (*CREDENTIALS, C(\n"
        '    "RHDS", "Registered Healthcare Documentation Specialist", "AHDI"\n'
        "))",
        text,
    )
    assert [(g["any_of"], g["level"]) for g in out["certifications"]] == [(["RHDS"], "required")]


def test_adding_a_skill_without_triggers_is_one_edit(tmp_path: Path) -> None:
    text = "Experience with an encoder is needed."
    assert extract(text).skills == []
    out = _extract_after_edit(
        tmp_path,
        "schemas/_rules_skills.py",
        "SKILL_RULES = (*SKILL_RULES, Rule(\n"
        '    "encoder",\n'
        '    (r"\\bencoders?\\b",),\n'
        '    examples=("3M encoder",),\n'
        '    near_misses=("encoding",),\n'
        '    label="encoder software",\n'
        "))",
        text,
    )
    assert out["skills"] == ["encoder"]
