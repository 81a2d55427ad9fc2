"""SQL that turns tabular event data (GDELT, ICEWS, ACLED, signed lists, CSV) into event rows.

DuckDB parses and maps every row in bulk; per-row Python would be ten times slower. Each
builder returns one SELECT whose columns are :data:`graphctl.events.COLUMNS`, ``extra``
(JSON text of fields outside the contract) and ``_bad`` (why the row is invalid, or NULL).
"""

from __future__ import annotations

import os
from importlib import resources

from graphctl.events import COLUMNS, FIELDS
from graphctl.formats.source import Source

_DATE_RE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_CODE_RE = r"^\d{2,4}[A-Z]?$"


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _data_file(name: str) -> str:
    return str(resources.files("graphctl.data").joinpath(name))


def install_reference_tables(con) -> None:
    """Create the lookup tables the SQL joins against (states, organisations, CAMEO codes)."""
    names = {
        "ref_states": "states.csv",
        "ref_state_names": "state_names.csv",
        "ref_cameo": "cameo.csv",
        "ref_cameo_countries": "cameo_countries.csv",
        "ref_orgs": "organisations.csv",
    }
    for table, file in names.items():
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table} AS "
            f"SELECT * FROM read_csv({_lit(_data_file(file))}, header=true, all_varchar=true)"
        )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE ref_countries AS "
        "SELECT iso3 AS code, iso3, name FROM ref_states UNION ALL "
        "SELECT c.cameo, c.iso3, s.name FROM ref_cameo_countries c JOIN ref_states s USING (iso3)"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE ref_org_names AS "
        "SELECT DISTINCT unnest(string_split(aliases, ';')) AS alias, id FROM ref_orgs"
    )


def _read_csv(source: Source, **options) -> str:
    opts = {"header": "true", "all_varchar": "true", "delim": _lit(source.delimiter or ",")}
    opts.update(options)
    args = ", ".join(f"{k}={v}" for k, v in opts.items())
    return f"read_csv({_lit(source.data_path)}, {args})"


def _slug(expr: str) -> str:
    return (
        f"trim(lower(regexp_replace(strip_accents(trim({expr})), '[^A-Za-z0-9]+', '-', 'g')), '-')"
    )


def _hash_id(*exprs: str) -> str:
    parts = ", ".join(f"coalesce(CAST({e} AS VARCHAR), '')" for e in exprs)
    return f"'e:' || substr(md5(concat_ws('|', {parts})), 1, 16)"


def _nullif(expr: str) -> str:
    return f"nullif(trim({expr}), '')"


def _actor_columns(source: dict[str, str], target: dict[str, str]) -> dict[str, str]:
    """The eight actor columns from the expressions for each side (id, state, name, kind)."""
    columns = {}
    for side, exprs in (("source", source), ("target", target)):
        columns[side] = exprs["id"]
        for part in ("state", "name", "kind"):
            columns[f"{side}_{part}"] = exprs[part]
    return columns


def _select(columns: dict[str, str], source_sql: str, joins: str = "") -> str:
    """Build the final SELECT with every event column, in order, NULL where not mapped."""
    cols = [f"{columns.get(c, 'NULL')} AS {_ident(c)}" for c in COLUMNS]
    cols.append(f"{columns.get('extra', 'NULL')} AS extra")
    cols.append(f"{columns.get('_bad', 'NULL')} AS _bad")
    return f"SELECT {', '.join(cols)} FROM {source_sql} {joins}"


# --- GDELT ------------------------------------------------------------------------------------

# Column positions shared by GDELT 1.0 and 2.0 (0-based).
_G = {
    "id": 0,
    "date": 1,
    "a1": 5,
    "a1name": 6,
    "a1country": 7,
    "a1group": 8,
    "a2": 15,
    "a2name": 16,
    "a2country": 17,
    "a2group": 18,
    "code": 26,
    "quad": 29,
    "goldstein": 30,
}
_GDELT_WIDTH = {"gdelt1": 58, "gdelt2": 61}
_GDELT_URL = {"gdelt1": 57, "gdelt2": 60}


