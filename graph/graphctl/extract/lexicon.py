"""The event lexicon: verbs and phrases of each language mapped to CAMEO codes, and word classes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graphctl.extract.morphology import Morphology, english_forms

# How far apart the words of a phrase may stand ("висловили серйозну стурбованість",
# "fired four shell bombs at").
MAX_GAP = 3
_QUOTES = frozenset('«»"“”„')


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a phrase, its CAMEO code and how its actors are read."""

    lang: str
    pattern: str
    code: str
    flags: frozenset
    line: int

    @property
    def rule(self) -> str:
        return f"lexicon:{self.lang}:{self.line}:{self.pattern}"


@dataclass
class Match:
    """A lexicon entry found in a sentence, over tokens first..last (inclusive)."""

    entry: Entry
    first: int
    last: int
    words: tuple = ()  # the positions of the pattern's words (others are gaps between them)


class Lexicon:
    """The lexicon of one language, indexed for look-up by lemma."""

    def __init__(self, lang: str, morphology: Morphology):
        self.lang = lang
        self.morphology = morphology
        self.entries = []
        self.classes = {}
        self._index = {}
        rows = {}
        text = resources.files("graphctl.extract").joinpath("data").joinpath("lexicon.tsv")
        for number, line in enumerate(text.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t") + [""]
            row_lang, pattern, code, flags = parts[:4]
            if row_lang != lang:
                continue
            if code.startswith("@"):
                self.classes.setdefault(code[1:], set()).update(pattern.split("|"))
                continue
            entry = Entry(lang, pattern, code, frozenset(f for f in flags.split(",") if f), number)
            # a pattern written again further down refines the earlier row: the later one holds
            rows[pattern] = (entry, [self._keys(word) for word in pattern.split()])
        for entry, keys in rows.values():
            self.entries.append((entry, keys))
            for key in keys[0]:
                self._index.setdefault(key, []).append((entry, keys))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[1]))
        self.classes = {name: frozenset(words) for name, words in self.classes.items()}

    def _keys(self, word: str) -> frozenset:
        if word.endswith("*"):
            return frozenset({word})
        if self.lang == "en":
            return frozenset(english_forms(word))
        return self.morphology.analyse(word)[0] | {word}

    def words(self, name: str) -> frozenset:
        """Return the words of class `name` (modal, neg, with, toward, clause, ...)."""
        return self.classes.get(name, frozenset())

    def _token_keys(self, token) -> frozenset:
        return token.lemmas | {token.lower}

    def find(self, tokens) -> list[Match]:
        """Return the lexicon phrases in `tokens`, longest first where they overlap."""
        matches = []
        taken = set()
        for i, token in enumerate(tokens):
            if not token.word or i in taken:
                continue
            candidates = []
            for key in self._token_keys(token):
                candidates.extend(self._index.get(key, ()))
            # longest first; among equals the lexicon's own order, so that the result never
            # depends on the order a set of lemmas happens to iterate in
            for entry, keys in sorted(candidates, key=lambda c: (-len(c[1]), c[0].line)):
                words = self._match_rest(tokens, i, keys, 0 if "tight" in entry.flags else MAX_GAP)
                if words is not None:
                    matches.append(Match(entry, i, words[-1], words))
                    taken.update(range(i, words[-1] + 1))
                    break
        return matches

    def _match_rest(self, tokens, i, keys, max_gap=MAX_GAP):
        positions = [i]
        for key in keys[1:]:
            j, gap = positions[-1] + 1, 0
            while True:
                if j < len(tokens) and tokens[j].text in _QUOTES:
                    j += 1  # "исключило из «белого списка»": quotes do not break a phrase
                    continue
                if j >= len(tokens) or not tokens[j].word or gap > max_gap:
                    return None
                if self._word_matches(tokens[j], key):
                    positions.append(j)
                    break
                j, gap = j + 1, gap + 1
        return tuple(positions)

    def _word_matches(self, token, key) -> bool:
        for k in key:
            if k.endswith("*"):
                if token.lower.startswith(k[:-1]):
                    return True
        return bool(key & self._token_keys(token))


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The shipped lexicon for `lang`, loaded once."""
    from graphctl.extract.coder import morphology

    return Lexicon(lang, morphology(lang))
