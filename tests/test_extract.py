"""Tests for graphctl.extract: news text in uk/ru/en to coded events, scored as outside."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, SHARED
from graphctl.cli import cli
from graphctl.errors import InputError
from graphctl.events import validate
from graphctl.extract import detect_language, extract_file, extract_text
from graphctl.extract.dates import find_dates, parse_document_date

ARTICLES = Path(__file__).resolve().parent / "articles"
SEED_ARTICLE = SEED / "000_46e6aa277c86e90e.txt"


def _scorer():
    spec = importlib.util.spec_from_file_location("scorer", SHARED / "eval" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold_path: Path, events: list[dict]) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = _scorer().score_document(gold, events)
    precision = doc["tp"] / (doc["tp"] + doc["fp"]) if doc["tp"] + doc["fp"] else 0.0
    recall = doc["tp"] / (doc["tp"] + doc["fn"]) if doc["tp"] + doc["fn"] else 0.0
    doc["f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return doc


def _pairs(events):
    return {
        (e["source_state"], e["target_state"], "+" if e["quad"] <= 2 else "-")
        for e in events
        if e.get("target_state")
    }


def test_seed_article_through_the_cli_meets_the_targets(runner):
    result = runner.invoke(
        cli, ["extract", str(SEED_ARTICLE), "--date", "2023-09-22", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    doc = _score(SEED / "000_46e6aa277c86e90e.gold.json", events)
    assert doc["f1"] >= 0.9, doc
    assert doc["dated"][0] / doc["dated"][1] >= 0.8, doc
    assert doc["officials"][0] == doc["officials"][1], doc


@pytest.mark.parametrize(
    "gold_path", sorted(ARTICLES.glob("*.gold.json")), ids=lambda p: p.name.split(".")[0]
)
def test_own_articles_score_well(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    events = extract_file(ARTICLES / gold["doc"], date=gold["date"])
    doc = _score(gold_path, events)
    assert doc["f1"] >= 0.85, doc
    assert doc["officials"][0] >= 0.8 * doc["officials"][1], doc
    assert all(e["lang"] == gold["lang"] for e in events)


def _round_totals(folder, lang):
    """Micro-averaged tp, fp, fn, dated [found, all] and officials [found, all] of one held-out
    round's articles in `lang`."""
    tp = fp = fn = 0
    dated, officials = [0, 0], [0, 0]
    for gold_path in sorted((ARTICLES / folder).glob(f"{lang}_*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = _score(gold_path, extract_file(ARTICLES / folder / gold["doc"], date=gold["date"]))
        tp, fp, fn = tp + doc["tp"], fp + doc["fp"], fn + doc["fn"]
        dated = [a + b for a, b in zip(dated, doc["dated"])]
        officials = [a + b for a, b in zip(officials, doc["officials"])]
    return tp, fp, fn, dated, officials


# The first two rounds (tests/articles/heldout/, heldout2/): written and coded before the
# extractor saw them; thresholds a little below what it reaches, and at most one false pair:
# relation F1, dated recall, officials recall.
FIRST_ROUND_FLOORS = {"heldout": (0.88, 0.7, 0.8), "heldout2": (0.9, 0.6, 0.8)}


@pytest.mark.parametrize("lang", ["uk", "ru", "en"], ids=["uk", "ru", "en"])
@pytest.mark.parametrize("folder", list(FIRST_ROUND_FLOORS), ids=list(FIRST_ROUND_FLOORS))
def test_first_held_out_rounds_score_well(folder, lang):
    tp, fp, fn, dated, officials = _round_totals(folder, lang)
    assert dated[1] and officials[1]
    f1_floor, dated_floor, officials_floor = FIRST_ROUND_FLOORS[folder]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= f1_floor and fp <= 1, (f1, tp, fp, fn)
    assert dated[0] / dated[1] >= dated_floor, dated
    assert officials[0] / officials[1] >= officials_floor, officials


# Held-out rounds 3 to 32, 37 and 38 (each folder's README.md has its blind figures and what
# later fixes reached), floors 0.05-0.1 below today's level (rounds 29 and 30: their sealed
# measurement): relation F1, dated recall, officials recall. Rounds 33 to 36 stay sealed.
ROUND_FLOORS = {
    ("heldout3", "uk"): (0.75, 0.55, 0.85),
    ("heldout3", "ru"): (0.6, 0.55, 0.6),
    ("heldout3", "en"): (0.7, 0.45, 0.65),
    ("heldout4", "uk"): (0.8, 0.6, 0.95),
    ("heldout4", "ru"): (0.85, 0.95, 0.95),
    ("heldout4", "en"): (0.7, 0.5, 0.8),
    ("heldout5", "uk"): (0.95, 0.65, 0.95),
    ("heldout5", "ru"): (0.95, 0.95, 0.8),
    ("heldout5", "en"): (0.8, 0.75, 0.95),
    ("heldout6", "uk"): (0.85, 0.3, 0.65),
    ("heldout6", "ru"): (0.75, 0.75, 0.95),
    ("heldout6", "en"): (0.75, 0.75, 0.75),
    ("heldout7", "uk"): (0.95, 0.95, 0.95),
    ("heldout7", "ru"): (0.85, 0.95, 0.55),
    ("heldout7", "en"): (0.95, 0.6, 0.95),
    ("heldout8", "uk"): (0.8, 0.7, 0.8),
    ("heldout8", "ru"): (0.9, 0.65, 0.45),
    ("heldout8", "en"): (0.8, 0.55, 0.75),
    ("heldout9", "uk"): (0.75, 0.6, 0.65),
    ("heldout9", "ru"): (0.75, 0.55, 0.6),
    ("heldout9", "en"): (0.85, 0.4, 0.4),
    ("heldout10", "uk"): (0.85, 0.85, 0.7),
    ("heldout10", "ru"): (0.85, 0.8, 0.6),
    ("heldout10", "en"): (0.8, 0.8, 0.75),
    ("heldout11", "uk"): (0.85, 0.6, 0.7),
    ("heldout11", "ru"): (0.85, 0.75, 0.85),
    ("heldout11", "en"): (0.85, 0.7, 0.75),
    ("heldout12", "uk"): (0.8, 0.5, 0.75),
    ("heldout12", "ru"): (0.8, 0.7, 0.55),
    ("heldout12", "en"): (0.85, 0.8, 0.65),
    ("heldout13", "uk"): (0.85, 0.7, 0.5),
    ("heldout13", "ru"): (0.65, 0.4, 0.85),
    ("heldout13", "en"): (0.8, 0.6, 0.65),
    ("heldout14", "uk"): (0.85, 0.75, 0.6),
    ("heldout14", "ru"): (0.8, 0.5, 0.5),
    ("heldout14", "en"): (0.95, 0.7, 0.85),
    ("heldout15", "uk"): (0.9, 0.65, 0.7),
    ("heldout15", "ru"): (0.7, 0.55, 0.75),
    ("heldout15", "en"): (0.8, 0.55, 0.8),
    ("heldout16", "uk"): (0.85, 0.5, 0.5),
    ("heldout16", "ru"): (0.75, 0.35, 0.8),
    ("heldout16", "en"): (0.95, 0.75, 0.7),
    ("heldout17", "uk"): (0.95, 0.85, 0.55),
    ("heldout17", "ru"): (0.8, 0.5, 0.7),
    ("heldout17", "en"): (0.85, 0.7, 0.7),
    ("heldout18", "uk"): (0.6, 0.25, 0.5),
    ("heldout18", "ru"): (0.85, 0.35, 0.95),
    ("heldout18", "en"): (0.8, 0.45, 0.95),
    ("heldout19", "uk"): (0.95, 0.8, 0.6),
    ("heldout19", "ru"): (0.95, 0.75, 0.7),
    ("heldout19", "en"): (0.85, 0.5, 0.8),
    ("heldout20", "uk"): (0.95, 0.8, 0.7),
    ("heldout20", "ru"): (0.75, 0.5, 0.7),
    ("heldout20", "en"): (0.7, 0.5, 0.65),
    ("heldout21", "uk"): (0.7, 0.3, 0.0),
    ("heldout21", "ru"): (0.55, 0.5, 0.1),
    ("heldout21", "en"): (0.65, 0.45, 0.6),
    ("heldout22", "uk"): (0.85, 0.75, 0.45),
    ("heldout22", "ru"): (0.45, 0.05, 0.75),
    ("heldout22", "en"): (0.7, 0.5, 0.7),
    ("heldout23", "uk"): (0.6, 0.35, 0.2),
    ("heldout23", "ru"): (0.45, 0.35, 0.0),
    ("heldout23", "en"): (0.4, 0.2, 0.65),
    ("heldout24", "uk"): (0.75, 0.7, 0.1),
    ("heldout24", "ru"): (0.8, 0.75, 0.0),
    ("heldout24", "en"): (0.6, 0.7, 0.85),
    ("heldout25", "uk"): (0.95, 0.55, 0.7),
    ("heldout25", "ru"): (0.7, 0.35, 0.5),
    ("heldout25", "en"): (0.65, 0.5, 0.7),
    ("heldout26", "uk"): (0.75, 0.35, 0.0),
    ("heldout26", "ru"): (0.75, 0.5, 0.15),
    ("heldout26", "en"): (0.8, 0.45, 0.45),
    ("heldout27", "uk"): (0.65, 0.45, 0.65),
    ("heldout27", "ru"): (0.65, 0.5, 0.75),
    ("heldout27", "en"): (0.5, 0.3, 0.45),
    ("heldout28", "uk"): (0.45, 0.1, 0.3),
    ("heldout28", "ru"): (0.35, 0.45, 0.8),
    ("heldout28", "en"): (0.45, 0.2, 0.7),
    ("heldout29", "uk"): (0.75, 0.6, 0.7),
    ("heldout29", "ru"): (0.5, 0.15, 0.45),
    ("heldout29", "en"): (0.45, 0.4, 0.8),
    ("heldout30", "uk"): (0.4, 0.35, 0.6),
    ("heldout30", "ru"): (0.55, 0.35, 0.65),
    ("heldout30", "en"): (0.6, 0.65, 0.65),
    ("heldout31", "uk"): (0.95, 0.25, 0.75),
    ("heldout31", "ru"): (0.8, 0.5, 0.95),
    ("heldout31", "en"): (0.95, 0.8, 0.65),
    ("heldout32", "uk"): (0.95, 0.75, 0.5),
    ("heldout32", "ru"): (0.95, 0.3, 0.4),
    ("heldout32", "en"): (0.85, 0.95, 0.65),
    ("heldout37", "uk"): (0.8, 0.5, 0.45),
    ("heldout37", "ru"): (0.95, 0.4, 0.6),
    ("heldout37", "en"): (0.8, 0.6, 0.65),
    ("heldout38", "uk"): (0.9, 0.5, 0.75),
    ("heldout38", "ru"): (0.8, 0.55, 0.5),
    ("heldout38", "en"): (0.65, 0.0, 0.55),
}


@pytest.mark.parametrize(
    ("folder", "lang"), list(ROUND_FLOORS), ids=[f"{f}-{g}" for f, g in ROUND_FLOORS]
)
def test_held_out_rounds_hold_their_level(folder, lang):
    tp, fp, fn, dated, officials = _round_totals(folder, lang)
    f1_floor, dated_floor, officials_floor = ROUND_FLOORS[folder, lang]
    assert 2 * tp / (2 * tp + fp + fn) >= f1_floor, (tp, fp, fn)
    assert dated[0] / dated[1] >= dated_floor, dated
    assert officials[0] / officials[1] >= officials_floor, officials


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Речник МЗС Китаю відкинув ці закиди й заявив, що Маніла перекладає провину на Пекін.",
            "uk",
            {("CHN", "PHL", "120")},
        ),
        (
            "The Chinese foreign ministry warned on Monday that firms trading with Taiwan "
            "would be punished.",
            "en",
            {("CHN", "TWN", "130")},
        ),
    ],
    ids=["stance-then-content-clause", "warned-that"],
)
def test_fallback_codes_what_clause_roles_leave(text, lang, expected):
    events = extract_text(text, date="2023-09-22", lang=lang)
    coded = {(e["source_state"], e["target_state"], e["code"]) for e in events if e["target"]}
    assert coded == expected
    assert all(e["rule"].startswith("fallback:lexicon:") for e in events if e["target"])


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Речник МЗС Китаю не відкинув ці закиди й заявив, що Маніла винна.",
            "uk",
        ),
        (
            "The Chinese foreign ministry warned that firms trading in Taiwan would be punished.",
            "en",
        ),
        (
            "The Chinese foreign ministry never warned that firms trading with Taiwan would pay.",
            "en",
        ),
        ("Japan and South Korea criticised the plan on Monday.", "en"),
    ],
    ids=["negated", "a-place", "never", "one-coordinated-group"],
)
def test_fallback_stays_silent_where_it_cannot_tell(text, lang):
    events = extract_text(text, date="2023-09-22", lang=lang)
    assert not [e for e in events if e["target"]]


@pytest.mark.parametrize(
    "text, date, expected",
    [
        (
            "President Donald Trump spoke on May 8. In a statement the same evening, "
            "Theresa May criticised the United States.",
            "2018-05-16",
            ("GBR", "USA", "2018-05-08"),
        ),
        (
            "Прем'єр-міністр Греції Кіріакос Міцотакіс 25 серпня прибув до Каїра. "
            "Він звинуватив Туреччину у провокаціях.",
            "2020-09-24",
            ("GRC", "TUR", "2020-08-25"),
        ),
        (
            "Министр иностранных дел Эритреи Осман Салех прибыл в Аддис-Абебу 26 июня. "
            "Глава МИД осудил Египет.",
            "2018-09-18",
            ("ERI", "EGY", "2018-06-26"),
        ),
        (
            "Премьер-министр Эфиопии Абий Ахмед прибыл в Каир 8 июля. Абий осудил Эритрею.",
            "2018-09-18",
            ("ETH", "ERI", "2018-07-08"),
        ),
    ],
    ids=["same-evening-and-may-as-a-name", "pronoun", "bare-role", "first-name"],
)
def test_referring_back_to_dates_and_officials(text, date, expected):
    events = extract_text(text, date=date)
    found = {(e["source_state"], e["target_state"], e["date"]) for e in events}
    assert expected in found, found


def test_what_one_is_not_made_to_do_is_no_act():
    text = "Бахтадзе заявил, что запрет не заставит Тбилиси отказаться от вступления в НАТО."
    assert [e for e in extract_text(text, date="2019-07-10") if e["target_state"]] == []


def test_plover_sentences_score_above_the_target():
    # ../shared's PLOVER gold sentences, scored as scripts/score_plover.py does (target F1 0.7).
    script = Path(__file__).resolve().parent.parent / "scripts" / "score_plover.py"
    spec = importlib.util.spec_from_file_location("score_plover", script)
    plover = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plover)
    records = [r for r in json.loads(plover.GSR.read_text(encoding="utf-8")) if r.get("text")]
    tp = fp = fn = 0
    for record in records:
        gold = plover.gold_pairs(record)
        if not gold:
            continue
        date = record.get("date") or "2000-01-01"
        predicted = plover.predicted_pairs(extract_text(record["text"], date=date, lang="en"))
        tp, fp, fn = (
            tp + len(predicted & gold),
            fp + len(predicted - gold),
            fn + len(gold - predicted),
        )
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.82 and 2 * precision * recall / (precision + recall) >= 0.74, (tp, fp, fn)


def test_every_event_is_a_valid_record_with_evidence():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    events = extract_text(text, date="2023-09-22", doc="seed.txt", explain=True)
    assert events
    for e in events:
        assert validate(e) == e
        assert text[e["start"] : e["end"]] == e["text"]
        assert e["rule"].startswith("lexicon:uk:")
        assert e["date_precision"] in ("day", "month", "year", "document")
        assert "explain" in e and e["explain"]["predicate"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("США запровадили санкції проти Росії.", "uk", ("USA", "RUS", "-")),
        ("Президент Франції зустрівся з Путіним.", "uk", ("FRA", "RUS", "+")),
        ("Пекін звинуватив Вашингтон у втручанні.", "uk", ("CHN", "USA", "-")),
        ("Германия осудила действия Ирана.", "ru", ("DEU", "IRN", "-")),
        ("Япония и Южная Корея договорились о сотрудничестве.", "ru", ("JPN", "KOR", "+")),
        ("Poland accused Belarus of staging the border crisis.", "en", ("POL", "BLR", "-")),
        ("The White House praised Japan for its support.", "en", ("USA", "JPN", "+")),
        ("Ties eased after Biden telephoned Macron on Monday.", "en", ("USA", "FRA", "+")),
        (
            "Ирак и Оман выступали посредниками между Эр-Риядом и Тегераном.",
            "ru",
            ("OMN", "IRN", "+"),
        ),
        ("США пообіцяли запровадити нові обмеження проти Мінська.", "uk", ("USA", "BLR", "-")),
        (
            "Пакистанська авіація атакувала позиції в індійській частині Кашміру.",
            "uk",
            ("PAK", "IND", "-"),
        ),
        ("Соединенные Штаты встали на сторону Гайаны.", "ru", ("USA", "GUY", "+")),
        ("Польша заявила, что Россия должна извиниться.", "ru", ("POL", "RUS", "-")),
        ("Poland said Russia must apologise.", "en", ("POL", "RUS", "-")),
        ("Кремль став на бік Белграда.", "uk", ("RUS", "SRB", "+")),
        (
            "Iran's President Hassan Rouhani called the decision of the UAE a huge mistake.",
            "en",
            ("IRN", "ARE", "-"),
        ),
        ("Мун Чжэ Ин назвал действия Токио экономической атакой.", "ru", ("KOR", "JPN", "-")),
        (
            "President Mahmoud Abbas recalled the Palestinian ambassador from Abu Dhabi.",
            "en",
            ("PSE", "ARE", "-"),
        ),
        ("Алжир отозвал своего посла из Рабата.", "ru", ("DZA", "MAR", "-")),
        (
            "Nigeria will withdraw its force from Chad unless elections are held.",
            "en",
            ("NGA", "TCD", "-"),
        ),
        (
            "A camp for Congolese refugees was attacked by Burundian militiamen.",
            "en",
            ("BDI", "COD", "-"),
        ),
        ("Peru has issued an ultimatum to Ecuador.", "en", ("PER", "ECU", "-")),
        (
            "Министр иностранных дел Японии Таро Коно вызвал посла Южной Кореи.",
            "ru",
            ("JPN", "KOR", "-"),
        ),
        ("Сеул исключил Японию из «белого списка».", "ru", ("KOR", "JPN", "-")),
        (
            "Зеленський і Путін за посередництва Ердогана погодилися обмінятися полоненими.",
            "uk",
            ("TUR", "UKR", "+"),
        ),
        ("Ереван потребовал от Москвы объяснений.", "ru", ("ARM", "RUS", "-")),
        (
            "Южная Корея объявила, что не будет продлевать соглашение с Японией.",
            "ru",
            ("KOR", "JPN", "-"),
        ),
        (
            "Министр иностранных дел Алжира Рамтан Ламамра объявил о разрыве отношений с Марокко.",
            "ru",
            ("DZA", "MAR", "-"),
        ),
        (
            "Armenia and Azerbaijan met on Monday, hosted by Secretary of State Antony Blinken.",
            "en",
            ("USA", "ARM", "+"),
        ),
        ("Russian troops shelled villages near Kharkiv.", "en", ("RUS", "UKR", "-")),
    ],
    ids=[
        "uk-sanction",
        "uk-meet",
        "uk-metonym",
        "ru-condemn",
        "ru-agree",
        "en-accuse",
        "en-seat",
        "en-clause-after",
        "ru-mediation-between",
        "uk-promised-sanction",
        "uk-attack-place",
        "ru-side-with",
        "ru-must",
        "en-must",
        "uk-side-with-low-ranked-verb",
        "en-naming-by-blame",
        "ru-naming-by-blame",
        "en-recall-from",
        "ru-recall-from",
        "en-unless-ultimatum",
        "en-passive-agent-on-what-stood-before",
        "en-noun-after-light-verb",
        "ru-summons-role-word",
        "ru-actor-inside-a-phrase",
        "uk-mediator-of-agreeing-parties",
        "ru-demand-from",
        "ru-not-renewed",
        "ru-announced-own-act",
        "en-participle-hosted-by",
        "en-violence-near-a-place",
    ],
)
def test_who_does_what_to_whom(text, lang, expected):
    assert expected in _pairs(extract_text(text, date="2023-09-22")), text


