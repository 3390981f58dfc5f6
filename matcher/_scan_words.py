"""Words rules outside the rule records ask Doc.with_words for (lower case).

The posting's one trigger scan (matcher._sentences) looks for them with the rules' trigger
words: a word it does not know costs a str.find over the whole posting per call (residence
and the inline paths paid about 150k instructions a posting for theirs, issue 15).
"""

from __future__ import annotations

from typing import Final

from matcher._lexicon_certs import ONE_OF_TRIGGERS, OPTION_TRIGGERS, OR_WORDS
from matcher._lexicon_codes import CERT_NAME_STARTS

# Final[tuple[...]], not bare Final: mypyc would box a fresh tuple at each read (-28k, s10fin)
#: Words offering schooling or a credential in place of the experience (lower case).
SUBSTITUTION_WORDS: Final[tuple[str, ...]] = (
    "substitut",
    "in lieu",
    "in place",
    "instead of",
    "replace",
    "the place of",  # "an associate degree may take the place of six months"
)
#: A sentence that may state alternative routes holds one of these (lower case).
ROUTE_WORDS: Final[tuple[str, ...]] = (" or ", "(or ", *SUBSTITUTION_WORDS)
#: A sentence inline_paths reads holds one of these (lower case), or opens with "or ".
#: The labels of routes set out as options, lower case (matcher._paths_offers.OPTION_RE: "Option
#: 1:", "Pattern II:", "Alternative A:", "Route B (experience and credential):", "Path II:").
OPTION_WORDS: Final[tuple[str, ...]] = ("option ", "pattern ", "alternative ", "route ", "path ")
#: How a list of routes is led in: "Must meet one of the following:", "(either of the
#: following)", "You need one of these:" (matcher._paths_offers.listed_routes; s15exp).
LIST_LEADS: Final[tuple[str, ...]] = (
    "one of the following",
    "either of the following",
    "one of these",
)
INLINE_WORDS: Final[tuple[str, ...]] = (*ROUTE_WORDS, *LIST_LEADS, *OPTION_WORDS)
#: A residence limit names one of these (lower case).
RESIDENCE_WORDS: Final[tuple[str, ...]] = ("resid", "live in", "located in", "states")

#: Experience offered to those without the schooling: "applicants without a degree must have
#: five years of experience" (matcher._paths_lieu, read by matcher._paths_scan).
WITHOUT_WORDS: Final[tuple[str, ...]] = (
    "without a degree",
    "without the degree",
    "without a college",
    "without an associate",
    "without a bachelor",
)
#: The words every match of matcher._paths._DIPLOMA_RE holds (matcher._rules.literal_words of
#: it; the paths read only the sentences holding one). Written out: that module imports the
#: scan's. A word missing here is still found, by a str.find over the posting a call (~6k
#: instructions each, 17k a posting); tests/matcher/test_speed_scan_words.py checks the list.
DIPLOMA_WORDS: Final[tuple[str, ...]] = (
    "completion of the 12th grade",
    "completion of the twelfth grade",
    "ged",
    "graduation from a high school",
    "graduation from high school",
    "h.s diploma",
    "h.s grad",
    "h.s. diploma",
    "h.s. grad",
    "high school diploma",
    "high school graduate",
    "high school graduation",
    "hs diploma",
    "hs grad",
    "hs. diploma",
    "hs. grad",
)

#: A sentence that may hold matcher._paths_only.FEWER_RE's match ("Graduates of a coding program
#: need only one year") holds one of these. In the scan: their ``in`` tests over the posting, and
#: KEPT_WORDS', cost ~65k instructions a posting (pure, steady state, session 17).
FEWER_WORDS: Final[tuple[str, ...]] = (
    "need only",
    "needs only",
    "require only",
    "requires only",
    "need just",
    "needs just",
    "require just",
    "requires just",
    "must have only",
)
#: A sentence that may hold matcher._paths_kept.KEPT_RE's match holds one of these ("cannot be
#: substituted", "may not be replaced").
KEPT_WORDS: Final[tuple[str, ...]] = ("substitut", "replaced")

#: A sentence matcher._paths_restate may restate holds one of these ("... may replace the
#: degree", "can stand in for", "meets this requirement", "can be met with"). In the scan: six of
#: them were looked for by a str.find over the posting each (~35k instructions a posting).
RESTATE_WORDS: Final[tuple[str, ...]] = (
    "replace",
    "stand in for",
    "stands in for",
    "the place of",
    " requirement",
    " be met ",
    "be satisfied",
    "be fulfil",
)

#: Schooling offered to those without the experience: "candidates without the two years may
#: qualify with ...", "without that experience can be considered with ..." (matcher.
#: _paths_schooling): a sentence holding a word of each.
WITHOUT_EXPERIENCE_WORDS: Final[tuple[tuple[str, ...], tuple[str, ...]]] = (
    ("without the", "without that", "without such"),
    ("qualify", "considered", "accepted"),
)
#: An alternative the employer will consider (matcher._paths_consider), read only where
#: "consider " or "be considered" is. (These, "without" and the lack words above were looked
#: for by str.find over the posting: 3 to 7 scans a posting, ~17k instructions, session 17.)
CONSIDER_WORDS: Final[tuple[str, ...]] = (
    "will consider",
    "also consider",
    "may consider",
    "be considered",
)
#: A sentence holding a credential's spelled-out name holds one of these: "certi", "regis".
NAME_WORDS: Final = tuple(w[:5] for w in CERT_NAME_STARTS)

#: Every word above, and the words of a "one of the following" list (education, credentials).
#: ... and the route labels of credentials on route lines ("Option A:", matcher._cert_lists),
#: the "or" closing or opening an item (matcher._cert_routes),
#: and the words of the two readers above (and of the fewer-years and kept-years routes).
SCAN_WORDS: Final = frozenset(
    (
        *INLINE_WORDS,
        *RESIDENCE_WORDS,
        *NAME_WORDS,
        *ONE_OF_TRIGGERS,
        *OPTION_TRIGGERS,
        *OR_WORDS,
        *WITHOUT_WORDS,
        *DIPLOMA_WORDS,
        *FEWER_WORDS,
        *KEPT_WORDS,
        *RESTATE_WORDS,
        "without",
        *WITHOUT_EXPERIENCE_WORDS[0],
        *CONSIDER_WORDS,
    )
)
