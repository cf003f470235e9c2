"""Territory changing hands, the outcome labels of the events stage: a gain verb with a place object
("recaptured Kidal from the rebels") or a forced withdrawal ("was forced to retreat from X") decides
who gained — the government side regains, anyone else overtakes — and background statements of
control ("rebel groups that had controlled Kidal since 2014") yield a dated past takeover."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import (
    actor_kind,
    generic_kind,
    is_government_side,
    is_state,
    latest_actor_of_kind,
    OBJ,
    role_of,
    Sentence,
    sentences,
    SUBJ,
)
from sitrep.analyse.events.cues import PLACE_NOUNS, rule_may_match, rules, SHORT_TEXT_SENTENCES
from sitrep.analyse.events.dating import year_interval
from sitrep.analyse.events.decision import Decision
from sitrep.analyse.events.goods import goods_taken
from sitrep.analyse.events.role_takeovers import coalition_left_or_joined, roles_taken
from sitrep.analyse.events.mentions import (
    actors_in,
    dedupe,
    folded_text,
    is_country,
    places_in,
    subjects_of,
    within_sentence,
)
from sitrep.analyse.events.syntax import clause_verb, governs, in_main_clause, is_modal, object_of, token_for_match
from sitrep.analyse.events.takings import names_people
from sitrep.analyse.events.types import BATTLES
from sitrep.analyse.events.withdrawals import (
    taker_past_leaving,
    attackers_left,
    BACK_TO_OWN_BASE,
    goal_of_flight,
    side_that_attacked,
    TOWARDS_A_QUARTER,
)
from sitrep.model import EventMention, Modality, PlaceMention, Span


# a note that opens on its category (ACLED's coders prefix some strategic developments: "Looting:",
# "Non-violent activity:") tells that kind of event, whatever verb of seizing it uses
NOTE_CATEGORY = re.compile(r"\s*(?:looting|property destruction|looting/property destruction|non-violent activity|other|"
                           r"arrests?)\s*:", re.IGNORECASE)
# a change of hands the sentence says met no fight: ACLED's non-violent transfer of territory, not a battle
UNOPPOSED = re.compile(r"\bwithout (?:a fight|any fight|resistance|meeting (?:any )?resistance|fighting|a shot being fired|"
                       r"firing a shot|incident|clashes|combat)\b|\bunopposed\b|\bpeacefully\b|"
                       r"\bsans (?:combat|combats|résistance|coup férir|incident|affrontements?)\b", re.IGNORECASE)
# a place handed over, or taken after its holder left ("took over the camp after the UN mission's withdrawal",
# « après le retrait de la MINUSMA »): no fight unless the sentence tells one
HANDED_OVER = re.compile(
    r"\bhand(?:ed|ing)?[- ]?over\b|\bhandover\b|\brétrocé|\brétrocession\b|"
    r"\bafter (?:the )?(?:[\w'’.-]+\s+){0,5}?(?:withdrew|withdrawal|departure|pull-?out|pulled out|left|evacuated|abandoned)\b|"
    r"\baprès (?:le |leur )?(?:retrait|départ)\b|"
    # the place told as left by its holder ("the police station, which officers had abandoned the week before",
    # "the post abandoned by the army", "occupied the deserted camp", « le poste abandonné par les gendarmes »)
    r"\b(?:which|that|where|whom) (?:[\w'’.-]+\s+){0,4}?had (?:already )?(?:abandoned|left|evacuated|vacated|deserted|withdrawn from)\b|"
    r"\b(?:abandoned|vacated|evacuated|deserted) (?:days |weeks |months )?(?:earlier )?by (?:the |its |their )?\w+|"
    r"\b(?:abandoned|deserted|vacated|evacuated|empty) (?:[\w-]+\s+){0,2}?(?:posts?|camps?|bases?|positions?|barracks|"
    r"police stations?|gendarmerie|garrison|detachments?)\b|"
    r"\b(?:abandonnée?s?|évacuée?s?) par\b|\b(?:poste|camp|base)s? (?:abandonnée?s?|désertée?s?|vides?)\b", re.IGNORECASE)
# a partner's departure (the UN mission, the French forces leaving their camps to the army): what the government then
# takes is handed to it, not regained from a foe
_PARTNER = (r"(?:MINUSMA|UN (?:mission|peacekeepers|forces)|United Nations|peacekeep\w*|blue helmets|French (?:forces|troops|army|soldiers)|"
            r"Barkhane|Takuba|EUTM|casques bleus|forces françaises|(?:la )?force Barkhane)")
# the Russian forces beside the Malian army, who leave camps to it as the others did; named only as the ones who left
# (a camp vacated by them, their departure), as they often fight beside the army that retakes a town
_RUSSIAN_PARTNER = r"(?:Africa Corps|Wagner(?: Group)?|Russian (?:forces|troops|instructors|soldiers)|forces russes)"
PARTNER_LEFT = re.compile(
    r"\bhandover\b|\bhand(?:ed|ing)? over\b|\brétroc\w+|\b" + _PARTNER + r"[^.;]{0,60}?\b(?:withdr\w+|left|depart\w*|pull\w*|"
    r"retrait|départ|quitt\w+|redeploy\w*|repli\w*)|\b(?:withdrawal|departure|pull-?out|retrait|départ) (?:of |de |du |des )?"
    r"(?:the |la |le |les |l['’])?(?:" + _PARTNER + "|" + _RUSSIAN_PARTNER + r")|\b(?:vacated|abandoned|evacuated|left) by "
    r"(?:the )?(?:" + _PARTNER + "|" + _RUSSIAN_PARTNER + ")", re.IGNORECASE)
# a holder that left of its own accord (withdrew, pulled out, abandoned or evacuated its base), not one forced out
VOLUNTARY_LEAVING = re.compile(
    r"withdr(?:ew|awn)|pull(?:ed)? ?(?:back|out)|pull-?back|(?:decision|decided) to leave|abandon(?:ed|s)?|evacuat(?:ed|es)|"
    r"vacated|replié|repli|se sont repliés|s['’]est repliée?|retrait|retirée?s?|évacu(?:é|ée|és|ées)|abandonn(?:é|ée|és|ées)",
    re.IGNORECASE)
# verbs of emptying a place, which leave one only when a place is their object
_EMPTYING = frozenset("evacuate abandon vacate évacuer abandonner".split())
VIOLENT_TYPES = frozenset(("Battles", "Violence against civilians", "Explosions/Remote violence"))
# ("fighters" names the men, not a fight: "rebel fighters took X after the army withdrew" met no fight)
FOUGHT = re.compile(r"\b(?:fight(?!ers?\b)\w*|fought|clash\w*|battles?|combats?|kill(?:ed|ing)|dead|attack\w*|shell\w*|assault\w*|"
                    r"repelled|ambush\w*|under (?:heavy |sustained )?fire|affrontements?|tués?|morts?|attaqu\w*)\b", re.IGNORECASE)


def territory_change(ctx: Context, s: Sentence, places: list[PlaceMention]) -> Decision | None:
    """Territory changing hands: a gain verb with a place object, or a forced/planned withdrawal;
    told as met with no fight ("occupied without fighting"), a non-violent transfer."""
    if NOTE_CATEGORY.match(s.text):
        return None  # the coder named the kind ("Looting: … seized seven oxen at a farm"): no change of hands
    if coalition_left_or_joined(s.text):
        return None  # « le GATIA a annoncé son retrait du CSP-PSD »: a coalition left, no place
    decision = _gain(ctx, s, places) or _loss(ctx, s, places)
    if decision is not None and decision.label == "NON_STATE_ACTOR_OVERTAKES_TER" and position_fought_for(s.text, told_after(ctx, s)):
        decision.label = "ARMED_CLASH"  # a post overrun in a fight and not said held: the assault, not a change of hands
        return decision
    if decision is not None and (unopposed(s.text, told_after(ctx, s), decision.label) or NO_FIGHT_SAID.search(_note_after(ctx, s))):
        decision.label = "NON_VIOL_TERRIT_TRANSFER"
    return decision


# an armed position overrun, its holder named in up to four words ("overran a checkpoint", "overran a Dan Na
# Ambassagou position", "stormed and overran the army camp of X", "overran parts of an
# army camp": a part overrun is no more held than the whole): ACLED codes an assault
# on a post that is fought for as an armed clash; the group overtakes territory only when it is said to hold the place
_PART_OF = r"(?:part|parts|much|most|sections?) of\s+"
_POSITION_OVERRUN = re.compile(
    r"\boverr(?:an|un)\s+(" + _PART_OF + r")?(?:(?:the|a|an|two|three|several|its|their|one of the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:checkpoints?|posts?|outposts?|"
    r"camps?|bases?|positions?|barracks|garrisons?|gendarmerie|detachments?|military installations?)\b", re.IGNORECASE)
_FIRE_EXCHANGED = re.compile(r"\b(?:fire-?fights?|exchanges? of (?:gun)?fire|exchanged fire|gun-?fights?|shoot-?outs?)\b", re.IGNORECASE)
# the place said held after it was taken ("took control of the town", "remained in the camp", "hoisted their flag")
_HELD_AFTER = re.compile(r"\b(?:took (?:full )?control|taken (?:full )?control|in control of|remained (?:in|at|inside)|"
                         r"(?:still|now) (?:hold|control)s?|held (?:the|it)|hoisted|install(?:ed|ing) (?:themselves|their)|"
                         r"occupied|occupy(?:ing)?)\b", re.IGNORECASE)


def position_fought_for(text: str, after: str = "") -> bool:
    """Whether ``text`` tells an armed position overrun in a fight (told there or in ``after``, the sentences just
    after, or by a part of it overrun) and not held afterwards: an armed clash, not a change of hands."""
    told = text + " " + after
    overrun = _POSITION_OVERRUN.search(text)
    if overrun is None or _HELD_AFTER.search(told) is not None or UNOPPOSED.search(text):
        return False
    # a part overrun ("overran part of the base before air support arrived") was fought for: the rest held out
    return overrun.group(1) is not None or (FOUGHT.search(told) or _FIRE_EXCHANGED.search(told)) is not None


# laying siege to a place ("besieged the Dozo hunters' camp", « ont encerclé le camp »)
_SIEGE_LEMMAS = frozenset("besiege surround encircle assiéger encercler".split())


def siege_fought(tok, after: str = "") -> bool:
    """Whether the trigger ``tok`` lays siege to a place and the sentences just after (``after``) tell the fire
    exchanged there ("besieged the Dozo hunters' camp. Three Dozo died in the exchanges of fire"): the siege was a
    fight, an armed clash, not a group's restriction on a town."""
    return tok is not None and tok.lemma_.lower() in _SIEGE_LEMMAS and _FIRE_EXCHANGED.search(after) is not None


