"""Two consecutive meetings of any size, for timing one alignment against the units per meeting.

Paragraphs of 20-90 words drawn from a Zipf-distributed vocabulary of made-up words plus the function
words of a report; the later meeting drops 15% of the units, keeps 25%, edits the rest (words replaced,
inserted, deleted), adds 10% new ones and swaps a few neighbours. Deterministic for a size and seed.
"""

from __future__ import annotations

import random

from compare.model import Meeting, Unit

FUNCTION_WORDS = "the of and to in that a for on was were by with as be its from States Working Group".split()
SYLLABLES = "ka re mi to su na ri ve lo pa de fi go hu ja ne si ta ul or".split()


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def paragraph(rng: random.Random, words: list[str], weights: list[float]) -> str:
    length = rng.randint(20, 90)
    content = rng.choices(words, weights, k=length)
    return " ".join(w if rng.random() < 0.6 else rng.choice(FUNCTION_WORDS) for w in content) + "."


def edit(text: str, rng: random.Random, words: list[str]) -> str:
    tokens = text.split()
    for _ in range(max(1, len(tokens) // 10)):
        at = rng.randrange(len(tokens))
        action = rng.random()
        if action < 0.4:
            tokens[at] = rng.choice(words)
        elif action < 0.7:
            tokens.insert(at, rng.choice(words))
        elif len(tokens) > 10:
            del tokens[at]
    return " ".join(tokens)


def pair(units: int, seed: int = 17) -> tuple[Meeting, Meeting]:
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    old_texts = [paragraph(rng, words, weights) for _ in range(units)]
    new_texts = []
    for text in old_texts:
        fate = rng.random()
        if fate < 0.1:
            new_texts.append(paragraph(rng, words, weights))
        if fate < 0.15:
            continue
        new_texts.append(text if fate < 0.4 else edit(text, rng, words))
    for _ in range(units // 50):
        at = rng.randrange(len(new_texts) - 1)
        new_texts[at], new_texts[at + 1] = new_texts[at + 1], new_texts[at]
    return _meeting("bench-old", old_texts), _meeting("bench-new", new_texts)


def _meeting(meeting_id: str, texts: list[str]) -> Meeting:
    units = tuple(
        Unit(ref=str(n), paragraph=n, item="", text=text, is_recommendation=n % 10 == 0)
        for n, text in enumerate(texts, start=1)
    )
    return Meeting(meeting_id=meeting_id, body="Bench Working Group", units=units)
