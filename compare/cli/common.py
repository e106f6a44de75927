"""What every command shares: how a run reports errors and warnings, the taxonomy option, progress, loading."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from compare.analyse import taxonomy as taxonomies
from compare.util.errors import InputError, OutputError, error_line, shown

EXIT_INPUT = 2
EXIT_OUTPUT = 3


class Run:
    """What one command saw: rejected inputs and warnings, printed as they come."""

    def __init__(self) -> None:
        self.failed = False

    def error(self, error: InputError) -> None:
        self.failed = True
        click.echo(error_line(error.path, error.reason), err=True)

    def warn(self, message: str) -> None:
        click.echo(f"warning: {shown(message)}", err=True)

    def exit(self) -> None:
        sys.exit(EXIT_INPUT if self.failed else 0)

    def stop_on_input_error(self, call, *args, **kwargs):
        """`call(*args, **kwargs)`; an InputError is reported and ends the command with status 2."""
        try:
            return call(*args, **kwargs)
        except InputError as error:
            self.error(error)
            self.exit()
        except OutputError as error:
            click.echo(error_line(error.path, error.reason), err=True)
            sys.exit(EXIT_OUTPUT)


def decisions_file_option(where: str):
    """`--decisions FILE`, the reviewer decisions; by default `decisions.yaml` of `where`."""
    return click.option(
        "--decisions",
        "decisions_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"The reviewer decisions file (YAML); default: decisions.yaml of {where}.",
    )


def taxonomy_option(command):
    return click.option(
        "--taxonomy",
        type=click.Path(path_type=Path),
        default=None,
        help="YAML taxonomy of themes to use instead of the built-in one.",
    )(command)


def warned(run: Run, call, *args):
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


def taxonomy_of(run: Run, path: Path | None):
    return run.stop_on_input_error(taxonomies.load_taxonomy, path)


@contextmanager
def progress(label: str, total: int):
    """Yields a tick for each step done: a progress bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda _item: bar.update(1)


def memo_for(use_cache: bool):
    from compare.memo import Memo, default_folder

    return Memo(default_folder() if use_cache else None)


def load_inputs(run: Run, inputs: list[Path], use_cache: bool, jobs: int = 1, taxonomy=None):
    """Every input read (each raw report's units themed too, given a `taxonomy`); errors and warnings told."""
    from compare import pipeline
    from compare.ingest import corpus

    files, _ = corpus.expand_inputs(inputs)
    with progress("Reading reports", len(files)) as tick:
        loaded = pipeline.load(inputs, memo_for(use_cache), progress=tick, jobs=jobs, taxonomy=taxonomy)
    for error in loaded.errors:
        run.error(error)
    for warning in loaded.warnings:
        run.warn(warning)
    return loaded