def regained_from_a_foe(label: str, text: str) -> bool:
    """Whether a place taken after its holder left is the government regaining it from a foe (ACLED's government
    regains territory, a battle: "retook Kidal after the rebels withdrew under air strikes"), not a place its partner
    handed over ("took over the camp after MINUSMA withdrew": a non-violent transfer)."""
    return label == "GOV_REGAINS_TERIT" and PARTNER_LEFT.search(text) is None


# a note's later sentence saying the change of hands met no fight ("No fighting was reported.")
NO_FIGHT_SAID = re.compile(r"\bno (?:fighting|clash(?:es)?|combat|resistance|shots?|exchange of fire)\b[^.;]{0,20}?\b"
                           r"(?:(?:was|were|has been|had been) )?(?:reported|fired|recorded|met|offered)\b"
                           r"|\baucun (?:combat|affrontement|coup de feu)\b", re.IGNORECASE)


def _note_after(ctx: Context, s: Sentence) -> str:
    """The sentences after ``s`` in a short text (a note tells one event), else ""."""
    sents = sentences(ctx)
    return " ".join(x.text for x in sents[s.index + 1:]) if len(sents) <= SHORT_TEXT_SENTENCES else ""


def unopposed(text: str, after: str = "", label: str = "") -> bool:
    """Whether a change of hands (``label``) is told as met with no fight: said so, or a place handed over or
    taken after its holder left, in a sentence that tells no fighting, nor do the ones after it (``after``:
    "… seized the base after soldiers pulled out. The rebels said they had killed eight soldiers before entering").
    A foe that left what the government then regains left it under pressure: only said so is that no fight."""
    if UNOPPOSED.search(text) is not None or NO_FIGHT_SAID.search(after) is not None or NO_FIGHT_SAID.search(text) is not None:
        return True  # ("… withdrew towards Bourem. No fighting was reported.", "…; no fighting reported")
    return HANDED_OVER.search(text) is not None and not FOUGHT.search(text + " " + after) \
        and not regained_from_a_foe(label, text)


