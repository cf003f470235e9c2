"""Background is not an event: sentences that refer to the past mark their mentions as background.

News copy recalls earlier events to frame the news ("has not appeared in public since the April
offensive", "after the 2012 rebellion", "the attack last month", "depuis le début de l'année").
Such a mention is a *reference*: fusion attaches it to the stored event it points at and otherwise
makes no event of it (``sitrep.fuse.core``).  This stage, run after the event finder, labels those
mentions ``Modality.background`` and gives them the past window the phrase names (a month, a year)
when the sentence itself dated nothing, and records two facts fusion reads:

- ``date_from_publication``: the mention's date is only the article's own day (its text dates
  nothing), so the event is on or before that day;
- ``separate``: the text sets the incident apart from another told nearby ("in a separate attack",
  « une autre attaque »), so two reports at one place on one day stay two events.

Territorial statements of control ("held by the army since 2013") are left to ``event_outcomes``:
they are background too, but they carry who held a place, which control needs.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.calendar_days import month_end, year_of_past_month
from sitrep.analyse.dates import counted_from_report
from sitrep.analyse.durative import durative_or_habitual, holds_a_wide_area, names_a_day
from sitrep.analyse.recalled_clause import PLUPERFECT_RECALL
from sitrep.analyse.undated_news import news_weekday_at, tells_news_by_weekday
from sitrep.knowledge.months import another_month, month_number
from sitrep.model import DateInterval, EventMention, Modality, Precision

_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
_EVENT_NOUN = (r"(offensive|attacks?|assault|coup|putsch|rebellion|uprising|insurgency|takeover|capture|war|crisis|"
               r"raid|massacre|killings?|fighting|clashes|operation|kidnapping|abduction|elections?|"
               r"attaques?|rébellion|rebellion|coup d'[ée]tat|prise|guerre|crise|massacre|tuerie|combats|op[ée]ration|enl[èe]vement)")

# a past event named as a time reference: "since the April offensive", "after the 2012 rebellion"
# ("after the attack" alone is how news narrates its own event: "after" needs a month or a year)
_SINCE_EVENT = re.compile(
    rf"\b(?:since|depuis)\s+(?:the|its|their|a|l'|l’|la|le|les|sa|son|leur)\s*"
    rf"(?:(?P<month>{_MONTH})\s+|(?P<year>(?:19|20)\d\d)\s+|[\w'’-]+\s+){{0,2}}{_EVENT_NOUN}\b"
    rf"|\b(?:after|following|before|apr[èe]s|avant)\s+(?:the|its|their|l'|l’|la|le|les)\s*"
    rf"(?:(?P<month2>{_MONTH})|(?P<year2>(?:19|20)\d\d))\s+(?:[\w'’-]+\s+)?{_EVENT_NOUN}\b"
    rf"|\b(?:after|following|apr[èe]s)\s+(?:the|l'|l’|la|le|les)\s*{_EVENT_NOUN}\s+(?:of|de|d')\s*(?P<year3>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a state held since a past time: "since 2013", "since July 2023", "depuis le début de l'année"
_SINCE_TIME = re.compile(
    rf"\b(?:since|depuis)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|le\s+d[ée]but\s+de\s+)?"
    rf"(?:l'ann[ée]e\s+|the\s+year\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?:since|depuis)\s+(?:the\s+(?:start|beginning)\s+of\s+the\s+year|le\s+d[ée]but\s+de\s+l'ann[ée]e)\b"
    rf"|\b(?:since|depuis)\s+(?:the\s+military|the\s+army|the\s+junta|les\s+militaires|la\s+junte)\s+"
    rf"(?:seized|took|came\s+to|a\s+pris|ont\s+pris|est\s+arriv)"
    # a standing state: "under blockade for years", « soumise depuis plusieurs années à un blocus »
    rf"|\b(?:depuis|pendant)\s+(?:plusieurs|des|de\s+longues|quelques)\s+ann[ée]es\b"
    rf"|\bfor\s+(?:several|many|some)\s+years\b|\bfor\s+years\b",
    re.IGNORECASE,
)

# an event placed in an earlier period: "the attack last month", « l'attaque du mois dernier »
_LAST_PERIOD = re.compile(
    r"\b(?:last|previous)\s+(?P<unit>month|year)\b|\b(?P<unit2>month|year)s?\s+ago\b|\bearlier\s+this\s+year\b"
    r"|\b(?:du|le)\s+(?P<unit3>mois)\s+(?:dernier|pr[ée]c[ée]dent)\b|\bl'(?P<unit4>ann[ée]e)\s+(?:derni[èe]re|pass[ée]e)\b"
    r"|\bl'an\s+dernier\b",
    re.IGNORECASE,
)
# how a power came about: "came to power in 2022", « arrivé au pouvoir en 2022 »
# or "after the coup": the coup framing the news, not news itself
_CAME_TO_POWER = re.compile(r"\b(?:came|rose|seized)\s+(?:to\s+)?power\b|\barriv[ée]e?s?\s+au\s+pouvoir\b|\bpris\s+le\s+pouvoir\b"
                            r"|\b(?:after|following|since|apr[èe]s|depuis)\s+(?:the|its|le|la|l['’])\s*(?:military\s+)?"
                            r"(?:coup|putsch|coup\s+d['’][ée]tat)\b(?!\s+(?:attempt|tent))",
                            re.IGNORECASE)
# the text sets this incident apart from another: "in a separate attack", « une autre attaque »
_SEPARATE = re.compile(
    r"\b(?:in\s+)?(?:a\s+)?separate\s+(?:attack|incident|raid|ambush|strike|assault|clash|blast|explosion)\b"
    r"|\b(?:another|a\s+second|a\s+further)\s+(?:attack|incident|raid|ambush|strike|assault|clash|blast|explosion)\b"
    r"|\b(?:une\s+autre|une\s+seconde|une\s+deuxi[èe]me)\s+(?:attaque|embuscade|frappe|explosion|incursion)\b"
    r"|\b(?:un\s+autre|un\s+second|un\s+deuxi[èe]me)\s+(?:incident|raid|assaut|accrochage)\b"
    r"|\battaque\s+distincte\b|\bdistinct\s+(?:attack|incident)\b",
    re.IGNORECASE,
)

# the state agencies' recap of their earlier news, leading a sentence that dates nothing itself:
# "Earlier, Malian authorities announced…", "Previously, …", « Auparavant, … », « Plus tôt, … »
_EARLIER_NEWS = re.compile(r"\s*(?:earlier|previously|prior\s+to\s+that|auparavant|plus\s+t[ôo]t|pr[ée]c[ée]demment)\s*,",
                           re.IGNORECASE)

_TRANSFERS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})


# a statement told as made back then ("The army said at the time that it had killed 20 terrorists", « avait affirmé à
# l'époque »): a recollection of what was said when the incident was news, not news of the article's day
_BACK_THEN = re.compile(r"\bat\s+the\s+time\b(?!\s+of\s+(?:writing|publication|going\s+to\s+press))"
                        r"|\bà\s+l['’]époque\b|\bà\s+ce\s+moment-là\b", re.IGNORECASE)


def recaps_earlier_news(sentence: str) -> bool:
    """The sentence opens as an agency's recap of its earlier news ("Earlier, …", « Auparavant, … ») or tells what was
    said back then ("said at the time that …", « à l'époque »)."""
    return bool(_EARLIER_NEWS.match(sentence) or _BACK_THEN.search(sentence))


def _month_window(month: int, anchor: DateInterval) -> DateInterval:
    """The latest such month on or before the anchor (a month named as past)."""
    year = year_of_past_month(anchor.latest, month)
    first = dt.date(year, month, 1)
    last = month_end(year, month)
    return DateInterval(earliest=first, latest=last, precision=Precision.month, is_estimate=True,
                        evidence=f"a past {first:%B}")


def _previous(unit: str, anchor: DateInterval) -> DateInterval:
    day = anchor.earliest
    if unit.startswith(("month", "mois")):
        last = day.replace(day=1) - dt.timedelta(days=1)
        return DateInterval(earliest=last.replace(day=1), latest=last, precision=Precision.month, is_estimate=True,
                            evidence="the previous month")
    return DateInterval(earliest=dt.date(day.year - 1, 1, 1), latest=dt.date(day.year - 1, 12, 31),
                        precision=Precision.year, is_estimate=True, evidence="the previous year")


def past_reference(text: str, anchor: DateInterval | None) -> tuple[bool, DateInterval | None]:
    """(whether ``text`` refers to a past event as background, the window it names or None)."""
    m = _SINCE_EVENT.search(text) or _SINCE_TIME.search(text)
    if m:
        g = m.groupdict()
        month = g.get("month") or g.get("month2") or ""
        year = g.get("year") or g.get("year2") or g.get("year3")
        if year:
            y = int(year)
            if month:
                mo = month_number(month) or 1
                last = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
                return True, DateInterval(earliest=dt.date(y, mo, 1), latest=last, precision=Precision.month,
                                          evidence=m.group(0)[:80])
            return True, DateInterval(earliest=dt.date(y, 1, 1), latest=dt.date(y, 12, 31), precision=Precision.year,
                                      evidence=m.group(0)[:80])
        if month and anchor is not None:
            return True, _month_window(month_number(month) or 1, anchor)
        return True, None
    m = _LAST_PERIOD.search(text)
    if m:
        unit = next((u for u in (m.group("unit"), m.group("unit2"), m.group("unit3"), m.group("unit4")) if u), "year")
        return True, _previous(unit, anchor) if anchor is not None else None
    if _CAME_TO_POWER.search(text):
        return True, None
    return False, None


def _is_anchor_date(m: EventMention, anchor: DateInterval | None) -> bool:
    """The mention's date is the article's stated day (an estimated publication window already
    spans the uncertainty: it is not stretched further)."""
    d = m.date
    return (d is not None and anchor is not None and not anchor.is_estimate and anchor.precision == Precision.day
            and d.earliest == anchor.earliest and d.latest == anchor.latest and d.evidence == anchor.evidence)


# the words that set a past event beside the news as its precedent
_PRECEDENT = re.compile(
    r"\b(?:similar|comparable|reminiscent|recall(?:s|ing)?|echo(?:es|ing)|mirror(?:s|ing)|already|d[ée]j[àa]"
    # the same place named again: "an attack on the same base", « le même camp »
    r"|same\s+(?:base|camp|town|village|site|place|area|garrison)|m[êe]me\s+(?:camp|ville|localit[ée]|village|site)"
    r"|similaires?|semblables?|rappel(?:le|lent|ant)|comme\s+(?:celui|celle|ceux|celles)|à\s+l'image\s+d[eu])\b",
    re.IGNORECASE,
)

# how far before its article an event may lie and still be the article's news (reports of a
# massacre can take weeks to come out; a recalled event is usually months or years old)
RECALLED_AFTER = dt.timedelta(days=60)


def _long_before(date: DateInterval | None, anchor: DateInterval | None) -> bool:
    """The text dates the event wholly more than ``RECALLED_AFTER`` before the article's day."""
    return date is not None and anchor is not None and date.latest < anchor.earliest - RECALLED_AFTER


def _first_news_at(ctx, events: list[EventMention]) -> int | None:
    """Where a stated-day article first tells recent news (a report its text or its day dates
    within ``RECALLED_AFTER`` of the article's day; with none, the first weekday its body tells
    something by: "Tuesday's assault on the army camp in Mondoro … is a reminder that…", an
    analysis whose news the event finder reads as framing, not as a report), or None (an explainer
    whose day is only estimated, or an article with no recent news)."""
    anchor = ctx.anchor
    if anchor is None or anchor.is_estimate or anchor.precision != Precision.day:
        return None
    recent = [m.span.char_start for m in events
              if m.modality not in (Modality.background, Modality.denied) and m.date is not None
              and not _long_before(m.date, anchor)]
    if recent:
        return min(recent)
    document = getattr(ctx, "document", None)  # (a bare context of dated mentions has no text to read)
    return news_weekday_at(document.text) if document is not None else None


# a report dated only by its month ("En octobre, des jihadistes avaient tué…") told after the news:
# a month that ended a month before the article's day is another month's deed, not a late report
RECALLED_MONTH_AFTER = dt.timedelta(days=30)


def _another_months_deed(date: DateInterval | None, anchor: DateInterval | None) -> bool:
    """The text dates the event only by a month (or a year) that ended ``RECALLED_MONTH_AFTER``
    before the article's day: none of its months is one of the news' (those of the article's day and of
    the ``RECALLED_MONTH_AFTER`` before it), and it lies before them."""
    if date is None or anchor is None or date.precision not in (Precision.month, Precision.year):
        return False
    news = _months_between(anchor.earliest - RECALLED_MONTH_AFTER, anchor.earliest)
    return date.latest < anchor.earliest and another_month(_months_between(date.earliest, date.latest), news)


def _months_between(first: dt.date, last: dt.date) -> set[tuple[int, int]]:
    """(year, month) of every month the days from ``first`` to ``last`` touch."""
    return {(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)
            if (first.year, first.month) <= (y, m) <= (last.year, last.month)}


def _told_after_the_news(ctx, m: EventMention, news_at: int | None, news_day: DateInterval | None = None) -> bool:
    """A report its own text dates long before a dated article's day, told in a paragraph after
    the one that first tells the news: the closing paragraph of wire copy that recalls an earlier
    incident ("On March 3, 2025, six soldiers were killed when their vehicle struck a mine near
    Tessalit."), background with no cue word.  So is one dated only by a month that ended before the
    month of the news's own day ("At least 14 soldiers were killed on Sunday [25 November] ... In
    October, JNIM fighters killed 16 soldiers in an ambush near Hombori"): wire copy dates its news by the
    day and its recalled incidents by the month.  An explainer that narrates the past first, or
    whose day is estimated, keeps its past events."""
    if news_at is None or m.date_from_publication:
        return False
    if not (_long_before(m.date, ctx.anchor) or _another_months_deed(m.date, ctx.anchor)
            or _before_the_news_month(m.date, news_day) or _pluperfect_before_the_news(ctx, m, news_day)
            or _listed_before_the_news(ctx, m, news_day)):
        return False
    return _in_a_later_paragraph(ctx, m, news_at)


# a deed told in the pluperfect (« des hommes armés avaient tendu une embuscade », "gunmen had ambushed"): the tense
# sets it before the story's own past
_PLUPERFECT = r"\b(?:avai(?:en)?t|étai(?:en)?t|had)\s+(?:[\w'’-]+\s+){{0,2}}?{}"


def _pluperfect_before_the_news(ctx, m: EventMention, news_day: DateInterval | None) -> bool:
    """A later paragraph's deed told in the pluperfect and dated by its own text wholly before the news's day
    (« Deux semaines plus tôt, des hommes armés avaient tendu une embuscade … près de X, tuant trois gendarmes »):
    an earlier incident the story recalls, not its news."""
    if news_day is None or m.date is None or m.date.latest >= news_day.earliest or not m.trigger:
        return False
    verb = re.escape(m.trigger.split()[0])
    return re.search(_PLUPERFECT.format(verb), ctx.text(m.span), re.IGNORECASE) is not None


# a list item opening its line ("- On Jan. 20, seven soldiers were killed ...", "• 4 janvier : ..."): a timeline's entry
_LISTED_BEFORE = dt.timedelta(days=7)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*▪●]|\d{1,2}[.)])[ \t]+")


