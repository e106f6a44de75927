"""The benchmark: speed, memory and scaling of `wgcompare compare`, against what users would use instead.

For each corpus size N (2, 10, 50, 200; `--quick`: 2, 10, 50) the synthetic
corpus of bench/corpus.py is written under bench/out/, then:

- a fresh Python process runs the pipeline stage by stage, cold (an empty
  cache folder), in that one process (jobs 1), timing each stage after the
  imports; the same process then
  times the floor (read, decode and split the files into words) and the
  alternatives: `difflib.HtmlDiff().make_file` over each consecutive pair of
  whole reports, and `difflib.SequenceMatcher` word diffs over the unit pairs
  the pipeline aligned (every changes row with both sides);
- the real command, `python -m compare compare DIR --out OUT`, runs cold with
  its default `--jobs` (the cores available) and again with `--jobs 1`, in
  its own process: wall time and peak memory (the process's maximum resident
  set size, from wait4);
- at N = 50, the incremental case: compared once with an empty cache folder,
  then the 51st meeting is added and the corpus compared again with the warm
  cache, both with the real command and stage by stage.

Times are wall-clock seconds. `compare_s` in the last line is the whole
pipeline in-process (read+normalise, themes+align, CSV, HTML, write), which
excludes the interpreter start and imports; the command's own wall time,
which includes them, is printed beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import difflib
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

import corpus as generator  # noqa: E402  (bench/corpus.py)

from compare.util.workers import default_jobs  # noqa: E402

SIZES = (2, 10, 50, 200)
QUICK_SIZES = (2, 10, 50)
INCREMENTAL_N = 50
REPEATS = 3  # cold runs of the command and of HtmlDiff, taken in turn (medians reported)
PROFILE_N = 50
OUT = BENCH / "out"


# --- measuring, inside a fresh process -------------------------------------------------------


class Stopwatch:
    """Named wall-clock laps, and time accumulated inside wrapped library functions."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._start = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._start
        self._start = now

    @contextlib.contextmanager
    def inside(self, name: str, *targets: tuple[object, str]):
        """Accumulate under `name` the time spent in functions `getattr(module, attribute)` while active."""
        self.laps.setdefault(name, 0.0)
        originals = [
            (module, attribute, getattr(module, attribute))
            for module, attribute in targets
            if hasattr(module, attribute)
        ]

        def wrap(function):
            def timed(*args, **kwargs):
                start = time.perf_counter()
                try:
                    return function(*args, **kwargs)
                finally:
                    self.laps[name] += time.perf_counter() - start

            return timed

        for module, attribute, function in originals:
            setattr(module, attribute, wrap(function))
        try:
            yield
        finally:
            for module, attribute, function in originals:
                setattr(module, attribute, function)


def floor_seconds(paths: list[Path]) -> float:
    """Read, decode and split into words every file: the least any comparison must do."""
    start = time.perf_counter()
    for path in paths:
        path.read_bytes().decode("utf-8").split()
    return time.perf_counter() - start


