"""A short text whose lead is not an incident: its later sentences tell that lead's matter.

A news snippet of two to four sentences is written around its first one.  When that lead is a statement about
a deed (a claim of responsibility, a blame, a denial: "The Pakistani Taliban claimed responsibility for the blast
at a mosque…"), an act between states (talks, a visit, a summit, a condemnation, a summons: "Iraq's prime
minister travelled to Tehran for talks…") or a police operation against ordinary or organised crime ("Police
raided a safe house of a drug cartel…"), the violence its later sentences tell is that lead's background: the
blast the claim is about ("The explosion killed 84 people…"), the strikes the talks are about, the shootout of
the raid.  Each later violent reading takes the lead's doubt (``attributed``, ``diplomatic``, ``crime``), as if
the sentence had said it itself.

The lead is read from its parse, not from its words for violence: the verb that heads it (past a verb of
saying), what that verb governs and who its subject is.  A coder's note that opens on its date ("On 4 May,
JNIM claimed an attack on…") reports the deed it names and is left alone, as are long texts (an article's
first sentence is often a claim or a reaction before the news).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.durative import names_a_day
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.diplomacy import DIPLOMATIC_NOUNS, DIPLOMATIC_VERBS
from sitrep.analyse.events.registers import main_verb
from sitrep.analyse.events.scope import CRIME, NOT_CRIME, NOTE_OPENING, ORGANISED_CRIME, organised_actor
from sitrep.analyse.events.types import VIOLENT

# verbs by which a lead says whose deed it was, or that it was not someone's
BLAME_VERBS = frozenset("blame accuse attribute deny reject dismiss hold disown imputer accuser démentir nier "
                        "attribuer revendiquer".split())
# what a "claim" takes to be one of authorship ("claimed responsibility", not "claimed control of the town")
CLAIMED_AUTHORSHIP = frozenset("responsibility credit responsabilité".split())
# "had no part in", "denied any role in": nouns of a share in a deed
SHARE_NOUNS = frozenset("part role hand involvement link links implication".split())
# acts between governments and bodies that head a lead (with the verbs whose object is an event: ``diplomacy``)
MEETING_VERBS = frozenset("meet visit travel fly arrive host attend resume hold open convene recall condemn deplore "
                          "rencontrer visiter recevoir condamner rappeler".split())
MEETING_NOUNS = DIPLOMATIC_NOUNS | frozenset(
    "talks meeting meetings conference visit counterpart counterparts delegation delegations negotiations envoy "
    "ambassador ambassadors diplomats session rencontre visite homologue délégation négociations ambassadeur".split())
# who meets or visits as an act between states ("the foreign minister visited Riyadh"; troops "met resistance")
OFFICIALS = re.compile(r"\b(?:president|prime minister|premier|ministers?|foreign ministry|diplomats?|envoys?|"
                       r"ambassadors?|delegat(?:es|ion)|Security Council|council|leaders|chancellor|secretary|king|emir|"
                       r"(?:army|military|defence|police) chief|chief of (?:army|defence|general) staff|governor|"
                       r"ministre|président|diplomates?|émissaire)\b", re.IGNORECASE)
# the doers of a police operation, and what they do to criminals
POLICE = re.compile(r"\b(?:police|policemen|officers|agents|detectives|marines|customs|prosecutors|investigators|"
                    r"anti-narcotics|narcotics|gendarmerie|policiers|douaniers)\b", re.IGNORECASE)
POLICE_ACTS = frozenset("raid arrest storm bust dismantle seize detain capture intercept rescue free swoop "
                        "smash apprehend nab perquisitionner arrêter démanteler saisir interpeller".split())


def lead_topic(ctx: Context) -> str | None:
    """The doubt a short text's lead casts on what follows it (``attributed``, ``diplomatic``, ``crime``), or
    None when the lead may be news (or the text is long, or a single sentence).  Read once per document."""
    if ctx.cache.lead_topic is None:
        ctx.cache.lead_topic = _read_lead(ctx) or ""
    return ctx.cache.lead_topic or None


def lead_doubts(ctx: Context, s: Sentence, event_type: str, tok=None) -> list[str]:
    """The lead's doubt on a violent reading of a later sentence ``s`` of a short text; in the first sentence
    itself, the ``diplomatic`` doubt on a trigger ``tok`` that lies inside the object of talks or a visit ("the
    army chief visited troops wounded in last week's battle", "resumed talks with the fate of kidnapped soldiers
    on the agenda"): the act between officials is the news, the violence its matter."""
    if event_type not in VIOLENT:
        return []
    if s.index == 0:
        return ["diplomatic"] if tok is not None and _inside_diplomatic_act(s, tok) else []
    topic = lead_topic(ctx)
    return [topic] if topic else []


def _inside_diplomatic_act(s: Sentence, tok) -> bool:
    main = main_verb(s.sent)
    # (a condemnation of a deed it dates is how a communiqué tells the news, as ``_read_lead`` reads it: « Le
    # Gouvernement condamne … l'attaque perpétrée le mardi 3 mars contre le marché de X, qui a fait neuf victimes »)
    if tok.i == main.i or not _diplomacy(main) or _condemns_dated_deed(s.text, main):
        return False
    branch = next((a for a in [tok, *tok.ancestors] if a.head.i == main.i and a.i != main.i), None)
    # (the trigger as the clause's subject, or a verb of its own beside the main one, is news of its own)
    return branch is not None and branch.dep_ not in ("nsubj", "nsubjpass", "csubj") \
        and not (branch.dep_ in ("conj", "advcl", "ccomp") and branch.pos_ in ("VERB", "AUX"))


def _read_lead(ctx: Context) -> str | None:
    sents = sentences(ctx)
    if not 2 <= len(sents) <= SHORT_TEXT_SENTENCES or sents[0].index != 0:
        return None
    lead = sents[0]
    if NOTE_OPENING.match(lead.text):
        return None  # a coder's note, dated: its lead tells its deed
    main = main_verb(lead.sent)
    if _attribution(main):
        return "attributed"
    if _diplomacy(main) and not _condemns_dated_deed(lead.text, main):
        return "diplomatic"
    if _police_against_crime(ctx, lead, main):
        return "crime"
    return None


# an incident named by its noun, in English and French (a lead's topic: ``lead_deed_day`` reads it too)
INCIDENT_NOUNS = r"attaques?|attacks?|assauts?|assaults?|massacres?|tueries?|embuscades?|ambush(?:es)?|killings?|raids?"
# the deed a condemnation names (« l'attaque … perpétrée mardi contre les populations de X », "Sunday's attack on X")
_CONDEMNED_DEED = re.compile(r"\b(?:" + INCIDENT_NOUNS + r")\b", re.IGNORECASE)


def _condemns_dated_deed(text: str, main) -> bool:
    """A lead that condemns a deed it dates (« a condamné … l'attaque … perpétrée mardi contre les populations de
    X », "condemned Sunday's attack on X"): the government's communiqué is how the news is told, and the toll told
    next is that deed's, not the matter of talks."""
    if _lemma(main) not in ("condemn", "deplore", "condamner", "déplorer"):
        return False
    deed = _CONDEMNED_DEED.search(text)
    return deed is not None and names_a_day(text[max(0, deed.start() - 12):])


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _subject_text(verb) -> str:
    return " ".join(t.text for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def _objects(verb):
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _attribution(main) -> bool:
    """A blame, a denial, a claim of responsibility, "had no part in", "was responsible for", "was behind"."""
    lemma = _lemma(main)
    if lemma in BLAME_VERBS and not (lemma == "hold" and not any(_lemma(c) == "responsible" for c in main.children)):
        return True
    if lemma == "claim" and any(_lemma(o) in CLAIMED_AUTHORSHIP for o in _objects(main)):
        return True
    if lemma == "have" and any(_lemma(o) in SHARE_NOUNS for o in _objects(main)):
        return True
    return lemma == "be" and any(_lemma(c) == "responsible" and c.dep_ == "acomp" or c.lower_ == "behind" and c.dep_ == "prep"
                                 for c in main.children)


def _diplomacy(main) -> bool:
    """Talks, a visit, a summit, a summons, sanctions, a condemnation as the lead's act: its verb is one of them,
    or a verb of meeting whose clause names talks, a counterpart, a delegation ("travelled to Tehran for talks")."""
    lemma = _lemma(main)
    verbs = [main, *(c for c in main.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
    if any(_lemma(v) in DIPLOMATIC_VERBS or any(o.lower_ in DIPLOMATIC_NOUNS for o in _objects(v)) for v in verbs):
        return True
    if lemma not in MEETING_VERBS:
        return False
    if lemma in ("condemn", "deplore", "condamner"):
        return True
    subject = _subject_text(main)
    named = [t for t in main.subtree if t.i != main.i]
    return OFFICIALS.search(subject) is not None and lemma in ("meet", "visit", "rencontrer", "visiter") \
        or any(t.lower_ in MEETING_NOUNS or _lemma(t) in MEETING_NOUNS for t in named)


def _police_against_crime(ctx: Context, lead: Sentence, main) -> bool:
    """Police (officers, agents, marines, customs) who raid, arrest or seize, in a lead that names a crime's
    doers (a cartel, a gang, kidnappers for ransom) and no armed or political party."""
    if _lemma(main) not in POLICE_ACTS:
        return False
    subject = _subject_text(main)
    text = lead.text
    return POLICE.search(subject) is not None and (CRIME.search(text) or ORGANISED_CRIME.search(text)) is not None \
        and not NOT_CRIME.search(text) and not organised_actor(ctx, lead)
