"""Regular expressions compiled at their first use, and tried only on text that holds a literal they need.

Compiling a pattern with a long alternation (every ordinal word, every month
name) takes milliseconds; most runs need few of them, and many none (`--help`,
a warm memo). A search for a case-insensitive pattern is a scan of the whole
text; a literal every match holds, looked up in the text lower-cased, skips
most texts without it.
"""

from __future__ import annotations

import functools
import re

# The letters that `re.IGNORECASE` matches to an ASCII letter besides its two cases ("ı" and "İ" are "i",
# "ſ" is "s", the Kelvin sign "k"; `re._casefix`); `str.lower` alone would keep them apart.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def folded(text: str) -> str:
    """`text` lower-cased as `re.IGNORECASE` compares letters: an ASCII literal that a case-insensitive
    pattern matches in `text` is a substring of `folded(text)`."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


class Lazy:
    """A pattern compiled at its first use; `needs` (lower-case ASCII literals), when given, holds one
    literal that every match holds, so that text without any of them is never searched."""

    def __init__(self, source: str, flags: int = 0, needs: tuple[str, ...] = ()) -> None:
        self.source, self.flags, self.needs = source, flags, needs

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(self.source, self.flags)

    def may_match(self, folded_text: str) -> bool:
        """False only when the pattern cannot match the text whose `folded` form is `folded_text`."""
        return not self.needs or any(literal in folded_text for literal in self.needs)

    def search(self, text: str) -> re.Match | None:
        return self.compiled.search(text) if not self.needs or self.may_match(folded(text)) else None

    def __getattr__(self, name: str):  # match, finditer, sub ...: those of the compiled pattern
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)
