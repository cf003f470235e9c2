"""One grammar for the datelines that open wire and agency copy.

"BAMAKO, Oct 22 (Reuters) -", "NIAMEY, 5 nov. (AFP) —", "Djibo, 17 mai 2026 (AIB) –", "NIAMEY (AP) —",
"Ouagadougou, le 13 octobre 2026", "MOSCOW, September 6. /TASS/.": a place, sometimes a day, sometimes
the credit of who filed it, then a dash.  A dateline says where and when a story was *filed* and by
whom, never where or when its events happened, so every reader of the text asks the same grammar:

- ``ingest.pubdate`` reads the filing day (``WITH_DAY``, ``DAY_AFTER_CREDIT``, ``DAY_BEFORE_CREDIT``,
  ``PLACE_DATE_LINE``, ``yearless``);
- ``ingest.metadata`` reads the credit (``CREDITED``, ``SLASH_CREDITED``);
- ``analyse`` skips the dateline's place and day (``CAPS_OPENING``: the event's place and date come after
  it, ``CREDITED_OPENING``: a dateline city parsed into the subject is no actor), and a place mention
  that opens a dateline is no event place (``place_opens_dateline``, read by ``events.placement``).

The pieces below are the grammar; each pattern is one arrangement of them.
"""

from __future__ import annotations

import re

# the place a story is filed from, as written by agencies ("BAMAKO", "Bobo-Dioulasso", "N'Djamena")
PLACE = r"[A-ZÀ-Ý][\w .'’-]{1,40}"
# the same in wire capitals only ("NIAMEY", "KIDAL, Mali"): a capitalised word of a sentence is no dateline
PLACE_CAPS = r"[A-Z][A-Z'’ .-]{2,40}(?:,\s*[A-Z][\w .-]{1,30})?"
# a plain place written as copy heads a statement ("Ouagadougou -", "Bobo-Dioulasso —"): at most three
# capitalised words, each with no space inside, then a spaced dash that opens no aside ("Gunmen - a
# dozen of them - attacked": the aside closes with a second dash)
PLACE_PLAIN = r"[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,2}"
NO_ASIDE = r"(?![^\n]*?\s[-—–]\s)"
# who filed it, in parentheses: "(Reuters)", "(AFP)", "(AIB)"
CREDIT = r"\([^()\n]{2,40}\)"
# who filed it, between slashes, as TASS credits itself: "/TASS/."
SLASH_CREDIT = r"/[A-Z][\w'’ .&-]{1,30}?/\.?"
# who filed it, after a dash and before a full stop, as RIA Novosti credits itself: "- RIA Novosti."; capitalised
# words only, so that a story's first words after a dash ("- Gunmen killed …") are no credit
DASH_CREDIT = r"\s+[-—–]\s+[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,2}\.(?=\s)"
# the dash that ends a dateline
DASH = r"\s*(?:--|[-—–])\s"
SPACED_DASH = r"\s+[-—–]\s"

# what follows a dateline's place, read from the place's end: a comma and its day ("BAMAKO, 2 août",
# "GAO, Aug. 3"), the opening of its credit ("GAO (Reuters)", "SEVARE (centre)"), or the dash ("DJIBO - …"); a
# number of kilometres is no day ("Ber, roughly 60 km east of Timbuktu – …" opens on a place told by its distance)
PLACE_TAIL = re.compile(r"\s*(?:,\s*(?:\d|\w+\.?\s+\d)(?![\d.,]*\s*(?:kms?\b|kilom))|\((?:[A-Z]|\w+\))|[-—–])")

# "BAMAKO, April 29, 2026 (AFP) -", "Bamako, 03/09/2026 –": ``rest`` holds the filing day (credit optional)
WITH_DAY = re.compile(rf"^{PLACE},?\s+(?P<rest>.{{6,30}}?)\s*(?:{CREDIT})?{DASH}", re.M)
# a place and date line of its own, as communiqués and agency copy head them: "Ouagadougou, le 13 octobre
# 2026 (AIB)", "Niamey, 5 November 2026"
PLACE_DATE_LINE = re.compile(rf"^{PLACE},\s+(?:le\s+)?(?P<rest>.+?)\s*(?:{CREDIT})?\s*$")
# a credited dateline whose filing day follows the dash, as AP heads its copy: "BAMAKO, Mali (AP) — August
# 23, 2026", "NIAMEY (AFP) - 5 novembre 2026 - …": ``rest`` holds what may be the day, up to a dash or the
# line's end (the caller checks that it is a date and nothing else)
DAY_AFTER_CREDIT = re.compile(
    rf"^{PLACE}(?:,\s*{PLACE})?\s*{CREDIT}{DASH}\s*(?P<rest>[^\n]{{6,30}}?)(?:{SPACED_DASH}|\s*$)", re.M)
