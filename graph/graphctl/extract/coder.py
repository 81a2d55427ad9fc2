"""The event coder: actors, predicates and who-does-what-to-whom from one sentence at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from graphctl.extract.dates import MONTHS, WEEKDAYS
from graphctl.extract.gazetteer import candidates, gazetteer, slugify, token_matches
from graphctl.extract.lexicon import Entry, lexicon
from graphctl.extract.morphology import Morphology, strip_ending
from graphctl.extract.roles import ROLE_QUALIFIERS, ROLES
from graphctl.extract.sentences import Sentence

_COORDINATION = frozenset({",", "і", "й", "та", "и", "and", "&", "або", "или", "or", "а також"})
# Country names that are also ordinary words at the start of a sentence ("Того", "Мали").
_COMMON_WORDS = frozenset({"того", "мали", "чад", "гана", "перу"})
_NOUN_MARKERS = frozenset(
    "of the a an after before in fierce heavy renewed further new recent continued".split()
)
_BOUNDARY = frozenset({";", ":", "—", "–", "(", ")", "«", "»", '"', "“", "”"})
_OPENING_QUOTES = frozenset({"«", "“", '"', "„"})
_CLOSING_QUOTES = frozenset({"»", "”", '"', "“"})
_POST_PREPOSITIONS = frozenset("в у во in at to з с із из with до к from".split())
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|as|ash|аль|ал|ад|ас|эль|ель|ибн|бин|ben|bin)-[A-ZА-ЯЁІЇЄ]"
)
_NAME_PARTICLES = frozenset(
    "von van der de da dos du al el bin ibn bint abu la le фон ван дер де да дос дю бин ибн ла ле "
    "бін ібн бен абу аль ель ал эль ас ад аш ан".split()
)
# Regnal numbers after a name: "Мухаммед VI", "Charles III".
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
# Capitalised English words that are not names after a role: "Prime Minister Said ...".
_EN_NOT_NAMES = frozenset("on in at the said says told and but for of to".split())
# Words of obligation after an actor: what the speaker demands of it.
_MUST = {
    "en": frozenset({"must", "should"}),
    "uk": frozenset("має мають мусить мусять повинна повинен повинні повинно".split()),
    "ru": frozenset("должна должен должны должно обязана обязан обязаны".split()),
}
_INFINITIVE_ENDINGS = ("ти", "тися", "тись", "ть", "ться", "чь", "чься")
_DEMAND = {
    lang: Entry(lang, "must", "100", frozenset(), 0) for lang in ("en", "uk", "ru")
}  # fmt: skip
_NAMING = {
    lang: Entry(lang, "naming + blame", "111", frozenset(), 0) for lang in ("en", "uk", "ru")
}  # fmt: skip
_REQUESTED = {
    lang: Entry(lang, "at the request of", "062", frozenset(), 0) for lang in ("en", "uk", "ru")
}  # fmt: skip
# "at the request of Maputo", "на прохання Києва", "по просьбе Бамако": whoever asked for the act
_REQUEST_PHRASES = {
    "en": (("at", "the", "request", "of"), ("at", "the", "invitation", "of")),
    "uk": (("на", "прохання"), ("на", "запрошення")),
    "ru": (("по", "просьбе"), ("по", "приглашению"), ("по", "запросу")),
}
_BACKING = {
    lang: Entry(lang, "with the backing of", "051", frozenset(), 0) for lang in ("en", "uk", "ru")
}  # fmt: skip
# "with the backing of the OIC", "при поддержке Турции", "за підтримки США": a backer, no target
_BACKING_WORDS = ("backing", "support", "поддержк", "підтримк", "сприянн", "содейств")
_BACKING_PREPOSITIONS = frozenset({"with", "при", "за", "з", "із", "at"})
# Words that make the act before them a condition put to someone: an ultimatum.
# Parts that never take an act in the fallback: places, "according to X", genitives of other
# nouns ("інтереси Єгипту", "France's soldiers") and other prepositional phrases.
_FALLBACK_SKIP = frozenset({"loc", "attrib", "mod", "poss", "other", "by", "along", "cause"})
# "висловив жаль через рішення Гельсінкі", "протест из-за решения Хельсинки": whose act a stance
# is taken over (only through a noun: "через Польщу" is a route)
_CAUSE_PREPOSITIONS = frozenset({"через", "внаслідок", "из-за", "вследствие"})
_STANCE_ROOTS = frozenset("11 12 13 14 16 17".split())
# "together with", "разом з", "вместе с": beside someone, not acting on them ("signed alongside"
# the other minister is a relation, and stays one)
_ALONG = frozenset({"вместе", "разом", "together", "along"})
_CONDITIONS = {
    "en": frozenset({"unless"}),
    "uk": frozenset({"інакше"}),
    "ru": frozenset({"иначе"}),
}
_EN_CALL_ON = frozenset("on upon for off back in up".split())
# Acts that end or refuse what their object names: its noun is no event of its own.
_ENDING_CODES = frozenset({"12", "16", "17"})
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december mr mrs ms dr sir lord state minister "
    "foreign prime vice deputy secretary general president chancellor premier envoy ambassador "
    "the on in at of".split()
)
# A complaint or a suit is filed with a body against someone: the body is the forum, no target.
_HOSTILE_ROOTS = frozenset("11 12 13 14 15 16 17 18 19 20".split())
# "seizure of power", "захват власти", "взяти владу": the power seized, and the seizing
_POWER = frozenset({"power", "влада", "власть"})
_SEIZING = ("seiz", "grab", "took", "take", "захоп", "захват", "взя", "взят", "узурп", "usurp")
_IN_WORDS = frozenset({"in", "в", "во", "у"})
_COMPLAINT_CODES = frozenset({"114", "115"})
_MEMBER_WORDS = frozenset({"ally", "allies"})
# Words after a sentence-opening "It" that make it no actor: "It is unclear ...".
_DUMMY_IT = frozenset(
    "is was 's will would could may might seems seemed appears appeared remains remained "
    "has had takes took comes came means meant".split()
)
_STRUCK_PREPOSITIONS = frozenset("on against upon at of на по проти против".split())
_FORCE_NOUNS = frozenset(
    "attack attacks strike strikes assault raid raids bombing bombings shelling invasion storming "
    "aggression offensive удар атака напад обстріл вторгнення агресія наступ нападение обстрел "
    "вторжение агрессия наступление".split()
)
# Acts addressed to someone, who may stand past the act named: threats, appeals, demands.
_ADDRESSED = frozenset({"02", "10", "13"})
_FORUM_PREPOSITIONS = {
    "uk": frozenset({"до", "в", "у", "перед"}),
    "ru": frozenset({"в", "во", "к", "перед"}),
    "en": frozenset({"with", "to", "at", "before", "in"}),
}
_TITLES = frozenset({"prince", "king", "queen", "emir", "sheikh", "general"})
# Object pronouns that cannot be possessives ("him", not "her"; "йому", not "його").
_OBJECT_PRONOUNS = {
    "en": frozenset({"him"}),
    "uk": frozenset({"йому", "ним"}),
    "ru": frozenset({"ему", "ним"}),
}
_PERSONAL_PRONOUNS = {
    "en": frozenset({"he", "she"}),
    "uk": frozenset({"він", "вона"}),
    "ru": frozenset({"он", "она"}),
}
# Role nouns too loose to point back at one official: "officials", "diplomats", "a colleague".
_VAGUE_ROLES = frozenset(
    {"official", "diplomat", "counterpart", "representative", "deputy", "aide"}
)
# Verbs of coercion and leave: what one is "not made to do" or "not allowed to do" is not done.
_COERCE = frozenset(
    "заставить вынудить принудить змусити примусити force make compel forces forced makes "
    "allow permit let дозволити дозволяти допустити позволить позволять допустить".split()
)
# A word for "the organisation just named": "the bloc imposed sanctions"; "the alliance" is the
# military alliance named last ("расширение альянса" after "НАТО и Европейский союз").
_BLOC_WORDS = {
    "en": frozenset({"bloc", "forum"}),
    "uk": frozenset({"блок", "форум", "спільнота", "спільноти", "спільноті", "спільноту"}),
    "ru": frozenset({"блок", "форум", "сообщество", "сообщества", "сообществу", "сообществом"}),
}
# "the neighbours", "соседей", "the neighbouring country": the other state of the story's pair
_NEIGHBOUR_WORDS = frozenset(
    "neighbour neighbours neighbor neighbors сусіда сусідів сусідам сусіду сусідами соседа "
    "соседей соседям соседу соседями".split()
)
_NEIGHBOURING = ("соседн", "сусідн", "neighbouring", "neighboring")
# "the organisation", "организация" with no word before that names another kind: the body named
_ORGANISATION_WORDS = frozenset("organisation organization організація организация".split())
_ALLIANCE_WORDS = {
    "en": frozenset({"alliance"}),
    "uk": frozenset({"альянс"}),
    "ru": frozenset({"альянс"}),
}
_ALLIANCES = frozenset({"NATO", "CSTO"})
_RIGHT_WORDS = frozenset({"право"})
# "the court", "суд": the court named last ("суд отклонил возражения Чили" after the ICJ).
_COURT_WORDS = {
    "en": frozenset({"court", "tribunal"}),
    "uk": frozenset({"суд", "трибунал"}),
    "ru": frozenset({"суд", "трибунал"}),
}
_COURTS = frozenset({"ICJ", "ICC", "ITLOS", "PCA"})
# Words of a suit or a court: with them the seat of the courts is a court, not the Netherlands.
_LEGAL_WORDS = frozenset(
    "иск позов суд суддя судья court suit lawsuit judges verdict вердикт".split()
)
# States whose seat hosts the international courts: travel there is to a court.
_COURT_SEATS = frozenset({"NLD"})
# Armed groups that became a state's government, and since when: their acts are the state's.
_RULING_GROUPS = {"TALIBAN": ("AFG", "2021-08-15")}
_DESPITE = frozenset({"несмотря", "незважаючи"})
_THAT_WORDS = frozenset({"того", "тем", "часу", "времени", "тих", "тех"})
# Craft and landings are no place: "разрешение на посадку самолета министра Турции".
_CRAFT_NOUNS = frozenset("самолёт самолет літак судно корабель корабль посадка".split())
_TIME_NOUNS = frozenset(
    "месяц неделя год день місяць тиждень рік день weekend week month year day morning evening "
    "night hours".split()
)
# Words that make a negated act a refusal: "не намерены нормализовать", "вирішила не запрошувати".
_INTENT_STEMS = (
    "намерен", "намір", "збира", "собира", "intend", "plan", "виріш", "реши", "decid",
    "will", "would", "wo", "буде", "будут", "будет", "стане", "станет",
)  # fmt: skip
# A state's opposition is not the state: "поддерживал сирийскую оппозицию" (its rebels and
# refugees are, as event data codes them: "Afghan rebels kidnapped Russian advisers").
_NOT_THE_STATE = ("оппозиц", "опозиц", "opposition", "колоні", "колони", "coloni", "colony")
_BENEFIT_WORDS = frozenset("интересах інтересах interests behalf".split())
_REFUGEE_STEMS = ("беженц", "біженц", "refugee")
_OFFICIAL = ("official", "state", "офіційн", "официальн", "державн", "государствен", "урядов")
_CHARGE_PREPOSITIONS = frozenset({"of", "в", "у", "во", "за"})
# Media named by their country's adjective: "the Italian newspaper" is no act of Italy.
_MEDIA_WORDS = frozenset(
    "newspaper newspapers broadcaster magazine tabloid daily media outlet сми змі медіа".split()
)
_MEDIA_STEMS = ("газет", "телеканал", "видання", "издани", "журнал")
_GOVERNMENT_WORDS = {
    "en": frozenset({"government", "administration"}),
    "uk": frozenset({"уряд", "адміністрація"}),
    "ru": frozenset({"правительство", "администрация"}),
}
# Prepositions that make a noun act a time ("до вторжения", "після анексії"), not a clause's act.
_TIME_PREPOSITIONS = frozenset(
    "до перед после після з с со від от з-за через накануне напередодні".split()
)
# A state whose sovereignty or integrity is said to be violated is the victim, not the target.
_SOVEREIGNTY = ("sovereignty", "integrity", "суверенітет", "суверенитет", "цілісн", "целостн")
# Things that happen or sit in a capital without speaking for its state: "a court in The Hague".
_VENUE_NOUNS = frozenset(
    "court tribunal meeting meetings talks summit conference arbitration hearing case trial "
    "forum session".split()
)
# Regions named after a continent: "Latin America" is no United States.
_REGION_WORDS = (
    "latin", "south", "north", "central", "латинськ", "південн", "північн", "центральн",
    "латинск", "южн", "северн",
)  # fmt: skip
# Nouns that make a city the name of a treaty, a forum or a process, not its state.
_NAMED_AFTER_PLACES = frozenset(
    "convention conventions agreement agreements accord accords protocol format group process "
    "declaration treaty summit conference".split()
)
# Capitalised bodies a role may belong to: "речник Ради національної безпеки США".
_BODY_WORDS = frozenset(
    "рада совет комітет комитет служба штаб палата дума управління управление кабінет кабинет "
    "офіс офис адміністрація администрация міністерство министерство департамент агентство "
    "комісія комиссия сенат конгрес конгресс бюро".split()
)
# Words that continue a body's name, not a person's: "president of the ECOWAS Commission".
_EN_BODY_WORDS = frozenset(
    "commission council parliament assembly court committee ministry secretariat office "
    "department agency senate congress bureau".split()
)
# Nouns whose "of" phrase is who acts: "a group of Moroccan diplomats", "members of".
_VIOLENCE = frozenset({"18", "19", "20"})
_GROUP_NOUNS = frozenset(
    "group groups delegation team members member dozens hundreds thousands number contingent "
    "unit units detachment battalion deployment patch batch leaders ministers "
    "representatives".split()
)
# Words that join two clauses after a comma: "..., and Erdogan said".
_JOINERS = frozenset("and but і й та а але проте и но".split())
# Words after "said" that go on with the saying, not with what was said.
_EN_NOT_CONTENT = frozenset(
    "that on in at during late early last this today yesterday tonight earlier later after "
    "before when while".split()
)
_DETERMINERS = frozenset("the a an its their his her our this these those".split())
# Words that may stand inside a role phrase: "UN special coordinator", "спецпредставник"
_ROLE_ADJ = frozenset(
    "special senior top high personal permanent спеціальний специальный постійний постоянный "
    "верховний верховный".split()
)
# "it was unfortunate that ...": regret for what another did
_REGRET_WORDS = frozenset("unfortunate regrettable deplorable wrong shameful".split())
# "the government of", "the forces of": whose, not what one is accused of
_GOVERNING_NOUNS = frozenset(
    "government administration regime leadership cabinet forces army military ministry".split()
)
_ARTICLES = frozenset({"a", "an", "the"})
# English words that open a clause of their own even without a comma before them.
# "both sides", "обидві країни", "обе стороны": the last two parties the story named. Only the
# nominative, accusative, dative and instrumental forms ("між двома столицями"): a genitive ("обеих
# стран") is a possessor, not a side.
_PAIR_PHRASES = {
    "en": (
        ("both", "sides"), ("both", "countries"), ("both", "parties"), ("both", "governments"),
        ("both", "leaders"), ("both", "capitals"), ("the", "two", "sides"),
        ("the", "two", "countries"), ("the", "two", "leaders"), ("the", "two", "governments"),
        ("the", "two", "ministers"), ("the", "two", "presidents"), ("the", "two", "capitals"),
        ("the", "sides"),
    ),
    "uk": (
        ("обидві", "сторони"), ("обидві", "країни"), ("обидві", "держави"),
        ("обидва", "уряди"), ("обидва", "лідери"), ("обидва", "міністри"),
        ("обидва", "президенти"), ("дві", "країни"), ("дві", "сторони"), ("обом", "країнам"),
        ("обом", "сторонам"), ("обидвом", "країнам"), ("двома", "країнами"),
        ("двома", "столицями"), ("двома", "сторонами"), ("обома", "країнами"),
        ("двоє", "президентів"), ("два", "президенти"), ("два", "лідери"), ("двоє", "лідерів"),
        ("два", "міністри"), ("двоє", "міністрів"), ("сторони",),
    ),
    "ru": (
        ("обе", "стороны"), ("обе", "страны"), ("оба", "правительства"), ("оба", "лидера"),
        ("оба", "министра"), ("оба", "президента"), ("две", "страны"), ("две", "стороны"),
        ("обеим", "странам"), ("обеим", "сторонам"), ("двумя", "странами"),
        ("двумя", "столицами"), ("двумя", "сторонами"), ("обеими", "странами"),
        ("два", "президента"), ("два", "лидера"), ("два", "министра"), ("двое", "президентов"),
        ("стороны",),
    ),
}  # fmt: skip
_PEOPLE_STEMS = ("президент", "лідер", "лидер", "міністр", "министр", "leader", "president",
                 "minister")  # fmt: skip
# Words before a bare "стороны" that make it no pair of parties ("со стороны России").
_PAIR_SKIP = frozenset("обеих обох обидвох інші другие другі обидві обе обидва".split())
# "the move", "цей крок", "это решение": the act the story told last, standing for its actor
_ACT_PHRASES = {
    "en": (("the", "move"), ("this", "move"), ("the", "decision"), ("this", "decision"),
           ("this", "step"), ("the", "step"), ("the", "expulsions"), ("the", "expulsion"),
           ("the", "deportations"), ("the", "strikes"), ("the", "seizure"), ("the", "raid"),
           ("the", "arrests"), ("the", "ban"), ("the", "offer"), ("this", "offer"),
           ("the", "proposal"), ("this", "proposal"), ("the", "remarks"), ("these", "remarks"),
           ("the", "accusations"), ("these", "accusations")),
    "uk": (("цей", "крок"), ("це", "рішення"), ("такий", "крок"), ("таке", "рішення"),
           ("цю", "висилку"), ("ці", "удари"), ("це", "захоплення"), ("цю", "заборону"),
           ("цю", "пропозицію"), ("ця", "пропозиція"), ("ці", "звинувачення"),
           ("ці", "заяви")),
    "ru": (("этот", "шаг"), ("это", "решение"), ("такой", "шаг"), ("такое", "решение"),
           ("данный", "шаг"), ("данное", "решение"), ("эту", "высылку"), ("эти", "удары"),
           ("этот", "захват"), ("этот", "запрет"), ("это", "предложение"),
           ("эти", "обвинения"), ("эти", "заявления"), ("эти", "слова")),
}  # fmt: skip
# Act nouns of such phrases that name a kind of act (CAMEO roots): whose act is the last of it.
_ACT_KINDS = {
    "expulsions": ("17",), "expulsion": ("17",), "deportations": ("17",), "висилку": ("17",),
    "высылку": ("17",), "strikes": ("19", "18"), "удари": ("19", "18"), "удары": ("19", "18"),
    "seizure": ("17",), "захоплення": ("17",), "захват": ("17",), "raid": ("17", "18"),
    "arrests": ("17",), "ban": ("16",), "заборону": ("16",), "запрет": ("16",),
    # "Индия это предложение отвергла": whoever last offered; "rejected the accusations":
    # whoever last accused or criticised
    "offer": ("03",), "proposal": ("03",), "пропозицію": ("03",), "пропозиція": ("03",),
    "предложение": ("03",), "remarks": ("11", "12"), "accusations": ("11",),
    "звинувачення": ("11",), "заяви": ("11", "12"), "обвинения": ("11",),
    "заявления": ("11", "12"), "слова": ("11", "12"),
}  # fmt: skip
# Words after such a phrase that name its actors themselves: "the strikes on Kabul".
_ACT_OWN_ACTORS = frozenset("of on against by in from over по против на від проти з со".split())
# The words such phrases open with, to pass over most tokens at once.
_PHRASE_OPENERS = frozenset(
    phrase[0]
    for table in (_PAIR_PHRASES, _ACT_PHRASES)
    for lang in table.values()
    for phrase in lang
)
_EN_SUBORDINATORS = frozenset(
    "after before while when because although though whereas since until once if".split()
)


# Regions named as a group of their states: word stems, the states, and whether the group noun
# ("states", "країн") stands before the stems ("країни Балтії") or after them ("Baltic states").
_CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
_BALTIC = ("EST", "LVA", "LTU")
_REGION_GROUPS = {
    "en": ((("central", "asian"), _CENTRAL_ASIA, False), (("central", "asia"), _CENTRAL_ASIA, True),
           (("baltic",), _BALTIC, False)),
    "uk": ((("центральн", "азі"), _CENTRAL_ASIA, True), (("центральноазійськ",), _CENTRAL_ASIA,
           False), (("балті",), _BALTIC, True), (("балтійськ",), _BALTIC, False),
           (("прибалтійськ",), _BALTIC, False)),
    "ru": ((("центральн", "ази"), _CENTRAL_ASIA, True), (("центральноазиатск",), _CENTRAL_ASIA,
           False), (("балти",), _BALTIC, True), (("балтийск",), _BALTIC, False),
           (("прибалтийск",), _BALTIC, False)),
}  # fmt: skip
_PLURAL_ENDINGS = {
    "en": ("s",),
    "uk": ("ав", "ін", "їн", "ик", "ік", "ни", "ви", "ам", "ах", "ами", "их", "іх", "им", "ими",
           "і"),
    "ru": ("ств", "ан", "ик", "ны", "ва", "ам", "ах", "ами", "ых", "их", "ым", "им", "ыми", "ими",
           "ые", "ие"),
}  # fmt: skip
_NUMBER_WORDS = frozenset("three five три трьох трех п'ять п'яти пять пяти".split())
_REGION_FIRST = {
    lang: tuple(stems[0] for stems, _, _ in groups) for lang, groups in _REGION_GROUPS.items()
}
_GROUP_STEMS = (
    "state", "countr", "republic", "nation", "держав", "країн", "государств", "стран", "республік",
    "республик",
)  # fmt: skip
_PRONOUN_GENDER = {"вона": "f", "она": "f", "він": "m", "он": "m"}
_LABELLING_PRONOUNS = {"он", "она", "оно", "они", "він", "вона", "воно", "вони"}


@lru_cache(maxsize=4)
def morphology(lang: str) -> Morphology:
    """The cached word analyser for `lang`."""
    return Morphology(lang)


@dataclass
class Mention:
    """An actor named in a sentence, over tokens first..last."""

    first: int
    last: int
    actor: str
    kind: str  # state, official, organisation, other
    name: str
    state: str
    alias: str  # name, adj, seat, place, person, role
    head: int  # the token whose case tells the mention's role in the sentence
    role: str | None = None
    part: str = ""  # subj, obj, with, between, to, loc, other, mod, attrib
    clause: int = 0
    guessed: bool = False  # an official whose state was taken from the story, not the text


@dataclass
class Predicate:
    """A lexicon phrase found in a sentence."""

    entry: object
    first: int
    last: int
    clause: int = 0
    negated: bool = False
    intent: bool = False
    refused: bool = False  # "refused to meet": a rejection, not a meeting
    superseded: bool = False  # "promised to impose sanctions": the sanction tells what happened
    conditional: bool = False  # "will withdraw its force unless ...": an ultimatum
    content_target: object = None  # "demanded that the US cancel ...": whom the demand is on
    fallback: bool = False  # coded by the sentence-level fallback, not by clause roles
    undoes: bool = False  # "cancelled its decision to expel the envoy": a hostile act undone

    @property
    def noun(self):
        return "noun" in self.entry.flags


@dataclass
class Clause:
    first: int
    last: int
    kind: str  # main, content, relative, purpose, other
    subjects: list = field(default_factory=list)


class SentenceCoder:
    """Codes events in the sentences of one document of one language."""

    def __init__(self, lang: str, doc_date):
        self.lang = lang
        self.doc_date = doc_date
        self.morph = morphology(lang)
        self.gaz = gazetteer()
        self.index = self.gaz.index(lang, self.morph)
        self.lex = lexicon(lang)
        self.roles = ROLES[lang]
        self.words = {name: self.lex.words(name) for name in self.lex.classes}
        # What the document has told so far: officials met through a role phrase, by surname
        # ("Ирфаан Али" ... later "Али"), and the last organisation named ("the bloc").
        self.seen_people = {}
        self.last_organisation = None
        self.last_alliance = None
        self.last_court = None
        # Officials named so far, the latest last, and the one the last sentence naming any
        # opened with: "he", "the minister", "глава МИД" refer back to them.
        self.recent_people = []
        self.last_person = None
        self.topic = None  # the state the last sentence's subject belongs to
        self.topic_group = []  # all the states of that subject ("the GCC and the United States")
        # The discourse so far: the source state and the first pair of the last act coded (and
        # how many sentences ago): "both sides" and "the move" refer back to them.
        self.last_actor = None
        self.last_actor_age = 0
        self.last_act_of = {}  # CAMEO root -> (source state, sentence number) of its last act
        self.pair_counts = {}  # unordered pair -> how many acts the story coded between them
        self.first_pair = None  # the pair of the story's first act, if its lead told one
        self.sentence_number = 0
        self.last_pair = None
        self.last_pair_age = 0
        self._acted_alone = None  # the state that acted on no one in the sentence being coded
        self.backers = []  # mentions of the sentence being coded told as backing its subject
        self.coup_state = None  # the state the story last told power was seized in
        self.named_at = {}  # state -> the sentence that last named it
        self.last_subject = None  # the official the last coded sentence opened its subject with
        self.genders = {}  # official -> "f" or "m", as a past-tense verb showed it

    # --- tokens and actors ---------------------------------------------------------------
    def analyse(self, sentence: Sentence):
        for token in sentence.tokens:
            if token.word:
                token.lemmas, token.cases, token.pos = self.morph.analyse(token.text)

    def find_actors(self, tokens) -> list[Mention]:
        mentions = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            found = None
            group = self._region_group(tokens, i) if token.word else None
            if group is not None:
                mentions.extend(group)
                i = group[0].last + 1
                continue
            if token.word:
                rivals = []  # one name of two states ("Конго"): the one the story named
                for alias, keys in candidates(self.index, token):
                    n = _span(tokens, i, keys, self.lang)
                    if n and found is not None and n == found[1] and alias.words == found[0].words:
                        rivals.append(alias)
                    if n and (
                        found is None or n > found[1] or (n == found[1] and alias.kind == "person")
                    ):
                        found = (alias, n)
                        rivals = [alias]
                if (
                    found
                    and found[0].kind == "person"
                    and found[1] == 1
                    and self.seen_people.get(self._surname_key(token), (found[0].actor,))[0]
                    != found[0].actor
                ):
                    found = None  # "Morales" after "President Jimmy Morales": not Evo Morales
                if (
                    found
                    and found[0].kind != "person"
                    and found[1] == 1
                    and token.cap
                    and token.lower != found[0].words[0].lower()
                    and self._surname_key(token) in self.seen_people
                ):
                    found = None  # "принимая Хана" after "Имран Хан": him, not Hanoi
                if found and found[0].kind == "told":
                    # "Сан-Хосе", "Santiago": a capital named like other places stands for its
                    # state only in a story that has named that state
                    told = found[0].actor in self.named_at
                    found = (replace(found[0], kind="seat"), found[1]) if told else None
                if found and len({a.actor for a in rivals}) > 1:
                    told = [a for a in rivals if a.actor in self.named_at]
                    known = max(told, key=lambda a: self.named_at[a.actor], default=None)
                    found = (known, found[1]) if known is not None else None
            if found and self._not_an_actor(tokens, i, *found):
                i += found[1]
            elif (
                found
                and not self._ambiguous(tokens, i, found[0])
                and not (found[0].kind == "person" and self._inside_name(tokens, i, found[1]))
                and not (found[0].kind == "person" and self._other_given_name(tokens, i, found))
            ):
                alias, n = found
                mentions.append(self._mention(alias, i, i + n - 1, tokens))
                i += n
            elif (referent := self._referent(tokens, i, mentions)) is not None:
                mentions.append(referent)
                i += 1
            elif (told := self._told(tokens, i, mentions)) is not None:
                mentions.extend(told)
                i = told[0].last + 1
            else:
                i += 1
        return mentions

    def _other_of_pair(self, named):
        """The state the story pairs with the last of `named`: its first pair, else the pair it
        coded most."""
        if not named:
            return None
        pairs = [self.first_pair] if self.first_pair else []
        pairs += sorted(self.pair_counts, key=lambda p: -self.pair_counts[p])
        for pair in pairs:
            if named[-1] in pair and len(pair) == 2:
                (other,) = pair - {named[-1]}
                if self.gaz.kinds.get(other) == "state":
                    return other
        return None

    def _of_gender(self, person, pronoun):
        """`person`, or if a Ukrainian or Russian pronoun's gender is not theirs ("вона" after a
        man), the latest official named of that gender."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        if wanted is None or self.genders.get(person[0], wanted) == wanted:
            return person
        for known in reversed(self.recent_people):
            if self.genders.get(known[0]) == wanted:
                return known
        return person

    def _note_genders(self, tokens, clauses):
        """Keep the gender a past-tense verb shows of its official subject ("Каллас заявила")."""
        for clause in clauses:
            people = [m for m in clause.subjects if m.kind == "official"]
            verb = _first_verb(tokens, clause) if len(people) == 1 else None
            if verb is None or "VERB" not in tokens[verb].pos:
                continue
            word = tokens[verb].lower.removesuffix("ся").removesuffix("сь")
            if word.endswith("ла"):
                self.genders[people[0].actor] = "f"
            elif word.endswith(("в", "л")):
                self.genders[people[0].actor] = "m"

    def _region_group(self, tokens, i):
        """The states of a region named as a group at `i`: "the five Central Asian states",
        "країни Балтії", "государств Центральной Азии" (one mention per state, read as a list)."""
        if not tokens[i].lower.startswith(_REGION_FIRST[self.lang]):
            return None
        for stems, states, noun_first in _REGION_GROUPS[self.lang]:
            n = len(stems)
            if i + n > len(tokens) or not all(
                tokens[i + k].lower.startswith(stem) for k, stem in enumerate(stems)
            ):
                continue
            if noun_first:
                noun = tokens[i - 1] if i > 0 else None
                first, last = i - 1, i + n - 1
            else:
                noun = tokens[i + n] if i + n < len(tokens) else None
                first, last = i, i + n
            told = noun is not None and noun.lower.startswith(_GROUP_STEMS)
            # many of them: "Baltic states", "балтийских государств", not "the Baltic state"
            plural = tokens[i + n - 1] if not noun_first and self.lang != "en" else noun
            if not told or not plural.lower.endswith(_PLURAL_ENDINGS[self.lang]):
                continue
            if first > 0 and (
                "NUMR" in tokens[first - 1].pos or tokens[first - 1].lower in _NUMBER_WORDS
            ):
                first -= 1  # "пяти государств Центральной Азии", "the five Central Asian states"
            return [
                Mention(first, last, code, "state", self.gaz.names.get(code, code), code, "pair",
                        last)
                for code in states
            ]  # fmt: skip
        return None

    def _referent(self, tokens, i, mentions) -> Mention | None:
        """The actor one word at `i` refers back to: a surname told before, "he"/"him", "the
        government", "the bloc", "the court", "the alliance"."""
        token = tokens[i]
        person = None
        if (
            token.word
            and token.cap
            and self._surname_key(token) in self.seen_people
            and not self._inside_name(tokens, i, 1)  # "Hamza Abdi Barre" is not Abdi
        ):
            person = self.seen_people[self._surname_key(token)]
        elif (
            self.lang != "en"
            and token.lower in _OBJECT_PRONOUNS.get(self.lang, frozenset()) | {"его", "її"}
            and (earlier := self._official_before(tokens, i, mentions)) is not None
        ):
            # "Асад побывал в ОАЭ, где его принял президент": the official named earlier in the
            # sentence, in a clause of its own
            person = (earlier.actor, earlier.name, earlier.state, earlier.role)
        elif (
            self.lang != "en"
            and i == 0
            and token.lower in ("его", "її", "його", "ее", "её")
            and len(tokens) > 1
            and "VERB" in tokens[1].pos
            and self.last_subject is not None
        ):
            # "Его раскритиковала Каллас": the official the last sentence was about, put first
            # as the object (not "Його підтримують ОАЕ" after "Наступ армії Хафтара": the act)
            actor, name, state, role = self.last_subject
            return Mention(i, i, actor, "official", name, state, "person", i, role, part="obj")
        elif self.last_person is not None and (
            # "Він заявив ...", "She also accused Moscow": the official the last sentence
            # that named one opened with
            (
                token.lower in _PERSONAL_PRONOUNS.get(self.lang, ())
                and (
                    not any(t.word for t in tokens[:i]) or self._opening_phrase(tokens, i, mentions)
                )
            )
            # "Putin congratulated him", "его принимал в Кигали Кагаме"
            or (
                (
                    token.lower in _OBJECT_PRONOUNS.get(self.lang, ())
                    or (
                        token.lower in ("его", "її", "йому")
                        and i + 1 < len(tokens)
                        and "VERB" in tokens[i + 1].pos
                    )
                )
                and i > 0
                and not any(m.actor == self.last_person[0] for m in mentions)
            )
        ):
            person = self._of_gender(self.last_person, token.lower)
        if person is not None:
            actor, name, state, role = person
            if self.lang != "en" and token.cap and strip_ending(token.lower) == token.lower:
                token.cases = token.cases | {"nomn"}  # "Юн и Ли Цян договорились": as named
            return Mention(i, i, actor, "official", name, state, "person", i, role)
        if self._the_government(tokens, i):
            # the state this sentence opened with ("Науседа потребовал ..., а правительство
            # запретило ..."), else the story's
            state = next(
                (m.state for m in mentions if m.state and m.kind in ("state", "official")),
                self.topic,
            )
            if state:
                return Mention(
                    i, i, state, "state", self.gaz.names.get(state, state), state, "topic", i
                )
        neighbouring = (
            token.lower.startswith(_NEIGHBOURING)
            and not token.lower.endswith(("их", "іх", "ие", "их", "ими", "іми", "ім", "им"))
            and i + 1 < len(tokens)
            and tokens[i + 1].lower.startswith(_GROUP_STEMS)
            and not tokens[i + 1].lower.endswith(("ies", "ns", "tes", "ів"))
        )  # "соседняя страна «присвоила»", "the neighbouring country"; not "п'яти сусідніх країн"
        named_next = i + 1 < len(tokens) and tokens[i + 1].cap
        if (token.lower in _NEIGHBOUR_WORDS or neighbouring) and not named_next:
            # "Гватемала обвинила соседей": the other state of the pair the story is about
            named = [m.state for m in mentions if m.state] or [self.topic] * bool(self.topic)
            other = self._other_of_pair(named)  # (with no one named yet: the last subject's)
            if other is not None:
                name = self.gaz.names.get(other, other)
                return Mention(i, i, other, "state", name, other, "topic", i)
        body = None
        if token.lower in _BLOC_WORDS.get(self.lang, ()):
            body = self.last_organisation
        elif (
            token.lower in _ORGANISATION_WORDS
            and not (i > 0 and tokens[i - 1].pos & {"ADJF"})
            and not (i > 0 and self.lang == "en" and tokens[i - 1].lower not in ("the",))
        ):
            # "Генсек ОАГ ... заверил, что организация продолжит": the body named, in this
            # sentence (by its official) or before
            here = [m.state for m in mentions if self.gaz.kinds.get(m.state) == "organisation"]
            named = (here[-1], self.gaz.names.get(here[-1], here[-1])) if here else None
            body = named or self.last_organisation
        elif (
            (not token.cap or i == 0)
            and _forms(token) & _COURT_WORDS.get(self.lang, frozenset())
            and self.last_court is not None
            and not any(m.actor == self.last_court[0] for m in mentions)
        ):
            body = self.last_court
        elif not token.cap and _forms(token) & _ALLIANCE_WORDS.get(self.lang, frozenset()):
            body = self._alliance(mentions)
        if body is not None:
            actor, name = body
            return Mention(i, i, actor, "organisation", name, actor, "name", i)
        return None

    def _official_before(self, tokens, i, mentions):
        """The last official named before `i` in this sentence with a clause boundary (a
        comma, "где", "де", "where") between, if the pronoun at `i` is an object before a verb."""
        if not (i + 1 < len(tokens) and "VERB" in tokens[i + 1].pos):
            return None
        people = [m for m in mentions if m.kind == "official" and m.state and m.last < i]
        if not people:
            return None
        between = {t.text for t in tokens[people[-1].last + 1 : i]}
        return people[-1] if "," in between else None

    def _opening_phrase(self, tokens, i, mentions) -> bool:
        """Does a short phrase with no actor and no clause of its own open the sentence before
        `i`? "In his inaugural address he asked ...", "Пізніше він заявив ..." """
        before = tokens[:i]
        clause_words = self.words.get("clause", frozenset())
        return (
            not mentions
            and i <= 6
            and not any(t.lower in clause_words or t.lower in _EN_SUBORDINATORS for t in before)
            and not any(t.text in _BOUNDARY for t in before)
        )

    def _not_an_actor(self, tokens, i, alias, n) -> bool:
        """Is the alias at `i` part of a longer name that is no actor: "Latin America",
        "Південна Америка", "the Vienna Convention", "the Lima Group", "the Minsk agreements"?"""
        if i > 0 and tokens[i].lower.startswith(("america", "америк")):
            # "Latin America"; "по делам Европы и Америки", "Europe and the Americas": continents
            continents = ("европ", "europ", "азі", "ази", "asia", "африк", "afric")
            listed = i > 1 and tokens[i - 1].lower in ("и", "і", "та", "and", "the")
            return tokens[i - 1].lower.startswith(_REGION_WORDS) or (
                listed
                and any(t.lower.startswith(continents) for t in tokens[max(0, i - 3) : i - 1])
            )
        if (
            i == 0
            and alias.kind != "person"
            and i + n + 1 < len(tokens)
            and tokens[i + n].text == ","
            and (tokens[i + n + 1].lower in MONTHS or tokens[i + n + 1].lower[:1].isdigit())
            and any(t.text in ("-", "–", "—") for t in tokens[i + n + 2 : i + n + 6])
        ):
            return True  # the dateline "BOGOTA, Jan 27 - Colombia said ..." names no actor
        after = tokens[i + n].lower if i + n < len(tokens) else ""
        if alias.kind == "adj" and after.startswith(_NOT_THE_STATE):
            return True
        if alias.kind == "adj" and (after in _MEDIA_WORDS or after.startswith(_MEDIA_STEMS)):
            # "в інтерв'ю італійській газеті": a newspaper, not Italy ("an official Syrian
            # newspaper" does speak for its state)
            return not (i > 0 and tokens[i - 1].lower.startswith(_OFFICIAL))
        if (
            alias.kind in ("seat", "place", "name")
            and i >= 2
            and tokens[i - 1].lower in _NAME_PARTICLES
            and tokens[i - 2].cap
            and tokens[i - 2].word
        ):
            return True  # "Mocimboa da Praia" is no Cape Verde: a name with a place inside
        if (
            alias.kind == "seat"
            and n == 1
            and i > 0
            and not tokens[i].text.isupper()
            and "ADJF" in tokens[i - 1].pos
            and not tokens[i - 1].cap
            and any(x.endswith(("ский", "ський", "цкий", "цький")) for x in tokens[i - 1].lemmas)
        ):
            return True  # "перуанский Конгресс": that state's congress, not the US one
        if alias.kind in ("seat", "place") and i + n < len(tokens):
            return tokens[i + n].lower in _NAMED_AFTER_PLACES
        if (
            self.gaz.kinds.get(alias.actor) == "organisation"
            and self.lang != "en"
            and i > 1
            and tokens[i - 1].lower == "по"
            and tokens[i - 2].lower.startswith(("союзник", "партнер", "партнёр"))
        ):
            return True  # "атаку на союзника по НАТО": a member state, not NATO
        if (
            self.gaz.kinds.get(alias.actor) == "organisation"
            and n == 1
            and i > 0
            and tokens[i - 1].text in _OPENING_QUOTES
            and i + 1 < len(tokens)
            and tokens[i + 1].word
        ):
            return True  # «Альянс демократичних сил»: the first word of a quoted name
        if self.gaz.kinds.get(alias.actor) == "organisation" and self.lang == "en":
            if after in _MEMBER_WORDS:
                return True  # "two NATO allies": member states (its "members" speak for it)
            if i > 0 and tokens[i - 1].lower == "national":
                return True  # Iraq's "National Security Council" is no UN body
        return False

    def _the_government(self, tokens, i) -> bool:
        """Is tokens[i] a bare "the government" / "уряд" / "правительство" opening its sentence
        (no state named with it), standing for the state the story is about?"""
        if tokens[i].lower not in _GOVERNMENT_WORDS.get(self.lang, ()):
            return False
        if self.lang == "en":
            if i == 0 or tokens[i - 1].lower != "the" or (i > 1 and tokens[i - 2].cap):
                return False
        elif i != 0 and not (
            i >= 2 and tokens[i - 1].lower in _JOINERS and tokens[i - 2].text == ","
        ):
            return False  # opening the sentence, or a clause joined to it: ", а правительство"
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is None or not (after.cap or after.lower in ("of", "з", "с"))

    def _alliance(self, mentions):
        """The military alliance named last, in this sentence or before it."""
        for m in reversed(mentions):
            if m.actor in _ALLIANCES:
                return m.actor, m.name
        return self.last_alliance

    def _phrase_at(self, tokens, i, phrases):
        if tokens[i].lower not in _PHRASE_OPENERS:
            return 0
        for phrase in phrases.get(self.lang, ()):
            n = len(phrase)
            if i + n <= len(tokens) and all(tokens[i + k].lower == w for k, w in enumerate(phrase)):
                return n
        return 0

    def _told(self, tokens, i, mentions):
        """States the sentence names only by reference to what came before: "both sides" (two
        states joined by "and" earlier in the sentence, else the first pair coded in the
        sentence just before, unless the speaker is one of them), "the move" (the source of
        the last act coded in the two sentences before, for a reaction to it)."""
        if (
            self.lang == "en"
            and i == 0
            and tokens[0].lower == "it"
            and self.topic_group
            and len(tokens) > 2
            and tokens[1].lower not in _DUMMY_IT
        ):
            # "It also accused Moscow of ...": the actor the story was just about, all of it
            # ("The GCC and the United States issued a joint statement. It called on ...");
            # "It is unclear ...", "It was the first ..." are no one
            return [
                Mention(0, 0, code, self.gaz.kinds.get(code, "state"),
                        self.gaz.names.get(code, code), code, "topic", 0)
                for code in self.topic_group
            ]  # fmt: skip
        n = self._phrase_at(tokens, i, _PAIR_PHRASES)
        if n == 1 and i > 0 and (tokens[i - 1].word or tokens[i - 1].text == "-"):
            n = 0 if "PREP" in tokens[i - 1].pos or tokens[i - 1].lower in _PAIR_SKIP else n
        if n:
            if (
                i + n < len(tokens)
                and tokens[i + n].lower in ("of", "від", "от")
                and not (i + n + 1 < len(tokens) and tokens[i + n + 1].lower.endswith("ing"))
            ):
                return None  # "both sides of the frontier": a place ("accused both countries
                # of lying" is the pair)
            speaker = {mentions[0].state} if mentions else set()
            named = [m for m in mentions if m.state and m.kind != "other"]
            if tokens[i + n - 1].lower.startswith(_GROUP_STEMS):
                # "обе страны", "both countries": states, not the body that spoke of them
                named = [m for m in named if self.gaz.kinds.get(m.state) == "state"]
            order = []
            for k in range(len(named) - 2, -1, -1):
                # "his Armenian and Azerbaijani counterparts ..., and the two sides agreed"
                a, b = named[k], named[k + 1]
                between = [t.lower for t in tokens[a.last + 1 : b.first]]
                clause_join = any(
                    x == "," and y in _JOINERS for x, y in zip(between, between[1:])
                )  # "the envoy welcomed the agreement, and Egypt": two clauses, not a pair
                if (
                    a.state != b.state
                    and set(between) & _JOINERS
                    and len(between) <= 6
                    and not clause_join
                ):
                    listed = k > 0 and all(
                        t.lower in _COORDINATION for t in tokens[named[k - 1].last + 1 : a.first]
                    )
                    if listed:
                        return None  # "Colombia, Chile, Argentina and Uruguay ... the two
                        # governments": not the last two of a longer list
                    order = [b.state, a.state]
                    break
            if len(order) < 2 and tokens[i + n - 1].lower.startswith(_PEOPLE_STEMS):
                # "двоє президентів", "the two leaders": the last two officials of two states
                states = []
                for person in reversed(self.recent_people):
                    if person[2] and person[2] not in states:
                        states.append(person[2])
                if len(states) >= 2 and not speaker & set(states[:2]):
                    order = states[:2]
            if len(order) < 2:
                # no two parties in this sentence: the pair of the last act coded, if recent
                last = self.last_pair if self.last_pair_age == 0 else None
                if last is None and self.pair_counts:
                    # else the pair the story has coded most, if it has come back to it; the
                    # pair its headline or lead told counts twice over
                    pair, count = max(
                        self.pair_counts.items(),
                        key=lambda kv: kv[1] + 2 * (kv[0] == self.first_pair),
                    )
                    last = tuple(sorted(pair)) if count >= 3 else None
                if last is None or speaker & set(last):
                    return None
                order = list(reversed(last))
            head = i + n - 1
            return [
                Mention(i, head, state, "state", self.gaz.names.get(state, state), state, "pair",
                        head)
                for state in reversed(order)
            ]  # fmt: skip
        n = self._phrase_at(tokens, i, _ACT_PHRASES)
        if n and i + n < len(tokens) and tokens[i + n].lower in _ACT_OWN_ACTORS:
            n = 0
        kind = _ACT_KINDS.get(tokens[i + n - 1].lower) if n else None
        if kind is not None:
            # "condemned the expulsions": whoever last expelled, ten sentences back at most
            told = [self.last_act_of[root] for root in kind if root in self.last_act_of]
            state, number = max(told, key=lambda t: t[1]) if told else (None, 0)
            if state is None or self.sentence_number - number > 10:
                return None
        elif n and self.last_actor is not None and self.last_actor_age <= 2:
            state = self.last_actor
        else:
            state = None
        if state is not None:
            if any(m.state == state for m in mentions):
                return None
            head = i + n - 1
            return [
                Mention(i, head, state, "state", self.gaz.names.get(state, state), state, "act",
                        head)
            ]  # fmt: skip
        return None

    def _surname_key(self, token) -> str:
        if self.lang == "en" or "fixd" in token.cases:
            return token.lower
        return strip_ending(token.lower)

    def remember(self, mentions, tokens):
        """Keep what later sentences may name briefly: officials by surname, the last body."""
        for m in mentions:
            if m.kind == "official" and m.alias == "person" and m.last > m.first and m.state:
                # "Li Qiang ... Li said": a known person's last word as written here
                key = self._surname_key(tokens[m.last])
                if len(key) >= 3 and tokens[m.last].cap:
                    self.seen_people.setdefault(key, (m.actor, m.name, m.state, m.role))
                for family in self.gaz.family_names(m.actor, self.lang):
                    # "Пак Кын Хе" ... "президента Пак": the family name comes first
                    key = family.lower() if self.lang == "en" else strip_ending(family.lower())
                    if len(key) >= 2:
                        self.seen_people.setdefault(key, (m.actor, m.name, m.state, m.role))
            if m.kind == "official" and m.alias == "role" and m.state:
                surname = m.name.split()[-1]
                # both the bare form (an indeclinable "Курті") and the stem (declined "Курта")
                for key in {surname.lower(), strip_ending(surname.lower())}:
                    if len(key) >= 3 and (self.lang != "en" or key == surname.lower()):
                        self.seen_people[key] = (m.actor, m.name, m.state, m.role)
                words = m.name.split()
                if len(words) == 2:
                    # Ethiopian, Eritrean, Arab and Indonesian officials go by the first of two
                    # names ("Абий Ахмед" ... "Абий"); a key already told keeps its owner
                    given = words[0]
                    for key in {given.lower(), strip_ending(given.lower())}:
                        if len(key) >= 3 and (self.lang != "en" or key == given.lower()):
                            self.seen_people.setdefault(key, (m.actor, m.name, m.state, m.role))
            elif m.kind == "official" and self.gaz.kinds.get(m.state) == "organisation":
                # "Генеральный секретарь ОАГ ... организация": the body of its official
                self.last_organisation = (m.state, self.gaz.names.get(m.state, m.state))
            elif m.kind == "organisation" and m.alias == "name":
                self.last_organisation = (m.actor, m.name)
                if m.actor in _ALLIANCES:
                    self.last_alliance = (m.actor, m.name)
                if m.actor in _COURTS:
                    self.last_court = (m.actor, m.name)
        for m in mentions:
            if m.state:
                self.named_at[m.state] = self.sentence_number
        people = [m for m in mentions if m.kind == "official" and m.state]
        for m in people:
            known = (m.actor, m.name, m.state, m.role)
            self.recent_people = [p for p in self.recent_people if p[0] != m.actor][-7:]
            self.recent_people.append(known)
        if people:
            self.last_person = (people[0].actor, people[0].name, people[0].state, people[0].role)

    def _courts_by_seat(self, tokens, mentions):
        """ "обратился в Гаагу с иском", "took the case to The Hague": where a sentence tells of
        a suit or a court, the seat of the courts is the court the story named (else the ICJ)."""
        if not any(m.alias == "seat" and m.actor in _COURT_SEATS for m in mentions):
            return mentions
        if not any(_forms(t) & _LEGAL_WORDS for t in tokens):
            return mentions
        court, name = self.last_court or ("ICJ", self.gaz.names.get("ICJ", "ICJ"))
        return [
            replace(m, actor=court, kind="organisation", name=name, state=court)
            if m.alias == "seat" and m.actor in _COURT_SEATS
            else m
            for m in mentions
        ]

    def _seizure_at(self, tokens, k) -> bool:
        """Is tokens[k] a word for a coup ("переворот", "the junta") or the power in "seizure
        of power", "захват власти", "взять власть силой"?"""
        token = tokens[k]
        if _forms(token) & self.words.get("coup", frozenset()):
            return True
        if not token.lemmas & _POWER:
            return False
        before = [t.lower for t in tokens[max(0, k - 2) : k]]
        return any(b.startswith(_SEIZING) for b in before) or (
            k + 1 < len(tokens) and tokens[k + 1].lower == "grab"
        )

    def _note_coup(self, tokens, mentions):
        """Keep the state a coup is told of: "the coup in Niger", "захвативших власть в Гвинее",
        "гвинейской хунты", "Niger's junta"."""
        wanted = self.words.get("coup", frozenset()) | _POWER
        for k, token in enumerate(tokens):
            if not (token.lemmas & wanted or token.lower in wanted):
                continue
            if not self._seizure_at(tokens, k):
                continue
            for m in mentions:
                if not m.state or m.kind != "state":
                    continue
                after = k < m.first <= k + 3 and tokens[m.first - 1].lower in _IN_WORDS
                after = after or m.first == k < m.last  # "власть в Гвинее" read as its rulers
                before = m.last in (k - 1, k - 2) and (
                    m.alias == "adj" or tokens[m.last].lower.endswith(("'s", "’s"))
                )
                if after or before:
                    self.coup_state = m.state
                    break

    def _coup_target(self, tokens, mentions, p, sources):
        """The state of the coup an act with no one named falls on ("осудил захват власти",
        "condemned the coup"), if what it acts on is the seizure itself; told before the verb
        when the subject follows it ("Захват власти осудил Гутерриш")."""
        if self.coup_state is None:
            return None
        ahead = range(p.last + 1, min(p.last + 5, len(tokens)))
        if sources and all(m.first > p.last for m in sources):
            ahead = range(p.first - 1, max(p.first - 6, -1), -1)
        for k in ahead:
            if tokens[k].text in _BOUNDARY:
                return None
            if self._seizure_at(tokens, k):
                code = self.coup_state
                return Mention(
                    k, k, code, "state", self.gaz.names[code], code, "name", k,
                    part="obj", clause=p.clause, guessed=True,
                )  # fmt: skip
            if any(m.first == k for m in mentions):
                return None
        return None

    def _inside_name(self, tokens, i, n) -> bool:
        """Is tokens[i:i+n] followed by more of a name ("Джаліль Аббас Джилані" is not Abbas)?

        A surname ends a name, so only a name word after the match tells: a first name before it
        ("Еммануель Макрон", "Ayatollah Ali Khamenei") is a spelling the gazetteer lacks.
        """
        return i + n < len(tokens) and self._name_word(tokens[i + n])

    def _name_word(self, token) -> bool:
        if (
            not (token.word and token.cap)
            or token.text.isupper()
            or any(c.isdigit() for c in token.text)
        ):
            return False
        if token.lower in _NOT_NAME_WORDS or token.lower in _TITLES or self._role_at_token(token):
            return False
        # a state, a capital or an adjective is no part of a person's name ("Japan's Kishida")
        return not any(
            token_matches(token, keys[0], self.lang)
            for alias, keys in candidates(self.index, token)
            if alias.kind != "person"
        )

    def _role_at_token(self, token) -> bool:
        return any(key in self.roles for key in (token.lower, *token.lemmas))

    def _ambiguous(self, tokens, i, alias) -> bool:
        # A one-word name at the start of a sentence may be an ordinary word (Того, Мали).
        word = tokens[i]
        if alias.kind in ("adj",) or len(alias.words) > 1:
            return False
        if i == 0 and word.lower in _COMMON_WORDS:
            # ... unless a list of names goes on from it ("Мали, Буркина-Фасо и Нигер ...")
            listed = len(tokens) > 2 and tokens[1].text == "," and tokens[2].cap
            return not listed
        if self.lang == "en" and word.lower in ("chad", "jordan", "georgia", "turkey", "may"):
            return i + 1 < len(tokens) and tokens[i + 1].cap and tokens[i + 1].word
        return False

    def _mention(self, alias, first, last, tokens) -> Mention:
        if alias.kind == "person":
            slug = alias.actor.split(":", 1)[1]
            post = self.gaz.post(slug, self.doc_date.isoformat() if self.doc_date else None)
            head = tokens[last]
            if (
                self.lang != "en"
                and head.lower == alias.words[-1].lower()
                and head.lower[-1:] not in "аеєяьй"
            ):
                # a name as listed that ends in a consonant, or in a vowel such names never
                # decline by ("Бухарі", "Абе"), may be its nominative, whatever the morphology
                # guesses of an unknown word ("Микдад" read as a genitive plural; "Болуарте"
                # may well be a case form)
                head.cases = head.cases | {"nomn"}
            return Mention(
                first,
                last,
                alias.actor,
                "official",
                post.name,
                post.state,
                "person",
                last,
                role=post.role,
            )
        kind = self.gaz.kinds.get(alias.actor, "state")
        if alias.actor in _RULING_GROUPS and self.doc_date is not None:
            state, since = _RULING_GROUPS[alias.actor]
            if self.doc_date.isoformat() >= since:
                # the Taliban have been Afghanistan's government since August 2021
                name = self.gaz.names[alias.actor]
                return Mention(first, last, state, "state", name, state, alias.kind, last)
        head = last
        word = tokens[first]
        if (
            self.lang != "en"
            and first == last
            and word.lower == alias.words[0].lower()
            and word.lower not in word.lemmas
            and "nomn" not in word.cases
        ):
            # a name as listed that the morphology does not know as a lemma is its nominative
            # ("Кампала" read as a genitive of "кампал")
            word.cases = word.cases | {"nomn"}
        if self.lang != "en" and last > first:
            # the first noun carries the case: "Ліга арабських держав", "Рада Безпеки ООН",
            # but "Південна Корея", "Європейський Союз"
            head = next((k for k in range(first, last + 1) if "NOUN" in tokens[k].pos), last)
        return Mention(
            first,
            last,
            alias.actor,
            kind,
            self.gaz.names[alias.actor],
            alias.actor,
            alias.kind,
            head,
        )

    def _role_at(self, tokens, i):
        token = tokens[i]
        if not token.word or (self.lang != "en" and "PREP" in token.pos):
            return None  # "После встречи" is no ambassador ("посол" in the locative)
        for key in (token.lower, *token.lemmas):
            if key in self.roles:
                return self.roles[key]
        return None

    def merge_roles(self, tokens, mentions) -> list[Mention]:
        """Join role nouns, states and names: "міністр оборони РФ Сергій Шойгу" is one official."""
        at = {}
        for m in mentions:
            for k in range(m.first, m.last + 1):
                at[k] = m
        merged = []
        used = set()
        i = 0
        n = len(tokens)
        while i < n:
            role = self._role_at(tokens, i) if i not in at else None
            if role is None:
                i += 1
                continue
            start, end, label = i, i, role
            state = None
            # an adjective or (English) a state name just before: "американський держсекретар"
            j = i - 1
            while j >= 0 and j >= i - 3:
                m = at.get(j)
                if (
                    m
                    and m.kind != "official"
                    and m.alias in ("adj", "name", "seat")
                    and (self.lang == "en" or m.alias == "adj")
                ):
                    state, start = m, m.first
                    break
                if m and m.kind == "official" and tokens[m.last].lower.endswith("'s"):
                    state, start = m, m.first  # "Trump's senior adviser": his state's official
                    break
                if (
                    self.lang == "en"
                    and m is None
                    and tokens[j].word
                    and not tokens[j].cap
                    and tokens[j].lower not in _DETERMINERS
                    and tokens[j].lower not in _COORDINATION
                    and tokens[j].lower not in _EN_NOT_NAMES
                    and j - 1 >= 0
                    and at.get(j - 1) is not None
                    and (
                        (at[j - 1].kind != "official" and at[j - 1].alias == "adj")
                        or tokens[j - 1].lower.endswith("'s")
                    )
                ):
                    start = j  # "Iran's religious leader", "China's top diplomat"
                    j -= 1
                    continue
                if (
                    m
                    or not tokens[j].word
                    or self._role_at(tokens, j) is None
                    and not (
                        self.lang == "en"
                        and (tokens[j].lower in ROLE_QUALIFIERS or tokens[j].lower in _ROLE_ADJ)
                    )
                ):
                    break
                start = j
                j -= 1
            # qualifiers and a state in the genitive after: "міністр закордонних справ Польщі",
            # "секретарь Высшего совета национальной безопасности Ирана"
            k = i + 1
            states = []
            while k < n and k <= i + 7:
                m = at.get(k)
                if m:
                    if (
                        state is None
                        and m.kind != "official"
                        and m.alias in ("name", "seat", "adj")
                    ):
                        prep = tokens[k - 1].lower if k > i + 1 else ""
                        inside = prep in ("в", "у", "in") and label == ""
                        if inside or prep not in _POST_PREPOSITIONS:
                            state, end = m, m.last
                            states = _coordinated(tokens, mentions, m)
                            end = states[-1].last
                    break
                t = tokens[k]
                if not t.word:
                    break
                if label == "" and t.lower in ("in", "у", "в") and k + 1 in at:
                    k += 1  # "the juntas in Mali", "влада у Мінську"
                    continue
                if (
                    self._role_at(tokens, k) is not None
                    or t.lower in ROLE_QUALIFIERS
                    or (t.lemmas & ROLE_QUALIFIERS.keys())
                    or (t.lower in _ROLE_ADJ or t.lemmas & _ROLE_ADJ)
                    or t.lower in ("справ", "дел", "affairs", "of", "the", "питань", "вопросам")
                ):
                    if not (t.cap and self.lang != "en" and self._role_at(tokens, k) is None):
                        end = k
                        k += 1
                        continue
                if (
                    self.lang != "en"
                    and "gent" in t.cases
                    and (not (t.cap and "nomn" in t.cases) or t.lemmas & _BODY_WORDS)
                ):
                    k += 1  # a body's name in the genitive: it counts only if a state follows
                    continue
                break
            while state is not None and end + 1 < n and tokens[end + 1].lower in _EN_BODY_WORDS:
                end += 1  # "the ECOWAS Commission": the body's name goes on
            label = self._label(tokens, start, end, label)
            if state is None and self.lang == "en" and (label or "").endswith("secretary of state"):
                state = Mention(start, end, "USA", "state", self.gaz.names["USA"], "USA", "name", i)
            # a name after: known person, or capitalised words
            after = end + 1
            if after < n and tokens[after].lower in ("по", "з", "із", "for") and state is not None:
                # "советник Саудовской Аравии по национальной безопасности Мусаид аль-Айбан"
                # (not "the top U.S. diplomat for the Middle East": a region, not a name)
                q = after + 1
                while q < n and q <= after + 4 and tokens[q].word and not tokens[q].cap:
                    q += 1
                content = [t for t in tokens[after + 1 : q] if t.lower not in _ARTICLES]
                known = at.get(q) if q < n else None
                if (
                    q < n
                    and content
                    and tokens[q].cap
                    and (known is None or (known.kind == "official" and known.first == q))
                ):
                    after = q  # "Верховный комиссар ООН по правам человека Фолькер Тюрк"
            if (
                state is not None
                and after + 1 < n
                and after not in at
                and self._role_at(tokens, after) in _TITLES
                and tokens[after + 1].cap
            ):
                after += 1
            posted = at.get(after + 1) if after + 2 < n else None
            if posted is None and after + 3 < n and tokens[after + 1].lower == "the":
                posted = at.get(after + 2)  # "ambassador to the United States"
            if (
                state is not None
                and after < n
                and tokens[after].lower in ("в", "у", "во", "in", "to", "при", "at")
                and posted is not None
                and posted.kind != "official"
                and posted.last + 1 < n
                and tokens[posted.last + 1].cap
                and tokens[posted.last + 1].word
            ):
                # "посол США в Угорщині Девід Прессман": the post's place, then the name
                used.add(id(posted))
                after = posted.last + 1
            elif (
                state is not None
                and after < n
                and tokens[after].lower in ("to", "in", "at")
                and posted is not None
                and posted.kind != "official"
                and posted.last + 2 < n
                and tokens[posted.last + 1].text == ","
                and tokens[posted.last + 2].cap
            ):
                # "France's ambassador to the United States, Philippe Etienne, ...": the post's
                # place belongs to the role; the name follows in commas
                used.add(id(posted))
                end = posted.last
                after = end + 1
            if len(states) > 1:
                people = self._coordinated_names(tokens, at, after, len(states))
                if people:
                    for n_th, (st, (first, last, person)) in enumerate(
                        zip(states, people, strict=True)
                    ):
                        used.add(id(st))
                        opening = start if n_th == 0 else first
                        merged.append(
                            self._official(tokens, opening, first, last, st, label, person, head=i)
                        )
                        used.add(id(person)) if person is not None else None
                    i = people[-1][1] + 1
                    continue
            k = self._name_end(tokens, at, after)
            known = at.get(k) if k < n else None
            known = known if known and known.kind == "official" and known.first == k else None
            person = at.get(after) if after < n else None
            if not (person and person.kind == "official" and person.first == after):
                # "Turkish President Tayyip Erdogan": a given name the gazetteer does not list
                # before a known surname is that person's (not "Luis Gilberto" before Murillo)
                fits = known and k > after and self._given_names_fit(known.actor, tokens[after:k])
                person = known if fits else None
            if person is not None:
                used.add(id(person))
                if state is not None:
                    used.add(id(state))
                person.first, person.head = start, i
                merged.append(person)
                i = person.last + 1
                continue
            if known is not None and k > after:
                used.add(id(known))  # "Foreign Minister Luis Gilberto Murillo": someone else
                k = known.last + 1
            lead = start - 1
            while lead > 0 and start - lead <= 2 and tokens[lead].word and not tokens[lead].cap:
                if tokens[lead].lower in _ARTICLES:
                    break
                lead -= 1  # "the assistant foreign minister": a modifier the role list lacks
            apposed = (
                lead > 0
                and tokens[lead].lower in _ARTICLES
                and tokens[lead - 1].text == ","
                and self._name_before(tokens, at, lead + 1) is not None
            )  # "Ahmad Al-Bakr, the assistant foreign minister for Arab affairs, ..."
            if apposed:
                start = lead + 1
            if (
                state is None
                and label
                and self.topic is not None
                and (not (start > 0 and tokens[start - 1].text == ",") or apposed)
            ):
                named = (
                    k - after >= 2
                    or (after + 1 < n and tokens[after].text == "," and tokens[after + 1].cap)
                    or apposed
                )
                if named and not self._unknown_state_told(tokens, at, after, k):
                    # "Defence Minister Florence Parly", "Foreign ministry spokesman Lin Jian":
                    # news leaves out the state the story is about; take the one it is about.
                    state = self._topic_state(start, i, at, mentions)
            if state is not None and state.kind == "official" and not (k > after and label):
                named = self._name_before(tokens, at, start) if label else None
                if named is not None:
                    # "Jared Kushner, Trump's senior adviser": the name stands before the role
                    used.add(id(state))
                    merged.append(
                        self._official(tokens, named[0], named[0], named[1], state, label, None)
                    )
                    merged[-1].last = end
                i = max(i + 1, end + 1)
                continue
            if state is None:
                # "глава европейской дипломатии Кая Каллас": the role of the name that follows
                starts = [
                    q
                    for q in range(after, min(after + 4, n))
                    if all(tokens[x].word for x in range(after, q))
                ]
                if after + 1 < n and tokens[after].text == ",":
                    starts.append(after + 1)  # "its chairman, Moussa Faki Mahamat,"
                told = any(at.get(q) is not None and at[q].kind == "official" for q in starts)
                known = self._role_referent(label) if k == after and not told else None
                if known is not None:
                    # "Глава МИД передал ...", "The vice president also met ...": the official
                    # of that role the story named last
                    actor, name, code, role = known
                    merged.append(
                        Mention(start, end, actor, "official", name, code, "person", i, role)
                    )
                i = max(i + 1, end + 1)
                continue
            used.add(id(state))
            if k > after and label:
                merged.append(
                    self._official(tokens, start, after, k - 1, state, label, None, head=i)
                )
                i = k
            else:
                # "представники Південної Кореї та Японії": a body of each state
                for n_th, st in enumerate(states or [state]):
                    used.add(id(st))
                    merged.append(
                        Mention(
                            start if n_th == 0 else st.first,
                            st.last if len(states) > 1 else end,
                            st.actor,
                            st.kind,
                            st.name,
                            st.state,
                            "role",
                            i if n_th == 0 else st.head,
                            role=label or None,
                        )
                    )
                i = end + 1
        keep = [m for m in mentions if id(m) not in used]
        covered = set()
        for m in merged:
            covered.update(range(m.first, m.last + 1))
        keep = [m for m in keep if m.first not in covered]
        guessed = [m for m in merged if m.guessed]
        for a, b in zip(guessed, guessed[1:]):
            between = {t.lower for t in tokens[a.last + 1 : b.first]}
            if a.state == b.state and between and between <= _COORDINATION:
                # "President X and President Y" with no state told: one guessed state for both
                # is wrong for at least one of them; name neither
                merged = [m for m in merged if m is not a and m is not b]
        return self._appositions(tokens, sorted(keep + merged, key=lambda m: m.first))

    def _other_given_name(self, tokens, i, found) -> bool:
        """Does a given name that cannot be the known person's stand just before a surname
        matched alone ("Гассан Саламе" is not Nawaf Salam; "Luis Gilberto Murillo" is not
        Rosario Murillo)?"""
        alias, n = found
        if n != 1 or len(alias.words) != 1 or i < 2:
            return False
        before = tokens[i - 1]
        if not (before.word and before.cap and not before.text.isupper()):
            return False
        if (
            self._role_at(tokens, i - 1) is not None
            or before.lower in _TITLES
            or before.lower in ROLE_QUALIFIERS
            or before.lower in MONTHS
            or before.lower in WEEKDAYS
            or not tokens[i - 2].word  # "..., Салам": a new phrase
        ):
            return False
        return not self._given_names_fit(alias.actor, [before])

    def _given_names_fit(self, actor, words) -> bool:
        """Could `words` be given names of the known person `actor`? Each must begin with the
        letter of one of the person's listed given names ("Яїр" for "Яір Лапід")."""
        initials = self.gaz.given_initials(actor)
        return all(t.text[:1].lower() in initials for t in words)

    def _role_referent(self, label):
        """The official last named whose role a bare role noun ("the minister") names."""
        if not label or label in _VAGUE_ROLES:
            return None
        for known in reversed(self.recent_people):
            role = known[3] or ""
            if role == label or (label in ("minister", "head") and role.endswith("minister")):
                return known
        return None

    def _unknown_state_told(self, tokens, at, after, k) -> bool:
        """ "President Pol Pot of Kampuchea", "Президент Кампучии Пол Пот": a state is told, by a
        name the gazetteer lacks, so the story's state must not be guessed for the official."""
        n = len(tokens)
        if self.lang == "en":
            return k + 1 < n and tokens[k].lower == "of" and tokens[k + 1].cap and k + 1 not in at
        word = tokens[after].lower if after < n else ""
        return k - after >= 3 and word.endswith(("ии", "ії", "ої", "ой")) and after not in at

    def _topic_state(self, start, role_at, at, mentions):
        """The state a role with no state of its own belongs to: the sentence's opening actor
        if there is one before it, else the subject of the sentence before."""
        opening = mentions[0] if mentions else None
        code = self.topic
        if opening is not None and opening.first <= 1 and opening.last < start and opening.state:
            code = opening.state
        if code is None or self.gaz.kinds.get(code) != "state":
            return None
        return Mention(
            start, start, code, "state", self.gaz.names[code], code, "name", role_at, guessed=True
        )

    def _label(self, tokens, start, end, label):
        """The role of a phrase: its most specific role noun, with qualifiers (foreign ...)."""
        heads = [self._role_at(tokens, q) for q in range(start, end + 1)]
        heads = [h for h in heads if h]
        if not label and heads:
            label = heads[0]
        if label == "deputy" and len(heads) > 1:
            label = "deputy " + self._label(tokens, start, end, heads[1])
        qualifiers = []
        for q in range(start, end + 1):
            for key in (tokens[q].lower, *tokens[q].lemmas):
                if key in ROLE_QUALIFIERS and ROLE_QUALIFIERS[key] not in qualifiers:
                    qualifiers.append(ROLE_QUALIFIERS[key])
        if qualifiers and label in ("minister", "secretary"):
            if "of state" in qualifiers:
                return "secretary of state"
            return " ".join(qualifiers) + " " + label
        return label

    def _name_end(self, tokens, at, after, limit=4) -> int:
        """The end (exclusive) of up to `limit` capitalised name words from `after`."""
        k = after
        n = len(tokens)
        particles = 0  # "Al", "El" inside a name do not count as its words
        while (
            k < n
            and k - after - particles < limit
            and tokens[k].word
            and (tokens[k].cap or _PARTICLE_NAME.match(tokens[k].text))
            and (k not in at)
            and tokens[k].lower not in self.words.get("clause", ())
            and (not tokens[k].text.isupper() or (k > after and _REGNAL.fullmatch(tokens[k].text)))
            and not (self.lang == "en" and tokens[k].lower in _EN_NOT_NAMES)
        ):
            if self._role_at(tokens, k) is not None and not (
                k > after and tokens[k].lower in _TITLES  # "Hassan Sheikh Mohamud"
            ):
                break
            if k > after and tokens[k].lower in _NAME_PARTICLES:
                particles += 1
            k += 1
        # particles inside names: "Ursula von der Leyen", "Lula da Silva", "аль-Айбан"
        while (
            k + 1 < n
            and k > after
            and tokens[k].lower in _NAME_PARTICLES
            and tokens[k + 1].cap
            and k + 1 not in at
        ):
            k = self._name_end(tokens, at, k + 1, limit=2)
        return k

    def _coordinated_names(self, tokens, at, after, count):
        """Names joined by "і/и/and": "Николас Мадуро и Ирфаан Али" -> [(first, last, known)]."""
        out = []
        k = after
        while len(out) < count and k < len(tokens):
            person = at.get(k)
            if person is not None and person.kind == "official" and person.first == k:
                out.append((k, person.last, person))
                k = person.last + 1
            else:
                end = self._name_end(tokens, at, k)
                if end == k:
                    return None
                out.append((k, end - 1, None))
                k = end
            if len(out) < count:
                if k >= len(tokens) or tokens[k].lower not in _COORDINATION:
                    return None
                k += 1
        return out if len(out) == count else None

    def _official(self, tokens, start, first, last, state, label, person, head=None) -> Mention:
        if person is not None:
            person.first, person.head = min(start, person.first), person.first
            return person
        role = tokens[head] if head is not None else None
        if role is not None and (role.lower in role.lemmas or self.lang == "en"):
            # the role noun is in the nominative, so is the name beside it: keep it as written
            # ("Прем'єр-міністр Косова Альбін Курті", not a guessed "Курт")
            name = " ".join(t.text for t in tokens[first : last + 1])
        else:
            name = " ".join(self._nominative(t) for t in tokens[first : last + 1])
        return Mention(
            start if start <= first else first,
            last,
            "person:" + slugify(name),
            "official",
            name,
            state.state,
            "role",
            head if head is not None else last,  # the role noun's case tells the part
            role=label or "official",
            guessed=state.guessed,
        )

    def _appositions(self, tokens, mentions) -> list[Mention]:
        """Names beside a role in commas: "the French ambassador, Sylvain Itte," and
        "Blinken, the US secretary of state," are one official each."""
        out = []
        n = len(tokens)
        skip = set()
        at = {k: m for m in mentions for k in range(m.first, m.last + 1)}
        for idx, m in enumerate(mentions):
            if id(m) in skip:
                continue
            is_role = m.alias == "role" and m.kind != "official" and m.role
            named = self._name_before(tokens, at, m.first) if is_role else None
            if named is not None and (m.last + 1 >= n or not tokens[m.last + 1].cap):
                # "Kenzo Oshima, the United Nations Emergency Relief Coordinator"
                out.append(self._official(tokens, named[0], named[0], named[1], m, m.role, None))
                out[-1].last = m.last
                continue
            if is_role and m.last + 2 < n and tokens[m.last + 1].text == ",":
                first = m.last + 2
                if (
                    first + 1 < n
                    and first not in at
                    and self._role_at(tokens, first) in _TITLES
                    and tokens[first + 1].cap
                ):
                    first += 1  # "the Emirati foreign minister, Sheikh Abdullah bin Zayed"
                k = self._name_end(tokens, at, first)
                person = at.get(first)
                closes = k >= n or tokens[k].text in (",", ".", ";", ")") or not tokens[k].cap
                if person is not None and person.kind == "official" and person.first == first:
                    skip.add(id(person))
                    person.first = m.first
                    out.append(person)
                    continue
                if k - first >= 2 and closes:
                    out.append(
                        self._official(tokens, m.first, first, k - 1, m, m.role, None, m.head)
                    )
                    continue
            if m.kind == "official" and idx + 1 < len(mentions):
                nxt = mentions[idx + 1]
                gap = [t.lower for t in tokens[m.last + 1 : nxt.first]]
                if (
                    nxt.alias == "role"
                    and nxt.kind != "official"
                    and nxt.state == m.state
                    and gap in ([","], [",", "the"], [",", "a"])
                ):
                    skip.add(id(nxt))  # "Blinken, the US secretary of state": one actor
            out.append(m)
        return out

    def _name_before(self, tokens, at, start):
        """(first, last) of two or three capitalised words that end just before ", " + `start`
        (an article may stand between), and are no actor or role of their own; else None."""
        k = start - 1
        if k >= 0 and tokens[k].lower in ("the", "a", "an"):
            k -= 1
        if k < 2 or tokens[k].text != ",":
            return None
        last = k - 1
        first = last
        while (
            first >= 0
            and last - first < 3
            and tokens[first].word
            and (tokens[first].cap or tokens[first].lower in _NAME_PARTICLES)
            and first not in at
            and self._role_at(tokens, first) is None
            and tokens[first].lower not in _EN_NOT_NAMES
        ):
            first -= 1
        first += 1
        if last - first < 1 or not tokens[first].cap:
            return None
        if first > 0 and tokens[first - 1].word and tokens[first - 1].cap:
            return None  # a longer capitalised run: a title or a body, not a bare name
        return first, last

    def _nominative(self, token) -> str:
        if self.lang == "en" or not token.cases or "nomn" in token.cases or "fixd" in token.cases:
            return token.text
        lemma = sorted(token.lemmas, key=len)[0] if token.lemmas else token.lower
        if "NOUN" not in token.pos or len(lemma) > len(token.text) or lemma == token.lower:
            # a foreign name morphology only guesses at ("Фейсал" as a verb or a neuter noun):
            # strip no more than a masculine instrumental ending
            text = token.text
            if len(text) > 5 and text[-2:] in ("ом", "ем", "ём", "єм") and "ablt" in token.cases:
                return text[:-2]
            return text
        if "-" in token.text:
            # "Амир-Абдоллахианом": inflection ends the last part only
            head, _, tail = token.text.rpartition("-")
            return head + "-" + tail[:1].upper() + lemma.rpartition("-")[2][1:]
        return lemma[:1].upper() + lemma[1:]

    # --- clauses and parts ---------------------------------------------------------------
    def clauses(self, tokens, matches=()) -> list[Clause]:
        clause_words = self.words.get("clause", frozenset())
        verbs = {
            m.first for m in matches if "noun" not in m.entry.flags and not tokens[m.first].cap
        }
        purpose = self.words.get("purpose", frozenset())
        relative = self.words.get("relative", frozenset())
        # lower-case words only: "Secretary of State" says nothing
        said = {m.last for m in matches if "speech" in m.entry.flags and not tokens[m.first].cap}
        # "demanded that ...", "its demand that ...", "warned that ...": what follows is content
        asked = said | {
            m.last
            for m in matches
            if m.entry.code[:2] in ("02", "10", "13") and not tokens[m.first].cap
        }
        n = len(tokens)

        modal = self.words.get("modal", frozenset())

        def finite(k):
            if self.lang == "en":
                return k in verbs
            if tokens[k].cap:
                return False
            # "сами США не намерены нормализовать": a short adjective of intent is a verb too
            # "заявил, что потрясён решением": a short participle is a predicate
            return bool(tokens[k].pos & {"VERB", "PRTS"}) or (
                "ADJS" in tokens[k].pos and tokens[k].lower in modal
            )

        inline = _inline_quotes(tokens) | _short_asides(tokens)
        opening_participle = tokens[0].lower.endswith("ing") and any(
            m.first == 0 and "noun" not in m.entry.flags for m in matches
        )
        bounds = []
        start, kind = 0, "main"
        for i, token in enumerate(tokens):
            cut = None
            if i in inline:
                pass  # 'висловив «глибокий жаль» через ...': a quoted phrase, not a clause
            elif token.text in _BOUNDARY or token.text == ";":
                cut = (i, "other")
            elif token.text == "," and i + 1 < n:
                nxt = tokens[i + 1].lower
                if (
                    self.lang == "en"
                    and kind == "content"
                    and nxt.endswith("ing")
                    and i + 1 in verbs
                ):
                    cut = (i, "resume")  # "said the tariffs would apply, accusing Bogota of ..."
                elif self.lang == "en" and start == 0 and opening_participle:
                    cut = (i, "main")  # "Visiting Yerevan, Colonna said ...": the participle ends
                elif nxt in ("як", "как") and i > 0 and tokens[i - 1].lower in _THAT_WORDS:
                    cut = (
                        i,
                        "other",
                    )  # "після того, як Подгориця визнала ...": a clause of its own
                elif kind == "content" and nxt in _JOINERS and i + 2 < n and finite(i + 2):
                    # "заявил, что Гондурас добивался помощи, и обвинил Пекин": the speaker's
                    # own second verb
                    cut = (i, "resume")
                elif (
                    self.lang == "en"
                    and kind == "content"
                    and nxt in _JOINERS
                    and any(
                        finite(k)
                        and all(not tokens[q].cap for q in range(i + 2, k))
                        and tokens[k - 1].lower in ("later", "earlier", "then", "also", "ago")
                        for k in range(i + 3, min(i + 7, n))
                    )
                ):
                    cut = (i, "resume")  # "said the RSF had ..., and a week later imposed ..."
                elif kind == "relative" and (finite(i + 1) or (i + 2 < n and finite(i + 2))):
                    # "Egypt, which borders Sudan, called on ...": the relative clause ends and
                    # its antecedent's clause goes on
                    cut = (i, "resume")
                elif self.lang == "en" and _attribution_follows(tokens, i, said):
                    cut = (i, "attribution")  # "..., a UN official said on Monday."
                elif (
                    nxt in ("что", "що")
                    and i > 0
                    and tokens[i - 1].lower in ("то", "те")
                    and i + 3 < n
                    and tokens[i + 2].lower in _LABELLING_PRONOUNS
                    and self._label_of_object(tokens, i + 3)
                ):
                    pass  # "осудил то, что он назвал давлением": the label is the object (a
                    # named labeller keeps its clause: it must not join the subjects)
                elif (
                    self.lang != "en"
                    and i + 2 < n
                    and tokens[i + 2].lower in relative
                    and "PREP" in tokens[i + 1].pos
                ):
                    cut = (i, "relative")  # "суперечка, через яку Маніла відкликала посла"
                elif nxt in clause_words:
                    what = "other"
                    if nxt in relative:
                        what = "relative"
                    elif nxt in purpose and self.lang != "en":
                        what = "purpose"
                    elif nxt in ("що", "что", "that"):
                        what = "content"
                    cut = (i, what)
                elif nxt in ("а", "but") and _gap_follows(tokens, i + 2, clause_words):
                    cut = (i, "other")  # "..., а Габон и Нигер — в отказе ...": a verb left out
                elif any(finite(k) for k in range(start, i)):
                    # "Rouhani called it a mistake, and Erdogan said ...", "Приштина звинувачує
                    # Белград, НАТО посилює KFOR": a second clause with a verb of its own
                    j = i + 1
                    if nxt in _JOINERS:
                        j += 1
                    reach = i + 8
                    while j < n and j <= reach and not finite(j):
                        if tokens[j].text == ",":
                            closing = _relative_clause_end(tokens, j, relative)
                            if closing is None:
                                closing = _apposed_name_end(tokens, j)
                            if closing is None:
                                break
                            # "..., and Egypt, which borders Sudan, called on ...": past the
                            # relative clause to the subject's verb
                            reach, j = closing + 8, closing + 1
                            continue
                        if (
                            nxt not in _JOINERS
                            and not (tokens[j].cap and tokens[j].word)
                            and not tokens[j - 1].lower.endswith("'s")  # "..., India's navy"
                        ):
                            break
                        if nxt in _JOINERS and j > i + 2 and self._role_at_token(tokens[j]):
                            reach = max(reach, j + 6)  # "..., and AU Commission chairman Faki"
                        j += 1
                    if j < n and j <= reach and finite(j) and j > i + 1:
                        cut = (i, "other")
            elif self.lang == "en" and token.lower == "that" and any(i - 4 <= k < i for k in asked):
                cut = (i, "content")  # "warned that ...", "told reporters that ..."
            elif (
                kind == "content"
                and token.lower in ("that", "що", "что")
                and (tokens[i - 1].lower in ("and", "і", "и", "та", "й"))
            ):
                cut = (i, "content")  # "said the decision was taken ... and that Turkey would"
            elif self.lang == "en" and token.lower == "according" and i > 0:
                cut = (i, "attribution")  # "... according to a report submitted to ..."
            elif (
                self.lang == "en"
                and i - 1 in said
                and tokens[i - 1].lower in ("said", "says", "say", "saying")
                and token.word
                and token.lower not in _EN_NOT_CONTENT
                and token.lower not in WEEKDAYS
            ):
                cut = (i, "content")  # "Lin Jian said Philippine vessels had intruded"
            elif (
                i > 0 and token.lower in ("що", "что", "щоб", "чтобы") and tokens[i - 1].text != ","
            ):
                cut = (i, "content" if token.lower in ("що", "что") else "purpose")
            elif (
                self.lang == "en"
                and token.lower in _EN_SUBORDINATORS
                and any(i + 1 < k <= i + 8 for k in verbs)
            ):
                # "... eased after Biden telephoned Macron", "After Erdogan and King Salman spoke
                # by phone, ...": a clause of its own, with a subject
                cut = (i + 1, "other")
            if cut and cut[0] > start:
                bounds.append(Clause(start, cut[0] - 1, kind))
                start, kind = cut[0], cut[1]
        bounds.append(Clause(start, len(tokens) - 1, kind))
        return bounds

    def assign_parts(self, tokens, mentions, predicates, clauses):
        """Decide for each mention how it takes part: subject, object, partner, place..."""
        w = self.words
        verbal_starts = {}
        for p in predicates:
            if not p.noun:
                verbal_starts.setdefault(p.clause, p.first)
        previous = None
        done = []
        for m in mentions:
            m.clause = _clause_of(clauses, m.first)
            prep, gov_noun, gov_cases, gov_token = None, False, frozenset(), None
            crossed = timed = False
            j = m.first - 1
            steps = 0
            if (
                previous is not None
                and 0 < m.first - previous.last <= 3
                and all(t.word and not t.cap for t in tokens[previous.last + 1 : m.first])
                and previous.alias == "role"
                and m.kind == "official"
                and previous.state == m.state
            ):
                # "глава марокканської дипломатії Насер Бурита": the name of the role just told
                m.part = previous.part
            if m.first == m.last and tokens[m.first].lower in _PERSONAL_PRONOUNS.get(self.lang, ()):
                m.part = "subj"  # "In his inaugural address he asked ...": "he" is a subject
            if any(tokens[k].lower in _BENEFIT_WORDS for k in range(max(0, m.first - 3), m.first)):
                m.part = "other"  # "в интересах Индии", "on behalf of Moscow": for whom, not who
            while not m.part and j >= clauses[m.clause].first and steps < 5:
                t = tokens[j]
                low = t.lower
                if (
                    previous is not None
                    and previous.last == j - 1
                    and low in _COORDINATION
                    and previous.clause == m.clause  # ", а напередодні Саудівська Аравія ..."
                ):
                    if low == "," and previous.part in ("loc", "attrib", "other"):
                        break  # "In Moscow, Kremlin spokesman Dmitry Peskov ...": a new phrase
                    if (
                        low == ","
                        and previous.part in ("to", "mod")
                        and tokens[m.head].cases & {"nomn"}
                        and (m.kind == "official" or not tokens[m.head].cases & {"accs", "gent"})
                    ):
                        break  # "до вторжения России в Украину, Алиев и Путин подписали"
                    # coordinated with the mention before: the same part
                    m.part = previous.part
                    break
                if (
                    previous is not None
                    and previous.last == j - 3
                    and _joiners([x.lower for x in tokens[j - 2 : j + 1]]) == ["and"]
                ):
                    m.part = previous.part  # "Cuba and Bolivia as well as Turkey"
                    break
                if previous is not None and previous.first <= j <= previous.last:
                    break
                if _in_predicate(predicates, j):
                    break  # "stood by Niamey": the preposition belongs to the verb
                if self.lang != "en" and t.cap and t.word and j > 0 and prep is None:
                    crossed = True  # "в Охриді Вучич": the preposition governs the place
                if (
                    self.lang == "en"
                    and j == m.first - 1
                    and tokens[m.last].lower.endswith("'s")
                    and t.word
                    and t.lower not in _DETERMINERS
                    and low not in w.get("toward", ())
                    and low not in w.get("other_prep", ())
                    and low not in w.get("with", ())
                    and low not in w.get("between", ())
                ):
                    crossed = True  # "denounced as an ugly crime Serbia's suppression"
                if (
                    low in w.get("with", ())
                    or low in w.get("between", ())
                    or low in w.get("toward", ())
                    or low in w.get("other_prep", ())
                    or low in w.get("near", ())
                ):
                    prep = None if crossed else low
                    if j > 0 and tokens[j - 1].lower in _DESPITE:
                        prep = "despite"  # "несмотря на возражения Москвы": no party to the act
                    if low == "of" and j > 0 and tokens[j - 1].lower == "face":
                        prep = "despite"  # "cooperate in the face of North Korea's programmes"
                    if prep in w.get("with", ()) and (
                        low in _ALONG or (j > 0 and tokens[j - 1].lower in _ALONG)
                    ):
                        prep = "along"  # "вместе с американским послом": present, not partner
                    break
                if (
                    not t.word
                    or low[:1].isdigit()
                    or low in MONTHS
                    or low in WEEKDAYS
                    or (t.lemmas | {low}) & _TIME_NOUNS  # "в этом месяце Эрдоган", "Over the
                    # weekend Brazil's government": a time, not a place
                    or low in w.get("clause", ())
                    or low in w.get("relative", ())  # "через яку Маніла": the pronoun's
                    or self._is_verb(t)
                    or _in_predicate(predicates, j)
                ):
                    break
                if any(q.first <= j <= q.last for q in predicates):
                    gov_noun = True  # the genitive of a noun predicate: "высылка дипломатов"
                    if self.lang != "en" and j > 0 and tokens[j - 1].lower in _TIME_PREPOSITIONS:
                        timed = True  # "за два дня до вторжения России": when, not who
                    break
                if self.lang != "en" and t.pos and "NOUN" in t.pos and not t.cap:
                    gov_noun = True
                    gov_cases = t.cases
                    gov_token = gov_token or t
                steps += 1
                j -= 1
            if timed and not m.part:
                m.part = "mod"
            if m.part:
                previous = m
                done.append(m)
                continue
            relation = self.words.get("relation", frozenset())
            if (
                prep in ("у", "в", "во", "на")
                and m.kind != "official"  # "в этом месяце Эрдоган обвинил": a time, then a name
                and (
                    ("loct" in gov_cases and "accs" not in gov_cases)
                    or (
                        gov_noun
                        and "gent" in tokens[m.head].cases
                        and not (gov_token is not None and gov_token.lemmas & _CRAFT_NOUNS)
                    )
                )
            ):
                m.part = "loc"  # "у столиці Литви", "на півночі Косова": a place, through a noun
            elif gov_token is not None and _forms(gov_token) & relation:
                m.part = "other"  # "втручання у відносини Туреччини і Катару": whose ties
            else:
                m.part = self._part(tokens, m, prep, gov_noun, verbal_starts.get(m.clause))
                if (
                    m.part == "subj"
                    and gov_noun
                    and self.lang != "en"
                    and any(o.part == "subj" and o.clause == m.clause for o in done)
                ):
                    m.part = "mod"  # "Помпео выразил разочарование решением Южной Кореи"
                elif (
                    m.part in ("subj", "obj")
                    and any(q.noun and q.first <= m.first - 1 <= q.last for q in predicates)
                    and self.lang != "en"
                    and "gent" in tokens[m.head].cases
                    and (verbal_starts.get(m.clause) or 10**6) < m.first
                ):
                    m.part = "mod"  # "засудили візит Пелосі": whose visit, after the verb

            previous = m
            done.append(m)
        for c_index, clause in enumerate(clauses):
            clause.subjects = [m for m in mentions if m.clause == c_index and m.part == "subj"]
            if self.lang != "en" and len(clause.subjects) >= 2:
                self._fronted_object(tokens, clause, verbal_starts.get(c_index))
            if not clause.subjects and self.lang != "en":
                clause.subjects = self._subject_after_verb(tokens, mentions, predicates, c_index)
            if not clause.subjects and clause.kind != "relative":
                seats = [
                    m
                    for m in mentions
                    if m.clause == c_index
                    and m.part == "loc"
                    and m.alias == "seat"
                    and (verbal_starts.get(c_index) or 10**6) > m.first
                    and not self._subject_noun_before(tokens, clause.first, m.first)
                    # "В Аккре лидеры потребовали": the subject stands after the place ("В Лиме
                    # документ расценили" is an object put first)
                    and not (
                        self.lang != "en"
                        and any(
                            t.word
                            and not t.cap
                            and "NOUN" in t.pos
                            and not t.pos & {"CONJ", "PREP", "PRCL"}  # "и" read as a letter
                            and "nomn" in t.cases
                            and not t.cases & {"accs", "gent", "loct", "datv"}
                            for t in tokens[m.last + 1 : verbal_starts.get(c_index) or m.last + 1]
                        )
                    )
                ]
                clause.subjects = seats[:1]
            if not clause.subjects and self.lang != "en":
                verb = verbal_starts.get(c_index)
                inside = [
                    m
                    for m in mentions
                    if m.clause == c_index
                    and m.first > clause.first
                    and tokens[m.first - 1].lower in ("у", "в", "во")
                    and not any(o.clause == c_index and o.first < m.first for o in mentions)
                    and not any(
                        t.lower in self.words.get("relative", ())
                        for t in tokens[clause.first : m.first]
                    )
                    and verb is not None
                    and m.last < verb
                    and tokens[verb].lower.endswith("ли")
                    # "В Аккре лидеры потребовали": a subject of its own stands between
                    and not any(
                        "NOUN" in t.pos and "nomn" in t.cases and not t.cap
                        for t in tokens[m.last + 1 : verb]
                    )
                ]
                # "У НАТО закликали Росію ...", "В Кремле заявили ...": those inside the body
                # spoke, with a plural verb and no subject of its own
                clause.subjects = inside[:1]
            if self.lang != "en":
                # "Индия это предложение отвергла": an act told after the subject is its object
                told = [
                    m
                    for m in clause.subjects
                    if m.alias == "act"
                    and any(o.alias != "act" and o.last < m.first for o in clause.subjects)
                ]
                for m in told:
                    m.part = "obj"
                clause.subjects = [m for m in clause.subjects if m not in told]

    def _fronted_object(self, tokens, clause, verb):
        """ "Кампалу и Банги Белый дом обвинил ...": two groups before the verb with nothing
        joining them; the first, which may be accusative, is the object put first."""
        if verb is None:
            return
        before = [m for m in clause.subjects if m.last < verb]
        for k in range(1, len(before)):
            a, b = before[k - 1], before[k]
            gap = tokens[a.last + 1 : b.first]
            if gap or b.alias == "adj" or b.first <= a.last:
                continue  # joined ("и", a comma), an adjective of what follows, or one phrase
                # standing for two ("двоє президентів")
            first = before[:k]
            plural_verb = tokens[verb].lower.endswith(("ли", "ють", "ять", "ут", "ют", "ат", "ят"))
            accusative = all("accs" in tokens[m.head].cases for m in first)
            # a singular verb after a group of two and one actor: the group is the object
            outnumbered = len(first) >= 2 and len(before) - k == 1 and not plural_verb
            if (accusative or outnumbered) and "nomn" in tokens[b.head].cases:
                for m in first:
                    m.part = "obj"
                clause.subjects = [m for m in clause.subjects if m not in first]
            return

    def _subject_after_verb(self, tokens, mentions, predicates, c_index) -> list[Mention]:
        """Free word order: the subject after its verb ("На сторону Вильнюса встал Боррель",
        "Про солідарність з Ер-Ріядом заявив і Бахрейн"), where nothing before the verb is one.
        A nominative person, or a nominative state after a verb that takes no object (speech) or
        whose object stands before it."""
        verb = next((p for p in predicates if p.clause == c_index and not p.noun), None)
        if verb is None:
            return []
        # "Россию осудил Вашингтон": the object stands first, so what follows is the subject
        object_first = any(
            o.clause == c_index and o.part == "obj" and o.last < verb.last for o in mentions
        )  # "Против возвращения Рабата выступали Алжир и ЮАР": inside the phrase counts too
        for m in mentions:
            if m.clause != c_index or m.first <= verb.last:
                continue
            cases = tokens[m.head].cases
            if m.part != "obj" or "nomn" not in cases:
                return []
            if (
                m.kind == "official"
                or "accs" not in cases
                or "speech" in verb.entry.flags
                or object_first
            ):
                group = _coordinated(tokens, mentions, m, states_only=False)
                for g in group:
                    g.part = "subj"
                return group
            return []
        return []

    def _subject_noun_before(self, tokens, start, at) -> bool:
        """Is the clause's subject a noun before the place at `at` ("Встреча Коно в Бангкоке
        ничего не дала", "A court in The Hague ordered")? Then the place does not speak for its
        state, as it does in "В Москве заявили" or "In Beijing, officials said"."""
        for k in range(start, at):
            t = tokens[k]
            if self.lang == "en":
                if t.lower in _VENUE_NOUNS:
                    return True
            elif (
                t.word
                and (not t.cap or k == 0)
                and "NOUN" in t.pos
                and "nomn" in t.cases
                and not t.cases & {"gent", "loct", "datv"}
            ):
                return True
        return False

    def _part(self, tokens, m, prep, gov_noun, verb_at):
        w = self.words
        head = tokens[m.head]
        cases = head.cases
        before_verb = verb_at is None or m.first < verb_at
        if prep:
            if (
                m.first >= 2
                and tokens[m.first - 2].lower in w.get("attribution", ())
                or (m.first >= 3 and tokens[m.first - 3].lemmas & w.get("attribution", frozenset()))
                or prep == "by"
                and m.first >= 2
                and tokens[m.first - 2].lower == "according"
            ):
                return "attrib"
            if prep == "along":
                return "along"
            if _led_by(tokens, m.first):
                return "along"  # "група спецпосланців на чолі з Радебе": who leads it acts
            if m.first >= 2 and tokens[m.first - 2].lower in ("пути", "шляху", "way", "road"):
                return "other"  # "на пути в Гаагу", "on the way to The Hague": a course, no one
            if prep == "despite":
                return "other"
            if prep in w.get("with", ()):
                return "with"
            if prep in w.get("between", ()):
                return "between"
            if prep == "by":
                return "by"
            if prep in w.get("near", ()):
                return "loc"  # "поблизу Тайваню", "near Kharkiv": a place
            if prep in ("от", "від", "из"):
                return "from"  # "потребовал от Москвы", "отозвал посла из Рабата"
            if prep in _CAUSE_PREPOSITIONS and gov_noun:
                return "cause"
            if prep == "about" and self.lang == "en":
                return "cause"  # "concerned about the Polish law": what a stance is taken on
            if (
                prep in ("у", "в", "во", "на", "in", "at")
                and not gov_noun
                and (m.alias == "place" or "loct" in cases or "loc2" in cases or self.lang == "en")
                and m.kind != "official"  # a person is no place: "на Курті"
            ):
                if (
                    self.lang != "en"
                    and m.kind == "organisation"
                    and (not cases or "fixd" in cases)
                    and verb_at is not None
                    and m.first > verb_at
                ):
                    return "to"  # "обратилась в ОАГ", "вступила в НАТО": into a body
                if "accs" not in cases or m.alias == "place":
                    return "loc"
            if (
                prep == "of"
                and before_verb
                and m.first >= 2
                and tokens[m.first - 2].lower in _GROUP_NOUNS
            ):
                return "subj"  # "a group of Moroccan diplomats held ..."
            if prep in w.get("toward", ()):
                return "to"
            return "other"
        if m.alias == "place":
            return "loc"
        if self.lang == "en":
            if head.lower.endswith("'s"):
                return "poss" if before_verb else "obj"
            return "subj" if before_verb else "obj"
        if gov_noun:
            if verb_at is None:
                return "mod"
            return "subj" if before_verb else "obj"
        if not cases or "fixd" in cases:
            return "subj" if before_verb else "obj"
        if (
            not before_verb
            and m.kind != "official"
            and "nomn" in cases
            and cases & {"datv", "gent", "loct", "ablt"}
        ):
            return "obj"  # "дорікав Організації Договору ...": a dative that looks nominative
        if "nomn" in cases and ("accs" not in cases or before_verb):
            return "subj"
        if cases & {"accs", "datv", "ablt", "gent", "acc2", "gen2"}:
            return "obj" if not before_verb or not cases & {"gent"} else "mod"
        return "subj" if before_verb else "obj"

    def _is_verb(self, token) -> bool:
        if self.lang == "en":
            return False
        return bool(token.pos & {"VERB", "INFN", "PRTF", "GRND"})

    # --- predicates ----------------------------------------------------------------------
    def predicates(self, tokens, mentions, clauses, matches) -> list[Predicate]:
        inside = set()
        for m in mentions:
            inside.update(range(m.first, m.last + 1))
        found = []
        shadowed = []  # predicates left out as the object of an ending act: they end others too
        for match in matches:
            last = match.last
            if any(k in inside for k in range(match.first, match.last + 1)):
                words = match.words or (match.first,)
                blocked = [k for k in words if k in inside]
                mention = next(
                    (m for m in mentions if blocked and m.first <= blocked[0] <= m.last), None
                )
                if blocked and not (
                    mention is not None
                    and (mention.role or mention.alias == "role")  # "an embassy in Abu Dhabi"
                    and mention.first > match.first
                    and all(k <= mention.last for k in blocked)
                ):
                    continue
                blocked = [mention.first] if blocked else blocked
                # "вызвал посла Японии ...": the role word of the pattern opens the object;
                # "исключил Японию из списка": an actor between the pattern's words is its object
                last = max(k for k in words if k < (blocked[0] if blocked else match.last + 1))
                last = min(last, min(m.first for m in mentions if match.first < m.first) - 1)
            first = tokens[match.first]
            if self.lang == "en" and first.cap and match.first > 0:
                continue  # "Free", "State": names, not verbs
            if self._label_of_object(tokens, match.first):
                continue  # "condemned what he called coercion": the label is not an act
            if match.first > 0 and tokens[match.first - 1].lemmas & _RIGHT_WORDS:
                continue  # "в праве требовать", "право вимагати": a right, not an act
            if (
                self.lang == "en"
                and first.lower in ("close", "closer")
                and match.first + 1 < len(tokens)
                and tokens[match.first + 1].lower in ("to", "ties", "ally", "allies", "partner")
            ):
                continue  # "drills close to the border", "a close ally": near, not closing
            entry = match.entry
            if (
                self.lang == "en"
                and "noun" not in entry.flags
                and first.lower.endswith("ing")
                and match.first == last
                and _after_article(tokens, match.first)
            ):
                # "after an emergency cabinet meeting the government declared": a noun
                entry = replace(entry, flags=entry.flags | {"noun"})
            if (
                self.lang == "en"
                and "noun" not in entry.flags
                and first.lower == "talks"
                and match.first > 0
                and tokens[match.first - 1].word
                and not tokens[match.first - 1].cap
                and match.first - 1 not in inside
            ):
                entry = replace(entry, flags=entry.flags | {"noun"})  # "military talks with"
            p = Predicate(entry, match.first, last, _clause_of(clauses, match.first))
            start = clauses[p.clause].first
            window = [tokens[k].lower for k in range(max(start, p.first - 3), p.first)]
            if "forces" in entry.flags and not set(window) & self.words.get("forces", frozenset()):
                continue  # refugees "crossed into Chad"; troops crossing in are an incursion
            if "ing" in entry.flags and not (
                last + 1 < len(tokens) and tokens[last + 1].lower.endswith("ing")
            ):
                continue  # "would stop recognising him", not "an unscheduled stop in Riyadh"
            lemmas = set()
            for k in range(max(start, p.first - 3), p.first):
                lemmas |= tokens[k].lemmas
            neg = self.words.get("neg", frozenset())
            p.negated = bool(set(window[-2:]) & neg) or (
                self.lang == "en" and bool(set(window) & {"not", "n't", "never"})
            )
            if self.lang == "en" and any(
                tokens[k].lower in ("was", "were")
                and tokens[k + 1].lower == "to"
                and tokens[k + 2].lower == "have"
                for k in range(max(start, p.first - 6), p.first - 2)
            ):
                p.negated = True  # "were to have joined the talks": what did not happen
            refusal = self.words.get("refuse", frozenset())
            refused = bool((set(window) | lemmas) & refusal)
            permits = bool(_forms(first) & _COERCE)
            if p.negated and (
                any(w.startswith(_INTENT_STEMS) for w in window)
                or permits
                or p.entry.code == "054"  # "больше не признает Китайскую Республику"
            ):
                # "США не намерены нормализовать отношения", "не дозволила ЄС затвердити":
                # a refusal, not a mere "no"
                refused, p.negated = True, p.entry.code >= "10"
            p.refused = refused and p.entry.code < "10"
            # "відмовилася запроваджувати санкції": no sanction happened
            p.negated = p.negated or (refused and p.entry.code >= "10")
            if (
                self.lang == "en"
                and not p.noun
                and first.lower.endswith("ing")
                and match.first > 0
                and tokens[match.first - 1].lower in _NOUN_MARKERS
                and not (
                    tokens[match.first - 1].lower in ("after", "before")
                    and (match.last > match.first or _takes_object(tokens, match.first + 1))
                )
            ):
                # "after two days of fierce fighting": a noun, with no actors of its own ("after
                # signing agreements with ...", "before meeting Xi": a gerund with an object)
                continue
            if (
                self.lang == "en"
                and not p.noun
                and match.first > 0
                and tokens[match.first - 1].lower in _DETERMINERS
            ):
                continue  # "the wounded", "a key ally", "its supplies": nouns, not acts
            if (
                self.lang == "en"
                and not p.noun
                and match.first == last
                and match.first > 0
                and tokens[match.first - 1].lower == "of"
                and first.lower.endswith("s")
            ):
                continue  # "a letter of thanks": a noun
            if (
                self.lang == "en"
                and p.noun
                and match.last + 1 < len(tokens)
                and self._role_at(tokens, match.last + 1) == ""
            ):
                continue  # "invasion forces", "peacekeeping troops": a noun naming the force
            ending = next(
                (
                    q
                    for q in found
                    if q.first < p.first <= q.last + (6 if p.noun else 3)
                    and q.clause == p.clause
                    and (not q.noun or q.entry.code[:2] == "16")  # "о прекращении действия"
                    and (q.entry.code[:2] in _ENDING_CODES or q.refused)
                    and not _asked_for(found, q)
                    and (
                        p.noun
                        or not any(t.lower in _COORDINATION for t in tokens[q.last + 1 : p.first])
                    )
                    and not any(q.last < k < p.first for k in inside)
                ),
                None,
            )
            if ending is not None or any(
                q.first < p.first <= q.last + 3 and q.clause == p.clause for q in shadowed
            ):
                # "suspended security cooperation", "cancelled a planned visit", "rejected an
                # offer to host a summit"; a hostile act cancelled is one undone
                if ending is not None and ending.entry.code[:2] == "16" and p.entry.code >= "10":
                    ending.undoes = True
                shadowed.append(p)
                continue
            modal = self.words.get("modal", frozenset())
            p.intent = bool((set(window) | lemmas) & modal) or (
                self.lang == "en"
                and "to" in window[-1:]
                and p.entry.code[:2] != "01"
                and bool(set(window[:-1]) & modal)
            )
            found.append(p)
        for p in found:
            if p.noun and any(
                q.negated and not q.noun and q.clause == p.clause and 0 < p.first - q.last <= 3
                for q in found
            ):
                p.negated = True  # "не поїхав на саміт блоку": no summit attended
        return self._blamed_that(tokens, mentions, clauses, self._naming(tokens, clauses, found))

    def _blamed_that(self, tokens, mentions, clauses, found):
        """ "said it was 'unfortunate' that Rwanda had moved": a word of blame for what someone
        did is criticism of them."""
        if self.lang != "en":
            return found
        blame = self.words.get("blame", frozenset()) | _REGRET_WORDS
        for k in range(2, len(tokens) - 1):
            word = tokens[k]
            quoted = word.text in _OPENING_QUOTES or word.text in ('"', "”", "“")
            at = k + 1 if quoted else k
            if at + 2 >= len(tokens) or tokens[at].lower not in blame:
                continue
            close = at + 1
            if tokens[close].text in ('"', "”", "“", "'", "’"):
                close += 1
            if not (
                tokens[k - 1].lower in ("was", "is", "were", "be")
                and tokens[k - 2].lower == "it"
                and tokens[close].lower == "that"
            ):
                continue
            if any(p.first <= at <= p.last for p in found):
                continue
            blamed = Predicate(_NAMING[self.lang], at, at, _clause_of(clauses, at))
            # the one blamed is the subject of the "that" clause, wherever it was cut
            doer = next((m for m in mentions if close < m.first <= close + 4 and m.state), None)
            blamed.content_target = doer
            found.append(blamed)
        return found

    def _label_of_object(self, tokens, k) -> bool:
        """ "what he called Chinese coercion", "то, что он назвал давлением Китая": the naming verb
        only labels the object of the act before it, whose actors stay its targets."""
        naming = self.words.get("naming", ())
        if not (tokens[k].lower in naming or tokens[k].lemmas & naming):
            return False
        before = [t.lower for t in tokens[max(0, k - 3) : k]]
        return any(w in ("what", "що", "что", "чем") for w in before) and k > 0

    def _naming(self, tokens, clauses, found):
        """ "called the decision a huge mistake", "назвав дії Токіо атакою": calling a deed by a
        word of blame is criticism of whoever did it, not a phone call."""
        naming, blame = self.words.get("naming", ()), self.words.get("blame", ())
        neg = self.words.get("neg", frozenset())
        for k, t in enumerate(tokens):
            if not t.word or not (t.lower in naming or t.lemmas & naming):
                continue
            if (self.lang == "en" and t.cap and k > 0) or (k > 0 and tokens[k - 1].lower in neg):
                continue
            if self.lang == "en" and k + 1 < len(tokens) and tokens[k + 1].lower in _EN_CALL_ON:
                continue  # "called on", "called for": an appeal
            clause = _clause_of(clauses, k)
            end = min(clauses[clause].last, k + 10)
            if end + 1 < len(tokens) and tokens[end + 1].text in _OPENING_QUOTES:
                end = min(len(tokens) - 1, k + 10)  # 'called Trudeau "very dishonest & weak"'
            if not any(
                tokens[j].lower in blame or tokens[j].lemmas & blame for j in range(k + 1, end + 1)
            ):
                continue
            here = [p for p in found if p.first <= k <= p.last]
            if any(p.entry.code[:2] not in ("04",) for p in here):
                continue  # a phrase of its own ("назвати провокацією") already says it
            found = [p for p in found if p not in here]
            found.append(Predicate(_NAMING[self.lang], k, k, clause))
        return sorted(found, key=lambda p: p.first)

    def targets(self, tokens, mentions, predicates, p, parts, skip=()) -> list[Mention]:
        """The first group of actors after `p` (and before the next verb) in the part `parts`,
        passing over the mentions in `skip`."""
        stop = len(tokens)
        for q in predicates:
            if q.first > p.last and not q.noun and q.clause == p.clause:
                stop = min(stop, q.first)
        backers = self.backers
        group = []
        for m in mentions:
            if m.first <= p.last or m.first >= stop or m.clause != p.clause or m in skip:
                continue
            if m.last + 1 < len(tokens) and self._label_of_object(tokens, m.last + 1):
                continue  # "condemned what Beijing called ...": who labels it is no target
            if group:
                if m.alias == "pair" and group[-1].alias == "pair" and m.first == group[-1].first:
                    group.append(m)
                    continue
                between = _joiners([t.lower for t in tokens[group[-1].last + 1 : m.first]])
                if (
                    between
                    and all(
                        b in _COORDINATION
                        or b in self.words.get("with", ())
                        or b in (self.words.get("toward", ()))
                        or b in _ARTICLES  # "Peru, the Dominican Republic and Uruguay"
                        for b in between
                    )
                    and (
                        m.part == group[-1].part
                        # "spoke with Doval and with Pakistan's Dar": the verb took the first
                        # "with", the second is the same part
                        or (
                            {m.part, group[-1].part} <= {"obj", "with"}
                            and set(between) & self.words.get("with", frozenset())
                            and set(between) & {"and", "і", "и", "та"}
                        )
                    )
                ):
                    group.append(m)
                    continue
                break
            if (
                p.entry.code[:2] in _HOSTILE_ROOTS
                and self._sovereign(tokens, m)
                and not any(w.startswith(_SOVEREIGNTY) for w in p.entry.pattern.split())
            ):
                # "rejected the deal as a violation of Somali sovereignty": the victim ("violated
                # the sovereignty of Costa Rica" does act on it)
                continue
            if p.entry.code[:2] in ("11", "12") and self._struck(tokens, predicates, m):
                continue  # "condemned the strikes on Kabul": the victim, not the one blamed
            if m in backers:
                continue
            if "move" in p.entry.flags and m.alias == "seat" and m.actor in _COURT_SEATS:
                continue  # "прилетел в Гаагу на оглашение решения": to the court, not the state
            if (
                "move" in p.entry.flags
                and m.alias == "adj"
                and m.last + 1 < len(tokens)
                and tokens[m.last + 1].lower.startswith(_REFUGEE_STEMS)
            ):
                continue  # "посетил лагеря суданских беженцев": a camp visited, not Sudan
            if p.entry.code[:3] == "112" and self._in_charge(tokens, p, m):
                continue  # "звинувативши його в депортації українських дітей": the charge
            if m.part in parts:
                group.append(m)
            elif m.part in ("to", "with", "between", "obj", "mod") and p.noun:
                break
        if not group and not p.noun:
            # "принимал гостей — президентов Казахстана, Киргизии ...": who they are follows a
            # dash, in a clause of no verb of its own
            dash = next(
                (
                    k
                    for k in range(p.last + 1, min(p.last + 4, len(tokens)))
                    if tokens[k].text in ("—", "–")
                ),
                None,
            )
            if dash is not None and not any(q.first > dash and not q.noun for q in predicates):
                end = next(
                    (k for k in range(dash + 1, len(tokens)) if tokens[k].text in _BOUNDARY),
                    len(tokens),
                )
                group = [
                    m for m in mentions if dash < m.first < end and m.state and m.kind != "other"
                ]
                if group and group[0].first > dash + 3:
                    group = []  # what follows the dash is not who the act took
        if not group and not p.noun and self.lang != "en" and p.entry.code[:2] in _ADDRESSED:
            # "пригрозив «оголосити війну» Канаді": whom a threat or appeal is addressed to
            # stands in the dative, past the verb it names
            group = [
                m
                for m in mentions
                if m.clause == p.clause
                and m.first > p.last
                and m.part in parts
                and "datv" in tokens[m.head].cases
                and m not in skip
            ][:1]
        if not group and not p.noun and self.lang != "en":
            group = self._targets_before(tokens, mentions, predicates, p, parts)
        return group

    def _struck(self, tokens, predicates, m) -> bool:
        """Is `m` the one an act of force named just before it falls on ("the attacks on Iran",
        "удари по Києву", "напад на Польщу")?"""
        k = m.first - 1
        if k >= 0 and tokens[k].lower in _ARTICLES:
            k -= 1
        if k < 1 or tokens[k].lower not in _STRUCK_PREPOSITIONS:
            return False
        return bool(_forms(tokens[k - 1]) & _FORCE_NOUNS) or any(
            q.noun and q.last == k - 1 and q.entry.code[:2] in ("15", "17", "18", "19", "20")
            for q in predicates
        )

    def _backers(self, tokens, mentions) -> list[Mention]:
        """Mentions told as backing the clause's subject: "filed the suit with the backing of
        the OIC", "при поддержке Турции", "за підтримки США"."""
        found = []
        for m in mentions:
            start = max(0, m.first - 7)
            before = [t.lower for t in tokens[start : m.first]]
            for k, word in enumerate(before):
                if (
                    word.startswith(_BACKING_WORDS)
                    and k > 0
                    and (before[k - 1] in _BACKING_PREPOSITIONS
                         or (k > 1 and before[k - 2] in _BACKING_PREPOSITIONS))
                    and all(_filler(tokens, start + j) for j in range(k + 1, len(before)))
                ):  # fmt: skip
                    found.append(m)
                    break
        return found

    def _in_charge(self, tokens, p, m) -> bool:
        """Is `m` inside what someone is accused of, told after the accused ("accused him of
        ...", "звинуватив його в ...")?"""
        between = tokens[p.last + 1 : m.first]
        return any(
            t.lower in _CHARGE_PREPOSITIONS
            and any(u.word for u in between[:k])
            and not (k > 0 and between[k - 1].lower in _GOVERNING_NOUNS)
            for k, t in enumerate(between)
        )  # "accused the government of his predecessor, Macri, of ...": whose government

    def _sovereign(self, tokens, m) -> bool:
        """Is `m` the owner of a sovereignty or territorial integrity named around it?"""
        after = [t.lower for t in tokens[m.last + 1 : m.last + 3]]
        if after and after[0] == "territorial":
            after = after[1:]
        if after and after[0].startswith(_SOVEREIGNTY):
            return True  # "Somali sovereignty", "Somalia's territorial integrity"
        # "the sovereignty of Somalia", "суверенітету Білорусі", "целостности Украины"
        return any(t.lower.startswith(_SOVEREIGNTY) for t in tokens[max(0, m.first - 3) : m.first])

    def _timed(self, tokens, predicates, end) -> bool:
        """Is the noun predicate ending at `end` - 1 told as a time ("до вторжения")?"""
        return any(
            q.noun and q.last == end - 1 and q.first > 0
            and tokens[q.first - 1].lower in _TIME_PREPOSITIONS
            for q in predicates
        )  # fmt: skip

    def _targets_before(self, tokens, mentions, predicates, p, parts) -> list[Mention]:
        # Free word order: "До КНДР приїздив Шойгу", "в ЮАР прилетел Лавров".
        start = max(
            [q.last + 1 for q in predicates if q.last < p.first and q.clause == p.clause] or [0]
        )
        if (
            start > 1
            and tokens[start - 1].pos & {"NOUN"}
            and self._timed(tokens, predicates, start)
        ):
            # "за два дня до вторжения России в Украину, Алиев и Путин подписали": the time
            # phrase runs to its comma
            commas = [k for k in range(start, p.first) if tokens[k].text == ","]
            start = commas[0] + 1 if commas else p.first
        group = []
        for m in reversed(mentions):
            if m.last >= p.first or m.clause != p.clause or m.first < start:
                continue
            # "а с Марокко разорвал отношения": a partner told before the verb too
            allowed = (
                ("to", "obj", "with", "loc") if "move" in p.entry.flags else ("to", "obj", "with")
            )
            fronted = not any(o.part == "subj" and o.clause == m.clause and o.first < m.first
                              for o in mentions)  # fmt: skip
            if m.part not in parts or m.part not in allowed or (m.part == "with" and not fronted):
                if group:
                    break
                continue
            if group and m.part != group[-1].part:
                break
            group.append(m)
        return list(reversed(group))

    def events(self, sentence: Sentence):
        """The (source, target, predicate) triples coded in `sentence`, in reading order."""
        self._acted_alone = None
        out = self._events(sentence)
        self.last_actor_age += 1
        self.last_pair_age += 1
        # A reaction to "the move" is no new move: the act reacted to stays the one referred to.
        acts = [(a, b) for a, b, _ in out if b is None or b.alias != "act"]
        crossed = [(a, b) for a, b in acts if b is not None and a.state and a.state != b.state]
        self.sentence_number += 1
        for a, b, p in out:
            if b is not None and b.alias != "act" and a.state and a.state != b.state:
                # who last expelled, struck, seized or banned: "the expulsions" are theirs
                self.last_act_of[p.entry.code[:2]] = (a.state, self.sentence_number)
        if crossed:
            self.last_actor, self.last_actor_age = crossed[-1][0].state, 0
            for a, b in crossed:
                if "other" not in (a.kind, b.kind):  # armed groups are no side of a pair
                    pair = frozenset((a.state, b.state))
                    self.pair_counts[pair] = self.pair_counts.get(pair, 0) + 1
                    if self.first_pair is None and self.sentence_number <= 3:
                        self.first_pair = pair
            if len({s for a, b in crossed for s in (a.state, b.state)}) == 2:
                # a pair only when the sentence coded one ("credited China, Saudi Arabia,
                # Turkey ..." names no pair for "both capitals" to stand for)
                self.last_pair, self.last_pair_age = (crossed[0][0].state, crossed[0][1].state), 0
        elif self._acted_alone is not None and not any(b is not None for _, b in acts):
            # "Washington withdrew from the deal", "He signed the order": a move with no
            # foreign target that the next sentences may react to
            self.last_actor, self.last_actor_age = self._acted_alone, 0
        return out

    def _events(self, sentence: Sentence):
        tokens = sentence.tokens
        self.analyse(sentence)
        mentions = self._courts_by_seat(tokens, self.merge_roles(tokens, self.find_actors(tokens)))
        self.remember(mentions, tokens)
        self._note_coup(tokens, mentions)
        if not mentions:
            return []
        matches = self.lex.find(tokens)
        clauses = self.clauses(tokens, matches)
        sentence.clauses = clauses
        predicates = self.predicates(tokens, mentions, clauses, matches)
        if not predicates:
            opening = mentions[0]
            if (
                opening.first <= 1 - (tokens[0].lower not in _ARTICLES)
                and opening.state
                and opening.kind != "other"
            ):
                # "Somalia ... reacted the next day.", "The GCC and the United States issued a
                # joint statement."
                self.topic = opening.state
                group = _coordinated(tokens, mentions, opening, states_only=False)
                self.topic_group = list(dict.fromkeys(m.state for m in group if m.state))
            return []
        self.assign_parts(tokens, mentions, predicates, clauses)
        self.backers = self._backers(tokens, mentions)  # found once, read by every targets()
        self._inherit_subjects(tokens, mentions, predicates, clauses)
        if self.lang != "en":
            self._note_genders(tokens, clauses)
        subjects = [m for m in clauses[0].subjects if m.state]
        first = subjects[0] if subjects else None
        self.last_subject = (
            (first.actor, first.name, first.state, first.role)
            if first is not None and first.kind == "official"
            else None
        )
        if subjects:
            self.topic = subjects[0].state
            self.topic_group = list(dict.fromkeys(m.state for m in subjects))
        out = []
        agreed = {}
        for p in predicates:
            later = [
                q
                for q in predicates
                if q.clause == p.clause and p.last < q.first <= p.last + 4 and not q.negated
            ]
            if p.entry.code[:3] in ("111", "112", "055") and not p.noun:
                for q in predicates:
                    if q.clause != p.clause or q.first <= p.last:
                        continue
                    if self._conjoined_verb(tokens, q):
                        break  # "condemned the attack and urged Belgrade": an act of its own
                    q.superseded = True  # what one is accused of (or sorry for) is not coded
            if p.entry.code[:2] == "10" or (p.entry.code[:2] == "02" and self.lang == "en"):
                self._demand_content(tokens, mentions, predicates, clauses, p)
            if "speech" not in p.entry.flags and any(
                t.lower in _CONDITIONS.get(self.lang, ()) for t in tokens[p.last + 1 : p.last + 16]
            ):
                p.conditional = True  # "will withdraw its force from Chad unless ..."
            if p.entry.code == "030" and "agree" not in p.entry.flags and later:
                if later[0].entry.code >= "10":
                    # "пообіцяв запровадити нові обмеження": a threat, not a promise of good
                    later[0].intent = True
                    p.superseded = True
        neg = self.words.get("neg", frozenset())
        for j, token in enumerate(tokens[1:], 1):
            if tokens[j - 1].lower in neg and _forms(token) & _COERCE:
                for q in predicates:
                    if q.clause == _clause_of(clauses, j) and j < q.first <= j + 4:
                        q.superseded = True  # "не заставит Тбилиси отказаться": nothing done
        for j, token in enumerate(tokens):
            if token.lower in _MUST.get(self.lang, ()) and (
                any(m.last in (j - 1, j - 2) for m in mentions)
                or (j > 0 and tokens[j - 1].lower in self.words.get("pronoun", ()))
            ):
                clause = _clause_of(clauses, j)
                for q in predicates:
                    if q.clause == clause and q.first > j:
                        q.superseded = True  # "said the US must be ready to mediate": demanded
        out += self._suspended_membership(tokens, mentions, predicates)
        participle_subject = None
        for p in predicates:
            if p.negated or p.superseded:
                continue
            flags = p.entry.flags
            clause = clauses[p.clause]
            sources = list(clause.subjects)
            if (
                not sources
                and not p.noun
                and self.lang == "en"
                and tokens[p.first].lower.endswith("ing")
            ):
                # "a vote in the Security Council endorsing the ECOWAS effort and calling on
                # Jammeh": the participle's actor is the one it follows
                before = [
                    m
                    for m in mentions
                    if m.last == p.first - 1 and m.state and not tokens[m.last].lower.endswith("'s")
                ]  # not "Washington's backing": a noun
                if before:
                    participle_subject = before[-1:]
                if before or (participle_subject and tokens[p.first - 1].lower == "and"):
                    sources = list(participle_subject)
                elif p.first == 0 and p.clause + 1 < len(clauses):
                    # "Visiting the Armenian capital, Colonna said ...": an opening participle
                    # acts for the subject of the clause it leads into
                    sources = [m for m in clauses[p.clause + 1].subjects if m.state]
            if p.noun:
                sources, targets = self._nominal(tokens, mentions, predicates, p, clause)
                if not sources and not targets and "org" not in flags:
                    continue
            else:
                if p.clause in agreed and 0 < p.first - agreed[p.clause][0] <= 4:
                    sources = agreed[p.clause][1]
                parts = ("obj", "to", "with", "between", "mod")
                if p.entry.code[:2] == "15":
                    parts = ("to",)  # troops move against someone, never "onto" an object
                elif p.entry.code[:3] == "112":
                    parts = ("obj", "mod")  # the accused, not those named in the charge
                elif p.entry.code[:2] in ("18", "19", "20"):
                    parts += ("loc",)  # "attacked positions in the Indian part of Kashmir"
                if "move" in flags:
                    parts += ("loc",)
                if tokens[p.last].lower in _ALONG:
                    parts += ("along",)  # "працюватиме разом із Кіншасою": the partner
                if "from" in flags or p.entry.code[:2] == "10":
                    parts += ("from",)  # "отозвал посла из Рабата", "потребовал от Москвы"
                if "from" in flags and p.entry.code[:3] == "161":
                    parts += ("loc",)  # "recalled its envoy in Warsaw": the post's state
                if p.entry.code[:2] in ("07", "08", "14") or p.refused:
                    # aid to refugees in Liberia, a curfew lifted in Montenegro, riots in Israel,
                    # refusing to deploy peacekeepers in Iraq
                    parts += ("loc",)
                passive = _passive(tokens, p, self.lang)
                if p.entry.code[:2] in ("11", "12") and not passive:
                    parts += ("by",)  # "rejected calls by Belarus's rulers"
                if p.entry.code[:2] in _STANCE_ROOTS:
                    parts += ("cause",)
                targets = self.targets(tokens, mentions, predicates, p, parts)
                if not targets and p.content_target is not None:
                    targets = [p.content_target]
                if not targets and p.entry.code[:2] in _HOSTILE_ROOTS:
                    coup = self._coup_target(tokens, mentions, p, sources)
                    targets = [coup] if coup is not None else []
                if p.entry.code[:2] == "10":
                    # "потребовало освободить президента Мали": the release is demanded, not
                    # done, and the demand falls on whoever holds him
                    yielding = next(
                        (
                            q
                            for q in predicates
                            if q.clause == p.clause
                            and p.last < q.first <= p.last + 3
                            and q.entry.code[:2] == "08"
                            and not q.noun
                        ),
                        None,
                    )
                    if yielding is not None:
                        yielding.superseded = True
                        if not targets:
                            targets = self.targets(
                                tokens, mentions, predicates, yielding, ("obj", "to")
                            )[:1]
                own = {s.state for s in sources}
                if targets and own and all(t.state in own for t in targets):
                    # "recalled the Palestinian ambassador from Abu Dhabi": one's own envoy is
                    # no target; look on past it
                    targets = self.targets(tokens, mentions, predicates, p, parts, skip=targets)
                if passive:
                    agents = [
                        m
                        for m in mentions
                        if m.part == "by" and m.first > p.last and m.clause == p.clause
                    ]
                    if agents:
                        patients = sources or [
                            m for m in mentions if m.clause == p.clause and m.last < p.first
                        ]  # "a camp for Congolese refugees was attacked by Burundian militiamen"
                        sources, targets = agents, list(patients)
            if p.refused and _forms(tokens[p.first]) & _COERCE:
                # "не дозволила ЄС затвердити рамку": the permission refused is the one named
                # before the infinitive; "will not allow anyone to threaten Somalia": no one
                targets = [m for m in targets if not self._after_infinitive(tokens, p, m)]
            if p.entry.code[:2] == "02" and not p.noun:
                # "urged members to hold Pyongyang to account": the appeal goes to whoever is
                # named before the infinitive; what follows it is the object of the act urged
                targets = [m for m in targets if not self._after_infinitive(tokens, p, m)]
                hostile = next(
                    (
                        q
                        for q in predicates
                        if q.clause in (p.clause, p.clause + 1)
                        and p.last < q.first <= p.last + 6
                        and q.entry.code[:2] in _HOSTILE_ROOTS
                    ),
                    None,
                )
                yielding = next(
                    (
                        q
                        for q in predicates
                        if q.clause in (p.clause, p.clause + 1)
                        and p.last < q.first <= p.last + 6
                        and q.entry.code[:2] == "08"
                        and not q.noun
                    ),
                    None,
                )
                comply = self.words.get("comply", frozenset())
                complying = next(
                    (
                        k
                        for k in range(p.last + 1, min(p.last + 20, len(tokens)))
                        if _forms(tokens[k]) & comply
                        and any(m.last < k for m in targets)
                        and _clause_of(clauses, k) in (p.clause, p.clause + 1)
                    ),
                    None,
                )
                refrain = next(
                    (
                        k
                        for k in range(p.last + 1, min(p.last + 6, len(tokens) - 1))
                        if (
                            (tokens[k].lower == "not" and tokens[k + 1].lower == "to")
                            or (tokens[k].lower == "не" and self._is_verb(tokens[k + 1]))
                        )
                        and any(m.last < k for m in targets)
                        and _clause_of(clauses, k) in (p.clause, p.clause + 1)
                    ),
                    None,
                )
                if refrain is not None and len(targets) == 1:
                    complying = refrain  # "закликав Дуду не підписувати закон": not to act
                if yielding is None and complying is not None and len(targets) == 1:
                    # "закликало Росію забезпечити доступ", "called on China to respect ...": an
                    # appeal that the object comply is a demand on it (on both sides of a
                    # dispute, "призвал Загреб и Любляну выполнить решение", it is mediation)
                    p = replace(p, entry=_DEMAND[self.lang])
                if yielding is not None and not targets:
                    # "призвал освободить Альфу Конде": no one addressed; the release asked for
                    # is not done, and the demand falls on whoever must yield
                    yielding.superseded = True
                    objects = self.targets(tokens, mentions, predicates, yielding, ("obj", "to"))
                    demand = Predicate(_DEMAND[self.lang], p.first, p.last, p.clause)
                    out.extend(
                        (a, b, demand) for a in sources for b in objects[:1] if a.state != b.state
                    )
                if yielding is not None and targets:
                    # "закликали Іран звільнити судно", "urged Russia to withdraw": a demand that
                    # the object yield; the yielding is the object's to do, not done
                    yielding.superseded = True
                    p = replace(p, entry=_DEMAND[self.lang])
                if hostile is not None and not targets:
                    # what the appeal asks for is hostile to its object: a demand on that object
                    objects = self.targets(tokens, mentions, predicates, hostile, ("obj", "to"))
                    demand = Predicate(_DEMAND[self.lang], p.first, p.last, p.clause)
                    out.extend(
                        (a, b, demand) for a in sources for b in objects[:1] if a.state != b.state
                    )
            if p.entry.code[:3] in _COMPLAINT_CODES and any(
                self._forum(tokens, m) for m in targets
            ):
                forums = [m for m in mentions if self._forum(tokens, m)]
                targets = [m for m in targets if m not in forums]
                if not targets and not p.noun:
                    # "filed a complaint with the WTO against China": look on past the forum
                    targets = self.targets(tokens, mentions, predicates, p, parts, skip=forums)
            targets = _kept_by_flags(flags, targets)
            if "org" in flags:
                # one joins a body: "вступив у дію", "присоединение Крыма к России" join nothing
                targets = [m for m in targets if m.kind == "organisation"]
                if p.noun:
                    # "signed the protocol on North Macedonia's accession" at NATO
                    bodies = [
                        m
                        for m in mentions
                        if m.kind == "organisation" and m.part not in ("attrib", "loc")
                    ]
                    targets = targets or bodies[:1]
                    # who accedes is told right at the noun ("вступ Швеції", "Finland's
                    # accession", "заявку Швеції на вступ"), never the subject of the clause
                    sources = [
                        m
                        for m in mentions
                        if p.last < m.first <= p.last + 2 or p.first - 3 <= m.last < p.first
                    ]
                else:
                    # "Portugal will support Turkey's efforts to become a member": who joins is
                    # the group named nearest before the verb
                    before = [
                        m
                        for m in mentions
                        if m.clause == p.clause and m.last < p.first and m.kind != "organisation"
                    ]
                    sources = _group(tokens, before[::-1]) or sources
                sources = [m for m in sources if m.kind != "organisation" and m.state]
            if "speech" in flags:
                for s in sources:
                    out.append((s, None, p))
                continue
            if "agree" in flags:
                agreed[p.clause] = (p.last, _unique(sources + targets))
            if "rev" in flags:
                sources, targets = targets, sources
            if "recip" in flags:
                # more than four together at a meeting are a forum, not pairs ("На встрече были
                # представлены Фиджи, Самоа, Тонга, Кирибати, ...")
                together = sources if len({m.state for m in sources}) <= 4 else []
                pairs = [(a, b) for i, a in enumerate(together) for b in together[i + 1 :]]
                pairs += [(a, b) for a in sources for b in targets if b not in sources]
                between = [m for m in targets if m.part == "between"]
                pairs += [(a, b) for i, a in enumerate(between) for b in between[i + 1 :]]
                if not targets:
                    pairs = [(a, b) for i, a in enumerate(together) for b in together[i + 1 :]]
                grouped = [m for m in sources if m.alias == "pair"]
                single = [m for m in sources if m.alias != "pair"]
                if not together and not targets and len(grouped) > 2 and len(single) == 1:
                    # "саммит ЕС и пяти государств Центральной Азии": the one meets each
                    pairs = [(single[0], m) for m in grouped]
            else:
                pairs = [(a, b) for a in sources for b in targets]
            crossed = [(a, b) for a, b in pairs if a.state != b.state]
            out.extend((a, b, p) for a, b in crossed)
            if not crossed and not targets and sources and sources[-1].state:
                self._acted_alone = sources[-1].state
            if not crossed:
                # "Guterres welcomed the deal": an act of an official with no foreign target
                out.extend((a, None, p) for a in sources if a.kind == "official")
        for backer in self.backers:
            clause = clauses[backer.clause]
            backing = Predicate(_BACKING[self.lang], backer.first, backer.last, backer.clause)
            out.extend((backer, s, backing) for s in clause.subjects if s.state != backer.state)
        out += self._requested(tokens, mentions, out)
        out += self._partners_by_relative(tokens, mentions, predicates, clauses, out)
        out += self._demands(tokens, mentions, predicates, clauses)
        out += self._mediated(tokens, mentions, predicates, clauses, out)
        out += self._gapped(tokens, mentions, predicates, out)
        gapped = any(
            tokens[k].text == ","
            and tokens[k + 1].lower in ("а", "and", "but")
            and _gap_follows(tokens, k + 2, self.words.get("clause", frozenset()))
            for k in range(len(tokens) - 2)
        )  # "Шольц принимал пятёрку в Берлине, а Байден — в Нью-Йорке": two alike, no pair
        if not gapped and not any(b is not None and a.state != b.state for a, b, _ in out):
            out += self._fallback(tokens, mentions, predicates, clauses)
        return out

    def _partners_by_relative(self, tokens, mentions, predicates, clauses, out):
        """ "Латвія та Естонія, з якими Литва погодила методику": the actors a relative
        pronoun after "with" stands for are the partners of the clause's act."""
        found = []
        with_words = self.words.get("with", frozenset())
        relative = self.words.get("relative", frozenset())
        for c_index, clause in enumerate(clauses):
            k = clause.first + (tokens[clause.first].text == ",")
            if not (
                clause.kind == "relative"
                and k + 1 < len(tokens)
                and tokens[k].lower in with_words
                and tokens[k + 1].lower in relative
            ):
                continue
            before = [m for m in mentions if m.last < clause.first and m.state]
            if not before or before[-1].last < clause.first - 2:
                continue
            partners = _group(tokens, list(reversed(before)))
            acts = [
                p
                for p in predicates
                if p.clause == c_index and "recip" in p.entry.flags and not p.negated
                and not any(q is p and b is not None for _, b, q in out)
            ]  # fmt: skip
            for p in acts[:1]:
                found.extend(
                    (a, b, p) for a in clause.subjects for b in partners if a.state != b.state
                )
        return found

    def _requested(self, tokens, mentions, out):
        """ "Rwanda deployed troops at the request of the government in Maputo": whoever asked
        for an act is its partner; troops sent at a state's request are no show of force
        against it but cooperation with it (`out` loses such a show of force)."""
        found = []
        words = {t.lower for t in tokens}
        for phrase in _REQUEST_PHRASES[self.lang]:
            if not words.issuperset(phrase):
                continue
            n = len(phrase)
            for k in range(len(tokens) - n):
                if tuple(t.lower for t in tokens[k : k + n]) != phrase:
                    continue
                asker = next(
                    (m for m in mentions if k + n <= m.first <= k + n + 3 and m.state), None
                )
                if asker is None:
                    continue
                acts = [(a, p) for a, b, p in out if a.state and a.state != asker.state]
                out[:] = [
                    (a, b, p)
                    for a, b, p in out
                    if not (
                        b is not None
                        and b.state == asker.state
                        and (p.entry.code[:2] == "15" or p.entry.code == "192")
                    )
                ]
                for a, p in acts[:1]:
                    asked = Predicate(_REQUESTED[self.lang], k, k + n - 1, p.clause)
                    found.append((a, asker, asked))
        return found

    def _suspended_membership(self, tokens, mentions, predicates):
        """ "Членство Гвинеи в ЭКОВАС было приостановлено": the body suspends its member, whoever
        the sentence makes the subject; the membership itself is no joining."""
        out = []
        for p in predicates:
            if not (p.noun and "org" in p.entry.flags and p.entry.code == "057"):
                continue
            cut = next(
                (
                    q
                    for q in predicates
                    if q.clause == p.clause
                    and not q.noun
                    and q.entry.code[:2] == "16"
                    and abs(q.first - p.first) <= 8
                    and not any(
                        t.lower in _COORDINATION or t.text == ","
                        for t in tokens[min(p.last, q.last) : max(p.first, q.first)]
                    )
                ),
                None,
            )
            if cut is None:
                continue
            near = [m for m in mentions if m.clause == p.clause and m.state]
            bodies = [m for m in near if m.kind == "organisation"]
            members = [m for m in near if m.kind in ("state", "official")]
            if bodies and members:
                p.superseded = cut.superseded = True
                out.extend((bodies[0], m, cut) for m in members)
        return out

    def _gapped(self, tokens, mentions, predicates, out):
        """ "Дендиас осудил действия Минска, а Блинкен — «шокирующий акт»": a second subject
        whose verb is left out (a dash stands for it) does what the first did, to the same;
        "Кампалу Белый дом обвинил в ..., а Габон и Нигер — в отказе ...": a second object
        (a preposition after the dash, as after the first object) takes the same act."""
        found = []
        for m in mentions:
            k = m.first
            if not (
                k >= 2
                and tokens[k - 1].lower in ("а", "and", "і", "и", "but")
                and tokens[k - 2].text == ","
                and m.state
            ):
                continue
            group = _coordinated(tokens, mentions, m)
            end = group[-1].last
            # "а Габон и Нигер, где летом военные свергли президентов, — в ...": past a clause
            # told of them to the dash
            dash = _dash_past_clause(tokens, end + 1, self.words.get("clause", ()))
            end = dash - 1 if dash is not None else end
            if not (
                end + 1 < len(tokens)
                and tokens[end + 1].text in ("—", "–", "-")
                and not any(q.first > end and not q.noun for q in predicates)
            ):
                continue
            done = [(a, b, p) for a, b, p in out if b is not None and p.last < k and a is not m]
            if not done:
                # "Шольц принимал пятёрку в Берлине, а Байден — в Нью-Йорке": an act of no one
                # named, done by the second official too
                alone = [p for a, b, p in out if b is None and p.last < k and a is not m]
                if alone and "speech" not in alone[-1].entry.flags:
                    found.extend((o, None, alone[-1]) for o in group if o.kind == "official")
                continue
            source, target, p = done[-1]
            charge = end + 2 < len(tokens) and "PREP" in tokens[end + 2].pos
            if charge and p.entry.code[:3] == "112" and self.lang != "en":
                found.extend(
                    (source, o, p)
                    for o in group
                    if o.state != source.state and (source, o, p) not in out
                )
                continue
            own = [o for o in mentions if end + 1 < o.first <= end + 3 and o.state]
            target = own[0] if own else target  # "а Литва — Мінськ": an object of its own
            found.extend((o, target, p) for o in group if target.state != o.state)
        return found

    def _mediated(self, tokens, mentions, predicates, clauses, out):
        """A mediator whose parties its clause does not name mediates between the pair this
        sentence or the one before coded: "Посредником выступила Швеция", "Відносини відновили
        за посередництва Катару", "a truce brokered by Moscow"."""
        paired = {id(p) for a, b, p in out if b is not None and "mediate" in p.entry.flags}
        crossed = [(a.state, b.state) for a, b, _ in out if b is not None and a.state != b.state]
        pair = crossed[0] if crossed else self.last_pair if self.last_pair_age <= 1 else None
        if not crossed and pair is not None:
            parties = {
                m.state
                for m in mentions
                if m.part in ("obj", "with", "between")
                or (m.part == "to" and "datv" in tokens[m.head].cases)
            }
            if parties - set(pair):
                pair = None  # "передали Катару ... через посередників": other parties named here
        found = []
        for p in predicates:
            if "mediate" not in p.entry.flags or p.negated or id(p) in paired or pair is None:
                continue
            mediators = (
                [m for m in mentions if m.last == p.first - 1 and m.alias == "adj" and m.state]
                or [  # "за посередництва Катару", "brokered by Moscow"
                    m
                    for m in mentions
                    if m.clause == p.clause
                    and m.state
                    and 0 < m.first - p.last <= 3
                    and m.part in ("mod", "by")
                ][:1]
                or [m for m in clauses[p.clause].subjects if m.state]
            )  # "через кувейтських посередників": the mediator is told at its noun
            for m in mediators:
                if m.state in pair:
                    continue
                for state in pair:
                    name = self.gaz.names.get(state, state)
                    party = Mention(m.first, m.last, state, "state", name, state, "pair", m.head)
                    found.append((m, party, p))
        return found

    def _after_infinitive(self, tokens, p, m) -> bool:
        """Is there an infinitive between predicate `p` and mention `m`?"""
        for k in range(p.last + 1, m.first):
            t = tokens[k]
            if self.lang == "en":
                nxt = tokens[k + 1]
                if (
                    t.lower == "to"
                    and nxt.word
                    and not nxt.cap
                    and nxt.lower not in _DETERMINERS
                    and not nxt.lower[:1].isdigit()
                ):
                    return True
            elif "INFN" in t.pos:
                return True
        return False

    def _forum(self, tokens, m) -> bool:
        """Is `m` the body a complaint or suit is filed with ("скарги до СОТ на Польщу")?"""
        court_seat = m.alias == "seat" and m.actor in _COURT_SEATS  # "подало иск в Гаагу"
        if (m.kind != "organisation" and not court_seat) or m.first == 0:
            return False
        before = m.first - 1
        if tokens[before].lower in _DETERMINERS and before > 0:
            before -= 1  # "with the WTO"
        return tokens[before].lower in _FORUM_PREPOSITIONS.get(self.lang, ())

    def _fallback(self, tokens, mentions, predicates, clauses):
        """Pairs of a sentence whose clause roles gave no act between two states: the actors
        before the first plain predicate act on the group right after it, in the same clause.

        Cautious by design: no negation anywhere in the sentence, at most four states, no
        places, attributions or genitives of other nouns, and a coordinated group pairs up
        within itself only for a reciprocal act ("met", "agreed", "clashed").
        """
        neg = self.words.get("neg", frozenset())
        if any(p.negated for p in predicates) or any(t.lower in neg for t in tokens):
            return []
        chosen = next(
            (
                p
                for p in predicates
                if not p.superseded and "speech" not in p.entry.flags and not p.refused
            ),
            None,
        )
        if chosen is None:
            return []
        usable = [m for m in mentions if m.state and m.part not in _FALLBACK_SKIP]
        if "move" in chosen.entry.flags or chosen.entry.code[:3] in ("042", "043"):
            # "из Германии приехала министр": where one comes from is no party to the visit;
            # "прилетел в Гаагу на оглашение решения": one goes to the court there
            usable = [
                m
                for m in usable
                if m.part != "from" and not (m.alias == "seat" and m.actor in _COURT_SEATS)
            ]
        if len({m.state for m in usable}) > 4:
            return []
        clause = clauses[chosen.clause]
        here = [m for m in usable if clause.first <= m.first <= clause.last]
        before = [m for m in here if m.last < chosen.first]
        after = [m for m in here if m.first > chosen.last]
        sides = [m for m in clause.subjects if m.state and m.last < chosen.first]
        if chosen.noun and not sides:
            return []  # a noun's actors are its genitives: the structured coder's business
        if not sides:
            # an object before the verb ("згорнути турецьку базу та знизити ...") is no side
            sides = _group(
                tokens, [m for m in before if m.part != "obj" or self.lang == "en"][::-1]
            )
        if chosen.entry.code[:2] == "02":
            after = [m for m in after if not self._after_infinitive(tokens, chosen, m)]
        targets = _group(tokens, after)
        following = chosen.clause + 1
        if (
            not targets
            and chosen.entry.code[:2] in ("10", "11", "12", "13")
            and following < len(clauses)
            and clauses[following].kind == "content"
        ):
            # "rejected the claims and said that Yerevan ...", "warned that firms ... with Iran":
            # a stance's object told in the content clause that follows it
            nxt = clauses[following]
            targets = _group(tokens, [m for m in usable if nxt.first <= m.first <= nxt.last])
        if "org" in chosen.entry.flags:
            targets = [m for m in targets if m.kind == "organisation"]
        targets = _kept_by_flags(chosen.entry.flags, targets)
        if chosen.entry.code[:2] in _HOSTILE_ROOTS:
            targets = [m for m in targets if not self._sovereign(tokens, m)]
        if chosen.entry.code[:2] in ("11", "12"):
            targets = [m for m in targets if not self._struck(tokens, predicates, m)]
        if chosen.entry.code[:3] in _COMPLAINT_CODES:
            # "може поскаржитися до Ради Безпеки ООН": the body complained to is a forum
            targets = [m for m in targets if not self._forum(tokens, m)]
        if "rev" in chosen.entry.flags:
            sides, targets = targets, sides
        pairs = [(a, b) for a in sides for b in targets]
        if not targets and "recip" in chosen.entry.flags:
            pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1 :]]
        marked = replace(chosen, fallback=True)
        seen, out = set(), []
        for a, b in pairs:
            if a.state != b.state and (a.state, b.state) not in seen:
                seen.add((a.state, b.state))
                out.append((a, b, marked))
        return out

    def _subjectless(self, tokens, clause) -> bool:
        """A Ukrainian or Russian content clause whose verb has no subject before it: "заявила,
        что не будет продлевать ...": the speaker's own (dropped) subject."""
        if self.lang == "en":
            return False
        verb = _first_verb(tokens, clause)
        if verb is None:
            return False
        return not any(
            t.cap
            or ("NOUN" in t.pos and "nomn" in t.cases and "ADVB" not in t.pos)
            or "NPRO" in t.pos  # "радо" may be read as a noun: an adverb first
            for t in tokens[clause.first : verb]
            # "с 1 января": a preposition that pymorphy may also read as a noun is no subject
            if t.word and t.lower not in self.words.get("clause", ()) and "PREP" not in t.pos
        )

    def _demand_content(self, tokens, mentions, predicates, clauses, p):
        """ "demanded that the US cancel plans to sell arms to Taiwan": the demand is on the US;
        what it demands is not an event, nor is "a meeting" demanded or a "demand to sever"."""
        for q in predicates:
            if q.clause == p.clause and p.last < q.first <= p.last + 4 and q is not p:
                between = {t.lower for t in tokens[p.last + 1 : q.first]}
                if q.noun or "to" in between or p.noun:
                    q.superseded = True
        k = p.clause + 1
        if k >= len(clauses) or clauses[k].kind not in ("content", "purpose"):
            return
        if clauses[k].first > p.last + 4:
            return
        for q in predicates:
            if q.clause == k:
                q.superseded = True
        first = [m for m in mentions if m.clause == k and m.part == "subj"]
        if first:
            p.content_target = first[0]

    def _conjoined_verb(self, tokens, q) -> bool:
        """Is `q` a finite verb of its own after "and": "condemned the attack and urged"?"""
        if q.noun or q.first == 0 or tokens[q.first - 1].lower not in _JOINERS:
            return False
        word = tokens[q.first]
        if self.lang == "en":
            return not word.lower.endswith("ing")
        return "VERB" in word.pos and not word.pos & {"INFN", "GRND"}

    def _demands(self, tokens, mentions, predicates, clauses):
        """ "Poland said Russia must apologise": a demand of the speaker on whoever must."""
        out = []
        for j, token in enumerate(tokens):
            if token.lower not in _MUST.get(self.lang, ()) or j == 0:
                continue
            following = tokens[j + 1] if j + 1 < len(tokens) else None
            if self.lang != "en" and not (
                following
                and ("INFN" in following.pos or following.lower.endswith(_INFINITIVE_ENDINGS))
            ):
                continue  # "Росія має ядерну зброю": to have, not to have to
            who = [m for m in mentions if m.last in (j - 1, j - 2) and m.last < j]
            if not who:
                # "said that the Sudanese government and the rebels in Darfur must reach ..."
                clause = _clause_of(clauses, j)
                who = [
                    m for m in mentions if m.clause == clause and m.part == "subj" and m.last < j
                ][:1]
            said = [q for q in predicates if "speech" in q.entry.flags and q.last < j]
            if not who or not said:
                continue
            speech = said[-1]
            speakers = [m for m in clauses[speech.clause].subjects if m.last < speech.first]
            if not speakers:
                speakers = [m for m in mentions if m.part == "subj" and m.last < speech.first]
            demand = Predicate(_DEMAND[self.lang], j, j, _clause_of(clauses, j))
            for a in speakers:
                if a.state != who[-1].state:
                    out.append((a, who[-1], demand))
        return out

    def _nominal(self, tokens, mentions, predicates, p, clause):
        """Actors of a noun phrase: "переговори РФ і КНДР", "візит Кіма до Росії"."""
        owners, partners, targets = [], [], []
        group = self.targets(
            tokens, mentions, predicates, p, ("obj", "mod", "to", "with", "between", "loc", "subj")
        )
        if group and group[0].part in ("obj", "mod", "subj"):
            # the owner group may be followed by a target: "удари США по Ємену"
            rest = [
                m
                for m in mentions
                if m.clause == p.clause
                and m.first > group[-1].last
                and m.first <= group[-1].last + 3
                and m.part in ("to", "with", "between")
            ]
            if rest:
                group = group + [m for m in rest if m.part == rest[0].part]
        for m in group:
            if m.part in ("with", "between"):
                partners.append(m)
            elif m.part == "to" or (
                m.part == "loc" and ("move" in p.entry.flags or p.entry.code[:2] in _VIOLENCE)
            ):
                targets.append(m)  # "a blockade in the West Bank", "a visit to Kyiv"
            elif m.part in ("obj", "mod", "subj") and (m.first <= p.last + 3 or owners):
                owners.append(m)  # the first owner and those coordinated with it
        before = [
            m
            for m in mentions
            if m.last == p.first - 1
            or (
                m.last == p.first - 2 and tokens[p.first - 1].word is not False and m.part == "poss"
            )
        ]
        before_owners = [m for m in before if m.part in ("poss", "subj", "mod")]
        if "objgen" in p.entry.flags:
            # "высылка российских дипломатов": the genitive is what is acted on
            return before_owners or list(clause.subjects), owners + targets
        owners = before_owners + owners
        if "mediate" in p.entry.flags and any(m.part == "between" for m in partners):
            # "Iraq and Oman acted as mediators between Riyadh and Tehran"
            return owners or list(clause.subjects), [m for m in partners if m.part == "between"]
        if "mediate" in p.entry.flags and owners and not partners and not targets:
            # "Вучич і Курті за посередництва Борреля погодилися": the mediator meets the parties
            parties = [m for m in clause.subjects if m not in owners]
            own = {m.state for m in owners}
            if not any(m.state not in own for m in parties):
                # "Ердоган і ас-Сісі потиснули руки в Досі за посередництва еміра Катару": a verb
                # the lexicon lacks leaves no subject; the parties are the pair named before
                before = [
                    m
                    for m in mentions
                    if m.clause == p.clause
                    and m.last < p.first
                    and m.part in ("subj", "mod")
                    and m.state not in own
                ]
                group = _group(tokens, before)
                if len(group) >= 2 and len({m.state for m in group}) >= 2:
                    parties = group
            return owners, parties
        if any(m.part == "between" for m in partners):
            return [m for m in partners if m.part == "between"], []
        consult = p.entry.code[:2] in ("04", "05", "06")
        # "Про солідарність з Ер-Ріядом заявив і Бахрейн": the noun told before its verb
        told_first = p.first > 0 and tokens[p.first - 1].lower in ("про", "о", "об")
        announced = any(
            "speech" in q.entry.flags and not q.noun and q.clause == p.clause
            and (0 < p.first - q.last <= 3 or (told_first and 0 < q.first - p.last <= 5))
            for q in predicates
        )  # fmt: skip
        light = not any(
            not q.noun and "speech" not in q.entry.flags and q.clause == p.clause
            and clause.first <= q.first < p.first
            for q in predicates
        )  # fmt: skip
        before_subjects = [m for m in clause.subjects if m.last < p.first]
        if (
            not owners
            and p.entry.code[:2] == "11"
            and p.first > 0
            and tokens[p.first - 1].lower in self.words.get("with", ())
        ):
            owners = before_subjects  # "обратился в Гаагу с иском против Боливии": the suer's
        if not owners and light and "recip" in p.entry.flags and len(before_subjects) >= 2:
            owners = before_subjects  # "Україна і Росія провели обмін полоненими"
        local = [
            m
            for m in mentions
            if m.clause == p.clause
            and m.alias == "adj"
            and m.last < p.first
            and m.first > 0
            and tokens[m.first - 1].lower in ("на", "в", "у", "во", "in", "at")
            and (
                m.part == "loc" or (m.last + 1 < len(tokens) and "loct" in tokens[m.last + 1].cases)
            )
        ]
        if (
            not owners
            and local
            and partners
            and "recip" in p.entry.flags
            and all(m.clause != p.clause for m in clause.subjects)
        ):
            # "на вірменських полігонах пройшли спільні навчання з американськими військовими":
            # the host of the joint act, not a subject carried over from another clause
            owners = local[:1]
        if not owners and (consult or announced or (light and targets)):
            # "объявил о разрыве отношений с Марокко": the speaker's own act; "Peru has issued
            # an ultimatum to Ecuador": a noun after a verb of no meaning of its own
            owners = [m for m in clause.subjects if m.last < p.first or told_first]
        if not partners and not targets and "recip" in p.entry.flags:
            # "ЄС уклав з туніською владою меморандум": the partner told before the noun
            partners = [
                m
                for m in mentions
                if m.clause == p.clause
                and m.part == "with"
                and 0 < p.first - m.last <= 2
                and all(
                    tokens[k].word and "PREP" not in tokens[k].pos
                    for k in range(m.last + 1, p.first)
                )
            ]
            if partners and not owners:
                owners = [m for m in clause.subjects if m.last < partners[0].first]
        if partners or targets:
            return owners, partners + targets
        if "recip" in p.entry.flags and len(owners) >= 2:
            return owners, []
        return [], []

    def _inherit_subjects(self, tokens, mentions, predicates, clauses):
        pronouns = self.words.get("pronoun", frozenset())
        forces = self.words.get("forces", frozenset())
        for k, clause in enumerate(clauses):
            if clause.subjects or k == 0:
                continue
            main = clauses[k - 1].subjects
            if clause.kind == "relative":
                before = [
                    m for m in mentions if m.last < clause.first and m.last >= clause.first - 3
                ]
                clause.subjects = before[-1:] or []
            elif clause.kind == "resume" and k >= 2:
                clause.subjects = clauses[k - 2].subjects
            elif clause.kind in ("purpose", "other"):
                listed = tokens[clause.first].text == ":" and not any(
                    p.clause == k and not p.noun for p in predicates
                )
                if not listed:  # "перелічили кроки: запуск ..., поїздку ...": items, not acts
                    clause.subjects = main
            elif clause.kind == "content":
                head = {t.lower for t in tokens[clause.first : clause.first + 3]}
                if head & (pronouns | forces) or self._subjectless(tokens, clause):
                    # "warned that it would ...", "warned that the troops would march on":
                    # the speaker's side
                    clause.subjects = main
        for k, clause in enumerate(clauses):
            verb = min((p.first for p in predicates if p.clause == k and not p.noun), default=None)
            if not clause.subjects and verb is not None:
                led = [
                    m
                    for m in mentions
                    if m.clause == k and m.part == "along" and m.last < verb and m.state
                    and _led_by(tokens, m.first)
                ]  # fmt: skip
                clause.subjects = led[:1]  # "група на чолі з Радебе вирушила": its leader's
            if clause.subjects and verb is not None:
                # "Condé, who together with Abdel Aziz had spent two days persuading him":
                # someone along with the subject before the verb acts with it
                along = [
                    m
                    for m in mentions
                    if m.clause == k and m.part == "along" and not _led_by(tokens, m.first)
                ]  # (who leads the subject's delegation is of its side, not its partner)
                clause.subjects = clause.subjects + [m for m in along if m.last < verb]


