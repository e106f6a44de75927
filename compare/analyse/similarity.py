"""How alike two units' texts are: the score the aligner thresholds.

The text similarity of two units is the mean of two measures, each 0..1:

- word order: 2 * (longest common subsequence of words) / (words of both),
  `compare.analyse.diff.similarity`. It rewards text kept in place, so a paragraph
  whose dates and names changed stays close, and it is what the word diff
  shows;
- character n-grams: the cosine of TF-IDF vectors of the 3- to 5-letter
  pieces of each word. It forgives inflection ("request"/"requested"),
  order (a list of States in another order) and reworded clauses, and the
  inverse document frequency over the units being compared discounts what
  every unit says ("the Working Group", "international cooperation").

Each measure alone lets some pairs through that the other catches: word
order is fooled by shared function words in two long unrelated paragraphs,
n-grams by two paragraphs on one topic. Their mean separates them better
than either (see `compare.analyse.align` for the calibration).

One exception lifts the mean: procedural paragraphs repeat a formula
around names that all change ("Statements were made by representatives of
the following States: ...", "... the discussion on agenda item 3 was led
by the following panellists: ..."), so the text measures see mostly
different names (0.33-0.42 on the illustrative samples). When the
`skeleton`s of two texts (names, numbers and lists collapsed to "#") have
at least FORMULA_MIN_WORDS words and agree to FORMULA_AGREEMENT, the score
becomes the mean of the text score and that agreement if higher (0.63-0.70
there). No two different units of the seed agree that well unless they are
the same formula (the seed's two panellist paragraphs).

Identity is decided on `canonical` text, which ignores spacing, quote and
dash styles, markup, footnote marks and the punctuation that ends a list
item ("; and" / "."), so an item moved to the end of its list is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel
from scipy.sparse import csr_matrix

from compare.analyse.bags import (
    Bag,
    Tokens,
    Words,
    bags,
    shared_codes,
    shared_vocabulary,
    skeleton_tokens,
    word_gram_ids,
    word_ids,
)
from compare.analyse.diff import WORD_TOKEN

DENSE_CELLS = 1 << 18  # old rows spread out dense at once (2 MB: stays in cache)
PRODUCT_PER_GATHER = 4.0  # a product's multiplication costs about a quarter of a gathered entry (measured)
FORMULA_AGREEMENT = 0.9  # skeletons this alike are one formula with other names, dates or lists
FORMULA_MIN_WORDS = 6  # shorter skeletons ("the # made a statement") say too little
_NAME_GLUE = {"and", "of", "the", "former", "de", "del", "la", "y", "et", "du", "des", "le"}

# curly quotes, primes, dashes and non-breaking spaces -> their plain forms
_QUOTES = str.maketrans("“”„‟″‘’‚‛′–—‑‐\u00a0\u202f", "\"\"\"\"\"'''''----  ")
_MARKUP = re.compile(r"\[\^\w{1,4}\]|</?[A-Za-z][^<>]{0,200}>|\*\*|__|\u00ad")
_SPACED_MARKS = tuple((" " + mark, mark) for mark in ",;:.!?)]")
_LIST_END = re.compile(r"(?:[;,.:]\s*(?:and|or)?|\s+(?:and|or))\s*$")
_LIST_END_SPAN = 8  # the longest list ending once every space is single ("; and") fits


@lru_cache(maxsize=50_000)
def canonical(text: str) -> str:
    """`text` as compared for identity: one spacing, plain quotes and dashes, no markup,
    no footnote marks, no list-ending punctuation.

    Whitespace runs become one space (`str.split` splits where the regex `\\s+` would), then the
    space before a closing mark goes, and the list ending is looked for in the last few characters
    only: with single spaces no ending is longer."""
    text = " ".join(_MARKUP.sub("", text.translate(_QUOTES)).split())
    for spaced, mark in _SPACED_MARKS:
        if spaced in text:
            text = text.replace(spaced, mark)
    return (text[:-_LIST_END_SPAN] + _LIST_END.sub("", text[-_LIST_END_SPAN:])).strip()


@lru_cache(maxsize=50_000)
def _cased_words(text: str) -> tuple[str, ...]:
    """The words of the canonical text, as written."""
    return tuple(WORD_TOKEN.findall(canonical(text)))


@lru_cache(maxsize=50_000)
def _word_list(text: str) -> tuple[str, ...]:
    """The words lower-cased, all in one call (NUL, which no word holds, keeps each word's own casing
    context, as a final sigma's)."""
    words = _cased_words(text)
    return tuple("\x00".join(words).lower().split("\x00")) if words else ()


@lru_cache(maxsize=50_000)
def _ngram_counts(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The text's distinct n-grams, as sorted CRC-32 ids (stable across runs), and their counts.

    Two n-grams sharing an id (rare among the thousands a corpus holds) are counted as one.
    """
    _, ids = word_gram_ids(_word_list(text))
    unique, counts = np.unique(ids, return_counts=True)
    return unique, counts.astype(np.float64)


def _tfidf_rows(texts: Sequence[str]) -> csr_matrix:
    """L2-normalised TF-IDF rows (sublinear tf, smoothed idf) of the texts' n-grams."""
    counts = [_ngram_counts(t) for t in texts]
    ids = np.concatenate([i for i, _ in counts])
    grams, cols = np.unique(ids, return_inverse=True)
    rows = np.repeat(np.arange(len(texts)), [len(i) for i, _ in counts])
    tf = 1 + np.log(np.concatenate([c for _, c in counts]))
    idf = np.log((1 + len(texts)) / (1 + np.bincount(cols, minlength=len(grams)))) + 1
    matrix = csr_matrix((tf * idf[cols], (rows, cols)), shape=(len(texts), len(grams)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def ngram_cosine(old_texts: Sequence[str], new_texts: Sequence[str]) -> np.ndarray:
    """Cosine of n-gram TF-IDF vectors, the IDF taken over both lists of texts."""
    if not old_texts or not new_texts:
        return np.zeros((len(old_texts), len(new_texts)))
    rows = _tfidf_rows(list(old_texts) + list(new_texts))
    old_rows, new_rows = rows[: len(old_texts)], rows[len(old_texts) :]
    return np.clip((old_rows @ new_rows.T).toarray(), 0.0, 1.0)


def word_order(old_texts: Sequence[str], new_texts: Sequence[str]) -> np.ndarray:
    """2 * LCS / (|old| + |new|) over the lower-cased words, for every pair."""
    if not old_texts or not new_texts:
        return np.zeros((len(old_texts), len(new_texts)))
    old_words = [list(_word_list(t)) for t in old_texts]
    new_words = [list(_word_list(t)) for t in new_texts]
    return process.cdist(old_words, new_words, scorer=Indel.normalized_similarity, dtype=np.float64)


@lru_cache(maxsize=50_000)
def skeleton(text: str) -> tuple[str, ...]:
    """The words of `text` with every name, number and list of names collapsed to one "#".

    A word is a name when it carries a capital (the text's first word
    aside) and a number when it carries a digit; the small words inside
    names and lists ("Bosnia and Herzegovina", "Iran (Islamic Republic of)",
    "Chile, Peru and the Sudan") go with them. What is left is the formula a
    procedural paragraph repeats from report to report.
    """
    cased, lower = _cased_words(text), _word_list(text)
    out: list[str] = []
    done = 0
    names = [k for k, word in enumerate(cased) if not (word.isalpha() and word.islower()) and _is_name(word, k == 0)]
    for position in names:
        out.extend(lower[done:position])
        glue = len(out)
        while glue and out[glue - 1] in _NAME_GLUE:
            glue -= 1
        if glue and out[glue - 1] == "#":
            del out[glue:]
        if not out or out[-1] != "#":
            out.append("#")
        done = position + 1
    out.extend(lower[done:])
    return tuple(out)


@lru_cache(maxsize=200_000)
def _is_name(word: str, first: bool) -> bool:
    """Whether a word other than all small letters (those are told apart at once) is a name (a capital
    letter, the text's first word aside) or a number (a digit)."""
    return (not first and any(c.isupper() for c in word)) or any(c.isdigit() for c in word)


def formula_agreement(old_texts: Sequence[str], new_texts: Sequence[str]) -> np.ndarray:
    """Word-order similarity of the skeletons, 0 where either has fewer than FORMULA_MIN_WORDS words."""
    old_skeletons = [list(skeleton(t)) for t in old_texts]
    new_skeletons = [list(skeleton(t)) for t in new_texts]
    if not old_skeletons or not new_skeletons:
        return np.zeros((len(old_texts), len(new_texts)))
    agreement = process.cdist(old_skeletons, new_skeletons, scorer=Indel.normalized_similarity, dtype=np.float64)
    old_long = np.array([len(s) >= FORMULA_MIN_WORDS for s in old_skeletons])
    new_long = np.array([len(s) >= FORMULA_MIN_WORDS for s in new_skeletons])
    return np.where(old_long[:, None] & new_long[None, :], agreement, 0.0)


def similarity_matrix(old_texts: Sequence[str], new_texts: Sequence[str]) -> np.ndarray:
    """Text similarity 0..1 of every (old, new) pair; 1 exactly when the canonical texts are equal."""
    scores = (word_order(old_texts, new_texts) + ngram_cosine(old_texts, new_texts)) / 2
    formula = formula_agreement(old_texts, new_texts)
    scores = np.where(formula >= FORMULA_AGREEMENT, np.maximum(scores, (scores + formula) / 2), scores)
    identical = identity_matrix(old_texts, new_texts)
    return np.where(identical, 1.0, np.minimum(scores, 0.999))


def identity_matrix(old_texts: Sequence[str], new_texts: Sequence[str]) -> np.ndarray:
    old_canonical = [canonical(t) for t in old_texts]
    new_canonical = [canonical(t) for t in new_texts]
    return np.array([[o == n for n in new_canonical] for o in old_canonical], dtype=bool).reshape(
        len(old_texts), len(new_texts)
    )


def text_similarity(old: str, new: str) -> float:
    """The similarity of one pair, as `similarity_matrix` scores it among just these two texts."""
    return float(similarity_matrix([old], [new])[0, 0])


# ------------------------------------------------ vectors once per meeting, scores for chosen pairs


@dataclass(frozen=True, eq=False)
class TextVectors:
    """What scoring needs of a list of texts (a meeting's units), computed once and reused by every pair."""

    canonical: tuple[str, ...]
    words: Words  # the lower-cased words
    skeletons: Words
    grams: Bag  # n-grams, weights 1 + log(count)
    terms: Bag  # lower-cased words, weights 1
    tokens: Tokens  # the long skeletons' (word, occurrence) tokens, for the formula filter


def build_vectors(texts: Sequence[str]) -> TextVectors:
    words = word_ids([_word_list(t) for t in texts])
    grams, terms = bags(words)
    skeletons = word_ids([skeleton(t) for t in texts])
    return TextVectors(
        canonical=tuple(canonical(t) for t in texts),
        words=words,
        skeletons=skeletons,
        grams=grams,
        terms=terms,
        tokens=skeleton_tokens(skeletons, np.diff(skeletons.indptr) >= FORMULA_MIN_WORDS),
    )


@lru_cache(maxsize=8)
def meeting_vectors(texts: tuple[str, ...]) -> TextVectors:
    """`build_vectors` of a meeting's unit texts, kept for the meeting's other pair."""
    return build_vectors(texts)


def _tfidf_side(bag: Bag, column_of: np.ndarray, idf: np.ndarray) -> csr_matrix:
    """The rows `_tfidf_rows` gives these texts when the IDF is `idf`: the same values from the same
    operations (squares summed by `np.add.reduceat` per row, as scipy sums a row), without scipy's copies."""
    cols = column_of[bag.cols]
    values = bag.weights * idf[cols]
    lengths = np.diff(bag.indptr)
    nonempty = np.flatnonzero(lengths)
    squares = np.zeros(len(lengths))
    if len(nonempty):
        squares[nonempty] = np.add.reduceat(values * values, bag.indptr[nonempty])
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    scaled = np.repeat(1.0 / norms, lengths) * values
    return csr_matrix((scaled, cols, bag.indptr), shape=(len(lengths), len(idf)))


def _pair_cosines(old: TextVectors, new: TextVectors, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The n-gram cosines of the pairs, each summed over the shared n-grams in column order (as a sparse
    product sums it): from the whole product when that is cheaper than going through each pair's new row."""
    old_map, new_map, df = shared_vocabulary(old.grams, new.grams)
    n_texts = len(old.canonical) + len(new.canonical)
    idf = np.log((1 + n_texts) / (1 + df)) + 1
    old_rows, new_rows = _tfidf_side(old.grams, old_map, idf), _tfidf_side(new.grams, new_map, idf)
    if _product_cost(old.grams, new.grams, old_map, new_map) <= PRODUCT_PER_GATHER * _gather_cost(old, new, rows, cols):
        return np.clip(_entries(old_rows @ new_rows.T, rows, cols), 0.0, 1.0)
    return np.clip(_gathered_dots(old_rows, new_rows, rows, cols), 0.0, 1.0)


def _gathered_dots(old_rows: csr_matrix, new_rows: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Each pair's dot product summed along its new row in column order, a few old rows spread out dense at a
    time (what the new row does not share adds 0): the sums of the sparse product, bit for bit."""
    order = np.argsort(rows, kind="stable")
    rows, cols = rows[order], cols[order]
    width = old_rows.shape[1]
    step = max(1, DENSE_CELLS // max(1, width))
    spread, dots = np.zeros(step * width), np.zeros(len(rows))
    bounds = np.searchsorted(rows, np.arange(0, old_rows.shape[0] + step, step))
    for first, lo, hi in zip(range(0, old_rows.shape[0], step), bounds[:-1], bounds[1:], strict=False):
        if lo == hi:
            continue
        block = old_rows[first : first + step]
        cells = np.repeat(np.arange(block.shape[0]) * width, np.diff(block.indptr)) + block.indices
        spread[cells] = block.data
        picked = new_rows[cols[lo:hi]]
        offsets = np.repeat(((rows[lo:hi] - first) * width).astype(picked.indices.dtype), np.diff(picked.indptr))
        shifted = csr_matrix((picked.data, picked.indices + offsets, picked.indptr), shape=(hi - lo, len(spread)))
        dots[order[lo:hi]] = shifted @ spread
        spread[cells] = 0.0
    return dots


def _entries(matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """`matrix[rows, cols]` as a flat array (0 where nothing is stored), without a dense copy of the matrix."""
    matrix = csr_matrix(matrix)
    matrix.sort_indices()
    width = matrix.shape[1]
    keys = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr)) * width + matrix.indices
    wanted = rows.astype(np.int64) * width + cols
    at = np.minimum(np.searchsorted(keys, wanted), max(0, len(keys) - 1))
    found = keys[at] == wanted if len(keys) else np.zeros(len(wanted), dtype=bool)
    return np.where(found, matrix.data[at] if len(keys) else 0.0, 0.0)


def _product_cost(old: Bag, new: Bag, old_map: np.ndarray, new_map: np.ndarray) -> float:
    """Multiplications of the whole sparse product: per shared n-gram, old texts holding it x new ones."""
    size = int(max(old_map.max(initial=-1), new_map.max(initial=-1))) + 1
    return float(np.dot(np.bincount(old_map, old.df, size), np.bincount(new_map, new.df, size)))


def _gather_cost(old: TextVectors, new: TextVectors, rows: np.ndarray, cols: np.ndarray) -> float:
    """Entries read when each pair's new row is gathered (and the old rows spread out once)."""
    return float(np.diff(new.grams.indptr)[cols].sum() + len(old.grams.cols))


def pair_scores(old: TextVectors, new: TextVectors, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """`similarity_matrix(old texts, new texts)[rows, cols]`, scoring only those pairs."""
    if len(rows) == 0:
        return np.zeros(0)
    pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    old_words, new_words = shared_codes(old.words, new.words)
    similar = Indel.normalized_similarity
    word_scores = np.fromiter((similar(old_words[i], new_words[j]) for i, j in pairs), np.float64, len(pairs))
    scores = (word_scores + _pair_cosines(old, new, rows, cols)) / 2
    formula = _formulas(old.skeletons, new.skeletons, rows, cols)
    scores = np.where(formula >= FORMULA_AGREEMENT, np.maximum(scores, (scores + formula) / 2), scores)
    old_canonical, new_canonical = old.canonical, new.canonical
    identical = np.fromiter((old_canonical[i] == new_canonical[j] for i, j in pairs), bool, len(pairs))
    return np.where(identical, 1.0, np.minimum(scores, 0.999))


def _formulas(old: Words, new: Words, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Each pair's skeleton agreement where it could reach FORMULA_AGREEMENT (both skeletons long enough,
    lengths close enough: agreement is at most 2 * shorter / both), else 0, which the score ignores alike."""
    old_lengths = np.diff(old.indptr)[rows]
    new_lengths = np.diff(new.indptr)[cols]
    longest_allowed = 2 * np.minimum(old_lengths, new_lengths) / (old_lengths + new_lengths)
    worth = (np.minimum(old_lengths, new_lengths) >= FORMULA_MIN_WORDS) & (longest_allowed >= FORMULA_AGREEMENT - 1e-9)
    formula = np.zeros(len(rows))
    if worth.any():
        old_codes, new_codes = shared_codes(old, new)
        similar = Indel.normalized_similarity
        pairs = zip(rows[worth].tolist(), cols[worth].tolist(), strict=True)
        formula[worth] = [similar(old_codes[i], new_codes[j]) for i, j in pairs]
    return formula
