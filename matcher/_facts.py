"""What the matching rules need from a profile, precomputed once (gap analysis varies it)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from matcher._paths_match_field import study_field
from schemas import CandidateProfile
from schemas.vocab import EDUCATION_RANK, EXPERIENCE_KINDS, credentials_covered


@dataclass(frozen=True, slots=True)
class Facts:
    education: str
    experience: float
    own: frozenset[str]  # codes actually held (for wording)
    held: frozenset[str]  # codes held, plus those they cover
    reachable: frozenset[str]  # codes held or pending, plus those they cover
    skills: frozenset[str]
    #: the field of study the profile names (schemas.vocab.StudyField), None when unsaid or
    #: outside the vocabulary
    study: str | None = None
    #: the profile's own words for its field of study, when it states one ("Business")
    study_named: str | None = None
    #: years counting for each kind (that kind or a narrower one), in EXPERIENCE_KINDS order;
    #: empty when the profile gives no breakdown (then the total counts for every kind)
    kinds: tuple[float, ...] = ()
    #: where the candidate lives, and whether they would move (residence limits)
    state: str | None = None
    relocate: bool = False

    @classmethod
    def of(cls, profile: CandidateProfile) -> Facts:
        held = set(profile.certifications)
        kinds = (
            tuple(profile.experience_of(k) for k in EXPERIENCE_KINDS)
            if profile.experience_by_kind
            else ()
        )
        return cls(
            education=profile.education,
            experience=profile.experience_of(None),
            own=frozenset(held),
            held=credentials_covered(held),
            reachable=credentials_covered(held | set(profile.pending_certifications)),
            skills=frozenset(profile.skills),
            study=study_field(profile.field_of_study),
            study_named=(profile.field_of_study or "").strip() or None,
            kinds=kinds,
            state=profile.state,
            relocate=profile.willing_to_relocate,
        )

    def years_of(self, kind: str | None) -> float:
        """Years that count for experience of ``kind`` (None or "any": all of them)."""
        if not self.kinds or kind in (None, "any"):
            return self.experience
        return self.kinds[EXPERIENCE_KINDS.index(kind)]

    def with_certification(self, code: str) -> Facts:
        added = credentials_covered({code})
        return replace(
            self, own=self.own | {code}, held=self.held | added, reachable=self.reachable | added
        )

    def with_education(self, level: str, study: str | None = None) -> Facts:
        """Schooling finished: ``level`` (never lower than what is held), in ``study``."""
        if EDUCATION_RANK[level] < EDUCATION_RANK[self.education]:
            level = self.education
        return replace(self, education=level, study=study or self.study)

    def with_experience(self, extra: float) -> Facts:
        # the year gained is of the kind a posting asks (the advice says "relevant experience")
        return replace(
            self, experience=self.experience + extra, kinds=tuple(k + extra for k in self.kinds)
        )
