"""The words that anchor a sentence's event: which ACLED label the sentence tells in its main clause
(``prefer_main_clause``) and which occurrence of that label's cue words is the trigger (``trigger_for``):
a verb in the main clause first, a noun only when it is new, not a back-reference or a modifier."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.classifier import is_acled, load_cues, Scored
from sitrep.analyse.events.codebook import misparsed_subject
from sitrep.analyse.events.cues import DEFINITE, OCCURRENCE_VERBS, PATTERN_WORDS, PREP_OBJECT_DEPS
from sitrep.analyse.events.harm_verbs import KILLING_VERBS
from sitrep.analyse.events.headline_tense import is_headline, reported_cue_token
from sitrep.analyse.events.protest_causes import crowd_over_its_cause
from sitrep.analyse.events.syntax import clause_verb, cue_token, in_main_clause, is_modal, token_for_match
from sitrep.analyse.events.told_earlier import after_noun, told_as_earlier


# the labels whose cue nouns name the means of the deed (aircraft, drones), not the deed itself
_MEANS_LABELS = frozenset(("AIR_STRIKE",))


def _means_as_doer(label: str, tok, verb) -> bool:
    """Whether the cue noun ``tok`` names the aircraft that do the deed as its verb's subject: a definite article
    then names the state's own aircraft, not a strike told before."""
    return label in _MEANS_LABELS and tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i == verb.i \
        and verb.pos_ == "VERB" and tok.lemma_.lower() not in _ARMS_OF_SERVICE


# "the air force", « l'armée de l'air » name the doers, not their means: "the air force struck" after a strike
# told is that strike told again (as "the army attacked" is)
_ARMS_OF_SERVICE = frozenset(("force", "forces", "armée", "aviation"))


def trigger_for(ctx: Context, s: Sentence, label: str, sc: Scored):
    """(phrase, local offset, token) of the cue occurrence that best anchors the event: a verb in
    the main clause first; a noun only when it is new ("an offensive", "fighting broke out"), not a
    back-reference to an event already told ("the current offensive was described as…")."""
    if label not in sc.cues:
        return "", -1, s.sent.root
    candidates = []
    for cue in load_cues(ctx.language):
        if cue.label != label:
            continue
        for m in cue.pattern.finditer(s.text):
            if not m.group(0):
                continue
            tok = token_for_match(s, m.start())
            last = token_for_match(s, max(m.start(), m.end() - 1))
            if tok is None:
                continue
            if last is not None and tok.pos_ != "VERB" and last.i != tok.i and tok.head.i == last.i:
                tok = last  # "drone strike": the phrase's head noun, not its modifier
            elif tok.pos_ != "VERB" and last is not None and last.i > tok.i:
                # "angry young people set fire": a cue phrase that tells its doer names its verb
                tok = next((t for t in tok.doc[tok.i : last.i + 1] if t.pos_ == "VERB"), tok)
            candidates.append((m, tok))
    best = None
    for m, tok in sorted(candidates, key=lambda c: c[0].start()):
        verb = clause_verb(tok)
        if tok.dep_ == "amod":
            continue  # "the besieged town", "an armed attack": the cue word only describes a noun
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "the fighting zone", "combat capability"
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children)
            if definite and _means_as_doer(label, tok, verb):
                tok = verb  # « les vecteurs aériens ont frappé », "the drones struck": the aircraft do the deed
            elif definite and verb.lemma_.lower() not in OCCURRENCE_VERBS and tok.dep_ not in PREP_OBJECT_DEPS:
                continue  # "analysts described the current offensive as…"
        if tok.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in PATTERN_WORDS
            for c in tok.children
        ):
            continue  # "documented several drone strikes that killed civilians": a pattern, not an event
        if tok.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("pcomp", "acl", "relcl"):
            continue  # "accused them of violating a ceasefire": the agreement is not the news
        rank = (0 if tok.pos_ == "VERB" else 1) + (0 if in_main_clause(verb) else 2)
        if best is None or rank < best[0]:
            best = (rank, m, tok)
    if best is None and not candidates and is_headline(s.text):
        # a cue the classifier matched in the headline's report wording only ("was gunned down by"): its verb
        tok = reported_cue_token(s.sent, sc.cues[label])
        if tok is not None:
            return sc.cues[label], tok.idx - s.sent.start_char, tok
    if best is None:
        return sc.cues[label], -1, None
    _, m, tok = best
    return m.group(0), m.start(), tok


