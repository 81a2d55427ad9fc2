"""The interface every store offers: the local embedded file and Neo4j alike."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

#: Called as ``progress(done, total)`` while a long job runs; total is None when unknown.
Progress = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class EventFilter:
    """Which events to read. Empty fields do not filter.

    ``actors`` matches an event whose source or target (or their states) is one of them;
    ``since``/``until`` compare the date string, so ``until="2023-09"`` includes all of September;
    ``window`` picks one window of a signed relation list (CoW's ``"46-49"``).
    """

    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    codes: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    window: str | None = None
    limit: int | None = None


@dataclass
class LoadReport:
    """What one load did: rows read, events added (new ids), rows skipped and where."""

    path: str
    format: str
    read: int = 0
    added: int = 0
    skipped: int = 0
    skipped_where: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def duplicates(self) -> int:
        return self.read - self.added - self.skipped


class Store(ABC):
    """Events in, events and aggregates out. Usable as a context manager.

    A store keeps events (the source of truth); graphs are built from what it returns:
    :meth:`events` for the event multigraph, :meth:`dyads` for the signed dyad graph.
    """

    #: Short name shown to users: "local" or "neo4j".
    kind: str = "store"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:  # noqa: B027 - a store with nothing to release needs no override
        """Release the file or connection."""

    @abstractmethod
    def load(
        self,
        path: str,
        *,
        format: str | None = None,
        skip_invalid: bool = False,
        options: dict | None = None,
        progress: Progress | None = None,
    ) -> LoadReport:
        """Load one input file (any format graphctl reads); atomic and idempotent per file."""

    @abstractmethod
    def add(self, events: Iterable[dict], *, doc: str | None = None) -> LoadReport:
        """Add validated event dicts (for example from the extractor); idempotent by id."""

    @abstractmethod
    def events(self, filter: EventFilter = EventFilter()) -> Iterator[dict]:
        """Yield events as contract records (``graphctl.events.to_record``), oldest first."""

    @abstractmethod
    def count(self, filter: EventFilter = EventFilter()) -> int:
        """Number of events matching `filter`."""

    @abstractmethod
    def actors(self, *, level: str = "actor", filter: EventFilter = EventFilter()) -> list[dict]:
        """One dict per actor: ``id, name, kind, state, role, events`` (events as source or target).

        At ``level="state"`` officials are rolled up into their state.
        """

    @abstractmethod
    def dyads(self, *, level: str = "state", filter: EventFilter = EventFilter()) -> list[dict]:
        """One dict per directed pair ``(source, target)`` with both ends known and different.

        Keys: ``source, target, events, positive, negative, goldstein, signed, first, last``
        where positive/negative count events by :func:`graphctl.events.polarity`, goldstein sums
        Goldstein values, signed sums ``sign * weight`` of explicit signed relations, first/last
        are the earliest and latest dates.
        """

    @abstractmethod
    def windows(self) -> list[str]:
        """The windows of signed relation lists among the events, in order (CoW's "46-49")."""

    @abstractmethod
    def stats(self) -> dict:
        """Counts for ``graphctl stats``: events, actors, dates, by quad, by format, by file."""
