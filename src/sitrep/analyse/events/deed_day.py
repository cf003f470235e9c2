"""The day of a deed told after the deed: a sentence that gives when the incident just told happened ("… killed a village
chief and his son in Boulsa. The killing took place on 2 November.", « L'attaque a eu lieu le 2 novembre »), and the
killing told after the discovery of its dead ("On 6 March, the bodies of two herders were found near X. They had been
killed by gunmen on 4 March."), and the killing told inside a later act of the day the note opens on ("On 26 June,
residents attended the funeral of two VDP killed by JNIM the previous day", « Le 27 juin, le gouverneur s'est rendu à
Titao, où des militants avaient tué la veille quatre civils »), and the deed a report tells, opened on how long after
it the report came ("Ten days after the abduction, on 30 July, relatives reported that militants had kidnapped…").

ACLED codes the deed's own day, not the day it was reported or its dead found: a coder's note often opens on the
report's day and gives the deed's day after it.  Both re-date the earlier mention of the paragraph, and only to a day
on or before the one it had (a deed is reported, and its dead found, on its day or later) and within a month of it.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.context import Context
from sitrep.analyse.dates import acled_month_part
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.dating import INCIDENT_NOUNS, same_paragraph
from sitrep.analyse.events.found_dead import bodies_found
from sitrep.analyse.events.harm_verbs import KILLED_PARTICIPLES
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC
from sitrep.analyse.lang import vocab
from sitrep.analyse.told_offsets import back_from, count_of
from sitrep.analyse.events.mentions import after_since, within_sentence
from sitrep.model import DateInterval, EventMention, Modality, Precision

# how long before the day a deed was first dated its own day may lie (a report, a discovery of bodies)
_REPORTING_LAG = dt.timedelta(days=31)

# the incident named again as the subject of its happening, the day after it: "The killing took place on",
# "This attack reportedly occurred on", "It happened on", « L'attaque a eu lieu le », « Les faits se sont produits le »
_TOOK_PLACE = re.compile(
    # (its source may head it: "According to local sources, the execution took place on 10 June", « Selon des
    # témoins, l'attaque a eu lieu le 3 mai »)
    r"^\W*(?:(?:according\s+to|selon|d['’]après)\s+[^,.;:]{1,60},\s*)?"
    rf"(?:(?:the|this|that|these|those|l['’]|la|le|les|cette|cet|ces)\s*(?:[\w-]+\s+){{0,2}}?{INCIDENT_NOUNS}|it)\s+"
    r"(?:(?:reportedly|allegedly|actually|in\s+fact|apparently|aurait|auraient)\s+)?"
    r"(?:took\s+place|occurred|happened|unfolded|was\s+carried\s+out|were\s+carried\s+out|"
    r"(?:a|ont|avait|avaient)\s+eu\s+lieu|(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)\s+(?:produite?s?|déroulée?s?)|"
    r"(?:est|sont)\s+survenue?s?)\b",
    re.IGNORECASE)
# the deed that made the dead, told after their discovery ("had been shot", "were executed", « ont été abattus »):
# the participles of killing (``harm_verbs``), a few more of them, and those of carrying off (the taken found dead)
_KILLING = re.compile(rf"\b(?:{KILLED_PARTICIPLES}|slain|assassinated|assassinée?s?|égorgée?s?"
                      r"|abducted|kidnapped|enlevée?s?)\b", re.IGNORECASE)
# the discovery of the dead: "the bodies of two herders were found", "was found dead", « les corps … retrouvés »
_FOUND_DEAD = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains)\b[^.;]{0,80}?\b(?:found|discovered|recovered|retrieved)\b"
    r"|\b(?:found|discovered)\s+(?:dead|lifeless|killed)\b"
    # (the finders the subject: "villagers discovered the bodies of three herders", « ont découvert les corps »)
    r"|\b(?:found|discovered|recovered|retrieved|retrouvé|découvert)\s+(?:the\s+|les\s+|le\s+)?(?:lifeless\s+|dead\s+)?"
    r"(?:bod(?:y|ies)|corpses?|remains|cadavres?|corps|dépouilles?)\b"
    r"|\b(?:corps|cadavres?|dépouilles?)\b[^.;]{0,80}?\b(?:retrouvée?s?|découverte?s?)\b"
    r"|\b(?:retrouvée?s?|découverte?s?)\s+(?:morte?s?|sans\s+vie)\b",
    re.IGNORECASE)


def _may_move(mention: EventMention, day: DateInterval) -> bool:
    """Whether ``mention`` may take ``day``: another day or week that ends by the end of its own, within a month
    before it (a report's day, or the week before a saying, narrowed to the deed's day)."""
    d = mention.date
    if mention.modality == Modality.background or day.precision not in (Precision.day, Precision.week):
        return False
    return d is None or ((day.earliest, day.latest) != (d.earliest, d.latest) and day.latest <= d.latest
                         and d.latest - day.earliest <= _REPORTING_LAG)


def _day_told_after(ctx: Context, s: Sentence) -> DateInterval | None:
    """The day a ``_TOOK_PLACE`` sentence gives its incident (the first date after its verb), or None."""
    m = _TOOK_PLACE.search(s.text)
    if m is None:
        return None
    # (a part of a month as ACLED codes it, a week: "The execution reportedly took place in late May")
    told = [iv for iv in (acled_month_part(d.interval, ctx.language)
                          for d in within_sentence(ctx, "dates", s, s.start + m.end(), s.end))
            if iv.precision in (Precision.day, Precision.week)]
    return told[0] if told else None


def _redate(mention: EventMention, day: DateInterval) -> None:
    mention.date = day
    mention.date_from_publication = False


def date_deeds_told_after(ctx: Context, events: list[EventMention]) -> list[EventMention]:
    """``events`` with the deed's own day given to the mention a later sentence of its paragraph dates (see the module
    docstring); updated in place and returned."""
    if not events:
        return events
    for s in sentences(ctx):
        day = _day_told_after(ctx, s)
        if day is None:
            continue
        before = [e for e in events if e.span.char_start < s.start and same_paragraph(ctx, e, s)]
        if before and _may_move(before[-1], day):
            _redate(before[-1], day)
    for s in sentences(ctx):
        for mention in (e for e in events if e.span.char_start == s.start):
            for day_of_deed in (_killing_day_inside_later_act, _deed_day_before_its_report):
                day = day_of_deed(ctx, s, mention)
                if day is not None and _may_move(mention, day):
                    _redate(mention, day)
    for found in events:
        if found.date is not None and _FOUND_DEAD.search(ctx.text(found.span)):
            killing, days = _killing_days_told_after(ctx, found)
            day = next((d for d in days if _may_move(found, d)), None)
            if day is not None:
                finding_day = found.date
                _redate(found, day)
                # the killing sentence's own mention ("They had been killed the previous day"), which took the
                # finding's day as a step of the event told before it, is the same deed on the same day
                for told in events:
                    if killing.start <= told.span.char_start < killing.end and told.date == finding_day:
                        _redate(told, day)
    return events


def _killing_days_told_after(ctx: Context, found: EventMention) -> tuple[Sentence | None, list[DateInterval]]:
    """The first later sentence of the discovery's paragraph that tells a killing with a day ("They had been shot by
    gunmen on 10 May"; the sentence may make no mention of its own, the dead being those already told), and its days."""
    sents = sentences(ctx)
    at = next((k for k, s in enumerate(sents) if s.start == found.span.char_start), None)
    if at is None:
        return None, []
    for s in sents[at + 1:]:
        if s.para_index != sents[at].para_index:
            break
        if _KILLING.search(s.text):
            # (not the day a state began: "had been missing since 24 November", « disparus depuis le 24 »)
            told = [d.interval for d in within_sentence(ctx, "dates", s)
                    if d.interval.precision == Precision.day and not after_since(ctx, d.span.char_start)]
            if told:
                return s, told
    return None, []


