"""The actors graphctl knows by name: states, organisations and officials, in en/uk/ru."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain

from graphctl.extract.morphology import Morphology, strip_ending

ORGANISATION_STATE = {"UNSC": "UN", "UNGA": "UN"}
# Non-state armed groups: actors of their own, kind "other", never rolled into the state they
# are based in (Hezbollah's acts are not Lebanon's government's); see extract_text(groups=).
OTHER_ACTORS = {
    "HAMAS",
    "HEZBOLLAH",
    "TALIBAN",
    "HOUTHIS",
    "M23",
    "RSF",
    "ISIS",
    "AL-SHABAAB",
    "PKK",
}


@dataclass(frozen=True)
class Person:
    """One post held by an official: who, for which state, in which role, when."""

    slug: str
    state: str
    role: str
    start: str
    end: str
    name: str


@dataclass(frozen=True)
class Alias:
    """One way of naming an actor in one language."""

    actor: str  # state code, organisation acronym or person slug
    kind: str  # name, adj, seat, place, person
    words: tuple  # alias words as written
    lang: str


def _alone(en: str, names: str) -> list:
    """The one word of a person's Ukrainian or Russian name that may stand alone, where the
    English list lets that word stand alone ("Buhari" -> "Бухарі", "Yoon" -> "Юн")."""
    if not names:
        return []
    english = en.split("|")
    full = english[0].split()
    alone = [a for a in english[1:] if len(a.split()) == 1 and a in full]
    listed = names.split("|")
    if not alone or any(len(a.split()) == 1 for a in listed):
        return []
    at = full.index(alone[0])
    words = listed[0].split()
    if len(words) != len(full) or len(words[at]) < 4:
        return []
    return [words[at]]


def _lines(name):
    text = (
        resources.files("graphctl.extract")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _split(alias: str) -> tuple:
    return tuple(re.findall(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*|\d+", alias))


_CYRILLIC = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ"
_LATIN = "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch  iu ia y e e "


def slugify(name: str) -> str:
    """Return a stable ASCII slug for a person's name (Cyrillic transliterated).

    Examples
    --------
    >>> slugify("Пак Джин"), slugify("Radosław Sikorski")
    ('pak-dzhyn', 'radoslaw-sikorski')
    """
    table = dict(zip(_CYRILLIC, _LATIN.split(" "), strict=False))
    out = "".join(table.get(c, c) for c in name.lower())
    out = unicodedata.normalize("NFKD", out)
    out = "".join(c for c in out if not unicodedata.combining(c))
    out = out.replace("ł", "l")
    return re.sub(r"[^a-z0-9]+", "-", out).strip("-")


class Gazetteer:
    """Names of states, organisations and officials, with a per-language index for matching."""

    def __init__(self):
        self.names = {}  # actor id -> English display name
        self.kinds = {}  # actor id -> state / organisation / other
        self.people = {}  # slug -> [Person, ...]
        self.aliases = []
        for code, en, uk, ru in _lines("countries.tsv"):
            self.names[code] = en.split("|")[0]
            self.kinds[code] = "state"
            for lang, names in (("en", en), ("uk", uk), ("ru", ru)):
                for name in names.split("|"):
                    self.aliases.append(Alias(code, "name", _split(name), lang))
        for code, lang, kind, names in _lines("aliases.tsv"):
            code = ORGANISATION_STATE.get(code, code)
            if code not in self.kinds:
                self.kinds[code] = "other" if code in OTHER_ACTORS else "organisation"
                self.names[code] = names.split("|")[0]
            for name in names.split("|"):
                self.aliases.append(Alias(code, kind, _split(name), lang))
        # one-word names of states and bodies, by stem: no surname may stand alone like them
        # ("Гані" would read "Гани", Ghana)
        taken = {
            strip_ending(alias.words[0].lower())
            for alias in self.aliases
            if len(alias.words) == 1 and alias.lang != "en"
        }
        self.family_first = set()  # people whose family name comes first ("Park Geun-hye")
        for slug, state, role, start, end, en, uk, ru in _lines("people.tsv"):
            name = en.split("|")[0]
            self.people.setdefault(slug, []).append(Person(slug, state, role, start, end, name))
            if len(name.split()) > 1 and name.split()[0] in en.split("|")[1:]:
                self.family_first.add("person:" + slug)
            for lang, names in (("en", en), ("uk", uk), ("ru", ru)):
                alone = _alone(en, names if lang != "en" else "")
                alone = [
                    a
                    for a in alone
                    if len(strip_ending(a.lower())) >= 4 and strip_ending(a.lower()) not in taken
                ]  # a short stem reads common words too: "Радев" would read "Ради"
                for alias in names.split("|") + alone:
                    self.aliases.append(Alias("person:" + slug, "person", _split(alias), lang))
        # one person in several posts is listed once per post: match each name once
        self.aliases = list(dict.fromkeys(self.aliases))
        self._index = {}
        self._initials = None  # person -> given-name initials, built on first use
        self._family = {}  # (person, language) -> family names, built on first use

    def family_names(self, actor: str, lang: str) -> list:
        """The first words of `actor`'s names in `lang`, if the family name comes first
        ("Пак" of "Пак Кын Хе"); else none."""
        if actor not in self.family_first:
            return []
        if (actor, lang) not in self._family:
            self._family[actor, lang] = sorted(
                {
                    a.words[0]
                    for a in self.aliases
                    if a.actor == actor and a.lang == lang and len(a.words) > 1
                }
            )
        return self._family[actor, lang]

    def given_initials(self, actor: str) -> frozenset:
        """The first letters of the given names `actor` (a person) is listed under, in any
        language: what a given name before the person's surname may begin with."""
        if self._initials is None:
            initials = {}
            for alias in self.aliases:
                if alias.kind == "person":
                    initials.setdefault(alias.actor, set()).update(
                        w[:1].lower() for w in alias.words[:-1]
                    )
            self._initials = {actor: frozenset(v) for actor, v in initials.items()}
        return self._initials.get(actor, frozenset())

    def post(self, slug: str, date: str | None) -> Person:
        """Return the post `slug` held on `date` (else the latest before it, else the first)."""
        posts = self.people[slug]
        if date:
            held = [p for p in posts if p.start <= date[:7] and (not p.end or date[:7] <= p.end)]
            if held:
                return held[0]
            before = [p for p in posts if p.start <= date[:7]]
            if before:
                return max(before, key=lambda p: p.start)
        return posts[0]

    def index(self, lang: str, morphology: Morphology) -> dict:
        """Return {first letters: [(alias, word keys), ...]} for `lang`, longest alias first;
        look a token up with `candidates`."""
        if lang not in self._index:
            index = {}
            for alias in self.aliases:
                if alias.lang != lang or not alias.words:
                    continue
                keys = tuple(_word_key(w, lang, morphology) for w in alias.words)
                # filed under its first word and that word's lemmas: "Київ" is found from
                # "Києва", whose first letters alternate
                filed = {_prefix(alias.words[0].lower())} | {_prefix(x) for x in keys[0].lemmas}
                for prefix in sorted(filed):
                    index.setdefault(prefix, []).append((alias, keys))
            for entries in index.values():
                entries.sort(key=lambda e: -len(e[0].words))
            self._index[lang] = index
        return self._index[lang]


