"""The `graphctl` command line: each command parses, calls one library function, prints."""

from __future__ import annotations

import functools
import sys

import click

from graphctl import __version__
from graphctl.errors import GraphctlError, StoreError
from graphctl.formats.source import FORMATS as INPUT_FORMATS
from graphctl.output import FORMATS, table, to_csv, to_json, to_jsonl
from graphctl.store import DEFAULT_DB, EventFilter, open_store

DATE = r"YYYY[-MM[-DD]]"
# graphctl.analysis.centrality.METRICS, spelled out so that start-up need not import networkx
# (a test keeps the two equal).
CENTRALITY_METRICS = (
    "pagerank",
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "in_strength",
    "out_strength",
    "positive_strength",
    "negative_strength",
    "betweenness",
    "eigenvector",
    "pn",
)


class _Group(click.Group):
    """Turns graphctl's own errors into `Error: ...` and exit status 1, at one place."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GraphctlError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            # `graphctl events | head` closes the pipe early: that is not an error.
            sys.stderr.close()
            sys.exit(0)


class DateType(click.ParamType):
    """A date as YYYY, YYYY-MM or YYYY-MM-DD; anything else is a usage error (exit 2)."""

    name = "date"

    def convert(self, value, param, ctx):
        from graphctl.events import _DATE

        if value is None or _DATE.match(value):
            return value
        self.fail(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)


def _neo4j_flags(func, uri_help):
    """Add --neo4j, --neo4j-user and --neo4j-password (credentials from options or env only)."""
    func = click.option(
        "--neo4j-password",
        envvar="NEO4J_PASSWORD",
        show_envvar=True,
        help="Neo4j password (prefer the environment variable).",
    )(func)
    func = click.option(
        "--neo4j-user",
        envvar="NEO4J_USERNAME",
        show_envvar=True,
        default="neo4j",
        help="Neo4j user name.",
    )(func)
    return click.option(
        "--neo4j", "neo4j_uri", envvar="NEO4J_URI", show_envvar=True, metavar="URI", help=uri_help
    )(func)


def store_options(func):
    """Add --db and --neo4j (with credentials) and pass an opened store as `store`."""

    @functools.wraps(func)
    def wrapper(db, neo4j_uri, neo4j_user, neo4j_password, **kwargs):
        with open_store(db, neo4j=neo4j_uri, username=neo4j_user, password=neo4j_password) as store:
            return func(store=store, **kwargs)

    wrapper = _neo4j_flags(
        wrapper, "Use Neo4j at this Bolt or routing URI instead of the local file."
    )
    return click.option(
        "--db",
        envvar="GRAPHCTL_DB",
        show_envvar=True,
        type=click.Path(dir_okay=False),
        help=f"Local store file [default: ./{DEFAULT_DB}].",
    )(wrapper)


def filter_options(func):
    """Add --actor, --since, --until, --code and --quad, passed as `filter` (an EventFilter)."""

    @click.option(
        "--actor",
        "actors",
        multiple=True,
        metavar="ID",
        help="Only events with this actor (or its state) on either side; repeatable.",
    )
    @click.option("--since", type=DateType(), metavar=DATE, help="Only events on or after.")
    @click.option("--until", type=DateType(), metavar=DATE, help="Only events on or before.")
    @click.option(
        "--code",
        "codes",
        multiple=True,
        metavar="CAMEO",
        help="Only this CAMEO code or root (a prefix: 04 matches 040-046).",
    )
    @click.option(
        "--quad",
        "quads",
        multiple=True,
        type=click.IntRange(1, 4),
        help="Only this quad class: 1, 2 cooperation; 3, 4 conflict.",
    )
    @functools.wraps(func)
    def wrapper(actors, since, until, codes, quads, **kwargs):
        flt = EventFilter(tuple(actors), since, until, tuple(codes), tuple(quads))
        return func(filter=flt, **kwargs)

    return wrapper


#: -o/--out for commands that print to standard output unless told a file.
stdout_option = click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="Output file [default: standard output].",
)


def level_option(func):
    return click.option(
        "--level",
        type=click.Choice(["state", "actor"]),
        default="state",
        show_default=True,
        help="state: officials rolled up into their states; actor: officials as nodes.",
    )(func)


def format_option(choices=FORMATS, default="table"):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="table for people; json, csv (and jsonl where offered) for programs.",
    )


def echo_rows(rows, columns, fmt, document=None):
    """Print `rows` as a table or CSV, or `document` (default: the rows) as JSON."""
    if fmt == "json":
        click.echo(to_json(rows if document is None else document))
    elif fmt == "csv":
        click.echo(to_csv(rows, columns))
    elif fmt == "jsonl":
        for line in to_jsonl(rows):
            click.echo(line)
    else:
        click.echo(table(rows, columns) if rows else "(none)")


def progress_bar(label):
    """Return (callback, bar) for a library `progress(done, total)` callback; shown on a tty."""
    state = {}

    def update(done, total):
        if not sys.stderr.isatty():
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(
                length=total or 0, label=label, file=sys.stderr, show_pos=True
            )
            state["bar"].__enter__()
            state["done"] = 0
        state["bar"].update(done - state["done"])
        state["done"] = done

    def finish():
        if "bar" in state:
            state["bar"].__exit__(None, None, None)

    return update, finish


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphctl")
def cli():
    """Actor-relationship graphs from political events.

    Load events (news articles, GDELT, ICEWS, ACLED, signed relation lists, graphctl's own
    JSONL/CSV) into a local store or Neo4j, then find blocs, rank actors and draw the network.

    \b
    Example:
      graphctl load events.jsonl gdelt.export.CSV
      graphctl alliances
      graphctl viz --out graph.html
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(INPUT_FORMATS)),
    help="Input format; detected from the content when not given.",
)
@click.option("--skip-invalid", is_flag=True, help="Skip bad rows and report them.")
@click.option(
    "--date",
    "doc_date",
    type=DateType(),
    metavar=DATE,
    help="Document date for news articles (resolves '18 August', 'in July').",
)
@click.option("--lang", type=click.Choice(["uk", "ru", "en"]), help="Article language.")
@store_options
def load(store, files, fmt, skip_invalid, doc_date, lang):
    """Load event files into the store. Loading a file twice adds nothing.

    \b
    Example:
      graphctl load ../data/20191024143000.export.CSV icews.tab.gz
      graphctl load --skip-invalid messy.csv
      graphctl load article.txt --date 2023-09-22
    """
    options = {"date": doc_date, "lang": lang}
    for path in files:
        update, finish = progress_bar(f"Loading {click.format_filename(path)}")
        try:
            report = store.load(
                path, format=fmt, skip_invalid=skip_invalid, options=options, progress=update
            )
        finally:
            finish()
        click.echo(
            f"{path}: {report.read:,} rows read as {report.format}, {report.added:,} events "
            f"added, {report.duplicates:,} already present, {report.skipped:,} skipped "
            f"({report.seconds:.1f} s)"
        )
        for where in report.skipped_where[:20]:
            click.echo(f"  skipped {where}", err=True)


