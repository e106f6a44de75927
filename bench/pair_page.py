"""The 2012 -> 2013 pair page of a report folder: its height (px) at 1400 and 390 px wide, and its printed pages.

python bench/pair_page.py REPORT_DIR
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from playwright import sync_api
from pypdf import PdfReader

PAGE = "pairs/wg-international-cooperation-2012-04--wg-international-cooperation-2013-05.html"


def measure(folder: Path) -> dict:
    figures = {}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for width in (1400, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto((folder / PAGE).resolve().as_uri())
            figures[f"height_{width}"] = page.evaluate("document.scrollingElement.scrollHeight")
            figures[f"scroll_width_{width}"] = page.evaluate("document.scrollingElement.scrollWidth")
            if width == 1400:
                pdf = page.pdf(format="A4")
                figures["printed_pages"] = len(PdfReader(io.BytesIO(pdf)).pages)
            page.close()
        browser.close()
    return figures


if __name__ == "__main__":
    print(measure(Path(sys.argv[1])))