# how many sentences after a change of hands may still tell the fight it met
FIGHT_TOLD_AFTER = 2


def told_after(ctx: Context, s: Sentence) -> str:
    """The text of the sentences just after ``s`` (where a change of hands' fight is told, if it met one)."""
    return " ".join(x.text for x in sentences(ctx)[s.index + 1:s.index + 1 + FIGHT_TOLD_AFTER])


def _rule_hits(ctx: Context, s: Sentence, rule: str):
    """(match, its token) for each match of the language's ``rule`` in the sentence."""
    if not rule_may_match(ctx.language, rule, folded_text(ctx, s)):
        return
    for m in rules(ctx.language)[rule].finditer(s.text):
        tok = token_for_match(s, m.start())
        if tok is not None:
            yield m, tok


def _gain(ctx: Context, s: Sentence, places: list[PlaceMention]) -> Decision | None:
    """"X seized Y": the subject of a gain verb whose object is a place gained it."""
    for m, tok in _rule_hits(ctx, s, "gain"):
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if verb.lemma_.lower() in ("lose",):
            continue
        if tok.pos_ == "NOUN" and tok.lower_ == "control" and verb.lemma_.lower() not in ("take", "regain", "seize", "gain", "retake"):
            continue
        if tok.pos_ not in ("VERB",) and not (tok.pos_ == "NOUN" and tok.lower_ == "control"):
            # "capture" as a noun, "control" as a noun in "under the control of"
            if tok.pos_ != "VERB":
                continue
        obj_places = [
            p for p in places
            if p.span.char_start > s.start + m.start()
            and (tok2 := s.token_at(p.span.char_start, p.span.char_end)) is not None
            and object_of(tok2, verb, verb_preps=False) and not _place_of_people_taken(tok2, verb)
        ] or _passive_places(s, verb, places) or _places_of_taken_post(s, verb, places) or _town_told_before(ctx, s, verb)
        if not obj_places or is_modal(s, verb) or not in_main_clause(verb) and verb.dep_ != "relcl" or goods_taken(verb) \
                or roles_taken(verb):
            continue  # (goods seized at a place, "seized 3,000 kilos of meat at a market in X", or a role, take no ground)
        gainers, _ = subjects_of(ctx, s, verb)
        takers, leavers = taker_past_leaving(ctx, s, verb)
        gainers = takers or gainers  # "entered X after the garrison pulled out, and took control": the leavers took nothing
        if not gainers and verb.dep_ == "pcomp":
            # "congratulated the government for recapturing X": the congratulated object gained
            gov = verb.head.head
            objs = [c for c in gov.children if c.dep_ in ("dobj",)]
            for o in objs:
                o0, o1 = s.doc_offset(o.left_edge), s.doc_offset(o.right_edge) + len(o.right_edge.text)
                gainers = [a.actor_id for a in within_sentence(ctx, "actors", s, o0, o1)]
        if not gainers:
            gainers = _sayers_of_infinitive(ctx, s, verb)  # « a annoncé s'être emparé de Léré »: who said it took it
        if not gainers and (_first_person(verb) or _passive_places(s, verb, obj_places)):
            gainers = _announcers(ctx, s, obj_places)  # "X was retaken on Sunday, according to the army"
        gainers = [a for a in gainers if actor_kind(ctx, a) != "civilians"]  # people returning home hold no ground
        if not gainers:
            continue
        losers = [a for a in leavers or _losers_from_objects(ctx, s, verb) if a not in gainers]
        state = any(is_government_side(ctx, a) for a in gainers[:1])
        label = "GOV_REGAINS_TERIT" if state else "NON_STATE_ACTOR_OVERTAKES_TER"
        return Decision(label, m.group(0), s.start + m.start(), side1=gainers, side2=losers, rule="gain")
    return None


