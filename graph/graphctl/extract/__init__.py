"""News text to coded events: gazetteer, lexicon, morphology, dates, sentence structure.

>>> events = extract_text("On August 18, the United States accused Russia of shelling Ukraine.",
...                       date="2023-09-22")
>>> [(e["source"], e["target"], e["code"], e["date"]) for e in events]
[('USA', 'RUS', '112', '2023-08-18')]
"""

from __future__ import annotations

import re
from pathlib import Path

from graphctl.errors import InputError
from graphctl.events import FIELDS

__all__ = ["EXTRACT_COLUMNS", "detect_language", "extract_file", "extract_files", "extract_text"]

LANGUAGES = ("uk", "ru", "en")
#: CSV columns of extracted events: the contract, then what the extractor adds.
EXTRACT_COLUMNS = [
    *FIELDS,
    "date_precision",
    "source_role",
    "target_role",
    "start",
    "end",
    "rule",
]


def detect_language(text: str) -> str:
    """Return "uk", "ru" or "en" for `text`, from its letters.

    Examples
    --------
    >>> detect_language("США і Японія домовилися"), detect_language("США и Япония договорились")
    ('uk', 'ru')
    """
    cyrillic = len(re.findall(r"[а-яёіїєґА-ЯЁІЇЄҐ]", text))
    latin = len(re.findall(r"[a-zA-Z]", text))
    if cyrillic <= latin:
        return "en"
    ukrainian = len(re.findall(r"[іїєґІЇЄҐ]", text))
    russian = len(re.findall(r"[ыэъёЫЭЪЁ]", text))
    # Ukrainian prose is full of і, ї, є; Russian has none of them.
    return "uk" if ukrainian > russian else "ru"


def _intent_code(code: str) -> str:
    root = code[:2]
    if root in ("04",):
        return "036"
    if root == "07":
        return "033"
    if root in ("05", "06"):
        return "031" if root == "06" else "030"
    if root in ("18", "19", "20", "15"):
        return "138"
    if int(root) >= 10:
        return "130"
    return code if root in ("01", "02", "03") else "030"