def _listed_before_the_news(ctx, m: EventMention, news_day: DateInterval | None) -> bool:
    """A deed told as an item of a list (a timeline under "The attack is the latest in a series ...:") and dated
    wholly before the news's own day (else a week before the article's): an earlier incident the story lists."""
    before = news_day.earliest if news_day is not None else \
        ctx.anchor.earliest - _LISTED_BEFORE if ctx.anchor is not None else None
    if before is None or m.date is None or m.date.latest >= before:
        return False
    text = ctx.document.text
    line_start = text.rfind("\n", 0, m.span.char_start) + 1
    return _LIST_ITEM.match(text, line_start) is not None


def _before_the_news_month(date: DateInterval | None, news_day: DateInterval | None) -> bool:
    """``date`` is only a month (or a year) that ended before the month of the news's own day."""
    return (date is not None and news_day is not None and date.precision in (Precision.month, Precision.year)
            and date.latest < news_day.earliest.replace(day=1))


def _news_day(events: list[EventMention], news_at: int | None) -> DateInterval | None:
    """The day the article's first news is dated to by its own text (None: not a day, or no news)."""
    first = next((m for m in events if m.span.char_start == news_at and m.modality != Modality.background), None)
    d = first.date if first is not None else None
    return d if d is not None and d.precision == Precision.day and not first.date_from_publication else None