def _prefix(lower: str) -> str:
    # A token matches an alias word by the same form, a shared lemma, the stem or a case
    # ending; all keep the first three letters of the form or of a lemma (Києва -> київ), and
    # shorter words are filed under their first two.
    return lower.replace("ё", "е")[:3] if len(lower) >= 3 else lower[:2]


def candidates(index: dict, token):
    """The aliases of `index` whose first word `token` may match (an iterator; an alias may
    come twice)."""
    lower = token.lower.replace("ё", "е")
    prefixes = [lower[:3], lower[:2]]
    prefixes += {_prefix(x) for x in token.lemmas} - {lower[:3]}
    return chain.from_iterable(index.get(p, ()) for p in prefixes)


@dataclass(frozen=True)
class WordKey:
    """What a token must show to match one word of an alias."""

    lower: str
    lemmas: frozenset
    stem: str
    upper: bool  # an acronym: the token must be upper case too
    proper: bool  # a name: the token must be capitalised


def _word_key(word: str, lang: str, morphology: Morphology) -> WordKey:
    lower = word.lower().replace("’", "'").replace("ʼ", "'")
    upper = len(word) > 1 and word.replace(".", "").isupper()
    proper = word[:1].isupper()
    if lang == "en":
        return WordKey(lower, frozenset(), lower, upper, proper)
    lemmas = morphology.analyse(word)[0] if len(lower) >= 3 and not upper else frozenset()
    return WordKey(lower, lemmas, strip_ending(lower), upper, proper)


def token_matches(token, key: WordKey, lang: str) -> bool:
    """Does `token` name the alias word described by `key`, in any inflected form?"""
    if key.upper:
        if (
            token.text.replace("’", "'") != token.text.upper()
            or token.lower.rstrip("'s") != key.lower
        ):
            return token.lower == key.lower and token.text.isupper()
        return True
    if key.proper and not token.cap:
        return False
    lower = token.lower
    if lang == "en":
        if lower.endswith(("-led", "-backed")):
            lower = lower.rsplit("-", 1)[0]  # "US-led", "Vietnamese-led forces"
        return lower == key.lower or (lower.endswith("'s") and lower[:-2] == key.lower)
    if lower == key.lower:
        return True
    if key.lemmas and key.lemmas & token.lemmas:
        return True
    # An inflected form is hardly ever two letters shorter than the name: "Али" is not "Алиев".
    if len(key.stem) >= 3 and len(lower) >= len(key.lower) - 1 and strip_ending(lower) == key.stem:
        return True
    # Foreign names in a case ending: Камікава -> Камікавою, Кім Чен Ин -> Ином.
    stem = key.lower[:-1] if key.lower[-1:] in "аяоьй" else key.lower
    if len(stem) >= 2 and lower.startswith(stem) and lower[len(stem) :] in _NAME_ENDINGS:
        return key.proper
    # a foreign name spelt with a doubled letter or without: "Сарраджа" is "Сарадж"
    squeezed = _squeeze(stem)
    if key.proper and len(squeezed) >= 5 and (squeezed != stem or _squeeze(lower) != lower):
        end = _squeezed_prefix(lower, squeezed)
        return end is not None and lower[end:] in _NAME_ENDINGS | {""}
    return False


@lru_cache(maxsize=8192)
def _squeeze(word: str) -> str:
    """`word` with each run of one letter written once."""
    return "".join(c for k, c in enumerate(word) if k == 0 or c != word[k - 1])


def _squeezed_prefix(word: str, squeezed: str) -> int | None:
    """The length of the start of `word` that reads `squeezed` with its doubled letters
    written once ("сарраджа", "сарадж" -> 7), else None."""
    k = 0
    for c in squeezed:
        if k >= len(word) or word[k] != c:
            return None
        while k < len(word) and word[k] == c:
            k += 1
    return k


_NAME_ENDINGS = frozenset(
    "а я у ю ом ем єм ою ею єю і ї и е є ой ей ові еві єві ым им ім ого ему ому".split()
)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return Gazetteer()