def _attribution_follows(tokens, comma, said) -> bool:
    """Does a closing "..., a UN official said (on Monday)." follow the comma at `comma`?"""
    for k in sorted(said):
        if comma < k <= comma + 8:
            rest = [t for t in tokens[k + 1 :] if t.word]
            return len(rest) <= 4 and not any(t.lower == "that" for t in rest)
    return False


def _relative_clause_end(tokens, comma, relative):
    """The comma closing a relative clause opened at `comma` (", which borders Sudan,")."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].lower not in relative:
        return None
    for k in range(comma + 2, min(comma + 14, len(tokens))):
        if tokens[k].text == ",":
            return k
        if not tokens[k].word and tokens[k].text not in ("-", "'"):
            return None
    return None


def _inline_quotes(tokens) -> set:
    """Positions of the quote marks around short quoted phrases of words only ("called the
    remarks "nasty"", "висловив «глибокий жаль»")."""
    marks = set()
    for i, token in enumerate(tokens):
        if token.text not in _OPENING_QUOTES:
            continue
        for j in range(i + 1, min(i + 6, len(tokens))):
            if tokens[j].text in _CLOSING_QUOTES:
                if j > i + 1:
                    marks.update((i, j))
                break
            if not tokens[j].word:
                break
    return marks


def _short_asides(tokens) -> set:
    """Indices of brackets around a short aside with no verb: "the Economic Community of West
    African States (ECOWAS), the African Union ...": a name's short form, not a clause."""
    out = set()
    for i, token in enumerate(tokens):
        if token.text != "(":
            continue
        close = next(
            (k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].text == ")"), None
        )
        if close is not None and all(t.word or t.text in "-'." for t in tokens[i + 1 : close]):
            out |= {i, close}
    # "... members of the Arctic Council — Finland, Iceland, Norway and Sweden — suspended": a
    # list of names between dashes
    dashes = [i for i, t in enumerate(tokens) if t.text in ("—", "–")]
    for a, b in zip(dashes, dashes[1:]):
        inside = tokens[a + 1 : b]
        if 2 <= len(inside) <= 20 and all(
            (t.word and (t.cap or t.lower in ("and", "the", "і", "та", "и"))) or t.text == ","
            for t in inside
        ):
            out |= {a, b}
    return out


