"""Dates in Ukrainian, Russian and English news ("18 серпня", "в июле", "on Friday, August 18"),
resolved against the document's date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

_MONTH_FORMS = {
    1: "січень січня січні january jan январь января январе",
    2: "лютий лютого лютому february feb февраль февраля феврале",
    3: "березень березня березні march mar март марта марте",
    4: "квітень квітня квітні april apr апрель апреля апреле",
    5: "травень травня травні may май мая мае",
    6: "червень червня червні june jun июнь июня июне",
    7: "липень липня липні july jul июль июля июле",
    8: "серпень серпня серпні august aug август августа августе",
    9: "вересень вересня вересні september sep sept сентябрь сентября сентябре",
    10: "жовтень жовтня жовтні october oct октябрь октября октябре",
    11: "листопад листопада листопаді november nov ноябрь ноября ноябре",
    12: "грудень грудня грудні december dec декабрь декабря декабре",
}
MONTHS = {form: month for month, forms in _MONTH_FORMS.items() for form in forms.split()}
_WEEKDAY_FORMS = {
    0: "понеділок понеділка monday понедельник понедельника",
    1: "вівторок вівторка tuesday вторник вторника",
    2: "середа середу середи wednesday среда среду среды",
    3: "четвер четверга thursday четверг четверга",
    4: "пʼятниця п'ятниця п'ятницю п'ятниці friday пятница пятницу пятницы",
    5: "субота суботу суботи saturday суббота субботу субботы",
    6: "неділя неділю неділі sunday воскресенье воскресенья",
}
WEEKDAYS = {form: day for day, forms in _WEEKDAY_FORMS.items() for form in forms.split()}
_RELATIVE_DAYS = {
    "вчора": -1,
    "вчера": -1,
    "yesterday": -1,
    "сьогодні": 0,
    "сегодня": 0,
    "today": 0,
    "позавчора": -2,
    "позавчера": -2,
    "last night": -1,
    "вчора ввечері": -1,
    "вчера вечером": -1,
    "минулої ночі": -1,
    "прошлой ночью": -1,
}
_COUNTS = {
    "a": 1, "one": 1, "two": 2, "тиждень": 1, "неделю": 1, "three": 3, "four": 4, "five": 5,
    "один": 1, "одного": 1, "день": 1, "два": 2, "дві": 2, "две": 2, "двох": 2, "двух": 2,
    "три": 3, "трьох": 3, "трех": 3, "трёх": 3, "чотири": 4, "четыре": 4,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "п'ять": 5, "пʼять": 5, "пять": 5,
    "шість": 6, "шесть": 6, "сім": 7, "семь": 7, "вісім": 8, "восемь": 8, "десять": 10,
    "дев'ять": 9, "девʼять": 9, "девять": 9, "п'яти": 5, "пяти": 5, "шести": 6, "семи": 7,
}  # fmt: skip
_COUNT = r"(\d{1,2}|" + "|".join(_COUNTS) + r")"
# Days written as ordinal words: "Первого июля", "п'ятого серпня".
_ORDINALS = {
    word: n
    for n, words in enumerate(
        (
            "першого первого",
            "другого второго",
            "третього третьего",
            "четвертого четвёртого",
            "п'ятого пʼятого пятого",
            "шостого шестого",
            "сьомого седьмого",
            "восьмого",
            "дев'ятого девʼятого девятого",
            "десятого",
        ),
        1,
    )
    for word in words.split()
}
# Days counted from the date told just before: "наступного дня", "a day later", "за два дня до".
_SHIFTS = [
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:day|night|morning|evening)\b|\ba\s+day\s+later\b|"
                r"\bthe\s+day\s+after\b|\bнаступного\s+дня\b|\bна\s+наступний\s+день\b|"
                r"\bназавтра\b|\bна\s+(?:следующий|другой)\s+день\b|\bднём\s+позже\b|"
                r"\bднем\s+позже\b", re.I), 1),
    (re.compile(r"\bthe\s+(?:day\s+before|previous\s+day)\b|\ba\s+day\s+earlier\b|"
                r"\bнапередодні\b|\bнакануне\b|\bднем\s+ранее\b|\bднём\s+ранее\b", re.I), -1),
    (re.compile(r"\b(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|evening|morning|night|"
                r"afternoon)\b|\bтого\s+(?:ж\s+|же\s+)?(?:дня|вечора|вечера|ранку|утра)\b|"
                r"\b(?:тієї|той|тої)\s+(?:ж\s+|же\s+)?ночі\b|\bв\s+(?:той|тот)\s+(?:ж\s+|же\s+)?"
                r"(?:день|вечір|вечер)\b|\bцього\s+ж\s+(?:дня|вечора)\b|\bтогда\s+же\b|"
                r"\bтой\s+же\s+ночью\b", re.I), 0),
    (re.compile(rf"\b{_COUNT}\s+days\s+(?:later|after)\b|\b(?:через|спустя)\s+{_COUNT}\s+"
                rf"дн(?:і|я|ів|ей)\b", re.I), "+"),
    (re.compile(rf"\b{_COUNT}\s+weeks?\s+later\b|\b(?:через|спустя)\s+(?:{_COUNT}\s+)?"
                rf"(?:тиж|недел)\w*", re.I), "+w"),
    (re.compile(rf"\b{_COUNT}\s+days\s+(?:earlier|before)\b|\bза\s+{_COUNT}\s+дн(?:і|я|ів|ей)\s+до\b",
                re.I), "-"),
]  # fmt: skip
# "Через месяц, в июле", "a month later, in July", "later that year": a month or day told as
# following the date before it belongs to that date's year (or the next), not the document's.
_LATER = re.compile(
    rf"(?:\b(?:через|спустя|за)\s+(?:{_COUNT}\s+|несколько\s+|кілька\s+)?"
    rf"(?:месяц|месяца|месяцев|місяць|місяці|місяців|недел\w*|тиж\w*|дн\w*)|"
    rf"\b(?:a|one|{_COUNT}|several|some)\s+(?:months?|weeks?|days?)\s+later|"
    rf"\blater\s+that\s+year|\bв\s+том\s+же\s+году|\bтого\s+ж\s+року|\bтого\s+же\s+года)"
    rf"[\s,]*(?:(?:у|в|во|in|on|of)\s+)?$",
    re.I,
)
_YEARLESS = ("day", "mday", "month")
# Words before a year that count from it rather than set the story in it: "since 1991".
_SINCE = re.compile(
    r"(?:^|\s)(?:since|from|until|till|before|after|с|со|з|із|зі|до|після|после|от|від)$"
)
_MAY_LEADS = {"In", "Early", "Late", "Mid", "Since", "Until", "By", "Last", "Next", "Of", "On"}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"

_PATTERNS = [
    # 18 серпня 2023, 8 вересня, 18 August 2023
    (
        "day",
        re.compile(
            rf"(?<![\w'ʼ])(\d{{1,2}}|{'|'.join(_ORDINALS)})(?:-?го|-?е|th|st|nd|rd)?\s+({_MONTH})\b\.?"
            rf"(?:,?\s+({_YEAR}))?",
            re.I,
        ),
    ),
    # August 18, 2023; Aug. 18
    (
        "mday",
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+({_YEAR}))?", re.I),
    ),
    # "in February last year", "у лютому минулого року", "в феврале прошлого года"
    (
        "monthlast",
        re.compile(
            rf"\b({_MONTH})\b\.?,?\s+(?:of\s+)?(?:last\s+year|минулого\s+року|торік|"
            rf"прошлого\s+года)\b",
            re.I,
        ),
    ),
    # у липні 2023, in July, на початку серпня, early August, mid-July
    ("month", re.compile(rf"\b({_MONTH})\b\.?(?:\s+({_YEAR}))?", re.I)),
    (
        "year",
        re.compile(rf"\b(?:у|в|in|since|році|году)?\s*({_YEAR})\s*(?:року|році|году|г\.)?", re.I),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(last|минулого|минулої|минулий|прошлый|прошлую|прошлой|прошлого)\s+)?"
            rf"\b({_WEEKDAY})\b",
            re.I,
        ),
    ),
    ("relative", re.compile(r"\b(" + "|".join(_RELATIVE_DAYS) + r")\b", re.I)),
    (
        "lastweek",
        re.compile(r"\b(минулого тижня|на минулому тижні|на прошлой неделе|last week)\b", re.I),
    ),
    ("lastmonth", re.compile(r"\b(минулого місяця|в прошлом месяце|last month)\b", re.I)),
    (
        "nextmonth",
        re.compile(
            r"\b(наступного місяця|в наступному місяці|в следующем месяце|next month)\b", re.I
        ),
    ),
    ("lastyear", re.compile(r"\b(торік|минулого року|в прошлом году|last year)\b", re.I)),
    ("nextyear", re.compile(r"\b(наступного року|в следующем году|next year)\b", re.I)),
    ("newyear", re.compile(r"\b(New Year's Day|Новий рік|Новый год)\b")),
    # "a week ago", "two days ago", "тиждень тому", "три дня назад": counted from the document
    (
        "ago",
        re.compile(
            rf"\b{_COUNT}?\s*(days?|weeks?|дн\w*|тиж\w*|недел\w*)\s+(?:ago|тому|назад)\b", re.I
        ),
    ),
]


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: its value, precision and where it stands (character offsets)."""

    value: str
    precision: str  # day, month, year
    start: int
    end: int


