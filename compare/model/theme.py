"""A theme of the taxonomy: what units are about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Theme:
    """A theme: its id and label, and the articles and words that tell a unit is about it."""

    id: str
    label: str
    description: str = ""
    articles: tuple[str, ...] = ()  # "16", "18.18" (article 18, paragraph 18)
    keywords: tuple[str, ...] = ()
    heading_keywords: tuple[str, ...] = ()  # words that count only in headings ("introduction")
    procedural: bool = False  # about the meeting itself; its headings yield to a unit's clear topic
