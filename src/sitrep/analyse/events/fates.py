"""What became of people taken: ACLED codes the killing of people in someone's power as an attack,
not as the arrest or the abduction that put them there.

- "soldiers arrested four men at the market and shot them dead", "gunmen kidnapped the chief and executed
  him": the killing's object is a pronoun for those just taken (one sentence);
- "militants abducted three traders. Their bodies were found two days later": a note (one event) that
  finds the bodies of those it told taken (for an arrest, only when it refers back to them: "soldiers arrested
  20 men at the market. The bodies of 13 of them were found the next day");
- "abducted and executed a herder", "the victim had been kidnapped the day before": an abduction told as
  one deed with the killing, or its captive called the victim of a killing;
- "shot two shepherds they had detained", "civilians who had been arrested by soldiers were found dead":
  the taking told in a clause that describes the victims, the killing in the clause that tells the news.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.harm_verbs import KILLED_EN, KILLED_FR
from sitrep.analyse.events.struck_party import seized_and_killed

# taken, then killed by pronoun in the same sentence ("arrested … and shot them dead", « enlevé … puis exécuté »)
TAKEN_THEN_KILLED = re.compile(
    r"\b(?:arrest(?:ed)?|detain(?:ed)?|abduct(?:ed)?|kidnapp?(?:ed)?|captur(?:ed)?|rounded up|seized|took away|led away)\b"
    r"[^.;]{0,120}?\b(?:and|then|before|later|after which)\s+(?:later\s+|then\s+)?"
    # (or some of them, counted: "rounded up men … and shot seven of them dead")
    r"(?:shot|killed|executed|murdered|slit the throats? of|beheaded|gunned down|beat)\s+"
    r"(?:(?:\d+|\w+)\s+of\s+)?(?:them|him|her)\b"
    r"|\b(?:enlevé|arrêté|interpellé)s?e?s?\b[^.;]{0,120}?\b(?:avant de les|avant de l['’]|puis (?:les |l['’]))\s*(?:exécut|abatt|tu)\w*"
    # both told in the passive of the same people ("the men were rounded up at the market on Nov. 4 and shot", « ont
    # été arrêtés puis exécutés »): the killing verb takes no object of its own (a month's abbreviation is no full stop)
    r"|\b(?:were|was|had been|have been)\s+(?:arrested|detained|abducted|kidnapped|captured|rounded up|seized|taken away|"
    r"led away)\b(?:[^.;]|\.(?=\s+\d)){0,120}?\b(?:and|then|before being)\s+(?:later\s+|then\s+|summarily\s+)?(?:shot|killed|executed|"
    r"murdered|beheaded|gunned down)\b(?!\s+(?:\d|a|an|the|two|three|four|five|his|her|their|its)\b)"
    r"|\b(?:ont|avaient) été (?:arrêté|enlevé|interpellé|raflé|rassemblé|emmené)e?s?\b[^.;]{0,120}?\b(?:et|puis|avant d['’]être)"
    r"\s+(?:sommairement\s+)?(?:exécuté|abattu|tué|fusillé)e?s?\b",
    re.IGNORECASE,
)
# the bodies of those taken found, or their killing told after the taking ("their bodies were found")
BODIES_FOUND = re.compile(
    r"\b(?:(?:their|his|her|the|whose)\s+(?:\w+\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+(?:\w+\s+){0,2}?(?:was|were|had been|have been)\s+"
    r"(?:\w+\s+)?(?:found|discovered|recovered|dumped)|(?:was|were|had been) (?:later |then )?(?:found )?(?:dead|killed|executed|murdered|beheaded|slaughtered|shot dead))\b"
    r"|\b(?:leurs?|son|sa) (?:corps|dépouilles?) (?:ont|a) été (?:retrouvée?s?|découverte?s?)\b",
    re.IGNORECASE,
)


# the bodies of the very people arrested ("their bodies were found", "the bodies of at least 13 of them were
# found", "the detainees were later found dead"): a reference back to the taken, not any bodies the note tells
BODIES_OF_THE_ARRESTED = re.compile(
    r"\b(?:(?:their|his|her)\s+(?:\w+\s+)?(?:bod(?:y|ies)|corpses?|remains)|(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+of\s+"
    r"(?:(?:at least|some|all|most|several|\w+)\s+)?(?:\w+\s+)?(?:of\s+)?(?:them|those (?:arrested|detained)|the (?:detainees|men|suspects)))"
    r"\s+(?:\w+\s+){0,2}?(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:found|discovered|recovered|dumped)\b"
    r"|\b(?:the )?(?:detainees|those (?:arrested|detained))\s+(?:were|was) (?:later |then )?found (?:dead|executed|killed)\b",
    re.IGNORECASE,
)


def taken_then_killed(text: str) -> bool:
    """Whether ``text`` (one sentence) tells people taken and then killed by their captors."""
    return TAKEN_THEN_KILLED.search(text) is not None


def bodies_of_the_taken(rest: str) -> bool:
    """Whether ``rest`` (the sentences after a note's abduction) tells the taken found dead or killed."""
    return bool(rest) and BODIES_FOUND.search(rest) is not None


# a killing whose victim is told by a pronoun or as the one robbed ("slit his throat", "shot him when he resisted"),
# or a death with no killing verb: in a raid or a theft, the dead are the raiders' victims unless called armed
VICTIM_KILLED = re.compile(
    rf"\b(?:{KILLED_EN})\s+(?:him|her|them)\b"
    r"|\bslit (?:his|her|their|the) throats?\b|\bégorgée?s?\b|\bl(?:es|['’]) ont (?:abattue?s?|exécutée?s?|tuée?s?)\b"
    # deaths told without a killing verb ("an old man and his son lost their lives", "left three shepherds dead")
    r"|\blost (?:their|his|her) li(?:fe|ves)\b|\bleft (?:\w+ ){0,3}?dead\b|\b(?:ont|a) perdu la vie\b",
    re.IGNORECASE,
)


def victim_killed(text: str) -> bool:
    """Whether ``text`` (one sentence) tells someone killed by a pronoun or a throat slit (no armed man named)."""
    return VICTIM_KILLED.search(text) is not None


# taken, then killed, told as one deed ("abducted and killed", « enlevé puis exécuté »)
_TAKEN_AND_KILLED = re.compile(
    r"\b(?:abduct(?:ed)?|kidnapp?(?:ed)?|took away|led away)\s+(?:and|then|before)\s+(?:then\s+|later\s+)?"
    r"(?:killed|executed|murdered|shot dead|beheaded|slaughtered|gunned down)\b"
    r"|\b(?:enlevée?s?|kidnappée?s?)\s+(?:et|puis)\s+(?:\w+\s+)?(?:tuée?s?|exécutée?s?|abattue?s?)\b",
    re.IGNORECASE,
)
# the abducted called the victim or the dead of a killing told in the note ("The victim had been abducted")
_VICTIM_HAD_BEEN_TAKEN = re.compile(
    r"^\W*(?:the|his|her|their)\s+(?:victims?|deceased|bod(?:y|ies)|corpses?)\b[^.;]{0,40}?\b"
    r"(?:had been|was|were)\s+(?:\w+\s+)?(?:abducted|kidnapp?ed|taken away|taken hostage)\b",
    re.IGNORECASE,
)


def killed_once_taken(text: str) -> bool:
    """Whether ``text`` (one sentence) tells people taken and killed as one deed, or calls the taken the
    victim of a killing ("The victim had been abducted the night before")."""
    return _TAKEN_AND_KILLED.search(text) is not None or _VICTIM_HAD_BEEN_TAKEN.search(text) is not None


def killed_after_taken(label: str, text: str, rest: str, tok=None) -> bool:
    """Whether people an arrest or abduction (``label``; ``tok``: its trigger token, if any) took were killed:
    by pronoun in ``text`` (its sentence), the taking told in a clause on the victims (``taken_in_victims_clause``),
    or, for an abduction, told as one deed with the killing in ``text`` or found dead there or in ``rest`` (a
    note's later sentences), or the taking and the killing told by one chain of verbs ("were rounded up and shot",
    ``seized_and_killed``); for an arrest, the bodies of those it took found (``BODIES_OF_THE_ARRESTED``)."""
    return taken_then_killed(text) or taken_in_victims_clause(tok) or seized_and_killed(tok) or (label == "ABDUCT_DISSAP" and (
        killed_once_taken(text) or bodies_of_the_taken(text + " " + rest))) or (
        label == "ARREST" and BODIES_OF_THE_ARRESTED.search(text + " " + rest) is not None)


# captives freed by talks, a mediation or an exchange (ACLED's agreement: prisoner swaps, negotiated releases); a
# release bought with a ransom stays the abduction's ending, told with it
RELEASED_BY_DEAL = re.compile(
    r"\b(?:freed|released|set free|handed over|libérée?s?|relâchée?s?)\b(?![^.;]{0,100}\b(?:ransom|rançon)\b)[^.;]{0,100}?"
    r"(?:\b(?:following|after|through|thanks to|under|as part of|in exchange for|à l['’]issue d(?:e|es)|après|grâce à|suite à|"
    r"dans le cadre d['’]une?|en échange d(?:e|es|u)|en contrepartie d(?:e|es|u))\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations?|mediation|deal|agreement|swap|"
    r"exchange|release|négociations?|médiation|pourparlers|accord|échange|libération)\b"
    # a swap told by what was given for them ("in exchange for three of its detained members", « en échange de prisonniers »)
    r"|\b(?:in exchange for|in return for|en échange d(?:e|es|u)|en contrepartie d(?:e|es|u))\s+(?:[\w'’-]+\s+){0,6}?(?:prisoners|detainees|members|"
    r"fighters|militants|captives|hostages|soldiers|officers|officials|agents|civilians|prisonniers|détenus|membres|combattants|"
    r"otages|soldats|civils|douaniers)\b)",
    re.IGNORECASE)


def freed_in_a_deal(text: str) -> bool:
    """Whether ``text`` (one sentence) tells captives freed by a deal or a swap (``RELEASED_BY_DEAL``) and no one killed:
    however the words of the sides read ("freed 40 fighters in exchange for three soldiers"), the deal is the news."""
    return RELEASED_BY_DEAL.search(text) is not None and _KILLING.search(text) is None


def fate_of_the_taken(label: str, text: str, rest: str, tok=None) -> str | None:
    """The label of an arrest, an abduction or a release (``label``) once what became of the taken is read: "ATTACK" when
    they were killed (``killed_after_taken``), "AGREEMENT" when captives were freed by a deal (``RELEASED_BY_DEAL``),
    the arrest itself when those it took are described as killers (``killers_taken``: no killing of theirs makes it
    an attack), else None (nothing said)."""
    if label == "OTHER":  # prisoners a government freed as part of a deal or a swap: the deal is the news
        return "AGREEMENT" if RELEASED_BY_DEAL.search(text) else None
    if killed_after_taken(label, text, rest, tok):
        return "ATTACK"
    if label in ("ABDUCT_DISSAP", "ARREST") and RELEASED_BY_DEAL.search(text):
        return "AGREEMENT"  # "hostages held for six months were freed following talks", "released … in exchange for
        # three of its members": the deal is the news
    if label == "ABDUCT_DISSAP" and release_is_the_news(tok):
        return "OTHER"  # "a journalist held hostage for two years was released on Monday": the release, not the kidnapping
    return label if label == "ARREST" and killers_taken(tok) else None


# a killing or a death told by the clause that carries the news (English and French); wider than
# codebook.KILLING, which names killing acts only: here a death word ("dead", "bodies", « corps ») tells the fate too
_KILLING = re.compile(
    rf"\b(?:{KILLED_EN}|{KILLED_FR}|killing|shooting|executing|murdering|beheading|slaughtering|"
    r"tortured to death|died|dead|bod(?:y|ies)|corpses?|remains|morte?s?|corps|décédée?s?)\b",
    re.IGNORECASE,
)
# the clauses that describe a noun ("the men they had arrested", "civilians who had been detained", "a
# herder detained by soldiers"): what they tell is who the victims were, not the news
_DESCRIBING = frozenset(("relcl", "acl"))


def taken_in_victims_clause(tok) -> bool:
    """Whether the taking (``tok``, the arrest or abduction word of a parsed sentence) is told in a clause
    that describes people ("shot two shepherds they had detained", "four civilians who had been arrested
    by soldiers were later found dead", "the bodies of five men arrested at the fair were found") while the
    rest of the sentence tells a killing or a death: ACLED codes the killing of people in the killers' power
    as an attack, whatever put them there."""
    clause = _describing_clause(tok)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    outside = " ".join(t.text for t in clause.sent if t.i not in inside)
    return _KILLING.search(outside) is not None


def killers_taken(taking) -> bool:
    """Whether an arrest (``taking``, its word in a parsed sentence, told in the sentence's news) took people
    whom a clause describes as killers ("gendarmes arrested two men who had killed a trader"): every killing
    word of the sentence lies in such a clause, so the arrest is the news, not the killing."""
    if taking is None or _describing_clause(taking) is not None:
        return False
    kills = [t for t in taking.sent if _KILLING.fullmatch(t.text)]
    return bool(kills) and all(_describing_clause(t) is not None for t in kills)


def _describing_clause(tok):
    """The clause describing a noun (``_DESCRIBING``) that ``tok`` lies in, or None when it lies in the news."""
    clause = tok
    while clause is not None and clause.dep_ not in _DESCRIBING:
        if clause.head is clause or clause.dep_ in ("ROOT", "ccomp", "conj"):
            return None
        clause = clause.head
    return clause


# the dead told as unarmed against a claim that they were fighters ("the army said it had neutralised
# terrorists, but residents said the dead were herders"; "locals said those killed were civilians")
_UNARMED_DEAD = (r"(?:civilians|herders|shepherds|pastoralists|farmers|villagers|traders|fishermen|(?:gold )?miners|"
                 r"displaced people|unarmed)")
DEAD_SAID_UNARMED = re.compile(
    r"\b(?:the (?:dead|victims|bodies)|those killed|the (?:men|people) killed|they)\s+(?:were|had been)\s+(?:\w+\s+){0,2}?"
    + _UNARMED_DEAD + r"\b"
    # the struck named by their trade and said unarmed ("The herders were unarmed", "the farmers were not armed")
    r"|\bthe\s+" + _UNARMED_DEAD + r"\s+(?:were|had been)\s+(?:all\s+)?(?:unarmed|not armed)\b"
    r"|\b(?:residents|locals|local sources|witnesses|relatives|families|community (?:leaders|sources)|villagers)\s+"
    r"(?:said|say|reported|denounced|insisted)\b[^.;]{0,80}?\b" + _UNARMED_DEAD + r"\b",
    re.IGNORECASE,
)


def dead_said_unarmed(text: str) -> bool:
    """Whether ``text`` (a note, or a sentence and what follows it) tells the dead as unarmed people, against a
    side's claim of fighters killed: ACLED codes the killing of people reported as civilians as an attack."""
    return DEAD_SAID_UNARMED.search(text) is not None


# a death told by its wound or the weapon that caused it, with no killer named ("died of gunshot wounds", "died after
# being shot", "lost their lives in a shooting", "was found with bullet wounds", « tués par balles », « a succombé »
# after shots): somebody fired or struck, so the death is violence by an unnamed doer, and the dead, whom nothing
# calls armed, are the people it struck (ACLED assumes unarmed victims are civilians unless told otherwise)
DEATH_BY_WOUND = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:\w+\s+){0,3}?(?:of|from|to)\s+(?:(?:his|her|their|the|multiple|several)\s+)?"
    r"(?:gunshot|bullet|stab|knife|machete)\s+(?:wounds?|injur(?:y|ies))\b"
    r"|\b(?:died|succumbed)\s+(?:\w+\s+){0,3}?after\s+(?:being|having been)\s+(?:shot|stabbed|hacked|beaten|fired (?:up)?on)\b"
    r"|\b(?:lost|losing)\s+(?:their|his|her)\s+li(?:fe|ves)\b[^.;]{0,40}?\b(?:shooting|gunfire|gunshots?|shots|attack|raid|ambush|"
    r"assault|came under (?:gun)?fire|(?:was|were) (?:shot|fired (?:up)?on|attacked))\b"
    r"|\b(?:found|discovered)\s+(?:dead\s+)?with\s+(?:\w+\s+)?(?:gunshot|bullet|stab|machete)\s+wounds?\b"
    r"|\b(?:was|were)\s+shot\b[^.;]{0,80}?\bsuccumbed\b|\bshot and killed\b"
    r"|\b(?:tuée?s?|abattue?s?)\s+(?:\w+\s+)?par\s+balles?\b|\bcriblée?s?\s+de\s+balles\b"
    r"|\b(?:a|ont|avait|avaient)\s+succombé\b(?=[^.]*\b(?:balles?|tirs?|coups de feu|attaque|poignard\w*|machette))"
    r"|\b(?:balles?|tirs)\b[^.]*\b(?:a|ont|avait|avaient)\s+succombé\b"
    r"|\b(?:a|ont|avait|avaient)\s+perdu\s+la\s+vie\b(?=[^.]*\b(?:balles?|tirs?|coups de feu|attaque|fusillade|assaillants|embuscade))",
    re.IGNORECASE,
)


