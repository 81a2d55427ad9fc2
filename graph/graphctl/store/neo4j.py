"""The Neo4j store: actors as nodes, events as relationships named for what happened, over Bolt."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit, urlunsplit

from graphctl.errors import StoreError
from graphctl.events import COLUMNS, polarity, to_record, validate
from graphctl.store.base import EventFilter, LoadReport, Progress, Store

#: Relationship type of an event by its CAMEO root (the first two digits of its code).
CAMEO_TYPES = {
    "01": "MAKE_STATEMENT",
    "02": "APPEAL",
    "03": "EXPRESS_INTENT",
    "04": "MEET",
    "05": "DIPLOMATIC_COOPERATION",
    "06": "MATERIAL_COOPERATION",
    "07": "PROVIDE_AID",
    "08": "YIELD",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "FORCE_POSTURE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "MASS_VIOLENCE",
}

#: Every relationship type an event can get. Types cannot be query parameters, so queries are
#: built from this fixed list only, never from input.
EVENT_TYPES = tuple(CAMEO_TYPES.values()) + ("ALLY", "OPPOSE", "EVENT")

#: The extra label of an actor node by its kind (every actor is also an :Actor).
KIND_LABELS = {
    "state": "State",
    "official": "Official",
    "organisation": "Organisation",
    "other": "Other",
}

#: The node standing in for a missing source or target, so that such events are kept too.
NOBODY = "(nobody)"

#: Relationship properties graphctl adds for Neo4j Browser; never read back as event fields.
_INTERNAL = ("extra", "polarity")

_EVENTS = "()-[r:" + "|".join(EVENT_TYPES) + "]->()"
_PROPERTY_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INT64 = (-(2**63), 2**63 - 1)


def relationship_type(event: Mapping) -> str:
    """Return the relationship type of `event`: its CAMEO root verb, else ALLY/OPPOSE by sign.

    Examples
    --------
    >>> relationship_type({"code": "163"}), relationship_type({"code": "0431"})
    ('SANCTION', 'MEET')
    >>> relationship_type({"sign": -1}), relationship_type({"quad": 1})
    ('OPPOSE', 'EVENT')
    """
    code = event.get("code")
    if code and code[:2] in CAMEO_TYPES:
        return CAMEO_TYPES[code[:2]]
    sign = event.get("sign")
    if sign:
        return "ALLY" if float(sign) > 0 else "OPPOSE"
    return "EVENT"


def schema_statements() -> list[str]:
    """The Cypher that sets up graphctl's schema (also in ``cypher/schema.cypher``).

    Unique actor ids per label, and a unique event id per relationship type (relationship
    uniqueness constraints need Neo4j 5.7 or later; older servers get a plain index).
    """
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ("Actor", *KIND_LABELS.values(), "Nobody")
    ]
    statements += [
        f"CREATE CONSTRAINT {kind.lower()}_id IF NOT EXISTS "
        f"FOR ()-[r:{kind}]-() REQUIRE r.id IS UNIQUE"
        for kind in EVENT_TYPES
    ]
    statements.append("CREATE INDEX load_path IF NOT EXISTS FOR (n:Load) ON (n.path)")
    return statements


def _plain_uri(uri: str) -> str:
    """`uri` without any user:password part, for messages."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "the given URI"
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _side(side: str, level: str) -> str:
    # At the state level an actor is its state; one with no state (an armed group, "police"
    # of no known country) has no place there.
    return f"r.{side}_state" if level == "state" else f"r.{side}"


def where(filter: EventFilter, params: dict) -> str:
    """Cypher WHERE clause for `filter` on relationship ``r``, adding its values to `params`.

    The Cypher twin of :func:`graphctl.store.local.where`: every value is a parameter.
    """
    clauses = []
    if filter.actors:
        params["actors"] = list(filter.actors)
        clauses.append(
            "(r.source IN $actors OR r.target IN $actors OR r.source_state IN $actors "
            "OR r.target_state IN $actors)"
        )
    if filter.since:
        params["since"] = filter.since
        clauses.append("r.date >= $since")
    if filter.until:
        # "2023-09" as an upper bound includes every day of September.
        params["until"] = filter.until + "\uffff"
        clauses.append("r.date <= $until")
    if filter.codes:
        params["codes"] = list(filter.codes)
        clauses.append("any(prefix IN $codes WHERE r.code STARTS WITH prefix)")
    if filter.quads:
        params["quads"] = [int(q) for q in filter.quads]
        clauses.append("r.quad IN $quads")
    if filter.window:
        params["window"] = filter.window
        clauses.append("r.window = $window")
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def _mode(counts: Counter):
    """The most frequent non-null value (ties: the smallest), or None."""
    counts = Counter({k: v for k, v in counts.items() if k is not None})
    if not counts:
        return None
    top = max(counts.values())
    return min(k for k, v in counts.items() if v == top)


