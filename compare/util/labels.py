"""The one label of a cited article, resolution or decision, used by every stage and page."""

from __future__ import annotations

CORRUPTION_PREFIX = "uncac:"


def reference_label(kind: str, ref_id: str) -> str:
    """ "article 18, paragraph 18" for ("article", "18.18"), "resolution 5/7" for ("resolution", "5/7");
    an article of the Convention against Corruption ("uncac:16.2") says so."""
    if kind != "article":
        return f"{kind} {ref_id}"
    convention = " of the Convention against Corruption" if ref_id.startswith(CORRUPTION_PREFIX) else ""
    article, _, paragraph = ref_id.removeprefix(CORRUPTION_PREFIX).partition(".")
    return f"article {article}" + (f", paragraph {paragraph}" if paragraph else "") + convention
