"""Abbreviations a figure follows ("incl. 1 yr", "Min. 3 years", "approx. 20 hrs/wk"): the
sentence cuts (matcher._cuts) and the experience patterns (matcher._lexicon) read past their dot.
"""

from __future__ import annotations

from typing import Final

#: Abbreviations a figure follows ("incl. 1 yr in Epic", "approx. 20 hrs/wk"): their dot before
#: a digit ends no sentence (matcher._cuts; session 18: "Experience preferred, approx." and
#: "1 year" were read apart), nor an experience cue's clause (ABBREVIATION_DOT). Not after a
#: figure ("30 min. 2 breaks": minutes) nor inside a longer word ("Admin. 2").
FIGURE_LEADERS: Final = frozenset(("incl", "approx", "appx", "apx", "abt", "est"))
#: ... and cues that close a clause as often as they open one ("RHIT pref. 2+ yrs HIM exp", "1
#: yr min. 2 yrs pref."): only where they open the line or a clause, after ",", "(", ":" or "-"
#: ("Min. 3 years", "Records exp., pref. 2 yrs", "(pref. 3 years)", "Exp. req.: min. 1 yr.").
FIGURE_CUES: Final = frozenset(("min", "max", "pref", "req", "exp"))
#: What a cue of FIGURE_CUES follows where it opens a clause (a blank between allowed).
FIGURE_CUE_AFTER: Final = ",(:-"
#: Their dot, inside a pattern's gap that stops at a clause's end ("[^.;]"): "required, min. 2"
#: ("exp." apart: EXPERIENCE_HEAD_RE reads its dot itself, not before "date": "exp. date 2024").
#: The dot first: a gap backing off tries it at each place, and most places hold none.
ABBREVIATION_DOT: Final = (
    r"\.(?:"
    + "|".join(rf"(?<=\b{w}\.)" for w in sorted((FIGURE_LEADERS | FIGURE_CUES) - {"exp"}))
    + ")"
)
