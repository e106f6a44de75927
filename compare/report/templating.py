"""The report's jinja2 environment: the templates under `templates/` (HTML pages, and the XML parts of the
workbook and the Word redlines), autoescaped, with the helpers they use.

Compiling the templates takes a tenth of a second a run, so the package carries them compiled to Python
by jinja2 (`compiled/`, written by `write_compiled`: `make templates`), part of its code like any
module. They are used only while they are the templates' own: `compiled/__init__.py` holds the digest
of the templates, jinja2's version and the syntax they were compiled from, and any difference (a
template edited, another jinja2) compiles the templates from their sources instead, as before. Nothing
compiled is ever written at run time, nor read back from a cache."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import jinja2

from compare.report import pairs
from compare.report.labels import excerpt, meeting_label
from compare.report.paths import pair_path, safe_name, theme_path
from compare.util.ordinals import ordinal

SYNTAX = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}
OPTIMIZED = False  # jinja2's constant folding: a fifth of compiling the templates, for no faster page
TEMPLATES = Path(__file__).with_name("templates")
COMPILED = Path(__file__).with_name("compiled")


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
    current = _compiled_digest() == sources_digest()
    env = _Environment(
        loader=jinja2.ModuleLoader(COMPILED) if current else jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # package files do not change while a report is written
        optimized=OPTIMIZED,
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
    """Load every template now, so worker processes forked later inherit them ready."""
    env = environment()
    for name in template_names():
        env.get_template(name)


def template_names() -> list[str]:
    return sorted(path.name for path in TEMPLATES.glob("*.j2"))


def sources_digest() -> str:
    """SHA-256 of what the compiled templates are made from: jinja2's version, the syntax, every template."""
    digest = hashlib.sha256(f"jinja2 {jinja2.__version__} {sorted(SYNTAX.items())} {OPTIMIZED}\0".encode())
    for name in template_names():
        digest.update(name.encode() + b"\0" + (TEMPLATES / name).read_bytes() + b"\0")
    return digest.hexdigest()


def _compiled_digest() -> str | None:
    from compare.report import compiled

    return getattr(compiled, "SOURCES", None)


def write_compiled(folder: Path) -> None:
    """Every template compiled to Python into `folder` (one module each, named as jinja2's ModuleLoader
    looks for it), and the `__init__.py` naming what they were compiled from."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), optimized=OPTIMIZED, **SYNTAX)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("tmpl_*.py"):  # a template renamed or removed leaves no module behind
        stale.unlink()
    for name in template_names():
        code = env.compile(env.loader.get_source(env, name)[0], name, name, raw=True, defer_init=True)
        header = f"# {name} compiled by jinja2 {jinja2.__version__} (`make templates`): do not edit.\n"
        (folder / jinja2.ModuleLoader.get_module_filename(name)).write_text(header + code + "\n", "utf-8")
    (folder / "__init__.py").write_text(_COMPILED_INIT.format(digest=sources_digest()), "utf-8")


_COMPILED_INIT = '''"""The report's templates compiled to Python by jinja2: written by `make templates`, never by hand.
`compare.report.templating` loads them while SOURCES is the digest of what they were compiled from."""

SOURCES = "{digest}"
'''
