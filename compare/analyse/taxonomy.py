"""The theme taxonomy: loading a YAML file into `Theme`s, and describing it.

The built-in taxonomy is package data (`compare/taxonomy.yaml`), read through
importlib.resources so the working directory never matters. A user's file
replaces it whole. Every complaint about a malformed file names its line:
PyYAML's syntax errors carry a mark, and the rest come from the composed
node tree, whose nodes know where they start.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import yaml

from compare.model import Theme
from compare.util.errors import TaxonomyError

BUILT_IN = "taxonomy.yaml"
# libyaml's loader when PyYAML was built with it (ten times faster), with the same node marks.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
THEME_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ARTICLE_ID = re.compile(r"^(?:uncac:)?\d{1,3}(?:\.\d{1,2})?$")
LIST_FIELDS = ("articles", "keywords", "heading_keywords")
KNOWN_FIELDS = ("id", "label", "description", "procedural", *LIST_FIELDS)


def load_taxonomy(path: Path | None = None) -> tuple[Theme, ...]:
    """The themes of `path`, or of the built-in taxonomy when `path` is None."""
    if path is None:
        source = resources.files("compare.analyse").joinpath(BUILT_IN)
        return parse_taxonomy(source.read_text(encoding="utf-8"), BUILT_IN)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TaxonomyError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise TaxonomyError(path, f"cannot read: {exc.strerror or exc}") from None
    return parse_taxonomy(text, path)


def parse_taxonomy(text: str, origin: Path | str = "<taxonomy>") -> tuple[Theme, ...]:
    """Themes from YAML text: a list of themes, or a mapping whose `themes` key holds one."""
    try:
        _refuse_anchors(text, origin)
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise TaxonomyError(origin, _syntax_reason(exc)) from None
    entries = _theme_nodes(root, origin)
    themes: list[Theme] = []
    first_line: dict[str, int] = {}
    for node in entries:
        theme = _theme(node, origin)
        if theme.id in first_line:
            first = first_line[theme.id]
            raise TaxonomyError(origin, f"line {_line(node)}: duplicate theme id {theme.id!r} (first at line {first})")
        first_line[theme.id] = _line(node)
        themes.append(theme)
    return tuple(themes)


def _refuse_anchors(text: str, origin) -> None:
    """Anchors and aliases (`&a`, `*a`) are refused: one alias reused by thousands of themes is a memory bomb."""
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise TaxonomyError(origin, f"line {event.start_mark.line + 1}: YAML anchors and aliases are not allowed")


def _syntax_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"line {mark.line + 1}" if mark is not None else "line 1"
    return f"{where}: invalid YAML ({problem})"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _theme_nodes(root: yaml.Node | None, origin) -> list[yaml.Node]:
    if root is None:
        raise TaxonomyError(origin, "line 1: the taxonomy is empty; it needs at least one theme")
    if isinstance(root, yaml.MappingNode):
        value = _mapping(root).get("themes")
        if value is None:
            raise TaxonomyError(origin, f"line {_line(root)}: expected a 'themes' key holding a list of themes")
        root = value
    if not isinstance(root, yaml.SequenceNode):
        raise TaxonomyError(origin, f"line {_line(root)}: expected a list of themes")
    if not root.value:
        raise TaxonomyError(origin, f"line {_line(root)}: the list of themes is empty; it needs at least one theme")
    return list(root.value)


def _mapping(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    return {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def _theme(node: yaml.Node, origin) -> Theme:
    line = _line(node)
    if not isinstance(node, yaml.MappingNode):
        raise TaxonomyError(origin, f"line {line}: a theme must be a mapping with at least 'id' and 'label'")
    fields = _mapping(node)
    keys = [key for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
    repeated = next((key for n, key in enumerate(keys) if key.value in {k.value for k in keys[:n]}), None)
    if repeated is not None:
        raise TaxonomyError(origin, f"line {_line(repeated)}: field {repeated.value!r} given twice")
    unknown = sorted(set(fields) - set(KNOWN_FIELDS))
    if unknown:
        key_line = _line(next(k for k, _ in node.value if k.value == unknown[0]))
        raise TaxonomyError(origin, f"line {key_line}: unknown field {unknown[0]!r}; known: {', '.join(KNOWN_FIELDS)}")
    for required in ("id", "label"):
        if required not in fields:
            raise TaxonomyError(origin, f"line {line}: theme has no {required!r}")
    theme_id = _text(fields["id"], "id", origin)
    if not THEME_ID.match(theme_id):
        raise TaxonomyError(
            origin, f"line {_line(fields['id'])}: id {theme_id!r} must be lower-case letters, digits and hyphens"
        )
    return Theme(
        id=theme_id,
        label=_text(fields["label"], "label", origin),
        description=_text(fields["description"], "description", origin, allow_empty=True)
        if "description" in fields
        else "",
        articles=_articles(fields.get("articles"), origin),
        keywords=_words(fields.get("keywords"), "keywords", origin),
        heading_keywords=_words(fields.get("heading_keywords"), "heading_keywords", origin),
        procedural=_flag(fields.get("procedural"), origin),
    )


def _text(node: yaml.Node, name: str, origin, allow_empty: bool = False) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        raise TaxonomyError(origin, f"line {_line(node)}: {name!r} must be text")
    value = " ".join(node.value.split())
    if not value and not allow_empty:
        raise TaxonomyError(origin, f"line {_line(node)}: {name!r} is empty")
    return value


def _items(node: yaml.Node | None, name: str, origin) -> list[yaml.Node]:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise TaxonomyError(origin, f"line {_line(node)}: {name!r} must be a list")
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode):
            raise TaxonomyError(origin, f"line {_line(item)}: each of {name!r} must be a single value")
    return list(node.value)


def _articles(node: yaml.Node | None, origin) -> tuple[str, ...]:
    articles = []
    for item in _items(node, "articles", origin):
        if item.tag == "tag:yaml.org,2002:float":
            raise TaxonomyError(
                origin,
                f'line {_line(item)}: article {item.value} must be quoted ("{item.value}"); '
                "unquoted, YAML reads it as a number and 18.10 becomes 18.1",
            )
        value = item.value.strip().lower()
        if not ARTICLE_ID.match(value):
            raise TaxonomyError(
                origin, f'line {_line(item)}: article {item.value!r} is not like "16", "18.18" or "uncac:46"'
            )
        articles.append(value)
    return tuple(articles)


def _words(node: yaml.Node | None, name: str, origin) -> tuple[str, ...]:
    words = []
    for item in _items(node, name, origin):
        value = " ".join(item.value.lower().split())
        if not value:
            raise TaxonomyError(origin, f"line {_line(item)}: empty entry in {name!r}")
        words.append(value)
    return tuple(words)


def _flag(node: yaml.Node | None, origin) -> bool:
    if node is None:
        return False
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
        raise TaxonomyError(origin, f"line {_line(node)}: 'procedural' must be true or false")
    return node.value.lower() in ("true", "yes", "on")


def describe_taxonomy(taxonomy) -> str:
    """What `wgcompare themes` prints: one block per theme, blank lines between."""
    return "\n\n".join(_describe(theme) for theme in taxonomy) + "\n"


def _describe(theme: Theme) -> str:
    lines = [theme.id, f"  label: {theme.label}"]
    if theme.description:
        lines.append(f"  description: {theme.description}")
    lines.append(f"  articles: {', '.join(theme.articles) or '-'}")
    lines.append(f"  keywords: {', '.join(theme.keywords) or '-'}")
    if theme.heading_keywords:
        lines.append(f"  heading keywords: {', '.join(theme.heading_keywords)}")
    if theme.procedural:
        lines.append("  procedural: yes")
    return "\n".join(lines)