def _kept_by_flags(flags, targets):
    """The targets a lexicon entry's flags allow: "person" takes an official or a role with a
    person's label ("принял министра", not "іранська влада"), "obj" the direct object only
    ("trained Mozambican marines", not "against the United States")."""
    if "person" in flags:
        targets = [m for m in targets if m.kind == "official" or (m.alias == "role" and m.role)]
    if "obj" in flags:
        targets = [m for m in targets if m.part == "obj"]
    return targets


def _span(tokens, i, keys, lang) -> int:
    """How many tokens from `i` name the alias of word `keys` (0: it is not there); a dash may
    stand between its words ("Папуа — Новая Гвинея")."""
    k = i
    for number, key in enumerate(keys):
        if number and k < len(tokens) and tokens[k].text in ("—", "–") and k > i:
            k += 1
        if k >= len(tokens) or not token_matches(tokens[k], key, lang):
            return 0
        k += 1
    return k - i


def _first_verb(tokens, clause):
    for k in range(clause.first, clause.last + 1):
        # a short participle or adjective says it too: "заявил, что потрясён ..."
        if tokens[k].pos & {"VERB", "INFN", "PRTS"} and not tokens[k].cap:
            return k
    return None


def _asked_for(found, q) -> bool:
    """Is the act `q` only demanded or urged by a predicate just before it ("требовал
    прекратить совместные учения": the drills were held, their end was asked for)?"""
    return any(
        r.entry.code[:2] in ("02", "10") and not r.noun and 0 < q.first - r.last <= 2 for r in found
    )