def run_pipeline(corpus_dir: Path, cache_dir: Path, out_dir: Path):
    """The `compare` command's work, stage by stage; returns the laps and the comparison."""
    import compare.cli  # noqa: F401  (every module the command loads at start-up, before the clock starts)
    from compare import pipeline
    from compare.analyse import diff as diff_module
    from compare.analyse import themes
    from compare.memo import Memo
    from compare.report import csv as csv_report
    from compare.report import pages as pages_module
    from compare.util.atomic import write_folder_atomic

    clock = Stopwatch()
    cpu_start = time.process_time()
    align_module = sys.modules.get("compare.analyse.align")
    word_diff_targets = [(diff_module, "word_diff")] + ([(align_module, "word_diff")] if align_module else [])
    memo = Memo(cache_dir)  # one memo for every stage, as the command has
    loaded = pipeline.load([corpus_dir], memo)
    clock.lap("normalise")
    taxonomy = themes.load_taxonomy(None)
    with clock.inside("diffs_within_align", *word_diff_targets):
        comparison = pipeline.build_comparison(list(loaded.meetings.values()), taxonomy, memo=memo)
    clock.lap("themes_align")
    with (
        clock.inside("csv", (csv_report, "csv_bytes")),
        clock.inside("html", (pages_module._Pages, "render")),
    ):
        files = pipeline.report_files(comparison, memo)  # the pieces of one pair or meeting through the memo
    clock.lap("report")
    write_folder_atomic(out_dir, files)
    clock.lap("write")
    laps = dict(clock.laps)
    laps["compare"] = sum(laps[k] for k in ("normalise", "themes_align", "report", "write"))
    laps["compare_cpu"] = time.process_time() - cpu_start
    laps["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    laps["report_files"] = len(files)
    return laps, loaded, comparison


ALIGN_SIZES = (60, 250, 500, 1000, 2000)


def align_scaling(args) -> dict:
    """Seconds to align one pair of generated meetings of each size (bench/big_pair.py), vectors included."""
    import big_pair

    from compare.analyse import align

    align.align_pair(*big_pair.pair(20, seed=1))  # imports and first calls before the clock
    times = {}
    for units in ALIGN_SIZES:
        old, new = big_pair.pair(units)
        start, cpu_start = time.perf_counter(), time.process_time()
        align.align_pair(old, new)
        times[str(units)] = time.perf_counter() - start
        times[f"cpu {units}"] = time.process_time() - cpu_start
    return times


def fitted_exponent(times: dict) -> float:
    """Least-squares slope of log(time) against log(units)."""
    import numpy as np

    sizes = np.array([float(k) for k in times])
    return float(np.polyfit(np.log(sizes), np.log(np.array(list(times.values()))), 1)[0])


def unit_pairs(comparison) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(old text, new text) of the rows with both sides, and of the modified rows alone."""
    text_of = {(m.meeting_id, u.ref): u.text for m in comparison.meetings for u in m.units}
    both, modified = [], []
    for change in comparison.changes:
        if change.from_ref and change.to_ref:
            pair = (text_of[change.from_meeting, change.from_ref], text_of[change.to_meeting, change.to_ref])
            both.append(pair)
            if change.status.value == "modified":
                modified.append(pair)
    return both, modified


def alternatives(comparison, paths_by_id: dict[str, Path]) -> dict[str, float]:
    """What a user would run instead, on the same corpus and the same pairs."""
    from compare.analyse.diff import word_diff

    both, modified = unit_pairs(comparison)
    start = time.perf_counter()
    for old, new in modified:
        word_diff(old, new)
    word_diff_s = time.perf_counter() - start
    start = time.perf_counter()
    for old, new in both:
        difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).get_opcodes()
    sequence_matcher_s = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    for old_id, new_id in comparison.pairs:
        old_lines = paths_by_id[old_id].read_text("utf-8").splitlines()
        new_lines = paths_by_id[new_id].read_text("utf-8").splitlines()
        difflib.HtmlDiff().make_file(old_lines, new_lines, old_id, new_id)
    htmldiff_s, htmldiff_cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "word_diff_modified": word_diff_s,
        "sequence_matcher": sequence_matcher_s,
        "htmldiff": htmldiff_s,
        "htmldiff_cpu": htmldiff_cpu,
        "pairs": len(comparison.pairs),
        "unit_pairs": len(both),
        "modified_pairs": len(modified),
    }


def measure(args) -> dict:
    """One cold (or warm) pipeline run in this process, then the floor and the alternatives."""
    corpus_dir, cache_dir, out_dir = Path(args.corpus), Path(args.cache), Path(args.out)
    result, loaded, comparison = run_pipeline(corpus_dir, cache_dir, out_dir)
    paths = sorted(p for p in corpus_dir.iterdir() if p.suffix == ".md")
    result["meetings"] = len(loaded.meetings)
    result["units"] = sum(len(m.units) for m in loaded.meetings.values())
    result["rejected"] = [f"{e.path}: {e.reason}" for e in loaded.errors]
    if args.expected:
        expected = [
            generator.Generated(path=corpus_dir / name, k=k, units=units, year=year, start_date=start)
            for name, k, units, year, start in json.loads(Path(args.expected).read_text())
        ]
        result["problems"] = generator.check(expected, loaded.meetings)
    if args.alternatives:
        result["floor"] = floor_seconds(paths)
        by_id = {m.meeting_id: corpus_dir / m.source for m in loaded.meetings.values()}
        result.update(alternatives(comparison, by_id))
    return result


def profile(args) -> dict:
    """cProfile of the whole pipeline (cold, imports done first), top entries by own and by cumulative time."""
    import compare.cli  # noqa: F401  (every module the command loads at start-up)

    profiler = cProfile.Profile()
    profiler.enable()
    run_pipeline(Path(args.corpus), Path(args.cache), Path(args.out))
    profiler.disable()
    tables = {}
    for order in ("tottime", "cumulative"):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.strip_dirs().sort_stats(order).print_stats(args.top)
        tables[order] = _trim_profile(stream.getvalue())
    return tables


def _trim_profile(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(line for line in lines[start:] if line.strip())


# --- orchestrating, in the parent process ----------------------------------------------------


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def child(mode: str, corpus_dir: Path, cache_dir: Path, out_dir: Path, *extra: str) -> dict:
    """Run `measure` or `profile` in a fresh interpreter (clean imports, caches and memory)."""
    result_file = out_dir.parent / f"{out_dir.name}.{mode}.json"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        "--corpus",
        str(corpus_dir),
        "--cache",
        str(cache_dir),
        "--out",
        str(out_dir),
        "--result",
        str(result_file),
        *extra,
    ]
    subprocess.run(command, check=True)
    return json.loads(result_file.read_text())


def run_command(
    corpus_dir: Path, cache_dir: Path, out_dir: Path, jobs: int | None = None, sample_memory: bool = False
) -> dict:
    """The real `compare` command in its own process (`--jobs` its default, or `jobs`): wall time, CPU time
    of the command and its worker processes, the command's peak resident memory, and, with
    `sample_memory`, the peak of the memory the command and its workers take together (sampled PSS:
    shared pages counted once). The sampling reads every process's page tables 50 times a second, a fifth
    of a core: a run that samples is not a timed run (the baseline runs without it)."""
    env = dict(os.environ, WGCOMPARE_CACHE=str(cache_dir))
    extra = ["--jobs", str(jobs)] if jobs else []
    with tempfile.TemporaryFile() as errors:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "compare", "compare", str(corpus_dir), "--out", str(out_dir), *extra],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        tree_peak = TreeMemory(process.pid) if sample_memory else None
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if tree_peak:
            tree_peak.stop()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace")
            raise SystemExit(f"bench: wgcompare compare {corpus_dir} exited {process.returncode}:\n{message}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    tree_peak_mb = tree_peak.peak_mb if tree_peak else None
    return {"wall": wall, "cpu": cpu, "peak_mb": usage.ru_maxrss / 1024, "tree_peak_mb": tree_peak_mb}


class TreeMemory:
    """The largest sum of proportional set sizes (Linux's PSS: a page shared by k processes counts 1/k in
    each) of a process and its descendants, sampled every 20 ms: the memory the whole command takes."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.peak_mb, self._done = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._done.wait(0.02):
            kilobytes = sum(_proportional_kb(pid) for pid in _descendants(self.pid))
            self.peak_mb = max(self.peak_mb, kilobytes / 1024)


def _descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            queue += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except OSError:
            pass
    return found


def _proportional_kb(pid: int) -> int:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("Pss:")), 0)


