"""Registers of news that use violence's words without reporting an incident: the sentence's main clause is
another kind of act, and the violence is its matter.

- a court's act: "five men went on trial for helping the gunmen who stormed the mall", "the prosecutor asked
  for twenty years for the man accused of planning the ambush", "witnesses described to the court how the
  attackers set fire to houses";
- a work: "the film tells the story of a village attacked by jihadists", "in the video game, players ambush
  convoys";
- a ceremony: "veterans laid wreaths at the monument to the soldiers who fell", "survivors gathered at the
  memorial to remember the massacre", "the army celebrated its anniversary with a parade of tanks";
- a trade in arms: "Russia delivered four combat aircraft to the junta";
- a rehearsal: "soldiers fired artillery at targets during the army's annual manoeuvres", "stormed a mock
  hideout", "dropped practice bombs";
- civilian works: "workers detonated the last section of the cooling tower" (demolition, quarrying, mining);
- history: violence dated only by years before any conflict data ("the 1884 battle", "in 1972, soldiers shot
  dead …", "the massacre of 1993"), with no day of the news;
- statistics: "gun violence killed more people this year than road accidents, a study found";
- a contest told as a fight: "a ratings battle", "a price war"; a combat sport ("knocked out in the ninth round").

The signal is the parse, not the violent word: which verb heads the sentence (past a verb of saying), what its
subject, object and prepositions name, and whether the trigger hangs below it (a trigger that is the main verb
or its subject is the news: "gunmen stormed the court house", "the attack came during a parade").  Each is a
doubt on a violent label (``frames.frame_doubts``' neighbours, read by ``sentence_doubts.not_conflict``).
"""

from __future__ import annotations

import re

from sitrep.analyse.day_words import NEWS_DAY_PARTS, NEWS_DAY_WORDS
from sitrep.analyse.events.frames import ARMED_WORDS, FRAME_NOUNS, FRAME_VERBS
from sitrep.analyse.events.harm_verbs import KILL, WOUND
from sitrep.analyse.events.types import VIOLENT

# nouns that set the main clause in a register other than the news of an incident
COURT = frozenset("court courts tribunal trial trials judge judges prosecutor prosecutors prosecution jury lawyers "
                  "lawyer testimony hearing hearings verdict cour juge juges "
                  "procureur procès".split())
# (not "series", "episode", "game", "play": "a series of raids", "an episode of violence", "gunmen at a game",
# "foul play"; a game is a work only as a video or computer game)
WORKS = frozenset("film films movie movies documentary documentaries novel novels book books exhibition painting "
                  "opera song album memoir comic roman livre documentaire feuilleton".split())
GAME_KINDS = frozenset("video computer board mobile online vidéo".split())
CEREMONY = frozenset("anniversary anniversaries memorial memorials monument monuments wreath wreaths ceremony ceremonies "
                     "parade parades tribute tributes commemoration commemorations mourning museum flypast "
                     "anniversaire commémoration cérémonie monument mémorial défilé hommage".split())
REHEARSAL = frozenset("exercise exercises drill drills manoeuvres maneuvers manoeuvre maneuver simulation simulations "
                      "rehearsal rehearsals wargames war-games exercice exercices manœuvres simulation".split())
# (with the frames' nouns of inquiries and charges; "their role in the attack" is a frame only below its noun)
REGISTER_NOUNS = COURT | WORKS | CEREMONY | REHEARSAL | (FRAME_NOUNS - {"role", "book"})
# verbs whose matter is an act told elsewhere: a ceremony's, a work's, a trade's, a rehearsal's (not "mourn":
# "the country mourns villagers killed in a weekend attack" is how a headline tells the news)
REGISTER_VERBS = frozenset(
    "celebrate commemorate honour honor remember retell recount dramatise dramatize depict portray "
    "buy sell purchase acquire deliver supply procure export import donate "
    "train practise practice rehearse simulate testify "
    "célébrer commémorer honorer acheter vendre livrer acquérir entraîner former".split())
# what is done with weapons as goods: a weapon named as the trigger is their matter ("received the first of 24
# fighter jets", "unveiled a new drone"), not a strike
GOODS_VERBS = frozenset("receive unveil display showcase parade test produce manufacture build develop "
                        "recevoir présenter produire fabriquer".split())
