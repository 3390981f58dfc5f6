"""A credential earned later for a reward is no requirement (session 18, s18certprobe; examples
ours). "Pay increase upon earning RHIT", "move to Coder II upon passing the CCS exam", "advance
once you earn your CCS" tell what earning it brings, as "after earning" and the career ladder
already did (matcher._lexicon_certs.CERT_LATER_STEP_RE): the job asks no one for it. Near-misses:
the job's own condition ("contingent upon passing the CPC exam within 6 months", "conditional
upon obtaining", "depends upon earning") is required with its deadline; "upon hire" is a
requirement at hire."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Pay increase upon earning RHIT.", []),
        ("Coder I staff move to Coder II upon passing the CCS exam.", []),
        ("Advance to Coder II once you earn your CCS.", []),
        ("Hourly rate rises $1 when you earn the CRC.", []),
        ("Title changes to Registrar II upon obtaining the CTR.", []),
        ("CPC required; once you pass the CRC we promote you.", [(["CPC"], "required", None)]),
        # near-misses: the job's own condition, a requirement at hire
        (
            "Employment is contingent upon passing the CPC exam within 6 months.",
            [(["CPC"], "required", 6)],
        ),
        (
            "Offer conditional upon obtaining CCS within 12 months of hire.",
            [(["CCS"], "required", 12)],
        ),
        (
            "Continued employment depends upon earning the RHIT within one year.",
            [(["RHIT"], "required", 12)],
        ),
        ("RHIT required upon hire.", [(["RHIT"], "required", None)]),
        ("Must be CPC certified upon hire.", [(["CPC"], "required", None)]),
    ],
)
def test_a_credential_earned_for_a_reward_is_asked_of_no_one(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    got = [(c.any_of, c.level, c.within_months) for c in extract(text).certifications]
    assert got == groups