@cli.command()
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@format_option(FORMATS + ("jsonl",))
@store_options
def events(store, filter, limit, fmt):
    """List events, oldest first. jsonl prints every matching event in the event record.

    \b
    Example:
      graphctl events --actor RUS --since 2023-09 --quad 4
      graphctl events --format jsonl > events.jsonl
    """
    from dataclasses import replace

    rows = store.events(replace(filter, limit=limit))
    columns = ["date", "source", "target", "code", "quad", "goldstein", "text"]
    echo_rows(rows if fmt == "jsonl" else list(rows), columns, fmt)


@cli.command()
@level_option
@filter_options
@format_option()
@store_options
def actors(store, level, filter, fmt):
    """List actors with their kind, state and number of events, busiest first.

    \b
    Example:
      graphctl actors --level actor --format csv
    """
    rows = store.actors(level=level, filter=filter)
    echo_rows(rows, ["id", "name", "kind", "state", "role", "events"], fmt)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json for programs.",
)
@store_options
def stats(store, fmt):
    """Summarise the store: events, actors, date range, quad classes, files loaded.

    \b
    Example:
      graphctl stats --format json
    """
    summary = store.stats()
    if fmt == "json":
        click.echo(to_json(summary))
    else:
        for key, value in summary.items():
            click.echo(f"{key}: {value}")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json", "csv", "jsonl"]),
    default="jsonl",
    show_default=True,
    help="GraphML and GEXF open in Gephi.",
)
@stdout_option
@level_option
@filter_options
@store_options
def export(store, fmt, out, level, filter):
    """Export events (jsonl, csv) or the event graph (graphml, gexf, json).

    \b
    Example:
      graphctl export --format gexf -o events.gexf
      graphctl export --format csv --since 2023 > events.csv
    """
    from graphctl.export import export_store

    with click.open_file(out, "w", encoding="utf-8") as stream:
        export_store(store, stream, format=fmt, level=level, filter=filter)