def _place_of_people_taken(place_tok, verb) -> bool:
    """Whether the place is reached from the gain ``verb`` through people it took ("seized the village chief of
    Kolongo", "took the mayor of Boni"): the place only says whose people they were; ACLED codes an abduction."""
    t = place_tok.head
    for _ in range(10):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.pos_ in ("NOUN", "PROPN") and names_people(t):
            return True
        t = t.head
    return False


# the determiners of a place noun that points back at the place the note already named ("the town", « la localité »)
_BACK_POINTING = frozenset("the this that la le cette ce".split())


def _town_told_before(ctx: Context, s: Sentence, verb) -> list[PlaceMention]:
    """The places a short text named before ``s`` when the gain ``verb``'s object is a place noun pointing back at
    them ("JNIM stormed the gendarmerie post of Tin-Akoff … The militants then occupied the town."): the town held
    is the one the note is about."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PLACE_NOUNS
               and any(d.dep_ == "det" and d.lower_ in _BACK_POINTING for d in c.children)]
    sents = sentences(ctx)
    if not objects or s.index == 0 or len(sents) > SHORT_TEXT_SENTENCES:
        return []
    return [p for x in sents[:s.index] for p in places_in(ctx, x) if not is_country(p)]


_PASSIVE_SUBJECTS = frozenset(("nsubjpass", "nsubj:pass"))
# links inside the noun phrase of a place ("the town of Lere", « la localité de Boni », "Lere and Dioura")
_PLACE_PHRASE = frozenset(("compound", "amod", "appos", "conj", "nmod", "pobj", "prep", "flat", "flat:name", "case", "det"))


def _passive_places(s: Sentence, verb, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that are the passive subject of the gain ``verb`` ("Boni was retaken by the army",
    « la localité de Léré a été reprise »): what was taken, told first."""
    out = []
    for p in places:
        t = s.token_at(p.span.char_start, p.span.char_end)
        for _ in range(6):
            if t is None or t.dep_ not in _PLACE_PHRASE or t.head.i == t.i:
                break
            t = t.head
        passive = any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
        if t is not None and t.head.i == verb.i and (t.dep_ in _PASSIVE_SUBJECTS or passive and t.dep_ == "nsubj"):
            out.append(p)
    return out


