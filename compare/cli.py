"""The `wgcompare` command: parses options, calls the library, maps errors to exit codes.

Exit status: 0 when everything was written, 2 when any input was rejected
(each on one line `error: <file>: <reason>`), 1 only for a bug.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from compare.analyse import taxonomy as taxonomies
from compare.ingest import decisions_file as decisions
from compare.model import meeting_to_dict
from compare.util.atomic import write_file_atomic, write_folder_atomic
from compare.util.errors import InputError

EXIT_INPUT = 2


class Run:
    """What one command saw: rejected inputs and warnings, printed as they come."""

    def __init__(self) -> None:
        self.failed = False

    def error(self, error: InputError) -> None:
        self.failed = True
        click.echo(f"error: {error.path}: {error.reason}", err=True)

    def warn(self, message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    def exit(self) -> None:
        sys.exit(EXIT_INPUT if self.failed else 0)

    def stop_on_input_error(self, call, *args, **kwargs):
        """`call(*args, **kwargs)`; an InputError is reported and ends the command with status 2."""
        try:
            return call(*args, **kwargs)
        except InputError as error:
            self.error(error)
            self.exit()


def taxonomy_option(command):
    return click.option(
        "--taxonomy",
        type=click.Path(path_type=Path),
        default=None,
        help="YAML taxonomy of themes to use instead of the built-in one.",
    )(command)


def _warned(run: Run, call, *args):
    """`call(*args)`; each DataWarning it raises (a text an output cannot hold) printed as a warning."""
    import warnings

    from compare.util.errors import DataWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DataWarning)
        result = call(*args)
    for warning in caught:
        if issubclass(warning.category, DataWarning):
            run.warn(str(warning.message))
    return result


def _taxonomy(run: Run, path: Path | None):
    return run.stop_on_input_error(taxonomies.load_taxonomy, path)


@contextmanager
def _progress(label: str, total: int):
    """Yields a tick for each step done: a progress bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda _item: bar.update(1)


def _memo(use_cache: bool):
    from compare.memo import Memo, default_folder

    return Memo(default_folder() if use_cache else None)


def _load(run: Run, inputs: list[Path], use_cache: bool):
    from compare import pipeline
    from compare.ingest import corpus

    files, _ = corpus.expand_inputs(inputs)
    with _progress("Reading reports", len(files)) as tick:
        loaded = pipeline.load(inputs, _memo(use_cache), progress=tick)
    for error in loaded.errors:
        run.error(error)
    for warning in loaded.warnings:
        run.warn(warning)
    return loaded


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wgcompare")
def cli() -> None:
    """Compare the reports of UN intergovernmental Working Groups from one meeting to the next."""


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
    theme_set = _taxonomy(run, taxonomy)
    loaded = _load(run, list(inputs), use_cache=False)
    from compare.analyse import themes
    from compare.ingest.markdown_out import meeting_markdown

    for meeting_id, meeting in sorted(loaded.meetings.items()):
        meeting = themes.assign_themes(meeting, theme_set)
        text = json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=1) + "\n"
        write_file_atomic(out_dir / f"{meeting_id}.json", text.encode("utf-8"))
        write_file_atomic(out_dir / f"{meeting_id}.md", meeting_markdown(meeting).encode("utf-8"))
        if akn:
            from compare.report.akn import meeting_akn

            write_file_atomic(out_dir / f"{meeting_id}.xml", _warned(run, meeting_akn, meeting))
        click.echo(
            f"{out_dir / meeting_id}.json: {len(meeting.units)} units, {len(meeting.recommendations)} recommendations"
        )
    run.exit()


