"""The layout a newcomer can carry on: the flow ingest -> analyse -> report, one memo, light start-up."""

from __future__ import annotations

import ast
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "compare"
STAGES = ("ingest", "analyse", "report")
RUNNERS = ("compare.memo", "compare.cli", "compare.pipeline", "compare.serve")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


GENERATED = PACKAGE / "report" / "compiled"  # the templates compiled by jinja2 (`make templates`), not read


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if GENERATED not in p.parents}


def imported(path: Path) -> set[str]:
    """Every compare.* module `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.startswith("compare")}


def stage_of(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize("name", [n for n in modules() if stage_of(n) in STAGES or stage_of(n) in ("model", "util")])
def test_a_stage_imports_no_runner_and_no_later_stage(name):
    uses = imported(modules()[name])
    assert not [u for u in uses if any(under(u, runner) for runner in RUNNERS)], name
    stage = stage_of(name)
    later = STAGES[STAGES.index(stage) + 1 :] if stage in STAGES else STAGES
    assert not [u for u in uses if stage_of(u) in later], name


@pytest.mark.parametrize("name", [n for n in modules() if stage_of(n) == "report"])
def test_the_report_reads_only_the_model_and_small_utilities(name):
    assert {stage_of(u) for u in imported(modules()[name])} <= {"model", "util", "report"}


def test_a_planted_violation_is_caught(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("def f():\n    from compare.memo import Memo\n    from compare.analyse import align\n")
    assert {"compare.memo.Memo", "compare.analyse.align"} <= imported(planted)


def function_lengths() -> list[int]:
    lengths = []
    for path in modules().values():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lengths.append(node.end_lineno - node.lineno + 1)
    return lengths


def test_modules_are_short_and_so_are_functions():
    sizes = {name: len(path.read_text("utf-8").splitlines()) for name, path in modules().items()}
    assert [name for name, size in sizes.items() if size > 400] == []
    assert statistics.median(sizes.values()) < 150
    assert statistics.median(function_lengths()) < 12


HEAVY = ("numpy", "scipy", "pandas", "rapidfuzz", "pdfplumber", "docx", "lxml")


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["themes"],
        ["normalise", str(ROOT / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"), "--out", "{out}"],
    ],
    ids=["help", "themes", "normalise-markdown"],
)
def test_light_commands_never_load_the_heavy_libraries(argv, tmp_path):
    argv = [arg.replace("{out}", str(tmp_path)) for arg in argv]
    script = (
        "import sys\nfrom compare.cli import cli\n"
        f"try:\n    cli({argv!r}, prog_name='wgcompare')\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