def htmldiff_command(corpus_dir: Path) -> tuple[float, float]:
    """The HtmlDiff baseline as a whole process (bench/htmldiff_all.py): wall and CPU seconds, start-up included."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "htmldiff_all.py"), str(corpus_dir), str(fresh(OUT / "htmldiff"))]
    )
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def startup_seconds() -> float:
    """`wgcompare --help` as a whole process (the console script beside this interpreter), best of 3."""
    script = Path(sys.executable).parent / "wgcompare"
    command = [str(script), "--help"] if script.exists() else [sys.executable, "-m", "compare", "--help"]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    return min(runs)


def write_corpus(n: int, corpus_dir: Path, extra_dir: Path | None = None) -> Path:
    """The corpus of n meetings, and a file of what each must normalise to.

    With `extra_dir`, meeting n + 1 is also written, into `extra_dir`, for the incremental case.
    """
    generated = generator.generate(n + 1 if extra_dir else n, fresh(corpus_dir))
    if extra_dir:
        newest = generated.pop()
        newest.path.replace(fresh(extra_dir) / newest.path.name)
    expected = corpus_dir.parent / f"{corpus_dir.name}.expected.json"
    expected.write_text(json.dumps([(g.path.name, g.k, g.units, g.year, g.start_date) for g in generated]))
    return expected


def bench_size(n: int, incremental: bool) -> dict:
    """Cold runs on n meetings, in-process by stage and with the real command; then, if `incremental`,
    the same two again after adding meeting n + 1, each with the cache its cold run filled."""
    corpus_dir, extra_dir = OUT / f"corpus-{n}", OUT / f"extra-{n}"
    expected = write_corpus(n, corpus_dir, extra_dir if incremental else None)
    stage_cache, command_cache = fresh(OUT / f"cache-{n}-stages"), fresh(OUT / f"cache-{n}-command")
    report = OUT / f"report-{n}"
    stages = child("measure", corpus_dir, stage_cache, report, "--expected", str(expected), "--alternatives")
    if stages.get("problems") or stages.get("rejected"):
        raise SystemExit(
            "bench: the generated corpus did not normalise as expected:\n"
            + "\n".join(stages.get("problems", []) + stages.get("rejected", []))
        )
    row = {"n": n, **stages, **head_to_head(corpus_dir, command_cache, report)}
    if incremental:
        newest = next(extra_dir.iterdir())
        added = corpus_dir / newest.name
        shutil.copyfile(newest, added)
        try:
            row["warm"] = child("measure", corpus_dir, stage_cache, report)
            warm = run_command(corpus_dir, command_cache, report)
            row["warm_command"], row["warm_command_cpu"] = warm["wall"], warm["cpu"]
        finally:
            added.unlink()
    return row


def head_to_head(corpus_dir: Path, command_cache: Path, report: Path) -> dict:
    """The command (default `--jobs`, then `--jobs 1`) and the HtmlDiff command, cold, taken in turn
    REPEATS times so the machine's other load falls on all three alike; the median of each figure. Then
    one more cold run of the command, untimed, that samples the memory of it and its workers.
    `command_cache` is left filled by that run (for the warm run that follows)."""
    runs = {"command": [], "single": [], "htmldiff": []}
    for _ in range(REPEATS):
        runs["command"].append(run_command(corpus_dir, fresh(command_cache), report))
        runs["single"].append(run_command(corpus_dir, fresh(OUT / f"{command_cache.name}-single"), report, jobs=1))
        wall, cpu = htmldiff_command(corpus_dir)
        runs["htmldiff"].append({"wall": wall, "cpu": cpu})
    sampled = run_command(corpus_dir, fresh(command_cache), report, sample_memory=True)
    median = {name: _medians(taken) for name, taken in runs.items()}
    command, single, htmldiff = median["command"], median["single"], median["htmldiff"]
    return {
        "command": command["wall"], "command_cpu": command["cpu"], "peak_mb": command["peak_mb"],
        "tree_peak_mb": sampled["tree_peak_mb"], "single": single["wall"], "single_cpu": single["cpu"],
        "single_peak_mb": single["peak_mb"],
        "htmldiff_command": htmldiff["wall"], "htmldiff_command_cpu": htmldiff["cpu"],
        "command_ratios": [c["wall"] / h["wall"] for c, h in zip(runs["command"], runs["htmldiff"], strict=True)],
    }  # fmt: skip


def _medians(taken: list[dict]) -> dict:
    """The median of each figure the runs have (a figure a run did not measure is None)."""
    return {key: statistics.median(r[key] for r in taken) for key, value in taken[0].items() if value is not None}


COLUMNS = (  # (header, key or function of a row, format)
    ("N", "n", "d"),
    ("units", "units", "d"),
    ("floor", "floor", ".3f"),
    ("read+norm", "normalise", ".3f"),
    ("themes+aln", "themes_align", ".3f"),
    ("(diffs)", "diffs_within_align", ".3f"),
    ("CSV", "csv", ".3f"),
    ("HTML", "html", ".3f"),
    ("write", "write", ".3f"),
    ("compare", "compare", ".3f"),
    ("cpu", "compare_cpu", ".3f"),
    ("ms/mtg", lambda row: 1000 * row["compare"] / row["n"], ".1f"),
    ("command", "command", ".3f"),
    ("cmd CPU", "command_cpu", ".3f"),
    ("peak MB", "peak_mb", ".0f"),
    ("+workers", "tree_peak_mb", ".0f"),
    ("--jobs 1", "single", ".3f"),
    ("peak MB 1", "single_peak_mb", ".0f"),
    ("HtmlDiff", "htmldiff", ".3f"),
    ("HtmlDiff-p", "htmldiff_command", ".3f"),
    ("SeqMatch", "sequence_matcher", ".3f"),
    ("word_diff", "word_diff_modified", ".3f"),
)


def print_table(rows: list[dict], startup: float) -> None:
    print(" ".join(f"{header:>10}" for header, _, _ in COLUMNS))
    for row in rows:
        values = (key(row) if callable(key) else row[key] for _, key, _ in COLUMNS)
        print(" ".join(f"{value:>10{fmt}}" for value, (_, _, fmt) in zip(values, COLUMNS, strict=True)))
    last = rows[-1]
    print(
        "Seconds of wall time. read+norm .. write: the stages of the pipeline, in a fresh process after its\n"
        "imports, cold (empty cache); compare: their sum; cpu: its CPU time; (diffs): word_diff's share of\n"
        f"themes+aln. command: `python -m compare compare`, cold, start-up and imports ({startup:.2f} s) included,\n"
        f"with its default --jobs ({default_jobs()} here); cmd CPU: the CPU time of it and its worker processes;\n"
        "peak MB: its maximum resident set size; +workers: the most memory it and its workers took together\n"
        "(sampled PSS, a shared page counted once, in one more run, untimed: sampling takes a fifth of a core);\n"
        "--jobs 1, peak MB 1: the same command in one process.\n"
        "floor: read, decode and split into words. HtmlDiff:\n"
        "difflib.HtmlDiff().make_file over each consecutive pair of reports (HtmlDiff-p: the same as a process\n"
        "writing each page, bench/htmldiff_all.py); SeqMatch: difflib.SequenceMatcher\n"
        f"over the words of the {last['unit_pairs']} aligned unit pairs at N={last['n']}; word_diff: "
        "compare.analyse.diff.word_diff over the modified pairs alone."
    )


def print_incremental(row: dict) -> None:
    n, warm = row["n"], row["warm"]
    print(
        f"incremental (N={n} cold, then meeting {n + 1} added, warm cache): command {row['command']:.2f} s -> "
        f"{row['warm_command']:.2f} s ({row['warm_command'] / row['command']:.3f})"
    )
    parts = ", ".join(f"{k} {row[k]:.2f} -> {warm[k]:.2f}" for k in ("normalise", "themes_align", "report", "write"))
    print(
        f"  in-process: compare {row['compare']:.2f} s -> {warm['compare']:.2f} s "
        f"({warm['compare'] / row['compare']:.3f}; CPU time {warm['compare_cpu'] / row['compare_cpu']:.3f}); {parts}"
    )


def _per_meeting(row: dict, base: dict, key: str) -> float:
    return (row[key] / row["n"]) / (base[key] / base["n"])


def print_summary(by_n: dict, rows: list[dict], at: dict, aligned: dict, startup: float) -> None:
    """The issue-17 figures, each as a ratio to a baseline measured in this run, against its target (the
    commands: medians of REPEATS cold runs taken in turn with the baseline).

    Each figure is given in wall time and in CPU time: on a shared machine the CPU time is the one
    other processes do not inflate."""
    base, largest = by_n[10], rows[-1]
    wall = {k: v for k, v in aligned.items() if not k.startswith("cpu")}
    cpu = {k.removeprefix("cpu "): v for k, v in aligned.items() if k.startswith("cpu")}
    print(f"\nalignment of one pair (bench/big_pair.py), median of {REPEATS} processes, s (CPU): " + ", ".join(
        f"{k} units {v:.3f} ({cpu.get(k, float('nan')):.3f})" for k, v in wall.items()
    ))  # fmt: skip
    figures = []
    for row in (r for r in rows if r["n"] >= 50):
        figures.append((f"command / HtmlDiff command, N={row['n']}", row["command"] / row["htmldiff_command"],
                        row["command_cpu"] / row["htmldiff_command_cpu"], "<= 1.0"))  # fmt: skip
        figures.append((f"command --jobs 1 / HtmlDiff command, N={row['n']}", row["single"] / row["htmldiff_command"],
                        row["single_cpu"] / row["htmldiff_command_cpu"], "<= 1.0"))  # fmt: skip
        figures.append((f"compare / HtmlDiff in-process, N={row['n']}", row["compare"] / row["htmldiff"],
                        row["compare_cpu"] / row["htmldiff_cpu"], "<= 1.0"))  # fmt: skip
    last = str(ALIGN_SIZES[-1])
    figures += [
        ("align 2,000 + 2,000 units (s)", wall[last], cpu.get(last, float("nan")), "< 1"),
        (f"exponent of align time, {ALIGN_SIZES[0]}-{last} units", fitted_exponent(wall),
         fitted_exponent(cpu) if cpu else float("nan"), "<= 1.2"),
        (f"time per meeting, N={largest['n']} / N=10", _per_meeting(largest, base, "compare"),
         _per_meeting(largest, base, "compare_cpu"), "<= 1.1"),
        (f"peak MB of the command at N={largest['n']}", largest["peak_mb"], largest["peak_mb"], "< 400"),
        ("  the same, with its workers", largest["tree_peak_mb"], largest["tree_peak_mb"], "< 400"),
        ("  the same, --jobs 1", largest["single_peak_mb"], largest["single_peak_mb"], "< 400"),
        ("wgcompare --help (s)", startup, startup, "< 0.25"),
        (f"command, meeting {at['n'] + 1} added, warm / cold", at["warm_command"] / at["command"],
         at["warm_command_cpu"] / at["command_cpu"], "<= 0.10"),
    ]  # fmt: skip
    print(f"\n{'figure':<48} {'wall':>8} {'CPU':>8}  target")
    for name, value, value_cpu, target in figures:
        print(f"{name:<48} {value:>8.3f} {value_cpu:>8.3f}  {target}")
    for row in (r for r in rows if r["n"] >= 50):
        each = " ".join(f"{ratio:.3f}" for ratio in row["command_ratios"])
        print(f"command / HtmlDiff command at N={row['n']}, each of the {REPEATS} turns (wall): {each}")
    print(
        f"bench: n={at['n']} compare_s={at['compare']:.2f} per_meeting_ms={1000 * at['compare'] / at['n']:.1f} "
        f"incremental={at['warm_command'] / at['command']:.3f} "
        f"vs_htmldiff={at['compare'] / at['htmldiff']:.2f} align_2000_s={wall[last]:.2f} "
        f"help_s={startup:.3f} peak_mb={largest['peak_mb']:.0f}"
    )


def orchestrate(args) -> int:
    sizes = QUICK_SIZES if args.quick else SIZES
    fresh(OUT)
    load_before = os.getloadavg()[0]
    rows = [bench_size(n, incremental=n == INCREMENTAL_N) for n in sizes]
    startup = startup_seconds()
    print_table(rows, startup)
    by_n = {row["n"]: row for row in rows}
    at = by_n[INCREMENTAL_N]
    print_incremental(at)
    print(f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if args.profile or not args.quick:
        tables = child(
            "profile",
            OUT / f"corpus-{PROFILE_N}",
            fresh(OUT / "cache-profile"),
            OUT / "report-profile",
            "--top",
            str(args.top),
        )
        print(f"\nprofile of the N={PROFILE_N} pipeline (cold), by own time:\n{tables['tottime']}")
        print(f"\nby cumulative time:\n{tables['cumulative']}")
    turns = [child("align", OUT / "align", OUT / "align-cache", fresh(OUT / "align")) for _ in range(REPEATS)]
    aligned = {key: statistics.median(turn[key] for turn in turns) for key in turns[0]}  # each turn a fresh process
    print_summary(by_n, rows, at, aligned, startup)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="N = 2, 10, 50 only (under a minute)")
    parser.add_argument("--profile", action="store_true", help="profile the N=50 pipeline also with --quick")
    parser.add_argument("--top", type=int, default=15, help="profile entries to print")
    child_options = parser.add_argument_group("internal: one measurement in a fresh process")
    child_options.add_argument("--child", choices=("measure", "profile", "align"))
    child_options.add_argument("--corpus")
    child_options.add_argument("--cache")
    child_options.add_argument("--out")
    child_options.add_argument("--result")
    child_options.add_argument("--expected")
    child_options.add_argument("--alternatives", action="store_true")
    args = parser.parse_args(argv)
    if args.child:
        modes = {"measure": measure, "profile": profile, "align": align_scaling}
        result = modes[args.child](args)
        Path(args.result).write_text(json.dumps(result))
        return 0
    return orchestrate(args)


if __name__ == "__main__":
    sys.exit(main())
