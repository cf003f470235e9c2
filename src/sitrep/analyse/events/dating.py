"""When an event happened: a date in its sentence (not the reporting date), a year that makes it
background, the date of the event of the paragraph or of the one it refers back to, a date framing
the paragraph, else the document's anchor."""

from __future__ import annotations
import datetime as dt
import re
from functools import lru_cache

from sitrep.analyse.calendar_days import last_month_day
from sitrep.analyse.context import Context
from sitrep.analyse.dates import acled_month_part, counted_from_report
from sitrep.analyse.told_offsets import counted_back, counted_on
from sitrep.analyse.events.args import governed_by_reporting, Sentence, sentences, within
from sitrep.analyse.events.refers_back import names_the_struck_site_again, refers_back
from sitrep.analyse.events.saying_days import counts_from_the_saying_day, said_on
from sitrep.analyse.events.told_earlier import earlier_of_sequence
from sitrep.analyse.events.found_dead import killing_before_finding
from sitrep.analyse.events.lead_deed_day import lead_deed_day
from sitrep.analyse.events.cues import RESPONSE_OPENING, SINCE_PERFECT, YEAR_PHRASE
from sitrep.analyse.events.mentions import after_since, is_country, places_in, within_sentence
from sitrep.analyse.events.syntax import clause_verb
from sitrep.analyse.fatality_words import vocab as casualty_vocab
from sitrep.analyse.lang import vocab
from sitrep.ingest.dateline import CREDIT, CREDITED_OPENING, DASH, PLACE_CAPS
from sitrep.model import DateInterval, EventMention, Modality, Precision

# the auxiliaries of a perfect ("having retaken", « avoir repris »): what was done before it was said
_PERFECT_AUX = {"have", "avoir", "être"}
# sayings that are acts when their object is a thing, not a clause: "announced a blockade", "announced its
# dissolution", "claimed an attack", « a annoncé sa dissolution » are done the day they are said
_ACT_SAYINGS = {"announce", "claim", "declare", "proclaim", "annoncer", "revendiquer", "déclarer", "proclamer"}
# what such a saying reports of a deed already done: its toll ("announced a death toll of 12", « a annoncé un bilan »)
_TOLL_NOUNS = {"toll", "tally", "bilan"}


# the coder's own heading of a note dated by its report ("As reported on 4 October 2023, militants abducted…",
# "Reported by local sources on 12 May:"): ACLED codes the report's day as the event's
_AS_REPORTED = re.compile(r"^\W*(?:as\s+)?(?:it\s+was\s+)?reported\s+(?:by\s+[^,.;]{1,40}?\s+)?(?:on\s+)?$", re.IGNORECASE)


