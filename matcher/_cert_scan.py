"""The sentences of a posting that may hold a credential mention, found without a case-sensitive
automaton pass over the posting (issue 15).

Every credential mention lies in a sentence holding a trigger word of
matcher._triggers.CERT_TRIGGERS (case-sensitive): a code's first two capitals ("RH", "CC"), a
dotted code's first capital and dot ("R." for "R.H.I.T."), a body ("AHIMA"), a piece of a
spelled-out name ("ertif", "EGIST"). The automaton pass cost ~80 instructions a character
(~240k a 3 KB posting, for a family that reads ~8 of its ~60 sentences). Here the triggers that
open with a capital or a dot are searched by one pattern per first character ("C" then one of
"CHDP..."), each with a literal prefix: the engine skips from one "C" to the next in C (~5
instructions a character; a pattern opening with a class of characters costs ~60).

The triggers that open in lower case ("ertif", "egist") only find spelled-out names, and a
sentence can hold a name only when it holds a name word (matcher._scan_words.NAME_WORDS: "certi",
"regis"); the posting's one lower-case scan has found those sentences already.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from matcher._lexicon_codes import CERT_NAME_STARTS
from matcher._scan_words import NAME_WORDS
from matcher._sentences import Doc
from matcher._triggers import CERT_TRIGGERS


def _by_first_character(words: list[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per first character: "CC", "CH", "C." as "C(?:C|H|\\.)"."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return tuple(re.compile(re.escape(f) + "(?:" + "|".join(r) + ")") for f, r in rests.items())


#: The triggers of spelled-out names, built as matcher._triggers builds them ("ertif", "EGIST").
_NAME_TRIGGERS: Final = tuple(
    w for w in CERT_TRIGGERS if w in {t for s in CERT_NAME_STARTS for t in (s[1:6], s[1:6].upper())}
)
_CODE_PATTERNS: Final = _by_first_character([w for w in CERT_TRIGGERS if w not in _NAME_TRIGGERS])


def cert_sentences(doc: Doc) -> tuple[list[int], list[int] | None]:
    """(sentences that may hold a credential mention, sentences holding a name word), in order.

    The first are the sentences holding CERT_TRIGGERS (as written) less those whose
    only trigger words are a name's and that hold no name word (they can hold no mention). The
    second is None on other than ASCII text, whose lower case may move the sentences.
    """
    text, starts, sentences = doc.text, doc.starts, doc.sentences
    # a match ends where it starts: no trigger holds the newline between sentences
    found = {
        bisect_right(starts, m.start()) - 1 for rx in _CODE_PATTERNS for m in rx.finditer(text)
    }
    if not text.isascii():
        for w in _NAME_TRIGGERS:  # str.find skips in C; a pattern would try every "e"
            pos = text.find(w)
            while pos >= 0:
                found.add(bisect_right(starts, pos) - 1)
                pos = text.find(w, pos + 1)
        return sorted(found), None
    names = doc.with_words(NAME_WORDS)
    for i in names:
        if i not in found and any(w in sentences[i].text for w in _NAME_TRIGGERS):
            found.add(i)
    return sorted(found), names
