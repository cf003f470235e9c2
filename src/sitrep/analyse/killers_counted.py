"""The doers of a killing counted before its active verb, its victim told after it ("two armed men on a motorbike shot
dead the council president", "three gunmen killed a trader"): the figure the toll patterns read there counts the
killers, not the dead (``sitrep.analyse.fatalities``)."""

from __future__ import annotations

import re

# who kill: the nouns of armed doers, never of victims
_DOERS = re.compile(r"\b(?:gunmen|armed (?:men|individuals|assailants|bandits|robbers)|assailants|attackers|bandits|robbers|"
                    r"kidnappers|hitmen|(?:unidentified|unknown) (?:men|individuals|assailants))\b", re.IGNORECASE)
_VICTIM_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                           r"(?-i:[A-Z])[\w'’-]+)\b", re.IGNORECASE)
_AUX_BETWEEN = re.compile(r"\b(?:were|was|have|has|had|are|is|being|got)\b", re.IGNORECASE)


def killers_counted(text: str, m: re.Match[str]) -> bool:
    """Whether the figure ``m`` counts the doers of an active killing whose victim follows its verb."""
    return _DOERS.search(m.group("who")) is not None and not _AUX_BETWEEN.search(text[m.end("who"):m.start("kw")]) \
        and not m.group("kw").lower().startswith("were") and _VICTIM_AFTER.match(text, m.end("kw")) is not None