# verbs whose object is what a blow fell on: a ceremony they strike is the incident's scene
STRIKE_VERBS = frozenset("hit strike target attack bomb shell raid toucher viser frapper cibler attaquer bombarder "
                         "pilonner".split())
# verbs of saying: the clause they report is the news ("the ministry said soldiers killed …")
REPORTING = frozenset("say state announce report add confirm indicate explain declare note tell claim allege assert "
                      "dire déclarer annoncer indiquer affirmer préciser ajouter".split())
# only these registers set a trigger that is the main verb itself: "in the film, rebels attack a village",
# "stormed a hideout in a training exercise" (a court or a ceremony can be where the incident happened)
SETTING_PREPS = frozenset("in during as part dans pendant lors".split())
# words that make a weapon's use a rehearsal: "a mock hideout", "practice bombs", "blank rounds"
REHEARSAL_MODIFIERS = frozenset("mock simulated practice dummy blank fake pretend inert "
                                "fictif fictive simulé simulée".split())
# doers whose blasts are works: demolition, quarrying, mining, road building
WORKERS = frozenset("worker workers engineer engineers crew crews miner miners builder builders contractor contractors "
                    "quarrymen demolition technicians ouvriers ingénieurs mineurs".split())

_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl", "nsubj:pass"))
_ARGUMENTS = frozenset(("nsubj", "dobj", "obj", "dative", "attr", "obl", "nmod"))
_PREPS = frozenset(("prep", "agent"))
# the unions the main-verb checks ask of every trigger, built once
_GOODS_OR_REGISTER_VERBS = GOODS_VERBS | REGISTER_VERBS
_REGISTER_OR_FRAME_VERBS = REGISTER_VERBS | FRAME_VERBS


def main_verb(sent):
    """The verb that heads the sentence's news: the root, or the clause a root verb of saying reports."""
    verb = sent.root
    for _ in range(3):
        reported = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if verb.lemma_.lower() not in REPORTING or reported is None:
            break
        verb = reported
    return verb


def _named_around(verb, depth: int = 2):
    """The nouns the verb's clause names: its subject and objects, the objects of its prepositions, and
    (``depth`` levels down) the objects of their prepositions ("asked for years in prison")."""
    found = []
    for c in verb.children:
        if c.dep_ in _ARGUMENTS:
            found.append(c)
            if depth > 1:
                found += [g for p in c.children if p.dep_ in _PREPS for g in _pobjs(p, depth - 1)]
        elif c.dep_ in _PREPS:
            found += _pobjs(c, depth)
    return found


def _pobjs(prep, depth: int):
    out = []
    for g in prep.children:
        if g.dep_ in ("pobj", "pcomp"):
            out.append(g)
            if depth > 1:
                out += [h for p in g.children if p.dep_ in _PREPS for h in _pobjs(p, depth - 1)]
    return out


def _noun_in(tok, words: frozenset) -> bool:
    if words & CEREMONY and _display(tok):  # "wowed crowds with a fly-past of fighter jets"
        return True
    if tok.lemma_.lower() in ("game", "jeu") and words & WORKS:  # "in the video game"
        return any(c.dep_ in ("compound", "amod") and c.lower_ in GAME_KINDS for c in tok.children)
    return tok.lemma_.lower() in words or tok.lower_ in words


def _branch(main, tok):
    """The child of ``main`` whose subtree holds ``tok`` (None when ``tok`` is ``main`` or not below it)."""
    for anc in [tok, *tok.ancestors]:
        if anc.head.i == main.i and anc.i != main.i:
            return anc
    return None


def told_in_another_register(sent, tok) -> bool:
    """Whether the violence the trigger ``tok`` names (or, with no trigger, the sentence) is the matter of a
    main clause of another register: a court's, a work's, a ceremony's, a trade's, a rehearsal's."""
    main = main_verb(sent)
    if tok is not None and _rehearsal_modifier(tok):
        return True  # "a mock battle", "practice bombs", whatever verb tells it
    if tok is not None and tok.pos_ in ("NOUN", "PROPN") and main.lemma_.lower() in _GOODS_OR_REGISTER_VERBS \
            and getattr(_branch(main, tok), "dep_", "") in ("dobj", "obj"):
        return True  # weapons as goods, the verb's object: "received the first of 24 fighter jets"
    if tok is not None and (tok.i == main.i or tok.head.i == main.i and tok.dep_ in _SUBJECTS):
        return _set_in_a_work_or_rehearsal(main, sent.text)
    if tok is not None:
        branch = _branch(main, tok)
        if branch is None or branch.dep_ in _SUBJECTS or branch.dep_ == "conj" and branch.pos_ in ("VERB", "AUX"):
            return False  # the trigger is the clause's subject ("the attack came during a parade"), a verb of its
            # own coordinated with the main one ("probed the defences and exchanged fire"), or elsewhere
    if main.lemma_.lower() in _REGISTER_OR_FRAME_VERBS:
        return True  # ("the Council condemned Monday's attack", told by the model alone)
    agentive = main.lemma_.lower() != "be" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in main.children)
    return any(_noun_in(n, REGISTER_NOUNS) for n in _named_around(main)
               if (agentive or n.dep_ not in _SUBJECTS)  # (a judge "was among those killed" is a victim)
               and not _struck_gathering(main, n))