def parse_document_date(value: str | None) -> Date | None:
    """Return the document date as a date (YYYY, YYYY-MM or YYYY-MM-DD; the first day is assumed).

    Raises ValueError when `value` is not such a date.
    """
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        return _document_date(match)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None


def _document_date(match) -> Date:
    year, month, day = match.group(1), match.group(2) or "12", match.group(3)
    if match.group(2) is None:
        return Date(int(year), 12, 31)
    if day is None:
        nxt = Date(int(year) + (month == "12"), int(month) % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return Date(int(year), int(month), int(day))


# What may stand between a weekday and the day it names: "у вівторок вранці, 12 вересня",
# "on Friday, August 18", "12 вересня, у вівторок".
_BESIDE = (
    r"[\s,()–-]*(?:(?:у|в|во|on)\s+)?(?:вранці|ввечері|уночі|вдень|утром|вечером|ночью|днем|"
    r"днём|morning|evening|afternoon|night)?[\s,()–-]*(?:у|в|во|on)?\s*"
)
# Words before a day that look ahead: "from July 1", "з 1 липня", "до 15 травня".
_AHEAD = r"(?:^|\s)(?:from|starting|until|by|з|із|с|со|до|от)\s*$"


def _year_for(month: int, day: int, doc: Date) -> int:
    # News reports the past: a month later in the year than the document's belongs to last year.
    if (month, day) > (doc.month, doc.day + 1) and month != doc.month:
        return doc.year - 1
    return doc.year


def find_dates(
    text: str,
    doc: Date | None,
    offset: int = 0,
    anchor: str | None = None,
    since: str | None = None,
    year: str | None = None,
) -> list[DateMention]:
    """Return the dates in `text`, resolved against the document date `doc`.

    Without a document date only dates that carry their own year are returned. "The next day",
    "напередодні" or "за два дня до" count from the last day named before them in `text`, else
    from `anchor` (the last day the document named before `text`), else they are left out. A
    month or day without a year told as coming later ("через месяц, в июле") takes its year from
    the date named before it in `text`, else from `since` (the last date the document named).
    A month or day without a year in a story told in a past year ("Летом 2015 года ... в конце
    июля", "In 2009 ... in November") takes the year named before it in `text`, else `year` (the
    year the sentence before set), rather than the document's.

    Examples
    --------
    >>> doc = Date(2023, 9, 22)
    >>> [(d.value, d.precision) for d in find_dates("У вівторок вранці, 12 вересня, у липні", doc)]
    [('2023-09-12', 'day'), ('2023-07', 'month')]
    >>> [d.value for d in find_dates("on Friday, August 18, and in December", doc)]
    ['2023-08-18', '2022-12']
    """
    found = []
    taken = []

    def free(start, end):
        return all(end <= s or start >= e for s, e in taken)

    def add(value, precision, start, end):
        taken.append((start, end))
        found.append(DateMention(value, precision, start + offset, end + offset))

    plain = set()  # starts of months and days resolved against the document date alone
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if kind == "nextyear":
                # "наступного року": the year after the one the story last told, not the document's
                told = [d.value for d in found if d.start - offset < m.start()] or [since or ""]
                base = told[-1] or (doc.isoformat() if doc else "")
                if base:
                    add(str(int(base[:4]) + 1), "year", m.start(), m.end())
                continue
            try:
                mention = _resolve(kind, m, doc)
            except ValueError:
                continue
            if mention and kind in _YEARLESS and not m.group(2 if kind == "month" else 3):
                later = _after_base(mention, m, found, since, offset)
                if later == mention:
                    plain.add(m.start() + offset)
                mention = later
            if mention:
                add(*mention, m.start(), m.end())
    if plain and doc is not None:
        found = [_in_story_year(d, found, plain, year, doc, text, offset) for d in found]
    # A weekday next to an explicit date ("у вівторок, 12 вересня") is the same day.
    days = [d for d in found if d.precision == "day"]

    def beside(weekday, day) -> bool:
        first, second = sorted((weekday, day), key=lambda x: x.start)
        gap = text[first.end - offset : second.start - offset]
        return bool(re.fullmatch(_BESIDE, gap, re.I))

    found = [
        d
        for d in found
        if not (d.precision == "weekday" and any(x is not d and beside(d, x) for x in days))
    ]
    found = [
        DateMention(d.value, "day", d.start, d.end) if d.precision == "weekday" else d
        for d in found
    ]
    found.sort(key=lambda d: d.start)
    for pattern, shift in _SHIFTS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if any(abs(d.start - offset - m.end()) < 30 for d in found if d.precision == "day"):
                continue  # "напередодні саміту, 10 липня": the date is given
            told = [d for d in found if d.start - offset < m.start()]
            if told and told[-1].precision != "day":
                continue  # "В феврале 2022 года, за два дня до ...": counted from no day told
            before = [
                d.value for d in found if d.precision == "day" and d.start - offset < m.start()
            ]
            base = before[-1] if before else anchor
            if base is None or len(base) < 10:
                continue
            if shift in ("+", "-", "+w"):
                told = m.group(m.lastindex) if m.lastindex else "1"
                count = _COUNTS.get(told.lower()) or int(told)
                shift = {"+": count, "-": -count, "+w": 7 * count}[shift]
            value = (Date.fromisoformat(base) + timedelta(days=shift)).isoformat()
            add(value, "day", m.start(), m.end())
    return sorted(found, key=lambda d: d.start)


def looks_ahead(mention, text: str, offset: int = 0) -> bool:
    """Is `mention` a day something runs from or until ("from July 1", "до 7 февраля")?"""
    start = mention.start - offset
    return bool(re.search(_AHEAD, text[max(0, start - 12) : start].lower()))


def counted_from(mention, text: str, offset: int = 0) -> bool:
    """Is `mention` a year something is counted from ("the first visit since 2010", "с 1992
    года"), not when the act told beside it happened?"""
    start = mention.start - offset
    return mention.precision == "year" and bool(
        _SINCE.search(text[max(0, start - 14) : start].lower().rstrip())
    )


def setting_year(mentions, text: str, offset: int = 0) -> str | None:
    """The last year `mentions` set the story in ("Летом 2015 года", "in 2009"), not one it
    counts from ("since 1991", "с 1991 года", "until 2014")."""
    told = None
    for d in sorted(mentions, key=lambda d: d.start):
        start, end = d.start - offset, d.end - offset
        lead = text[max(0, start - 14) : start] + text[start:end].split(d.value[:4])[0]
        if d.precision == "year" and not _SINCE.search(lead.lower().rstrip()):
            told = d.value[:4]
        elif d.precision != "year":
            told = None  # a later date of its own ends the story's year
    return told


_THIS_YEAR = re.compile(
    r"\s*(?:этого|текущего|нынешнего|цього|поточного|нинішнього)\s+(?:года|року)|\s*this\s+year",
    re.I,
)


def _in_story_year(d, found, plain, year, doc, text, offset):
    if d.start not in plain:
        return d
    if _THIS_YEAR.match(text[d.end - offset : d.end - offset + 24]):
        return d  # "в апреле этого года", "in April this year": the document's year
    earlier = [x for x in found if x.start < d.start]
    told = setting_year(earlier, text, offset) if earlier else None
    told = told or (year if not earlier else None)
    if told is None or int(told) >= doc.year:
        return d
    return DateMention(told + d.value[4:], d.precision, d.start, d.end)


def _after_base(mention, m, found, since, offset):
    if not _LATER.search(m.string[max(0, m.start() - 40) : m.start()]):
        return mention
    before = [
        d.value
        for d in sorted(found, key=lambda d: d.start)
        if d.start - offset < m.start() and d.precision != "year"
    ]
    base = before[-1] if before else since
    if not base:
        return mention
    value, precision = mention
    base_month = int(base[5:7]) if len(base) >= 7 else 1
    year = int(base[:4]) + (int(value[5:7]) < base_month)
    if precision == "day" and value[5:] == "02-29" and year % 4:
        return mention
    return f"{year:04d}{value[4:]}", precision


def _resolve(kind, m, doc):
    if kind in ("day", "mday"):
        day_text, month_text = (
            (m.group(1), m.group(2)) if kind == "day" else (m.group(2), m.group(1))
        )
        month = MONTHS[month_text.lower()]
        day = _ORDINALS.get(day_text.lower()) or int(day_text)
        year = int(m.group(3)) if m.group(3) else (_year_for(month, day, doc) if doc else None)
        ahead = re.search(_AHEAD, m.string[max(0, m.start() - 12) : m.start()].lower())
        if year is not None and not m.group(3) and ahead:
            # "countermeasures from July 1", "з 1 липня", "с 1 января": a day ahead of the
            # document within half a year, not one gone by
            for later in (doc.year, doc.year + 1):
                if 0 <= (Date(later, month, min(day, 28)) - doc).days <= 183:
                    year = later
                    break
        if year is None:
            return None
        return Date(year, month, day).isoformat(), "day"
    if kind == "month":
        word = m.group(1).lower()
        if word == "may" and m.group(1) == "may":  # the English modal verb
            return None
        before = m.string[: m.start(1)].split()
        if word == "may" and before and before[-1][:1].isupper() and before[-1] not in _MAY_LEADS:
            return None  # "Theresa May said": a name, not the month
        if word.isascii() and not m.group(1)[0].isupper():
            return None  # "would march on Banjul", "may": English months are capitalised
        after = m.string[m.end(1) :].split()
        if (
            not word.isascii()
            and m.group(1)[0].isupper()
            and after
            and after[0][:1].isupper()
            and after[0][:1].isalpha()
        ):
            return None  # "Мая Санду", "Травня Коваль": a name; months are lower case in uk/ru
        month = MONTHS[word]
        year = int(m.group(2)) if m.group(2) else (_year_for(month, 1, doc) if doc else None)
        if year is None:
            return None
        return f"{year:04d}-{month:02d}", "month"
    if kind == "ago":
        if doc is None:
            return None
        told = m.group(1) or "1"
        count = _COUNTS.get(told.lower()) or int(told)
        weeks = m.group(2).lower().startswith(("week", "тиж", "недел"))
        return (doc - timedelta(days=count * (7 if weeks else 1))).isoformat(), "day"
    if kind == "monthlast":
        if doc is None:
            return None
        return f"{doc.year - 1:04d}-{MONTHS[m.group(1).lower()]:02d}", "month"
    if kind == "year":
        if re.search(r"\b(?:the|a|an|its|their|his|her|our)\s+$", m.string[: m.start(1)], re.I):
            # "the 1951 Mutual Defense Treaty", "a 2016 deal", "their 1992 decision": a name or
            # what is told of, not when the act happened
            return None
        return m.group(1), "year"
    if doc is None:
        return None
    if kind == "weekday":
        back = (doc.weekday() - WEEKDAYS[m.group(2).lower()]) % 7
        if m.group(1) and back == 0:
            back = 7  # "last Saturday", written on a Saturday
        return (doc - timedelta(days=back)).isoformat(), "weekday"
    if kind == "relative":
        return (doc + timedelta(days=_RELATIVE_DAYS[m.group(1).lower()])).isoformat(), "day"
    if kind == "lastweek":
        return (doc - timedelta(days=7)).isoformat()[:7], "month"
    if kind == "lastmonth":
        first = doc.replace(day=1) - timedelta(days=1)
        return first.isoformat()[:7], "month"
    if kind == "nextmonth":
        first = Date(doc.year + (doc.month == 12), doc.month % 12 + 1, 1)
        return first.isoformat()[:7], "month"
    if kind == "lastyear":
        return str(doc.year - 1), "year"
    if kind == "newyear":
        # the New Year's Day just past (a story of early January tells of this year's)
        return Date(doc.year if doc.month < 12 else doc.year + 1, 1, 1).isoformat(), "day"
    return None
