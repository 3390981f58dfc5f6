"""The OR blocks of a federal grade section (matcher._paths): where a posting sets its
alternatives apart ("OR", "--OR--", "Or II" / "I. ...; or", or an Experience / Education /
Combination heading each) and where each block of them starts and ends; each alternative's text is
read in matcher._paths_segment. matcher._paths cuts the posting into grade sections and gathers
the blocks' paths.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from matcher._lines import _BULLET_MARK
from matcher._literal_scan import finditer_at
from matcher._paths_bounds import (
    ANCHOR_RE,
    BLOCK_END_RE,
    CLUSTER_END_RE,
    FIELD_LINE_RE,
    FIRST_HEAD_RE,
    NEXT_ITEM_RE,
    OWN_REQUIREMENT_RE,
    ROUTE_LEAD_RE,
    SEGMENT_END_RE,
    item_start,
    line_start,
    sentence_start,
)
from matcher._paths_parts import first_years
from matcher._paths_segment import MARK_BEFORE_RE, combination_path, segment
from schemas.models import QualificationPath

#: A federal alternative marker: "OR", "OR,", "--OR--", "; OR". Upper case only, never a state
#: ("Portland, OR 97201").
_OR_RE: Final = re.compile(
    # "(?=[-O])" first: the engine then skips to those characters in C (speed only: 2.5x)
    r"(?=[-O])(?:-{1,2} ?)?(?<![A-Za-z])OR(?![A-Za-z])(?! ?\d{5})(?: ?-{1,2})?[,:;.]?"
)
#: A state civil-service alternative: "Either I" ... "Or II" ... "Or III", each on its own line
#: (the numeral tells it from a sentence opening with "Or").
#: Also "or" closing a line whose next line opens with the numeral: "I. One year of ...; or" /
#: "II. An associate degree ..." (session 13).
_NUMBERED_OR_RE: Final = re.compile(
    r"^[ \t]*Or (?:I{1,3}|IV|V)\b\.?:?|(?<![A-Za-z])or\n\s*(?:I{1,3}|IV|V)\.(?= )", re.M
)


def may_close_with_or(text: str, lo: int, hi: int) -> bool:
    """Whether an "or" may close a line before a Roman numeral's (a blank line between): one
    str.find (each costs ~4k instructions on a 3 KB posting), then the few lines it finds."""
    pos = text.find("or\n", lo, hi)
    while pos >= 0:
        if text.startswith("I", pos + 3) or text.startswith("\nI", pos + 3):
            return True
        pos = text.find("or\n", pos + 3, hi)
    return False


#: Every _OR_RE match holds "OR" at most this far from its start (the dashes and a space).
_OR_BACK: Final = 3
#: Alternatives set apart by headings alone, no "OR" between them (federal): "Specialized
#: experience: ..." / "Education: ..." / "Combination: ...". A combination heading after an
#: experience and an education heading is what makes them alternatives: a job board's
#: "Education:" and "Experience:" fields are both asked.
_HEADED_RE: Final = re.compile(
    r"^[ \t]*(?:(?P<exp>(?:(?:General|Specialized|Creditable|Qualifying) )?[Ee]xperience)|"
    r"(?P<edu>Education)|(?P<comb>Combination)(?: of (?:the )?(?:education|experience|training|"
    r"schooling)\b[^:\n]{0,40}?)?)\s?:",
    re.M,
)
#: A zero-width match: where a heading's line starts, as a separator that cuts nothing out.
_HERE_RE: Final = re.compile("")
#: A heading this close after an "OR" is the alternative that OR opens (no second separator).
_OR_NEAR: Final = 12


def _headed(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Zero-width separators at the lines of the later two of three alternatives set apart by
    headings (_HEADED_RE), or none."""
    if "Combination" not in text[lo:hi]:
        return []  # most postings
    heads = list(itertools.islice(_HEADED_RE.finditer(text, lo, hi), _MAX_MARKERS))
    for i in range(2, len(heads)):
        a, b, c = heads[i - 2 : i + 1]
        if (
            c.group("comb") is not None
            and {a.lastgroup, b.lastgroup} == {"exp", "edu"}
            and c.start() - a.start() <= _BLOCK_GAP
        ):
            return [
                m for m in (_HERE_RE.match(text, b.start()), _HERE_RE.match(text, c.start())) if m
            ]
    return []