def _led_by(tokens, first) -> bool:
    """Is the mention at `first` whoever leads a group ("на чолі з колишнім міністром X",
    "во главе с X", "led by X")?"""
    before = [t.lower for t in tokens[max(0, first - 4) : max(0, first - 1)]]
    return any(w in ("чолі", "главе", "led", "headed") for w in before)


def _apposed_name_end(tokens, comma):
    """The comma closing a name apposed after `comma` (", Moussa Faki Mahamat,"), if any."""
    k = comma + 1
    while k < len(tokens) and k <= comma + 6 and tokens[k].word and tokens[k].cap:
        k += 1
    if k > comma + 1 and k < len(tokens) and tokens[k].text == ",":
        return k
    return None


def _takes_object(tokens, k) -> bool:
    """Does an English -ing form have an object at `k` ("signing a deal", "meeting Xi")?"""
    return k < len(tokens) and (
        tokens[k].lower in _DETERMINERS or tokens[k].lower == "with" or tokens[k].cap
    )


def _joiners(words):
    """`words` with the many-word joiners read as "and": "as well as", "а також", "а также"."""
    text = " ".join(words)
    for joiner in ("as well as", "а також", "а также", "так само як"):
        text = text.replace(joiner, "and")
    return text.split()


def _gap_follows(tokens, j, clause_words) -> bool:
    """Do names from `j` stand before a dash that stands for their verb ("а Габон и Нигер —",
    "а Габон и Нигер, где ..., —")?"""
    n = len(tokens)
    start = j
    while (
        j < n
        and j < start + 7
        and (
            (tokens[j].cap and tokens[j].word)
            or (tokens[j].lower in _COORDINATION and tokens[j].text != ",")
            # "а президент США Джо Байден —": a role before the name
            or (tokens[j].word and not tokens[j].pos & {"VERB", "PRTS", "INFN"} and j < start + 3)
        )
    ):
        j += 1
    if j == start or j >= n:
        return False
    return tokens[j].text in ("—", "–") or _dash_past_clause(tokens, j, clause_words) is not None