def extract_text(
    text: str,
    *,
    date: str | None,
    lang: str | None = None,
    doc: str | None = None,
    explain: bool = False,
    groups: bool = False,
) -> list[dict]:
    """Return the events coded from the news `text`, as validated event records.

    `date` is the document's date (YYYY-MM-DD, YYYY-MM or YYYY): the text's "18 серпня" or
    "in July" are resolved against it, and an event with no date of its own takes it
    (``date_precision`` "document"). `lang` forces uk, ru or en (detected otherwise). Each event
    carries its evidence sentence (``text``, ``start``, ``end``) and the lexicon entry that fired
    (``rule``); `explain` adds ``explain``: how source, target and date were found.

    Non-state armed groups (Hezbollah, Hamas, the Houthis, M23, the RSF ...) are recognised, so
    that their acts are never put on the state they are based in, but events with one on either
    side are left out unless `groups` is true: then they are actors of kind "other" whose
    ``*_state`` is their own id, never a state's.

    Examples
    --------
    >>> e = extract_text("Росія атакувала Україну 24 лютого.", date="2023-03-01")[0]
    >>> e["source"], e["target"], e["quad"], e["date"], e["lang"]
    ('RUS', 'UKR', 4, '2023-02-24', 'uk')
    """
    from graphctl.cameo import lookup
    from graphctl.events import validate
    from graphctl.extract.coder import SentenceCoder
    from graphctl.extract.dates import parse_document_date
    from graphctl.extract.sentences import split_sentences, tokenize

    try:
        doc_date = parse_document_date(date)
    except ValueError as exc:
        raise InputError(str(exc), path=doc) from None
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}", path=doc)
    if not text or not text.strip():
        return []
    lang = lang or detect_language(text)
    coder = SentenceCoder(lang, doc_date)
    from graphctl.extract.dates import find_dates, setting_year

    events = []
    carried = {}  # paragraph -> last explicit date mention
    last_day = None  # the last day the document named: "the next day" counts from it
    previous = None  # the last date of the sentence just before, if it named one
    last_told = None  # the last date of any precision: "a month later, in July" is of its year
    year = None  # the year the sentence before set the story in: "Летом 2015 года ..."
    sentences = list(split_sentences(text))
    for number, sentence in enumerate(sentences):
        sentence.tokens = tokenize(sentence.text, sentence.start)
        dates = find_dates(
            sentence.text, doc_date, sentence.start, anchor=last_day, since=last_told, year=year
        )
        reported = None  # "... Про це в понеділок повідомив радник": the day the act was told
        following = sentences[number + 1] if number + 1 < len(sentences) else None
        if following is not None and following.text.lower().startswith(_REPORTED_OPENERS):
            told_then = find_dates(following.text, doc_date, following.start, anchor=last_day)
            reported = next((d for d in told_then if d.precision == "day"), None)
        year = setting_year(dates, sentence.text, sentence.start)
        # a bare year is mostly background ("since 1991"), not the day the story runs on from
        told = [d.value for d in dates if d.precision != "year"]
        last_told = told[-1] if told else last_told
        # a day ahead of the document's ("the elections on 15 October") is no day the story
        # has reached: "the next day" counts from the last day that has come
        days = [
            d.value
            for d in dates
            if d.precision == "day" and (doc_date is None or d.value <= doc_date.isoformat())
        ]
        last_day = days[-1] if days else last_day
        found = coder.events(sentence)
        earlier = carried.get(sentence.paragraph, previous)  # before this sentence's own dates
        if dates:
            carried[sentence.paragraph] = dates[-1]
        elif sentence.paragraph not in carried and previous is not None:
            carried[sentence.paragraph] = previous  # a new paragraph goes on from the last date
        previous = dates[-1] if dates else None
        datable = _datable(sentence, dates, doc_date) if found else []
        for source, target, predicate in found:
            if not groups and "other" in (source.kind, target.kind if target else None):
                continue
            code = predicate.entry.code
            rule = predicate.entry.rule
            if predicate.fallback:
                rule = "fallback:" + rule
            if predicate.undoes:
                code = "080"  # a hostile act cancelled: the cancelling yields
                rule += " +undoes"
            elif predicate.refused:
                code = "120"
                rule += " +refused"
            elif predicate.conditional:
                code = "139"  # an act held over someone "unless" they comply: an ultimatum
                rule += " +unless"
            elif predicate.intent and code[:2] not in ("01", "03"):
                code = _intent_code(code)
                rule += " +intent"
            cameo = lookup(code)
            when, precision, how = _date_for(
                sentence, predicate, datable, earlier, doc_date, reported
            )
            record = {
                "date": when,
                "source": source.actor,
                "target": target.actor if target else None,
                "source_state": source.state,
                "target_state": target.state if target else None,
                "source_name": source.name,
                "target_name": target.name if target else None,
                "source_kind": source.kind,
                "target_kind": target.kind if target else None,
                "code": code,
                "quad": cameo.quad if cameo else None,
                "goldstein": cameo.goldstein if cameo else None,
                "text": sentence.text,
                "doc": doc,
                "lang": lang,
                "date_precision": precision,
                "source_role": source.role,
                "target_role": target.role if target else None,
                "start": sentence.start,
                "end": sentence.end,
                "rule": rule,
            }
            if explain:
                tokens = sentence.tokens
                record["explain"] = {
                    "predicate": " ".join(
                        t.text for t in tokens[predicate.first : predicate.last + 1]
                    ),
                    "source": f"{' '.join(t.text for t in tokens[source.first : source.last + 1])}"
                    f" ({source.part})",
                    "target": None
                    if target is None
                    else f"{' '.join(t.text for t in tokens[target.first : target.last + 1])}"
                    f" ({target.part})",
                    "date": how,
                    "intent": predicate.intent,
                }
            events.append(validate(record))
    return _dedupe(events)