def window_options(func):
    """Add --since and --until (the date window an analysis reads)."""
    func = click.option("--until", type=DateType(), metavar=DATE, help="Only events on or before.")(
        func
    )
    return click.option("--since", type=DateType(), metavar=DATE, help="Only events on or after.")(
        func
    )


@cli.command()
@level_option
@window_options
@click.option(
    "--every",
    type=click.Choice(["month", "quarter", "year", "window"]),
    help="Blocs per period, or per window of a signed relation list (CoW).",
)
@click.option(
    "--min-events",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Fewest events for a pair to count as a tie.",
)
@click.option(
    "--weight",
    type=click.Choice(["goldstein", "count"]),
    default="goldstein",
    show_default=True,
    help="Sign and weigh a pair by Goldstein sums or event counts.",
)
@click.option("--explain", nargs=2, metavar="A B", help="List the events behind A and B's tie.")
@click.option("--write", is_flag=True, help="Keep each actor's bloc as a node property.")
@format_option()
@store_options
def alliances(store, fmt, **options):
    """Split actors into blocs that cooperate inside and clash across; say how balanced.

    \b
    Example:
      graphctl alliances --since 2023-07 --min-events 2
      graphctl alliances --every window --format json      # CoW windows
      graphctl alliances --explain RUS PRK
    """
    from graphctl.analysis import alliance_rows, alliance_summary, alliances_from_store

    result = alliances_from_store(store, **options)
    rows, columns = alliance_rows(result)
    echo_rows(rows, columns, fmt, document=result)
    if fmt == "table":
        click.echo(alliance_summary(result))


@cli.command()
@click.option(
    "--metric",
    type=click.Choice(CENTRALITY_METRICS),
    default="pagerank",
    show_default=True,
    help="pn: PN index (many friends, few enemies).",
)
@click.option("--top", type=click.IntRange(min=1), help="Only the first N actors.")
@level_option
@window_options
@click.option("--write", is_flag=True, help="Keep scores and ranks as node properties.")
@format_option()
@store_options
def centrality(store, fmt, **options):
    """Rank actors by a centrality metric, highest first.

    \b
    Example:
      graphctl centrality --metric betweenness --top 10
      graphctl centrality --metric pn --level actor --since 2023 --format csv
    """
    from graphctl.analysis import centrality_from_store

    result = centrality_from_store(store, **options)
    echo_rows(result["scores"], ["rank", "actor", "name", "score"], fmt, document=result)