def _gdelt_side(n: int, actor: str, name: str, country: str, group: str) -> dict[str, str]:
    """Expressions for one GDELT actor: states by country code, organisations by group code."""
    org, iso = f"org{n}", f"ctry{n}"
    return {
        "id": f"coalesce({org}.id, {iso}.iso3, {country}, 'cameo:' || {actor})",
        "state": f"coalesce({org}.id, {iso}.iso3, {country})",
        "kind": f"CASE WHEN {org}.id IS NOT NULL THEN 'organisation' WHEN {iso}.iso3 IS NOT NULL "
        f"THEN 'state' WHEN {actor} IS NOT NULL THEN 'other' END",
        "name": f"coalesce({org}.name, {iso}.name, upper({name}[1]) || lower({name}[2:]))",
        "joins": (
            f" LEFT JOIN ref_countries {iso} ON {iso}.code = {country}"
            f" LEFT JOIN ref_orgs {org} ON {org}.cameo = {group}"
        ),
    }


def gdelt_sql(source: Source) -> str:
    if source.header:
        names = [h.strip() for h in source.header]
        lower = [n.lower() for n in names]

        def col(key):
            wanted = {
                "id": "globaleventid",
                "date": "sqldate",
                "a1": "actor1code",
                "a1name": "actor1name",
                "a1country": "actor1countrycode",
                "a1group": "actor1knowngroupcode",
                "a2": "actor2code",
                "a2name": "actor2name",
                "a2country": "actor2countrycode",
                "a2group": "actor2knowngroupcode",
                "code": "eventcode",
                "quad": "quadclass",
                "goldstein": "goldsteinscale",
                "url": "sourceurl",
            }[key]
            return _nullif(f"r.{_ident(names[lower.index(wanted)])}") if wanted in lower else "NULL"

        reader = _read_csv(source, nullstr="['NA', '']", quote="'\"'") + " r"
    else:
        width = max(_GDELT_WIDTH[source.format], source.columns)
        cols = "{" + ", ".join(f"'c{i:02d}': 'VARCHAR'" for i in range(width)) + "}"
        reader = (
            _read_csv(
                source,
                header="false",
                quote="''",
                escape="''",
                null_padding="true",
                auto_detect="false",
                columns=cols,
            )
            + " r"
        )
        positions = dict(_G, url=_GDELT_URL[source.format])

        def col(key):
            # Headerless exports are read unquoted, and DuckDB reads empty fields as NULL.
            return f"r.c{positions[key]:02d}"

    a = _gdelt_side(1, col("a1"), col("a1name"), col("a1country"), col("a1group"))
    b = _gdelt_side(2, col("a2"), col("a2name"), col("a2country"), col("a2group"))
    day = col("date")
    date = (
        f"CASE WHEN regexp_full_match({day}, '\\d{{8}}') THEN substr({day}, 1, 4) || '-' || "
        f"substr({day}, 5, 2) || '-' || substr({day}, 7, 2) END"
    )
    quad, goldstein = col("quad"), col("goldstein")
    columns = {
        "id": f"'gdelt:' || {col('id')}",
        "date": date,
        **_actor_columns(a, b),
        "code": col("code"),
        "quad": f"TRY_CAST({quad} AS TINYINT)",
        "goldstein": f"TRY_CAST({goldstein} AS DOUBLE)",
        "doc": f"coalesce({col('url')}, {_lit(os.path.basename(source.path))})",
        "date_precision": "'day'",
        "_bad": (
            f"CASE WHEN {col('id')} IS NULL THEN 'no GLOBALEVENTID' "
            f"WHEN NOT regexp_full_match(coalesce({day}, ''), '\\d{{8}}') "
            f"THEN 'SQLDATE is not YYYYMMDD: ' || coalesce({day}, 'empty') "
            f"WHEN {quad} IS NOT NULL AND TRY_CAST({quad} AS TINYINT) NOT BETWEEN 1 AND 4 "
            f"THEN 'QuadClass is not 1-4: ' || {quad} "
            f"WHEN {goldstein} IS NOT NULL AND TRY_CAST({goldstein} AS DOUBLE) IS NULL "
            f"THEN 'GoldsteinScale is not a number: ' || {goldstein} END"
        ),
    }
    return _select(columns, reader, a["joins"] + b["joins"])


# --- ICEWS ------------------------------------------------------------------------------------

