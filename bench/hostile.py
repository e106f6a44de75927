"""Hostile inputs, timed and measured: `python bench/hostile.py [--code DIR] [--timeout S]`.

Each case is written under bench/out/hostile/ and run by `wgcompare` in a fresh
process (PYTHONPATH=DIR, default this checkout; point it at an older checkout
to compare): wall seconds, peak resident memory (wait4), exit status and the
first stderr line. A case over --timeout seconds is killed and shown as such.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "hostile"
HEAD = "# Report on the meeting of the Working Group on Things held in Vienna on 3 and 4 June {year}\n\n"


def _md(name: str, body: str, year: int = 2015) -> Path:
    path = OUT / name
    path.write_text(HEAD.format(year=year) + body, "utf-8")
    return path


def _sentence_pair() -> list[Path]:
    rng = random.Random(50)
    words = "the Working Group encouraged States and recommended that requested had urged noted decided of".split()
    sentence = " ".join(rng.choice(words) for _ in range(50_000))
    return [
        _md("s2014.md", f"1. {sentence}.\n\n2. Closed.\n", 2014),
        _md("s2015.md", f"1. {sentence.replace(' the ', ' a ', 500)}.\n\n2. Closed.\n", 2015),
    ]


def _zip_bomb() -> Path:
    path = OUT / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(1024):
                member.write(b" " * (1 << 20))
    return path


def _taxonomy_bomb() -> Path:
    themes = "".join(f"- id: t{i}\n  label: T{i}\n  description: *big\n" for i in range(2000))
    path = OUT / "taxonomy.yaml"
    path.write_text("big: &big " + "x " * 100_000 + "\nthemes:\n" + themes)
    return path


def _long_pdf(pages: int) -> Path:
    from reportlab.pdfgen import canvas

    path = OUT / f"pages{pages}.pdf"
    drawing = canvas.Canvas(str(path))
    for page in range(pages):
        for line in range(40):
            drawing.drawString(40, 780 - 18 * line, f"{page * 40 + line + 1}. The Working Group met and spoke again.")
        drawing.showPage()
    drawing.save()
    return path


def cases() -> list[tuple[str, list[str]]]:
    OUT.mkdir(parents=True, exist_ok=True)
    out = str(OUT / "report")
    deep = OUT / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 100_000 + "1. text" + "</div>" * 100_000 + "</body></html>")
    return [
        ("unclosed bold, 64 KB", ["normalise", str(_md("bold.md", "1. " + "**a " * 16_000)), "--out", out]),
        ("unclosed bold, 400 KB", ["normalise", str(_md("bold4.md", "1. " + "**a " * 100_000)), "--out", out]),
        (
            "heading + 20,000 spaces",
            ["normalise", str(_md("head.md", "1. x\n\n# a" + " " * 20_000 + "b\n")), "--out", out],
        ),
        ("200,000 tabs", ["normalise", str(_md("tabs.md", "1. x\n\n" + "\t" * 200_000 + "x\n")), "--out", out]),
        ("one-character lines, 3 MB", ["normalise", str(_md("lines.md", "1. x\n" + "a\n" * 1_500_000)), "--out", out]),
        ("50,000-word sentence reworded", ["compare", *map(str, _sentence_pair()), "--no-cache", "--out", out + "2"]),
        ("zip bomb .docx (1 GB inflated)", ["normalise", str(_zip_bomb()), "--out", out]),
        ("taxonomy alias x 2,000 themes", ["themes", "--taxonomy", str(_taxonomy_bomb())]),
        ("PDF of 160 pages", ["normalise", str(_long_pdf(160)), "--out", out]),
        ("PDF of 20 pages (per page)", ["normalise", str(_long_pdf(20)), "--out", out]),
        ("HTML nested 100,000 deep", ["normalise", str(deep), "--out", out]),
    ]


def run(code: Path, args: list[str], timeout: float) -> tuple[str, str, str, str]:
    env = {**os.environ, "PYTHONPATH": str(code), "WGCOMPARE_CACHE": "off"}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "compare", *args], env=env, cwd=OUT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return f">{timeout:.0f}", f"{usage.ru_maxrss >> 10}+", "killed", ""
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    first = child.stderr.read().decode("utf-8", "backslashreplace").splitlines()[:1]
    message = first[0].replace(str(OUT) + "/", "")[:90] if first else ""
    return f"{seconds:.1f}", str(usage.ru_maxrss >> 10), str(os.waitstatus_to_exitcode(status)), message


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--timeout", type=float, default=120)
    options = parser.parse_args()
    print("| case | s | MB | exit | message |\n| --- | --- | --- | --- | --- |")
    for name, args in cases():
        print("| " + " | ".join((name, *run(options.code, args, options.timeout))) + " |", flush=True)


if __name__ == "__main__":
    main()