def death_by_wound(text: str) -> bool:
    """Whether ``text`` (one sentence) tells a death by its wound or weapon, with no killer needed to name it."""
    return DEATH_BY_WOUND.search(text) is not None


# a person flogged, whipped, lashed or caned, or a hand or a foot cut off: a punishment given by hand to someone in the
# doer's power, never a fight ("fighters publicly lashed a barber", "Islamists amputated the hands of five alleged
# thieves", « ont fouetté des commerçants », « ont amputé la main d'un voleur »), whoever the victim is said to be
CORPORAL_PUNISHMENT = re.compile(
    r"\b(?:flogg(?:ed|ing)|whipp(?:ed|ing)|horsewhipp(?:ed|ing)|lash(?:ed|ing)(?!\s+out\b)|can(?:ed|ing)|"
    r"fouetté(?:e|s|es)?|flagellé(?:e|s|es)?|chicoté(?:e|s|es)?|"
    r"(?:amputated|amputé(?:e|s|es)?|cut off|coupé(?:e|s|es)?)\s+(?:the\s+|la\s+|les\s+|le\s+|une?\s+)?(?:[\w-]+\s+)?"
    r"(?:hands?|feet|foot|mains?|pieds?)\b|public amputations?|amputations? publiques?)\b",
    re.IGNORECASE,
)