# a coder's note opens on its event's day, year and all ("On 17 January 2024, the army said that …", "Coup/military
# takeover: On 24 January 2022, …"): every one of the real notes that opens so is coded on that day, a saying included;
# a French one too (« Le 5 février 2023, la junte a déclaré … »), unless its saying reports a deed told with « que »
_NOTE_OPENING = re.compile(r"^\s*(?:[A-Z][\w/ -]{2,40}:\s*)?(?:on|around|(?P<fr>le|vers\s+le))\s+(?:or\s+around\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _coded_on_report(ctx: Context, s: Sentence, chosen) -> bool:
    """Whether the date opens the note as its report's day ("As reported on 4 October 2023, …") or as its own day."""
    opening = _NOTE_OPENING.match(ctx.document.text[:chosen.span.char_start])
    return _AS_REPORTED.match(ctx.document.text[s.start:chosen.span.char_start]) is not None or opening is not None \
        and _YEAR.search(chosen.surface) is not None and not (opening.group("fr") and re.search(r"\bqu(?:e\b|['’])", s.text))


def _saying_above(s: Sentence, verb, chosen):
    """The saying verb whose day the parser hung on the deed it reports ("the army said on Monday it had repelled an
    attack": "on Monday" read as the repelling's), else ``verb``: the saying above the deed's clause decides."""
    if verb is not None and not governed_by_reporting(verb) and said_on(s, chosen) and verb.dep_ == "ccomp" \
            and governed_by_reporting(verb.head):
        return verb.head
    return verb


def _announces_its_own_act(verb) -> bool:
    """"On 24 January, soldiers announced seizing power", « a annoncé lundi suspendre … »: a saying whose
    complement is a simple gerund or infinitive tells an act done as it is said, so the saying day is
    the event's day.  A finite clause ("said that a strike had killed") or a perfect ("announced having
    retaken", « annoncé avoir repris ») tells an earlier deed, dated within the week before."""
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.lemma_.lower() in _PERFECT_AUX or any(a.dep_.startswith("aux") and a.lemma_.lower() in _PERFECT_AUX
                                                   for a in c.children):
            return False
        return c.tag_ == "VBG" or "Inf" in c.morph.get("VerbForm")
    # the gerund right after the saying, misparsed as a noun's modifier ("announced seizing power" with
    # "seizing" a compound of "power"): the same act told as it is said
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ in ("compound", "amod") and nxt.lower_.endswith("ing") and nxt.head.head.i == verb.i:
        return True
    return _names_its_act(verb)


def _names_its_act(verb) -> bool:
    """"announced a blockade", "claimed an attack": an act-saying whose object is a thing is the act itself; an
    object told with its own verb ("reported 25 soldiers killed") or a clause ("said that…") is a deed before it."""
    if verb.lemma_.lower() not in _ACT_SAYINGS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    if any(o.lemma_.lower() in _TOLL_NOUNS for o in objects):
        return False  # "announced a toll of twelve dead", « a annoncé un bilan de douze militaires tués »: a report
    return bool(objects) and not any(g.pos_ in ("VERB", "AUX") and g.dep_ in ("acl", "relcl", "ccomp", "xcomp")
                                     and g.tag_ in ("VBN", "VBD") for o in objects for g in o.children)


def event_date(ctx: Context, s: Sentence, events: list[EventMention], inherited_from: EventMention | None) -> tuple[DateInterval | None, bool]:
    """(date, is_background) of the event the sentence tells (``_told_date``), never after the day of its report
    (``not_after_report``)."""
    date, background = _told_date(ctx, s, events, inherited_from)
    return (date if background else not_after_report(date, ctx.anchor)), background


# a day told after the report's own with the year slipped ("On 29 December 2024" in a note of 2 January 2024, the
# new year written too early) lies this close before the report in the year meant
_SLIPPED_YEAR_DAYS = 31


def not_after_report(d: DateInterval | None, anchor: DateInterval | None) -> DateInterval | None:
    """A deed cannot be told before it happens: a day that begins after the report's stated day with the year or
    the month slipped is mended.  The same day of the year before, within a month of the report, is the year meant
    ("On 12 March 2022" in a note of 12 March 2021, "On 29 December 2024" in one of 2 January 2024); a later month
    on the report's own day of the month is the report's day ("On 12 April 2021" in a note of 12 March 2021).  Any
    other later day stays as told (the report's date may be no more than when the copy was filed), and so do an
    undated report, a report dated only roughly, and a span that begins by the report."""
    if d is None or anchor is None or anchor.is_estimate or anchor.precision != Precision.day \
            or d.precision not in (Precision.day, Precision.week) or d.earliest <= anchor.latest:
        return d
    report = anchor.latest
    year_before = last_month_day(report, d.earliest.month, d.earliest.day)
    if year_before is not None and (report - year_before).days <= _SLIPPED_YEAR_DAYS:
        return DateInterval(earliest=year_before, latest=year_before, precision=Precision.day,
                            evidence=f"{d.evidence} (its year slipped)")
    if d.earliest.day == report.day:
        return DateInterval(earliest=report, latest=report, precision=Precision.day,
                            evidence=f"{d.evidence} (its month slipped)")
    return d


def _told_date(ctx: Context, s: Sentence, events: list[EventMention], inherited_from: EventMention | None) -> tuple[DateInterval | None, bool]:
    """(date, is_background). A date in the sentence wins (a year before the publication's: background); else the
    paragraph's previous event's date, else the event the sentence refers back to, else the anchor (not background)."""
    anchor = ctx.anchor
    credit_end = _dateline_end(s)
    here = [
        d for d in within_sentence(ctx, "dates", s)
        if not d.surface.lower().startswith("since") and not after_since(ctx, d.span.char_start)
        and d.span.char_end > credit_end and not _in_backstory(s, d) and not _in_violence_set_off(ctx, s, d)
        and not _in_dash_aside(s, d, credit_end)
    ]
    here = [d for d in here if not _later_death_day(s, d)] if len(here) > 1 else here
    if here and all(counted_back(d.surface, ctx.language) for d in here) and any(
            e.date is not None and same_paragraph(ctx, e, s) for e in events):
        # "… killed a farmer. The victim had been abducted the night before.": a step of the event just told,
        # which keeps its day (the offset counts from that event, not from the publication)
        here = []
    elif here and all(counted_back(d.surface, ctx.language) for d in here):
        told = _from_story_day(ctx, s, here, events)
        if told is not None:
            return told, False
    if here and all(said_on(s, d) for d in here) and (told := _paragraph_day(ctx, s, events)) is not None:
        # « Mardi 4 mars, le poste … a été attaqué … Au cours des combats ont été tués six soldats, a annoncé le
        # ministère dans un communiqué lu à la télévision nationale mercredi soir »: the only day is the saying's,
        # the deed's is the one the paragraph told before
        return told
    if here:
        if (killed := killing_before_finding(ctx, s, here)) is not None:  # (the dead found: the killing's day)
            return killed, False
        chosen = _date_among(s, here, ctx.language)
        d = acled_month_part(chosen.interval, ctx.language)
        tok = s.token_at(chosen.span.char_start, chosen.span.char_end)
        verb = clause_verb(tok) if tok is not None else None
        # (or a relative day counted from the day of the report: "On 11 March 2024, residents said that two days ago…")
        back = next((x for x in here if counted_back(x.surface, ctx.language) or counted_from_report(x.interval)), None)
        if back is not None and (back is chosen or verb is not None and governed_by_reporting(verb)
                                 or _dates_the_attack(ctx, s, back) or counts_from_the_saying_day(back, chosen)):
            # "On 12 May, residents reported that three days earlier…": the deed's own day, counted from the saying day;
            # a part of a month so counted ("said on 3 May that late last month…") is coded as any part of a month is
            return acled_month_part(back.interval, ctx.language), False
        # a day told beside the day of its saying ("On Monday, troops fought rebels…, the army said on
        # Thursday") is the deed's own
        said_apart = any(x is not chosen and said_on(s, x) for x in here) and not said_on(s, chosen)
        verb = _saying_above(s, verb, chosen)
        if verb is not None and governed_by_reporting(verb) and d.precision == Precision.day \
                and not _announces_its_own_act(verb) and not said_apart and not _coded_on_report(ctx, s, chosen):
            # "the army said on Friday that a strike had killed…": the event is on or before the
            # day it was reported, most likely within the week
            return DateInterval(
                earliest=d.earliest - dt.timedelta(days=7), latest=d.latest, precision=Precision.week,
                is_estimate=True, evidence=f"reported {d.earliest.isoformat()}",
            ), False
        background = (
            anchor is not None and d.precision == Precision.year and d.latest.year < anchor.earliest.year
        )
        return d, background
    m = YEAR_PHRASE.search(s.text)
    if m and not after_since(ctx, s.start + m.start(1)):
        year = int(m.group(1))
        if anchor is None or year < anchor.earliest.year:
            return year_interval(year, m.group(0)), True
    if SINCE_PERFECT.search(s.text):
        return None, True  # "Since the deployment…, the government has retaken…": history, undated
    year = _definite_reference_year(ctx, s)
    if year is not None and (anchor is None or year < anchor.earliest.year):
        return year_interval(year, f"the one of {year} named before"), True
    if (told := _paragraph_day(ctx, s, events)) is not None:
        return told
    lead = _lead_event_day(ctx, s, events) or lead_deed_day(ctx, s, events)  # (a lead telling its deed as a topic)
    if lead is not None:
        return lead, False
    if RESPONSE_OPENING.match(s.text.strip()) and events and events[-1].date is not None:
        # "In response, … severed ties": after the event just told, within about a month
        cause = events[-1].date
        return DateInterval(
            earliest=cause.earliest, latest=cause.latest + dt.timedelta(days=31), precision=Precision.month,
            is_estimate=True, evidence=f"in response to the event of {cause.earliest.isoformat()}",
        ), events[-1].modality == Modality.background
    return _referred_back(s, events, inherited_from) or (anchor, False)


def _paragraph_day(ctx: Context, s: Sentence, events: list[EventMention]) -> tuple[DateInterval, bool] | None:
    """The day the paragraph told before sentence ``s``: its latest dated event's, else a day opening or told in an
    earlier sentence of it (``_framing_date``, ``_lead_day``), or None."""
    # (the latest dated event searched from the end: scanning every event for each new one was quadratic)
    para_prev = next((e for e in reversed(events) if e.date is not None and same_paragraph(ctx, e, s)), None)
    if para_prev is not None:
        return para_prev.date, para_prev.modality == Modality.background
    framing = _framing_date(ctx, s) or _lead_day(ctx, s)
    return (framing, False) if framing is not None else None


def _referred_back(s: Sentence, events: list[EventMention], inherited_from: EventMention | None) -> tuple | None:
    """The day of the event a sentence refers back to: the one its sides came from, else the news told last when the
    French names its site again (« ont fait irruption sur le marché », as ``event_place`` places it), or None."""
    if inherited_from is not None:
        return (inherited_from.date, inherited_from.modality == Modality.background) \
            if inherited_from.date is not None and refers_back(s.text) else None
    if not names_the_struck_site_again(s.text):
        return None  # ("it had killed about 20 terrorists gathered near the town": the town, not the incident, again)
    told = next((e for e in reversed(events) if e.date is not None), None)
    return (told.date, False) if told is not None and told.modality != Modality.background else None


# an offset that qualifies the attack noun itself ("killed four soldiers, in an attack launched the day before",
# « lors d'une attaque menée la veille », "in an ambush that took place two days earlier"): the deed's own day,
# counted back from the day the sentence opens on, not that opening day
_ATTACK_DONE_BEFORE = re.compile(
    r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|strikes?|attaques?|assauts?|embuscades?|incursions?|frappes?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:that|which|qui)\s+(?:took\s+place|occurred|happened|a\s+eu\s+lieu|s['’]est\s+produite?)"
    r"|launched|carried\s+out|conducted|staged|mounted|perpetrated|lancée?s?|menée?s?|perpétrée?s?|survenue?s?|tendue?s?)\s*$",
    re.IGNORECASE)


def _dates_the_attack(ctx: Context, s: Sentence, back) -> bool:
    """Whether the offset back from a told day follows an attack noun and its verb of doing (``_ATTACK_DONE_BEFORE``)."""
    start = back.span.char_start
    return _ATTACK_DONE_BEFORE.search(ctx.document.text[max(s.start, start - 90):start]) is not None


# a relative clause in the pluperfect tells what its people had done before the event ("killed by gunmen who had
# entered the town the previous night", « des hommes armés qui avaient attaqué le village la veille »)
_BACKSTORY = re.compile(r"\b(?:who|which|that|whom|qui)\s+(?:had|avai(?:en)?t|étai(?:en)?t)\b[^,;:.()]*$", re.IGNORECASE)


def _in_backstory(s: Sentence, d) -> bool:
    """Whether date ``d`` dates a pluperfect relative clause's act: that backstory's day, not the event's (a bracket
    inside the clause, "who had occupied Madiama (Djenne, Mopti) in 2022", is read past)."""
    return _BACKSTORY.search(without_brackets(s.text), 0, max(0, d.span.char_start - s.start)) is not None


def without_brackets(text: str) -> str:
    """``text`` with each closed bracket blanked to spaces of its length: the "(Djenne, Mopti)" that ACLED's notes put
    after each place, or an aside, holds commas that would end the clause around it (offsets are kept)."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


# a spaced dash, which opens or closes an aside ("a relative of Harouna Dicko - killed in March - was neutralised")
_ASIDE_DASH = re.compile(r"\s[-–—]\s")


def _in_dash_aside(s: Sentence, d, credit_end: int) -> bool:
    """Whether date ``d`` sits in an aside between two spaced dashes: it dates what the aside tells of someone named
    before it, not the sentence's event."""
    before = s.text[max(0, credit_end - s.start):max(0, d.span.char_start - s.start)]
    after = s.text[max(0, d.span.char_end - s.start):]
    return len(_ASIDE_DASH.findall(before)) % 2 == 1 and _ASIDE_DASH.search(after) is not None


# the verbs of a victim's death ("died", "succumbed", « a succombé », « est décédé »)
_DYING = frozenset("die succumb décéder mourir succomber".split())


def _later_death_day(s: Sentence, d) -> bool:
    """Whether date ``d`` is a day counted on from the deed's, on which a victim died ("beat him unconscious; he died in
    hospital the following day", « il a succombé le lendemain »): ACLED codes the deed's day, its toll counting the
    later death."""
    if not counted_on(d.interval):
        return False
    tok = s.token_at(d.span.char_start, d.span.char_end)
    verb = clause_verb(tok) if tok is not None else None
    return verb is not None and verb.lemma_.lower() in _DYING


def _in_violence_set_off(ctx: Context, s: Sentence, d) -> bool:
    """Whether date ``d`` dates the violence the sentence's incident set off, told after it ("two farmers were
    killed, which sparked a weekend of violence in which six were killed during the weekend"): those later
    events' days, not the incident's (the casualty vocabulary's ``set_off`` words, which blank their dead too)."""
    set_off = re.compile(casualty_vocab(ctx.language)[0]["set_off"], re.IGNORECASE)
    return set_off.search(s.text, 0, max(0, d.span.char_start - s.start)) is not None


def _from_story_day(ctx: Context, s: Sentence, here: list, events: list[EventMention]) -> DateInterval | None:
    """An offset back with no day told before it in its paragraph ("The day before, a drone struck…", « La
    veille, … ») counted from the day of the story the article told last, not from the publication:
    news writes "yesterday" for the day before publication and "the day before" for the day before a
    told day.  None when the article told no day of its own."""
    anchor = ctx.anchor
    first = min(d.span.char_start for d in here)
    if anchor is None or any(d.interval.precision == Precision.day for d in within(ctx.dates, s.para.offset, first)):
        return None
    story = next((e.date for e in reversed(events) if e.date is not None and not e.date_from_publication
                  and e.modality != Modality.background and e.date.precision == Precision.day
                  and e.date.earliest == e.date.latest and e.date.latest < anchor.latest), None)
    if story is None:
        return None
    d = _date_among(s, here, ctx.language).interval
    shift = story.latest - anchor.latest
    return DateInterval(earliest=d.earliest + shift, latest=d.latest + shift, precision=d.precision,
                        is_estimate=d.is_estimate or story.is_estimate, evidence=f"{d.evidence} the day told before")


def _dateline_end(s: Sentence) -> int:
    """Where the sentence's opening wire dateline ends (its start when it has none): "BAMAKO, Oct 22
    (Reuters) -", "NIAMEY, 5 nov. (AFP) —"; its day is the day of filing, never the event's ("… killed
    nine miners on Tuesday")."""
    m = CREDITED_OPENING.match(s.text) or _UNCREDITED_DAY_OPENING.match(s.text)
    return s.start + m.end() if m else s.start


# a dateline in wire capitals with its day and no credit ("NIAMEY, March 4 —", « GAO (Mali), 14 novembre – »): local
# papers and agencies' own sites drop the credit, and the day is still the day of filing
_UNCREDITED_DAY_OPENING = re.compile(rf"^\s*{PLACE_CAPS}(?:\s*{CREDIT})?,\s*(?=[^\n]{{0,30}}?\d)[^()\n]{{3,30}}?{DASH}")


_RELATIVE = re.compile(r"\b(?:who|which|whom|qui|dont|lesquels|lesquelles)\b", re.IGNORECASE)
# the nouns that name an incident, in both languages (the deed-day rules name it again by one of them)
INCIDENT_NOUNS = (r"(?:attacks?|assaults?|raids?|ambush(?:es)?|killings?|murders?|massacres?|abductions?|kidnappings?|"
                  r"clash(?:es)?|fighting|strikes?|bombings?|explosions?|blasts?|incidents?|events?|executions?|"
                  r"attaques?|assauts?|embuscades?|tueries?|massacres?|meurtres?|assassinats?|enlèvements?|rapts?|"
                  r"affrontements?|combats|frappes?|explosions?|incidents?|faits|exécutions?)")
# a relative clause on the incident itself, up to the date: it tells the incident's own day, not another act's
# (« lors de l'attaque qui a visé mardi dernier le détachement », "the ambush which took place on Sunday"; English
# writes "that", which ``_RELATIVE`` never held)
_INCIDENT_RELATIVE = re.compile(rf"\b{INCIDENT_NOUNS}\s+(?:qui|which)\b[^,;:.()]*$", re.IGNORECASE)


def _in_other_acts_relative(before: str) -> bool:
    """Whether a date after ``before`` sits in a relative clause that tells an act of its own, not the incident's."""
    return _RELATIVE.search(before) is not None and _INCIDENT_RELATIVE.search(before) is None


def _in_description(s: Sentence, d) -> bool:
    """Whether date ``d`` sits in a participle that describes people or things ("five workers, kidnapped in January,
    were set free on Saturday", « enlevés en janvier »): it dates what made them so, not the news; a participle on
    the incident itself ("the attack, carried out on Sunday") dates the incident."""
    tok = s.token_at(d.span.char_start, d.span.char_end)
    verb = clause_verb(tok) if tok is not None else None
    return verb is not None and verb.dep_ == "acl" and (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm")) \
        and not re.fullmatch(INCIDENT_NOUNS, verb.head.text, re.IGNORECASE)


@lru_cache(maxsize=8)
def _cause_opening(language: str) -> re.Pattern | None:
    """The language's opening of a sentence on the earlier deed that led to its event (``CAUSE_OPENING``)."""
    opening = getattr(vocab(language), "CAUSE_OPENING", None)
    return re.compile(opening, re.IGNORECASE) if opening else None


def _in_cause_opening(s: Sentence, d, language: str) -> bool:
    """Whether date ``d`` sits in the sentence's opening on an earlier deed (``CAUSE_OPENING``: "Following the ambush
    of 2 May, …", "Already attacked on 3 January, …"), read past ACLED's brackets."""
    opening = _cause_opening(language)
    m = opening.match(without_brackets(s.text)) if opening is not None else None
    return m is not None and d.span.char_start - s.start < m.end()


def _date_among(s: Sentence, dates: list, language: str = "en"):
    """Of several dates in a sentence, the one not attached to a reporting verb ("told AFP on
    Wednesday, after militants launched an offensive over the weekend" → the weekend)."""
    if len(dates) > 1:
        # "Following the killing of a herder on 2 May 2024, militants returned on 20 May 2024…", « Après l'embuscade
        # du 3 décembre, … le 19 décembre »: the opening's day is the earlier deed's, the main clause's the event's
        dates = [d for d in dates if not _in_cause_opening(s, d, language) and not earlier_of_sequence(s, d, dates)] or dates
    if len(dates) > 1:
        told = [d for d in dates if said_on(s, d)]
        # a date in a relative clause dates that clause's act ("retaken Bourem from rebels who seized it at the weekend"),
        # not the reported one: then a day other than the saying's (« rapport daté du 15/05 … que le 05/04 ») is the guess
        own = [d for d in dates if d not in told and not _in_other_acts_relative(s.text[:d.span.char_start - s.start])]
        dates = [d for d in own if not _in_description(s, d)] or own or dates
    for d in dates:
        tok = s.token_at(d.span.char_start, d.span.char_end)
        if tok is None:
            continue
        if not governed_by_reporting(clause_verb(tok)):
            return d
    return dates[0]


def _framing_date(ctx: Context, s: Sentence) -> DateInterval | None:
    """A date that opens an earlier sentence of the same paragraph ("Last month, the UN said…")
    frames what follows in that paragraph."""
    for prev in reversed(sentences(ctx)[: s.index]):
        if prev.para_index != s.para_index:
            break
        opening = [d for d in within_sentence(ctx, "dates", prev, prev.start, min(prev.end, prev.start + 25))]
        if opening and not after_since(ctx, opening[0].span.char_start):
            return opening[0].interval
    return None


def _lead_day(ctx: Context, s: Sentence) -> DateInterval | None:
    """The day an earlier sentence of the paragraph told, where that sentence reported no event of its own:
    a wire's lead tells the incident and its day in words the event finder may not read as an event
    (« Le détachement de X a été la cible d'une attaque en fin de semaine. Les soldats ont repoussé les
    assaillants… »), and the sentences after it tell that incident.  Only a day or a week (a month or a year
    frames a background), never the day of a saying ("the army said on Monday")."""
    for prev in reversed(sentences(ctx)[: s.index]):
        if prev.para_index != s.para_index:
            break
        if any(e.span.char_start == prev.start for e in ctx.events_so_far):
            return None  # that sentence's own event dates what follows it (``para_prev``), not its words
        # (not the day of an earlier deed the sentence opens on or recalls: "Already raided on 3 May, the market…")
        told = [d for d in within_sentence(ctx, "dates", prev)
                if d.interval.precision in (Precision.day, Precision.week) and not said_on(prev, d)
                and not _in_cause_opening(prev, d, ctx.language) and not _in_backstory(prev, d)
                and not after_since(ctx, d.span.char_start) and not d.surface.lower().startswith("since")]
        if told:
            return told[0].interval
    return None


def _lead_event_day(ctx: Context, s: Sentence, events: list[EventMention]) -> DateInterval | None:
    """The day of the event told in the paragraph right before, for a sentence opening the next paragraph that
    names no date and no other place: wire copy tells the incident and its day in its lead and how it unfolded
    after it (« … ont été tués lundi dernier à Tillia. ¶ Les assaillants, venus à moto, ont ouvert le feu sur
    les commerçants… »); the publication day would split one incident in two."""
    if s.index == 0 or not events or ctx.attributions.get(s.index) is not None:
        return None  # (a party's statement told later may cover other days: "repelled attacks over the past week")
    if not opens_next_paragraph(ctx, s):
        return None  # not the paragraph's opening sentence, or no paragraph right before it
    last = events[-1]
    before = sentences(ctx)[s.index - 1]
    anchor = ctx.anchor
    if last.modality == Modality.background or last.date is None or last.date.precision != Precision.day \
            or not same_paragraph(ctx, last, before) or (anchor is not None and last.date == anchor):
        return None
    own = last.place.place_id if last.place is not None else None
    if any(p.place_id != own for p in places_in(ctx, s) if not is_country(p)):
        return None  # another place: maybe another incident
    return last.date


def year_interval(year: int, evidence: str) -> DateInterval:
    return DateInterval(
        earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31), precision=Precision.year, evidence=evidence
    )


# the opening every thing introduced with a year has ("a 2014 … agreement"): what the search per noun below starts with
_DEFINITE_YEAR = re.compile(r"\b(?:a|an|the|its|their)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _definite_reference_year(ctx: Context, s: Sentence) -> int | None:
    """The year of a thing the sentence names definitely and the previous sentence introduced with
    a year: "… violating a 2014 Algiers ceasefire and security agreement. The CMA and the government
    signed the agreement …" → 2014 (the signing is that agreement's, not the article's news)."""
    if s.index == 0:
        return None
    prev = sentences(ctx)[s.index - 1]
    if prev.para_index != s.para_index or not _DEFINITE_YEAR.search(prev.text):
        return None  # (no year told with an article: no pattern per noun to build and run)
    for tok in s.sent:
        if tok.pos_ != "NOUN" or not any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in tok.children):
            continue
        m = re.search(rf"\b(?:a|an|the|its|their)\s+((?:19|20)\d\d)\b[^.;]{{0,60}}?\b{re.escape(tok.lemma_.lower())}s?\b",
                      prev.text, re.IGNORECASE)
        if m:
            return int(m.group(1))
    return None


def opens_next_paragraph(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` is the first sentence of its paragraph and the sentence before it ends the paragraph right
    before: where wire copy goes on telling the incident its lead told (its toll, how it unfolded)."""
    sents = sentences(ctx)
    return 0 < s.index and sents[s.index - 1].para_index == s.para_index - 1 \
        and all(p.para_index != s.para_index for p in sents[: s.index])


def same_paragraph(ctx: Context, e: EventMention, s: Sentence) -> bool:
    """Whether event ``e`` was told in the paragraph of sentence ``s`` (dating and tolls both ask)."""
    para = s.para
    ends = ctx.cache.paragraph_ends
    end = ends.get(s.para_index)
    if end is None:
        doc = para.doc
        # O(1) paragraph length: ``len(doc.text)`` rebuilds the paragraph's text from every token on
        # each call, which made long single paragraphs quadratic (minutes for a 20 KB paragraph)
        end = ends[s.para_index] = para.offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
    return para.offset <= e.span.char_start < end