@cli.command()
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default="graph.html",
    show_default=True,
    help="The HTML file to write.",
)
@level_option
@window_options
@click.option(
    "--size",
    type=click.Choice(CENTRALITY_METRICS + ("events",)),
    default="pagerank",
    show_default=True,
    help="The centrality a node's size shows.",
)
@click.option("--top", type=click.IntRange(min=1), help="Only the N most central actors.")
@click.option(
    "--min-events",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Fewest events for a pair to be drawn.",
)
@click.option("--title", help="Page title [default: graphctl: actor network].")
@store_options
def viz(store, out, **options):
    """Draw the network as one self-contained HTML page (works offline).

    \b
    Example:
      graphctl viz --out graph.html
      graphctl viz --level actor --since 2023-07 --size betweenness --top 200
    """
    from graphctl.viz import viz_from_store

    summary = viz_from_store(store, out, **options)
    click.echo(
        f"{summary['out']}: {summary['nodes']:,} actors, {summary['ties']:,} ties, "
        f"{summary['events']:,} events, {summary['blocs']} blocs"
    )
    for note in summary["notes"]:
        click.echo(f"  {note}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--date",
    "doc_date",
    type=DateType(),
    required=True,
    metavar=DATE,
    help="The article's date: resolves '18 серпня', 'in July', 'вчера'.",
)
@click.option("--lang", type=click.Choice(["uk", "ru", "en"]), help="Force the language.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default=None,
    help="jsonl (one event per line) or csv for programs, table for people "
    "[default: table on a terminal, jsonl otherwise].",
)
@stdout_option
@click.option("--explain", is_flag=True, help="Add how source, target and date were found.")
@click.option(
    "--groups",
    is_flag=True,
    help="Keep events of armed groups (Hezbollah, Hamas, M23 ...) as actors of their own.",
)
def extract(files, doc_date, lang, fmt, out, explain, groups):
    """Read news articles (uk, ru, en) and print the coded events, with evidence sentences.

    \b
    Example:
      graphctl extract article.txt --date 2023-09-22 --format jsonl > events.jsonl
      graphctl extract статья.txt --date 2023-09-22 --lang ru --explain
    """
    from graphctl.extract import EXTRACT_COLUMNS, extract_files

    rows = extract_files(files, date=doc_date, lang=lang, explain=explain, groups=groups)
    fmt = fmt or ("table" if out == "-" and sys.stdout.isatty() else "jsonl")
    with click.open_file(out, "w", encoding="utf-8") as stream:
        if fmt == "jsonl":
            stream.writelines(line + "\n" for line in to_jsonl(rows))
        elif fmt == "csv":
            stream.write(to_csv(rows, EXTRACT_COLUMNS))
        else:
            columns = ["date", "source", "target", "code", "quad", "rule", "text"]
            stream.write((table(rows, columns) if rows else "(no events)") + "\n")


class ParamType(click.ParamType):
    """A ready query's parameter as key=value (the value is typed by the query's header)."""

    name = "key=value"

    def convert(self, value, param, ctx):
        key, sep, val = value.partition("=")
        if not sep or not key.strip():
            self.fail(f"{value!r} is not of the form key=value", param, ctx)
        return key.strip(), val


def neo4j_options(func):
    """Add --neo4j (required: no local file here) and credentials; pass the store as `store`."""

    @functools.wraps(func)
    def wrapper(neo4j_uri, neo4j_user, neo4j_password, **kwargs):
        if not neo4j_uri:
            raise StoreError("ready queries run on Neo4j: give --neo4j URI or set NEO4J_URI")
        with open_store(neo4j=neo4j_uri, username=neo4j_user, password=neo4j_password) as store:
            return func(store=store, **kwargs)

    return _neo4j_flags(wrapper, "Neo4j's Bolt or routing URI.")


@cli.group()
def cypher():
    """Ready Cypher queries (cypher/*.cypher) for Neo4j and Neo4j Browser.

    \b
    Example:
      graphctl cypher list
      graphctl cypher run events_between --param a=USA --param b=PRK --neo4j bolt://localhost:7687
    """


@cypher.command("list")
def cypher_list():
    """List the ready queries: name, what each shows, its parameters.

    \b
    Example:
      graphctl cypher list
    """
    from graphctl.cypher import queries

    rows = [{"name": q.name, "params": q.usage, "shows": q.description} for q in queries()]
    click.echo(table(rows, ["name", "params", "shows"], max_width=100))


@cypher.command("run")
@click.argument("name")
@click.option(
    "--param",
    "params",
    multiple=True,
    type=ParamType(),
    help="A query parameter as key=value; repeatable.",
)
@format_option()
@neo4j_options
def cypher_run(store, name, params, fmt):
    """Run a ready query on Neo4j and print its rows.

    \b
    Example:
      graphctl cypher run top_actors --param limit=10 --neo4j bolt://localhost:7687
      graphctl cypher run shortest_path --param a=USA --param b=IRN --format json
    """
    from graphctl.cypher import run

    rows = run(store, name, dict(params))
    echo_rows(rows, list(rows[0]) if rows else [], fmt)


def main():
    cli(prog_name="graphctl")


if __name__ == "__main__":
    main()
