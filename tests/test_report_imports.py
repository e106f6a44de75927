"""Writing a report loads neither pandas nor python-docx (each costs a cold run a large share of its time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
sys.path[:0] = [{tests!r}, {root!r}]
from test_report_html import sample_comparison
from compare.report import files
written = files.report_files(sample_comparison())
assert any(name.endswith(".docx") for name in written) and "corpus.sqlite" in written
print(sorted(name for name in ("pandas", "docx") if name in sys.modules))
"""


def test_a_report_is_written_without_loading_pandas_or_python_docx():
    code = SCRIPT.format(tests=str(ROOT / "tests"), root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