# Predicates of the breadth pass over the CAMEO categories: both aspects in uk/ru, verb and noun.
BREADTH = [
    ("uk", "Держдеп США схвалив продаж Туреччині винищувачів F-16.", ("USA", "TUR", "072")),
    ("uk", "Туреччина зняла вето на вступ Швеції.", ("TUR", "SWE", "080")),
    ("uk", "Угорщина заблокувала обидві заявки Швеції.", ("HUN", "SWE", "120")),
    ("uk", "Молдова вислала російського дипломата.", ("MDA", "RUS", "174")),
    ("uk", "Росія та Україна провели обмін полоненими.", ("RUS", "UKR", "084")),
    ("uk", "Пакистан завдав ударів по території Ірану.", ("PAK", "IRN", "190")),
    ("ru", "Молдова объявила российского дипломата персоной нон грата.", ("MDA", "RUS", "174")),
    ("ru", "Госдеп США одобрил продажу Турции истребителей F-16.", ("USA", "TUR", "072")),
    ("ru", "Турция сняла вето на вступление Швеции в НАТО.", ("TUR", "SWE", "080")),
    ("ru", "Венгрия заблокировала помощь Украине.", ("HUN", "UKR", "120")),
    ("en", "The State Department approved the sale of F-16 jets to Turkey.", ("USA", "TUR", "072")),
    ("en", "Japan lodged a protest with North Korea.", ("JPN", "PRK", "140")),
    ("en", "Kenya deployed police officers to Haiti.", ("KEN", "HTI", "074")),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    BREADTH,
    ids=[f"{lang}-{code}-{i}" for i, (lang, _, (_, _, code)) in enumerate(BREADTH)],
)
def test_breadth_of_the_lexicon(lang, text, expected):
    events = extract_text(text, date="2024-01-20", lang=lang)
    assert expected in [(e["source_state"], e["target_state"], e["code"]) for e in events], text


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Байден провів переговори з Путіним.", "Vladimir Putin", "RUS"),
        (
            "Блінкен зустрівся з міністром закордонних справ Південної Кореї Пак Джином.",
            "Park Jin",
            "KOR",
        ),
        (
            "Посол США в Угорщині Девід Прессман розкритикував уряд Угорщини.",
            "Девід Прессман",
            "USA",
        ),
        (
            "Министр иностранных дел Польши Ян Ковальский встретился с Лавровым.",
            "Ян Ковальский",
            "POL",
        ),
    ],
    ids=["inflected-known", "role-and-known", "unknown-ambassador", "unknown-minister-ru"],
)
def test_officials_are_named_and_tied_to_their_state(text, name, state):
    actors = set()
    for e in extract_text(text, date="2023-09-22"):
        actors.add((e["source_name"], e["source_state"]))
        actors.add((e["target_name"], e["target_state"]))
    assert (name, state) in actors


@pytest.mark.parametrize(
    ("text", "date", "name", "state"),
    [
        ("Зеленський провів телефонну розмову з Вучичем.", "2023-06-01", "Aleksandar Vucic", "SRB"),
        ("Міцотакіс звинуватив Анкару у провокаціях.", "2020-08-20", "Kyriakos Mitsotakis", "GRC"),
        (
            "Держсекретар США зустрівся з прем'єр-міністром Іспанії Педро Санчесом.",
            "2024-02-10",
            "Pedro Sanchez",
            "ESP",
        ),
        ("Лавров провел переговоры с Мирзояном в Москве.", "2023-05-19", "Ararat Mirzoyan", "ARM"),
        (
            "Нетаньяху провел переговоры с Мухаммедом бен Заидом.",
            "2023-01-10",
            "Mohammed bin Zayed",
            "ARE",
        ),
        ("Shehbaz Sharif accused India of aggression.", "2025-05-08", "Shehbaz Sharif", "PAK"),
        ("Tedros criticised China over the travel ban.", "2016-03-01", "Tedros Adhanom Ghebreyesus",
         "ETH"),
        ("Tedros criticised China over the travel ban.", "2020-03-01", "Tedros Adhanom Ghebreyesus",
         "WHO"),
    ],
    ids=["uk-instrumental", "uk-nominative-no-role", "uk-role-and-known", "ru-instrumental",
         "ru-particles", "en-full-name", "en-post-by-date-minister", "en-post-by-date-who"],
)  # fmt: skip
def test_gazetteer_officials_of_many_states(text, date, name, state):
    lang = "en" if text[0].isascii() else None
    actors = set()
    for e in extract_text(text, date=date, lang=lang):
        actors |= {(e["source_name"], e["source_state"]), (e["target_name"], e["target_state"])}
    assert (name, state) in actors, actors


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Приштина звинувачує Белград, НАТО посилює KFOR", ("XKX", "NATO", "-")),
        ("Саудівська Аравія звинуватила Катар у тісних зв'язках з Іраном.", ("SAU", "IRN", "-")),
        ("Анкара засудила втручання у відносини Туреччини і Катару.", ("TUR", "QAT", "-")),
        (
            "The PRC demanded that the US cancel plans to sell weapons to Taiwan.",
            ("CHN", "TWN", "-"),
        ),
        (
            "Mubarak said the US must be ready to mediate between Israel and Syria.",
            ("USA", "ISR", "+"),
        ),
        (
            "Argentina apologised to Brazil for its gunboat attacking a Brazilian ship.",
            ("ARG", "BRA", "-"),
        ),
        (
            "Miller said the 1951 treaty covers armed attacks on Philippine forces.",
            ("USA", "PHL", "-"),
        ),
        ("Greece and Turkey agreed to share information, a UN official said.", ("GRC", "UN", "+")),
        ("Китай висловив занепокоєння через навчання поблизу Тайваню.", ("CHN", "TWN", "-")),
    ],
    ids=[
        "uk-second-clause-without-joiner",
        "uk-named-in-the-charge",
        "uk-ties-of-others",
        "en-what-is-demanded",
        "en-what-must-be",
        "en-what-one-is-sorry-for",
        "en-content-of-what-was-said",
        "en-closing-attribution",
        "uk-near-a-place-is-no-target",
    ],
)
def test_what_is_not_an_event_between_these(text, wrong):
    events = extract_text(text, date="2023-09-22")
    assert wrong not in _pairs(events), text


def test_demand_falls_on_the_subject_of_what_is_demanded():
    events = extract_text(
        "The PRC demanded that the US cancel plans to sell weapons to Taiwan.", date="2000-01-01"
    )
    assert _pairs(events) == {("CHN", "USA", "-")}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "France recalled its ambassadors. Defence Minister Florence Parly called off talks "
            "with Britain.",
            "Florence Parly",
            "FRA",
        ),
        ("Jared Kushner, Trump's senior adviser, visited Abu Dhabi.", "Jared Kushner", "USA"),
        ("Прем'єр-міністр Косова Арбен Гаші звинуватив Сербію.", "Арбен Гаші", "XKX"),
        (
            "Міністр закордонних справ Катару шейх Халід бін Мухаммед Аль Атія відвідав Москву.",
            "Халід бін Мухаммед Аль Атія",
            "QAT",
        ),
        ("Король Эсватини Мсвати III призвал Алжир к диалогу.", "Mswati III", "SWZ"),
        (
            "Netanyahu signed with the Emirati foreign minister, Sheikh Abdullah bin Zayed "
            "Al Nahyan, at the White House.",
            "Abdullah bin Zayed Al Nahyan",
            "ARE",
        ),
        (
            "France's ambassador to the United States, Philippe Etienne, returned to Washington.",
            "Philippe Etienne",
            "FRA",
        ),
        (
            "In Moscow, Kremlin spokesman Dmitry Peskov cautioned against interference.",
            "Dmitry Peskov",
            "RUS",
        ),
        (
            "Речник Ради національної безпеки США Джон Кірбі закликав Сербію відвести війська.",
            "John Kirby",
            "USA",
        ),
        (
            "Постоянный представитель Марокко при ООН Омар Хилаль выступил в поддержку Израиля.",
            "Омар Хилаль",
            "MAR",
        ),
    ],
    ids=[
        "en-role-of-the-story-state",
        "en-name-then-possessive-role",
        "uk-name-kept-as-written",
        "uk-name-particles",
        "ru-regnal-number",
        "en-title-in-apposition",
        "en-post-then-apposition",
        "en-place-then-comma",
        "uk-capitalised-body",
        "ru-post-at-the-un",
    ],
)
def test_officials_from_roles_appositions_and_context(text, name, state):
    lang = "en" if text[0].isascii() else None
    actors = set()
    for e in extract_text(text, date="2023-09-22", lang=lang):
        actors |= {(e["source_name"], e["source_state"]), (e["target_name"], e["target_state"])}
    assert (name, state) in actors, actors


def test_promise_of_restrictions_is_no_cooperation():
    events = extract_text(
        "США пообіцяли запровадити нові обмеження проти Мінська.", date="2021-11-20"
    )
    assert {e["quad"] for e in events} == {3}


def test_appositions_and_surnames_name_officials():
    text = (
        "Niger's rulers ordered the French ambassador, Sylvain Itte, to leave.\n"
        "Президенты Венесуэлы и Гайаны Николас Мадуро и Ирфаан Али встретились. "
        "Блинкен провел телефонный разговор с Али."
    )
    actors = set()
    for lang in ("en", "ru"):
        for e in extract_text(text, date="2023-12-16", lang=lang):
            actors |= {(e["source_name"], e["source_state"]), (e["target_name"], e["target_state"])}
    assert {("Sylvain Itte", "FRA"), ("Irfaan Ali", "GUY")} <= actors


def test_the_bloc_is_the_organisation_just_named():
    text = "ECOWAS met in Abuja. The bloc imposed sanctions on Niger."
    pairs = _pairs(extract_text(text, date="2023-08-26"))
    assert ("ECOWAS", "NER", "-") in pairs and not any(p[0] == "NGA" for p in pairs)


def test_negation_drops_and_modality_makes_intent():
    assert extract_text("Росія не атакувала Молдову.", date="2023-09-22") == []
    events = extract_text("Байден готовий зустрітися з Кім Чен Ином.", date="2023-09-22")
    assert [(e["code"], e["quad"]) for e in events] == [("036", 1)]


def test_the_one_who_reports_is_not_a_target():
    events = extract_text(
        "Речник Кремля Дмитро Пєсков заявив, що Польща атакувала Білорусь.", date="2023-09-22"
    )
    pairs = {(e["source_state"], e["target_state"]) for e in events}
    assert ("POL", "BLR") in pairs
    assert not {p for p in pairs if "RUS" in p and p[1] is not None}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("18 серпня", ["2023-08-18"]),
        ("на початку серпня", ["2023-08"]),
        ("У вівторок вранці, 12 вересня,", ["2023-09-12"]),
        ("в июле", ["2023-07"]),
        ("в декабре", ["2022-12"]),
        ("вчера", ["2023-09-21"]),
        ("on Friday, August 18", ["2023-08-18"]),
        ("Aug. 3, 2021", ["2021-08-03"]),
        ("3 сентября, а на следующий день", ["2023-09-03", "2023-09-04"]),
        ("last Friday", ["2023-09-15"]),
        ("in 2019", ["2019"]),
        ("In February last year", ["2022-02"]),
        ("early next month", ["2023-10"]),
        ("Первого июля", ["2023-07-01"]),
        ("the 1951 Mutual Defense Treaty", []),
        ("On May 12 they met, and six days later", ["2023-05-12", "2023-05-18"]),
        ("5 червня вони зустрілися, а через п'ять днів", ["2023-06-05", "2023-06-10"]),
    ],
    ids=[
        "uk-day",
        "uk-early-month",
        "uk-weekday-day",
        "ru-month",
        "ru-last-year",
        "ru-yesterday",
        "en-weekday",
        "en-with-year",
        "ru-next-day",
        "en-last-weekday",
        "en-year",
        "en-month-last-year",
        "en-next-month",
        "ru-ordinal-day",
        "en-year-naming-a-treaty",
        "en-six-days-later",
        "uk-five-days-later",
    ],
)
def test_dates_resolve_against_the_document_date(text, values):
    assert [d.value for d in find_dates(text, parse_document_date("2023-09-22"))] == values


def test_event_without_a_date_takes_the_document_date():
    [event] = extract_text("Росія атакувала Україну.", date="2023-09-22")
    assert (event["date"], event["date_precision"]) == ("2023-09-22", "document")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("США і Японія", "uk"), ("США и Япония", "ru"), ("Japan and the US", "en")],
    ids=["uk", "ru", "en"],
)
def test_language_is_detected(text, lang):
    assert detect_language(text) == lang


def test_empty_file_and_text_without_events_give_nothing(tmp_path, runner):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert extract_file(empty, date="2023-09-22") == []
    plain = tmp_path / "weather.txt"
    plain.write_text("\ufeffСьогодні в Києві сонячно, без опадів.", encoding="utf-8")
    assert extract_file(plain, date="2023-09-22") == []
    result = runner.invoke(
        cli, ["extract", str(empty), "--date", "2023-09-22", "--format", "jsonl"]
    )
    assert (result.exit_code, result.stdout) == (0, "")


def test_binary_and_cp1251_files_are_refused_with_a_clear_message(tmp_path, runner):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="photo.txt: a binary file"):
        extract_file(binary, date="2023-09-22")
    legacy = tmp_path / "cp1251.txt"
    legacy.write_bytes("Росія атакувала Україну.".encode("cp1251"))
    result = runner.invoke(cli, ["extract", str(legacy), "--date", "2023-09-22"])
    assert result.exit_code == 1
    assert "cp1251.txt: not UTF-8 text" in result.stderr
    assert "iconv -f cp1251 -t utf-8" in result.stderr
    assert "Traceback" not in result.output


def test_invalid_date_is_a_usage_error(runner):
    result = runner.invoke(cli, ["extract", str(SEED_ARTICLE), "--date", "22.09.2023"])
    assert result.exit_code == 2
    assert "'22.09.2023' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    with pytest.raises(InputError, match="'2023-13-45' is not a valid date"):
        extract_text("Росія атакувала Україну.", date="2023-13-45")


@pytest.mark.parametrize("fmt", ["csv", "table"], ids=["csv", "table"])
def test_other_formats(runner, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(
        cli, ["extract", str(SEED_ARTICLE), "--date", "2023-09-22", "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("id,date,source,target" if fmt == "csv" else "date")


def test_a_known_surname_inside_a_longer_name_is_not_that_person():
    text = "Міністр оборони Пакистану Хасан Аббас Мірза прибув до Кабула."
    events = extract_text(text, date="2024-01-22")
    names = {(e["source_name"], e["source_state"]) for e in events}
    assert ("Хасан Аббас Мірза", "PAK") in names, names
    assert "person:mahmoud-abbas" not in {e[side] for e in events for side in ("source", "target")}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Литва подала скаргу до Світової організації торгівлі на Китай.",
            ("LTU", "CHN", "-"),
            ("LTU", "WTO", "-"),
        ),
        (
            "Австралия подала жалобу в ВТО на Китай из-за пошлин на ячмень.",
            ("AUS", "CHN", "-"),
            ("AUS", "WTO", "-"),
        ),
        (
            "Canada filed a complaint with the WTO against China over canola.",
            ("CAN", "CHN", "-"),
            ("CAN", "WTO", "-"),
        ),
    ],
    ids=["uk-complaint-to-wto", "ru-complaint-to-wto", "en-complaint-with-wto"],
)
def test_the_body_a_complaint_is_filed_with_is_a_forum_not_a_target(text, expected, wrong):
    pairs = _pairs(extract_text(text, date="2022-01-27"))
    assert expected in pairs and wrong not in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Представители Индии присутствовали на переговорах вместе с послом Японии.",
        "Представники Індії були присутні на переговорах разом з послом Японії.",
        "Indian diplomats attended the talks together with the Japanese ambassador.",
    ],
    ids=["ru", "uk", "en"],
)
def test_present_together_at_talks_is_no_relation(text):
    pairs = {frozenset(p[:2]) for p in _pairs(extract_text(text, date="2023-05-01"))}
    assert frozenset(("IND", "JPN")) not in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        "The United States urged members to hold Pyongyang to account.",
        "Britain urged the council to condemn Moscow.",
    ],
    ids=["hold-to-account", "condemn"],
)
def test_an_appeal_for_a_hostile_act_is_hostile_to_its_object(text):
    events = extract_text(text, date="2022-10-05")
    assert events and all(e["quad"] >= 3 for e in events if e["target"]), _pairs(events)


