"""Word analysis: lemmas, grammatical cases and parts of speech (pymorphy3 for uk/ru)."""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

# Inflection endings of Ukrainian and Russian nouns and adjectives, longest first: stripping one
# gives a stem that matches a name in any case when morphology has no better answer.
_ENDINGS = sorted(
    set(
        "а я у ю ом ем єм ою ею єю і ї и е є ой ей ий ій ого его ому ему ім им ым ої ую юю ові еві "
        "єві ів ам ям ами ями ах ях ов ев ой ыми ими іми ої ою ая яя ое ее ые ие ь й".split()
    ),
    key=len,
    reverse=True,
)


def strip_ending(word: str) -> str:
    """Return `word` (lower case) without its inflection ending, keeping at least 3 letters.

    Examples
    --------
    >>> strip_ending("камікавою"), strip_ending("путіним"), strip_ending("сша")
    ('камікав', 'путін', 'сша')
    """
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=4)
def _analyzer(lang: str):
    try:
        import pymorphy3
    except ImportError:
        warnings.warn(
            "pymorphy3 is not installed: Ukrainian and Russian words are matched by their endings "
            "only (pip install 'graphctl[text]')",
            stacklevel=3,
        )
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, LookupError, OSError):
        warnings.warn(
            f"pymorphy3 has no {lang} dictionary: pip install pymorphy3-dicts-{lang}", stacklevel=3
        )
        return None


_CASES = frozenset("nomn gent datv accs ablt loct voct gen2 acc2 loc2".split())


class Morphology:
    """Analyses words of one language; results are cached, so repeated words cost nothing."""

    def __init__(self, lang: str):
        self.lang = lang
        self._morph = _analyzer(lang) if lang in ("uk", "ru") else None
        self.analyse = lru_cache(maxsize=200_000)(self._analyse)

    def _analyse(self, word: str) -> tuple[frozenset, frozenset, frozenset]:
        """Return (lemmas, cases, parts of speech) of `word`."""
        lower = word.lower().replace("’", "'").replace("ʼ", "'")
        if self.lang == "en":
            return frozenset((lower, english_lemma(lower))), frozenset(), frozenset()
        if self._morph is None or not re.search(r"[^\W\d_]", word):
            return frozenset((lower, strip_ending(lower))), frozenset(), frozenset()
        lemmas, cases, pos = set(), set(), set()
        parses = self._morph.parse(lower)
        for parse in parses[:4]:
            lemmas.add(parse.normal_form.replace("ʼ", "'").replace("’", "'"))
            tag = parse.tag
            if tag.POS:
                pos.add(tag.POS)
            cases.update(g for g in tag.grammemes if g in _CASES)
            if "Fixd" in tag.grammemes:
                cases.add("fixd")
        # A verb reading ranked below nouns still names the verb: "стала" is also "стати".
        lemmas.update(p.normal_form for p in parses[4:] if p.tag.POS == "VERB")
        if self.lang == "uk" and "GRND" in pos:
            lemmas.update(self._gerund_infinitives(lower))
        return frozenset(lemmas), frozenset(cases), frozenset(pos)

    def _gerund_infinitives(self, word: str) -> set[str]:
        # The Ukrainian dictionary gives a gerund as its own lemma ("звинувативши"); the lexicon
        # holds infinitives, so derive the candidates and keep those the dictionary knows.
        out = set()
        for ending, infinitive in (("вшись", "тися"), ("вши", "ти"), ("ючись", "тися"),
                                   ("ючи", "ти"), ("ачи", "ати"), ("ячи", "яти")):  # fmt: skip
            if word.endswith(ending):
                candidate = word[: -len(ending)] + infinitive
                if any(p.normal_form == candidate and p.tag.POS in ("VERB", "INFN")
                       for p in self._morph.parse(candidate)):  # fmt: skip
                    out.add(candidate)
                break
        return out


