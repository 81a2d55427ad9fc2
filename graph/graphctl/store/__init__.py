"""Where events live: the local embedded file (default) or a Neo4j server."""

from __future__ import annotations

import os

from graphctl.store.base import EventFilter, LoadReport, Store

DEFAULT_DB = "graphctl.db"

__all__ = ["DEFAULT_DB", "EventFilter", "LoadReport", "Store", "open_store"]


def open_store(
    db: str | None = None,
    *,
    neo4j: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Store:
    """Open the Neo4j store when `neo4j` (a Bolt or routing URI) is given, else the local file.

    The local file is `db`, else ``$GRAPHCTL_DB``, else ``./graphctl.db``. Neo4j credentials
    default to ``$NEO4J_USERNAME`` and ``$NEO4J_PASSWORD``.
    """
    if neo4j:
        from graphctl.store.neo4j import Neo4jStore

        return Neo4jStore(
            neo4j,
            username=username or os.environ.get("NEO4J_USERNAME", "neo4j"),
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD"),
            database=database or os.environ.get("NEO4J_DATABASE"),
        )
    from graphctl.store.local import LocalStore

    return LocalStore(db or os.environ.get("GRAPHCTL_DB") or DEFAULT_DB)