def test_an_appeal_goes_to_whom_it_is_made_not_to_the_object_of_the_act_urged():
    pairs = _pairs(extract_text("The US urged Japan to sanction Russia.", date="2022-10-05"))
    assert ("USA", "JPN", "+") in pairs and ("USA", "RUS", "+") not in pairs, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan protested on October 4. That evening Kishida spoke by phone with President "
            "Joe Biden.",
            ("JPN", "USA", "2023-10-04"),
        ),
        (
            "Польща 20 вересня викликала посла. Того вечора Дуда скасував зустріч із Зеленським.",
            ("POL", "UKR", "2023-09-20"),
        ),
        (
            "Польша 20 сентября вызвала посла. В тот же вечер Дуда отменил встречу с Зеленским.",
            ("POL", "UKR", "2023-09-20"),
        ),
    ],
    ids=["en-that-evening", "uk-that-evening", "ru-the-same-evening"],
)
def test_that_evening_is_the_day_told_before(text, expected):
    found = {
        (e["source_state"], e["target_state"], e["date"])
        for e in extract_text(text, date="2023-10-06")
    }
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel struck Hezbollah positions in southern Lebanon on Monday.", "en"),
        ("Ізраїль завдав ударів по позиціях Хезболли на півдні Лівану.", "uk"),
        ("Хуситы атаковали судно у берегов Йемена.", "ru"),
    ],
    ids=["en-hezbollah", "uk-hezbollah", "ru-houthis"],
)
def test_armed_groups_are_never_the_state_they_are_based_in(text, lang):
    default = extract_text(text, date="2024-10-07", lang=lang)
    assert not {e["source_kind"] for e in default} & {"other"}
    assert not [e for e in default if {e["source_state"], e["target_state"]} & {"LBN", "YEM"}]
    kept = extract_text(text, date="2024-10-07", lang=lang, groups=True)
    groups = [e for e in kept if "other" in (e["source_kind"], e["target_kind"])]
    assert groups, kept
    for e in groups:
        side = "source" if e["source_kind"] == "other" else "target"
        assert e[f"{side}_state"] == e[side] and e[side] in ("HEZBOLLAH", "HOUTHIS")


def _state_pairs(text, lang):
    events = extract_text(text, date="2023-10-20", lang=lang)
    return {(e["source_state"], e["target_state"]) for e in events if e["target_state"]}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Lavrov hosted his Armenian and Azerbaijani counterparts in Moscow, and the two "
            "sides agreed to a ceasefire.",
            "en",
            ("ARM", "AZE"),
        ),
        (
            "Россия и Турция подписали соглашение о поставках газа. Вскоре обе стороны "
            "договорились расширить торговлю.",
            "ru",
            ("RUS", "TUR"),
        ),
    ],
    ids=["en-same-sentence", "ru-sentence-before"],
)
def test_both_sides_are_the_last_two_parties(text, lang, pair):
    assert pair in _state_pairs(text, lang)


def test_both_sides_of_a_frontier_is_a_place():
    text = "Bogota said at least 285 people were injured on both sides of the frontier."
    assert _state_pairs(text, "en") == set()


def test_both_sides_without_a_pair_just_before_stay_unresolved():
    text = (
        "Japan and China signed a fisheries deal. The talks lasted a week. Nothing else was "
        "said. Egypt called on both sides to respect it."
    )
    assert not any("EGY" in pair for pair in _state_pairs(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Литва запретила транзит товаров России. Москва осудила этот шаг.", "ru", ("RUS", "LTU")),
        ("Польща закрила кордон з Білоруссю. Мінськ засудив цей крок.", "uk", ("BLR", "POL")),
        ("Japan expelled Russian diplomats. China criticised the move.", "en", ("CHN", "JPN")),
    ],
    ids=["ru", "uk", "en"],
)  # fmt: skip
def test_a_reaction_to_the_move_targets_the_actor_of_the_last_act(text, lang, pair):
    assert pair in _state_pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россельхознадзор ввёл запрет на ввоз рыбы из Японии.", "ru"),
        ("Россільгоспнагляд запровадив заборону на ввезення риби з Японії.", "uk"),
    ],
    ids=["ru", "uk"],
)
def test_a_state_agency_stands_for_its_state(text, lang):
    assert ("RUS", "JPN") in _state_pairs(text, lang)


def test_a_capitalised_month_word_before_a_name_is_a_name():
    dates = find_dates("Президентка Мая Санду заявила 13 лютого", parse_document_date("2023-08-01"))
    assert [d.value for d in dates] == ["2023-02-13"]


def test_two_presidents_named_together_keep_their_own_states():
    text = (
        "Rwanda accused Congo of shelling. In July President Felix Tshisekedi and President "
        "Paul Kagame met in Luanda under the mediation of Angola's President Joao Lourenco."
    )
    pairs = _state_pairs(text, "en")
    assert {("COD", "RWA"), ("COD", "AGO"), ("RWA", "AGO")} <= pairs


def test_two_unknown_presidents_together_do_not_share_a_guessed_state():
    text = (
        "Rwanda condemned the shelling on Monday. On Tuesday President Abel Mbenza and "
        "President Marc Duvali met Kenyan President William Ruto in Nairobi."
    )
    assert not any("RWA" in pair for pair in _state_pairs(text, "en"))
    # one such official alone still takes the story's state
    alone = text.replace("President Abel Mbenza and ", "")
    assert ("RWA", "KEN") in _state_pairs(alone, "en")


def test_mediation_pairs_the_mediator_with_the_pair_named_before_an_unknown_verb():
    text = (
        "Увечері Ердоган і президент Єгипту ас-Сісі потиснули один одному руки в Досі за "
        "посередництва еміра Катару."
    )
    pairs = {frozenset(p) for p in _state_pairs(text, "uk")}
    assert {frozenset(("QAT", "TUR")), frozenset(("QAT", "EGY"))} <= pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan expelled Russian diplomats on 12 March.\n\nRussia condemned Japan.", "2023-03-12"),
        (
            "Japan expelled Russian diplomats on 12 March. Nothing else happened.\n\n"
            "Russia condemned Japan.",
            "2023-04-01",
        ),
    ],
    ids=["goes-on-from-the-sentence-before", "not-past-an-undated-sentence"],
)
def test_an_undated_paragraph_goes_on_from_the_date_just_before(text, expected):
    events = extract_text(text, date="2023-04-01", lang="en")
    assert [e["date"] for e in events if e["source"] == "RUS"] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("Македония осудила Грецию за блокаду переговоров.", "ru", "MKD"),
        ("Македонія засудила Грецію за блокування переговорів.", "uk", "MKD"),
        ("Swaziland condemned Greece over the blockade.", "en", "SWZ"),
        ("Свазиленд осудил Грецию за блокаду.", "ru", "SWZ"),
        ("Zaire condemned Greece over the blockade.", "en", "COD"),
        ("Заїр засудив Грецію за блокаду.", "uk", "COD"),
        ("Берег Слоновой Кости осудил Грецию за блокаду.", "ru", "CIV"),
        ("Burma condemned Greece over the blockade.", "en", "MMR"),
    ],
    ids=["ru-macedonia", "uk-macedonia", "en-swaziland", "ru-swaziland", "en-zaire",
         "uk-zaire", "ru-ivory-coast", "en-burma"],
)  # fmt: skip
def test_an_old_state_name_is_its_state(text, lang, state):
    assert _state_pairs(text, lang) == {(state, "GRC")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В июне 2016 года Греция подписала договор с Болгарией. Затем Греция осудила "
            "Турцию. Через месяц, в июле, Греция выслала российских дипломатов.",
            "ru",
            "2016-07",
        ),
        (
            "У грудні 2016 року Греція підписала угоду з Болгарією. Через місяць, у січні, "
            "Греція вислала російських дипломатів.",
            "uk",
            "2017-01",
        ),
        (
            "In June 2016 Greece signed a treaty with Bulgaria. A month later, in July, Greece "
            "expelled Russian diplomats.",
            "en",
            "2016-07",
        ),
        (
            "В июне 2016 года Греция подписала договор с Болгарией. Греция блокирует переговоры "
            "с 1991 года. Через месяц, в июле, Греция выслала российских дипломатов.",
            "ru",
            "2016-07",
        ),
    ],
    ids=["ru", "uk-next-year", "en", "ru-past-a-background-year"],
)
def test_a_month_told_as_later_takes_the_year_of_the_date_before(text, lang, expected):
    events = extract_text(text, date="2021-11-01", lang=lang)
    assert [e["date"] for e in events if e["target"] == "RUS"] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Blinken met his Latvian colleague and condemned what he called Chinese pressure.",
         "en"),
        ("The United States condemned what Vilnius called Chinese coercion.", "en"),
        ("США осудили давление Китая на Латвию.", "ru"),
        ("США засудили китайський тиск на Латвію.", "uk"),
        ("США осудили то, что они назвали давлением Китая.", "ru"),
        ("США засудили те, що вони назвали китайським тиском.", "uk"),
    ],
    ids=["en-what-he-called", "en-what-a-state-called", "ru-genitive", "uk-adjective",
         "ru-what-they-called", "uk-what-they-called"],
)  # fmt: skip
def test_the_state_held_in_a_conflict_noun_is_the_target(text, lang):
    events = extract_text(text, date="2022-01-01", lang=lang)
    assert [e["target"] for e in events if e["code"] == "111"] == ["CHN"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия осудила Грецию. Президент Кампучии Пол Пот раскритиковал Грецию.", "ru"),
        ("Росія засудила Грецію. Президент Кампучії Пол Пот розкритикував Грецію.", "uk"),
        ("Russia condemned Greece. President Pol Pot of Kampuchea criticised Greece.", "en"),
    ],
    ids=["ru", "uk", "en"],
)
def test_an_official_of_a_state_unknown_by_name_takes_no_guessed_state(text, lang):
    events = extract_text(text, date="2022-01-01", lang=lang)
    assert [e["source"] for e in events] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Finland formally joined NATO on 4 April.", "en", {("FIN", "NATO")}),
        ("Фінляндія офіційно приєдналася до НАТО 4 квітня.", "uk", {("FIN", "NATO")}),
        ("Финляндия официально вступила в НАТО 4 апреля.", "ru", {("FIN", "NATO")}),
        (
            "Представители стран НАТО подписали протокол о вступлении Северной Македонии.",
            "ru",
            {("NATO", "MKD"), ("MKD", "NATO")},
        ),
        ("The treaty entered into force and Japan joined the talks.", "en", set()),
        ("Угода вступила в дію, а Японія приєдналася до переговорів з Китаєм.", "uk", set()),
        ("Москва пригрозила Фінляндії контрзаходами через її вступ до НАТО.", "uk", set()),
    ],
    ids=["en-joined", "uk-joined", "ru-joined", "ru-accession-noun", "en-joined-talks",
         "uk-entered-into-force", "uk-accession-of-her"],
)  # fmt: skip
def test_only_a_body_is_joined(text, lang, expected):
    events = extract_text(text, date="2023-05-10", lang=lang)
    found = {(e["source_state"], e["target_state"]) for e in events if e["code"] == "057"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "President Donald Trump signed an order to reimpose sanctions.\n"
            "France, Germany and Britain regretted the decision.",
            "en",
            {("FRA", "USA", "-"), ("DEU", "USA", "-"), ("GBR", "USA", "-")},
        ),
        (
            "The United States withdrew from the nuclear deal.\n"
            "France criticised the move. Israel welcomed the move.",
            "en",
            {("FRA", "USA", "-"), ("ISR", "USA", "+")},
        ),
        (
            "Россия и Турция провели переговоры. НАТО и Европейский союз промолчали.\n"
            "Москва раскритиковала расширение альянса.",
            "ru",
            {("RUS", "TUR", "+"), ("RUS", "NATO", "-")},
        ),
    ],
    ids=["a-move-with-no-target", "reactions-do-not-become-the-move", "the-alliance-is-nato"],
)
def test_the_move_and_the_alliance_refer_back(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-05-16", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The embassy raid split Latin America.", "en", set()),
        ("Рейд розколов Латинську Америку.", "uk", set()),
        ("The State Department condemned any violation of the Vienna Convention.", "en", set()),
        ("Речник Кремля Дмитро Пєсков висловив жаль через рішення Гельсінкі.", "uk",
         {("RUS", "FIN", "-")}),
        ("Транзит йшов через Польщу, і Росія розкритикувала Литву.", "uk", {("RUS", "LTU", "-")}),
        ("МЗС Росії вручило протест послові Фінляндії в Москві.", "uk", {("RUS", "FIN", "-")}),
        ("Фінляндія стала членом НАТО 4 квітня.", "uk", {("FIN", "NATO", "+")}),
        ("Пєсков висловив «глибокий жаль» через рішення Гельсінкі.", "uk", {("RUS", "FIN", "-")}),
        ("Сомалі може поскаржитися до Ради Безпеки ООН.", "uk", set()),
        ("Суд у Гаазі зобов'язав Росію виплатити компенсацію.", "uk", set()),
        ("Встреча в Бангкоке ничего не дала. Япония обвинила Южную Корею.", "ru",
         {("JPN", "KOR", "-")}),
        ("A court in The Hague ordered Russia to pay compensation.", "en", set()),
        ("The UN envoy welcomed the agreement, and Egypt, which borders Sudan to the north, "
         "called on both parties to respect the truce.", "en", set()),
        ("Armenia and Azerbaijan signed a peace deal brokered by the United States.", "en",
         {("ARM", "AZE", "+"), ("USA", "ARM", "+"), ("USA", "AZE", "+")}),
        (
            "Colombia, Chile, Argentina and Uruguay criticised the arrest, while Washington "
            "urged the two governments to settle their differences.",
            "en",
            set(),
        ),
        (
            "Хорватия и Словения провели переговоры.\nБрюссель готов помочь обеим странам.",
            "ru",
            {("HRV", "SVN", "+"), ("EU", "HRV", "+"), ("EU", "SVN", "+")},
        ),
    ],
    ids=["latin-america", "uk-latin-america", "vienna-convention", "regret-over-a-decision",
         "through-a-place-is-a-route", "protest-handed-to-an-envoy", "became-a-member",
         "a-short-quote-is-no-clause", "complained-to-a-forum", "uk-a-court-in-the-hague",
         "ru-a-meeting-in-bangkok", "en-a-court-in-the-hague", "and-x-which-then-its-verb",
         "brokered-by",
         "two-of-a-longer-list", "dative-both-countries"],
)  # fmt: skip
def test_places_in_names_causes_and_pairs(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-11-29", lang=lang)) == expected


def test_a_four_word_name_after_a_role_is_kept_whole():
    text = "Mexican Foreign Minister Ana María Pérez Soto broke off relations with Ecuador."
    events = extract_text(text, date="2024-04-06", lang="en")
    assert {e["source_name"] for e in events} == {"Ana María Pérez Soto"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Відень висловив протест Москві.", "uk", {("AUT", "RUS", "-")}),
        ("У Гаазі засудили дії Каракаса.", "uk", {("NLD", "VEN", "-")}),
        ("Москва звинуватила Відень у втручанні.", "uk", {("RUS", "AUT", "-")}),
        ("Осло засудило дії Мінська.", "uk", {("NOR", "BLR", "-")}),
        ("Берн заморозил активы Минска.", "ru", {("CHE", "BLR", "-")}),
        ("Бамако разорвал отношения с Абиджаном.", "ru", {("MLI", "CIV", "-")}),
        ("Лима отозвала посла из Каракаса.", "ru", {("PER", "VEN", "-")}),
        ("Montevideo recalled its ambassador from Asuncion.", "en", {("URY", "PRY", "-")}),
        ("Dar es Salaam signed an agreement with Nairobi.", "en", {("TZA", "KEN", "+")}),
    ],
    ids=["uk-vienna", "uk-the-hague-locative", "uk-vienna-accusative", "uk-oslo", "ru-bern",
         "ru-abidjan-instrumental", "ru-lima", "en-montevideo-asuncion", "en-dar-es-salaam"],
)  # fmt: skip
def test_a_capital_stands_for_its_state(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-01", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Летом 2015 года СМИ опубликовали записи. В конце июля Хорватия обвинила Словению.",
         "2015-07"),
        ("In 2009 the talks stalled. In November Croatia accused Slovenia.", "2009-11"),
        ("Croatia has blocked the talks since 2009. In June Croatia accused Slovenia.", "2017-06"),
    ],
    ids=["ru-summer-of-a-year", "en-in-a-year", "since-a-year-is-no-setting"],
)  # fmt: skip
def test_a_month_takes_the_year_the_story_is_told_in(text, expected):
    events = extract_text(text, date="2017-07-05")
    assert [e["date"] for e in events if e["target"]] == [expected]