# Irregular English verb forms met in news: form -> base.
_IRREGULAR = {
    "met": "meet",
    "held": "hold",
    "said": "say",
    "told": "tell",
    "fought": "fight",
    "struck": "strike",
    "shot": "shoot",
    "sent": "send",
    "sought": "seek",
    "gave": "give",
    "given": "give",
    "made": "make",
    "took": "take",
    "taken": "take",
    "went": "go",
    "gone": "go",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "sold": "sell",
    "led": "lead",
    "brought": "bring",
    "spoke": "speak",
    "spoken": "speak",
    "broke": "break",
    "broken": "break",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "won": "win",
    "lost": "lose",
    "left": "leave",
    "flew": "fly",
    "flown": "fly",
    "drove": "drive",
    "driven": "drive",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "forbade": "forbid",
    "forbidden": "forbid",
    "shook": "shake",
    "stood": "stand",
    "understood": "understand",
    "undertook": "undertake",
    "froze": "freeze",
    "frozen": "freeze",
    "swore": "swear",
    "sworn": "swear",
    "hit": "hit",
    "cut": "cut",
    "put": "put",
    "set": "set",
    "bore": "bear",
    "seized": "seize",
    "kept": "keep",
    "paid": "pay",
    "laid": "lay",
    "bombed": "bomb",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "has": "have",
    "had": "have",
    "did": "do",
    "does": "do",
    "threw": "throw",
    "thrown": "throw",
    "wrote": "write",
    "written": "write",
    "rose": "rise",
    "arisen": "arise",
    "chose": "choose",
    "chosen": "choose",
    "offered": "offer",
    "visited": "visit",
    "hosted": "host",
    "opened": "open",
    "ordered": "order",
    "signed": "sign",
    "planned": "plan",
    "stopped": "stop",
    "dropped": "drop",
    "committed": "commit",
    "admitted": "admit",
    "regretted": "regret",
    "permitted": "permit",
    "expelled": "expel",
    "compelled": "compel",
    "propelled": "propel",
    "controlled": "control",
    "patrolled": "patrol",
    "referred": "refer",
    "transferred": "transfer",
    "preferred": "prefer",
    "barred": "bar",
    "banned": "ban",
    "shipped": "ship",
    "equipped": "equip",
    "stepped": "step",
    "bought": "buy",
    "lent": "lend",
    "sank": "sink",
    "sunk": "sink",
    "fled": "flee",
    "hid": "hide",
    "hidden": "hide",
    "beat": "beat",
    "beaten": "beat",
    "fell": "fall",
    "fallen": "fall",
    "caught": "catch",
    "meant": "mean",
    "rode": "ride",
    "bit": "bite",
    "upheld": "uphold",
    "withheld": "withhold",
    "overrode": "override",
    "overridden": "override",
    "stricken": "strike",
    "forgave": "forgive",
    "forgiven": "forgive",
    "foresaw": "foresee",
    "foreseen": "foresee",
    "oversaw": "oversee",
    "overseen": "oversee",
    "slid": "slide",
    "spent": "spend",
    "dealt": "deal",
    "felt": "feel",
    "heard": "hear",
    "built": "build",
    "shut": "shut",
    "spread": "spread",
    "quit": "quit",
    "split": "split",
    "let": "let",
    "bid": "bid",
    "rebuilt": "rebuild",
    "retook": "retake",
    "retaken": "retake",
    "outlawed": "outlaw",
    "kidnapped": "kidnap",
    "wrapped": "wrap",
    "scrapped": "scrap",
    "trapped": "trap",
    "slammed": "slam",
    "jammed": "jam",
    "rebuffed": "rebuff",
    "cancelled": "cancel",
    "labelled": "label",
    "travelled": "travel",
    "fuelled": "fuel",
    "signalled": "signal",
    "totalled": "total",
    "modelled": "model",
    "quarrelled": "quarrel",
    "rivalled": "rival",
}


def english_lemma(word: str) -> str:
    """Return the base of an irregular English form, else `word` itself (lexicon entries carry
    their regular forms, see :func:`english_forms`).

    Examples
    --------
    >>> english_lemma("met"), english_lemma("accused")
    ('meet', 'accused')
    """
    return _IRREGULAR.get(word, word)


def english_forms(base: str) -> set[str]:
    """Return the regular inflected forms of an English verb or noun `base`, itself included.

    Doubled consonants are generated too (expel -> expelled); an extra form costs nothing.

    Examples
    --------
    >>> sorted(english_forms("accuse"))
    ['accuse', 'accused', 'accuses', 'accusing']
    >>> "expelled" in english_forms("expel"), "allies" in english_forms("ally")
    (True, True)
    """
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        plural = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
        forms |= {plural, base + "ed", base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms
