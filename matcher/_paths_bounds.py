"""Where a block of alternative routes starts and ends in a posting's text (matcher._paths reads
the blocks): the heading of its first route, the headings of the fields after it, a list's next
item, a labelled line after routes written on one line. Split out of matcher._paths."""

from __future__ import annotations

import re
from typing import Final

from matcher._lines import _BULLET_MARK, _unwrap
from matcher._rules import first_letters

#: Where a block's first alternative begins (the last one before the first OR).
ANCHOR_RE: Final = first_letters(
    # "Basic requirements:" is written in either case
    # "(1)", not the figure spelled twice ("one (1) year of specialized experience")
    r"\(1\)(?<![Oo]ne \(1\))|one of the following:?|\bEither I\b\.?:?|"
    r"Basic (?:[Rr]equirements|[Qq]ualifications)\s*:|"
    r"Experience and Education\b|Education (?:or|and/or) Experience\b[:.]?|"
    r"Experience or Education\b[:.]?"
)
#: The heading of the first alternative: "Experience:", "- Education.", "General Experience:".
FIRST_HEAD_RE: Final = re.compile(
    # (a heading in capitals too: "EDUCATION" / "EXPERIENCE" on their own lines)
    r"(?:General |Specialized |Creditable |GENERAL |SPECIALIZED |CREDITABLE )?"
    r"(?:Experience|Education|EXPERIENCE|EDUCATION)\s*[.:;\n]|"
    # "Specialized experience:" with its colon (not "... Specialized experience\nis work that
    # ...", nor the bare lower-case word: "one year of experience.")
    r"(?:General|Specialized|Creditable) experience\s?:|"
    # a grade's own line ("GS-5 grade level: one year ... OR ..."): a credential list before it
    # ("you must hold one of the following certifications ...") is asked at every grade
    r"(?m:^GS[- ]?\d{1,2} grade level\s?:)"
)
#: Headings of the fields after the minimum qualifications: "Licenses and Certificates:",
#: "LICENSE:", "Special Requirements:", "Preferred Qualifications". What follows is not a route.
OTHER_FIELDS: Final = (
    r"Licen[sc]es?(?: (?:and|&|/) Certifi(?:cates?|cations?))?(?:\s*[.:]|[ \t]*\n)|"
    r"LICEN[SC]ES?(?: (?:AND|&|/) CERTIFI(?:CATES?|CATIONS?))?\s*[.:]|"
    # ... or on a line of its own: "SPECIAL REQUIREMENTS" over its text
    r"Special Requirements?(?:\s*[.:]|[ \t]*\n)|SPECIAL REQUIREMENTS?(?:\s*[.:]|[ \t]*\n)|"
    # a preferred section: what it names is liked, not a route ("Preferred Qualifications",
    # "Preferred: 1-2 years of ...", "Nice to have")
    r"(?:Preferred|Desired|Desirable)(?: Qualifications?| Skills| Experience)?\s*[.:]|"
    r"(?:Preferred|Desired|Desirable) Qualifications?\b|PREFERRED\b|DESIRED\b|Nice to have|"
    # any upper-case heading on its own line after a blank one ("WORKING CONDITIONS",
    # "LICENSES AND CERTIFICATES", "ADDITIONAL DESIRABLE QUALIFICATIONS"), but a route's own
    # ("EDUCATION", "COMBINATION OF EDUCATION AND EXPERIENCE", "OR", "GS-5")
    r"\n[ \t]*\n[ \t]*(?!(?:EDUCATION|EXPERIENCE|COMBINATION|SUBSTITUT\w*|SPECIALIZED|GENERAL|"
    r"CREDITABLE|OPTION|ALTERNATIVE|PATH|ROUTE|OR|AND|EITHER|GS|GRADE|LEVEL|MINIMUM|BASIC)\b)"
    r"[A-Z][A-Z&/,' -]{5,60}[ \t]*\n"
)
#: Where the last alternative ends: the next heading, or the start of substitution examples.
#: A certifications heading ends a block, but not a route item's own label: "(3) Certification.
#: Current RHIT ...", "c) Certification: ...", "OR Certification: ..." (a numbered or lettered
#: alternative of the block: the credential is one route, not asked of everyone).
_CERTIFICATION_HEAD: Final = r"(?<!\) )(?<!\d\. )(?<!OR )(?<!or )Certifications?\s*[.:]"
#: What a grade asks on top of the routes, of everyone ("In addition to the basic requirements,
#: you must have one year of experience equivalent to GS-5", "In addition to meeting the basic
#: requirements, ..."): past the last route, not part of it (session 18, seen26).
_BEYOND_BASIC: Final = (
    r"In addition to (?:meeting |the above |these )?(?:the |these )?(?:above |minimum |basic )?"
    r"(?:basic |minimum )?(?:requirements?|qualifications?)\b,?|"
)
SEGMENT_END_RE: Final = first_letters(
    r"The following (?:educational|education|experience)|For example|\(a\)|"
    + _CERTIFICATION_HEAD
    + r"|English(?: Language)?|Grandfather|May qualify|Grade [Dd]eterminations?|"
    r"Demonstrated Knowledge|Licensure|Physical Requirements|NOTE\b|Citizenship|\bAND,|"
    + _BEYOND_BASIC
    + OTHER_FIELDS
)
_BLOCK_ENDS: Final = (
    _CERTIFICATION_HEAD + r"|English(?: Language)?|Grandfather|May qualify|"
    r"Grade [Dd]eterminations?|Demonstrated Knowledge|Licensure|Physical Requirements|\bAND,|"
)
#: Where the whole block (examples included) ends: figures up to here belong to the paths.
BLOCK_END_RE: Final = first_letters(_BLOCK_ENDS + _BEYOND_BASIC + OTHER_FIELDS)
#: What parts two runs of "OR"s into two blocks: a block's end, but not a grade's routes asked
#: on top of the basic ones ("In addition to the basic requirement, applicants must have: one
#: year of specialized experience; OR a master's degree ..."), read with them as before.
CLUSTER_END_RE: Final = first_letters(_BLOCK_ENDS + OTHER_FIELDS)
#: A line opening with a field label of a few words: "Education:", "Experience:", "Licenses &
#: Certifications:" (after a bullet at most).
FIELD_LINE_RE: Final = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?[A-Z][A-Za-z/&' ]{2,30}:")
#: A line or "; " / " \u2022 " piece after a block's last route that is a requirement of its
#: own: it opens with a figure of years ("Five years of HIM experience", "2 years in a
#: hospital") or is a credential with its level ("RHIA or RHIT required"). (A wrapped line
#: opens in lower case.)
OWN_REQUIREMENT_RE: Final = re.compile(
    r"(?:[ \t]*[;\u2022\u00b7|][ \t]*|[ \t]*\n[ \t]*)"
    r"(?=(?:(?:At least|A minimum of|Minimum(?: of)?) )?"
    r"(?:[A-Z][a-z]+|\d{1,2})(?: \(\d{1,2}\))?\+? (?:years?|months?) (?:of|in)\b|"
    r"(?:[A-Z]{2,6}(?:-[A-Z])?,? (?:or |and |/ ?)?)*[A-Z]{2,6}(?:-[A-Z])? (?:is |are )?"
    r"(?:required|preferred)\b)"
)
#: What may stand between an "OR" and its route's first word: blanks, glue and the route's own
#: letter or number ("OR C.\nFour years of ...", "OR\n(2) An associate degree"), or its bullet
#: ("OR\n\u2022 Two years of ...": not a piece of its own after the block, s18b30fix).
ROUTE_LEAD_RE: Final = re.compile(
    r"[\s,;:\u2022\u00b7*-]*(?:\(?[A-Za-z0-9]{1,2}[.)][ \t]*)?[\s,;:\u2022\u00b7*-]*"
)
#: The next item of a bulleted or numbered list, or a blank line.
NEXT_ITEM_RE: Final = re.compile(r"\n\s*(?P<marker>" + _BULLET_MARK + r")\s|\n\s*\n")


def sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the last sentence or paragraph before ``hi`` starts (one before it), or -1: after
    ". ", ".\n" (a sentence ending its line) or a blank line."""
    return max(text.rfind(". ", lo, hi), text.rfind(".\n", lo, hi), text.rfind("\n\n", lo, hi))


#: A list item's first line: a marker after the line break ("\n* ", "\n2. ", "\no ", "\na) ").
_ITEM_LINE_RE: Final = re.compile(r"\n[ \t]*" + _BULLET_MARK + r"[ \t]+")


def item_start(text: str, lo: int, hi: int) -> int:
    """Where the text of the last list item before ``hi`` starts (after its marker), or -1: in a
    bulleted list ("* HS diploma required\n* Completion of a certificate program, OR 1+ yr of
    ...") the OR's sentence is its item, not the item before it (session 13)."""
    found = -1
    for m in _ITEM_LINE_RE.finditer(text, lo, hi):
        found = m.end()
    return found


#: Where the reader cuts a line into list items: "; " and a bullet glyph between blanks.
_PIECE_CUT_RE: Final = re.compile(r";[ \t]+|[ \t][•·▪●◦][ \t]+")


def line_start(text: str, lo: int, hi: int) -> int:
    """Where the line holding ``hi`` starts as the reader reads lines (hard-wrapped lines joined,
    matcher._lines._unwrap), when a line of its own stands before it after ``lo``, else -1: in a
    list without marks ("High school diploma or GED required" over "2+ years of office work,
    OR completion of a certificate program") the OR's line is its item, as a marked one is."""
    end = text.find("\n", hi)
    # whole lines: the reader measures a line's length to tell a wrapped one
    top = text.rfind("\n", 0, lo) + 1
    raw = text[top : end if end >= 0 else len(text)].split("\n")
    if len(raw) < 2:
        return -1
    # each line the reader keeps is its raw lines stripped and joined by a blank: walk them
    found = -1
    at = top  # where raw line k starts
    k = 0
    for line in _unwrap(raw):
        first, size = at, -1
        while k < len(raw) and size < len(line):
            size += len(raw[k].strip()) + 1
            at += len(raw[k]) + 1
            k += 1
        if line:
            found = first
    # a list flattened onto the line with "; " or a glyph ("CPC or CCS (required); CRC is a
    # plus; Graduate of a coding program, OR 2+ years of coding"): the OR's piece is its item,
    # as the reader cuts a sentence there
    cuts = [m.end() for m in _PIECE_CUT_RE.finditer(text, max(found, lo), hi)]
    if cuts:
        found = cuts[-1]
    if found <= lo:
        return -1
    while text[found] in " \t":
        found += 1
    return found
