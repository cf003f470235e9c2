"""Whether the noun a deed was done to names one person, and whether that person was armed, when no lexicon of
victims lists the word.

A lone victim is told in a few grammatical frames whatever his trade:

- a noun of a trade or a role, listed (``takings.names_people``: "a herder", "the village chief") or known by its
  shape, an agent noun ("a motorbike taxi driver", "a pharmacist", "a jeweller", « un boutiquier », « un
  cultivateur »);
- a name with an apposition that says who he is ("Boubacar Sangare, president of the breeders' association",
  « Adama Dembélé, conseiller municipal »), or a name after a title ("Imam Sidi Toure", "Lieutenant Keita").

The person is armed when the words say so (soldiers, militants, a military rank, "a FAMa officer"): those words
are the one list of armed people (``knowledge.armed_people``) and the ranks; anything else is a civilian, as ACLED assumes
of the victim of a one-sided deed unless the source says otherwise.
"""

from __future__ import annotations

import re

from sitrep.knowledge.armed_people import any_armed_forms
from sitrep.analyse.events.takings import names_people

# armed by their words: the armed-people table, the fighters of armed groups, and military ranks (English, French)
ARMED_PERSON = re.compile(
    r"\b(?:" + any_armed_forms()
    + r"|peacekeepers?|combatants?|commanders?|fighters?|recruits?|militants?|jihadists?|insurgents?|terrorists?|"
    r"rebels?|gunm[ae]n|attackers?|assailants?|lieutenants?|captains?|sergeants?|corporals?|colonels?|"
    r"majors?|adjutants?|generals?|privates?|officiers?|capitaines?|sergents?|capora(?:l|ux)|adjudants?|"
    r"généra(?:l|ux)|commandants?|soldats?|militaires?|miliciens?|combattants?|assaillants?|jihadistes?|"
    r"djihadistes?|terroristes?)\b",
    re.IGNORECASE)
# an agent noun by its ending: one who does a trade ("driver", "tailor", "pharmacist", "technician", "fisherman",
# « boutiquier », « cultivateur », « couturière », « vendeuse »), a stem of three letters at least
_AGENT_SHAPE = re.compile(r"^[^\W\d_]{3,}(?:ers?|ors?|ists?|ians?|m[ae]n|eurs?|euses?|iers?|ières?|iens?|iennes?)$",
                          re.IGNORECASE)
# nouns of those endings that name things, places or times, not people (a deed's object may be these)
_THINGS_OF_AGENT_SHAPE = frozenset(
    "headquarters water waters corner corners border borders order orders center centre centers number numbers power powers "
    "tower towers river rivers quarter quarters letter letters paper papers container containers trailer trailers "
    "tanker tankers computer computers generator generators transformer transformers tractor tractors motor motors "
    "sector sectors corridor corridors floor floors door doors door error errors interior exterior shelter shelters "
    "chamber chambers barrier barriers cellar cellars manner manners matter matters shoulder shoulders leg finger "
    "fingers liver ulcer cancer member members dinner dinners summer winter october november december september "
    "list lists mist wrist fist christian civilians civilian quartier quartiers marteau chantier chantiers "
    "dossier dossiers courrier papier papiers cahier cahiers grenier greniers terrier sentier sentiers moteur "
    "moteurs secteur secteurs ordinateur ordinateurs réservoir camion lien liens bien biens chien chiens "
    "entretien soutien moyen moyens".split())
# people a deed may be done to who are a side of the story's crime or fight, not its civilians by shape alone
_NOT_VICTIMS_BY_SHAPE = re.compile(r"^(?:robbers?|kidnappers?|abductors?|smugglers?|traffickers?|raiders?|bombers?|"
                                   r"snipers?|gunners?|hunters?|chasseurs?|tirailleurs?|ravisseurs?|trafiquants?)$",
                                   re.IGNORECASE)
# roles of office that no ending marks, said of a named person ("X, head of a local association", « X, président du
# comité »; only in apposition: "40 head of cattle" are animals)
_ROLE_NOUNS = frozenset("head president chairman chairwoman secretary deputy representative delegate spokesperson "
                        "official figure cleric président présidente secrétaire responsable adjoint adjointe délégué "
                        "représentant élu notable".split())
# titles before a name that say who he is ("Imam X", "Chief X", "Mayor X", « le maire X », « l'imam X »)
_CIVIL_TITLES = frozenset("imam imams chief mayor councillor councilor marabout teacher trader sheikh cheikh elder "
                          "notable pastor priest father abbé headman president dr doctor mr mrs ms maire "
                          "conseiller chef enseignant président m mme".split())


_CLAUSES = frozenset(("relcl", "acl:relcl", "acl", "advcl"))