def test_a_known_official_is_remembered_by_the_last_word_of_his_name():
    text = "Anatoly Antonov arrived at the State Department. Antonov accused Washington."
    events = extract_text(text, date="2021-03-10", lang="en")
    assert ("person:anatoly-antonov", "USA") in {(e["source"], e["target"]) for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Гаргаш написав, що Емірати стоять на боці Саудівської Аравії.", "uk",
         {("ARE", "SAU", "+")}),
        ("Столтенберг заявив, що Альянс солідарний із Туреччиною.", "uk", {("NATO", "TUR", "+")}),
        ("Нед Прайс сказал, что США стоят рядом с Литвой.", "ru", {("USA", "LTU", "+")}),
        ("МИД России вызвал временного поверенного в делах Литвы.", "ru", {("RUS", "LTU", "-")}),
        ("В Москве обещают «практический» ответ Литве.", "ru", {("RUS", "LTU", "-")}),
        ("Sisi warned that Egypt will not allow anyone to threaten Somalia.", "en", set()),
        ("The Arab League rejected the deal as a violation of Somali sovereignty.", "en", set()),
        ("Leaders of IGAD reaffirmed Somalia's territorial integrity.", "en",
         {("IGAD", "SOM", "+")}),
        ("The Arab League rejected the memorandum, and African Union Commission chairman Moussa "
         "Faki Mahamat called on Ethiopia to show restraint.", "en", {("AU", "ETH", "+")}),
    ],
    ids=["uk-stand-on-the-side-of", "uk-solidary-with", "ru-stand-beside", "ru-charge-summoned",
         "ru-a-promised-response", "not-allowed-to-threaten", "sovereignty-owner-is-no-target",
         "reaffirmed-integrity", "and-a-chairman-of-a-body-opens-a-clause"],
)  # fmt: skip
def test_stances_of_round_ten(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-01-22", lang=lang)) == expected


def test_both_sides_is_the_pair_of_the_sentence_just_before_only():
    text = (
        "Washington recognised Somalia's sovereignty. "
        "Egyptian President Abdel Fattah al-Sisi signed a decree. "
        "Kenya urged both sides to de-escalate."
    )
    assert _pairs(extract_text(text, date="2024-01-22", lang="en")) == {("USA", "SOM", "+")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В феврале 2022 года, за два дня до вторжения России в Украину, Алиев и Путин "
            "подписали в Кремле декларацию.",
            "ru",
            {("RUS", "UKR", "-"), ("AZE", "RUS", "+")},
        ),
        ("WASHINGTON, Jan 27 - Colombia said it would expel the Venezuelan envoy.", "en",
         {("COL", "VEN", "-")}),
    ],
    ids=["ru-a-time-phrase-names-no-party", "en-dateline-names-no-actor"],
)  # fmt: skip
def test_time_phrases_and_datelines(text, lang, expected):
    assert _pairs(extract_text(text, date="2025-01-27", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Про солідарність з Ер-Ріядом заявив і Бахрейн.", "uk", {("BHR", "SAU", "+")}),
        ("Россию осудил Вашингтон.", "ru", {("USA", "RUS", "-")}),
        ("Москву посетил премьер-министр Индии Нарендра Моди.", "ru", {("IND", "RUS", "+")}),
    ],
    ids=["uk-told-before-its-speech-verb", "ru-object-first", "ru-subject-after-verb"],
)
def test_free_word_order(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-06-22", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sisi held talks in Cairo with his Somali counterpart Hassan Sheikh Mohamud on Sunday.",
         "Hassan Sheikh Mohamud"),
        ("Somaliland's leader Muse Bihi Abdi met Kenya's president. Somali Prime Minister Hamza "
         "Abdi Barre condemned Kenya.", "Hamza Abdi Barre"),
    ],
    ids=["a-title-inside-a-name", "a-known-surname-inside-a-longer-name"],
)  # fmt: skip
def test_names_are_read_whole(text, name):
    events = extract_text(text, date="2024-01-22", lang="en")
    assert name in {e["source_name"] for e in events} | {e["target_name"] for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somalia reacted the next day. After an emergency cabinet meeting the government "
            "recalled its ambassador from Addis Ababa.",
            {("SOM", "ETH", "-")},
        ),
        (
            "Somalia reacted. The Kenyan government recalled its ambassador from Addis Ababa.",
            {("KEN", "ETH", "-")},
        ),
    ],
    ids=["the-government-is-the-story-state", "a-named-government-is-its-own"],
)
def test_the_government_of_the_story(text, expected):
    assert _pairs(extract_text(text, date="2024-01-22", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Франція закликала Іран звільнити судно.", "uk", {("FRA", "IRN", "-")}),
        ("The EU urged Russia to withdraw its troops.", "en", {("EU", "RUS", "-")}),
        ("Вірменія ратифікувала статут попри застереження Москви.", "uk", set()),
        ("Армения ратифицировала статут несмотря на возражения Москвы.", "ru", set()),
        ("Пашинян в інтерв'ю італійській газеті розкритикував Росію.", "uk",
         {("ARM", "RUS", "-")}),
        ("An official Syrian newspaper urged Arabs to mobilise against Israel.", "en",
         {("SYR", "ISR", "-")}),
        ("МКС видав ордер на арешт Путіна, звинувативши його в депортації українських дітей.",
         "uk", {("ICC", "RUS", "-")}),
        ("Israel is opposed to French mediation in talks with Syria.", "en",
         {("ISR", "FRA", "-"), ("ISR", "SYR", "+")}),
    ],
    ids=["uk-urged-to-release-is-a-demand", "en-urged-to-withdraw-is-a-demand", "uk-despite",
         "ru-despite", "a-newspaper-is-no-state", "an-official-newspaper-is",
         "arrest-warrant-and-the-charge", "mediation-is-no-media"],
)  # fmt: skip
def test_demands_despite_media_and_charges(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-10-04", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Катар, поддерживавший сирийскую оппозицию, министра не направил.", "ru", set()),
        ("Сирия возвращается в Лигу арабских государств.", "ru", {("SYR", "ARL", "+")}),
        ("Министры стран Лиги арабских государств проголосовали за восстановление членства "
         "Сирии.", "ru", {("SYR", "ARL", "+")}),
        ("Патель заявил, что США не намерены нормализовать отношения с Сирией.", "ru",
         {("USA", "SYR", "-")}),
    ],
    ids=["an-opposition-is-not-its-state", "returns-to-a-body", "membership-restored",
         "does-not-intend-is-a-refusal"],
)  # fmt: skip
def test_membership_opposition_and_refusals(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Джозеф У заявил журналистам, что Гондурас добивался от Тайбэя помощи, и обвинил Пекин "
         "в давлении.", "ru", {("TWN", "CHN", "-")}),
        ("The Japanese foreign minister said that China had broken the rules, and accused Beijing "
         "of lying.", "en", {("JPN", "CHN", "-")}),
        ("КНР всё жёстче давит на Тайвань.", "ru", {("CHN", "TWN", "-")}),
        ("Росія чинить тиск на Молдову.", "uk", {("RUS", "MDA", "-")}),
        ("Гамбія за підтримки ОІС подала позов проти М'янми.", "uk",
         {("OIC", "GMB", "+"), ("GMB", "MMR", "-")}),
        ("The Gambia filed the suit with the backing of the Organisation of Islamic Cooperation.",
         "en", {("OIC", "GMB", "+")}),
    ],
    ids=["ru-speaker-goes-on-after-content", "en-speaker-goes-on-after-content", "ru-pressure",
         "uk-pressure", "uk-with-the-backing-of", "en-with-the-backing-of"],
)  # fmt: skip
def test_speakers_pressure_and_backers(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-03-26", lang=lang)) == expected


def test_a_clause_opened_by_after_with_a_long_subject_keeps_its_subject():
    text = (
        "Trump wrote on social media, after Israeli Defense Minister Israel Katz had ordered "
        "strikes on Tehran."
    )
    events = extract_text(text, date="2025-06-24", lang="en")
    assert {(e["source_name"], e["target"]) for e in events if e["target"]} == {
        ("Israel Katz", "IRN")
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("МИД Турции вызвал нидерландского поверенного в делах.", "ru", {("TUR", "NLD", "-")}),
        ("Верховный представитель ЕС Федерика Могерини призвала Турцию воздерживаться от резких "
         "заявлений.", "ru",
         {("EU", "TUR", "-")}),
        ("Власти Нидерландов отозвали разрешение на посадку самолета министра иностранных дел "
         "Турции.", "ru", {("NLD", "TUR", "-")}),
        ("Ранее в этом месяце Эрдоган обвинил Берлин в нацистских методах.", "ru",
         {("TUR", "DEU", "-")}),
        ("Вечером из Германии приехала министр по делам семьи Турции.", "ru", set()),
    ],
    ids=["charge-summoned", "urged-to-refrain-is-a-demand", "landing-permission-revoked",
         "a-time-phrase-before-a-name", "where-one-comes-from-is-no-party"],
)  # fmt: skip
def test_round_twelve_classes(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-03-13", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milei called Maduro a dictator.", {("ARG", "VEN", "-")}),
        ("Caracas withdrew its diplomats from Argentina, Peru, the Dominican Republic and Uruguay.",
         {("VEN", "ARG", "-"), ("VEN", "PER", "-"), ("VEN", "DOM", "-"), ("VEN", "URY", "-")}),
        ("Maduro has found support elsewhere. Russian President Vladimir Putin congratulated him "
         "on Monday.", {("RUS", "VEN", "+")}),
    ],
    ids=["called-a-dictator", "the-inside-a-list", "him-is-the-last-official"],
)  # fmt: skip
def test_labels_lists_and_him(text, expected):
    assert _pairs(extract_text(text, date="2024-08-02", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Болгарія не дозволила Європейському Союзу затвердити переговорну рамку.", "uk",
         {("BGR", "EU", "-")}),
        ("Росія не дозволила Україні вивезти зерно.", "uk", {("RUS", "UKR", "-")}),
        ("Egypt will not allow anyone to threaten Somalia.", "en", set()),
        ("Sharif thanked Trump and also credited China, Saudi Arabia and Turkey.", "en",
         {("PAK", "USA", "+"), ("PAK", "CHN", "+"), ("PAK", "SAU", "+"), ("PAK", "TUR", "+")}),
    ],
    ids=["uk-did-not-allow-the-eu", "uk-did-not-allow-ukraine", "en-will-not-allow-anyone",
         "en-credited"],
)  # fmt: skip
def test_permission_refused_and_credit(text, lang, expected):
    assert _pairs(extract_text(text, date="2020-11-18", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("В ночь на 12 октября талибы атаковали пакистанские пограничные посты.", "2025-10-19",
         {("AFG", "PAK", "-")}),
        ("In May the Taliban attacked Pakistani border posts.", "2019-05-20", set()),
    ],
    ids=["taliban-government-since-2021", "taliban-group-before"],
)  # fmt: skip
def test_a_group_that_became_a_government(text, date, expected):
    assert _pairs(extract_text(text, date=date)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Греция и Македония провели переговоры.\nПосредник ООН вёл переговоры между двумя "
         "странами.", "ru", {("GRC", "MKD", "+"), ("UN", "GRC", "+"), ("UN", "MKD", "+")}),
        ("Греція та Македонія провели переговори.\nПосередник ООН вів переговори між двома "
         "країнами.", "uk", {("GRC", "MKD", "+"), ("UN", "GRC", "+"), ("UN", "MKD", "+")}),
    ],
    ids=["ru-between-the-two-countries", "uk-between-the-two-countries"],
)  # fmt: skip
def test_between_the_two_countries(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-06-17", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У суботу, 12 жовтня, Ліга арабських держав на засіданні в Каїрі засудила турецьке "
         "вторгнення.", {("ARL", "TUR", "-")}),
        ("Пашинян дорікав Організації Договору про колективну безпеку.", {("ARM", "CSTO", "-")}),
    ],
    ids=["the-first-noun-of-a-body-carries-its-case", "a-dative-body-after-its-verb"],
)  # fmt: skip
def test_the_case_of_a_body_named_in_several_words(text, expected):
    assert _pairs(extract_text(text, date="2019-10-18", lang="uk")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Эрдоган обвинил нидерландцев в нацизме.", "ru", {("TUR", "NLD", "-")}),
        ("Росіяни знову обстріляли Харків.", "uk", {("RUS", "UKR", "-")}),
        ("Пекін звинуватив американців у шпигунстві.", "uk", {("CHN", "USA", "-")}),
        ("Британцы ввели санкции против России.", "ru", {("GBR", "RUS", "-")}),
        ("Moscow accused the Germans of lying.", "en", {("RUS", "DEU", "-")}),
        ("Erdogan called the Dutch fascists.", "en", {("TUR", "NLD", "-")}),
    ],
    ids=["ru-the-dutch-as-object", "uk-the-russians-as-subject", "uk-the-americans-as-object",
         "ru-the-british-as-subject", "en-the-germans", "en-the-dutch"],
)  # fmt: skip
def test_a_states_people_stand_for_the_state(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-03-13", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Власти Чада объявили о прекращении действия соглашения о сотрудничестве в сфере "
         "обороны с Францией.", "ru", {("TCD", "FRA", "-")}),
        ("Уряд Чаду розірвав угоду з Францією.", "uk", {("TCD", "FRA", "-")}),
        ("Chad terminated its defence cooperation agreement with France.", "en",
         {("TCD", "FRA", "-")}),
    ],
    ids=["ru-termination-noun", "uk-tore-up-an-agreement", "en-terminated"],
)  # fmt: skip
def test_an_agreement_ended_is_no_cooperation(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-11-29", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Barack Obama and Raul Castro restored ties after secret talks hosted by Canada.", "en",
         {("USA", "CUB", "+"), ("CAN", "USA", "+"), ("CAN", "CUB", "+")}),
        ("Папа Франциск закликав Росію та Україну до переговорів.", "uk",
         {("VAT", "RUS", "+"), ("VAT", "UKR", "+")}),
    ],
    ids=["talks-hosted-by", "the-pope"],
)  # fmt: skip
def test_hosts_and_the_holy_see(text, lang, expected):
    assert _pairs(extract_text(text, date="2016-03-21", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected_pairs", "official"),
    [
        ("Кувейт та ОАЕ оголосили про відкликання своїх дипломатів із Бейрута, а напередодні "
         "Саудівська Аравія та Бахрейн вислали ліванських послів.",
         {("SAU", "LBN", "-"), ("BHR", "LBN", "-")}, None),
        ("Згодом глава марокканської дипломатії Насер Бурита попередив Іспанію.",
         {("MAR", "ESP", "-")}, "Nasser Bourita"),
    ],
    ids=["a-new-clause-is-no-coordination", "a-name-after-its-role"],
)  # fmt: skip
def test_clause_starts_and_roles_named(text, expected_pairs, official):
    events = extract_text(text, date="2021-10-30", lang="uk")
    assert expected_pairs <= _pairs(events)
    if official:
        assert official in {e["source_name"] for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Сербія скасувала своє рішення оголосити персоною нон грата посла Чорногорії.", "uk",
         {("SRB", "MNE", "+")}),
        ("Росія скасувала візит до Туреччини.", "uk", {("RUS", "TUR", "-")}),
        ("Сербія вислала посланицю Чорногорії після того, як Подгориця визнала незалежність "
         "Косова.", "uk", {("SRB", "MNE", "-"), ("MNE", "XKX", "+")}),
        ("Міністр заявив, що прибулих уже відправили назад до Марокко.", "uk", set()),
    ],
    ids=["a-hostile-act-cancelled", "a-visit-cancelled", "after-that-opens-a-clause",
         "sent-back-is-no-aid"],
)  # fmt: skip
def test_cancelling_and_after_that(text, lang, expected):
    assert _pairs(extract_text(text, date="2020-11-29", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Україна і Росія провели найбільший обмін полоненими від початку війни.", "uk",
         {("UKR", "RUS", "+")}),
        ("Pelosi, who went on to South Korea, met Kishida for breakfast.", "en",
         {("USA", "KOR", "+"), ("USA", "JPN", "+")}),
    ],
    ids=["uk-exchange-held-by-two", "en-speaker-of-the-house"],
)  # fmt: skip
def test_exchanges_and_congress(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-08-05", lang=lang)) == expected


def test_the_government_of_a_clause_is_the_state_its_sentence_opened_with():
    text = (
        "Президент Литвы Гитанас Науседа выступил в парламенте, а правительство осудило Белоруссию."
    )
    assert _pairs(extract_text(text, date="2021-05-25", lang="ru")) == {("LTU", "BLR", "-")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Асоціація держав Південно-Східної Азії вирішила не запрошувати главу хунти М'янми на "
         "саміт.", "uk", {("ASEAN", "MMR", "-")}),
        ("Россия решила не приглашать Эстонию на саммит.", "ru", {("RUS", "EST", "-")}),
    ],
    ids=["uk-decided-not-to-invite", "ru-decided-not-to-invite"],
)  # fmt: skip
def test_deciding_not_to_is_a_refusal(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-10-16", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian tanks rolled into Georgia on 8 August.", {("RUS", "GEO", "-")}),
        ("The last French troops left Mali, crossing into Niger.", set()),
    ],
    ids=["rolled-into", "crossing-into-is-no-incursion"],
)  # fmt: skip
def test_troops_rolling_into_a_state(text, expected):
    events = extract_text(text, date="2022-08-15", lang="en")
    assert {p for p in _pairs(events) if p[2] == "-"} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Международный суд ООН рассмотрел дело. В сентябре 2015 года суд отклонил "
         "предварительные возражения Чили.", "ru", {("ICJ", "CHL", "-")}),
        ("The International Court of Justice heard the case. The court ordered Myanmar to "
         "protect the Rohingya.", "en", {("ICJ", "MMR", "-")}),
        ("The Supreme Court of India ruled on the case. Pakistan condemned the court.", "en",
         set()),
    ],
    ids=["ru-the-court-named-last", "en-the-court-named-last", "a-national-court-is-none"],
)  # fmt: skip
def test_the_court_is_the_court_named_last(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-10-02", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Международный суд ООН отказал Боливии в праве требовать от Чили выхода к океану.", "ru",
         {("ICJ", "BOL", "-")}),
        ("Israel denied entry to two US congresswomen.", "en", {("ISR", "USA", "-")}),
    ],
    ids=["ru-denied-a-right-to-demand", "en-denied-entry"],
)  # fmt: skip
def test_denying_and_rights(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-10-02", lang=lang)) == expected


def test_a_main_clause_after_a_subordinate_one_with_a_possessive_subject():
    text = (
        "On Monday, a day before the Chinese ship arrived, India's navy handed over a Dornier "
        "aircraft to Sri Lanka."
    )
    assert _pairs(extract_text(text, date="2022-08-22", lang="en")) == {("IND", "LKA", "+")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Правительство Науру объявило, что больше не признает Китайскую Республику и разрывает "
         "с Тайбэем дипломатические отношения.", "ru", {("NRU", "TWN", "-")}),
        ("Кенія не визнає рішення суду ООН у суперечці із Сомалі.", "uk", {("KEN", "ICJ", "-")}),
    ],
    ids=["ru-no-longer-recognises-the-roc", "uk-does-not-recognise-the-un-court"],
)  # fmt: skip
def test_recognition_withheld(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-01-24", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "date", "name", "state"),
    [
        ("Зеленський провів переговори з Акуфо-Аддо.", "2023-05-10", "Nana Akufo-Addo", "GHA"),
        ("Кулеба зустрівся з президентом Сенегалу Макі Саллом.", "2022-10-05", "Macky Sall", "SEN"),
        ("Зеленський зустрівся з Мнангагвою.", "2023-03-01", "Emmerson Mnangagwa", "ZWE"),
        ("Путин провел переговоры с Бердымухамедовым в Ашхабаде.", "2019-10-11",
         "Gurbanguly Berdimuhamedov", "TKM"),
        ("Лавров провел переговоры с Жапаровым.", "2022-06-01", "Sadyr Japarov", "KGZ"),
        ("Макрон встретился с Уаттарой.", "2023-03-01", "Alassane Ouattara", "CIV"),
        ("Adama Barrow thanked Senegal for its support.", "2017-02-01", "Adama Barrow", "GMB"),
        ("Mahamat Deby met Putin in Moscow.", "2024-01-23", "Mahamat Déby", "TCD"),
    ],
    ids=["uk-ghana-nominative", "uk-senegal-instrumental", "uk-zimbabwe-instrumental",
         "ru-turkmenistan-instrumental", "ru-kyrgyzstan-instrumental",
         "ru-cote-divoire-instrumental", "en-gambia", "en-chad"],
)  # fmt: skip
def test_officials_of_smaller_states(text, date, name, state):
    lang = "en" if text[0].isascii() else None
    actors = set()
    for e in extract_text(text, date=date, lang=lang):
        actors |= {(e["source_name"], e["source_state"]), (e["target_name"], e["target_state"])}
    assert (name, state) in actors, actors