def _write_report(
    run: Run,
    loaded,
    out_dir: Path,
    taxonomy: Path | None,
    decisions_file: Path | None,
    inputs: list[Path],
    use_cache: bool,
    timelines=None,
) -> None:
    from compare import pipeline

    theme_set = _taxonomy(run, taxonomy)
    path = pipeline.decisions_path(decisions_file, inputs)
    reviewer_decisions = run.stop_on_input_error(decisions.load_decisions, path) if path else ()
    meetings = list(loaded.meetings.values())
    if not meetings:
        run.exit()
    memo = _memo(use_cache)
    with _progress("Comparing meetings", len(meetings) - 1) as tick:
        comparison = pipeline.build_comparison(
            meetings, theme_set, reviewer_decisions, progress=tick, order=timelines, memo=memo
        )
    for stale in comparison.stale_decisions:
        run.warn(f"stale decision: {stale}")
    files = _warned(run, pipeline.report_files, comparison, memo)
    run.stop_on_input_error(write_folder_atomic, out_dir, files)
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
    command = click.option(
        "--decisions",
        "decisions_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Reviewer decisions (YAML); default: decisions.yaml of the input folder.",
    )(command)
    return click.option("--no-cache", is_flag=True, help="Normalise every raw report again.")(command)


@cli.command(name="compare")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@report_options
def compare_command(inputs, out_dir, taxonomy, decisions_file, no_cache) -> None:
    """Compare every meeting of INPUTS (reports, .json files, folders): HTML report and CSV files."""
    run = Run()
    loaded = _load(run, list(inputs), use_cache=not no_cache)
    _write_report(run, loaded, out_dir, taxonomy, decisions_file, list(inputs), not no_cache)
    run.exit()