def _places_of_taken_post(s: Sentence, verb, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that locate a post or a town the gain ``verb`` took ("captured the FAMa base at Anefis", "occupied
    the camp in Tessalit", the phrase hanging on the post or on the verb): the base named by its place is the place taken."""
    posts = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PLACE_NOUNS]
    # a gain told by a verb of motion ("moved into the FAMa post of X"): the post is the object of its "into"
    posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS]
    out = []
    for p in places:
        t = s.token_at(p.span.char_start, p.span.char_end)
        if t is not None and t.dep_ in ("pobj", "nmod") and t.head.lower_ in ("at", "in", "of", "de", "à") \
                and any(t.head.head.i in (post.i, verb.i) or t.head.i == post.i for post in posts):
            out.append(p)
    return out


_WE = frozenset(("we", "nous", "on"))


def _first_person(verb) -> bool:
    """Whether the gain verb's subject is "we" (« Nous avons repris Boni », a déclaré un officier)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _WE for c in verb.children)


def _sayers_of_infinitive(ctx: Context, s: Sentence, verb) -> list[str]:
    """The subject of the verb that introduces the gain as an infinitive (« Le CSP a annoncé s'être emparé de
    Léré », « affirme avoir pris le camp »): a party that says it took a place names itself the gainer."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return []
    if not any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return []
    said = verb.head
    out = []
    for a in actors_in(ctx, s):
        t = s.token_at(a.span.char_start, a.span.char_end)
        if t is None:
            continue
        role, gov = role_of(t)
        # (a hyphenated name the parser splits hangs its first half on the verb: « Le CSP-DPA a annoncé »)
        if role == SUBJ and gov.i == said.i or t.i < said.i and t.head.i == said.i and t.dep_ not in ("obj", "dobj"):
            out.append(a.actor_id)
    return dedupe(out)


