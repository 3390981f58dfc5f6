"""Literal trigger words of every extraction rule, and the set the one-pass scan looks for."""

from __future__ import annotations

from typing import Final

# A pattern runs only on sentences holding one of its literal (lower-case) words: one pass of
# an automaton over the posting finds them all, far cheaper than running every pattern on every
# sentence, and most patterns are absent from a posting.

EDUCATION_TRIGGERS: Final = (
    "school", " ged", "/ged", "(ged", "\nged",
    "h.s", " hs ", " hs/", "degree", "associate", "bachelor", "master",
    "certificate",
    "a.s", "aas", "college", "diploma", "program", "secondary", "grade", "hiset", "hsd", "mha",
    "b.s", "m.s", " bs ", "ba/", "vocational", "undergraduate",
)  # fmt: skip
SUBSTITUTION_TRIGGERS: Final = (
    "equivalent", "combination", "substitut", "in lieu", "comparable", "in place",
)  # fmt: skip
PAY_TRIGGERS: Final = ("$", "hour", "/hr", "year", "/yr", "annual", "month", "week")
EXPERIENCE_TRIGGERS: Final = (
    "year", "yr", "month", "mo.", "mos", "experience", "entry", "train", "new grad",
)  # fmt: skip
#: Case-sensitive: credential codes are written in capitals.
CERT_TRIGGERS: Final = (
    "RHI", "CC", "CP", "CO", "CR", "CI", "CB", "CM", "CE", "CT", "CH", "CD", "RM", "AHIMA", "AAPC",
    "R.", "C.", "ertif", "egist", "ERTIF", "EGIST",
)  # fmt: skip
SKILL_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "icd10": ("icd",), "cpt": ("cpt",), "hcpcs": ("hcpcs",), "hipaa": ("hipaa",),
    "medical_terminology": ("terminology",), "release_of_information": ("releas", "roi"),
    "scanning_indexing": ("scan", "index"), "epic": ("epic",), "cerner": ("cerner", "oracle"),
    "meditech": ("meditech",), "athenahealth": ("athena",), "eclinicalworks": ("eclinical", "ecw"),
    "nextgen": ("nextgen",), "allscripts": ("allscripts", "veradigm"),
    "typing": ("typing", "wpm", "words per", "keyboard"), "ten_key": ("key",),
    "microsoft_office": ("office", "excel", "word", "365", "outlook"),
    "anatomy_physiology": ("anatomy",),
    "customer_service": ("customer",), "billing": ("billing", "charge", "denial"),
    "abstracting": ("abstract",), "chart_analysis": ("chart", "deficien", "record comp", "analy"),
}  # fmt: skip
EMPLOYMENT_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "full_time": ("full", " ft", "\nft", "/ft", "(ft"),
    "part_time": ("part", " pt", "\npt", "/pt", "(pt"),
    "per_diem": ("prn", "diem", "needed", "intermittent"), "temporary": ("temp", "seasonal"),
    "contract": ("contract",), "internship": ("intern",),
}  # fmt: skip
WORKPLACE_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "not_remote": ("remote", "telework", "home"),
    # "day" alone would hit every Monday and Friday: the day counts of a hybrid schedule instead
    "hybrid": ("hybrid", "telework", "days", "day a", "day per", "day each", "day in", "day on",
               "day rem", "day from", "day at"),
    "remote": ("remote", "home", "wfh", "telecommut", "telework"),
    "on_site": ("site", "office", "person", "performed", "done"),
}  # fmt: skip
SHIFT_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "day": ("day", "first", "1st"), "evening": ("evening", "second", "2nd", "swing", "pm shift"),
    "night": ("night", "third", "3rd", "graveyard", "noc"),
    "weekend": ("weekend", "saturday", "sunday", "sat"), "rotating": ("rotat", "variable"),
}  # fmt: skip

#: Every lower-case trigger word, for the one-pass scan of a posting (matcher._sentences.Doc).
ALL_TRIGGERS: Final = frozenset(
    w
    for group in (
        EDUCATION_TRIGGERS,
        SUBSTITUTION_TRIGGERS,
        EXPERIENCE_TRIGGERS,
        PAY_TRIGGERS,
        *SKILL_TRIGGERS.values(),
        *EMPLOYMENT_TRIGGERS.values(),
        *WORKPLACE_TRIGGERS.values(),
        *SHIFT_TRIGGERS.values(),
    )
    for w in group
)