def _scalar(value) -> bool:
    if isinstance(value, bool) or isinstance(value, (str, float)):
        return True
    return isinstance(value, int) and _INT64[0] <= value <= _INT64[1]


#: The properties of an event relationship, in the order of the rows a load sends: every
#: column, then what graphctl adds. Rows are lists, so the keys travel once, in the query text.
_ROW = (*COLUMNS, "polarity", "extra")
_AT = {key: at for at, key in enumerate(_ROW)}
_COLUMN_SET = frozenset(COLUMNS)


def _event_row(event: Mapping) -> list:
    """The row that creates `event`'s relationship: its ``_ROW`` values (null ones are not
    stored), then, if it has fields outside the record, those of them that are plain values."""
    row = [event.get(c) for c in COLUMNS]
    row.append(polarity(event))
    extra = {k: v for k, v in event.items() if k not in _COLUMN_SET and v is not None}
    if extra:
        row.append(json.dumps(extra, ensure_ascii=False))
        # Plain values also as properties of their own, for Neo4j Browser and Cypher.
        row.append({k: v for k, v in extra.items() if k not in _INTERNAL and _scalar(v)})
    else:
        row.append(None)
    return row


def _record(props: Mapping) -> dict:
    """The contract record of a relationship's properties (what :meth:`Store.events` yields)."""
    event = {c: props.get(c) for c in COLUMNS}
    extra = props.get("extra")
    if extra:
        event.update(json.loads(extra))
    return to_record(
        {k: v for k, v in event.items() if v is not None or k in ("id", "date", "source", "target")}
    )