def _announcers(ctx: Context, s: Sentence, taken: list[PlaceMention]) -> list[str]:
    """Who tells of a place retaken with no agent ("Boni was retaken on Sunday, the army said", « selon
    un communiqué de l'armée, Anéfis a été reprise »): the one party the sentence names outside the
    place, taken as the gainer it announces."""
    spans = [(p.span.char_start, p.span.char_end) for p in taken]
    named = dedupe([a.actor_id for a in actors_in(ctx, s)
                    if not any(a0 <= a.span.char_start < a1 for a0, a1 in spans) and actor_kind(ctx, a.actor_id) != "civilians"])
    return named if len(named) == 1 else []


def _loss(ctx: Context, s: Sentence, places: list[PlaceMention]) -> Decision | None:
    """"X withdrew from Y", "X was forced to retreat": the subject lost the place left."""
    text = s.text
    for m, tok in _rule_hits(ctx, s, "loss"):
        # the first full verb of the phrase ("was forced to retreat" → forced)
        span_toks = [t for t in s.sent if s.start + m.start() <= s.doc_offset(t) < s.start + m.end()]
        verb = next((t for t in span_toks if t.pos_ == "VERB"), None) or clause_verb(tok)
        nominal = tok.pos_ not in ("VERB", "AUX")  # "launched a pullback operation"
        left_verb = verb
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("decision", "choice", "order"):
            verb = clause_verb(verb.head)  # "made a strategic decision to leave": made
        if is_modal(s, verb) or not in_main_clause(verb):
            continue
        if verb.lemma_.lower() in _EMPTYING and not _leaves_a_place(s, verb, places):
            continue  # "evacuated the wounded": people moved, no place left
        losers, _ = subjects_of(ctx, s, verb)
        if not losers:
            # "X was forced to retreat": X is the passive subject of "forced"
            head = verb.head if verb.dep_ == "xcomp" else verb
            for a in actors_in(ctx, s):
                t = s.token_at(a.span.char_start, a.span.char_end)
                if t is not None and role_of(t)[1].i == head.i and role_of(t)[0] in (SUBJ, OBJ):
                    losers.append(a.actor_id)
            losers = dedupe(losers)
        # people who flee are displaced, not a party losing ground ("les habitants ont fui")
        losers = [a for a in losers if actor_kind(ctx, a) != "civilians"]
        if not losers:
            continue
        # the place left: "from X", "out of X", or a reference back ("from the town", "there")
        verbs = [verb, left_verb] + [t for t in span_toks if t.pos_ == "VERB"] + [c for c in verb.children if c.dep_ == "xcomp"]
        has_place = any(
            (t := s.token_at(p.span.char_start, p.span.char_end)) is not None and any(object_of(t, v) for v in verbs)
            and not goal_of_flight(ctx, p)
            for p in places
        ) or bool(re.search(r"\bfrom the (?:town|city|village|base|area|region)\b|\bthere\b", text, re.I))
        if any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in PLACE_NOUNS for v in verbs for c in [*v.children, *[g for p in v.children if p.dep_ == "prep" for g in p.children]]):
            has_place = True  # "a strategic decision to leave the stronghold town": the town told before
        if verb.lemma_.lower() == "lose" and places:
            has_place = True  # "lost control of several districts after … captured X"
        intransitive = nominal or not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        prior_battle = any(e.event_type == BATTLES for e in ctx.events_so_far)
        if not has_place and not (prior_battle and intransitive):
            continue
        if not has_place and (attackers_left(text[:m.start()]) or side_that_attacked(ctx, losers)):
            continue  # "the attackers withdrew after reinforcements arrived": the assault ended, no place changed hands
        if not has_place and TOWARDS_A_QUARTER.match(text, m.end()):
            continue  # « se sont retirés vers le nord », "withdrew to the east": a retreat's way, no place left named
        if BACK_TO_OWN_BASE.match(text, m.end()):
            continue  # "pulled back to its camp in X": back in its own base, where it holds; no place left is named
        if not has_place and any(goal_of_flight(ctx, p) for p in places) and not any(is_government_side(ctx, a) for a in losers):
            # "the militants withdrew towards X after the clash": an armed group's escape route after its raid, no place
            # it held ("soldiers fled towards Gao" after losing a town still tells the state's loss of that town)
            continue
        if VOLUNTARY_LEAVING.fullmatch(m.group(0)) and (not FOUGHT.search(text) or UNOPPOSED.search(text)) and not prior_battle \
                and not any(e.event_type in VIOLENT_TYPES for e in ctx.events_so_far):
            # "abandoned their base at Ber and withdrew": the holder left, nobody fought; who left is the actor, unless
            # the main clause names who moved in ("fighters moved into X when the army abandoned the town")
            takers, leavers = taker_past_leaving(ctx, s, verb)
            return Decision("NON_VIOL_TERRIT_TRANSFER", m.group(0), s.start + m.start(), side1=takers or losers,
                            side2=leavers if takers else [], rule="loss")
        state = any(is_government_side(ctx, a) for a in losers[:1])
        label = "NON_STATE_ACTOR_OVERTAKES_TER" if state else "GOV_REGAINS_TERIT"
        return Decision(label, m.group(0), s.start + m.start(), side1=[], side2=losers, rule="loss")
    return None