def _dash_past_clause(tokens, comma, clause_words):
    """The dash that ends a clause opening at `comma` (", где ..., —"), if one does."""
    n = len(tokens)
    if not (
        comma + 1 < n and tokens[comma].text == "," and tokens[comma + 1].lower in clause_words
    ):
        return None
    return next(
        (
            k
            for k in range(comma + 2, min(comma + 16, n))
            if tokens[k].text in ("—", "–") and tokens[k - 1].text == ","
        ),
        None,
    )


def _coordinated(tokens, mentions, first, states_only=True):
    """`first` and the mentions joined to it by "і/и/and/та" or a comma: "Венесуэлы и Гайаны"
    (states named by name or adjective only, unless `states_only` is false)."""
    group = [first]
    for m in mentions:
        if m.first <= group[-1].last:
            continue
        if states_only and (m.kind == "official" or m.alias not in ("name", "adj")):
            continue
        between = _joiners(
            [t.lower for t in tokens[group[-1].last + 1 : m.first] if t.lower not in _ARTICLES]
        )
        if between and all(b in _COORDINATION for b in between) and len(between) <= 2:
            group.append(m)  # "the GCC and the United States": articles join in too
        else:
            break
    return group


def _forms(token) -> frozenset:
    """A token's lemmas and its own lower-case form."""
    return token.lemmas | {token.lower}