# the types of a deed that kills (the act the note is coded for when it tells a killing inside a funeral or a visit)
_KILLING_TYPES = (BATTLES, EXPLOSIONS, VAC)
# (with the carrying off it ends, "abducted and killed", « enlevés puis tués », and "shot dead" as one word)
_KILLED = re.compile(r"\b(?:(?:abducted|kidnapped|seized|enlevée?s?|kidnappée?s?)\s+(?:and|et|puis)\s+)?"
                     rf"(?:{KILLED_PARTICIPLES})(?:\s+dead)?\b", re.IGNORECASE)
# what tells a deed of violence before the killing: then the sentence opens on a deed, and its day is that deed's
_DEED_BEFORE = re.compile(rf"\b(?:{KILLED_PARTICIPLES}|{INCIDENT_NOUNS}|attack\w*|attaqu\w*|ambush\w*|raid\w*|"
                          r"abduct\w*|kidnap\w*|enlev\w*|clash\w*|affront\w*|fought|fight\w*|struck|explo\w*|"
                          r"fired|open(?:ed)?\s+fire|ouvert\s+le\s+feu|killing|dead|morts?)\b", re.IGNORECASE)
# what starts another clause between the killing and its day (a relative on other people: "killed three men who had
# attacked the town the previous day"), or ends the killing's clause
_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:who|which|that|whom|qui|dont|où)\b", re.IGNORECASE)