@pytest.mark.parametrize(
    "text",
    [
        "Президент Боливии Эво Моралес прилетел в Гаагу на оглашение решения суда.",
        "Правительство Боливии подало иск в Гаагу в 2013 году.",
    ],
    ids=["travel-to-the-hague", "suit-filed-in-the-hague"],
)
def test_the_hague_as_the_seat_of_the_courts_is_no_party(text):
    assert not [p for p in _pairs(extract_text(text, date="2018-10-02", lang="ru")) if "NLD" in p]


def test_extraction_does_not_depend_on_the_hash_seed():
    # sets of lemmas iterate in an order that changes with PYTHONHASHSEED; the output must not
    article = ARTICLES / "heldout17" / "uk_burundi_rwanda_border.txt"
    outputs = set()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-m", "graphctl", "extract", str(article), "--date", "2023-01-01",
             "--format", "jsonl"],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        outputs.add(result.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The African Union said it would stop recognising Jammeh as president.", "en",
         {("AU", "GMB", "-")}),
        ("Росія припинила постачання газу до Молдови.", "uk", {("RUS", "MDA", "-")}),
        ("Китай перестал закупать австралийский уголь.", "ru", {("CHN", "AUS", "-")}),
    ],
    ids=["en-stop-recognising", "uk-stop-supplying", "ru-stop-buying"],
)  # fmt: skip
def test_stopping_a_cooperative_act_is_a_reduction_of_ties(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-01-22", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ECOWAS chief warned that the troops would march on Banjul if Jammeh had not left "
         "by noon.", "en",
         ("ECOWAS", "GMB", "-")),
        ("Анкара попередила, що війська вдарять по Дамаску.", "uk", ("TUR", "SYR", "-")),
        ("Анкара предупредила, что войска нанесут удар по Дамаску.", "ru", ("TUR", "SYR", "-")),
    ],
    ids=["en-the-troops", "uk-війська", "ru-войска"],
)  # fmt: skip
def test_a_threat_made_through_the_speakers_forces_is_the_speakers(text, lang, expected):
    assert expected in _pairs(extract_text(text, date="2017-01-22", lang=lang))


def test_someone_along_with_the_subject_before_the_verb_acts_too():
    text = (
        "Guinea's President Alpha Condé, who together with Mauritanian President Mohamed Ould "
        "Abdel Aziz had spent two days in Banjul persuading Jammeh to step down, left."
    )
    pairs = _pairs(extract_text(text, date="2017-01-21", lang="en"))
    assert {("GIN", "GMB", "+"), ("MRT", "GMB", "+")} <= pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marcel de Souza, president of the ECOWAS Commission, warned Jammeh.", "Marcel de Souza"),
    ],
    ids=["en-commission-is-no-name"],
)
def test_a_body_after_a_role_is_no_persons_name(text, name):
    events = extract_text(text, date="2017-01-20", lang="en")
    assert {(e["source_name"], e["source_state"]) for e in events} == {(name, "ECOWAS")}


def test_an_english_verb_spelled_like_a_month_is_no_date():
    doc = parse_document_date("2017-01-20")
    assert find_dates("the troops would march on the capital", doc) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Senegalese troops crossed into the Gambia.", "en", {("SEN", "GMB", "-")}),
        ("Russian troops entered Georgia.", "en", {("RUS", "GEO", "-")}),
        ("Російські війська увійшли до Грузії.", "uk", {("RUS", "GEO", "-")}),
        ("Туркменские войска пересекли границу Афганистана.", "ru", {("TKM", "AFG", "-")}),
        ("Thousands of Gambians crossed into Senegal.", "en", set()),
        ("The law entered into force in Chad and Niger.", "en", set()),
    ],
    ids=["en-troops-cross-into", "en-troops-enter", "uk-війська-увійшли", "ru-войска-пересекли",
         "en-refugees-cross", "en-treaty-enters-into-force"],
)  # fmt: skip
def test_troops_crossing_in_are_an_incursion_and_nobody_else_is(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-01-22", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a joint declaration, the Economic Community of West African States (ECOWAS), the "
         "African Union and the United Nations pledged to protect Jammeh's family.",
         {("ECOWAS", "GMB", "+"), ("AU", "GMB", "+"), ("UN", "GMB", "+")}),
        ("Adama Barrow was sworn in on Thursday. In his inaugural address he asked ECOWAS to "
         "help his government.", {("GMB", "ECOWAS", "+")}),
    ],
    ids=["acronym-in-brackets-is-no-clause", "he-after-an-opening-phrase"],
)  # fmt: skip
def test_subjects_past_brackets_and_opening_phrases(text, expected):
    assert _pairs(extract_text(text, date="2017-01-22", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Pompeo flew to Riyadh a week ago and went on to Ankara the next day.",
         ["2018-10-16", "2018-10-17"]),
        ("Посол прилетів до Києва тиждень тому.", ["2018-10-16"]),
        ("Переговоры прошли три дня назад.", ["2018-10-20"]),
        ("Investigators searched the consulate the following night.", ["2018-10-15"]),
    ],
    ids=["en-a-week-ago-then-the-next-day", "uk-тиждень-тому", "ru-три-дня-назад",
         "en-the-following-night"],
)  # fmt: skip
def test_days_counted_back_from_the_document_or_on_from_the_day_before(text, values):
    found = find_dates(text, parse_document_date("2018-10-23"), anchor="2018-10-14")
    assert [d.value for d in found] == values


def test_a_date_in_a_reported_clause_dates_the_report_not_the_speech():
    text = (
        "Erdogan spoke to reporters on Tuesday, October 23.\n\n"
        "Erdogan accused Riyadh and said a team of Saudi officials had flown in on Oct. 2."
    )
    dated = {
        (e["source_state"], e["target_state"]): e["date"]
        for e in extract_text(text, date="2018-10-23", lang="en")
        if e["target_state"]
    }
    assert dated == {("TUR", "SAU"): "2018-10-23"}


@pytest.mark.parametrize(
    ("text", "lang", "name", "state"),
    [
        ("Turkish President Tayyip Erdogan called on Riyadh to act.", "en",
         "Recep Tayyip Erdogan", "TUR"),
        ("Президент Туреччини Таїп Ердоган закликав Ер-Ріяд діяти.", "uk",
         "Recep Tayyip Erdogan", "TUR"),
    ],
    ids=["en-tayyip-erdogan", "uk-таїп-ердоган"],
)  # fmt: skip
def test_a_given_name_before_a_known_surname_is_that_persons(text, lang, name, state):
    events = extract_text(text, date="2018-10-23", lang=lang)
    assert {(e["source_name"], e["source_state"]) for e in events} == {(name, state)}


def test_a_different_given_name_before_a_known_surname_is_someone_else():
    text = "Foreign Minister Luis Gilberto Murillo met Blinken in Washington."
    names = {e["source_name"] for e in extract_text(text, date="2025-01-28", lang="en")}
    assert "Rosario Murillo" not in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Міністр закордонних справ Ізраїлю доручив тимчасовому повіреному у Варшаві негайно "
         "повернутися додому для консультацій.", "uk"),
        ("Израиль отозвал посла из Варшавы для консультаций.", "ru"),
        ("Israel recalled its ambassador in Warsaw for consultations.", "en"),
    ],
    ids=["uk-повернутися-для-консультацій", "ru-отозвал-для-консультаций", "en-envoy-in-warsaw"],
)  # fmt: skip
def test_an_envoy_called_home_for_consultations_is_a_recall(text, lang):
    assert _pairs(extract_text(text, date="2021-08-16", lang=lang)) == {("ISR", "POL", "-")}


def test_an_act_takes_the_date_of_its_own_clause_before_one_told_earlier():
    text = (
        "Canada announced countermeasures from July 1, while Mexico imposed duties on American "
        "pork on June 5."
    )
    dated = {
        (e["source_state"], e["target_state"]): e["date"]
        for e in extract_text(text, date="2018-06-22", lang="en")
        if e["target_state"]
    }
    assert dated[("MEX", "USA")] == "2018-06-05"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("12 апреля министр побывал в Джидде. Спустя шесть дней министр прилетел в Дамаск.",
         ["2023-04-12", "2023-04-18"]),
        ("В феврале 2022 года, за два дня до вторжения, Алиев и Путин подписали декларацию.",
         ["2022-02"]),
    ],
    ids=["ru-спустя-шесть-дней", "ru-days-before-counted-from-no-day"],
)  # fmt: skip
def test_days_counted_from_a_day_told_and_never_from_a_month(text, values):
    found = find_dates(text, parse_document_date("2023-05-08"), anchor="2023-05-01")
    assert [d.value for d in found] == values


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The advance followed a vote in the U.N. Security Council endorsing the ECOWAS effort "
         "and calling on Jammeh to hand over power.", "en",
         {("UN", "ECOWAS", "+"), ("UN", "GMB", "-")}),
        ("Washington's backing for Kurdish fighters and Ankara's purchase of Russian missiles "
         "strained ties.", "en", set()),
    ],
    ids=["en-participles-after-their-actor", "en-possessive-ing-is-a-noun"],
)  # fmt: skip
def test_an_english_participle_acts_for_the_actor_it_follows(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-01-22", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Президент Франції закликав Мадуро піти у відставку.", "uk", ("FRA", "VEN", "-")),
        ("Condé spent two days persuading Jammeh to step down.", "en", ("GIN", "GMB", "+")),
    ],
    ids=["uk-appeal-to-step-down-is-a-demand", "en-persuading-is-no-demand"],
)  # fmt: skip
def test_an_appeal_to_leave_power_is_a_demand_and_persuasion_is_not(text, lang, expected):
    assert expected in _pairs(extract_text(text, date="2017-01-21", lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("НАТО закликало Росію забезпечити безперешкодний доступ до портів.", "uk",
         {("NATO", "RUS", "-")}),
        ("Китай закликав США поважати суверенітет Китаю.", "uk", {("CHN", "USA", "-")}),
        ("NATO called on Russia to ensure unhindered access to the ports.", "en",
         {("NATO", "RUS", "-")}),
        ("Могеріні заявила, що очікує від Росії відновлення свободи проходу.", "uk",
         {("EU", "RUS", "-")}),
        ("Брюссель призвал Загреб и Любляну выполнить решение суда.", "ru",
         {("EU", "HRV", "+"), ("EU", "SVN", "+")}),
        ("The EU urged Serbia and Kosovo to resume dialogue.", "en",
         {("EU", "SRB", "+"), ("EU", "XKX", "+")}),
    ],
    ids=["uk-appeal-to-ensure", "uk-appeal-to-respect", "en-call-on-to-ensure",
         "uk-expects-from", "ru-both-sides-to-comply-is-mediation", "en-appeal-to-talk"],
)  # fmt: skip
def test_an_appeal_that_one_side_comply_is_a_demand(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-11-26", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("У НАТО також закликали Росію забезпечити доступ до портів.", "uk",
         {("NATO", "RUS", "-")}),
        ("В Кремле осудили решение Вашингтона.", "ru", {("RUS", "USA", "-")}),
        ("У Пекіні засудили візит Пелосі до Тайваню.", "uk", {("CHN", "USA", "-")}),
    ],
    ids=["uk-у-нато-закликали", "ru-в-кремле-осудили", "uk-whose-visit-is-no-subject"],
)  # fmt: skip
def test_those_inside_a_body_speak_for_it(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-08-03", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Merkel said that Berlin would not approve any new arms exports to Saudi Arabia.", "en",
         {("DEU", "SAU", "-")}),
        ("Erdogan called on Riyadh to hand over the 18 suspects.", "en", {("TUR", "SAU", "-")}),
        ("Russia will not attack Ukraine, Lavrov said.", "en", set()),
    ],
    ids=["en-would-not-approve-is-a-refusal", "en-appeal-to-hand-over-is-a-demand",
         "en-will-not-attack-is-nothing"],
)  # fmt: skip
def test_what_one_will_not_do_for_another_is_a_refusal(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-10-23", lang=lang)) == expected


def test_a_sentence_may_open_with_its_subordinate_clause():
    text = "After Erdogan and King Salman spoke by phone on Oct. 14, they set up a working group."
    assert _pairs(extract_text(text, date="2018-10-23", lang="en")) == {("TUR", "SAU", "+")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ethiopia expelled seven UN officials on Thursday. The UN accused Ethiopia of a "
         "blockade. Washington condemned the expulsions the same day.", "en",
         {("ETH", "UN", "-"), ("UN", "ETH", "-"), ("USA", "ETH", "-")}),
        ("Росія вислала двох литовських дипломатів. США засудили цю висилку.", "uk",
         {("RUS", "LTU", "-"), ("USA", "RUS", "-")}),
        ("Pakistan struck Afghan border posts. Washington condemned the strikes by militants.",
         "en", {("PAK", "AFG", "-")}),
    ],
    ids=["en-the-expulsions-are-the-last-expellers", "uk-цю-висилку",
         "en-strikes-with-their-own-target"],
)  # fmt: skip
def test_a_named_kind_of_act_is_the_last_act_of_that_kind(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-10-07", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("У квітні президент Родріго Дутерте пригрозив «оголосити війну» Канаді, якщо вона не "
         "забере своє сміття.", "uk",
         {("PHL", "CAN", "-")}),
        ("Так добігає кінця суперечка, через яку Маніла відкликала свого посла з Канади.", "uk",
         {("PHL", "CAN", "-")}),
        ("Так заканчивается спор, из-за которого Манила отозвала посла из Канады.", "ru",
         {("PHL", "CAN", "-")}),
        ("Токаєв виступав поруч із Володимиром Путіним. Того ж дня двоє президентів провели "
         "переговори.", "uk", {("KAZ", "RUS", "+")}),
    ],
    ids=["uk-threat-addressed-in-the-dative", "uk-через-яку-opens-a-clause",
         "ru-из-за-которого-opens-a-clause", "uk-двоє-президентів"],
)  # fmt: skip
def test_addressees_relative_clauses_and_the_two_leaders(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-07-06", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Blinken said the United States was deeply concerned about the Polish law.", "en",
         {("USA", "POL", "-")}),
        ("Вашингтон стурбований діями Росії.", "uk", {("USA", "RUS", "-")}),
        ("Вашингтон обеспокоен действиями России.", "ru", {("USA", "RUS", "-")}),
        ("Lapid, whose father survived the Holocaust in Budapest, had clashed with Morawiecki.",
         "en",
         {("ISR", "POL", "-")}),
    ],
    ids=["en-concerned-about", "uk-стурбований", "ru-обеспокоен", "en-whose-opens-a-clause"],
)  # fmt: skip
def test_concern_as_a_state_of_mind_and_whose_clauses(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-08-16", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Польща підтримала позицію Києва.", "uk", {("POL", "UKR", "+")}),
        ("Речник Білого дому засудив Москву.", "uk", {("USA", "RUS", "-")}),
        ("Рада співробітництва арабських держав Перської затоки засудила Ліван.", "uk",
         {("GCC", "LBN", "-")}),
        ("ССАГПЗ осудил Ливан.", "ru", {("GCC", "LBN", "-")}),
    ],
    ids=["uk-києва-alternates-with-київ", "uk-білого-дому-three-letter-word", "uk-gcc", "ru-gcc"],
)  # fmt: skip
def test_names_whose_first_letters_alternate_in_their_cases(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-11-01", lang=lang)) == expected


def test_items_listed_after_a_colon_are_not_the_speakers_acts():
    text = (
        "У Москві перелічили недружні кроки вірменського керівництва: запуск ратифікації "
        "Римського статуту, поїздку до Києва."
    )
    assert ("RUS", "UKR", "+") not in _pairs(extract_text(text, date="2023-10-04", lang="uk"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В ноябре 2009 года Хорватия и Словения подписали соглашение об арбитраже. Посредником "
         "выступила Швеция.", "ru",
         {("HRV", "SVN", "+"), ("SWE", "HRV", "+"), ("SWE", "SVN", "+")}),
        ("Armenia and Azerbaijan fought a war in 2020. The fighting ended in a truce brokered by "
         "Moscow.", "en", {("ARM", "AZE", "-"), ("RUS", "ARM", "+"), ("RUS", "AZE", "+")}),
    ],
    ids=["ru-mediator-of-the-pair-before", "en-brokered-by-after-the-pair-before"],
)  # fmt: skip
def test_a_mediator_without_parties_of_its_own_mediates_the_last_pair(text, lang, expected):
    assert _pairs(extract_text(text, date="2017-07-05", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('Trump called Trudeau "very dishonest & weak" in a tweet.', "en", {("USA", "CAN", "-")}),
        ("Trump called Trudeau on Monday to discuss trade.", "en", {("USA", "CAN", "+")}),
        ("Блінкен закликав Дуду не підписувати закон.", "uk", {("USA", "POL", "-")}),
        ("Blinken urged Duda not to sign the law.", "en", {("USA", "POL", "-")}),
        ("Colombia asked Washington for an explanation.", "en", {("COL", "USA", "-")}),
        ("Міністр фінансів Ізраїлю Бецалель Смотрич заявив, що припиняє передавати "
         "Палестинській національній адміністрації податкові надходження.", "uk",
         {("ISR", "PSE", "-")}),
        ("Putin called the attacks on Iran unprovoked aggression.", "en", set()),
        ("Washington condemned the strikes on Kabul.", "en", set()),
        ("Польща засудила напад Росії на Україну.", "uk", {("POL", "RUS", "-")}),
    ],
    ids=["en-named-in-quotes", "en-a-phone-call", "uk-appeal-not-to-act",
         "en-urged-not-to", "en-asked-for-an-explanation", "uk-stops-transferring",
         "en-called-on-is-tight", "en-the-struck-is-no-target", "uk-the-striker-is"],
)  # fmt: skip
def test_naming_appeals_not_to_act_and_the_struck(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-05-22", lang=lang)) == expected


def test_a_portfolio_after_minister_leaves_the_name_to_follow():
    text = "Педро Санчес визнав Палестину. Міністр фінансів Бецалель Смотрич заявив про це."
    events = extract_text(text, date="2024-05-22", lang="uk")
    assert ("Bezalel Smotrich", "ISR") in {(e["source_name"], e["source_state"]) for e in events}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Спустя девять дней министр прилетел в Дамаск.", ["2024-01-19"]),
        ("У липні 2021 року Бурунді передало бойовиків, а наступного року прем'єр приїхав.",
         ["2021-07", "2022"]),
        ("On New Year's Day Ethiopia signed the memorandum.", ["2024-01-01"]),
    ],
    ids=["ru-спустя-девять-дней", "uk-наступного-року-after-the-year-told",
         "en-new-years-day"],
)  # fmt: skip
def test_more_dates_counted_from_what_the_story_told(text, values):
    found = find_dates(text, parse_document_date("2024-01-22"), anchor="2024-01-10")
    assert [d.value for d in found] == values


def test_a_year_counted_from_does_not_date_the_act():
    text = "Глава МИД Ирана впервые с 2010 года посетил Египет."
    (event,) = [e for e in extract_text(text, date="2024-01-22", lang="ru") if e["target_state"]]
    assert (event["date"], event["date_precision"]) == ("2024-01-22", "document")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Посол США Лиза Кенна встретилась с ней вскоре после присяги и заверила в поддержке.",
         "ru", set()),
        ("Washington imposed sanctions on two Turkish ministers, deepening the worst crisis "
         "between the two NATO allies in decades.", "en", {("USA", "TUR", "-")}),
        ("Iraq's National Security Council condemned Turkey.", "en", set()),
    ],
    ids=["ru-после-is-no-ambassador", "en-nato-allies-are-its-members",
         "en-a-national-security-council-is-no-un-body"],
)  # fmt: skip
def test_words_that_only_look_like_actors(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-01-01", lang=lang)) == expected


def test_a_preposition_is_no_role_noun():
    from graphctl.extract.coder import SentenceCoder
    from graphctl.extract.sentences import Sentence, tokenize

    coder = SentenceCoder("ru", parse_document_date("2022-01-01"))
    sentence = Sentence("После встречи посол уехал.", 0, 26, 0)
    sentence.tokens = tokenize(sentence.text)
    coder.analyse(sentence)
    assert [coder._role_at(sentence.tokens, k) for k in (0, 2)] == [None, "ambassador"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Киргизия и Таджикистан начали переговоры. В воскресенье стороны подписали протокол.",
         "ru", {("2022-09-26", "KGZ", "TJK"), ("2022-09-25", "KGZ", "TJK")}),
        ("Kyrgyzstan and Tajikistan began talks on Friday. On Sunday the sides signed a protocol.",
         "en", {("2022-09-23", "KGZ", "TJK"), ("2022-09-25", "KGZ", "TJK")}),
        ("Киргизия и Таджикистан начали переговоры. Со стороны России участвовал Лавров.", "ru",
         {("2022-09-26", "KGZ", "TJK")}),
    ],
    ids=["ru-стороны", "en-the-sides", "ru-со-стороны-is-no-pair"],
)  # fmt: skip
def test_the_sides_are_the_last_pair(text, lang, expected):
    events = extract_text(text, date="2022-09-26", lang=lang)
    assert {(e["date"], e["source_state"], e["target_state"]) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Iran and Saudi Arabia signed a deal. The United States accused both countries of lying.",
         "en", {("IRN", "SAU", "+"), ("USA", "IRN", "-"), ("USA", "SAU", "-")}),
        ("Israel opened an embassy in Abu Dhabi.", "en", {("ISR", "ARE", "+")}),
        ("Азербайджан відкрив посольство в Ізраїлі.", "uk", {("AZE", "ISR", "+")}),
    ],
    ids=["en-both-countries-of-lying", "en-embassy-opened-in-a-capital",
         "uk-посольство-відкрили-в"],
)  # fmt: skip
def test_the_pair_accused_and_embassies_opened(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-03-10", lang=lang)) == expected


def test_the_two_countries_reopening_embassies_is_an_act_of_its_own_day():
    text = (
        "Iran and Saudi Arabia agreed to restore ties. On Monday the two countries reopened "
        "embassies."
    )
    dated = {e["date"] for e in extract_text(text, date="2023-03-22", lang="en")}
    assert "2023-03-20" in dated


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 мая Микдад обсудил условия возвращения Сирии в Аммане с главами МИД Иордании и "
         "Египта.", "ru", {("SYR", "JOR", "+"), ("SYR", "EGY", "+")}),
        ("Госдепартамент признал Болуарте конституционным президентом.", "ru",
         {("USA", "PER", "+")}),
    ],
    ids=["ru-listed-consonant-name-is-nominative", "ru-vowel-name-may-be-an-object"],
)  # fmt: skip
def test_a_listed_name_keeps_the_nominative_morphology_misses(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("12 апреля министр иностранных дел Сирии Фейсал Микдад впервые с начала войны побывал в "
         "Саудовской Аравии.", "ru", {("SYR", "SAU", "+")}),
        ("Премьер-министр Дании Ларс Лёкке Расмуссен предложил отложить намеченный на 20 марта "
         "визит турецкого премьера Бинали Йылдырыма в Копенгаген.", "ru", {("DNK", "TUR", "-")}),
        ("China sanctions Pelosi, halts climate and military talks with US over Taiwan visit.",
         "en", {("CHN", "USA", "-")}),
        ("Lavrov talks with Wang Yi in Beijing.", "en", {("RUS", "CHN", "+")}),
    ],
    ids=["ru-побывал-is-a-visit", "ru-отложить-визит-ends-it", "en-halts-military-talks",
         "en-talks-as-a-verb"],
)  # fmt: skip
def test_visits_made_and_visits_or_talks_put_off(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Спустя шесть дней саудовский министр прилетел в Дамаск, где его принял Асад.", "ru",
         {("SAU", "SYR", "+")}),
        ("Совбез ООН принял резолюцию против Ирана.", "ru", set()),
        ("Россия грозит Молдове ответными мерами.", "ru", {("RUS", "MDA", "-")}),
        ("Болгарія заветувала переговори Північної Македонії з ЄС.", "uk", {("BGR", "MKD", "-")}),
        ("Россия включила Японию в перечень недружественных стран.", "ru", {("RUS", "JPN", "-")}),
        ("Україна і Росія обміняли полонених.", "uk", {("UKR", "RUS", "+")}),
        ("Угорщина висловила заперечення проти санкцій ЄС.", "uk", {("HUN", "EU", "-")}),
        ("Лавров охарактеризував дії Вашингтона як провокацію.", "uk", {("RUS", "USA", "-")}),
        ("Госдеп считает влияние Китая угрозой.", "ru", {("USA", "CHN", "-")}),
    ],
    ids=["ru-принял-an-official", "ru-принял-a-resolution", "ru-грозит", "uk-заветувала",
         "ru-unfriendly-list", "uk-обміняли", "uk-заперечення", "uk-охарактеризував",
         "ru-считает-угрозой"],
)  # fmt: skip
def test_more_verbs_read_from_held_out_rounds(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Алжир приостановил договор с Испанией, а с Марокко разорвал отношения еще в 2021 году.",
         "ru", {("DZA", "ESP", "-"), ("DZA", "MAR", "-")}),
        ("Алжир призупинив договір з Іспанією, а з Марокко розірвав відносини ще у 2021 році.",
         "uk", {("DZA", "ESP", "-"), ("DZA", "MAR", "-")}),
    ],
    ids=["ru-partner-told-before-the-verb", "uk-partner-told-before-the-verb"],
)  # fmt: skip
def test_a_partner_fronted_before_the_verb_is_its_target(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Дендиас осудил действия Минска, а Блинкен — «шокирующий акт», который поставил под "
         "угрозу жизни американцев.", "ru", {("GRC", "BLR", "-"), ("USA", "BLR", "-")}),
        ("Польща засудила Москву, а Литва — Мінськ.", "uk",
         {("POL", "RUS", "-"), ("LTU", "BLR", "-")}),
    ],
    ids=["ru-gapped-verb-same-object", "uk-gapped-verb-own-object"],
)  # fmt: skip
def test_a_second_subject_with_its_verb_left_out_does_the_same(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang=lang)) == expected


def test_a_short_adjective_of_intent_opens_a_clause_of_its_own():
    text = "Пекин приветствовал решение, а сами США не намерены нормализовать отношения с Гаваной."
    assert _pairs(extract_text(text, date="2023-05-08", lang="ru")) == {("USA", "CUB", "-")}


def test_the_secretary_general_is_the_one_named_before():
    text = (
        "U.N. Secretary-General Antonio Guterres told the Security Council about the expulsions. "
        "Thomas-Greenfield said Washington fully backed the secretary-general."
    )
    assert ("USA", "UN", "+") in _pairs(extract_text(text, date="2021-10-07", lang="en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU imposed new sanctions on Belarus. It also accused Minsk of lying.",
         [("EU", "BLR", "163"), ("EU", "BLR", "112")]),
        ("Russia attacked Ukraine. It is unclear whether China will help.",
         [("RUS", "UKR", "190")]),
    ],
    ids=["it-is-the-state-just-told", "dummy-it-is-no-one"],
)  # fmt: skip
def test_a_sentence_opening_it_is_the_actor_just_told(text, expected):
    events = extract_text(text, date="2023-05-10", lang="en")
    assert [(e["source_state"], e["target_state"], e["code"]) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Over the weekend Brazil's government said it would ask Washington for an explanation.",
         "en", {("BRA", "USA", "-")}),
        ("China's foreign minister Wang Yi spoke with Indian national security adviser Ajit Doval "
         "and with Pakistan's foreign minister, Ishaq Dar.", "en",
         {("CHN", "IND", "+"), ("CHN", "PAK", "+")}),
    ],
    ids=["en-a-time-phrase-is-no-preposition-of-the-subject", "en-and-with-a-second-partner"],
)  # fmt: skip
def test_time_phrases_and_second_partners(text, lang, expected):
    assert _pairs(extract_text(text, date="2025-05-11", lang=lang)) == expected


def test_both_capitals_are_the_pair_the_story_keeps_coding():
    text = (
        "India struck Pakistan on Wednesday. Pakistan accused India of aggression. India blamed "
        "Pakistan for the attack. Sharif credited China, Saudi Arabia and Turkey. Earlier in the "
        "week Saudi minister of state Adel al-Jubeir had made visits to both capitals."
    )
    pairs = _pairs(extract_text(text, date="2025-05-11", lang="en"))
    assert {("SAU", "IND", "+"), ("SAU", "PAK", "+")} <= pairs and ("SAU", "CHN", "+") not in pairs


def test_the_speakers_own_later_act_after_a_reported_clause():
    text = (
        "In January the Biden administration said the RSF had committed genocide and sanctioned "
        "its leader, Mohamed Hamdan Dagalo, and a week later imposed sanctions on Burhan himself."
    )
    assert ("USA", "SDN", "-") in _pairs(extract_text(text, date="2025-02-01", lang="en"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Барро встречался с президентом Деби и посетил лагеря суданских беженцев.", "ru",
         {("FRA", "TCD", "+")}),
        ("Асиф заявил, что Кабул ведет войну в интересах Индии.", "ru", set()),
    ],
    ids=["ru-refugees-camp-visited-is-no-state", "ru-in-whose-interests-is-no-party"],
)  # fmt: skip
def test_refugee_camps_and_beneficiaries_are_no_parties(text, lang, expected):
    assert _pairs(extract_text(text, date="2025-10-19", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Canada announced countermeasures from July 1.", ["2018-07-01"]),
        ("Санкції діятимуть з 1 липня.", ["2018-07-01"]),
        ("On July 1 Canada imposed duties.", ["2017-07-01"]),
    ],
    ids=["en-from-a-day-ahead", "uk-з-a-day-ahead", "en-a-day-later-in-the-year-is-last-years"],
)
def test_a_day_looked_ahead_to_is_this_years(text, values):
    assert [d.value for d in find_dates(text, parse_document_date("2018-06-22"))] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait responded last Friday. Ahmad Al-Bakr, the assistant foreign minister for Arab "
         "affairs, summoned Iraq's ambassador.", {("KWT", "IRQ", "-")}),
        ("The Gulf Cooperation Council and the United States issued a joint statement. It called "
         "on the Iraqi government to resolve the legal question quickly and to ensure that the "
         "navigation rules remained in force.", {("GCC", "IRQ", "-"), ("USA", "IRQ", "-")}),
        ("Kuwait's foreign minister, Sheikh Salem Al-Sabah, raised the case with Barbara Leaf, the "
         "top U.S. diplomat for the Middle East, and in a call with British Foreign Secretary "
         "James Cleverly.", {("KWT", "USA", "+"), ("KWT", "GBR", "+")}),
    ],
    ids=["apposed-role-takes-the-storys-state", "it-is-the-whole-subject-group",
         "raised-with-and-a-call-with"],
)  # fmt: skip
def test_apposed_roles_joint_statements_and_calls(text, expected):
    assert _pairs(extract_text(text, date="2023-09-21", lang="en")) == expected


def test_a_commissioner_with_qualifiers_and_a_shocked_speaker():
    text = (
        "Верховный комиссар ООН по правам человека Фолькер Тюрк заявил, что потрясён подписанием "
        "дискриминационного закона Уганды."
    )
    events = extract_text(text, date="2023-10-31", lang="ru")
    assert {(e["source_name"], e["source_state"], e["target_state"]) for e in events} >= {
        ("Volker Turk", "UN", "UGA")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кампалу и Банги Белый дом обвинил в грубых нарушениях прав человека.",
         {("USA", "UGA", "-"), ("USA", "CAF", "-")}),
        ("Россия и Китай провели переговоры.", {("RUS", "CHN", "+")}),
    ],
    ids=["ru-object-group-put-first", "ru-subject-group"],
)  # fmt: skip
def test_an_object_group_put_before_a_singular_verb_and_its_subject(text, expected):
    assert _pairs(extract_text(text, date="2023-10-31", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abidjan then took the case to ECOWAS.", {("CIV", "ECOWAS", "+")}),
        ("Days later Mali suspended troop rotations for MINUSMA.", {("MLI", "UN", "-")}),
        ("ECOWAS gave Bamako until January 1 to free the soldiers.", {("ECOWAS", "MLI", "-")}),
    ],
    ids=["case-taken-to-a-body", "un-mission-is-the-un", "deadline-is-an-ultimatum"],
)  # fmt: skip
def test_bodies_appealed_to_missions_and_deadlines(text, expected):
    assert _pairs(extract_text(text, date="2023-01-08", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Эдгарс Ринкевичс написал, что Рига также понижает уровень отношений с Россией.", "ru",
         {("LVA", "RUS", "-")}),
        ("В сентябре Эстония вместе с Латвией и Польшей закрыла въезд для граждан России.", "ru",
         {("EST", "RUS", "-"), ("LVA", "RUS", "-"), ("POL", "RUS", "-")}),
        ("Germany suspended new payments to UNRWA in late January.", "en", {("DEU", "UN", "-")}),
    ],
    ids=["ru-понижает-уровень-отношений", "ru-закрыла-въезд-together-with", "en-unrwa-is-the-un"],
)  # fmt: skip
def test_downgrades_entry_bans_and_un_agencies(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-01-24", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "date", "lang", "absent"),
    [
        ("Спецпосланець Гассан Саламе пообіцяв Лівії допомогу.", "2020-01-20", "uk",
         "Nawaf Salam"),
        ("Luis Gilberto Murillo met Blinken in Washington.", "2025-01-10", "en",
         "Rosario Murillo"),
    ],
    ids=["uk-гассан-is-no-nawaf", "en-luis-gilberto-is-no-rosario"],
)  # fmt: skip
def test_a_known_surname_after_another_given_name_is_someone_else(text, date, lang, absent):
    names = set()
    for e in extract_text(text, date=date, lang=lang):
        names |= {e["source_name"], e["target_name"]}
    assert absent not in names


@pytest.mark.parametrize(
    ("text", "date", "lang", "expected"),
    [
        ("Эстония в понедельник понизила уровень отношений с Россией, российскому послу предстоит "
         "покинуть страну до 7 февраля.", "2023-01-24", "ru", "2023-01-23"),
        ("Байден в понедельник уведомил Конгресс, что с 1 января введет санкции против Уганды.",
         "2023-10-31", "ru", "2023-10-30"),
    ],
    ids=["ru-a-deadline-dates-no-act", "ru-a-start-ahead-dates-no-act"],
)  # fmt: skip
def test_a_day_ahead_that_something_runs_from_or_until_dates_no_act(text, date, lang, expected):
    dated = {e["date"] for e in extract_text(text, date=date, lang=lang) if e["target_state"]}
    assert dated == {expected}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("в понедельник уведомил Конгресс, что с 1 января введет", ["2023-10-30", "2024-01-01"]),
        ("У вівторок вранці, 12 вересня", ["2023-09-12"]),
        ("on Friday morning, August 18", ["2023-08-18"]),
    ],
    ids=["ru-weekday-apart-from-a-day-is-its-own", "uk-weekday-beside-its-day",
         "en-weekday-beside-its-day"],
)  # fmt: skip
def test_a_weekday_is_the_day_beside_it_only_when_it_stands_beside_it(text, values):
    assert [d.value for d in find_dates(text, parse_document_date("2023-10-31"))] == values


def test_a_date_told_when_the_act_was_made_known_in_the_next_sentence():
    text = (
        "Бангладеш офіційно звернувся до Індії з проханням видати колишню прем'єр-міністерку. "
        "Про це в понеділок повідомив радник Тоухід Хоссейн."
    )
    (event,) = [e for e in extract_text(text, date="2024-12-24", lang="uk", explain=True)
                if e["target_state"]]  # fmt: skip
    assert (event["date"], event["explain"]["date"]) == (
        "2024-12-23",
        "told in the next sentence: 2024-12-23",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ван И посетил Папуа — Новую Гвинею.", {("CHN", "PNG", "+")}),
        ("На встрече были представлены Фиджи, Самоа, Тонга, Кирибати и Вануату.", set()),
        ("На встрече были Фиджи и Самоа.", {("FJI", "WSM", "+")}),
    ],
    ids=["ru-papua-new-guinea-with-a-dash", "ru-five-at-a-meeting-are-a-forum",
         "ru-two-at-a-meeting-meet"],
)  # fmt: skip
def test_names_with_a_dash_and_forums_of_many(text, expected):
    assert _pairs(extract_text(text, date="2022-06-01", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Председатель КНР Си Цзиньпин лично принимал гостей — президентов Казахстана "
         "Касым-Жомарта Токаева, Киргизии Садыра Жапарова, Таджикистана Эмомали Рахмона.",
         {("CHN", "KAZ", "+"), ("CHN", "KGZ", "+"), ("CHN", "TJK", "+")}),
        ("Россия поддержала союзника: в среду бомбардировщики патрулировали небо над Белоруссией "
         "у польской границы.", set()),
    ],
    ids=["ru-whom-after-a-dash", "ru-a-colon-opens-no-list-of-whom"],
)  # fmt: skip
def test_who_the_act_took_told_after_a_dash(text, expected):
    assert _pairs(extract_text(text, date="2023-05-20", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ещё в марте Асад побывал в Объединённых Арабских Эмиратах, где его принял президент "
         "страны Мухаммед бен Заид.", {("SYR", "ARE", "+")}),
        ("Король Мухаммед VI совершил турне. В октябре его принимал в Кигали президент Руанды Поль "
         "Кагаме.", {("MAR", "RWA", "+")}),
    ],
    ids=["ru-его-is-the-official-of-the-clause-before", "ru-его-is-the-last-official"],
)  # fmt: skip
def test_его_before_a_verb_is_the_official_just_told(text, expected):
    assert _pairs(extract_text(text, date="2023-05-08", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwandan and Mozambican troops retake Mocimboa da Praia.", set()),
        ("US special forces trained Mozambican marines in March.", {("USA", "MOZ", "+")}),
        ("North Korea has trained hackers capable of launching cyber warfare against the United "
         "States.", set()),
    ],
    ids=["a-place-inside-a-name-is-no-capital", "training-anothers-forces",
         "training-ones-own-against-another-is-no-cooperation"],
)  # fmt: skip
def test_capitals_inside_names_and_training(text, expected):
    assert {p for p in _pairs(extract_text(text, date="2021-08-09", lang="en"))
            if "+" in p} == expected  # fmt: skip


def test_a_capital_after_a_name_particle_is_part_of_a_longer_name():
    text = "Rwandan and Mozambican troops retake Mocimboa da Praia."
    assert not [p for p in _pairs(extract_text(text, date="2021-08-09", lang="en")) if "CPV" in p]


def test_a_stop_on_the_way_is_no_act_of_stopping():
    text = "Macron made an unscheduled stop in Riyadh on his way home from Abu Dhabi."
    assert not [p for p in _pairs(extract_text(text, date="2017-11-16", lang="en")) if "-" in p]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Аккре лидеры вновь потребовали от переходных властей Мали провести выборы.", set()),
        ("В Москве заявили о поддержке Сирии.", {("RUS", "SYR", "+")}),
        ("Официальный представитель МИД КНР Ван Вэньбинь заявил, что Пекин призвал немедленно "
         "освободить Альфу Конде.", {("CHN", "GIN", "-")}),
    ],
    ids=["ru-a-subject-after-the-place", "ru-support-of-whom", "ru-appeal-to-release-is-a-demand"],
)  # fmt: skip
def test_places_with_a_subject_support_and_releases_asked_for(text, expected):
    assert _pairs(extract_text(text, date="2021-09-17", lang="ru")) == expected


def test_a_common_word_opening_a_list_of_names_is_a_name():
    text = "Мали, Буркина-Фасо и Нигер подписали договор о конфедерации."
    pairs = _pairs(extract_text(text, date="2024-07-07", lang="ru"))
    assert {("MLI", "BFA", "+"), ("MLI", "NER", "+")} <= pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington has pressed Tokyo and Seoul to cooperate more closely in the face of North "
         "Korea's missile programmes.", {("USA", "JPN", "-"), ("USA", "KOR", "-")}),
        ("Petro condemned the storming of the Mexican embassy in Quito by Ecuadorian police.",
         {("COL", "ECU", "-")}),
    ],
    ids=["in-the-face-of-is-no-partner", "the-stormed-is-no-target-the-stormer-is"],
)  # fmt: skip
def test_threats_faced_and_storming(text, expected):
    assert _pairs(extract_text(text, date="2024-07-07", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("США рішуче засуджують атаку на союзника по НАТО.", "uk", set()),
        ("Асад принял министра иностранных дел Саудовской Аравии.", "ru", {("SYR", "SAU", "+")}),
    ],
    ids=["uk-an-ally-in-nato-is-no-nato", "ru-receiving-an-official"],
)  # fmt: skip
def test_allies_of_a_body_and_hosts(text, lang, expected):
    assert _pairs(extract_text(text, date="2022-09-08", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ЄС уклав з туніською владою меморандум про партнерство.", "uk", {("EU", "TUN", "+")}),
        ("Мелоні їздила до Тунісу.", "uk", {("ITA", "TUN", "+")}),
        ("В июле Мелони съездила в Тунис.", "ru", {("ITA", "TUN", "+")}),
        ("Алжир відкликав послів з Малі для консультацій.", "uk", {("DZA", "MLI", "-")}),
    ],
    ids=["uk-partner-before-the-noun", "uk-travelling-to", "ru-travelling-to",
         "uk-from-whom-is-no-partner"],
)  # fmt: skip
def test_partners_told_before_an_agreement_and_trips(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-11-09", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Членство Гвинеи во всех органах ЭКОВАС было приостановлено.", "ru",
         {("ECOWAS", "GIN", "-")}),
        ("ECOWAS suspended Guinea's membership.", "en", {("ECOWAS", "GIN", "-")}),
        ("Mali has applied for membership of the AU and suspended its ties with France.", "en",
         {("MLI", "FRA", "-")}),
        ("Совет мира и безопасности Африканского союза отстранил Гвинею от участия.", "ru",
         {("AU", "GIN", "-")}),
        ("Военные захватили власть в Гвинее. МИД Франции осудил попытку взять власть силой.",
         "ru", {("FRA", "GIN", "-")}),
        ("Военные захватили власть в Гвинее. Захват власти осудил генсек ООН Антониу Гутерриш.",
         "ru", {("UN", "GIN", "-")}),
        ("Soldiers detained President Bazoum in a coup in Niger. Kenya condemned the coup.", "en",
         {("KEN", "NER", "-")}),
        ("Kenya condemned the coup.", "en", set()),
    ],
    ids=["ru-membership-suspended", "en-membership-suspended", "en-membership-sought-apart",
         "ru-barred-from-taking-part", "ru-condemned-seizure-of-power",
         "ru-seizure-fronted", "en-condemned-the-coup", "en-a-coup-nowhere-told"],
)  # fmt: skip
def test_suspensions_and_coups_condemned(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-09-17", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Байден уведомил Конгресс, что с 1 января исключит Уганду из числа получателей "
         "торговых преференций.", "ru", {("USA", "UGA", "-")}),
        ("Biden stripped Uganda of its trade benefits.", "en", {("USA", "UGA", "-")}),
        ("The US will exclude Uganda from the AGOA programme.", "en", {("USA", "UGA", "-")}),
    ],
    ids=["ru-excluded-from", "en-stripped-of", "en-excluded-from"],
)  # fmt: skip
def test_exclusion_from_benefits(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-10-31", lang=lang)) == expected


def test_a_short_participle_ends_a_content_clause_before_the_next_speaker():
    text = (
        "Верховный комиссар ООН Фолькер Тюрк заявил, что потрясён подписанием закона, а глава "
        "европейской дипломатии Жозеп Боррель выразил сожаление в связи с решением Мусевени."
    )
    events = extract_text(text, date="2023-05-29", lang="ru")
    shocked = [e for e in events if e["code"] == "110"]
    assert [e["source"] for e in shocked] == ["person:volker-turk"]


@pytest.mark.parametrize(
    "text",
    [
        "Кампалу и Банги Белый дом обвинил в нарушениях прав человека, а Габон и Нигер, где "
        "летом военные свергли президентов, — в отказе от политического плюрализма.",
        "Белый дом обвинил Кампалу и Банги в нарушениях прав человека, а Габон и Нигер — в "
        "отказе от плюрализма.",
    ],
    ids=["ru-fronted-objects-then-gapped", "ru-objects-then-gapped"],
)
def test_a_second_object_after_a_dash_takes_the_same_charge(text):
    pairs = _pairs(extract_text(text, date="2023-10-31", lang="ru"))
    assert pairs == {("USA", c, "-") for c in ("UGA", "CAF", "GAB", "NER")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("New Zealand accused Rarotonga of signing agreements with Beijing.", "en",
         {("NZL", "COK", "-")}),
        ("Новая Зеландия приостановила помощь Островам Кука.", "ru", {("NZL", "COK", "-")}),
        ("Нова Зеландія підтримала Ніуе.", "uk", {("NZL", "NIU", "+")}),
    ],
    ids=["en-rarotonga", "ru-cook-islands", "uk-niue"],
)  # fmt: skip
def test_freely_associated_states_are_actors(text, lang, expected):
    assert _pairs(extract_text(text, date="2025-06-19", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lecornu spoke on Monday after signing agreements with his Armenian counterpart.",
         {("FRA", "ARM", "+")}),
        ("Peace returned after fierce fighting in Armenia.", set()),
        ("France will sell Armenia three radars.", {("FRA", "ARM", "+")}),
        ("Armenia bought radars from France.", {("ARM", "FRA", "+")}),
        ("Macron and Scholz were to have joined the talks.", set()),
        ("Azerbaijan and Turkey held drills close to the Armenian border.", set()),
        ("The signing coincided with joint Azerbaijani and Turkish military drills.",
         {("AZE", "TUR", "+")}),
    ],
    ids=["gerund-with-an-object", "gerund-without-one", "selling", "buying",
         "what-was-to-have-happened", "close-to-is-near", "joint-drills-of-two-named"],
)  # fmt: skip
def test_english_gerunds_trade_and_counterfactuals(text, expected):
    assert _pairs(extract_text(text, date="2023-10-24", lang="en")) == expected


def test_an_opening_participle_acts_for_the_subject_it_leads_into():
    text = "Visiting the Armenian capital on Oct. 3, Foreign Minister Catherine Colonna spoke."
    events = extract_text(text, date="2023-10-24", lang="en")
    assert [(e["source"], e["target"], e["code"]) for e in events] == [
        ("person:catherine-colonna", "ARM", "042")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Уганда завдала ударів по таборах угруповання «Альянс демократичних сил».", "uk",
         set()),
        ("Rwanda accused Congo of aggression.", "en", set()),
        ("The Democratic Republic of Congo protested. Rwanda accused Congo of aggression.", "en",
         {("RWA", "COD", "-")}),
        ("The Republic of Congo protested. Rwanda accused Congo of aggression.", "en",
         {("RWA", "COG", "-")}),
        ("Мусевені заявив, що Кампала працюватиме разом із Кіншасою.", "uk",
         {("UGA", "COD", "+")}),
        ("Операція стала результатом обміну розвідданими між Угандою та Бурунді.", "uk",
         {("UGA", "BDI", "+")}),
        ("Bolat said the decision had been taken at the highest level and that Turkey would "
         "work with the Palestinian Authority.", "en", {("TUR", "PSE", "+")}),
    ],
    ids=["uk-a-quoted-name-is-no-alliance", "en-congo-untold", "en-congo-the-drc-told",
         "en-congo-the-republic-told", "uk-working-together-and-a-capital-as-subject",
         "uk-exchanging-intelligence", "en-and-that-opens-a-content-clause"],
)  # fmt: skip
def test_names_by_context_and_working_together(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-12-01", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Коста-Рика обратилась в ОАГ. В ноябре Сан-Хосе подал иск против Манагуа.", "ru",
         {("CRI", "OAS", "+"), ("CRI", "NIC", "-")}),
        ("В ноябре Сан-Хосе подал иск против Манагуа.", "ru", set()),
        ("Суд постановил, что Никарагуа нарушила суверенитет Коста-Рики.", "ru",
         {("NIC", "CRI", "-")}),
        ("Russian jets violated the airspace of Estonia.", "en", {("RUS", "EST", "-")}),
        ("Катар відкинув угоду як порушення суверенітету Сомалі.", "uk", set()),
        ("Чили обратилась в Гаагу с иском против Боливии.", "ru",
         {("CHL", "ICJ", "+"), ("CHL", "BOL", "-")}),
    ],
    ids=["ru-a-capital-told-after-its-state", "ru-a-capital-untold", "ru-sovereignty-violated",
         "en-airspace-violated", "uk-a-violation-others-did", "ru-the-hague-of-a-suit-is-a-court"],
)  # fmt: skip
def test_capitals_told_sovereignty_and_suits(text, lang, expected):
    assert _pairs(extract_text(text, date="2018-02-03", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Киргизский МИД отреагировал критически, и уже на следующий день в Астане вызвали "
         "временного поверенного в делах Киргизии.", {("KAZ", "KGZ", "-")}),
        ("Премьер-министр Киргизии Сапар Исаков переговорил там с Назарбаевым.",
         {("KGZ", "KAZ", "+")}),
    ],
    ids=["a-place-before-a-plural-verb-mid-sentence", "talking-with"],
)  # fmt: skip
def test_those_in_a_capital_act_for_it_and_talks(text, expected):
    assert _pairs(extract_text(text, date="2017-10-13", lang="ru")) == expected


def test_the_next_day_counts_from_a_day_the_story_has_reached():
    text = (
        "Ссора началась 19 сентября, когда Назарбаев принял Бабанова, соперника кандидата, "
        "которого Атамбаев прочит в преемники на выборах 15 октября. На следующий день в "
        "Астане вызвали временного поверенного в делах Киргизии."
    )
    events = extract_text(text, date="2017-10-13", lang="ru")
    assert [e["date"] for e in events if e["target_state"] == "KGZ"] == ["2017-09-20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fernández has apologised to Bolivia after La Paz accused the government of his "
         "predecessor, Mauricio Macri, of shipping munitions.", {("BOL", "ARG", "-")}),
        ("Álvarez García said he never received any letter of thanks from Bolivia.", set()),
    ],
    ids=["whose-government-is-no-charge", "a-letter-of-thanks-is-a-noun"],
)  # fmt: skip
def test_english_charges_and_nouns_after_of(text, expected):
    assert _pairs(extract_text(text, date="2021-07-09", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Водночас Сінгапур наголосив, що радо приймає міністра економіки Малайзії Азміна Алі.",
         "uk", {("SGP", "MYS", "+")}),
        ("Сінгапур надіслав Малайзії ноту протесту.", "uk", {("SGP", "MYS", "-")}),
        ("Сингапур направил Малайзии ноту протеста.", "ru", {("SGP", "MYS", "-")}),
        ("Singapore sent Malaysia a protest note.", "en", {("SGP", "MYS", "-")}),
    ],
    ids=["uk-an-adverb-is-no-subject", "uk-a-note-sent", "ru-a-note-sent", "en-a-note-sent"],
)  # fmt: skip
def test_protest_notes_sent_and_dropped_subjects(text, lang, expected):
    assert _pairs(extract_text(text, date="2019-01-13", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The European Union on July 12 set up a military training mission for Mozambique.",
         "en", {("EU", "MOZ", "+")}),
        ("Uganda and Kenya launched joint operations against the rebels.", "en",
         {("UGA", "KEN", "+")}),
        ("Уганда і Кенія почали спільну операцію проти бойовиків.", "uk", {("UGA", "KEN", "+")}),
        ("South Africa's defence minister said on July 10 it was \"unfortunate\" that Rwanda "
         "had moved first.", "en", {("ZAF", "RWA", "-")}),
        ("Blinken said it was unacceptable that Russia had detained the journalist.", "en",
         {("USA", "RUS", "-")}),
        ("He said it was wrong that he had to wait.", "en", set()),
    ],
    ids=["en-training-mission", "en-joint-operations", "uk-joint-operation",
         "en-unfortunate-that", "en-unacceptable-that", "en-blame-of-no-one"],
)  # fmt: skip
def test_missions_joint_operations_and_blame_for_what_another_did(text, lang, expected):
    assert _pairs(extract_text(text, date="2021-08-09", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("BRICS offered partner status to Cuba and Bolivia as well as Turkey.", "en",
         {("BRICS", "CUB", "+"), ("BRICS", "BOL", "+"), ("BRICS", "TUR", "+")}),
        ("ЄС запровадив санкції проти Росії, а також Білорусі.", "uk",
         {("EU", "RUS", "-"), ("EU", "BLR", "-")}),
    ],
    ids=["en-as-well-as", "uk-a-takozh"],
)  # fmt: skip
def test_many_word_joiners_coordinate(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-10-31", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Эстония и Литва объявили о запрете на въезд для грузинских чиновников.", "ru",
         {("EST", "GEO", "-"), ("LTU", "GEO", "-")}),
        ("Токио заявил Пхеньяну решительный протест.", "ru", {("JPN", "PRK", "-")}),
        ("Тхімпху заявив Пекіну протест.", "uk", {("BTN", "CHN", "-")}),
        ("Судан заморозив членство в IGAD.", "uk", {("SDN", "IGAD", "-")}),
        ("The EU paused talks with Tunisia.", "en", {("EU", "TUN", "-")}),
        ("Noboa attended President Donald Trump's inauguration.", "en", {("ECU", "USA", "+")}),
        ("Бамако заметно сблизилось с Москвой.", "ru", {("MLI", "RUS", "+")}),
        ("Rwanda deployed troops at the request of Mozambique.", "en", {("RWA", "MOZ", "+")}),
        ("Россия ввела войска в Казахстан по просьбе Астаны.", "ru", {("RUS", "KAZ", "+")}),
        ("Russia deployed troops near Ukraine.", "en", set()),
    ],
    ids=["ru-an-entry-ban-announced", "ru-a-protest-declared", "uk-a-protest-declared",
         "uk-membership-frozen", "en-talks-paused", "en-attending", "ru-drawing-closer",
         "en-troops-at-a-request", "ru-troops-at-a-request", "en-troops-near-no-one"],
)  # fmt: skip
def test_bans_protests_freezes_and_requests(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-10-31", lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The US imposed visa restrictions on Ugandan officials.", ("USA", "UGA", "-")),
        ("uk", "Україна зажадала від Угорщини пояснень.", ("UKR", "HUN", "-")),
        ("ru", "Москва сняла ограничения с Грузии.", ("RUS", "GEO", "+")),
        ("uk", "Махатхір поставив під сумнів угоду з Сінгапуром.", ("MYS", "SGP", "-")),
    ],
    ids=["en-visa-restrictions", "uk-demanding", "ru-restrictions-lifted", "uk-questioning"],
)
def test_restrictions_demands_and_doubts(lang, text, expected):
    assert expected in _pairs(extract_text(text, date="2024-10-31", lang=lang))


