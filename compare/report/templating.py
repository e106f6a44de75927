"""The report's jinja2 environment: the templates under `templates/` (HTML pages, and the XML parts of the
workbook and the Word redlines), autoescaped, with the helpers they use. Compiled templates are kept in
this process only: nothing executable is ever read back from a file."""

from __future__ import annotations

import functools

import jinja2

from compare.report import pairs
from compare.report.labels import excerpt, meeting_label
from compare.report.paths import pair_path, safe_name, theme_path
from compare.util.ordinals import ordinal

SYNTAX = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}


def rows_with(table: list[dict], key: str, value: object) -> list[dict]:
    """The rows whose `key` is `value`: `selectattr` in a template, without its cost on every row of every page."""
    return [row for row in table if row[key] == value]


class _Environment(jinja2.Environment):
    """`row.status` on a plain dict reads `row["status"]` at once: jinja2 tries the attribute first and
    fails with an exception for every such lookup (over 100,000 a report). Names of dict attributes
    (`row.items`) keep jinja2's order, so every template reads what it read before; so does any other
    object's attribute, read here first as jinja2 would (250,000 lookups at 50 meetings)."""

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        else:
            try:
                return getattr(obj, attribute)  # jinja2's first try, without its call (`meeting.body`)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The report's templates, with the helpers they use (none returns markup)."""
    env = _Environment(
        loader=jinja2.PackageLoader("compare.report", "templates"),
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # package files do not change while a report is written
        optimized=False,  # jinja2's constant folding: a fifth of compiling the templates, for no faster page
        **SYNTAX,
    )
    env.globals.update(
        theme_path=theme_path,
        pair_path=pair_path,
        safe_name=safe_name,
        meeting_label=meeting_label,
        statuses=pairs.STATUSES,
        significances=pairs.SIGNIFICANCES,
        rows_with=rows_with,
    )
    env.filters.update(ordinal=ordinal, excerpt=excerpt)
    return env


def compile_all() -> None:
    """Compile every template now, so worker processes forked later inherit them compiled."""
    env = environment()
    for name in env.list_templates(extensions=("j2",)):
        env.get_template(name)