def person_noun(tok, of_a_name: bool = False) -> bool:
    """Whether the common noun ``tok`` names a person by a trade or a role: listed, or an agent noun by its shape
    (``of_a_name``: it is a named person's apposition, where a role of office says who he is)."""
    if tok.pos_ != "NOUN":
        return False
    word = tok.text.lower()
    if names_people(tok) or ARMED_PERSON.fullmatch(word) or of_a_name and (word in _ROLE_NOUNS or word.endswith("ic")):
        return True  # (after a name, "X, a mechanic", "X, a cleric": a trade; alone "-ic" names things, "a clinic")
    return _AGENT_SHAPE.match(word) is not None and word not in _THINGS_OF_AGENT_SHAPE \
        and tok.lemma_.lower() not in _THINGS_OF_AGENT_SHAPE and not _NOT_VICTIMS_BY_SHAPE.match(word)


def _who(tok):
    """The noun that says who the named person ``tok`` is: its apposition ("X, a teacher", « X, un commerçant »)."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _titled(tok) -> bool:
    """Whether the name ``tok`` follows a title ("Imam X", "Lieutenant X"), in its own words or just before it."""
    left = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "flat", "flat:name", "nmod", "amod")]
    words = [t.lower_.strip(".") for t in left]
    before = tok.doc[tok.left_edge.i - 1].lower_.strip(".") if tok.left_edge.i > 0 else ""
    return any(w in _CIVIL_TITLES or ARMED_PERSON.fullmatch(w) for w in (*words, before))


def named_person(tok) -> bool:
    """Whether the proper noun ``tok`` names a person by an apposition or a title (a bare name may be a place's)."""
    return tok.pos_ == "PROPN" and (_who(tok) is not None and person_noun(_who(tok), of_a_name=True) or _titled(tok))


def victim_kind(tok) -> str | None:
    """"armed" or "unarmed" for a noun phrase headed by ``tok`` that names people (a trade, a role, a named person
    with an apposition or a title); None when it names none (a place, a thing, animals, a pronoun)."""
    if not (person_noun(tok) or named_person(tok)):
        return None
    # (a clause about him is left out: "a trader who had refused to pay the militants" was no militant)
    told = {t.i for c in tok.subtree if c.i != tok.i and c.dep_ in _CLAUSES for t in c.subtree}
    told |= kin_owners(tok)  # (and whose kin he is: "a VDP's wife" is no VDP)
    words = " ".join(t.text for t in tok.subtree if t.i not in told)
    return "armed" if ARMED_PERSON.search(_without_civil_ranks(words)) else "unarmed"


def _without_civil_ranks(words: str) -> str:
    """``words`` without the rank words of civil titles ("barangay captain", "ship captain")."""
    return re.sub(r"\b(?:barangay|village|team|club|ship|sea|boat|harbou?r|port|fire|football|cricket)\s+captains?\b|"
                  r"\bcapitaines? (?:de navire|du navire|d['’]équipe|de l['’]équipe)\b", " ", words, flags=re.IGNORECASE)


# nouns of people known by their tie to another ("the wife of a VDP", "a soldier's children", « la famille d'un VDP »)
_KIN_NOUNS = frozenset(
    "wife wives husband widow widows child children son sons daughter daughters mother father parent parents brother "
    "brothers sister sisters relative relatives family families kin in-laws femme femmes épouse épouses enfant enfants "
    "fils fille filles mère père frère frères sœur sœurs proches famille familles veuve veuves".split())
_KIN_WORDS = (r"(?:relatives|famil(?:y|ies)|wi(?:fe|ves)|children|parents|mothers?|fathers?|sons?|daughters?|widows?|kin|"
              r"dependants|dependents)\b")
# after an armed word: it only tells whose kin the people are ("killed four VDP relatives", "a soldier's wife"), who
# are no armed people (for the rules that read armed victims in a sentence's words)
NOT_WHOSE_KIN = r"(?!['’]s?\s+(?:\w+\s+)?" + _KIN_WORDS + r"|\s+" + _KIN_WORDS + ")"
_OWNER_DEPS = frozenset(("poss", "nmod:poss", "nmod", "compound"))  # (a noun before them too: "four VDP relatives")
_OWNER_MARKS = frozenset(("of", "de", "du", "des", "d'"))


def kin_owners(head) -> set[int]:
    """The positions of the words naming whose kin the people of ``head``'s phrase are ("a VDP's wife", "relatives of
    a soldier", « la femme d'un VDP »): the one they belong to may be armed, his kin are not, and ACLED codes their
    killing as violence against civilians."""
    owners: set[int] = set()
    for t in head.subtree:
        if t.lemma_.lower() not in _KIN_NOUNS and t.lower_ not in _KIN_NOUNS:
            continue
        for c in t.children:
            if c.dep_ in _OWNER_DEPS or c.dep_ == "prep" and c.lower_ in _OWNER_MARKS:
                owners |= {w.i for w in c.subtree}
    return owners


def owner_of_kin(tok) -> bool:
    """Whether ``tok`` only tells whose kin a noun's people are ("four VDP relatives", "the wives of soldiers", "a
    VDP's children"): the one named is no party to what was done to his kin."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in _OWNER_MARKS else tok.head
    return head.i != tok.i and (head.lemma_.lower() in _KIN_NOUNS or head.lower_ in _KIN_NOUNS) and tok.i in kin_owners(head)

