"""Ready Cypher queries from the project's cypher/ folder: list them, read them, run them."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from graphctl.errors import InputError, StoreError

#: Files in cypher/ that are scripts of several statements, not ready queries.
SCRIPTS = ("schema", "load_csv")

#: Parameter types a ready query declares, with how a command-line string becomes one.
TYPES = {
    "string": str,
    "int": int,
    "float": float,
}

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"^(\w+) \((string|int|float)(?:, default (.+))?\)$")


@dataclass(frozen=True)
class Param:
    """One parameter of a ready query: its name, type and default (None: required)."""

    name: str
    type: str
    default: str | None = None


@dataclass(frozen=True)
class Query:
    """A ready query: its name (the file's stem), what it shows, its parameters and text."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default=())

    @property
    def usage(self) -> str:
        """The parameters as ``name=TYPE [name=TYPE (default)]`` for listings."""
        parts = []
        for p in self.params:
            parts.append(
                f"{p.name}={p.type}"
                if p.default is None
                else f"[{p.name}={p.type}, default {p.default}]"
            )
        return " ".join(parts)


def folder() -> Path:
    """The cypher/ folder: ``$GRAPHCTL_CYPHER_DIR``, else the one beside the package's source."""
    configured = os.environ.get("GRAPHCTL_CYPHER_DIR")
    path = Path(configured) if configured else Path(__file__).resolve().parents[2] / "cypher"
    if not path.is_dir():
        raise StoreError(
            f"the ready queries are not at {path}: set GRAPHCTL_CYPHER_DIR to graphctl's "
            "cypher/ folder (it ships with the source, beside graph/)"
        )
    return path


def parse(name: str, text: str) -> Query:
    """Read a query file's header: the first comment line says what it shows, then a
    ``// Params: a (string); limit (int, default 10)`` line (or ``// Params: none``).

    Examples
    --------
    >>> q = parse("demo", "// Demo: one row.\\n// Params: n (int, default 1)\\nRETURN $n AS n")
    >>> q.description, q.params[0].name, q.params[0].default
    ('Demo: one row.', 'n', '1')
    """
    comments = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    if not comments:
        raise InputError("a ready query opens with a comment saying what it shows", path=name)
    params = []
    for line in comments:
        if line.startswith("Params:"):
            spec = line.removeprefix("Params:").strip()
            if spec == "none":
                continue
            for part in spec.split(";"):
                match = _PARAM.match(part.strip())
                if not match:
                    raise InputError(f"cannot read the parameter {part.strip()!r}", path=name)
                params.append(Param(*match.groups()))
    return Query(name, comments[0], text, tuple(params))


def queries() -> list[Query]:
    """Every ready query in the cypher/ folder, by name."""
    return [
        parse(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder().glob("*.cypher"))
        if path.stem not in SCRIPTS
    ]


def is_name(text: str) -> bool:
    """True when `text` names a ready query rather than being Cypher itself."""
    return bool(_NAME.match(text)) and (folder() / f"{text}.cypher").is_file()


def read(name: str) -> Query:
    """The ready query called `name`; InputError listing the known ones otherwise."""
    if not _NAME.match(name) or not (folder() / f"{name}.cypher").is_file():
        known = ", ".join(q.name for q in queries())
        raise InputError(f"no ready query called {name!r}; known: {known}")
    path = folder() / f"{name}.cypher"
    return parse(name, path.read_text(encoding="utf-8"))


def statements(text: str) -> list[str]:
    """Split a script into statements: each ends with ``;`` at the end of a line.

    Examples
    --------
    >>> statements("// two\\nRETURN 1;\\nRETURN 2\\n;")
    ['RETURN 1', 'RETURN 2']
    """
    out, current = [], []
    for line in text.splitlines():
        if line.lstrip().startswith("//"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            out.append("\n".join(current).rstrip().rstrip(";").strip())
            current = []
    rest = "\n".join(current).strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]


def arguments(query: Query, given: dict[str, str]) -> dict:
    """Typed parameters for `query` from ``--param key=value`` strings, defaults filled in."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        usage = query.usage or "none"
        raise InputError(f"{query.name} takes no parameter {unknown[0]!r} (parameters: {usage})")
    values = {}
    for param in query.params:
        raw = given.get(param.name, param.default)
        if raw is None:
            raise InputError(
                f"{query.name} needs --param {param.name}=... ({param.type}; see "
                "graphctl cypher list)"
            )
        try:
            values[param.name] = TYPES[param.type](raw)
        except ValueError:
            raise InputError(f"--param {param.name} must be a {param.type}, not {raw!r}") from None
    return values


def run(store, name: str, given: dict[str, str] | None = None) -> list[dict]:
    """Run the ready query `name` on a Neo4j `store` with ``--param`` strings; rows as dicts."""
    if getattr(store, "kind", None) != "neo4j":
        raise StoreError("ready queries run on Neo4j: give --neo4j URI or set NEO4J_URI")
    query = read(name)
    return store.run_query(query.text, arguments(query, given or {}))
