"""Is a posting a medical records role? A title-vocabulary filter with rapidfuzz; no I/O.

The crawl pipeline keeps postings for records roles (records clerk, HIM, release of information,
scanning/indexing, entry-level coding, registry) and drops the rest, counting ``Relevance.reason``
in its stats. Vocabulary lives in ``matcher/_titles.py``; decisions are documented in
docs/relevance.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from matcher import _titles

# token_set_ratio cut-off for a title to count as a vocabulary entry. 88 lets one typo through in
# a two-word core ("Medical Recrods Clerk" scores ~90) while "Medical Office Assistant" against
# "medical records assistant" stays below it.
TITLE_CUTOFF = 88.0
# fuzz.ratio every word of the matched entry needs from some title word: a transposition
# ("helath", ~83) passes, another word ("care" for "records", ~36) does not.
ENTRY_WORD_CUTOFF = 75.0
# Only the start of a posting is read for context: the setting is named early, and a cap keeps a
# hostile posting cheap.
MAX_CONTEXT_CHARS = 20_000

_NON_WORD_RE = re.compile(r"[^a-z0-9&]+")


@dataclass(frozen=True, slots=True)
class Relevance:
    """Verdict of the relevance filter with the reason, for crawl stats and debugging."""

    keep: bool
    reason: str
    role: str | None = None


def _phrase_re(phrases: tuple[str, ...], *, plural: bool = False) -> re.Pattern[str]:
    """Whole words or phrases; ``plural`` also takes them with an "s" ("hospitals", "law firms")."""
    alternatives = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + (r")s?\b" if plural else r")\b"))


_DROP_RE = _phrase_re(_titles.DROP_WORDS)
_FRONT_END_RE = _phrase_re(_titles.FRONT_END_WORDS)
_BILLING_TASK_RE = _phrase_re(_titles.BILLING_TASK_WORDS)
_CODING_RE = _phrase_re(_titles.CODING_WORDS)
# The joints of a dual title: "Unit Secretary / Medical Records Clerk", "Registration & Records".
_DUAL_SPLIT_RE = re.compile(r"\s*(?:/|\||&|\+|\band\b)\s*", re.I)
_SETTING_RE = _phrase_re(_titles.SETTING_PHRASES)
# Words of the vocabulary titles: a title word one typo away from one of them is read as it
# ("Medical Recrods Clerk - Cardiology"); shorter words are left alone (too many near-neighbours).
_VOCAB_WORDS = tuple(
    sorted(
        {
            w
            for entries in (
                _titles.KEEP_TITLES,
                _titles.RECORDS_TASK_TITLES,
                _titles.AMBIGUOUS_TITLES,
            )
            for e in entries
            for w in e.split()
        }
    )
)
# Words read as they are: the vocabulary's own, and real words that are no typo of it.
_KNOWN_WORDS = frozenset(_VOCAB_WORDS) | _titles.NOT_TYPOS
_ROI_RE = re.compile(r"\bROI\b", re.I)
TYPO_CUTOFF = 85.0
_TYPO_MIN_CHARS = 5
_SOFT_DROP_RE = _phrase_re(_titles.SOFT_DROP_WORDS)
_CORE_RE = _phrase_re(_titles.CORE_WORDS)
# settings are often named in the plural ("serving hospitals and clinics", "for law firms")
_HEALTH_RE = _phrase_re(_titles.HEALTH_CONTEXT, plural=True)
_NOT_HEALTH_RE = _phrase_re(_titles.CONTEXT_NOT_HEALTH, plural=True)
_LONG_TERM_CARE_RE = _phrase_re(_titles.LONG_TERM_CARE_CONTEXT, plural=True)
_ACUTE_CARE_RE = _phrase_re(_titles.ACUTE_CARE_CONTEXT, plural=True)
_NON_HEALTH_RE = _phrase_re(_titles.NON_HEALTH_CONTEXT, plural=True)
_CLINICAL_IMAGING_RE = _phrase_re(_titles.CLINICAL_IMAGING_CONTEXT, plural=True)
_CLINICAL_IMAGING_TITLE_RE = _phrase_re(
    _titles.CLINICAL_IMAGING_CONTEXT + _titles.CLINICAL_IMAGING_TITLE_WORDS, plural=True
)
_RECORDS_RE = _phrase_re(_titles.RECORDS_CONTEXT)
# "High school diploma" is in nearly every posting and says nothing about the employer.
_HIGH_SCHOOL_RE = re.compile(r"\bhigh school\b")
_TWO_WORD_ABBREVIATIONS = {k: v for k, v in _titles.ABBREVIATIONS.items() if " " in k}
_ONE_WORD_ABBREVIATIONS = {k: v for k, v in _titles.ABBREVIATIONS.items() if " " not in k}


@lru_cache(maxsize=65_536)
def normalise_title(title: str) -> str:
    """Lower-case title with abbreviations expanded and levels, shifts and punctuation removed.

    >>> normalise_title("Med Rec Tech II - PRN - Nights")
    'medical records technician'
    >>> normalise_title("H.I.M. Specialist (Remote)")
    'health information management specialist'
    """
    text = unicodedata.normalize("NFKC", title).lower()
    # Dots join letters ("h.i.m." -> "him", "sr." -> "sr") before other punctuation splits words.
    text = text.replace(".", "").replace("&", " & ")
    text = utils.default_process(_NON_WORD_RE.sub(" ", text).replace(" & ", " and "))
    tokens = text.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i : i + 2])
        if pair in _TWO_WORD_ABBREVIATIONS:
            out.extend(_TWO_WORD_ABBREVIATIONS[pair].split())
            i += 2
            continue
        token = tokens[i]
        if token == "roi" and _titles.ROI_OTHER_MEANING_WORDS.intersection(tokens):
            out.extend(("return", "on", "investment"))  # "Marketing ROI Analyst"
        elif token == "hr" and not (out and out[-1].isdigit()):
            out.extend(("human", "resources"))  # "HR Records Specialist"; "12 hr" is hours
        else:
            out.extend(_ONE_WORD_ABBREVIATIONS.get(token, token).split())
        i += 1
    return " ".join(t for t in out if t not in _titles.NOISE_TOKENS and not t.isdigit())


def _health_count(sample: str) -> int:
    """Health setting words in ``sample``, less those inside a phrase that names none ("clinical
    trials", "non-clinical"; each such phrase holds one health word)."""
    return len(_HEALTH_RE.findall(sample)) - len(_NOT_HEALTH_RE.findall(sample))


def _context_counts(title: str, text: str) -> tuple[int, int]:
    """How many health and non-health setting words the title and text name."""
    sample = _HIGH_SCHOOL_RE.sub(" ", f"{title}\n{text[:MAX_CONTEXT_CHARS].lower()}")
    return _health_count(sample), len(_NON_HEALTH_RE.findall(sample))


def _long_term_care(title: str, text: str) -> bool:
    """The title names a long-term care setting, or the text names one more often than an acute
    one (a nursing home's records director, not a hospital's)."""
    if _LONG_TERM_CARE_RE.search(normalise_title(title)):
        return True
    sample = text[:MAX_CONTEXT_CHARS].lower()
    return len(_LONG_TERM_CARE_RE.findall(sample)) > len(_ACUTE_CARE_RE.findall(sample))


def _spelled(norm: str) -> str:
    """Title words one typo away from a vocabulary word read as that word."""
    out = []
    for token in norm.split():
        if len(token) >= _TYPO_MIN_CHARS and token not in _KNOWN_WORDS:
            hit = process.extractOne(
                token, _VOCAB_WORDS, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            if hit is not None:
                token = hit[0]
        out.append(token)
    return " ".join(out)


@lru_cache(maxsize=65_536)
def matching_form(title: str) -> str:
    """The normalised title as the rules read it: typos of vocabulary words corrected, and care
    settings ("skilled nursing facility") blanked, since a place is no occupation.

    >>> matching_form("Medical Recrods Clerk - Skilled Nursing Facility")
    'medical records clerk'
    """
    return " ".join(_SETTING_RE.sub(" ", _spelled(normalise_title(title))).split())


@lru_cache(maxsize=65_536)
def _title_verdict(title: str) -> tuple[str, str, str | None]:
    """("keep" | "task" | "ambiguous" | "long-term-care" | "drop", reason, role) from the title
    alone."""
    if not normalise_title(title):
        return "drop", "empty-title", None
    norm = matching_form(title)
    if not norm:
        return "drop", "no-records-title", None
    if m := _DROP_RE.search(norm):
        if (role := _records_head(norm)) is not None:
            return "long-term-care", f"drop-word:{m.group(0)}", role
        dropped = ("drop", f"drop-word:{m.group(0)}", None)
        if _titles.DUAL_PARTNER_WORDS.issuperset(_DROP_RE.findall(norm)):
            # an unlicensed clinical role or the staff's records beside a records role is kept
            # as the records role
            return _records_part(title) or dropped
        return dropped
    if m := _FRONT_END_RE.search(norm):
        # a front-end role beside a records role is kept as the records role
        return _records_part(title) or ("drop", f"drop-word:{m.group(0)}", None)
    if (m := _BILLING_TASK_RE.search(norm)) and not _CODING_RE.search(norm):
        # billing work, even in the records department; a records part of a dual title keeps it
        return _records_part(title) or ("drop", f"drop-word:{m.group(0)}", None)
    if (m := _SOFT_DROP_RE.search(norm)) and not _CORE_RE.search(norm):
        return "drop", f"drop-word:{m.group(0)}", None
    if role := _best_entry(norm, _titles.KEEP_TITLES):
        return "keep", "title", role
    if role := _best_entry(norm, _titles.RECORDS_TASK_TITLES):
        return "task", "title", role
    if role := _best_entry(norm, _titles.AMBIGUOUS_TITLES):
        return "ambiguous", "title", role
    return "drop", "no-records-title", None


def _records_head(norm: str) -> str | None:
    """The records head and rank ("medical records director") when the title's only drop words
    are a manager's rank (LONG_TERM_CARE_RANKS) and the rest names a records head ("Director of
    Medical Records"), else None."""
    ranks = _DROP_RE.findall(norm)
    words = norm.split()
    if not _titles.LONG_TERM_CARE_RANKS.issuperset(ranks) or (
        _titles.LONG_TERM_CARE_SCOPE_WORDS.intersection(words)
    ):
        return None
    rest = " ".join(w for w in words if w not in _titles.LONG_TERM_CARE_RANKS)
    head = _best_entry(rest, _titles.LONG_TERM_CARE_HEADS)
    return None if head is None else f"{head} {ranks[0]}"


def _records_part(title: str) -> tuple[str, str, str | None] | None:
    """The verdict of the part of a dual title that is a records role ("Unit Secretary / Medical
    Records Clerk" -> that of "Medical Records Clerk"; "Records and Charge Entry Clerk" -> that of
    "Records Clerk"), or None: a single title, or no part one."""
    parts = [p for p in _DUAL_SPLIT_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    # the parts may share the last one's role noun: "Records [Clerk] and Charge Entry Clerk"
    noun = parts[-1].split()[-1]
    for part in (*parts, *(f"{p} {noun}" for p in parts[:-1])):
        verdict = _title_verdict(part)
        if verdict[0] != "drop":
            return verdict
    return None


def _best_entry(norm: str, entries: tuple[str, ...]) -> str | None:
    """Best vocabulary entry the title contains (allowing typos), or None.

    token_set_ratio scores 100 when either side's words are a subset of the other's, so an entry
    longer than the title ("medical records clerk" for "Records Clerk") is skipped: the title must
    hold the entry, not the other way round.
    """
    n_words = norm.count(" ") + 1
    hits = process.extract(
        norm, entries, scorer=fuzz.token_set_ratio, score_cutoff=TITLE_CUTOFF, limit=None
    )
    words = norm.split()
    for entry, _score, _index in hits:
        if entry.count(" ") + 1 <= n_words and all(_has_word(words, w) for w in entry.split()):
            return entry
    return None


def _has_word(words: list[str], word: str) -> bool:
    """The title has the entry word, or a misspelling of it ("helath"), not another word.

    token_set_ratio alone lets a short word stand in for one entry word ("Patient Care
    Coordinator" scores ~90 against "patient records coordinator").
    """
    if word in words:
        return True
    typos = [w for w in words if w not in _titles.NOT_TYPOS]
    return (
        process.extractOne(word, typos, scorer=fuzz.ratio, score_cutoff=ENTRY_WORD_CUTOFF)
        is not None
    )


def relevance(title: str, text: str = "") -> Relevance:
    """Decide whether a posting is a records role, with the reason and the matched role.

    The text (description, employer, department) only decides titles that are records roles in
    some settings and not others ("Records Clerk" at a hospital vs at a police department).

    >>> relevance("Med Rec Tech PRN")
    Relevance(keep=True, reason='title', role='medical records technician')
    >>> relevance("Records Clerk", "City Police Department, records unit").keep
    False
    >>> relevance("Director of HIM").reason
    'drop-word:director'
    """
    kind, reason, role = _title_verdict(title)
    if kind == "drop":
        return Relevance(False, reason, None)
    if kind == "long-term-care":
        # a records director, manager or supervisor: the building's records clerk in a nursing
        # home, management elsewhere (docs/relevance.md "Management")
        if _long_term_care(title, text):
            return Relevance(True, "long-term-care", role)
        return Relevance(False, reason, None)
    norm = matching_form(title)
    # the care setting blanked out of the title still places it in health care; "ROI" alone does
    # not (it is return on investment in a marketing or finance posting)
    full, counted = normalise_title(title), norm
    if _ROI_RE.search(title):
        full = full.replace("release of information", " ")
        # nor in the setting count below: "ROI Analyst" at a marketing agency names one
        # non-health word and no health one
        counted = norm.replace("release of information", " ")
    title_is_health = _health_count(full) > 0
    if kind == "keep" and title_is_health:
        return Relevance(True, reason, role)
    if kind == "task":
        # a scanning / indexing / imaging title: records work unless the setting is clinical
        # imaging; with no text at all nothing says otherwise, so it is kept
        if _clinical_imaging(norm, text):
            return Relevance(False, "clinical-imaging", role)
        if not text.strip():
            return Relevance(True, reason, role)
    health, non_health = _context_counts(counted, text)
    if non_health > health:
        return Relevance(False, "non-health-context", role)
    if kind in ("ambiguous", "task") and health == 0:
        return Relevance(False, "no-health-context", role)
    return Relevance(True, "title+context" if kind in ("ambiguous", "task") else reason, role)


def _clinical_imaging(norm: str, text: str) -> bool:
    """The title or text names clinical imaging (radiology, CT, ultrasound...) and no records."""
    sample = f"{norm}\n{text[:MAX_CONTEXT_CHARS].lower()}"
    clinical = _CLINICAL_IMAGING_TITLE_RE.search(norm) or _CLINICAL_IMAGING_RE.search(sample)
    return clinical is not None and _RECORDS_RE.search(sample) is None


def is_relevant(title: str, text: str = "") -> bool:
    """True when the posting is a medical records role worth keeping.

    >>> is_relevant("Release of Information Specialist I")
    True
    >>> is_relevant("Court Records Clerk")
    False
    """
    return relevance(title, text).keep
