"""The verbs of harm done to people, in one place: killing, hurting and carrying off (English and French).

Several rules ask "was somebody killed, hurt or taken?", each with a lexicon a little different on purpose: a rule
that weighs a deed's victims wants every killing verb; a rule that looks for a blow's harm near a display also wants
the verbs of striking and exploding; a rule on a death told after its discovery reads past participles, not lemmas.
Each of them builds on the base sets here and names what it adds, so that a verb added to a base reaches every rule
that should know it, and a difference between two rules is written down, not left in two copies drifting apart.
Two lexicons of harm stand apart, each saying why: ``codebook``'s verbs of an organised doer's harm (built on the
crowd's violence) and ``frames.BODILY_HARM`` (surface words of blows, weapons and uniforms).
"""

from __future__ import annotations

# --- lemmas (what a parsed verb's ``lemma_`` is checked against) ---

# the plain verbs of killing and wounding, the ones every rule of harm knows
KILL = frozenset("kill tuer".split())
WOUND = frozenset("wound injure blesser".split())
# verbs whose object dies at the doer's hands
KILLING_VERBS = KILL | frozenset("shoot execute murder assassinate behead slaughter stab lynch gun abattre exécuter "
                                 "assassiner égorger poignarder lyncher décapiter".split())
# verbs that hurt a person with hands or weapons, short of killing him
HURTING_VERBS = WOUND | frozenset("beat stab whip flog torture hack assault frapper tabasser poignarder fouetter "
                                  "torturer molester".split())
# verbs that carry a person off
TAKING_VERBS = frozenset("seize grab snatch kidnap abduct capture enlever kidnapper capturer séquestrer emmener".split())

# --- surface forms (what a sentence's text is searched for, where no parse is at hand) ---

# the past participles of killing both the deed-day and the fate rules read ("were killed", « ont été abattus »);
# alternations to put inside ``\b(?:…)\b``
KILLED_EN = r"killed|shot|gunned down|stabbed|executed|murdered|beheaded|slaughtered"
KILLED_FR = r"tuée?s?|abattue?s?|poignardée?s?|exécutée?s?"
KILLED_PARTICIPLES = rf"{KILLED_EN}|{KILLED_FR}"