@cli.command(name="diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@report_options
def diff_command(old, new, out_dir, taxonomy, decisions_file, no_cache) -> None:
    """Write the report for exactly two meetings, OLD then NEW (their pair page and tables)."""
    run = Run()
    loaded = _load(run, [old, new], use_cache=not no_cache)
    ids = [loaded_id for loaded_id, origin in loaded.origins.items()]
    by_origin = {origin: mid for mid, origin in loaded.origins.items()}
    ordered = tuple(by_origin[str(p)] for p in (old, new) if str(p) in by_origin)
    if len(ids) == 2 and len(ordered) == 2:
        _write_report(run, loaded, out_dir, taxonomy, decisions_file, [old, new], not no_cache, timelines=(ordered,))
    elif not run.failed:
        run.error(InputError(new, f"is the same meeting as {old}; nothing to compare"))
    run.exit()


@cli.command(name="themes")
@taxonomy_option
def themes_command(taxonomy: Path | None) -> None:
    """Print the theme taxonomy in use (id, label, Convention articles, keywords)."""
    run = Run()
    click.echo(taxonomies.describe_taxonomy(_taxonomy(run, taxonomy)))


def decisions_option(command):
    command = click.option(
        "--decisions",
        "decisions_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The reviewer decisions file (default: decisions.yaml of the corpus).",
    )(command)
    return click.option(
        "--corpus",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="The corpus folder (default: the folder of --decisions, else ./meetings when it exists).",
    )(command)


def _decisions_file(run: Run, corpus: Path | None, decisions_file: Path | None) -> tuple[Path, Path]:
    """(corpus folder, decisions file): the corpus's own file whatever the current folder."""
    corpus = corpus or (decisions_file.parent if decisions_file else None)
    if corpus is None and Path("meetings").is_dir():
        corpus = Path("meetings")
    if corpus is None or not corpus.is_dir():
        run.error(InputError(corpus or "meetings", "no corpus folder; give --corpus FOLDER"))
        run.exit()
    return corpus, decisions_file or corpus / "decisions.yaml"


def reviewer_options(command):
    command = click.option("--who", default="", help="Who decides (free text).")(command)
    command = click.option("--why", default="", help="Why (free text).")(command)
    command = click.option("--replace", is_flag=True, help="Replace a decision this one contradicts.")(command)
    return decisions_option(command)


def _record(decision: decisions.Decision, options: dict) -> None:
    """Record `decision` in the corpus's file, its units checked against the corpus, under the file's lock."""
    from compare import pipeline
    from compare.serve import store

    run = Run()
    corpus, path = _decisions_file(run, options["corpus"], options["decisions_file"])
    loaded = pipeline.load([corpus])
    refs = {mid: tuple(u.ref for u in m.units) for mid, m in loaded.meetings.items()}
    added = run.stop_on_input_error(store.record, path, decision, refs, options["replace"])
    click.echo(f"{added.status}: {added.decision.describe()}")
    for replaced in added.replaced:
        click.echo(f"  in place of: {replaced.describe()}")


@cli.group()
def decide() -> None:
    """Record a reviewer's decision, re-applied on every later run (meetings/decisions.yaml)."""


def _pair_decision_command(kind: str, summary: str):
    """`decide link` and `decide unlink`: the same arguments, another kind of decision."""

    @click.argument("old_meeting")
    @click.argument("old_ref")
    @click.argument("new_meeting")
    @click.argument("new_ref")
    @reviewer_options
    def command(old_meeting, old_ref, new_meeting, new_ref, who, why, **options) -> None:
        decision = decisions.Decision(
            kind=kind,
            old_meeting=old_meeting,
            old_ref=old_ref,
            new_meeting=new_meeting,
            new_ref=new_ref,
            who=who,
            why=why,
        )
        _record(decision, options)

    command.__doc__ = summary
    return decide.command(name=kind)(command)


_pair_decision_command("link", "These two units are the same item: always pair them.")
_pair_decision_command("unlink", "These two units are not the same item: never pair them.")


@decide.command()
@click.option("--old", nargs=2, default=(None, None), metavar="MEETING REF", help="The unit in the older meeting.")
@click.option("--new", nargs=2, default=(None, None), metavar="MEETING REF", help="The unit in the newer meeting.")
@reviewer_options
def editorial(old, new, who, why, **options) -> None:
    """This change is editorial only, whatever the computed significance."""
    if not (old[0] or new[0]):
        raise click.UsageError("give --old MEETING REF, --new MEETING REF, or both")
    _record(
        decisions.Decision(
            kind="editorial",
            old_meeting=old[0] or "",
            old_ref=old[1] or "",
            new_meeting=new[0] or "",
            new_ref=new[1] or "",
            who=who,
            why=why,
        ),
        options,
    )


@decide.command(name="theme")
@click.argument("meeting")
@click.argument("ref")
@click.argument("theme_id")
@reviewer_options
@taxonomy_option
def theme_decision(meeting, ref, theme_id, who, why, taxonomy, **options) -> None:
    """This unit's theme is THEME_ID."""
    run = Run()
    known = {t.id for t in _taxonomy(run, taxonomy)}
    if theme_id not in known:
        run.error(InputError(theme_id, f"not a theme of the taxonomy ({', '.join(sorted(known))})"))
        run.exit()
    _record(decisions.Decision(kind="theme", meeting=meeting, ref=ref, theme=theme_id, who=who, why=why), options)


@decide.command(name="list")
@click.option("--kind", default="", help="Only decisions of this kind (link, unlink, editorial, theme).")
@click.option("--meeting", default="", help="Only decisions about this meeting id.")
@decisions_option
def list_command(kind, meeting, corpus, decisions_file) -> None:
    """List the decisions in force."""
    run = Run()
    _, decisions_file = _decisions_file(run, corpus, decisions_file)
    found = run.stop_on_input_error(decisions.list_decisions, decisions_file, kind=kind, meeting=meeting)
    for decision in found:
        click.echo(decision.describe())


@decide.command()
@click.argument("decision_id")
@decisions_option
def remove(decision_id, corpus, decisions_file) -> None:
    """Remove the decision DECISION_ID (as `list` shows it)."""
    from compare.serve import store

    run = Run()
    _, decisions_file = _decisions_file(run, corpus, decisions_file)
    removed = run.stop_on_input_error(store.undo, decisions_file, decision_id)
    click.echo(f"removed: {removed.describe()}")


@cli.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Serve pages and downloads only: no upload, no decisions.")
def serve(corpus: Path, host: str, port: int, read_only: bool) -> None:
    """Serve CORPUS as a live comparison: pages, uploads of new reports, reviewer decisions, downloads."""
    from compare.serve.app import serve as run_service

    run_service(corpus, host, port, read_only, _memo(True))


def main() -> None:
    cli(prog_name="wgcompare")
