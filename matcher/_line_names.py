"""Names a hard-wrapped line may break after their first words: a credential's ("Certified
Medical" + "Administrative Assistant"), a credentialing body's, a field of study's ("Health
Information" + "Management (bachelor's) ..."). matcher._lines joins such a break whatever the
text's width (s18layout).
"""

from __future__ import annotations

from typing import Final

from matcher._lexicon_codes import BODY_NAMES, CERT_NAMES

#: Fields of study a programme or degree is named by, spelled out.
_FIELD_NAMES: Final = (
    "Health Information Management",
    "Health Information Technology",
    "Health Information Administration",
    "Health Information Services",
)
#: Words of a name a line may end with (matcher._lines: _NAME_WORDS).
_TAIL_WORDS: Final = 3
#: The first two words and more of every such name, lower case ("certified medical", "certified
#: medical administrative", ..., "health information management").
_NAME_PREFIXES: Final = frozenset(
    " ".join(words[:k])
    for words in (
        name.lower().replace("-", " ").split()
        for name in (*CERT_NAMES, *BODY_NAMES.values(), *_FIELD_NAMES)
    )
    for k in range(2, len(words) + 1)
)


def name_goes_on(last: str, line: str) -> bool:
    """Whether the capitalised words ending ``last`` and the first words of ``line`` are the
    start of a name ("Certified Medical" + "Administrative ...")."""
    tail = last.rsplit(" ", _TAIL_WORDS)[1:]
    head = line.split(" ", 2)[:2]
    for j in range(len(tail)):
        for k in (1, 2):
            if " ".join(tail[j:] + head[:k]).lower() in _NAME_PREFIXES:
                return True
    return False
