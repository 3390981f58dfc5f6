"""What a plain-text line of a posting is (a bullet, a heading, a field's label) and hard-wrapped
lines joined back into one. matcher._sentences splits the lines into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from matcher._lexicon import SECTION_WORDS
from matcher._line_names import name_goes_on
from matcher._scan_words import LIST_LEADS

#: A list item's marker: a glyph, "o" (a word processor's second level), "1." / "1)", "a." /
#: "a)", "A." / "A)" (civil service: "A. One year of ...; or" / "B. Graduation from ..."),
#: "(1)" / "(a)".
_BULLET_MARK: Final = r"(?:[-*•·▪●◦–✓o]|\d{1,2}[.)]|[a-zA-Z][.)]|\([a-z\d]{1,2}\))"
_BULLET_RE: Final = re.compile(r"^\s{0,8}" + _BULLET_MARK + r"\s{1,4}")
_BULLET_STARTS: Final = frozenset("-*•·▪●◦–✓(0123456789abcdefghijklmnopqrstuvwxyz")
#: An upper-case letter marker is a capital and then "." or ")" (most lines open with a capital:
#: the second character is looked at before the pattern runs).
_UPPER_MARK_ENDS: Final = frozenset(".)")
_BULLET_ONLY_RE: Final = re.compile(r"^" + _BULLET_MARK + r"\s")
#: Words of a label that opens a later sentence of a line ("Required:", "Nice to have:").
_PIECE_LABEL_WORDS: Final = 4
#: A bracket or quote that may close a sentence after its stop: "... this part.)".
_CLOSERS: Final = ")]\"'”’"
#: The stops such a bracket or quote may follow (one character each; "" is no stop).
_STOPS: Final = frozenset(".!?")
#: A line at least this long that stops mid-sentence was wrapped by the author's editor.
_WRAP_MIN_CHARS: Final = 60
#: The longest line of a text is no wrapped line when it is more than this longer than the next.
_ALONE_CHARS: Final = 12
#: ... in a text of at least this many lines.
_ALONE_MIN_LINES: Final = 6
#: A shorter line that stops mid-sentence was wrapped too when the next line opens in lower
#: case (70-column wrapping leaves lines of 50-60; a classified ad's lines are shorter).
_WRAP_LOWER_CHARS: Final = 50
#: A line of at least this many characters ending on a comma or on a word no sentence ends with
#: was wrapped.
_DANGLING_MIN_CHARS: Final = 25
#: Words no sentence or list item ends with, in lower case: a line ending on one was wrapped
#: mid-sentence ("OR" may be Oregon, and "... is a plus" ends an item).
_DANGLING_TEXT: Final = (
    "a an the of in on at to by for from with within into than and or nor including such as per"
    # a range or an aside broken after its dash ("$19.10 -" + "$23.80 per hour")
    " - –"
)
_DANGLING_WORDS: Final = frozenset(_DANGLING_TEXT.split())
#: Words that, capitalised, open a sentence or list item, never go on with the line above.
_ITEM_OPENERS_TEXT: Final = (
    "A An The One Two Three Four Five Six Seven Eight Nine Ten At Must Minimum "
    # words that open a sentence and are written in lower case inside one: "... in place of
    # the degree" + "Whichever route you take, a combined total of ..." (session 16)
    "All Any Each Every If When Whichever Whatever Whether Regardless You We Our This These "
    "Those Candidates Applicants Also Additionally"
)
_ITEM_OPENERS: Final = frozenset(_ITEM_OPENERS_TEXT.split())
#: Words before a name that may be broken after its first words ("... (RHIA) or Registered"; a
#: dash is no such word: "Records Clerk - Pediatric Clinic" over the company's name).
_NAME_OPENERS: Final = _DANGLING_WORDS - {"-", "–"}
_HEADING_COLON_RE: Final = re.compile(
    r"^(?P<head>[A-Za-z][A-Za-z &'/,()-]{1,45}):\s{0,4}(?P<rest>.*)$"
)


_HEADING_PHRASES: Final = tuple(w for _, words in SECTION_WORDS for w in words if " " in w)
#: The phrases by their first six characters (none is shorter): one dict look-up finds the few a
#: line may start with (str.startswith tried all 54 on every short line, ~4k instructions).
_PHRASE_HEAD: Final = 6
_PHRASES_BY_HEAD: Final[dict[str, tuple[str, ...]]] = {}
for _p in _HEADING_PHRASES:
    _PHRASES_BY_HEAD[_p[:_PHRASE_HEAD]] = (*_PHRASES_BY_HEAD.get(_p[:_PHRASE_HEAD], ()), _p)
if min(map(len, _HEADING_PHRASES)) < _PHRASE_HEAD:  # pragma: no cover - vocabulary check
    raise ValueError("a heading phrase is shorter than the head the look-up keys it by")


#: A heading never ends with one of these (but may with ":").
_SENTENCE_ENDS: Final = ".!?,;"
#: A heading is never longer than this.
_HEADING_MAX_CHARS: Final = 60


def _is_heading(line: str) -> bool:
    if len(line) > _HEADING_MAX_CHARS or not line:
        return False
    last = line[-1]
    if last == ":":
        return True
    # A short line without sentence punctuation, mostly capitalised words: "Minimum Qualifications"
    if last in _SENTENCE_ENDS:
        return False
    split = line.split()
    if len(split) > 6:
        return False
    # "What you need", "Nice to have": a known heading phrase in sentence case
    if len(line) <= 40:
        low = line.lower()
        phrases = _PHRASES_BY_HEAD.get(low[:_PHRASE_HEAD])
        if phrases is not None and low.startswith(phrases):
            return True
    alpha = upper = 0  # words starting with a letter, and those of them capitalised
    for w in split:
        # ASCII letters by their code: compiled, str.isalpha / isupper are generic method calls
        # and a str comparison a generic rich compare; ord(w[0]) and int tests are C (s11gate)
        c = ord(w[0])
        if 97 <= c <= 122:  # a-z
            alpha += 1
        elif 65 <= c <= 90:  # A-Z
            alpha += 1
            upper += 1
        elif c > 127 and w[0].isalpha():
            alpha += 1
            upper += w[0].isupper()
    return upper >= 1 and upper >= alpha - 1  # (upper >= 1: a letter-led word)


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into one: a long line that stops mid-sentence continues on
    the next one unless that starts a bullet ("...an associate degree or two years of" +
    "college coursework ..."). A short line (a list item without a bullet) stays on its own,
    unless the sentence plainly goes on: a line of some length is followed by one opening in
    lower case, or it ends on a word no sentence ends with ("... completion of" + "an
    accredited program"): a text wrapped at 70 columns leaves lines shorter than the long-line
    test. (A classified ad's short lower-case lines stay apart: "no experience needed" +
    "must have HS diploma".)"""
    out: list[str] = []
    # An editor wraps a line when the next word would not fit: a line that leaves room for it
    # within the text's longest line ended there by itself (a long list item without a bullet
    # before the next one: "Three years of records experience, of which one in a hospital" +
    # "A certificate in office administration is preferred").
    sizes = set(map(len, lines))
    width = max(sizes, default=0)
    # A line far longer than every other one was not wrapped (its editor would have broken the
    # others near it too): a bullet-less list item that runs long ("Associate's degree in HIT
    # from an accredited program, or an equivalent combination of ..." + "2 years of ..."). Not
    # in a text of a few lines, where one wrapped sentence has a single long line. (set, max:
    # C-level passes)
    alone = -1
    if len(lines) >= _ALONE_MIN_LINES and len(sizes) > 1:
        sizes.discard(width)
        alone = width if width - max(sizes) > _ALONE_CHARS else -1
    joinable = False  # the last line was long and stopped mid-sentence
    prev = 0  # the last line's length as the editor saw it
    goes_on = False  # ... of some length: a lower-case line continues it
    dangling = False  # the text so far ends on a word no sentence ends with ("of", "the")
    named = False  # ... on the first words of a name ("... or Registered")
    for raw in lines:
        line = raw.strip()
        if not line:
            out.append("")
            joinable = goes_on = dangling = False
            continue
        # (an aside in brackets goes on too: "... one Saturday a month" + "(8 a.m. - noon).")
        lower = goes_on and (line[0].islower() or line[0] == "(")
        carried = False  # the line opens with the rest of the last line's value (a "|" after it)
        name_on = False  # ... with the rest of a credential's name the last line broke
        if joinable:
            word = line.find(" ")
            fields = ": " in line and ": " in out[-1]
            # (also when the rest reads as a heading: "Time, Benefits Eligible | FTE: 1.0")
            carried = fields and _value_goes_on(line)
            # (the last word's capital first: most wrapped lines end on a lower-case word)
            name_on = (
                line[:1].isupper()
                and out[-1][out[-1].rfind(" ") + 1 : out[-1].rfind(" ") + 2].isupper()
                and name_goes_on(out[-1], line)
            )
            joinable = (
                prev != alone
                and (
                    prev + 1 + (word if word >= 0 else len(line)) > width
                    # a credential's name broken after its first words goes on, whatever the
                    # width ("... A Certified Medical" + "Administrative Assistant or ...": a
                    # paragraph wrapped narrower than the text's longest line, s18layout)
                    or name_on
                )
                # "A", "The", "Five" capitalised open a new item: within a sentence they are
                # written in lower case ("... equivalent experience" + "Five years of coding")
                and (line[:word] if word >= 0 else line) not in _ITEM_OPENERS
                # two "Label: value" lines are two fields, though the first is the longest
                # line (a licence list: "... (CCS) - AHIMA: Required within 12 Months" over
                # "... (RHIT) - AHIMA: Preferred"); unless the line opens with the last field's
                # value going on before a separator: "Job ID: 77310 | Status: Full" + "Time,
                # Benefits Eligible | FTE: 1.0" (s18layout)
                and (carried or not fields)
            )
        if (
            (joinable or lower or dangling)
            and not _BULLET_ONLY_RE.match(line)
            # "a plus", "following:": lower case goes on with the sentence, not a new heading;
            # and so does the rest of a name broken after its first words ("... or Registered" +
            # "Health Information Technician (RHIT)", "... - American Health" + "Information
            # Management Association")
            and (
                lower
                or dangling
                or (joinable and (named or carried or name_on))
                or not _is_heading(line)
            )
            and not _opens_field(line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        last = out[-1]
        # a stop ends the line's sentence, also inside a closing bracket or quote: "(Non-citizens
        # may be appointed ... this part.)" before "Experience: One year ..." (the two read as
        # one sentence left the year in no route's text)
        end = last[-1]
        joinable = goes_on = dangling = named = False
        if end not in ".!?:;" and not (end in _CLOSERS and last[-2:-1] in _STOPS):
            goes_on = len(line) >= _WRAP_LOWER_CHARS
            # the word test only for a line that stops mid-sentence, and only then the heading
            # test (most short lines end a sentence or list item: no call for them)
            dangling = len(last) >= _DANGLING_MIN_CHARS and (
                end == "," or last[last.rfind(" ") + 1 :] in _DANGLING_WORDS
            )
            # (a line ending on "or", "of" is no heading: "Certified Medical Administrative
            # Assistant (CMAA) or" + "Certified Medical Assistant (CMA)")
            if (end == "," or not dangling) and (goes_on or dangling) and _is_heading(last):
                goes_on = dangling = False
            # a name broken after its first capitalised words, "or" before it ("... (RHIA) or
            # Registered", "... or Certified Professional"): wrapped already at 50 characters
            # (the text's longest line only in a text of several lines: in a title over a
            # company's name, or two lines alone, the next word never fits)
            # (the last word's capital first: most wrapped lines end on a lower-case word)
            named = (
                goes_on
                and end.isalpha()
                and last[last.rfind(" ") + 1].isupper()
                and (len(raw) < width or len(lines) >= _ALONE_MIN_LINES)
                and _opens_name(last)
            )
            joinable = goes_on and (len(line) >= _WRAP_MIN_CHARS or named)
        prev = len(raw)
    return out


def _value_goes_on(line: str) -> bool:
    """Whether a line opens with the rest of a value whose label is on the line above: a " | "
    before the line's first label ("Time, Benefits Eligible | FTE: 1.0")."""
    return " | " in line[: line.find(": ")]


#: How a heading ending in a dash instead of a colon ends ("Education -", "Required –").
_DASH_ENDS: Final = (" -", " –", " —")
#: ... and is at most this long (the longest label _HEADING_COLON_RE takes).
_DASH_HEAD_MAX: Final = 46
#: Such a heading's words (_HEADING_COLON_RE's label, of any length).
_DASH_STEM_RE: Final = re.compile(r"[A-Za-z][A-Za-z &'/,()-]+")


def _dash_heads(lines: list[str]) -> bool:
    """A heading written with a dash for its colon ("Required -", "Must hold one of -") given its
    colon, so it reads as the same heading does with one. Only a label of a few words (letters,
    no figures: "$20 -" over "$25" is a wrapped range) that is capitalised as a heading is or
    leads a list ("... (one of the following) -"), or is followed by a list item, a blank
    line, a field or the end ("Call us today -" over "we are hiring" is a sentence going on).
    Changes ``lines`` in place; whether it changed one."""
    n = len(lines)
    changed = False
    for i, line in enumerate(lines):
        if not line.endswith(_DASH_ENDS):
            continue
        stem = line[:-2].rstrip()
        lead = any(lead in stem.lower() for lead in LIST_LEADS)
        if (
            len(stem) > (_HEADING_MAX_CHARS - 1 if lead else _DASH_HEAD_MAX)
            or _DASH_STEM_RE.fullmatch(stem) is None
        ):
            # (a list's lead may be as long as any heading: "Minimum requirements (meet one of
            # the following) -", 48 characters, reads as with its colon, s18layout)
            continue
        after = lines[i + 1] if i + 1 < n else ""
        if (
            not after
            or _BULLET_ONLY_RE.match(after)
            or _opens_field(after)
            or _is_heading(stem)
            # a list's lead over its items: "Minimum Qualifications (one of the following) -"
            or lead
        ):
            lines[i] = stem + ":"
            changed = True
    return changed


#: Capitalised words of a name a line may end with after the word that opens it.
_NAME_WORDS: Final = 3


def _opens_name(line: str) -> bool:
    """Whether a line ends on one to three capitalised words after "or" / "and" / "of" and the
    like: the first words of a name whose rest is on the next line."""
    words = line.rsplit(" ", _NAME_WORDS + 1)
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        # a word of a name in title case ("Registered"; not an acronym: "... degree in HIT" +
        # "CPC, CCA or CCS" are two items)
        if not (len(w) > 1 and w[0].isupper() and w[1:].islower()):
            return w in _NAME_OPENERS and k < len(words) - 1
    return False


def _short_label(text: str) -> re.Match[str] | None:
    """The label of a few words a line or sentence opens with, a value after its colon ("Hours:
    full-time", "Required: HS diploma"), else None."""
    if ":" not in text[:32]:
        return None
    m = _HEADING_COLON_RE.match(text)
    return m if m is not None and m["rest"] and m["head"].count(" ") < _PIECE_LABEL_WORDS else None


def _opens_field(line: str) -> bool:
    """Whether a line opens with a capitalised label of a few words and its colon ("Hours:
    full-time", "Pay: $30/hr"): a field of its own, not the wrapped end of the line above. (In
    lower case it is the line above going on: "What we" + "need: a high school diploma"; a
    brand written in camel case is a label too: "eClinicalWorks: 1 year (Preferred)".)"""
    capital = line[0].isupper() or (line[0].islower() and line[1:2].isupper())
    return capital and _short_label(line) is not None


#: The sections that state a level.
_LEVEL_KINDS: Final = frozenset(("required", "preferred"))
#: A route's label ("Option B:", "Pattern III:", "Path 2:"): it heads one route, whose text is
#: its value, whatever follows (the same page writes "Option B: A high school diploma ...").
_ROUTE_LABEL_RE: Final = re.compile(
    r"(?:Option|Pattern|Path|Route|Alternative|OPTION|PATTERN|PATH|ROUTE|ALTERNATIVE) ?"
    r"(?:[A-Z]|\d{1,2}|[IVX]{1,4}):"
)
#: A label over its value is at most this long ("Medical records:", "Hourly rate:", "Record
#: completion or deficiency analysis:"): the longest _HEADING_COLON_RE takes, its colon too
#: (40 left a job board's longer area labels over their years: session 17).
_LABEL_MAX_CHARS: Final = 47


def _join_labels(lines: list[str], section_kind: Callable[[str], str | None]) -> list[str]:
    """A label on its own line over one value line, then a blank line, another label or the
    end ("Medical records:" + "1 year (Preferred)" + "Epic:"): one "label: value" line, as the
    same page writes it on one line, also when the value is a few capitalised words ("Remote
    Type:" / "On-site"). A label over a list or a paragraph stays a heading, and so
    does a section's heading over a blank line (the lines after the blank are in its section;
    ``section_kind`` names the section a heading opens) unless the value opens in lower case and
    the section states no level (a run-in label: "Perks:" / "remote equipment and ...")."""
    out: list[str] = []
    n = len(lines)
    skip = False
    # the lines come stripped (normalise_text, _unwrap): most fail the first test, at C speed
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if line[-1:] == ":" and len(line) <= _LABEL_MAX_CHARS and i + 1 < n:
            value = lines[i + 1].strip()
            after = lines[i + 2].strip() if i + 2 < n else ""
            if (
                value
                and value[-1] != ":"
                and (
                    not after
                    or after[-1] == ":"
                    or _opens_field(after)
                    or _ROUTE_LABEL_RE.fullmatch(line) is not None
                )
                # a section's heading over a blank line keeps its section, unless its "value"
                # opens in lower case: a run-in label ("What we offer:" / "paid training and
                # ..."), whose section ends with it as on one line (a level's heading keeps it:
                # "Nice to have:" / "coding certificate" / "" / "bilingual" may be a list)
                and (
                    after
                    or i + 2 >= n
                    or (kind := section_kind(line)) is None
                    or (value[0].islower() and kind not in _LEVEL_KINDS)
                )
                and _HEADING_COLON_RE.match(line) is not None
                and not _BULLET_ONLY_RE.match(value)
                # "one of the following:" over "Option A: ..." introduces a list of fields
                and not _opens_field(value)
            ):
                out.append(f"{line} {value}")
                skip = True
                continue
        out.append(line)
    return out
