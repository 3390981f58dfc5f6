"""The candidate's preferences against a posting: place, workplace, shifts, job type, pay.

Preferences never change eligibility. Each stated preference gives a "preferred" verdict whose
field is in matcher._rank.PREFERENCE_FIELDS: not_met ones are the result's ``relaxed`` list, and a
posting that does not say (no pay stated, no state given) is unknown, not relaxed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from matcher import _explain as ex
from matcher._rank import hourly_pay, posting_pay
from schemas import CandidateProfile, Posting, Requirements, Verdict
from schemas.models import Evidence
from schemas.vocab import VerdictStatus


def _pref(
    field: str, label: str, status: VerdictStatus, text: str, evidence: Evidence | None = None
) -> Verdict:
    return Verdict(
        field=field,
        label=label,
        level="preferred",
        status=status,
        evidence=None if evidence is None else evidence.text,
        explanation=text,
    )


def _is_remote(posting: Posting | None, req: Requirements | None) -> bool:
    return (req is not None and req.workplace == "remote") or (
        posting is not None and posting.remote is True
    )


def _location(posting: Posting, req: Requirements | None, profile: CandidateProfile) -> Verdict:
    # State-level only: without geodata a city in the same state counts as reachable.
    if _is_remote(posting, req):
        return _pref("location", "Location", "met", ex.T_LOCATION_REMOTE)
    states = sorted({loc.state for loc in posting.locations if loc.state})
    if not states:
        return _pref("location", "Location", "unknown", ex.T_LOCATION_UNKNOWN)
    where = ex.one_of(states)
    if profile.state in states:
        return _pref("location", "Location", "met", ex.T_LOCATION_MET.format(where=profile.state))
    if profile.willing_to_relocate:
        return _pref("location", "Location", "met", ex.T_LOCATION_RELOCATE.format(where=where))
    text = ex.T_LOCATION_NOT_MET.format(where=where, home=profile.state)
    return _pref("location", "Location", "not_met", text)


def _choice(
    field: str,
    what: str,
    offered: Sequence[str],
    wanted: Sequence[str],
    labels: dict[str, str],
    *,
    all_must_fit: bool,
    evidence: Evidence | None,
) -> Verdict:
    """``all_must_fit``: every offered value is part of the job (shifts: "days and every other
    weekend"); otherwise the offered values are alternatives (job types: "full or part time")."""
    if not offered:
        return _pref(field, what, "unknown", ex.T_PREF_UNKNOWN.format(what_lower=what.lower()))
    value = ex.one_of([labels[v] for v in offered], "and" if all_must_fit else "or")
    fits = [v in wanted for v in offered]
    ok = all(fits) if all_must_fit else any(fits)
    if ok:
        return _pref(field, what, "met", ex.T_PREF_MET.format(what=what, value=value), evidence)
    want = ex.one_of([labels[v] for v in wanted])
    text = ex.T_PREF_NOT_MET.format(what=what, value=value, want=want)
    return _pref(field, what, "not_met", text, evidence)


def _pay(req: Requirements | None, posting: Posting | None, profile: CandidateProfile) -> Verdict:
    assert profile.min_pay is not None
    lo, hi = profile.min_pay.hourly()
    want = lo if lo is not None else hi
    assert want is not None  # Pay guarantees a bound
    pay = posting_pay(posting) if posting is not None else (req.pay if req else None)
    evidence = req.evidence.get("pay") if req is not None else None
    if pay is None or hourly_pay(pay) is None:
        return _pref("pay", "Pay", "unknown", ex.T_PAY_UNKNOWN.format(want=ex.money(want)))
    p_lo, p_hi = pay.hourly()
    best = p_hi if p_hi is not None else p_lo
    assert best is not None
    shown = ex.money(best) if p_lo in (None, p_hi) else f"{ex.money(p_lo or 0)}-{ex.money(best)}"
    if best + 1e-9 >= want:
        return _pref("pay", "Pay", "met", ex.T_PAY_MET.format(pay=shown, want=ex.money(want)))
    text = ex.T_PAY_NOT_MET.format(pay=shown, want=ex.money(want))
    return _pref("pay", "Pay", "not_met", text, evidence)


def preference_verdicts(
    posting: Posting | None,
    req: Requirements | None,
    profile: CandidateProfile,
    *,
    today: datetime | None = None,
) -> list[Verdict]:
    """A verdict for each preference the profile states (empty lists mean "any": no verdict)."""
    out: list[Verdict] = []
    ev = req.evidence if req is not None else {}
    # Bare requirements carry no place: location is only judged for a posting.
    if profile.state is not None and posting is not None:
        out.append(_location(posting, req, profile))
    if profile.workplaces:
        workplace = req.workplace if req is not None else None
        if workplace is None and _is_remote(posting, req):
            workplace = "remote"
        offered = [] if workplace is None else [workplace]
        out.append(
            _choice(
                "workplace",
                "Workplace",
                offered,
                list(profile.workplaces),
                ex.WORKPLACE_LABELS,
                all_must_fit=False,
                evidence=ev.get("workplace"),
            )
        )
    if profile.shifts:
        out.append(
            _choice(
                "shifts",
                "Shifts",
                list(req.shifts) if req else [],
                list(profile.shifts),
                ex.SHIFT_LABELS,
                all_must_fit=True,
                evidence=ev.get("shifts"),
            )
        )
    if profile.employment_types:
        out.append(
            _choice(
                "employment_types",
                "Job type",
                list(req.employment_types) if req else [],
                list(profile.employment_types),
                ex.EMPLOYMENT_LABELS,
                all_must_fit=False,
                evidence=ev.get("employment_types"),
            )
        )
    if profile.min_pay is not None:
        out.append(_pay(req, posting, profile))
    closes = posting.valid_through if posting is not None else None
    if today is not None and closes is not None and closes < today:
        text = ex.T_CLOSED.format(date=closes.date().isoformat())
        out.append(_pref("closing_date", "Closing date", "not_met", text))
    return out