@pytest.mark.parametrize(
    "text",
    [
        "UN special envoy Joanna Wronecka hosted the talks with Israel.",
        "Joanna Wronecka, the UN special coordinator for Lebanon, hosted the talks with Israel.",
    ],
    ids=["role-with-an-adjective-before-the-name", "name-then-role-with-an-adjective"],
)
def test_a_role_may_carry_an_adjective(text):
    events = extract_text(text, date="2022-10-27", lang="en")
    assert "person:joanna-wronecka" in {e["source"] for e in events}


def test_a_surname_is_the_person_the_story_named_by_it():
    text = (
        "President Jimmy Morales said Guatemala would sign the pact. "
        "Later Morales accused the court of meddling."
    )
    events = extract_text(text, date="2019-07-26", lang="en")
    assert "person:evo-morales" not in {e["source"] for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Trump threatened Guatemala. In March, the administration said it would cut off "
         "assistance to Honduras.", "en", {("USA", "GTM", "-"), ("USA", "HND", "-")}),
        ("В январе Махамат Идрисс Деби побывал в России.", "ru", {("TCD", "RUS", "+")}),
    ],
    ids=["en-the-administration-is-the-story's-state", "ru-idriss-with-a-double-s"],
)  # fmt: skip
def test_the_administration_and_spellings(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-01-31", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Премьер Грузии Ираклий Кобахидзе заявил о заморозке. Его раскритиковала новая глава "
         "европейской дипломатии Кая Каллас.",
         {("person:kaja-kallas", "person:irakli-kobakhidze")}),
        ("1 февраля армия Мьянмы арестовала фактического лидера страны Аун Сан Су Чжи.", set()),
    ],
    ids=["a-role-before-a-name-is-hers-and-a-fronted-object-pronoun",
         "a-role-before-a-name-points-back-at-no-one"],
)  # fmt: skip
def test_a_role_followed_by_a_name_belongs_to_it(text, expected):
    events = extract_text(text, date="2024-12-01", lang="ru")
    officials = {(e["source"], e["target"]) for e in events if e["source_kind"] == "official"}
    assert {pair for pair in officials if pair[1] and pair[1].startswith("person:")} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Уряд Сарраджа уклав з Анкарою меморандум.", "uk", {("LBY", "TUR", "+")}),
        ("В Сеуле осудили решение Верховного суда Кореи.", "ru", set()),
    ],
    ids=["uk-a-name-with-a-doubled-letter", "ru-korea-is-no-correa"],
)  # fmt: skip
def test_names_spelt_with_a_doubled_letter(text, lang, expected):
    assert _pairs(extract_text(text, date="2020-01-20", lang=lang)) == expected


def test_both_governments_lean_to_the_pair_the_lead_told():
    text = (
        "Lebanon and Israel concluded an agreement. Lebanon praised Israel. Lebanon criticised "
        "Israel. Lebanon thanked the United States. Lebanon praised the United States. Lebanon "
        "welcomed the United States. Lebanon lauded the United States. Hezbollah flew drones. "
        "Both governments announced that they had agreed on the text."
    )
    events = extract_text(text, date="2022-10-27", lang="en")
    last = [e for e in events if "Both governments" in e["text"] and e["target_state"]]
    assert {frozenset((e["source_state"], e["target_state"])) for e in last} == {
        frozenset(("LBN", "ISR"))
    }


def test_a_participle_after_what_was_said_is_the_speakers_act():
    text = "Noboa said the tariffs would take effect, accusing Colombia of inaction."
    events = extract_text(text, date="2025-01-25", lang="en")
    assert ("person:daniel-noboa", "COL", "112") in {
        (e["source"], e["target"], e["code"]) for e in events
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В 2021 году Франция вывела войска. В апреле этого года Чад выслал посла Франции.", "ru"),
        ("У 2021 році Франція вивела війська. У квітні цього року Чад вислав посла Франції.",
         "uk"),
        ("In 2021 France withdrew its troops. In April this year Chad expelled France's envoy.",
         "en"),
    ],
    ids=["ru", "uk", "en"],
)  # fmt: skip
def test_this_year_is_the_documents_year_whatever_the_story_told(text, lang):
    events = extract_text(text, date="2024-11-29", lang=lang)
    assert [e["date"] for e in events if e["source_state"] == "TCD"] == ["2024-04"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Пакистан предложил Индии открыть коридор. Но Индия это предложение отвергла.", "ru",
         {("PAK", "IND", "+"), ("IND", "PAK", "-")}),
        ("China accused Japan of provocation. Tokyo rejected the accusations.", "en",
         {("CHN", "JPN", "-"), ("JPN", "CHN", "-")}),
        ("Афины выслали российских дипломатов, обвинив их в попытках сорвать сделку. Москва "
         "назвала эти обвинения клеветой и пообещала ответить.", "ru",
         {("GRC", "RUS", "-"), ("RUS", "GRC", "-")}),
        ("Премьер Пакистана Имран Хан посетил Вашингтон. Трамп, принимая Хана в Белом доме, "
         "предложил себя в посредники.", "ru", {("PAK", "USA", "+"), ("USA", "PAK", "+")}),
    ],
    ids=["ru-offering-and-the-offer-rejected", "en-the-accusations-rejected",
         "ru-a-promise-to-respond-is-a-threat", "ru-a-surname-told-is-no-capital"],
)  # fmt: skip
def test_offers_and_what_was_said_before(text, lang, expected):
    assert _pairs(extract_text(text, date="2019-08-20", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Министр по делам Европы и Америки Аргентины встретился с послом Британии.", "ru",
         {("ARG", "GBR", "+")}),
        ("Тимор-Лешті, колишня португальська колонія, вступив до СОТ.", "uk",
         {("TLS", "WTO", "+")}),
    ],
    ids=["ru-america-beside-europe-is-a-continent", "uk-a-former-colony-is-no-act-of-portugal"],
)  # fmt: skip
def test_continents_and_colonies_are_no_actors(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-10-31", lang=lang)) == expected


def test_a_role_with_a_name_apposed_after_a_comma_opens_a_clause_and_is_that_person():
    text = (
        "Italy's prime minister Giorgia Meloni praised Tunisia. The African Union condemned the "
        "remarks, and its Commission chairman, Moussa Faki Mahamat, summoned Tunisia's ambassador."
    )
    events = extract_text(text, date="2023-03-01", lang="en")
    summons = [(e["source"], e["target_state"]) for e in events if e["code"] == "114"]
    assert summons == [("person:moussa-faki-mahamat", "TUN")]


def test_two_officials_each_doing_the_same_told_with_a_dash_are_no_pair():
    text = (
        "В сентябре канцлер Германии Олаф Шольц принимал пятёрку в Берлине, а президент США Джо "
        "Байден — в Нью-Йорке."
    )
    events = extract_text(text, date="2024-04-04", lang="ru")
    assert {(e["source"], e["target"]) for e in events} == {
        ("person:olaf-scholz", None),
        ("person:joe-biden", None),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В Самарканде прошёл саммит ЕС и пяти государств Центральной Азии.", "ru",
         {("EU", c, "+") for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")}),
        ("США запровадили санкції проти країн Балтії.", "uk",
         {("USA", c, "-") for c in ("EST", "LVA", "LTU")}),
        ("Россия пригрозила прибалтийским государствам.", "ru",
         {("RUS", c, "-") for c in ("EST", "LVA", "LTU")}),
        ("Weeks later the Baltic state let Taiwan open an office.", "en", set()),
    ],
    ids=["ru-the-central-asian-five", "uk-the-baltic-states", "ru-baltic-states-in-the-dative",
         "en-one-baltic-state-is-no-group"],
)  # fmt: skip
def test_regions_named_as_groups_of_states(text, lang, expected):
    assert _pairs(extract_text(text, date="2024-04-04", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders of the Pacific Islands Forum reaffirmed their 1992 decision on Taiwan.",
         [("PIF", "TWN", "2024-08-30")]),
        ("China criticised the Pacific Islands Forum. Beijing's envoy contacted the forum's "
         "secretariat and condemned the forum.", [("CHN", "PIF", "2024-08-30")] * 2),
    ],
    ids=["a-year-after-a-possessive-is-no-date", "the-forum-is-the-body-just-named"],
)  # fmt: skip
def test_the_pacific_islands_forum(text, expected):
    events = extract_text(text, date="2024-08-30", lang="en")
    assert [(e["source_state"], e["target_state"], e["date"]) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Бухарі та Рамафоса в Преторії домовилися запобігати новим нападам.", "uk",
         {("NGA", "ZAF", "+")}),
        ("Бухари и Рамафоса в Претории договорились предотвращать новые нападения.", "ru",
         {("NGA", "ZAF", "+")}),
        ("Влада Гани закрила крамниці нігерійців.", "uk", set()),
    ],
    ids=["uk-a-surname-alone-as-english-allows", "ru-a-surname-alone-as-english-allows",
         "uk-no-surname-reads-like-a-state"],
)  # fmt: skip
def test_surnames_alone_in_ukrainian_and_russian(text, lang, expected):
    assert _pairs(extract_text(text, date="2019-10-03", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Латвія та Естонія, з якими Литва восени погодила спільну методику торгівлі, також "
         "зупинили закупівлі білоруської енергії.", "uk",
         {("LVA", "BLR", "-"), ("EST", "BLR", "-"), ("LTU", "LVA", "+"), ("LTU", "EST", "+")}),
        ("Латвия и Эстония, с которыми Литва согласовала методику, остановили закупки "
         "белорусской энергии.", "ru",
         {("LVA", "BLR", "-"), ("EST", "BLR", "-"), ("LTU", "LVA", "+"), ("LTU", "EST", "+")}),
        ("Москва надала Мінську на спорудження станції державний кредит.", "uk",
         {("RUS", "BLR", "+")}),
    ],
    ids=["uk-partners-a-relative-after-with-stands-for", "ru-partners-a-relative-after-with",
         "uk-providing"],
)  # fmt: skip
def test_partners_told_by_a_relative_and_stopping_purchases(text, lang, expected):
    assert _pairs(extract_text(text, date="2020-11-07", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A special chamber of the International Tribunal for the Law of the Sea rejected Ivory "
         "Coast's claim.", {("ITLOS", "CIV", "-")}),
        ("Ghana took the case to the International Tribunal for the Law of the Sea. The tribunal "
         "rejected Ivory Coast's claim.", {("GHA", "ITLOS", "+"), ("ITLOS", "CIV", "-")}),
    ],
    ids=["the-sea-tribunal", "the-tribunal-is-the-court-just-named"],
)  # fmt: skip
def test_the_law_of_the_sea_tribunal(text, expected):
    assert expected <= _pairs(extract_text(text, date="2017-09-23", lang="en"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Denmark and the other Western members of the Arctic Council — Finland, Iceland and "
         "Sweden — suspended their participation in protest at Russia's invasion.", "en",
         {(c, "RUS", "-") for c in ("DNK", "FIN", "ISL", "SWE")}),
        ("Canada suspended its work in the council. Russia called the move regrettable.", "en",
         {("RUS", "CAN", "-")}),
    ],
    ids=["en-names-between-dashes-are-an-aside", "en-regrettable-is-blame"],
)  # fmt: skip
def test_asides_between_dashes_and_regret(text, lang, expected):
    assert expected <= _pairs(extract_text(text, date="2022-06-14", lang=lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Франція постачає Вірменії озброєння, а у вересні на вірменських полігонах пройшли "
         "спільні навчання з американськими військовими.",
         {("FRA", "ARM", "+"), ("ARM", "USA", "+")}),
        ("Минулого листопада вірменський прем'єр не поїхав на саміт блоку в Мінськ.", set()),
    ],
    ids=["the-host-of-joint-drills", "no-summit-attended-after-a-negated-verb"],
)  # fmt: skip
def test_hosts_of_joint_drills_and_summits_not_attended(text, expected):
    assert _pairs(extract_text(text, date="2024-02-23", lang="uk")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Белиз и Гватемала договорились. Генеральный секретарь ОАГ Луис Альмагро поздравил "
         "белизцев и заверил, что организация продолжит поддерживать обе страны на пути в Гаагу.",
         {("BLZ", "GTM", "+"), ("OAS", "BLZ", "+"), ("OAS", "GTM", "+")}),
    ],
    ids=["the-organisation-of-its-official-and-both-countries-are-states"],
)  # fmt: skip
def test_the_organisation_and_both_countries(text, expected):
    assert _pairs(extract_text(text, date="2019-05-10", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Белиз и Гватемала договорились. Гватемала обвинила соседей в применении силы.", "ru",
         {("BLZ", "GTM", "+"), ("GTM", "BLZ", "-")}),
        ("Belize and Guatemala agreed. Guatemala accused its neighbour of excessive force.", "en",
         {("BLZ", "GTM", "+"), ("GTM", "BLZ", "-")}),
        ("Guatemala accused its neighbours of excessive force.", "en", set()),
    ],
    ids=["ru-the-neighbours-are-the-other-of-the-pair", "en-the-neighbour",
         "en-no-pair-no-neighbour"],
)  # fmt: skip
def test_the_neighbour_is_the_other_state_of_the_storys_pair(text, lang, expected):
    assert _pairs(extract_text(text, date="2019-05-10", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В феврале перуанский Конгресс объявил колумбийского президента персоной нон грата.",
         {("PER", "COL", "-")}),
        ("Конгресс США одобрил помощь Украине.", {("USA", "UKR", "+")}),
    ],
    ids=["another-states-congress-is-no-us-seat", "the-us-congress"],
)  # fmt: skip
def test_congresses_of_states(text, expected):
    assert _pairs(extract_text(text, date="2025-08-08", lang="ru")) == expected


def test_the_neighbouring_country_is_the_other_of_the_pair():
    text = "Лима обвинила Колумбию в провокации. Затем соседняя страна обвинила Лиму во лжи."
    events = extract_text(text, date="2025-08-08", lang="ru")
    assert ("COL", "PER") in {(e["source_state"], e["target_state"]) for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Сердар Бердымухамедов встретился с Владимиром Путиным.", "ru",
         "Serdar Berdimuhamedov"),
        ("Абдурахман Тчиани обвинил Францию в давлении.", "ru", "Abdourahamane Tiani"),
        ("Шанану Гусмау зустрівся з президентом Індонезії.", "uk", "Xanana Gusmão"),
        ("Acting Homeland Security Secretary Kevin McAleenan met Guatemala's interior minister.",
         "en", "Kevin McAleenan"),
    ],
    ids=["ru-berdimuhamedov", "ru-tiani", "uk-gusmau", "en-mcaleenan"],
)  # fmt: skip
def test_officials_by_their_usual_english_names(text, lang, name):
    events = extract_text(text, date="2024-07-06", lang=lang)
    assert name in {e["source_name"] for e in events}


def test_the_community_is_the_body_just_named():
    text = (
        "ЭКОВАС ввело санкции против Гвинеи. Сообщество также потребовало освободить "
        "президента Мали."
    )
    pairs = _pairs(extract_text(text, date="2021-09-17", lang="ru"))
    assert ("ECOWAS", "MLI", "-") in pairs


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Президент Республики Корея Юн Сок Ёль выступил. Юн и Ли Цян договорились запустить "
         "диалог.", "ru", {("KOR", "CHN", "+")}),
        ("Президент Южной Кореи Пак Кын Хе выступила. Вашингтон поддерживает усилия президента "
         "Пак.", "ru", {("USA", "KOR", "+")}),
        ("КНДР обстреляла Южную Корею. Сеул требовал от Севера извинений.", "ru",
         {("PRK", "KOR", "-"), ("KOR", "PRK", "-")}),
    ],
    ids=["ru-a-family-name-first-told-alone", "ru-president-park", "ru-the-north"],
)  # fmt: skip
def test_korean_family_names_and_the_north(text, lang, expected):
    assert _pairs(extract_text(text, date="2015-08-25", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Рамафоса попросив вибачення. Того ж дня група спецпосланців на чолі з колишнім "
         "міністром Джеффом Радебе вирушила до Нігерії, Нігеру, Гани, Сенегалу та Замбії.", "uk",
         {("ZAF", c, "+") for c in ("NGA", "NER", "GHA", "SEN", "ZMB")}),
        ("Last Saturday an ECOWAS delegation led by former Nigerian head of state Abdulsalami "
         "Abubakar met Tchiani in Niamey.", "en", {("ECOWAS", "NER", "+")}),
        ("Делегация во главе с министром иностранных дел Кении прибыла в эфиопскую столицу.",
         "ru", {("KEN", "ETH", "+")}),
    ],
    ids=["uk-a-group-led-by-acts-as-its-leader", "en-the-leader-is-no-partner-of-the-group",
         "ru-a-delegation-led-by"],
)  # fmt: skip
def test_groups_led_by_an_official(text, lang, expected):
    assert _pairs(extract_text(text, date="2023-08-20", lang=lang)) == expected


def test_drills_whose_end_was_demanded_were_held():
    text = (
        "Пхеньян также требовал прекратить начавшиеся 17 августа совместные учения США и "
        "Южной Кореи."
    )
    assert ("USA", "KOR", "+") in _pairs(extract_text(text, date="2015-08-25", lang="ru"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Глава МИД Германии Анналена Бербок встретилась с Лавровым. Лавров заявил о "
         "разногласиях. Она осудила Россию.", "ru"),
        ("Міністерка Анналена Бербок зустрілася з Лавровим. Лавров заявив про розбіжності. Вона "
         "засудила Росію.", "uk"),
    ],
    ids=["ru", "uk"],
)  # fmt: skip
def test_she_is_the_official_a_feminine_verb_told(text, lang):
    events = extract_text(text, date="2023-01-10", lang=lang)
    condemned = [e["source"] for e in events if e["code"] == "111"]
    assert condemned == ["person:annalena-baerbock"]