def _struck_gathering(main, noun) -> bool:
    """Whether the register noun is what the main verb struck: « une frappe a touché une cérémonie de mariage », "the
    strike hit a wedding ceremony": the gathering is the target, the scene of the news, not a ceremony's act."""
    return noun.dep_ in ("dobj", "obj") and noun.head.i == main.i and main.lemma_.lower() in STRIKE_VERBS


def _rehearsal_modifier(tok) -> bool:
    """Whether the trigger (or the noun it modifies) carries a rehearsal's modifier: "a mock battle"."""
    nouns = [tok, tok.head] if tok.dep_ in ("compound", "amod") else [tok]
    return any(m.dep_ in ("amod", "compound") and m.lower_ in REHEARSAL_MODIFIERS for n in nouns for m in n.children)


def _set_in_a_work_or_rehearsal(main, text: str) -> bool:
    """A trigger that is the main verb: a rehearsal's modifier on it or its object ("a mock hideout",
    "practice bombs"), or a work or a rehearsal as its setting ("in the film", "during manoeuvres") when no
    hostile doer is its subject."""
    if any(ARMED_WORDS.search(c.text) for c in main.children if c.dep_ in _SUBJECTS):
        return False
    objects = [c for c in main.children if c.dep_ in ("dobj", "obj")]
    if any(m.dep_ in ("amod", "compound") and m.lower_ in REHEARSAL_MODIFIERS
           for o in [main, *objects] for m in o.children):
        return True
    settings = [g for head in [main, *objects] for p in head.children
                if p.dep_ == "prep" and p.lower_ in SETTING_PREPS for g in _pobjs(p, 2)]
    if any(_noun_in(n, WORKS | REHEARSAL) for n in settings):
        return True
    if _harm_told(main):
        return False  # "a bomb exploded during a military parade, killing 12": the parade is the scene of the blow
    shown = objects + [g for p in main.children if p.dep_ == "prep" and p.lower_ in _SHOWN_WITH for g in _pobjs(p, 1)]
    return any(_display(n) for n in shown)


# a show of arms put on for onlookers ("the air force wowed crowds with a fly-past", "staged an air show"): its doer's
# aircraft and tanks are on parade, and the trigger ("air force", "jets") names no strike
DISPLAYS = frozenset("flypast flypasts fly-past fly-pasts airshow airshows aerobatics parade parades défilé".split())
_SHOWN_WITH = frozenset(("with", "during", "at", "avec", "lors"))


# a blow or its harm told by the main verb or a clause under it: a display where it happened is its scene.  A blow is
# a verb of striking or exploding; its harm only the plain verbs of killing and wounding (``harm_verbs.KILL``, ``WOUND``),
# not the whole of ``KILLING_VERBS`` and ``HURTING_VERBS``
# the verbs of a blast, what a blow by a bomb and a blast of works both are told with
EXPLODING = frozenset("explode detonate blast exploser".split())
_HARM_LEMMAS = STRIKE_VERBS | EXPLODING | KILL | WOUND


def _harm_told(main) -> bool:
    """Whether ``main`` or a verb it governs tells a blow or its harm ("exploded", "…, killing 12 soldiers")."""
    return main.lemma_.lower() in _HARM_LEMMAS or any(
        c.pos_ == "VERB" and c.lemma_.lower() in _HARM_LEMMAS for c in main.children)


