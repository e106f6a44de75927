"""`wgcompare decide`: record, list and remove reviewer decisions, checked against the corpus."""

from __future__ import annotations

from pathlib import Path

import click

from compare.cli.common import Run, decisions_file_option, taxonomy_of, taxonomy_option
from compare.ingest import decisions_file as decisions
from compare.util.errors import InputError


def decisions_option(command):
    command = decisions_file_option("the corpus")(command)
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
    from compare.ingest import decisions_store as store

    run = Run()
    corpus, path = _decisions_file(run, options["corpus"], options["decisions_file"])
    loaded = pipeline.load([corpus])
    refs = {mid: tuple(u.ref for u in m.units) for mid, m in loaded.meetings.items()}
    added = run.stop_on_input_error(store.record, path, decision, refs, options["replace"])
    click.echo(f"{added.status}: {added.decision.describe()}")
    for replaced in added.replaced:
        click.echo(f"  in place of: {replaced.describe()}")


@click.group()
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
    known = {t.id for t in taxonomy_of(run, taxonomy)}
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
    from compare.ingest import decisions_store as store

    run = Run()
    _, decisions_file = _decisions_file(run, corpus, decisions_file)
    removed = run.stop_on_input_error(store.undo, decisions_file, decision_id)
    click.echo(f"removed: {removed.describe()}")