def _in_a_later_paragraph(ctx, m: EventMention, news_at: int) -> bool:
    """Whether ``m`` is told after the news that starts at ``news_at``, in a paragraph of its own."""
    return m.span.char_start > news_at and "\n" in ctx.document.text[news_at:m.span.char_start]


def _undated_news_at(ctx, events: list[EventMention]) -> int | None:
    """Where an article with no stated day (undated, or its day estimated) first tells news by its
    weekday alone, or None."""
    if ctx.anchor is not None and not ctx.anchor.is_estimate:
        return None
    told = [m.span.char_start for m in events
            if m.modality not in (Modality.background, Modality.denied) and (m.date is None or m.date.is_estimate)
            and tells_news_by_weekday(ctx.text(m.span))]
    return min(told) if told else None


def _recalled_in_undated(ctx, m: EventMention, news_at: int | None) -> bool:
    """In an undated relay that tells its news by the weekday (« des combats qui ont opposé mardi … »), a later
    paragraph's deed dated by its month or year (« issu de la fusion, en novembre 2024, des groupes armés »,
    "In November 2021, its fighters killed...") is the group's history, not the news: background, so the news is
    neither dated with it nor joined to it."""
    if news_at is None or m.date is None or m.date.is_estimate or m.date.precision not in (Precision.month, Precision.year):
        return False
    return _in_a_later_paragraph(ctx, m, news_at)