# Words that make an ICEWS name a body, not a person ("Korean Central News Agency").
_BODIES = (
    "(Agency|Ministry|Party|Janata|Council|Committee|Commission|Court|Parliament|Assembly|"
    "Government|Army|Forces|Police|Office|Department|Bank|Union|Front|Movement|Organi[sz]ation|"
    "Authority|Service|News|Congress|Senate|Navy|Guard|Bureau|Institute|Company)"
)
_OFFICIAL_SECTORS = (
    "Government",
    "Executive",
    "Legislative",
    "Cabinet",
    "Ministry",
    "Military",
    "Elite",
    "Diplomatic",
    "Police",
)


def _icews_side(n: int, name: str, sectors: str, country: str) -> dict[str, str]:
    iso, org = f"sn{n}.iso3", f"on{n}.id"
    as_state = f"sa{n}.iso3"
    person = (
        f"(strpos({name}, '(') = 0 AND {sectors} IS NOT NULL AND "
        f"regexp_matches({sectors}, '{'|'.join(_OFFICIAL_SECTORS)}') AND "
        f"NOT regexp_matches({name}, '{_BODIES}'))"
    )
    return {
        "id": f"CASE WHEN {as_state} IS NOT NULL THEN {as_state} WHEN {org} IS NOT NULL THEN {org} "
        f"WHEN {person} THEN 'person:' || {_slug(name)} "
        f"WHEN {name} IS NOT NULL THEN 'icews:' || {_slug(name)} END",
        "state": f"CASE WHEN {as_state} IS NOT NULL THEN {as_state} WHEN {org} IS NOT NULL "
        f"THEN {org} ELSE {iso} END",
        "kind": f"CASE WHEN {as_state} IS NOT NULL THEN 'state' WHEN {org} IS NOT NULL "
        f"THEN 'organisation' WHEN {person} THEN 'official' "
        f"WHEN {name} IS NOT NULL THEN 'other' END",
        "name": name,
        "joins": (
            f" LEFT JOIN ref_state_names sn{n} ON sn{n}.name = lower({country})"
            f" LEFT JOIN ref_state_names sa{n} ON sa{n}.name = lower({name})"
            f" LEFT JOIN ref_org_names on{n} ON on{n}.alias = lower({name})"
        ),
    }


def icews_sql(source: Source) -> str:
    def col(name):
        return _nullif(f"r.{_ident(name)}")

    reader = _read_csv(source, quote="''", escape="''", nullstr="'NA'") + " r"
    a = _icews_side(1, col("Source Name"), col("Source Sectors"), col("Source Country"))
    b = _icews_side(2, col("Target Name"), col("Target Sectors"), col("Target Country"))
    code, date, intensity = col("CAMEO Code"), col("Event Date"), col("Intensity")
    columns = {
        "id": f"'icews:' || {col('Event ID')}",
        "date": date,
        **_actor_columns(a, b),
        "code": code,
        "quad": "TRY_CAST(rc.quad AS TINYINT)",
        "goldstein": f"coalesce(TRY_CAST({intensity} AS DOUBLE), TRY_CAST(rc.goldstein AS DOUBLE))",
        "doc": f"'icews story ' || {col('Story ID')}",
        "date_precision": "'day'",
        "extra": (
            f"json_object('event_text', {col('Event Text')}, 'publisher', "
            f"{col('Publisher')}, 'sentence', {col('Sentence Number')})"
        ),
        "_bad": (
            f"CASE WHEN {col('Event ID')} IS NULL THEN 'no Event ID' "
            f"WHEN NOT regexp_full_match(coalesce({date}, ''), '\\d{{4}}-\\d{{2}}-\\d{{2}}') "
            f"THEN 'Event Date is not YYYY-MM-DD: ' || coalesce({date}, 'empty') "
            f"WHEN {code} IS NOT NULL AND rc.code IS NULL "
            f"THEN 'unknown CAMEO code: ' || {code} END"
        ),
    }
    joins = a["joins"] + b["joins"] + f" LEFT JOIN ref_cameo rc ON rc.code = {code}"
    return _select(columns, reader, joins)


# --- ACLED ------------------------------------------------------------------------------------

# ACLED event types as the nearest CAMEO code: ACLED codes no CAMEO of its own.
_ACLED_CODES = [
    ("battle", "190"),
    ("violence against civilians", "180"),
    ("remote violence", "183"),
    ("explosions", "183"),
    ("protest", "140"),
    ("riot", "145"),
]


