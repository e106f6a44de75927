"""The commands that read reports and write outputs: normalise, compare, diff, themes, serve."""

from __future__ import annotations

import functools
import gc
import json
import sys
from pathlib import Path

import click

from compare.analyse import taxonomy as taxonomies
from compare.cli.common import (
    EXIT_OUTPUT,
    Run,
    decisions_file_option,
    load_inputs,
    memo_for,
    progress,
    taxonomy_of,
    taxonomy_option,
    warned,
)
from compare.cli.decide import decide
from compare.ingest import decisions_file as decisions
from compare.model import meeting_to_dict
from compare.util.atomic import write_file_atomic, write_folder_atomic
from compare.util.errors import InputError, OutputError, error_line, os_reason
from compare.util.workers import default_jobs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wgcompare")
def cli() -> None:
    """Compare the reports of UN intergovernmental Working Groups from one meeting to the next."""


cli.add_command(decide)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for <meeting_id>.json and <meeting_id>.md.",
)
@taxonomy_option
@click.option("--akn", is_flag=True, help="Also write <meeting_id>.xml in Akoma Ntoso 3.0.")
def normalise(inputs: tuple[Path, ...], out_dir: Path, taxonomy: Path | None, akn: bool) -> None:
    """Read each report (.md .txt .docx .pdf .html .xml) and write its canonical structure."""
    run = Run()
    theme_set = taxonomy_of(run, taxonomy)
    loaded = load_inputs(run, list(inputs), use_cache=False)
    from compare import pipeline
    from compare.ingest.markdown_out import meeting_markdown

    for meeting_id, meeting in sorted(loaded.meetings.items()):
        meeting = pipeline.themed(meeting, theme_set)
        text = json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=1) + "\n"
        write_file_atomic(out_dir / f"{meeting_id}.json", text.encode("utf-8"))
        write_file_atomic(out_dir / f"{meeting_id}.md", meeting_markdown(meeting).encode("utf-8"))
        if akn:
            from compare.report.akn import meeting_akn

            write_file_atomic(out_dir / f"{meeting_id}.xml", warned(run, meeting_akn, meeting))
        click.echo(
            f"{out_dir / meeting_id}.json: {len(meeting.units)} units, {len(meeting.recommendations)} recommendations"
        )
    run.exit()


def _write_report(
    run: Run,
    loaded,
    out_dir: Path,
    theme_set,
    decisions_file: Path | None,
    inputs: list[Path],
    use_cache: bool,
    jobs: int,
    timelines=None,
) -> None:
    from compare import pipeline

    path = pipeline.decisions_path(decisions_file, inputs)
    reviewer_decisions = run.stop_on_input_error(decisions.load_decisions, path) if path else ()
    meetings = list(loaded.meetings.values())
    if not meetings:
        run.exit()
    memo = memo_for(use_cache)
    with progress("Comparing meetings", len(meetings) - 1) as tick:
        comparison = pipeline.build_comparison(
            meetings, theme_set, reviewer_decisions, tick, timelines, memo, jobs, unit_themes=loaded.themes
        )
    for stale in comparison.stale_decisions:
        run.warn(f"stale decision: {stale}")
    files = functools.partial(pipeline.iter_report_files, comparison, memo, jobs)  # called with the staging folder
    warned(run, run.stop_on_input_error, write_folder_atomic, out_dir, files)  # each file written as it is made
    click.echo(f"{out_dir / 'index.html'}")


def report_options(command):
    command = click.option(
        "--out",
        "out_dir",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder for the HTML report and the CSV files (replaced as a whole).",
    )(command)
    command = taxonomy_option(command)
    command = decisions_file_option("the input folder")(command)
    command = click.option(
        "--jobs",
        type=click.IntRange(min=1, max=64),
        default=default_jobs,
        show_default="the cores available, at most 4",
        help="Worker processes for the pieces of one pair or meeting (the output is the same for any number).",
    )(command)
    return click.option("--no-cache", is_flag=True, help="Normalise every raw report again.")(command)


@cli.command(name="compare")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@report_options
def compare_command(inputs, out_dir, taxonomy, decisions_file, jobs, no_cache) -> None:
    """Compare every meeting of INPUTS (reports, .json files, folders): HTML report and CSV files."""
    run = Run()
    theme_set = taxonomy_of(run, taxonomy)
    loaded = load_inputs(run, list(inputs), use_cache=not no_cache, jobs=jobs, taxonomy=theme_set)
    _write_report(run, loaded, out_dir, theme_set, decisions_file, list(inputs), not no_cache, jobs)
    run.exit()


@cli.command(name="diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@report_options
def diff_command(old, new, out_dir, taxonomy, decisions_file, jobs, no_cache) -> None:
    """Write the report for exactly two meetings, OLD then NEW (their pair page and tables)."""
    run = Run()
    theme_set = taxonomy_of(run, taxonomy)
    loaded = load_inputs(run, [old, new], use_cache=not no_cache, jobs=jobs, taxonomy=theme_set)
    ids = [loaded_id for loaded_id, origin in loaded.origins.items()]
    by_origin = {origin: mid for mid, origin in loaded.origins.items()}
    ordered = tuple(by_origin[str(p)] for p in (old, new) if str(p) in by_origin)
    if len(ids) == 2 and len(ordered) == 2:
        _write_report(
            run, loaded, out_dir, theme_set, decisions_file, [old, new], not no_cache, jobs, timelines=(ordered,)
        )
    elif not run.failed:
        run.error(InputError(new, f"is the same meeting as {old}; nothing to compare"))
    run.exit()


@cli.command(name="themes")
@taxonomy_option
def themes_command(taxonomy: Path | None) -> None:
    """Print the theme taxonomy in use (id, label, Convention articles, keywords)."""
    run = Run()
    click.echo(taxonomies.describe_taxonomy(taxonomy_of(run, taxonomy)))


@cli.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Serve pages and downloads only: no upload, no decisions.")
def serve(corpus: Path, host: str, port: int, read_only: bool) -> None:
    """Serve CORPUS as a live comparison: pages, uploads of new reports, reviewer decisions, downloads."""
    from compare.serve.app import serve as run_service

    run_service(corpus, host, port, read_only, memo_for(True))


def main() -> None:
    try:
        cli(prog_name="wgcompare")
    except OutputError as error:
        click.echo(error_line(error.path, error.reason), err=True)
        sys.exit(EXIT_OUTPUT)
    except OSError as error:  # an output file the commands write directly (normalise, decide)
        click.echo(error_line(error.filename or "wgcompare", f"cannot write: {os_reason(error)}"), err=True)
        sys.exit(EXIT_OUTPUT)
    finally:
        gc.freeze()  # the run's objects left out of the collector's pass at exit: it would walk them all in vain