def _plain(value):
    """A query result value as plain data: nodes by id (or properties), paths as node ids."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return value.get("id", dict(value))
    if isinstance(value, Relationship):
        return value.type
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


#: A load changes the statistics so fast that Neo4j would replan its few queries again and again
#: (each a tenth of a second or more); their plans are index seeks whatever the statistics.
_KEEP_PLAN = "CYPHER replan=skip"


def _merge_actors(label: str | None) -> str:
    extra = f" SET a:{label}" if label else ""
    return (
        f"{_KEEP_PLAN} UNWIND $rows AS row MERGE (a:Actor {{id: row.id}})"
        f"{extra} "
        "SET a.name = coalesce(a.name, row.name), a.kind = coalesce(a.kind, row.kind), "
        "a.state = coalesce(a.state, row.state), a.role = coalesce(a.role, row.role)"
    )


_MERGE_STATES = f"{_KEEP_PLAN} UNWIND $ids AS id MERGE (:Actor {{id: id}})"

_REPRESENTS = (
    f"{_KEEP_PLAN} UNWIND $rows AS row MATCH (o:Actor {{id: row.official}}) "
    "MATCH (s:Actor {id: row.state}) MERGE (o)-[t:REPRESENTS]->(s) "
    "SET t.role = coalesce(t.role, row.role)"
)


def _stored_ids(kind: str) -> str:
    """Which of the ids ``$ids`` are stored already as events of type `kind`."""
    if kind not in EVENT_TYPES:
        raise ValueError(f"not an event type: {kind!r}")
    # The hint: a plan made while the database was empty may scan the whole index per id.
    return (
        f"{_KEEP_PLAN} UNWIND $ids AS id MATCH ()-[r:{kind} {{id: id}}]->() "
        f"USING INDEX SEEK r:{kind}(id) RETURN id"
    )


def _create_events(kind: str, has_source: bool, has_target: bool, has_more: bool) -> str:
    """Create one type's events from :func:`_event_row` rows; return how many were created.

    The properties are a map in the query, not ``SET r += row``: a map from a parameter could
    hold any key, so Neo4j would first buffer the whole batch (an Eager plan) to be safe.
    """
    if kind not in EVENT_TYPES:
        raise ValueError(f"not an event type: {kind!r}")
    ends = []
    for name, side, present in (("s", "source", has_source), ("t", "target", has_target)):
        ends.append(
            f"MATCH ({name}:Actor {{id: row[{_AT[side]}]}})"
            if present
            else f"MATCH ({name}:Nobody {{id: $nobody}})"
        )
    props = ", ".join(f"`{key}`: row[{at}]" for key, at in _AT.items())
    more = f" SET r += row[{len(_ROW)}]" if has_more else ""
    return (
        f"{_KEEP_PLAN} UNWIND $rows AS row {ends[0]} {ends[1]} "
        f"CREATE (s)-[r:{kind} {{{props}}}]->(t){more} RETURN count(r) AS created"
    )


class _StaleActors(Exception):
    """Some actors a batch's events need were not found: the store's memory of them is stale."""


def _facts(label: str | None, row: Mapping) -> frozenset:
    """What writing actor `row` with `label` puts in the graph, for remembering it."""
    facts = {"node", f"label:{label}"}
    facts.update(key for key in ("name", "kind", "state", "role") if row.get(key) is not None)
    return frozenset(facts)


def _tie_facts(tie: Mapping) -> frozenset:
    facts = {f"represents:{tie['state']}"}
    if tie.get("role") is not None:
        facts.add(f"represents-role:{tie['state']}")
    return frozenset(facts)


class Neo4jStore(Store):
    """Events in Neo4j 5 (a local server, a cluster or Aura), reached over Bolt.

    Actors are ``:Actor`` nodes with a label by kind (``:State``, ``:Official``,
    ``:Organisation``, ``:Other``), officials are tied to their state by ``REPRESENTS``, and
    each event is a relationship named for its CAMEO root (``MEET``, ``ACCUSE``,
    ``SANCTION`` ...) carrying every event field. Loads go in batches, one transaction each,
    and skip event ids already stored: loading twice, or again after a crash, adds each event
    exactly once. Every read gives what :class:`~graphctl.store.local.LocalStore` gives for
    the same events.

    `uri` is any URI the Neo4j driver takes: ``bolt://``, ``neo4j://`` (routing: clusters),
    ``neo4j+s://`` (Aura) and their ``+s``/``+ssc`` variants.
    """

    kind = "neo4j"

    def __init__(
        self,
        uri: str,
        *,
        username: str = "neo4j",
        password: str | None = None,
        database: str | None = None,
        batch_size: int = 5_000,
        workers: int = 2,
    ):
        import neo4j

        self.uri = _plain_uri(uri)
        self.database = database or None
        self.batch_size = batch_size
        self.workers = max(1, workers)
        self._password = password
        self._schema_ready = False
        # Whether the server keeps event ids unique itself (relationship uniqueness constraints).
        self._unique_ids = False
        self._check_ids = True
        # Actor id -> what this store has written of it (see _facts): later batches skip it.
        self._actors_written: dict[str, frozenset] = {}
        self._lock = threading.Lock()
        auth = (username or "neo4j", password) if password is not None else None
        self._user = username or "neo4j"
        with self._errors("connect to"):
            try:
                self.driver = neo4j.GraphDatabase.driver(
                    uri, auth=auth, notifications_min_severity="OFF"
                )
            except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
                raise StoreError(f"{self.uri} is not a Neo4j URI ({exc})") from None
            self.driver.verify_connectivity()

    # --- connection and errors ----------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        if self._password:
            text = text.replace(self._password, "***")
        return text

    @contextlib.contextmanager
    def _errors(self, doing: str):
        """Turn the driver's exceptions into StoreError, with a hint and never the password."""
        from neo4j import exceptions as ne

        try:
            yield
        except ne.AuthError:
            hint = "set NEO4J_PASSWORD" if self._password is None else "check NEO4J_PASSWORD"
            raise StoreError(
                f"Neo4j at {self.uri} refused user {self._user!r}: wrong or missing password "
                f"({hint} or --neo4j-password)"
            ) from None
        except (ne.ServiceUnavailable, ne.SessionExpired) as exc:
            raise StoreError(
                f"cannot {doing} Neo4j at {self.uri}: {self._scrub(str(exc))} (is the server "
                "running? scripts/neo4j.sh start runs a local one)"
            ) from None
        except ne.Neo4jError as exc:
            message = exc.message or str(exc)
            raise StoreError(f"Neo4j at {self.uri}: {self._scrub(message)}") from None
        except ne.DriverError as exc:
            raise StoreError(f"Neo4j at {self.uri}: {self._scrub(str(exc))}") from None

    def _session(self):
        return self.driver.session(database=self.database)

    def _read(self, query: str, params: Mapping | None = None) -> list:
        with self._errors("read from"), self._session() as session:
            return list(session.run(query, dict(params or {})))

    def close(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None:
            driver.close()
            self.driver = None

    def ensure_schema(self) -> None:
        """Create graphctl's constraints and indexes where missing (idempotent)."""
        if self._schema_ready:
            return
        from neo4j.exceptions import ClientError

        self._actors_written = {}
        with self._errors("set up"), self._session() as session:
            names = {r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")}
            names |= {r["name"] for r in session.run("SHOW INDEXES YIELD name")}
            for statement in schema_statements():
                name = statement.split()[2]
                if name in names:
                    continue
                try:
                    session.run(statement).consume()
                except ClientError:
                    # Before Neo4j 5.7 relationships have no uniqueness constraints: an index
                    # keeps the id lookups fast, and each batch's check keeps ids unique.
                    kind = statement.split("[r:")[1].split("]")[0]
                    session.run(
                        f"CREATE INDEX {name} IF NOT EXISTS FOR ()-[r:{kind}]-() ON (r.id)"
                    ).consume()
            session.run("MERGE (:Nobody {id: $nobody})", nobody=NOBODY).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
            unique = {
                r["name"]
                for r in session.run(
                    "SHOW CONSTRAINTS YIELD name, type "
                    "WHERE type = 'RELATIONSHIP_UNIQUENESS' RETURN name"
                )
            }
        self._unique_ids = all(f"{kind.lower()}_id" in unique for kind in EVENT_TYPES)
        self._check_ids = not self._unique_ids
        self._schema_ready = True

    # --- writing ------------------------------------------------------------------------------

    def load(
        self,
        path: str,
        *,
        format: str | None = None,
        skip_invalid: bool = False,
        options: dict | None = None,
        progress: Progress | None = None,
    ) -> LoadReport:
        """Load one input file in batches; a re-run after any failure adds only what is missing.

        Unlike the local store a load is not one transaction: each batch commits on its own.
        """
        from graphctl import formats

        started = time.perf_counter()
        format = format or formats.detect(path)
        skipped: list[str] = []
        events = formats.iter_events(
            path, format, skip_invalid=skip_invalid, options=options, skipped=skipped
        )
        report = self._add(events, path, format, progress)
        report.read += len(skipped)
        report.skipped, report.skipped_where = len(skipped), skipped[:20]
        report.seconds = time.perf_counter() - started
        self._record_load(report)
        return report

    def add(self, events: Iterable[dict], *, doc: str | None = None) -> LoadReport:
        started = time.perf_counter()
        report = self._add((validate(e) for e in events), doc or "(added)", "events", None)
        report.seconds = time.perf_counter() - started
        self._record_load(report)
        return report

    def _add(self, events: Iterable[dict], path: str, format: str, progress) -> LoadReport:
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        self.ensure_schema()
        report = LoadReport(path=path, format=format)
        seen: set[str] = set()
        batch: list[dict] = []
        pending: set = set()

        def settle(block_until: int) -> None:
            # Keep at most `block_until` batches in flight; a failed batch raises here.
            nonlocal pending
            while len(pending) > block_until:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    report.added += future.result()
                if progress:
                    progress(report.read, None)

        # Batches of different ids never conflict, so the server's cores write them side by side.
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            try:
                for event in events:
                    report.read += 1
                    # Within one load the first event of an id wins, as in the local store.
                    if event["id"] in seen:
                        continue
                    seen.add(event["id"])
                    batch.append(event)
                    if len(batch) >= self.batch_size:
                        pending.add(pool.submit(self.write_batch, batch))
                        batch = []
                        settle(self.workers)
                if batch:
                    pending.add(pool.submit(self.write_batch, batch))
                settle(0)
            finally:
                for future in pending:
                    future.cancel()
        if progress:
            progress(report.read, report.read)
        return report

    def write_batch(self, events: list[dict]) -> int:
        """Write validated events in one transaction (retried on transient errors).

        Returns how many were new. Events whose id is stored already are left as they are.

        Where the server enforces unique event ids (Neo4j 5.7 or later) a batch is first
        written without looking its ids up: a stored id fails the transaction, which then runs
        again with the lookup. Actors this store has written already are not written again.
        """
        from neo4j.exceptions import ConstraintError

        self.ensure_schema()
        actors: dict[str, dict] = {}
        represents: dict[tuple[str, str], dict] = {}
        states: set[str] = set()
        groups: dict[tuple[str, bool, bool, bool], list[list]] = defaultdict(list)
        for event in events:
            for side in ("source", "target"):
                node = event.get(side)
                if node is None:
                    continue
                kind = event.get(f"{side}_kind")
                state = event.get(f"{side}_state")
                label = KIND_LABELS.get(kind)
                row = actors.setdefault((label, node), {"id": node})
                for key, value in (
                    ("name", event.get(f"{side}_name")),
                    ("kind", kind),
                    ("state", state),
                    ("role", event.get(f"{side}_role")),
                ):
                    if value is not None and row.get(key) is None:
                        row[key] = value
                if state and state != node:
                    states.add(state)
                    if kind == "official":
                        tie = represents.setdefault(
                            (node, state), {"official": node, "state": state}
                        )
                        tie.setdefault("role", event.get(f"{side}_role"))
            row = _event_row(event)
            shape = (
                relationship_type(event),
                event.get("source") is not None,
                event.get("target") is not None,
                len(row) > len(_ROW),
            )
            groups[shape].append(row)

        def work(tx, check: bool, remembered: dict):
            # Actors first (sorted, so concurrent loads lock nodes in one order), then events.
            rows_by_label: dict[str | None, list[dict]] = defaultdict(list)
            for (label, node), row in sorted(actors.items(), key=lambda item: item[0][1]):
                if not _facts(label, row) <= remembered.get(node, frozenset()):
                    rows_by_label[label].append(row)
            for label in sorted(rows_by_label, key=lambda x: x or ""):
                tx.run(_merge_actors(label), rows=rows_by_label[label]).consume()
            new_states = sorted(node for node in states if node not in remembered)
            if new_states:
                tx.run(_MERGE_STATES, ids=new_states).consume()
            ties = [
                tie
                for (official, state), tie in sorted(represents.items())
                if _tie_facts(tie) - remembered.get(official, frozenset())
            ]
            if ties:
                tx.run(_REPRESENTS, rows=ties).consume()
            stored: set[str] = set()
            if check:
                ids_by_kind: dict[str, list[str]] = defaultdict(list)
                for shape, rows in groups.items():
                    ids_by_kind[shape[0]].extend(row[0] for row in rows)
                for kind, ids in sorted(ids_by_kind.items()):
                    stored.update(record["id"] for record in tx.run(_stored_ids(kind), ids=ids))
            created = wanted = 0
            for shape, rows in sorted(groups.items()):
                new = [row for row in rows if row[0] not in stored] if stored else rows
                if new:
                    wanted += len(new)
                    result = tx.run(_create_events(*shape), rows=new, nobody=NOBODY)
                    created += result.single()["created"]
            if created != wanted:
                raise _StaleActors
            return created, len(stored)

        check = self._check_ids
        remembered = self._actors_written
        conflicts = 0
        with self._errors("write to"), self._session() as session:
            while True:
                try:
                    created, stored = session.execute_write(work, check, remembered)
                    break
                except ConstraintError:
                    # Some ids were stored (earlier, or by a concurrent load): look them up.
                    conflicts += 1
                    if conflicts > 3:
                        raise
                    check = True
                except _StaleActors:
                    # Nodes went away since this store wrote them (a cleared database): set the
                    # schema up again (the stand-in for missing ends too) and write every actor.
                    if not remembered:
                        raise StoreError(
                            f"Neo4j at {self.uri}: actor nodes vanished while loading"
                        ) from None
                    self._schema_ready = False
                    self.ensure_schema()
                    remembered = self._actors_written
        # After a batch with stored ids the next ones likely have some too (a re-run load).
        self._check_ids = not self._unique_ids or stored > 0
        self._remember(actors.items(), represents.values(), states)
        return created

    def _remember(self, actors, ties, states) -> None:
        """Note what a committed batch wrote, so that later batches need not write it again."""
        with self._lock:
            written = self._actors_written
            for (label, node), row in actors:
                written[node] = written.get(node, frozenset()) | _facts(label, row)
            for node in states:
                written[node] = written.get(node, frozenset()) | {"node"}
            for tie in ties:
                official = tie["official"]
                written[official] = written.get(official, frozenset()) | _tie_facts(tie)

    def _record_load(self, report: LoadReport) -> None:
        with self._errors("write to"), self._session() as session:
            session.run(
                "CREATE (:Load {path: $path, format: $format, read: $read, added: $added, "
                "skipped: $skipped, seconds: $seconds, loaded_at: datetime()})",
                path=report.path,
                format=report.format,
                read=report.read,
                added=report.added,
                skipped=report.skipped,
                seconds=report.seconds,
            ).consume()

    def write_node_properties(self, properties: dict[str, dict]) -> int:
        """Keep analysis results (bloc, centrality) as actor node properties, for Neo4j Browser.

        Earlier values of the same keys are removed first. Keys must be plain identifiers
        (``bloc``, ``pagerank_rank``); returns how many actors were found and written.
        """
        keys = sorted({key for values in properties.values() for key in values})
        for key in keys:
            if not _PROPERTY_KEY.match(key):
                raise StoreError(f"{key!r} cannot be a node property name (letters, digits, _)")
        rows = [
            {"id": node, "props": {k: v for k, v in values.items() if v is not None}}
            for node, values in properties.items()
        ]

        def work(tx):
            for key in keys:
                tx.run(f"MATCH (a:Actor) WHERE a.`{key}` IS NOT NULL SET a.`{key}` = null")
            result = tx.run(
                "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a += row.props "
                "RETURN count(a) AS written",
                rows=rows,
            )
            return result.single()["written"]

        self.ensure_schema()
        with self._errors("write to"), self._session() as session:
            return session.execute_write(work)

    def node_properties(self, keys: Iterable[str] = ("bloc",)) -> dict[str, dict]:
        """Return the given properties of every actor that has any of them, by actor id."""
        result: dict[str, dict] = {}
        for key in keys:
            if not _PROPERTY_KEY.match(key):
                raise StoreError(f"{key!r} cannot be a node property name (letters, digits, _)")
            for row in self._read(
                f"MATCH (a:Actor) WHERE a.`{key}` IS NOT NULL RETURN a.id AS id, a.`{key}` AS v"
            ):
                result.setdefault(row["id"], {})[key] = row["v"]
        return result

    def run_query(self, query: str, params: Mapping | None = None) -> list[dict]:
        """Run a ready query by name (``cypher/NAME.cypher``) or Cypher text; rows as dicts.

        Values go in as parameters only. Nodes come back as their ids, paths as lists of ids.
        """
        from graphctl import cypher

        text = cypher.read(query).text if cypher.is_name(query) else query
        return [{k: _plain(v) for k, v in row.items()} for row in self._read(text, params)]

    # --- reading ------------------------------------------------------------------------------

    def events(self, filter: EventFilter = EventFilter()) -> Iterator[dict]:
        params: dict = {}
        limit = f" LIMIT {int(filter.limit)}" if filter.limit else ""
        query = (
            f"MATCH {_EVENTS} {where(filter, params)} RETURN properties(r) AS p "
            f"ORDER BY r.date IS NOT NULL, r.date, r.id{limit}"
        )
        with self._errors("read from"), self._session() as session:
            for row in session.run(query, params):
                yield _record(row["p"])

    def count(self, filter: EventFilter = EventFilter()) -> int:
        params: dict = {}
        rows = self._read(f"MATCH {_EVENTS} {where(filter, params)} RETURN count(r) AS n", params)
        return rows[0]["n"]

    def actors(self, *, level: str = "actor", filter: EventFilter = EventFilter()) -> list[dict]:
        params: dict = {}
        sides = []
        for side in ("source", "target"):
            if level == "state":
                # The state node's own kind and name are those of events where it acts itself.
                itself = f"r.{side} = r.{side}_state"
                kind = f"CASE WHEN {itself} THEN r.{side}_kind END"
                name = f"CASE WHEN {itself} THEN r.{side}_name END"
                role = "null"
            else:
                kind, name, role = f"r.{side}_kind", f"r.{side}_name", f"r.{side}_role"
            sides.append(
                f"{{id: {_side(side, level)}, name: {name}, kind: {kind}, "
                f"state: r.{side}_state, role: {role}}}"
            )
        rows = self._read(
            f"MATCH {_EVENTS} {where(filter, params)} UNWIND [{', '.join(sides)}] AS a "
            "WITH a WHERE a.id IS NOT NULL "
            "RETURN a.id AS id, a.name AS name, a.kind AS kind, a.state AS state, "
            "a.role AS role, count(*) AS n",
            params,
        )
        tallies: dict[str, dict[str, Counter]] = {}
        for row in rows:
            tally = tallies.setdefault(row["id"], defaultdict(Counter))
            tally["events"][None] += row["n"]
            for key in ("name", "kind", "state", "role"):
                tally[key][row[key]] += row["n"]
        actors = [
            {
                "id": actor,
                "name": _mode(t["name"]) or actor,
                "kind": _mode(t["kind"]) or ("state" if level == "state" else None),
                "state": _mode(t["state"]),
                "role": _mode(t["role"]),
                "events": t["events"][None],
            }
            for actor, t in tallies.items()
        ]
        actors.sort(key=lambda a: (-a["events"], a["id"]))
        return actors

    def dyads(self, *, level: str = "state", filter: EventFilter = EventFilter()) -> list[dict]:
        params: dict = {}
        a, b = _side("source", level), _side("target", level)
        clause = where(filter, params)
        rows = self._read(
            f"MATCH {_EVENTS} {clause} WITH r, {a} AS s, {b} AS t "
            "WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t "
            "RETURN s, t, count(*) AS events, "
            "sum(CASE WHEN r.polarity > 0 THEN 1 ELSE 0 END) AS positive, "
            "sum(CASE WHEN r.polarity < 0 THEN 1 ELSE 0 END) AS negative, "
            "sum(r.goldstein) AS goldstein, sum(r.sign * coalesce(r.weight, 1)) AS signed, "
            "min(r.date) AS first, max(r.date) AS last",
            params,
        )
        dyads = [
            {
                "source": row["s"],
                "target": row["t"],
                "events": row["events"],
                "positive": row["positive"],
                "negative": row["negative"],
                "goldstein": row["goldstein"],
                "signed": row["signed"],
                "first": row["first"],
                "last": row["last"],
            }
            for row in rows
        ]
        dyads.sort(key=lambda d: (d["source"], d["target"]))
        return dyads

    def windows(self) -> list[str]:
        """The windows of signed relation lists in the store, in order (e.g. CoW's "46-49")."""
        rows = self._read(
            f"MATCH {_EVENTS} WHERE r.window IS NOT NULL RETURN DISTINCT r.window AS w"
        )
        return sorted(row["w"] for row in rows)

    def stats(self) -> dict:
        totals = self._read(
            f"MATCH {_EVENTS} RETURN count(r) AS events, min(r.date) AS first, max(r.date) AS last"
        )[0]
        actors = self._read(
            f"MATCH {_EVENTS} UNWIND [r.source, r.target] AS a RETURN count(DISTINCT a) AS n"
        )[0]["n"]
        states = self._read(
            f"MATCH {_EVENTS} UNWIND [coalesce(r.source_state, r.source), "
            "coalesce(r.target_state, r.target)] AS a RETURN count(DISTINCT a) AS n"
        )[0]["n"]
        quads = {
            row["q"]: row["n"]
            for row in sorted(
                self._read(
                    f"MATCH {_EVENTS} RETURN coalesce(toString(r.quad), 'none') AS q, count(*) AS n"
                ),
                key=lambda row: row["q"],
            )
        }
        loads = self._read(
            "MATCH (l:Load) RETURN l.format AS format, count(*) AS n, sum(l.added) AS added "
            "ORDER BY format"
        )
        return {
            "store": self.uri + (f" (database {self.database})" if self.database else ""),
            "events": totals["events"],
            "actors": actors,
            "states": states,
            "first_date": totals["first"],
            "last_date": totals["last"],
            "by_quad": quads,
            "files_loaded": {
                row["format"]: {"loads": row["n"], "events_added": row["added"]} for row in loads
            },
        }


__all__ = [
    "CAMEO_TYPES",
    "EVENT_TYPES",
    "KIND_LABELS",
    "Neo4jStore",
    "relationship_type",
    "schema_statements",
]