def _acled_side(n: int, actor: str, inter: str, country: str) -> dict[str, str]:
    state_force = (
        f"({inter} = '1' OR regexp_matches(coalesce({actor}, ''), '^(Military|Police) Forces of'))"
    )
    return {
        "id": f"CASE WHEN {actor} IS NOT NULL THEN 'acled:' || {_slug(actor)} END",
        "state": f"CASE WHEN {actor} IS NOT NULL AND {state_force} THEN sn{n}.iso3 END",
        "kind": f"CASE WHEN {actor} IS NOT NULL THEN 'other' END",
        "name": actor,
        "joins": f" LEFT JOIN ref_state_names sn{n} ON sn{n}.name = lower({country})",
    }


def acled_sql(source: Source) -> str:
    reader = _read_csv(source, quote="'\"'", escape="'\"'") + " r"
    header = _header_map(source)

    def col(name):
        return _nullif(f"r.{_ident(header[name])}") if name in header else "NULL"

    ally1 = "ally_actor_1" if "ally_actor_1" in header else "assoc_actor_1"
    country = col("country")
    a = _acled_side(1, col("actor1"), col("inter1"), country)
    b = _acled_side(2, col("actor2"), col("inter2"), country)
    day = col("event_date")
    parsed = f"try_strptime({day}, ['%d/%m/%Y', '%Y-%m-%d', '%d %B %Y', '%d-%B-%Y', '%m/%d/%Y'])"
    event_type = f"lower(coalesce({col('event_type')}, ''))"
    code = (
        "CASE "
        + " ".join(
            f"WHEN strpos({event_type}, {_lit(k)}) > 0 THEN {_lit(v)}" for k, v in _ACLED_CODES
        )
        + " END"
    )
    columns = {
        "id": f"'acled:' || {col('event_id_cnty')}",
        "date": f"strftime({parsed}, '%Y-%m-%d')",
        **_actor_columns(a, b),
        "code": code,
        "quad": "TRY_CAST(rc.quad AS TINYINT)",
        "goldstein": "TRY_CAST(rc.goldstein AS DOUBLE)",
        "text": col("notes"),
        "doc": f"coalesce({col('source')}, {_lit(os.path.basename(source.path))})",
        "date_precision": "'day'",
        "extra": (
            f"json_object('event_type', {col('event_type')}, 'fatalities', "
            f"TRY_CAST({col('fatalities')} AS INTEGER), 'country', {country}, "
            f"'ally_actor_1', {col(ally1)})"
        ),
        "_bad": (
            f"CASE WHEN {col('event_id_cnty')} IS NULL THEN 'no EVENT_ID_CNTY' "
            f"WHEN {parsed} IS NULL THEN 'EVENT_DATE is not a date: ' || coalesce({day}, 'empty') "
            f"WHEN {col('actor1')} IS NULL THEN 'no ACTOR1' END"
        ),
    }
    joins = a["joins"] + b["joins"] + f" LEFT JOIN ref_cameo rc ON rc.code = ({code})"
    return _select(columns, reader, joins)


# --- signed relation lists and graphctl's own CSV ----------------------------------------------


def _header_map(source: Source) -> dict[str, str]:
    """Lower-cased, stripped header name -> the name as written."""
    return {h.strip().lower(): h for h in source.header}


def _validity(columns: dict[str, str]) -> str:
    date, quad, goldstein = columns["date"], columns["quad_raw"], columns["goldstein_raw"]
    checks = [
        (f"{columns['source']} IS NULL AND {columns['target']} IS NULL", "'no source or target'"),
        (
            f"{date} IS NOT NULL AND NOT regexp_full_match({date}, '{_DATE_RE}')",
            f"'date must be YYYY-MM-DD, YYYY-MM or YYYY, not ' || {date}",
        ),
        (
            f"{quad} IS NOT NULL AND "
            f"coalesce(TRY_CAST({quad} AS INTEGER) NOT BETWEEN 1 AND 4, true)",
            f"'quad must be 1, 2, 3 or 4, not ' || {quad}",
        ),
        (
            f"{goldstein} IS NOT NULL AND coalesce(NOT TRY_CAST({goldstein} AS DOUBLE) "
            f"BETWEEN -10 AND 10, true)",
            f"'goldstein must be a number in -10..10, not ' || {goldstein}",
        ),
        (
            f"{columns['code']} IS NOT NULL AND NOT regexp_full_match({columns['code']}, "
            f"'{_CODE_RE}')",
            f"'code must be a CAMEO code such as 043, not ' || {columns['code']}",
        ),
    ]
    for side in ("source", "target"):
        kind = columns[f"{side}_kind"]
        checks.append(
            (
                f"{kind} IS NOT NULL AND "
                f"{kind} NOT IN ('state', 'official', 'organisation', 'other')",
                f"'{side}_kind must be state, official, organisation or other, not ' || {kind}",
            )
        )
    for name in ("sign_raw", "weight_raw"):
        raw = columns[name]
        checks.append(
            (
                f"{raw} IS NOT NULL AND TRY_CAST({raw} AS DOUBLE) IS NULL",
                f"'{name[:-4]} must be a number, not ' || {raw}",
            )
        )
    return "CASE " + " ".join(f"WHEN {c} THEN {m}" for c, m in checks) + " END"