# acid thrown on a person ("threw acid on three schoolgirls", "acid attack on a teacher"): harm done by hand to someone
# who cannot answer it, never a fight, whoever the victim is said to be
ACID_THROWN = re.compile(
    r"\b(?:threw|thrown|throwing|hurled|splashed|poured|flung)\s+acid\b|\bacid[- ](?:attacks?|attacked|thrown|splashed)\b"
    r"|\bacid\s+(?:was|were)\s+(?:thrown|splashed|hurled)\b|\b(?:jeté|lancé|aspergé)(?:e|s|es)?\s+(?:de\s+l['’])?acide\b",
    re.IGNORECASE,
)


def punished_by_hand(text: str) -> bool:
    """Whether ``text`` (one sentence) tells people flogged, whipped, lashed or caned (``CORPORAL_PUNISHMENT``), or
    burned with acid thrown on them (``ACID_THROWN``)."""
    return CORPORAL_PUNISHMENT.search(text) is not None or ACID_THROWN.search(text) is not None


# the labels of deeds that harm no one (an arrest, an act of the group's own, a thing destroyed) that the model
# may give a flogging for the words around it ("whipped five suspected thieves in public": a public act)
_NO_HARM_LABELS = ("ARREST", "DISR_WEAP", "PROPERTY_DISTRUCT", "OTHER")


