"""A headline told in a report's tense, for the classifier to score.

Headlines (a title, a wire's slug, a CASE snippet cut from one) tell a past deed in the present simple and drop
the passive's auxiliary: "Communist rebels torch three trucks", "Bomb explodes at a store in Yala", "Barangay
captain gunned down by assailants", "Drug suspect slain in buy-bust operation".  The classifier's cue words and
most of its training sentences are reports ("torched", "exploded", "was gunned down by"), so a headline reads to
it as no event.  ``as_reported`` gives the sentence its report's wording: each present-tense verb in its past
form, and a verbless headline's participle its "was".  Only for scoring: the sentence's own text, offsets and
parse are untouched, and a sentence that ends as prose does (a full stop) is left as it is.
"""

from __future__ import annotations

import re

# the past simple of the irregular verbs news of violence and its aftermath uses (the rest add -ed)
_IRREGULAR_PAST = {
    "blow": "blew", "break": "broke", "bring": "brought", "burn": "burned", "catch": "caught", "come": "came",
    "drive": "drove", "fall": "fell", "fight": "fought", "flee": "fled", "fly": "flew", "get": "got", "give": "gave",
    "go": "went", "hit": "hit", "hold": "held", "keep": "kept", "lead": "led", "leave": "left", "lose": "lost",
    "make": "made", "meet": "met", "overrun": "overran", "put": "put", "retake": "retook", "ride": "rode",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought", "send": "sent", "set": "set",
    "shake": "shook", "shoot": "shot", "sink": "sank", "slay": "slew", "spread": "spread", "stab": "stabbed",
    "steal": "stole", "strike": "struck", "swear": "swore", "take": "took", "tear": "tore", "tell": "told",
    "throw": "threw", "withdraw": "withdrew", "draw": "drew", "bite": "bit", "bleed": "bled", "sweep": "swept",
    "lie": "lay", "sell": "sold", "hang": "hanged", "feel": "felt", "find": "found", "begin": "began", "win": "won", "be": "was", "have": "had", "do": "did", "rob": "robbed", "grab": "grabbed",
    "kidnap": "kidnapped", "ban": "banned", "drop": "dropped", "stop": "stopped", "plan": "planned",
}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def past_of(lemma: str) -> str:
    """The past simple of the verb ``lemma`` ("torch" → "torched", "seize" → "seized", "leave" → "left")."""
    lemma = lemma.lower()
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def is_headline(text: str) -> bool:
    """A sentence written as a headline: it does not end as prose does."""
    return bool(text.strip()) and not _SENTENCE_END.search(text)


def as_reported(sent, text: str) -> str:
    """``text`` (the spaCy span ``sent``'s text, perhaps with names blanked, same length) in a report's tense when
    the sentence is a headline; ``text`` itself otherwise."""
    if not is_headline(text):
        return text
    out, at = [], 0
    verbless = sent.root.pos_ in ("NOUN", "PROPN")
    for tok in sent:
        local = tok.idx - sent.start_char
        if text[local:local + len(tok.text)] != tok.text:
            continue  # a name blanked
        if tok.tag_ in ("VBZ", "VBP") and tok.dep_ not in ("aux", "auxpass") and tok.lemma_.isalpha():
            out += [text[at:local], _cased(past_of(tok.lemma_), text[local:local + len(tok.text)])]
            at = local + len(tok.text)
        elif verbless and tok.tag_ in ("VBN", "VBD") and tok.dep_ == "acl" and tok.head == sent.root:
            out += [text[at:local], "was "]  # "captain gunned down by…": the headline's dropped auxiliary
            at = local
        elif tok.dep_ == "ROOT" and _passive_without_auxiliary(tok):
            out += [text[at:local], "was "]  # "Soldier gunned down by rebels", parsed as a past with its subject
            at = local
    return "".join(out) + text[at:] if out else text


def _passive_without_auxiliary(verb) -> bool:
    """Whether the root ``verb`` is a headline's passive the parser read as a past: a participle's form with a
    subject, a "by" phrase, and no auxiliary nor object of its own ("Soldier gunned down by NPA rebels")."""
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ in ("VBN", "VBD") and "nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "obj"} \
        and any(c.lower_ == "by" and c.dep_ in ("agent", "prep") for c in verb.children)


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def reported_cue_token(sent, phrase: str):
    """The participle of the headline ``sent`` that a cue ``phrase`` matched with the auxiliary ``as_reported`` gave
    it ("was gunned down by" → "gunned"); None for any other phrase.  (A present tense put in the past is left
    unanchored, as before: "Bomb explodes …; police blame insurgents" parses the blast as the blame's matter.)"""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] not in ("was", "were"):
        return None
    return next((tok for tok in sent if tok.lower_ == words[1] and tok.tag_ in ("VBN", "VBD")), None)
