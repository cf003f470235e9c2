"""A French reporting verb the small model did not tag a verb: « l'armée évoque cinq militaires tués » (« évoque » an
adjective on « armée »), « les autorités évoquent sept morts » (an adverb).  Its present form is still the verb of its
sentence: its subject is the noun it was hung on (or its own subject), and what follows it is what the speaker said.
Only a form the lexicon's infinitive explains (« évoque », « évoquent » for « évoquer ») and only with a count after it
(a toll told, the statement the stories set against others') is read so: an adjective that is an adjective stays one.
So is such a form right after a closing quote and its comma (« « Ils sont venus à moto … », raconte Amadou Cissé »:
« raconte » an adjective on the name after it), the incise's place, where no adjective stands.
"""

from __future__ import annotations

import re

from sitrep.analyse.number_words import number_alternation

_VERB_TAGS = ("VERB", "AUX")


def _infinitives(form: str) -> set[str]:
    """The first-group infinitives a present form may come from (« évoque » → « évoquer », « évoquent » → « évoquer »)."""
    out = set()
    if form.endswith("ent"):
        out.add(form[:-2] + "r")
    if form.endswith("e"):
        out.add(form + "r")
    return out


def mistagged_reporting_verb(t, verbs: frozenset[str]) -> bool:
    """A token the model did not tag a verb that is a present form of a reporting verb of ``verbs``, with its speaker
    before it: the noun it hangs on as an adjective, or its own subject."""
    if t.lang_ != "fr" or t.pos_ in _VERB_TAGS or not (_infinitives(t.lower_) | {t.lemma_.lower()}) & verbs:
        return False
    if t.dep_ == "amod" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)


def mistagged_after_quote(t, verbs: frozenset[str]) -> bool:
    """A present form of a reporting verb of ``verbs`` the model did not tag a verb, right after a closing quote and
    its comma (« « … », raconte Amadou Cissé »): the incise's verb, its speaker after it (``incise_subject``)."""
    from sitrep.analyse.quotations import verb_after_quote  # (quotations reads the parse; this module only words)

    return (t.lang_ == "fr" and t.pos_ not in _VERB_TAGS and bool(_infinitives(t.lower_) & verbs)
            and verb_after_quote(t))


def mistagged_subject(t):
    """The speaker of a mistagged reporting verb: its own subject, else the noun it was hung on."""
    return next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None) or (t.head if t.dep_ == "amod" else None)


def count_follows(t) -> bool:
    """A figure (digits or a French number word) stands in the few words after the token."""
    after = t.doc[t.i + 1:t.i + 5].text
    return re.search(rf"(?<!\w)(?:\d+|{number_alternation('fr')})(?!\w)", after, re.IGNORECASE) is not None