def _killing_day_inside_later_act(ctx: Context, s: Sentence, mention: EventMention) -> DateInterval | None:
    """The day of a killing told inside a later act that names no deed (a funeral, a burial, an official's visit) of
    the day the sentence opens on: "On 26 June, residents attended the funeral of two VDP killed by JNIM militants the
    previous day", « Le 27 juin, le gouverneur s'est rendu à Titao, où des militants du JNIM avaient tué la veille
    quatre civils », "On 7 June, the body of a trader abducted and killed on 5 June was found near Dori".  The killing
    is the event ACLED codes, on the day given in its own clause (an offset back, or a day told in full); None when
    the sentence tells no such thing, or when the killing is its main act ("On 22 August, militants killed a farmer
    abducted on 10 August": the day of the other deed told in its clause)."""
    if mention.event_type not in _KILLING_TYPES or mention.date is None or mention.date.precision != Precision.day:
        return None
    start = mention.span.char_start
    text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), ctx.text(mention.span))  # (ACLED's brackets)
    killed = _KILLED.search(text)
    if killed is None or _DEED_BEFORE.search(text, 0, killed.start()) is not None:
        return None
    tok = s.token_at(start + killed.start(), start + killed.end())
    if tok is None or tok.dep_ == "ROOT" and not bodies_found(text):  # (the finding of the dead is no killing)
        return None
    own = [d for d in ctx.dates if start + killed.end() <= d.span.char_start < mention.span.char_end
           and d.interval.precision == Precision.day and d.interval.earliest == d.interval.latest]
    between = (killed.end(), own[0].span.char_start - start) if own else None
    if between is None or _CLAUSE_BREAK.search(text, *between) or _DEED_BEFORE.search(text, *between):
        return None
    day = own[0].interval
    return day if day.latest < mention.date.earliest else None


# a sentence opening on how long after the incident its day is ("Ten days after the abduction, on 30 July, …", « Dix
# jours après l'enlèvement, le 30 juillet, … »): the day that follows is the incident's day moved on by that count
_AFTER_INCIDENT_OPENING = re.compile(
    rf"^\W*(?P<n>[\w-]+)\s+(?P<u>\w+)\s+(?:after|après)\s+(?:the|this|that|l['’]|la|le|les|cette|cet|ces)\s*"
    rf"(?:[\w-]+\s+){{0,2}}?{INCIDENT_NOUNS}\s*,\s*(?:on\s+|le\s+)?", re.IGNORECASE)


def _deed_day_before_its_report(ctx: Context, s: Sentence, mention: EventMention) -> DateInterval | None:
    """The day of the deed a report tells when the sentence opens on how long after the incident the report's day is
    ("Ten days after the abduction, on 30 July 2024, relatives reported that JNIM militants had kidnapped a village
    chief": 20 July), where the mention took the week before the report; None otherwise.  A deed told in the main
    clause ("Ten days after the abduction, on 30 July, the hostages were freed") is that later day's own, and keeps it."""
    m = _AFTER_INCIDENT_OPENING.match(s.text)
    d = mention.date
    if m is None or d is None or not d.is_estimate or not (d.evidence or "").startswith("reported "):
        return None
    v = vocab(ctx.language)
    word, unit = m["n"].lower(), v.UNITS.get(m["u"].lower())
    if unit not in ("day", "week") or not (word.isdigit() or word in v.NUMBERS):
        return None
    told = next((x.interval for x in ctx.dates if x.span.char_start == s.start + m.end()), None)
    if told is None or told.precision != Precision.day or told.earliest != told.latest or told.latest != d.latest:
        return None
    count = round(count_of(word, v) * getattr(v, "UNIT_MULTIPLES", {}).get(m["u"].lower(), 1))
    earliest, latest = back_from(told.latest, count, unit)
    return DateInterval(earliest=earliest, latest=latest, precision=Precision.week if unit == "week" else Precision.day,
                        is_estimate=told.is_estimate, evidence=f"{m.group(0).strip()} {told.evidence or ''}".strip())
