"""Text that XML 1.0 can hold: the control characters it forbids are dropped, with a warning."""

from __future__ import annotations

import re
import warnings

from compare.util.errors import DataWarning

# XML 1.0 allows tab, newline and carriage return among C0 controls; never the rest, nor U+FFFE/U+FFFF.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str, where: str) -> str:
    """`text` without the characters XML 1.0 forbids; a DataWarning naming `where` when any were dropped."""
    clean, dropped = XML_FORBIDDEN.subn("", text)
    if dropped:
        warnings.warn(
            DataWarning(f"{where}: {dropped} control character(s) that XML cannot hold dropped"), stacklevel=2
        )
    return clean