def flogging_label(label: str, text: str) -> str | None:
    """"ATTACK" where ``label`` harms no one and ``text`` (one sentence) tells people flogged: violence done to
    people, whoever did it (a crowd's flogging is then read as a riot by the rules on crowds); else None."""
    return "ATTACK" if label in _NO_HARM_LABELS and punished_by_hand(text) else None


# the verbs that let captives go, and those that tell of someone's saying so (the release is then their clause)
_RELEASING = frozenset("free release libérer relâcher".split())
_REPORTING = frozenset("say tell report confirm announce dire déclarer annoncer confirmer indiquer".split())
# a taking told in a document's earlier sentences: the release that follows is the kidnapping's end, coded with it
_TAKEN_BEFORE = re.compile(r"\b(?:kidnapp?\w*|abduct\w*|seiz\w*|taken hostage|enlev\w*|rapt\w*|pris(?:es?)? en otages?)\b",
                           re.IGNORECASE)


def release_is_the_news(tok) -> bool:
    """Whether the sentence of an abduction's trigger ``tok`` tells captives let go as its own deed (its main verb, or
    the clause a reporting verb hangs on, or a verb joined to either, is a release: "kidnappers have freed eleven of
    the passengers they seized in March"; "a journalist held hostage for two years was released on Monday") with no
    taking told there as a deed of its own (a finite verb: "were abducted and released", "seized and later freed
    him"), and no earlier sentence of the document told them taken: ACLED codes a release as a strategic
    development of its own; a taking told with it or before it is the abduction, the release its end."""
    if tok is None:
        return False
    root = tok.sent.root
    heads = [root] + [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_.lower() in _REPORTING else [root]
    verbs = heads + [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if not any(_releases(v) for v in verbs):
        return False
    if any(_TAKEN_BEFORE.search(v.text) and _finite(v) for v in verbs):
        return False
    if any(_TAKEN_BEFORE.search(t.text) and _finite(t) and t.dep_ not in _DESCRIBING for t in tok.sent if t.i < root.i):
        # the taking told as a clause of its own before the release ("gunmen kidnapped 3 shepherds; they were freed
        # after a ransom was paid": parsed with the release as the root): the abduction, its release its end
        return False
    return _TAKEN_BEFORE.search(tok.doc[: tok.sent.start].text) is None


# clauses that describe someone ("the passengers they seized in March") rather than tell a deed
_DESCRIBING = frozenset(("relcl", "acl", "acl:relcl", "amod"))


# the verbs whose object or complement makes them a release: "set free", "walked free", "regained their freedom",
# "were reunited with their families", « remis en liberté », « ont recouvré la liberté », « ont retrouvé les leurs »
_FREED_BY = {"set": {"free"}, "walk": {"free"}, "regain": {"freedom"}, "reunite": {"families", "family", "relatives"},
             "remettre": {"liberté"}, "rendre": {"liberté"}, "recouvrer": {"liberté"},
             "retrouver": {"liberté", "leurs", "familles", "proches"}}


def _releases(verb) -> bool:
    """A verb of letting go: "freed", "released", "set free", « remis en liberté »."""
    lemma = verb.lemma_.lower()
    return lemma in _RELEASING or any(c.lower_ in _FREED_BY.get(lemma, ()) or any(
        g.lower_ in _FREED_BY.get(lemma, ()) for g in c.children) for c in verb.children)


def _finite(verb) -> bool:
    """Whether ``verb`` is told as a deed (a tensed form, or a participle with its auxiliary), not as a participle
    describing someone ("a journalist held hostage")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in verb.children)