def _filler(tokens, k) -> bool:
    """Is token `k` one that may stand between "the backing of" and its backer ("the
    57-member")?"""
    t = tokens[k]
    return (
        t.lower in _DETERMINERS
        or t.lower == "of"
        or t.text in ("-", "–")
        or any(c.isdigit() for c in t.text)
        or (k > 0 and tokens[k - 1].text in ("-", "–"))
    )


def _after_article(tokens, k) -> bool:
    """Does an article open the phrase that token `k` ends ("an emergency cabinet meeting")?"""
    for j in range(k - 1, max(-1, k - 4), -1):
        if not tokens[j].word:
            return False
        if tokens[j].lower in _ARTICLES:
            return True
    return False


def _group(tokens, mentions):
    """The first mentions of `mentions` (in reading order either way) that hang together:
    joined by "і/и/and/та" or a comma, or the same state's role and name side by side."""
    if not mentions:
        return []
    group = [mentions[0]]
    for m in mentions[1:]:
        last = group[-1]
        lo, hi = (last.last + 1, m.first) if m.first > last.last else (m.last + 1, last.first)
        between = _joiners([t.lower for t in tokens[lo:hi]])
        joined = all(b in _COORDINATION for b in between) and len(between) <= 2
        if m.alias == "pair" and last.alias == "pair" and m.first == last.first:
            joined = True
        if not (joined or (m.state == last.state and not between)):
            break
        group.append(m)
    return group


