"""Routes and figures in a job board's shorthand (session 16, probes): the records the route
readers (matcher._paths_route, matcher._paths_sides) build their patterns from, each with the
sentences that prove it (tests/matcher/test_probe16_shorthand.py checks every pattern fires on
an example and no near miss matches).
"""

from __future__ import annotations

import re
from typing import Final

from schemas.vocab import Rule

#: A credential joined to years of experience after it, one route: "CPC with 1 year of coding
#: experience", "CCS plus two years", "RHIT and 6 months of ...", and abbreviated as a classified
#: line writes it: "CCS with 1 yr. exp.", "CPC + 1 yr exp", "CCA w/ 6 mos. exp." Case-sensitive:
#: the code is upper case.
CREDENTIAL_WITH_YEARS_RULE: Final = Rule(
    "credential_with_years",
    (
        r"\b[A-Z]{2,5}(?:-[A-Z]{1,2})?\)?,? (?:with|w/|and|plus|\+) (?:at least |a minimum of |"
        r"min\.? )?[\w-]+ (?:\(\d{1,2}\) )?(?:[Yy]ears?|[Mm]onths?|[Yy]rs?\.?|[Mm]os\.?)(?![\w-])",
    ),
    examples=(
        "CPC with 1 year of coding experience",
        "CCS plus two years",
        "RHIT and 6 months of records work",
        "CCS with 1 yr. exp.",
        "CPC + 1 yr exp",
        "CCA w/ 6 mos. exp.",
        "CPC-A with min. 2 yrs coding",
    ),
    near_misses=(
        "CPC with two references",
        "RHIT and CCS",
        "CCS with a year-end bonus",
        "1 year of experience with an active CPC",
        "HIPAA and 2 yearly trainings",
    ),
    triggers=("with", "w/", "and", "plus", "+"),
    flags=0,
)
#: ... compiled once.
CREDENTIAL_WITH_YEARS_RE: Final = re.compile(CREDENTIAL_WITH_YEARS_RULE.pattern)

__all__ = ["CREDENTIAL_WITH_YEARS_RE", "CREDENTIAL_WITH_YEARS_RULE"]
