"""Split news text into paragraphs, sentences and word tokens with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K., U.N.
    r"|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"  # words, with apostrophes and hyphens inside
    r"|\d+(?:[.,:]\d+)*(?:-[^\W\d_]+)?"  # numbers, 75-ї
    r"|[^\w\s]"
)
_END = re.compile(r"[.!?…]+[\"'»”)]*\s+|\n\s*")
# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen lt col maj sgt sen rep gov prof no vs etc jan feb mar apr jun jul "
    "aug sep sept oct nov dec inc corp ltd co e.g i.e р м ім ін т.д див г гг им тыс млн млрд "
    "ст".split()
)


_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i this that these those but and in on at after before when "
    "while its his her their there however meanwhile".split()
)


@dataclass
class Token:
    """One word or punctuation mark, with what morphology knows about it."""

    text: str
    start: int
    end: int
    lower: str = ""
    lemmas: frozenset = frozenset()
    cases: frozenset = frozenset()
    pos: frozenset = frozenset()
    cap: bool = False
    word: bool = True

    def __post_init__(self):
        self.lower = self.text.lower().replace("’", "'").replace("ʼ", "'")
        self.cap = self.text[:1].isupper()
        self.word = self.text[:1].isalnum()


@dataclass
class Sentence:
    """A sentence: its text, offsets in the document, paragraph number, tokens and clauses."""

    text: str
    start: int
    end: int
    paragraph: int
    tokens: list = field(default_factory=list)
    clauses: list = field(default_factory=list)  # filled by the coder: where dates belong


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Return the tokens of `text`; offsets count from `offset`.

    Examples
    --------
    >>> [t.text for t in tokenize("U.S. і КНДР, прем'єр-міністр")]
    ['U.S.', 'і', 'КНДР', ',', "прем'єр-міністр"]
    """
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def _ends_sentence(text: str, match: re.Match) -> bool:
    if "\n" in match.group():
        return True
    before = text[: match.start()]
    word = re.search(r"([\w.]+)$", before)
    after = text[match.end() : match.end() + 1]
    if word:
        last = word.group(1).lower().rstrip(".")
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            return False
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            # "U.S. Secretary of State ...": a dotted acronym mostly opens a name, and only a
            # word that usually starts a sentence shows that it ended one.
            following = re.match(r"[^\W\d_]+", text[match.end() :])
            return bool(following) and following.group().lower() in _SENTENCE_STARTERS
    return not after or not after.islower()


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; a blank line or a line break starts a new paragraph.

    Examples
    --------
    >>> [s.text for s in split_sentences("Mr. Smith met Dr. Jones. They agreed.\\nNext.")]
    ['Mr. Smith met Dr. Jones.', 'They agreed.', 'Next.']
    """
    sentences = []
    paragraph = 0
    start = 0
    for match in _END.finditer(text):
        if not _ends_sentence(text, match):
            continue
        _add(sentences, text, start, match.end(), paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _add(sentences, text, start, end, paragraph):
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    sentences.append(Sentence(stripped, begin, begin + len(stripped), paragraph))