def _clause_of(clauses, index) -> int:
    for k, clause in enumerate(clauses):
        if clause.first <= index <= clause.last:
            return k
    return len(clauses) - 1


def _in_predicate(predicates, index) -> bool:
    return any(p.first <= index <= p.last and not p.noun for p in predicates)


def _unique(mentions):
    seen, out = set(), []
    for m in mentions:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _passive(tokens, p, lang) -> bool:
    if lang != "en" or p.first == 0:
        return False
    if (
        tokens[p.first - 1].text == ","
        and p.last + 1 < len(tokens)
        and tokens[p.last + 1].lower == "by"
        and tokens[p.first].lower.endswith("ed")
    ):
        return True  # "met in Washington, hosted by Secretary of State Antony Blinken"
    verb = tokens[p.first].lower
    if (
        verb.endswith("ed")
        and p.last + 1 < len(tokens)
        and tokens[p.last + 1].lower == "by"
        and (
            "mediate" in p.entry.flags or (tokens[p.first - 1].word and not tokens[p.first - 1].cap)
        )
    ):
        # a participle after its noun: "a peace deal brokered by the United States", "talks
        # hosted by Canada"
        return True
    before = {t.lower for t in tokens[max(0, p.first - 3) : p.first]}
    return bool(before & {"was", "were", "been", "being", "is", "are", "be"}) and (
        verb.endswith(("ed", "en")) or verb in ("met", "held", "struck", "shot", "fought")
    )
