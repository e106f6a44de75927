"""WordprocessingML names and the small readers of its elements that every part of the DOCX reader uses."""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
FALSE_VALUES = {"0", "false", "off", "none"}


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def val(element, default: str = "") -> str:
    return element.get(w("val"), default) if element is not None else default


def on(element) -> bool | None:
    """A toggle property (`w:b`): None when absent."""
    if element is None:
        return None
    return val(element, "true").lower() not in FALSE_VALUES