def _trigger_only_recalled(text: str, trigger: str) -> bool:
    """Every occurrence of the mention's trigger in its sentence lies in a pluperfect relative recalling an earlier
    incident (with a comma, "…, a day after an attack on a post", the sentence's own deed may still be the news)."""
    if not trigger:
        return False
    starts = [m.start() for m in re.finditer(re.escape(trigger), text)]
    clauses = [(m.start(), m.end()) for m in PLUPERFECT_RECALL.finditer(text)]
    return bool(starts) and all(any(a <= i and i + len(trigger) <= b for a, b in clauses) for i in starts)


# a standing presence told as a state ("are deployed", "has been stationed", « sont déployés », « est présente »), not a
# deed ("severed diplomatic ties with Ukraine" is one, whatever the countries it names)
_PRESENCE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|remains?|stays?)\s+(?:\w+\s+){0,2}"
    r"(?:deployed|present|stationed|based|active|operating)\b"
    r"|\b(?:est|sont|a\s+été|ont\s+été|reste|restent|demeure|demeurent)\s+(?:\w+\s+){0,2}"
    r"(?:déployée?s?|présente?s?|stationnée?s?|basée?s?|active?s?)\b", re.IGNORECASE)


def _presence_across_countries(ctx, m: EventMention, text: str) -> bool:
    """A strategic development told over several countries at once as a presence ("Russian instructors are deployed
    in Mali, Burkina Faso and Niger", « déployés au Mali, au Burkina Faso et au Niger ») with no day of its own: a
    state of the region, not a development at one place."""
    if m.event_type != "Strategic developments" or names_a_day(text) or not _PRESENCE.search(text):
        return False
    places = getattr(ctx, "places", None) or []
    countries = {p.country for p in places if (p.feature_code or "").startswith("PCL") and p.country
                 and m.span.char_start <= p.span.char_start < m.span.char_end}
    return len(countries) >= 2