# the filing day first, then the outlet between spaced dashes, as web agencies stamp their copy: "07.03.2029 -
# Sputnik Africa - A convoy …", "12 March 2026 — APA — …": ``rest`` holds what may be the day (the caller checks that
# it is a date and nothing else); the credit is capitalised words only, so a story's first words are none
DAY_BEFORE_CREDIT = re.compile(
    rf"^(?P<rest>[^\n]{{6,30}}?){SPACED_DASH}\s*[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){{0,3}}{SPACED_DASH}", re.M)
# a credited dateline, with or without its day: "BAMAKO, Oct 25 (AFP) -", "NIAMEY (AP) —"
CREDITED_OPENING = re.compile(rf"^\s*{PLACE}(?:,?[^()\n]{{0,40}}?)?\s*{CREDIT}{DASH}")
# a dateline in wire capitals, credited or not: "NIAMEY (Reuters) -", "KIDAL, Mali -"
CAPS_OPENING = re.compile(rf"^\s*{PLACE_CAPS}\s*(?:{CREDIT})?{DASH}")
# any dateline opening a sentence: in wire capitals, or a plain place before a spaced dash, as statements
# and local copy head their text ("Ouagadougou - We are deeply concerned…", "Bobo-Dioulasso — Les…")
OPENING = re.compile(rf"^\s*(?:{PLACE_CAPS}\s*(?:{CREDIT})?{DASH}|{PLACE_PLAIN}{SPACED_DASH}{NO_ASIDE})")
# the credit read out: "Djibo, 17 mai 2026 (AIB) –", "BAMAKO (AP) —", "OUAGADOUGOU, May 18 (Reuters/Xinhua) -"
CREDITED = re.compile(
    rf"^{PLACE}(?:,[^()\n]{{3,40}})?\s*\((?P<credit>[A-Z][\w'’ .&-]{{1,40}}?)(?:/[^)]{{1,30}})?\)\s*[-—–:]")
# TASS credits the agency between slashes: "MOSCOW, September 6. /TASS/."
SLASH_CREDITED = re.compile(rf"^{PLACE},[^/\n]{{3,40}}?\s*/(?P<credit>[A-Z][\w'’ .&-]{{1,30}}?)/")


def yearless(day: str) -> re.Pattern:
    """A credited dateline whose day (``day``: a pattern with groups ``mon`` and ``day``) has no year:
    "OUAGADOUGOU, Oct 14 (Reuters) -", "Oct 28 (Reuters) -", "NIAMEY, 5 nov. (AFP) -", and with the
    country after the town: "KAYA, Burkina Faso, Nov 25 (Reuters) -", and as Russian state agencies head
    their copy, the credit between slashes after a full stop: "MOSCOW, October 14. /TASS/.", or after a dash:
    "MOSCOW, October 14 - RIA Novosti."."""
    return re.compile(rf"^(?:{PLACE}(?:,\s+{PLACE})?,\s+)?{day}(?:\s*{CREDIT}{DASH}|\.?\s*{SLASH_CREDIT}|(?-i:{DASH_CREDIT}))",
                      re.I)


def place_opens_dateline(text: str, start: int, end: int) -> bool:
    """The place written at ``text[start:end]`` opens its line as a dateline ("BAMAKO, 2 août (ASP) -",
    "GAO (Reuters) -", "DJIBO - ..."): nothing before it on its line, the dateline's tail after it; or it heads
    a credited opening with its country between ("BAMAKO, Mali (AP) —")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if PLACE_TAIL.match(text, end):
        return True
    opening = CREDITED_OPENING.match(text[line_start:line_start + 120])
    return opening is not None and end - line_start <= opening.end()


def opening_end(text: str) -> int:
    """Where a dateline opening ``text`` ends (0 when there is none): "OUAGADOUGOU, Sept 21 (AFP) -",
    "Djibo, 17 mai 2026 (AIB) –", "KIDAL, Mali -".  Its numbers are a filing day, never a count."""
    m = CREDITED_OPENING.match(text) or OPENING.match(text)
    return m.end() if m else 0
