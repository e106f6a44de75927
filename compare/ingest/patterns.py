"""Regular expressions compiled at their first use, and tried only on text that may hold a match.

Compiling a pattern with a long alternation (every ordinal word, every month
name) takes milliseconds; most runs need few of them, and many none (`--help`,
a warm memo). Searching for a case-insensitive pattern scans the whole text;
a literal that every match holds, looked up in the text lower-cased, skips
most texts at once. A screen (the same pattern with a short, looser part in
place of the long alternation) is cheap to compile and rules out the rest
without compiling the pattern itself.
"""

from __future__ import annotations

import functools
import re

# The letters `re.IGNORECASE` matches to an ASCII letter besides its two cases, where `str.lower` keeps
# them apart (`re._casefix`; "İ".lower() is two characters): the Kelvin sign lowers to "k" by itself.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """`text` lower-cased as `re.IGNORECASE` compares letters: an ASCII literal that a case-insensitive
    pattern matches in `text` is a substring of `folded(text)`."""
    if text.isascii() or ("İ" not in text and "ı" not in text and "ſ" not in text):
        return text.lower()
    return text.translate(_FOLD).lower()


class Lazy:
    """A pattern compiled at its first use.

    `needs` (lower-case ASCII literals), when given, holds one literal that every match holds; `screen`,
    when given, is a pattern (same flags) that matches wherever this one does: text without any of the
    literals, or where the screen finds nothing, is never searched with the pattern itself.
    """

    def __init__(self, source: str, flags: int = 0, needs: tuple[str, ...] = (), screen: str = "") -> None:
        self.source, self.flags, self.needs, self.screen = source, flags, needs, screen

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(self.source, self.flags)

    @functools.cached_property
    def screened(self) -> re.Pattern:
        return re.compile(self.screen, self.flags)

    def may_hold(self, lowered: str) -> bool:
        """False when the text (or any of the texts, joined by line breaks) whose `folded` form is `lowered`
        holds none of the literals a match needs."""
        return not self.needs or any(literal in lowered for literal in self.needs)

    def search(self, text: str, lowered: str | None = None) -> re.Match | None:
        """`compiled.search(text)`; `lowered`, when given, is `folded(text)`."""
        if self.needs and not self.may_hold(folded(text) if lowered is None else lowered):
            return None
        if self.screen and not self.screened.search(text):
            return None
        return self.compiled.search(text)
