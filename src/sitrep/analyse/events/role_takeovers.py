"""A group's change of role or of camp told in the words of a place changing hands or of an accord: a force that
takes over another's role ("the Africa Corps took over the missions of the Wagner Group", « l'Africa Corps a annoncé
avoir pris le relais du groupe Wagner », « a repris les missions de Barkhane »), a group that leaves or joins a
coalition ("announced that it was leaving the CSP-PSD coalition", « son retrait du CSP-PSD »).

The verbs of taking over and of withdrawing are the verbs of a place changing hands, and a note names a country or a
town beside them; ACLED codes such a succession or a change of camp as the group's change to its activity ("Change
to group/activity"), with the predecessor no party to it, and the accord a leaving group keeps to is no new one.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.goods import object_in
from sitrep.analyse.events.mentions import actors_in

# what is taken over when it is a role (English and French)
ROLES = frozenset("mission missions role roles duty duties task tasks responsibility responsibilities function functions "
                  "command leadership management operations activities helm reins relay "
                  "rôle rôles fonctions tâches commandement direction relais responsabilités gestion".split())
# the verbs of taking up a role, in English and French lemmas
_TAKING_UP = frozenset("take assume inherit prendre reprendre assurer hériter".split())
_CLAUSE_LINKS = ("xcomp", "ccomp")


# the ground a role is held over ("security responsibility for the district", « la sécurité de la ville »): a role so
# bounded hands that ground over, a transfer of territory
_GROUND = frozenset("district town city village region area zone province territory county camp base locality "
                    "commune cercle ville région localité territoire".split())
_GROUND_LINKS = frozenset("for of over in de du sur".split())


def _role_over_ground(sent) -> bool:
    """Whether a role word of ``sent`` is bounded by a piece of ground (a ground noun or a named place after it)."""
    for t in sent:
        if t.lemma_.lower() in ROLES or t.lower_ in ROLES:
            for prep in t.children:
                if prep.dep_ in ("prep", "case", "nmod") and (prep.lower_ in _GROUND_LINKS or prep.dep_ == "nmod"):
                    objs = [prep] if prep.dep_ == "nmod" else [c for c in prep.children if c.dep_ in ("pobj", "obj")]
                    if any(o.lemma_.lower() in _GROUND or o.ent_type_ in ("GPE", "LOC") for o in objs):
                        return True
    return False


def _taking_verbs(sent) -> list:
    return [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _TAKING_UP and object_in(t, ROLES)]


def roles_taken(tok, sent=None) -> bool:
    """Whether the trigger ``tok`` (a verb of taking over) takes a role, not a place, as its object; or, given the
    sentence ``sent``, whether a verb of taking up in it does (the trigger may be the saying: « a annoncé avoir pris le
    relais de Wagner »).  A role held over a piece of ground ("handed over security responsibility for the district")
    hands the ground over: no change of role."""
    told_in = sent if sent is not None else (tok.sent if tok is not None else None)
    if told_in is not None and _role_over_ground(told_in):
        return False
    return object_in(tok, ROLES) or sent is not None and bool(_taking_verbs(sent))


def role_taker(ctx: Context, s: Sentence) -> list[str]:
    """The actor that takes up the role: the subject of the verb of taking up, or of the saying it completes
    (« l'Africa Corps a annoncé avoir pris le relais »: the sayer is who takes it); [] when the sentence tells none."""
    mentions = [(m, s.token_at(m.span.char_start, m.span.char_end)) for m in actors_in(ctx, s)]
    for verb in _taking_verbs(s.sent):
        for _ in range(3):
            subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")}
            found = [m.actor_id for m, t in mentions if t is not None and (t.i in subjects or t.head.i in subjects)]
            if found:
                return found[:1]
            if verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
                break
            verb = verb.head
    return []


# a group that leaves or joins a coalition ("announced that it was leaving the CSP-PSD coalition", « a annoncé son
# retrait du CSP »): its own change, told beside the accord it keeps to ("would remain committed to the peace agreement")
_COALITION_LEFT_OR_JOINED = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|withdr\w+\s+from|join(?:ed|s|ing)?|rejoin\w*|quitt\w+|retrait\s+d[eu]s?|"
    r"(?:se\s+)?retir\w+\s+d[eu]s?|adhér\w+\s+(?:à|au))\s+(?:(?:the|its|a|la|le|l['’])\s*)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:coalitions?|alliances?|platforms?|plateformes?|frameworks?|CSP[\w-]*)\b", re.IGNORECASE)
# an accord concluded in the sentence itself, which stays the event
_ACCORD_CONCLUDED = re.compile(r"\b(?:sign\w*|conclu\w*|reach\w*|agreed|negotiat\w*|brokered|signé\w*|négoci\w*)\b",
                               re.IGNORECASE)


def coalition_left_or_joined(text: str) -> bool:
    """Whether ``text`` tells a group leaving or joining a coalition, and concludes no accord itself."""
    return _COALITION_LEFT_OR_JOINED.search(text) is not None and _ACCORD_CONCLUDED.search(text) is None