def _display(noun) -> bool:
    """Whether ``noun`` names a display of arms (``DISPLAYS``; "fly-past" is parsed as "past" under a "fly", "air
    show" as "show" under an "air")."""
    kids = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "npadvmod")}
    return noun.lower_ in DISPLAYS or noun.lower_ == "past" and "fly" in kids or noun.lower_ == "show" and "air" in kids


def told_as_whose_deed(tok, back_reference: bool = False) -> bool:
    """Whether the trigger is the matter of "X was behind …" ("officials said Iran was behind the drone attack",
    "the group said its fighters were behind an attack") or of "holds X responsible for …" (the sanctions on
    officers "it holds responsible for the chemical attack"): who did it is the news, as in a claim or a blame.
    For a deed told as known (``back_reference``, or its determiner: "Sunday's suicide blast", "the attack"), also
    a group's own word that its men "carried out" that deed (``claimed_known_deed``)."""
    if tok is None:
        return False
    if any(a.lower_ == "behind" and a.dep_ == "prep" and a.head.lemma_.lower() == "be" for a in tok.ancestors):
        return True
    if any(a.lemma_.lower() == "responsible" and a.dep_ in ("oprd", "acomp", "amod", "xcomp", "ccomp") for a in tok.ancestors):
        return True
    if _doers_identified(tok):
        return True
    if _claimed_as_object(tok) and _known_deed(tok) or _disowned(tok):  # ("claimed an attack on…" tells it new)
        return True
    return (back_reference or _known_deed(tok)) and claimed_known_deed(tok)


# verbs by which a sentence says who the doers of a deed are ("the gunmen who killed the journalist belonged to a
# gang", "the men who planted the bomb were members of a cell", "worked for a politician")
IDENTITY_VERBS = frozenset("belong be work answer appartenir".split())


def _doers_identified(tok) -> bool:
    """Whether the deed is a relative clause on the subject of a clause that says who its doers are: the news is
    their identity (an attribution), the deed is told as known."""
    deed = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if deed.lemma_.lower() in REPORTING:  # a cue that spans the verb of saying ("police said the gunmen who killed")
        deed = next((t for t in deed.subtree if t.dep_ == "relcl"), deed)
    if deed.dep_ != "relcl" or deed.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = deed.head.head
    if verb.lemma_.lower() not in IDENTITY_VERBS:
        return False
    # ("be" only with what they were: "were members of", "were from"; not "were killed", "was arrested")
    return verb.lemma_.lower() != "be" or any(c.dep_ in ("attr", "prep") for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "acomp") for c in verb.children)


def _deed_noun(tok):
    """The noun a deed word stands in: its head when it is a modifier ("suicide" in "suicide blast")."""
    return tok.head if tok.dep_ in ("compound", "amod") else tok

def _claimed_as_object(tok) -> bool:
    """Whether the deed noun is what "claim" governs ("Hezbollah claimed the roadside bomb that wounded two
    soldiers"): a claim of authorship, as "claimed responsibility for" is (a clause that "claimed" reports is
    a statement of its own: "claimed that soldiers killed…")."""
    deed = _deed_noun(tok)
    return deed.dep_ in ("dobj", "obj") and deed.head.lemma_.lower() == "claim" and deed.pos_ == "NOUN"


# the words of a share in a deed ("had no part in", "played no role in", "had no hand in", "was not involved in"):
# negated, they disown it as "had nothing to do with" does
SHARE_WORDS = frozenset("part role hand involvement involve implicate participate participation".split())


def _disowned(tok) -> bool:
    """Whether the deed is what someone "had nothing to do with", or denies a share in ("had no part in the ambush",
    "were not involved in the killing"): a denial in other words."""
    for a in tok.ancestors:
        if a.lower_ == "with" and a.head.lemma_.lower() == "do" and any(
                n.lower_ in ("nothing", "no") for n in (a.head.head, *a.head.children)):
            return True
        if a.lower_ == "in" and a.dep_ == "prep" and _denied_share(a.head):
            return True
    return False


def denies_a_share(sent) -> bool:
    """Whether the sentence (a spaCy span) denies someone's share in something ("were not involved in the killing"):
    read when no cue word anchors the label, so the deed's own word cannot be asked (``_disowned``)."""
    return any(t.lower_ == "in" and t.dep_ == "prep" and _denied_share(t.head) for t in sent)