def prefer_main_clause(s: Sentence, sc: Scored, label: str) -> str:
    """When the chosen label's cue sits in a subordinate clause ("…, after the army said it had
    taken control of X") and another ACLED cue sits in the main clause, the main clause wins."""

    def in_main(lab: str) -> bool | None:
        phrase = sc.cues.get(lab)
        if not phrase:
            return None
        tok = cue_token(s, phrase)
        if tok is None:
            return None
        verb = clause_verb(tok)  # (a verb the parser hung on a root noun is the main clause's: "youths clashed")
        return (in_main_clause(verb) or misparsed_subject(verb) is not None) and not after_noun(tok)

    crowd = crowd_over_its_cause(s, sc.scores, sc.cues, label)  # "women protesting the kidnapping of …"
    if crowd is not None:
        return crowd
    if in_main(label) is not False:
        return label
    not_news = _cue_not_news(s, sc.cues[label])
    if not_news:
        # the label's words sit in a subordinate clause that tells a purpose or plan ("gendarmes who
        # had come to arrest a leader") or the time of the main one ("… after a suspect died in
        # custody"): a deed the main clause tells is the event; a toll it gives ("11 were killed
        # after suicide bombers targeted…") is not a deed, the subordinate clause keeps the event
        told = [(sc.scores.get(lab, -9.0), lab) for lab in sc.cues if lab != label and is_acled(lab) and in_main(lab)
                and (not_news == "modal" or _done_by_someone(s, sc.cues[lab]))]
        if told:
            return max(told)[1]
    alternatives = [
        (sc.scores.get(lab, -9.0), lab) for lab in sc.cues if lab != label and is_acled(lab) and in_main(lab)
    ]
    if alternatives:
        score, alt = max(alternatives)
        if score >= sc.scores.get(label, 0.0) - 1.0:
            return alt
    if not_news == "earlier" and label in ("ARMED_CLASH", "ATTACK") and _main_clause_kills(s):
        # "militants killed four VDP relatives a day after VDP killed two militants": the fight's words date the news
        # from an earlier deed; the main clause's killing is the event, the codebook tells by its victims what it was
        return "ATTACK"
    return label


def _main_clause_kills(s: Sentence) -> bool:
    """Whether the sentence's main verb is a killing done by a subject it names ("gunmen killed …")."""
    root = s.sent.root
    return root.pos_ == "VERB" and (root.lemma_.lower() in KILLING_VERBS or root.lower_ in KILLING_VERBS) \
        and any(c.dep_ in ("nsubj", "csubj") for c in root.children)


def _cue_not_news(s: Sentence, phrase: str) -> str:
    """How the cue ``phrase`` is told when not as news: "modal" (a plan, purpose or possibility:
    ``is_modal``), "earlier" (the time of another clause: ``told_as_earlier``), else ""."""
    tok = cue_token(s, phrase)
    if tok is None:
        return ""
    return "modal" if is_modal(s, tok) else "earlier" if told_as_earlier(tok) or after_noun(tok) else ""


def _done_by_someone(s: Sentence, phrase: str) -> bool:
    """Whether the cue ``phrase`` is a verb in the active voice with a subject: a deed, not a toll."""
    tok = cue_token(s, phrase)
    verb = clause_verb(tok) if tok is not None else None
    return verb is not None and verb.pos_ == "VERB" and (any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
                                                         or misparsed_subject(verb) is not None) \
        and not any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children)
