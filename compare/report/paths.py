"""Where each page of the report lives, and names fit for files made from ids."""

from __future__ import annotations

import hashlib
import re

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def safe_name(text: str) -> str:
    """`text` as a file name: kept when already safe, else cleaned and suffixed with a hash.

    The hash keeps two different ids that clean to the same name apart.
    """
    cleaned = _UNSAFE_NAME.sub("_", text).lstrip(".")[:100]
    if cleaned == text:
        return text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned or '_'}-{digest}"


def theme_path(theme_id: str) -> str:
    return f"themes/{safe_name(theme_id)}.html"


def pair_path(old_id: str, new_id: str, suffix: str = ".html") -> str:
    """The pair's page (or, with `suffix=".docx"`, its Word redline)."""
    return f"pairs/{safe_name(old_id)}--{safe_name(new_id)}{suffix}"