def mark_background(ctx, events: list[EventMention]) -> list[EventMention]:
    """``events`` with past references labelled background (see the module docstring); the
    mentions are updated in place and returned."""
    anchor = ctx.anchor
    for m in events:
        m.date_from_publication = _is_anchor_date(m, anchor)
    news_at = _first_news_at(ctx, events)
    news_day = _news_day(events, news_at)
    undated_news_at = _undated_news_at(ctx, events)
    for m in events:
        text = ctx.text(m.span)
        from_publication = m.date_from_publication  # (set above; only this iteration's end may change it)
        in_anchor = m.date is not None and anchor is not None and m.date == anchor
        m.separate = bool(_SEPARATE.search(text))
        if m.modality == Modality.denied:
            continue
        if _trigger_only_recalled(text, m.trigger):
            # the deed found is the incident a clause recalls (« après l'attaque qui avait fait dix morts la
            # semaine dernière »), not the sentence's own: a reference to an earlier event
            m.modality = Modality.background
            m.date, m.date_from_publication = past_reference(text, anchor)[1], False
            continue
        if ((_long_before(m.date, anchor) and _PRECEDENT.search(text)) or _told_after_the_news(ctx, m, news_at, news_day)
                or _recalled_in_undated(ctx, m, undated_news_at)):
            # an earlier event the text compares the news with ("a similar blockade in September
            # 2025", « rappelle celui imposé en septembre 2025 ») is recalled to frame it, and so is
            # an older incident told after the news (``_told_after_the_news``); an explainer's
            # narrative of past events ("In July 2024, fighters ambushed…") is not
            # a place that changed hands back then ("In November 2023, the army regained Kidal") is
            # recalled the same way: its own dated day, not a held-since state, so no event either
            m.modality = Modality.background
            continue
        if from_publication and recaps_earlier_news(text):
            # "Earlier, the authorities announced that the army had restored control of X": the
            # agency's recap of its previous news (any kind, a change of hands too), undated here
            m.modality = Modality.background
            m.date, m.date_from_publication = None, False
            continue
        if m.sub_event_type in _TRANSFERS and not (holds_a_wide_area(text) and not names_a_day(text)):
            continue  # held-since statements of control are ``event_outcomes``'s (see the docstring)
        if _presence_across_countries(ctx, m, text):
            # "The Africa Corps ... has been deployed in several countries of the Sahel, including Mali, Burkina Faso and
            # Niger": a standing presence over a region of states frames the news; no single place, no event
            m.modality = Modality.background
            m.date, m.date_from_publication = None, False
            continue
        if durative_or_habitual(text, m.trigger) and not names_a_day(text):
            # a state lasting years or a habit ("has been fighting jihadists for a decade", « attaquent
            # régulièrement »): the conflict's framing, not one deed (``sitrep.analyse.durative``); a day
            # it took from the news told before it is not its own
            m.modality = Modality.background
            m.date, m.date_from_publication = past_reference(text, anchor)[1], False
            continue
        if not from_publication and m.date is not None and m.date.precision in (Precision.day, Precision.week):
            continue  # dated to a recent day by its own text ("on Tuesday, the first attack since 2013"): news
        if m.date is not None and counted_from_report(m.date):
            # "On 5 July, an official said that last month militants killed…": the period is the deed's own date,
            # counted from the report the sentence tells, not a reference to an earlier event
            continue
        past, window = past_reference(text, anchor)
        if not past:
            continue
        m.modality = Modality.background
        if in_anchor or m.date is None:
            # the article's day is not when a recalled event happened
            m.date = window
            m.date_from_publication = False
    return events