# How a sentence opens that tells when the one before was made known: "Про це в понеділок
# повідомив ...", "Об этом во вторник заявил ...", "This was announced on Monday".
_REPORTED_OPENERS = ("про це ", "об этом ", "о цьому ", "this was ", "that was ")


def _datable(sentence, dates, doc_date):
    """The dates of `sentence` that may date an act: not a year counted from ("с 2010 года"),
    nor a day after the document's that something runs from or until, a deadline or a start
    ("покинуть страну до 7 февраля", "с 1 января исключит"); a plan's own day ("talks early
    next month") stays."""
    from graphctl.extract.dates import counted_from, looks_ahead

    today = doc_date.isoformat() if doc_date is not None else None
    return [
        d
        for d in dates
        if not counted_from(d, sentence.text, sentence.start)
        and (
            today is None
            or d.value[: len(today)] <= today[: len(d.value)]
            or not looks_ahead(d, sentence.text, sentence.start)
        )
    ]


def _date_for(sentence, predicate, dates, earlier, doc_date, reported=None):
    tokens = sentence.tokens
    at = tokens[predicate.first].start
    own = sentence.clauses[predicate.clause] if predicate.clause < len(sentence.clauses) else None
    # A date in the act's own clause first ("..., while Mexico imposed duties on June 5"), the
    # nearest before it, else the first after it
    mine = [d for d in dates if own is not None and _clause_at(sentence, d.start) is own]
    before = [d for d in mine if d.start <= at]
    after = [d for d in mine if d.start > at]
    told = [d for d in dates if d.start <= at]
    chosen = before[-1] if before else after[0] if after else told[-1] if told else None
    if chosen is not None:
        return chosen.value, chosen.precision, f"text: {chosen.value}"
    # Only dates after the act: one told in another clause's report or relative clause belongs
    # to that ("said on Tuesday ... had flown in on Oct. 2" dates the flight, not the speech).
    for d in dates:
        clause = _clause_at(sentence, d.start)
        if clause is None or clause is own or clause.kind not in ("content", "relative"):
            return d.value, d.precision, f"text: {d.value}"
    if reported is not None:
        return reported.value, reported.precision, f"told in the next sentence: {reported.value}"
    if earlier is not None:
        return earlier.value, earlier.precision, f"carried from the paragraph: {earlier.value}"
    if doc_date is None:
        return None, None, "no date"
    return doc_date.isoformat(), "document", "document date"


def _clause_at(sentence, offset):
    """The clause of `sentence` holding the character at `offset`, if the coder told them."""
    for clause in sentence.clauses:
        first, last = sentence.tokens[clause.first], sentence.tokens[clause.last]
        if first.start <= offset <= last.end:
            return clause
    return None


def _dedupe(events):
    seen, out = set(), []
    for e in events:
        if e["id"] not in seen:
            seen.add(e["id"])
            out.append(e)
    return out


def extract_file(
    path, *, date: str | None, lang: str | None = None, explain: bool = False, groups: bool = False
) -> list[dict]:
    """Read the article at `path` (UTF-8, a BOM is fine) and return its events.

    An empty file gives no events. A binary file or one in another encoding (cp1251, ...)
    raises :class:`~graphctl.errors.InputError` naming the file.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path) from None
    if b"\x00" in data[:4096]:
        raise InputError("a binary file, not a text article", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            "not UTF-8 text; convert it first, e.g. `iconv -f cp1251 -t utf-8 FILE > FILE.txt`",
            path=path,
        ) from None
    return extract_text(text, date=date, lang=lang, doc=path.name, explain=explain, groups=groups)


def extract_files(
    paths, *, date: str | None, lang: str | None = None, explain: bool = False, groups: bool = False
):
    """Return the events of every article in `paths`, in order, as contract records."""
    from graphctl.events import to_record

    return [
        to_record(event)
        for path in paths
        for event in extract_file(path, date=date, lang=lang, explain=explain, groups=groups)
    ]