#: A sentence's end (a wrapped line goes on: a newline alone is no end).
_SENTENCE_END_RE: Final = re.compile(r"\.(?:\s|$)")
#: A line opening with a list marker that ends in a dot ("2. An associate ...", "B. Graduation
#: from ..."): that dot ends no sentence.
_DOT_MARKER_RE: Final = re.compile(
    r"[ \t]*" + _BULLET_MARK
)  # the list markers split_sentences knows
_BLOCK_GAP: Final = 1500
#: A bound on hostile input (a page of "OR"s): real announcements have a few.
_MAX_MARKERS: Final = 24
_LOOK_BACK: Final = 700


def _sentence_end(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first sentence end between ``lo`` and ``hi``, past the dots of list markers: the
    route after "1. One year ...\nOR\n" is the whole of "2. An associate degree ..."."""
    stop = _SENTENCE_END_RE.search(text, lo, hi)
    while stop is not None and _DOT_MARKER_RE.fullmatch(
        text, text.rfind("\n", 0, stop.start()) + 1, stop.end() - 1
    ):
        stop = _SENTENCE_END_RE.search(text, stop.end(), hi)
    return stop


def or_blocks(
    text: str, lo: int, hi: int, grade: str | None, numbered: bool = True
) -> list[tuple[list[QualificationPath], str]]:
    """The OR blocks between ``lo`` and ``hi``: (their paths, the block's text). ``numbered``:
    whether the posting may hold numbered state routes at all (looked for once a posting)."""
    # a posting states a handful of alternatives: the first few markers are all there is to read
    seps = list(itertools.islice(finditer_at(_OR_RE, text, "OR", _OR_BACK, lo, hi), _MAX_MARKERS))
    # headings with no "OR" before them ("You may qualify on experience, education, or both.")
    headed = [
        h
        for h in _headed(text, lo, hi)
        if not any(0 <= h.start() - m.end() <= _OR_NEAR for m in seps)
    ]
    if headed:
        seps = sorted(seps + headed, key=lambda m: m.start())
    if numbered and (text.find("\nOr ", lo, hi) >= 0 or may_close_with_or(text, lo, hi)):
        # rare: "Either I ... Or II ... Or III", "I. ...; or" / "II. ..."
        romans = list(itertools.islice(_NUMBERED_OR_RE.finditer(text, lo, hi), _MAX_MARKERS))
        seps = sorted(seps + romans, key=lambda m: m.start())
    clusters: list[list[re.Match[str]]] = []
    for m in seps:
        prev = clusters[-1][-1].end() if clusters else 0
        if (
            clusters
            and m.start() - prev <= _BLOCK_GAP
            and not CLUSTER_END_RE.search(text, prev, m.start())
        ):
            clusters[-1].append(m)
        else:
            clusters.append([m])
    out = []
    for cluster in clusters:
        window_lo = max(lo, cluster[0].start() - _LOOK_BACK)
        anchors = list(ANCHOR_RE.finditer(text, window_lo, cluster[0].start()))
        # after the last anchor with text of its own before the OR, from the first heading
        start = window_lo
        for a in reversed(anchors):
            if text[a.end() : cluster[0].start()].strip(" \n-:.,;"):
                start = a.end()
                break
        head = FIRST_HEAD_RE.search(text, start, cluster[0].start())
        if head is not None:
            # "Education: HS diploma. Associate preferred.\nExperience: two years OR ...": a
            # field of the other kind stated before the line of the first route is no route
            later = list(FIRST_HEAD_RE.finditer(text, head.end(), cluster[0].start()))
            own = later[-1] if later else None
            if (
                own is not None
                and text[own.start() - 1 : own.start()] == "\n"
                and ("Educ" in head.group() or "EDUC" in head.group())
                != ("Educ" in own.group() or "EDUC" in own.group())
            ):
                head = own
        inline = head is None and not anchors  # "Minimum: 2-year degree, OR high school ..."
        if head is not None:
            start = head.start()
        elif not anchors:  # no heading: the sentence or paragraph the OR closes (lines may wrap)
            first = cluster[0].start()
            while first > start and text[first - 1] in " .;,\n":  # "... record data. OR"
                first -= 1
            cut = sentence_start(text, start, first)
            item = -1
            if "\n" in text[start:first]:
                # a list item: marked, else a line of its own as the reader reads lines
                item = item_start(text, start, first)
                if item < 0:
                    item = line_start(text, max(start, cut + 1), first)
            if item > cut:
                cut = item - 1  # a list item: the route is the item, not the sentence before it
            elif cut > start and first_years(text[cut:first]) is None:
                # "... one year of experience. Specialized experience includes X. OR": the
                # sentence before the examples states the route
                cut = sentence_start(text, start, cut)
            start = max(start, cut + 1)
        last = cluster[-1].end()
        reach = min(hi, last + 2 * _BLOCK_GAP)  # a block ends within a page of its last OR
        seg_end = SEGMENT_END_RE.search(text, last + 5, reach)
        end = seg_end.start() if seg_end else min(hi, last + _BLOCK_GAP)
        # a bulleted list goes on to its next item: the alternative ends with its line
        # (every marker split_sentences knows: "o", "a)", "(a)" too; s12form)
        bullet = NEXT_ITEM_RE.search(text, last + 3, end)
        if bullet is not None:
            end = bullet.start()
        block_end = BLOCK_END_RE.search(text, last + 5, reach)
        span_end = block_end.start() if block_end else reach
        line_end = text.find("\n", last)
        if (
            "\n" not in text[cluster[0].start() : last]
            and text[last:line_end].strip(" \t,;:-")
            and FIELD_LINE_RE.match(text, text.rfind("\n", 0, cluster[0].start()) + 1)
        ):
            # every route on one labelled line ("Education: Bachelor's in HIM OR associate with
            # RHIT"): the next labelled line ("Experience: two years ...") is another field
            field_line = FIELD_LINE_RE.search(text, line_end + 1, end) if line_end > 0 else None
            if field_line is not None:
                end = span_end = field_line.start()
        if bullet is not None and bullet.group("marker"):
            # the list's next item is the posting's next requirement, not an example of the
            # routes ("- 5+ years of progressive HIM experience" after "- Bachelor's OR ...")
            span_end = min(span_end, end)
        # (searched from the route's first word: "OR" / "Two years of ..." is the route)
        lead = ROUTE_LEAD_RE.match(text, last, end) if inline else None
        own = None if lead is None else OWN_REQUIREMENT_RE.search(text, lead.end(), end)
        if own is not None:
            # a list without marks or full stops: the next line (or "; " piece) that states a
            # figure of years or a credential with its level is the posting's next requirement
            # ("... in place of the bachelor's" / "Five years of HIM experience, ..." / "RHIA
            # or RHIT required"), as the next list item is
            end = span_end = own.start()
        if inline:
            # alternatives inside one sentence end with it: the next line is the posting's next
            # requirement ("... OR high school diploma plus two years of experience." then
            # "Certified Medical Assistant ... helpful.")
            stop = _sentence_end(text, last, end)
            if stop is not None:
                end = stop.start() + 1
                # the sentences after it that speak of the experience still belong to the block
                # ("Specialized experience is ..."); the first that does not ends it
                nxt = end
                while nxt < span_end:
                    after = _sentence_end(text, nxt, span_end)
                    stop_at = after.start() + 1 if after else span_end
                    if "experience" not in text[nxt:stop_at].lower():
                        break
                    nxt = stop_at
                span_end = nxt
        bounds = [start] + [m for c in cluster for m in (c.start(), c.end())] + [end]
        segments = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
        paths: list[QualificationPath] = []
        combination: str | None = None
        # the first alternative's list mark, left before the block's start ("(a) RHIT; OR")
        first_marked = MARK_BEFORE_RE.search(text, max(0, start - 6), start) is not None
        for n, seg in enumerate(segments):
            got = segment(seg, grade, n == 0 and first_marked)
            if got == "combination":
                combination = seg + text[end : min(span_end, end + 800)]
            elif isinstance(got, list):
                paths += got
        routes = {p.label for p in paths}
        # "associate degree OR a coding certificate" is one route: the lowest level; "diploma and
        # one year OR an associate degree and six months" are two (schooling with the years)
        kinds = {
            (p.label, p.education if p.label == "education and experience" else None) for p in paths
        }
        if not routes & {"experience", "education", "training", "education and experience"} or (
            len(kinds) < 2 and combination is None
        ):
            continue
        if combination is not None:
            comb = combination_path(paths, combination, grade)
            if comb is not None:
                paths.append(comb)
        out.append((paths, text[start:span_end]))
    return out