def native_sql(source: Source) -> str:
    """graphctl's CSV (and signed relation lists, which are the same columns plus a sign)."""
    header = _header_map(source)
    known = set(COLUMNS)

    def col(name):
        return _nullif(f"r.{_ident(header[name])}") if name in header else "NULL"

    columns = {name: col(name) for name in COLUMNS}
    columns["quad_raw"], columns["goldstein_raw"] = columns["quad"], columns["goldstein"]
    columns["sign_raw"], columns["weight_raw"] = columns["sign"], columns["weight"]
    # A CAMEO code alone is enough: its quad class and Goldstein value come from the codebook.
    columns["quad"] = f"coalesce(TRY_CAST({columns['quad_raw']} AS TINYINT), rc.quad::TINYINT)"
    columns["goldstein"] = (
        f"coalesce(TRY_CAST({columns['goldstein_raw']} AS DOUBLE), rc.goldstein::DOUBLE)"
    )
    columns["sign"] = f"TRY_CAST({columns['sign_raw']} AS DOUBLE)"
    columns["weight"] = f"TRY_CAST({columns['weight_raw']} AS DOUBLE)"
    for side in ("source", "target"):
        ident = columns[side]
        if f"{side}_kind" not in header:
            # A bare three-letter upper-case id in a signed list is a state code (CoW, CAMEO).
            columns[f"{side}_kind"] = (
                f"CASE WHEN regexp_full_match({ident}, '[A-Z]{{3}}') THEN 'state' END"
            )
        kind = columns[f"{side}_kind"]
        if source.format == "signed":
            # In a signed relation list every actor is a unit of its own (a state, a tribe).
            columns[f"{side}_state"] = f"coalesce({columns[f'{side}_state']}, {ident})"
            continue
        columns[f"{side}_state"] = (
            f"coalesce({columns[f'{side}_state']}, CASE WHEN {kind} IN "
            f"('state', 'organisation') THEN {ident} END)"
        )
    if "doc" not in header:
        columns["doc"] = _lit(os.path.basename(source.path))
    identity = ("date", "source", "target", "code", "quad_raw", "sign_raw", "window", "text", "doc")
    columns["id"] = f"coalesce({col('id')}, {_hash_id(*(columns[c] for c in identity))})"
    extras = [h for h in header if h not in known and h and h != "extra"]
    if "extra" in header:
        # graphctl's own staging CSV carries fields outside the contract as JSON already.
        columns["extra"] = col("extra")
    elif extras:
        pairs = ", ".join(f"{_lit(header[h].strip())}, {col(h)}" for h in extras)
        columns["extra"] = f"json_object({pairs})"
    columns["_bad"] = _validity(columns)
    if source.format == "signed":
        columns["_bad"] = (
            f"coalesce({columns['_bad']}, CASE WHEN {columns['sign']} IS NULL "
            f"OR {columns['sign']} = 0 THEN 'sign must be a non-zero number, not '"
            f" || coalesce({columns['sign_raw']}, 'empty') END)"
        )
    reader = _read_csv(source, quote="'\"'", escape="'\"'") + " r"
    codebook = f" LEFT JOIN ref_cameo rc ON rc.code = {columns['code']}"
    return _select(columns, reader, codebook)


BUILDERS = {
    "gdelt1": gdelt_sql,
    "gdelt2": gdelt_sql,
    "icews": icews_sql,
    "acled": acled_sql,
    "signed": native_sql,
    "csv": native_sql,
}

__all__ = ["BUILDERS", "FIELDS", "install_reference_tables"]
