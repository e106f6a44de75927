"""The baseline as a whole process: `difflib.HtmlDiff().make_file` over each consecutive pair of the
reports in a folder (file name order, by lines), each page written to an output folder.

python bench/htmldiff_all.py CORPUS_DIR OUT_DIR
"""

from __future__ import annotations

import difflib
import sys
from itertools import pairwise
from pathlib import Path


def main(argv: list[str]) -> int:
    corpus, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted(p for p in corpus.iterdir() if p.suffix == ".md")
    for old, new in pairwise(paths):
        old_lines = old.read_text("utf-8").splitlines()
        new_lines = new.read_text("utf-8").splitlines()
        page = difflib.HtmlDiff().make_file(old_lines, new_lines, old.stem, new.stem)
        (out / f"{old.stem}--{new.stem}.html").write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