def _leaves_a_place(s: Sentence, verb, places: list[PlaceMention]) -> bool:
    """Whether a verb of emptying (evacuated, abandoned) has a place as its object ("abandoned their base", « évacué le
    camp de Hombori »), not people or goods ("evacuated the wounded to Mopti")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in PLACE_NOUNS or c.lower_ in PLACE_NOUNS or any(
                (t := s.token_at(p.span.char_start, p.span.char_end)) is not None and t.i == c.i for p in places)):
            return True
    return False


def _losers_from_objects(ctx: Context, s: Sentence, verb) -> list[str]:
    """Actors named as whom the place was taken from ("recaptured X from the rebels")."""
    out = []
    for a in actors_in(ctx, s):
        t = s.token_at(a.span.char_start, a.span.char_end)
        if t is None:
            continue
        head = t
        while head.dep_ in ("conj", "compound", "amod", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "against") and (head.head.head.i == verb.i or governs(verb, head.head.head)):
            out.append(a.actor_id)
    return out


def background_control(ctx: Context, s: Sentence, events: list[EventMention]) -> EventMention | None:
    """"Rebel groups that had controlled Kidal since 2014" → a past territorial takeover, dated to
    that year (year precision), modality background."""
    if not rule_may_match(ctx.language, "background_control", folded_text(ctx, s)):
        return None
    m = rules(ctx.language)["background_control"].search(s.text)
    if m is None:
        return None
    year_m = re.search(r"(?:19|20)\d\d", m.group(0))
    if year_m is None:
        return None
    year = int(year_m.group(0))
    start = s.start + m.start()
    places = [p for p in places_in(ctx, s) if not is_country(p)]
    # the place held: the one inside the phrase, else the one it describes ("Kidal, a rebel stronghold")
    place = next((p for p in places if start <= p.span.char_start < s.start + m.end()), None)
    if place is None:
        before = [p for p in places if p.span.char_start < start]
        place = before[-1] if before else None
    if place is None:
        return None
    holders = [a.actor_id for a in within_sentence(ctx, "actors", s, s.start, start + len(m.group(0))) if not is_state(ctx, a.actor_id)]
    if not holders:
        kind = generic_kind(s.text[: m.end()], ctx.language) or "rebel_group"
        found = latest_actor_of_kind(ctx, kind, s.end) if kind == "rebel_group" else None
        holders = [found] if found else []
    if not holders:
        found = latest_actor_of_kind(ctx, "rebel_group", s.end)
        holders = [found] if found else []
    losers = [a.actor_id for a in actors_in(ctx, s) if is_state(ctx, a.actor_id) and re.search(r"driv|expel|out", s.text[m.end():], re.I)]
    span = Span(doc_id=ctx.doc_id, char_start=start, char_end=s.end)
    return EventMention(
        mention_id=f"{ctx.doc_id}:{start}",
        span=span,
        trigger=m.group(0),
        event_type=BATTLES,
        sub_event_type="Non-state actor overtakes territory",
        side1=holders[:1],
        side2=losers[:1],
        place=place,
        date=year_interval(year, m.group(0)),
        modality=Modality.background,
        version="",
        confidence=0.7,
    )
