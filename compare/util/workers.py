"""Independent pieces of work on several cores: `ordered_map(make, items, jobs)`.

The pieces of a run (aligning one pair, grading one pair, a page, a redline)
depend on nothing but their inputs, so they can be made in forked worker
processes while the results still come back in the order of the items: the
output is the same bytes whatever `jobs` is. Only the indexes of a run of items
go to a worker (it inherits the items and the function when it is forked) and
only the results come back. Warnings raised in a worker are raised again in the
caller, at the item's turn, so nothing a worker saw is lost. While it waits,
the caller may take steps of work of its own (`meanwhile`).

Forking is used only where the system has it; with `jobs` 1, a single item,
or no fork, the items are made one after the other in this process. A process
with threads of its own (the service) must pass `jobs` 1: forking a threaded
process is unsafe.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from compare.util.caught import Caught, raise_again, recorded
from compare.util.collector import frozen

_inherited: tuple[Callable, Sequence] | None = None  # (make, items) of the map being run, read by the workers
_DONE = object()
LONGEST_RUN = 16  # items of a run at most: a run of pairs' rows or meetings' themes is small


def default_jobs() -> int:
    """The cores this process may use, at most 4 (more buys little for one corpus and costs memory)."""
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(4, available))


def ordered_map(
    make: Callable,
    items: Sequence,
    jobs: int = 1,
    meanwhile: Iterator | None = None,
    share: bool = False,
    longest_run: int = LONGEST_RUN,
) -> Iterator:
    """`make(item)` for each item, in the order of `items`, made by up to `jobs` worker processes, which
    take runs of up to `longest_run` neighbouring items (`_run_length`).
    Whenever the next result has not come yet, this process takes a step of `meanwhile` (an iterator:
    `compare.util.steps`), if given; without workers it takes none (what is left is the caller's).
    With `share`, this process is one of the `jobs` (one worker fewer): it takes the steps of `meanwhile`,
    then, while it still waits, makes the last runs no worker has begun (`_taken_back`)."""
    if jobs <= 1 or len(items) < 2 or not _can_fork():
        yield from map(make, items)
        return
    workers = jobs - 1 if share else jobs
    yield from _pooled(make, items, workers, meanwhile, _run_length(len(items), workers, longest_run), share)


def _pooled(
    make: Callable, items: Sequence, workers: int, meanwhile: Iterator | None, size: int, share: bool
) -> Iterator:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _inherited
    _inherited = (make, items)
    with frozen():  # the workers' collections leave the objects they inherit alone: fewer pages copied
        pool = ProcessPoolExecutor(min(workers, len(items)), mp_context=multiprocessing.get_context("fork"))
        try:
            count = len(items)
            spans = [(start, min(start + size, count)) for start in range(0, count, size)]
            runs = [pool.submit(_made_run, *span) for span in spans]
            made_here: dict[int, list[tuple[object, Caught]] | Exception] = {}
            for index, run in enumerate(runs):
                while meanwhile is not None and not run.done() and next(meanwhile, _DONE) is not _DONE:
                    pass
                while share and not run.done() and _taken_back(make, items, spans, runs[index + 1 :], made_here):
                    pass
                for result, caught in _kept(made_here.pop(index)) if run.cancelled() else run.result():
                    raise_again(caught)
                    yield result
        finally:
            _inherited = None
            pool.shutdown(wait=True, cancel_futures=True)  # a caller that stops early leaves no work running


def _taken_back(make: Callable, items: Sequence, spans: list, later: list, made_here: dict) -> bool:
    """The last run of `later` that no worker has begun, taken back from the pool and made here (kept in
    `made_here` until its turn); False when every one has begun. Taken from the end, so this process and
    the workers meet in the middle and finish together, whatever each side's share of the work was."""
    first = len(spans) - len(later)
    for index in range(len(spans) - 1, first - 1, -1):
        if index not in made_here and later[index - first].cancel():
            try:
                made_here[index] = _made_run(*spans[index], (make, items))
            except Exception as error:  # raised at its run's turn, as a worker's error is
                made_here[index] = error
            return True
    return False


def _kept(made: list[tuple[object, Caught]] | Exception) -> list[tuple[object, Caught]]:
    if isinstance(made, Exception):
        raise made
    return made


def _run_length(count: int, workers: int, longest: int) -> int:
    """Items per hand-out: runs of neighbours (a meeting's pairs) go to one worker, whose in-process caches
    (a meeting's vectors, a text's reading) then serve them all: a sixth of a worker's share of the
    items, at most `longest` (a run's results travel, and are held, together). Not more: the caller takes
    the results in order and may work on each (lineages are chained as pairs come back), so it waits for
    the whole first run before it begins, and is left with the whole last one once the workers are done."""
    return max(1, min(longest, count // (workers * 6)))


def _can_fork() -> bool:
    import multiprocessing  # only when there is work to share: one report, or one process, needs none of it

    return "fork" in multiprocessing.get_all_start_methods()


def _made_run(start: int, stop: int, work: tuple[Callable, Sequence] | None = None) -> list[tuple[object, Caught]]:
    """In a worker (or here, given the `work`): items `start` to `stop` made, each with the warnings raised
    while making it."""
    make, items = work or _inherited
    return [recorded(make, items[index]) for index in range(start, stop)]
