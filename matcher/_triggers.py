"""Literal trigger words of every extraction rule, and the set the one-pass scan looks for.

Generated from the rule records (matcher._rules builds them): nothing here is kept by hand. A
pattern runs only on sentences holding one of its literal (lower-case) words: one pass of an
automaton over the posting finds them all, far cheaper than running every pattern on every
sentence, and most patterns are absent from a posting.
"""

from __future__ import annotations

from typing import Final

from matcher._lexicon import EXPERIENCE_TRIGGERS
from matcher._lexicon_codes import CERT_NAME_STARTS, GENERIC_CERTS
from matcher._lexicon_job import PAY_TRIGGERS, WEEKEND_DAY_WORDS
from matcher._rules import CompiledRule, compile_rules, trigger_words
from matcher._rules_education import EDUCATION_RULES
from matcher._rules_job import EMPLOYMENT_RULES, WEEK_HOURS_RULE, WORKPLACE_RULES
from matcher._rules_shift import SHIFT_RULES
from matcher._rules_substitution import SUBSTITUTION_RULE
from schemas.vocab import CERTIFICATIONS, SKILL_RULES

# The rules each field module runs, compiled once, with their trigger words.
EMPLOYMENT: Final = compile_rules(EMPLOYMENT_RULES, "employment")
#: part-time from a week's hours, run only where no type is stated in words (matcher._employment)
WEEK_HOURS: Final = compile_rules((WEEK_HOURS_RULE,), "employment")
WORKPLACE: Final = compile_rules(WORKPLACE_RULES, "workplace")
SHIFTS: Final = compile_rules(SHIFT_RULES, "shift")
SKILLS: Final = compile_rules(SKILL_RULES, "skill")


def _union(rules: list[CompiledRule]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for rule in rules for w in rule.triggers))


EDUCATION_TRIGGERS: Final = _union(compile_rules(EDUCATION_RULES, "education"))
SUBSTITUTION_TRIGGERS: Final = trigger_words(SUBSTITUTION_RULE, "substitution")
#: Case-sensitive: credential codes are written in capitals. Each code's first two letters (and
#: of its dotted form, "R.H.I.T."), the bodies of generic certifications ("AHIMA
#: certification") and the middle of the words spelled-out names start with ("Certified",
#: "REGISTERED").
CERT_TRIGGERS: Final = tuple(
    dict.fromkeys(
        [
            *(code[:2] for code in CERTIFICATIONS),
            *GENERIC_CERTS,
            *(code[0] + "." for code in CERTIFICATIONS),
            *(w[1:6] for w in CERT_NAME_STARTS),
            *(w[1:6].upper() for w in CERT_NAME_STARTS),
        ]
    )
)

#: Every lower-case trigger word, for the one-pass scan of a posting (matcher._sentences.Doc).
ALL_TRIGGERS: Final = frozenset(
    w
    for group in (
        EDUCATION_TRIGGERS,
        SUBSTITUTION_TRIGGERS,
        EXPERIENCE_TRIGGERS,
        PAY_TRIGGERS,
        WEEKEND_DAY_WORDS,  # matcher._schedule's day spans
        *(
            rule.triggers
            for rules in (EMPLOYMENT, WEEK_HOURS, WORKPLACE, SHIFTS, SKILLS)
            for rule in rules
        ),
    )
    for w in group
)
