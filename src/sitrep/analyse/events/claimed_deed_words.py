"""The words that make a group's claim of a deed the news of that deed: the deed's own day after the claim's noun,
and a claim of the taking or killing of people the article has not told (``scope.claimed_dated_deed``)."""

from __future__ import annotations

import re

# the day a claimed deed is told on after its noun ("… for a raid on a military base in X on Tuesday", "overnight")
DEED_DAY = re.compile(r"\b(?:on|late|early|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                      # (or its week: "… of two aid workers last week", « … la semaine dernière »)
                      r"\b(?:last|earlier\s+this)\s+week\b|\bla\s+semaine\s+(?:dernière|passée)\b|"
                      r"\bovernight\b|\b(?:on|late\s+on)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b", re.IGNORECASE)


# a claim of the taking or killing of people the article has not told, named by its victims ("claimed responsibility
# for the kidnapping of two Italian aid workers ... last week", « a revendiqué l'enlèvement de deux humanitaires ... »):
# with its own day (``DEED_DAY``) it is a relay's lead telling that deed, as a new deed's claim is
CLAIMED_DEED_OF_PEOPLE = re.compile(
    r"\bclaim(?:ed|s)\s+(?:(?:responsibility|credit)\s+for\s+)?the\s+(?:kidnapping|abduction|killing|killings|"
    r"execution|murder|massacre)\s+of\s+"
    r"|\brevendiqu\w*\s+(?:l['’]|le\s+|la\s+)(?:enlèvement|rapt|assassinat|meurtre|exécution|massacre)\s+d(?:e\s|u\s|es\s|['’])",
    re.IGNORECASE)