def _denied_share(head) -> bool:
    """Whether ``head`` (what "in" hangs on) is a share in a deed that is denied: the share word carries "no" or
    "not" ("no part", "not involved"), or the verb that "in" hangs on has such a share as its object ("played no
    role in")."""
    shares = [head] + [c for c in head.children if c.dep_ in ("dobj", "obj")]
    return any(w.lemma_.lower() in SHARE_WORDS and any(
        c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in (*w.children, *w.head.children)) for w in shares)


def _known_deed(tok) -> bool:
    """Whether the deed noun is told as one already known: "the bombing", "this attack", "Sunday's blast"."""
    deed = _deed_noun(tok)
    return deed.pos_ == "NOUN" and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                       for c in deed.children)


# the verbs by which a speaker says its own men did a deed ("said its fighters had carried out the bombing")
DOING_VERBS = frozenset("carry conduct perpetrate stage mount execute commit".split())
# the speaker's own: its fighters, their men, itself
OWN_WORDS = frozenset("its their it they we our".split())


def claimed_known_deed(tok) -> bool:
    """Whether the deed ``tok`` is the object of a verb of doing (``DOING_VERBS``) whose subject is the speaker's
    own ("its fighters", "they"), inside what a verb of saying reports: the deed is already known, the statement
    says whose it was.  The caller asks this only of a deed told as a back-reference: a group that says its
    fighters "carried out an attack on a base" tells new news."""
    doer_verb = next((a for a in tok.ancestors if a.lemma_.lower() in DOING_VERBS), None)
    deed = _deed_noun(tok)
    if doer_verb is None or deed.head.i != doer_verb.i or deed.dep_ not in ("dobj", "obj"):
        return False
    subjects = [c for c in doer_verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = any(s.lower_ in OWN_WORDS or any(p.dep_ == "poss" and p.lower_ in OWN_WORDS for p in s.children)
              for s in subjects)
    return own and any(a.lemma_.lower() in REPORTING | {"claim", "acknowledge", "admit"} for a in doer_verb.ancestors)


# the blasts of works (a clash or an attack by miners is no work): a blast, and the words of blasting and demolition
BLAST_LEMMAS = EXPLODING | frozenset("blow set dynamite demolish implode dynamiter".split())


def done_by_workers(tok) -> bool:
    """Whether the trigger's clause is a blast whose doer is workers, engineers or a demolition crew, and no
    hostile doer is told: a blast of works ("workers detonated the tower", "miners set off charges")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.lemma_.lower() not in BLAST_LEMMAS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_noun_in(d, WORKERS) or any(_noun_in(m, WORKERS) for m in d.children if m.dep_ == "compound")
               for d in doers) and not ARMED_WORDS.search(tok.sent.text)


# a contest of prices, audiences or courts told as a fight ("a ratings battle", "a price war", "a custody battle")
FIGHT_NOUNS = frozenset("battle battles war wars fight fights struggle offensive guerre bataille".split())
CONTESTS = frozenset("ratings rating price prices trade tariff tariffs currency bidding custody legal court takeover "
                     "boardroom succession election electoral campaign media propaganda advertising patent talent "
                     "culture cultural pricing market sales box-office tug commerciale tarifaire juridique".split())


# what a fight over a law or a budget is about ("a bruising battle over the budget")
STAKES = frozenset("budget budgets bill bills law laws constitution reform reforms policy policies tax taxes deal deals "
                   "plan plans project projects contract contracts rights licence license leadership nomination "
                   "succession inheritance custody seats vote votes ratings prices".split())
# what a sportsman or a farmer "battles": the weather, the ground, his body ("cyclists battled strong winds")
ELEMENTS = frozenset("wind winds rain rains heat cold snow waves current currents traffic fatigue injury injuries "
                     "illness odds nerves clock jet-lag altitude humidity mud terrain cramps exhaustion".split())
FIGHT_VERBS = frozenset("battle fight combat tackle struggle".split())


def contest_told_as_a_fight(tok) -> bool:
    """Whether the trigger is a fight noun whose modifier names a contest of commerce, media, courts or votes, or
    whose stake is a law, a budget, a post ("a ratings battle", "a battle over the budget"), or a fight verb
    whose objects are all the weather or the body ("cyclists battled strong winds")."""
    lemma = tok.lemma_.lower()
    if lemma in FIGHT_NOUNS and tok.pos_ == "NOUN" and (
            any(c.dep_ in ("compound", "amod", "nmod") and _noun_in(c, CONTESTS) for c in tok.children)
            or any(g.dep_ == "pobj" and _noun_in(g, STAKES) for c in tok.children
                   if c.dep_ == "prep" and c.lower_ in ("over", "about", "for") for g in c.children)):
        return True
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return lemma in FIGHT_VERBS and tok.pos_ == "VERB" and bool(objects) and all(_noun_in(o, ELEMENTS) for o in objects)


# a combat sport: its bouts, rings, rounds and knockouts ("knocked out in the ninth round", "the wrestler beat his
# rival after a fierce fight"), unless an armed doer or a gun is told ("gunmen shot dead a former boxing champion")
COMBAT_SPORT = re.compile(
    r"\b(?:boxing|boxers?|bouts?|wrestl(?:er|ers|ing)|judo(?:ka)?|karate|taekwondo|kick-?boxing|martial arts|MMA|UFC|"
    r"in the ring|knockouts?|(?:heavy|middle|light|welter|feather|cruiser)weight|title (?:fight|bout)|on points|"
    r"lutteurs?|boxeurs?)\b",  # (not "knocked down" nor "the fourth round": walls are knocked down, talks have rounds)
    re.IGNORECASE)
_ARMED_HARM = re.compile(r"\b(?:shot|shooting|gun\w*|stabb\w*|bomb\w*|explos\w*|abduct\w*|kidnapp\w*)\b", re.IGNORECASE)


def combat_sport(text: str) -> bool:
    """Whether the sentence tells a combat sport's fight, no armed doer, gun, blade or bomb told."""
    armed = [m.group(0) for m in ARMED_WORDS.finditer(text) if not m.group(0).lower().startswith("fighter")]
    return COMBAT_SPORT.search(text) is not None and not armed and not _ARMED_HARM.search(text)  # (boxers are fighters)


# years before conflict data begin, and decades ("the 1980s"): history, unless the day of the news is told
_OLD_YEAR = re.compile(r"\b(?:in|of|during|until|between|and|the|its|early|late|mid-) (?:1[0-8]\d\d|19[0-8]\d|199[0-6])s?\b"
                       r"|\ben (?:1[0-8]\d\d|19[0-8]\d|199[0-6])\b", re.IGNORECASE)
_RECENT_YEAR = re.compile(r"\b(?:199[7-9]|20\d\d)\b")
# a day of news (``day_words``), or a part of this week or month
DAY_OF_NEWS = re.compile(rf"\b(?:{NEWS_DAY_WORDS}|{NEWS_DAY_PARTS})\b", re.IGNORECASE)
# a statistic: rates, shares, a study's count ("more people than road accidents, a study found")
STATISTIC = re.compile(
    r"\b(?:study|survey|report|figures|statistics|data|census|index)\b[^.;]{0,40}?\b(?:found|finds|show(?:s|ed|n)?|"
    r"suggest(?:s|ed)?|count(?:s|ed))\b|\bper (?:100,000|100 000|capita|head|inhabitants)\b|"
    r"\b(?:murder|homicide|crime|death|mortality|fatality|killing) rates?\b|\bmore (?:people|lives|deaths) than\b|"
    r"\bpolice statistics\b|\btaux d['’]homicide\b",
    re.IGNORECASE)


def historical(text: str) -> bool:
    """Whether the sentence dates its violence only by years before 1997 (or their decades), no day of news."""
    return _OLD_YEAR.search(text) is not None and not _RECENT_YEAR.search(text) and not DAY_OF_NEWS.search(text)


def statistical(text: str) -> bool:
    """Whether the sentence is a statistic of violence (rates, shares, a study's count), not a dated incident."""
    return STATISTIC.search(text) is not None and not DAY_OF_NEWS.search(text)


def register_doubts(sent, tok, event_type: str) -> list[str]:
    """The doubts a violent label takes when its sentence (a spaCy span) tells violence in another register;
    ``tok``: the trigger (or the cue word a back-reference names), None for the model alone."""
    if event_type not in VIOLENT:
        return []
    doubts = []
    if told_in_another_register(sent, tok):
        doubts.append("framed")
    if tok is not None and done_by_workers(tok):
        doubts.append("works")
    if tok is not None and contest_told_as_a_fight(tok):
        doubts.append("figurative")
    if historical(sent.text):
        doubts.append("historical")
    if statistical(sent.text):
        doubts.append("period_count")
    if combat_sport(sent.text):
        doubts.append("sport")
    return doubts
