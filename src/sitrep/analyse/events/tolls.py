"""Tolls told apart from their event: in the sentences that follow it, and shared between events.

Coders' notes and wire copy tell the incident first and its dead afterwards ("On 5 July, two families
clashed over a land dispute in X. Three people were killed and several others wounded."; "... fought
herders in X. One killed."). ACLED codes those dead on the incident.  A later sentence of the same
paragraph that reports deaths and nothing new (no other place, no other perpetrator, no "separate
attack") is folded into the event told before it: its toll becomes that event's, and the event's
span grows over the sentence, so the toll's phrase stays inside the text it is quoted from.

ACLED's own notes also say when one toll was divided between several coded events ("Fatalities
are split across five events."): each event then carries its share.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.context import Context
from sitrep.analyse.summed_tolls import summed_over_incidents
from sitrep.analyse.events.args import Sentence, sentences as sentences_of
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.codebook_developments import carries_no_dead, NO_DEAD_PROTESTS
from sitrep.analyse.events.dating import opens_next_paragraph, same_paragraph
from sitrep.analyse.events.mentions import actors_in, is_country, places_in
from sitrep.analyse.events.road_spot import measured_near
from sitrep.analyse.events.toll_sources import (CAPITAL_SPEAKS, dead_named, own_dead_admitted, phrase_span, rival_teller,
                                                 TOLL_SOURCE, told_before_toll)
from sitrep.analyse.events.killing_after import killing_told_after
from sitrep.analyse.events.own_side_tolls import after_how_it_went, block_opening, own_side_told_next, party_counts_next, \
    asserts_what_is_denied, one_camp
from sitrep.analyse.events.types import PROTESTS, RIOTS
from sitrep.analyse.fatalities import NONE_REPORTED, coder_figure, find_fatalities, number_words, stated_no_deaths
from sitrep.analyse.new_totals import tells_new_total, wounded_inside_new_total
from sitrep.analyse.fatality_victims import SHARE_OPENERS
from sitrep.analyse.fatality_words import vocab as casualty_vocab
from sitrep.analyse.side_tolls import label_before, names_a_side, summed, uncounted
from sitrep.knowledge.armed_people import armed_forms, state_side_forms
from sitrep.model import EventMention, Fatalities, Modality

# "Ten assailants were also killed": a toll added to the one already told, not a restatement of it
# and the dead of later days: the wounded who died afterwards ("Two more died later of their wounds", "Another three
# died in hospital", « Deux blessés ont succombé le lendemain ») are summed with the incident's toll, as ACLED updates it
_COUNT_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|a few|many)"
# and the bystanders a fight's fire killed ("Three civilians were caught in the crossfire and died", « des civils pris entre
# deux feux »), dead of no side the fight's toll counted
_ALSO = re.compile(r"\b(?:also|too|as well|également|aussi|de leur côté|on the other side|"
                   r"among\s+the\s+(?:attackers|assailants|militants|gunmen|jihadists|insurgents|raiders|terrorists)|"
                   r"caught\s+in\s+(?:the\s+)?cross-?fire|stray\s+(?:bullets?|rounds?|fire)|pris\s+entre\s+deux\s+feux|"
                   r"tirs\s+croisés|balles\s+perdues|"
                   rf"parmi les assaillants|of the (?:assailants|attackers)|{_COUNT_WORD}\s+more(?!\s+than)|another\s+{_COUNT_WORD}|"
                   r"(?:later|subsequently)\s+died|died\s+later|succumbed|of (?:the|their|his|her) (?:wounds|injuries)|in hospital|"
                   r"of\s+the\s+(?:wounded|injured)\s+(?:\w+\s+)?died|of\s+whom\s+(?:\w+\s+)?died|"
                   r"succombé|des suites de|autres\s+(?:\w+\s+)?(?:ont|sont)\s+(?:\w+\s+)?(?:décédée?s|morte?s|péri))\b",
                   re.IGNORECASE)
# the attackers' own dead, told after the incident ("Two of the assailants were killed by armed residents", « Trois
# assaillants ont été abattus par les chasseurs »): the incident's toll, whoever killed them, as ACLED sums both sides
_ATTACKERS_DEAD = re.compile(r"\b(?:of|among)\s+the\s+(?:assailants|attackers|militants|gunmen|jihadists|insurgents|raiders)\b"
                             r"|\bparmi\s+les\s+(?:assaillants|jihadistes|djihadistes|terroristes|hommes armés)\b"
                             r"|^\s*(?:\S+\s+){0,3}?(?:assaillants|attaquants)\b", re.IGNORECASE)
# a sentence that sets its deaths apart from the incident told before
_APART = re.compile(r"\b(?:separate|another|other|earlier|later|previous|distinct|autre|séparée?|précédente?)\s+"
                    r"(?:\w+\s+)?(?:attack|incident|clash|ambush|raid|event|attaque|incident|embuscade|affrontement)"
                    r"|\b(?:incident|attaque|embuscade|affrontement)\s+(?:séparée?|distincte?)\b"
                    r"|\b(?:separately|elsewhere|meanwhile|par ailleurs|ailleurs)\b", re.IGNORECASE)
# deaths of an incident the sentence refers to by name ("after the Inata attack, which caused the
# death of 53 people"): an earlier event, not the one told before
_REFERRED = re.compile(r"\b(?:after|since|following|before|depuis|après)\s+(?:the|l[ae']|les)\s*(?:[\w'’-]+\s+){0,3}?"
                       r"(?:attack|massacre|ambush|killings?|attaque|massacre|embuscade)s?\b"
                       r"|\b(?-i:the\s+[A-Z][\w'’-]+\s+(?:attack|massacre|ambush|killings))\b", re.IGNORECASE)
# "Fatalities split across 2 events", "fatalities coded across three events", "the fatalities are divided between
# the four events", "deaths spread evenly over 3 separate events"
_SPLIT = re.compile(r"\b(?:fatalities|deaths|the\s+toll)\s+(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?"
                    r"(?:split|divided|distributed|spread|coded|shared)\s+(?:evenly\s+|equally\s+)?"
                    r"(?:across|between|among|over|into)\s+(?:the\s+|these\s+)?(?:(?!this\b|that\b|one\b)(?P<n>\d+|[a-z]+)\s+)?"
                    r"(?:coded\s+|separate\s+|related\s+|different\s+)?(?:events?|locations|places)\b",
                    re.IGNORECASE)
# "fatalities are divided between this event and the attack on X", "split between this and the following event": two
_SPLIT_PAIR = re.compile(r"\b(?:fatalities|deaths|the\s+toll)\s+(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?"
                         r"(?:split|divided|distributed|shared|coded)\s+(?:evenly\s+|equally\s+)?between\s+this\s+"
                         r"(?:event\s+|one\s+)?and\s+(?:an?|the|another)\b", re.IGNORECASE)
# a place the note names in its "(district, province)" bracket: the admin areas of a place, not one of the events'
_ADMIN_BRACKET = re.compile(r"\([^()]*$")


def fold_toll(ctx: Context, s: Sentence, mention: EventMention | None, events: list[EventMention]) -> bool:
    """Give the deaths reported in sentence ``s`` to the event told just before it when the
    sentence adds nothing but them; True when folded (``mention``, the sentence's own reading if it
    had one, is then not a separate event).  The event folded into (``_toll_target``) is replaced by the folded one."""
    if not events:
        return False
    at = _toll_target(ctx, s, mention, events)
    last = events[at]
    killed = mention.fatalities if mention is not None else (
        find_fatalities(s.text, ctx.language)[0] or told_before_toll(ctx, s) or stated_no_deaths(s.text, ctx.language))
    if coder_figure(killed, ctx.language) and killed.kind != NONE_REPORTED \
            and _to_the_note_event(ctx, s, mention, killed, events):
        return mention is None
    if last.modality == Modality.background or last.span.char_end > s.start:
        return False
    if mention is not None and at == len(events) - 1 and _of_an_earlier_day(mention, last):
        return False  # "The operation followed an ambush on 19 April in which three soldiers had died.": that day's dead
    # (a toll the event already took from this paragraph makes it the event's own: « Le bilan fait état, côté ennemi,
    # d'une vingtaine de terroristes neutralisés. Malheureusement, neuf de nos militaires sont tombés »)
    told_next = not same_paragraph(ctx, last, s) and not _reaches_paragraph_of(ctx, last, s)
    if told_next and not (_toll_told_next(ctx, s, mention, last, killed) or own_side_told_next(ctx, s, mention, last, killed)
                          or (party_counts_next(ctx, s, mention, last, killed) and _side_of(killed) == "state"
                              and _other_side_dead(ctx, last, last.fatalities, killed))):
        return False
    if mention is not None and mention.modality != last.modality and not (_sourced_toll(mention, last)
                                                                          or own_dead_admitted(ctx, s, mention, last, killed)):
        return False
    if killed is None or (killed.low is None and killed.high is None) or last.sub_event_type in NO_DEAD_PROTESTS:
        return False
    if carries_no_dead(last.sub_event_type, ctx.document.text[last.span.char_start:last.span.char_end]):
        return False  # an agreement, a base set up, a grave found, troops sent (« Des renforts ont été dépêchés à X. Ils
        # ont affronté le JNIM, faisant dix morts. »): the dead told after it led to it or fell in a fight of its own
    if _APART.search(s.text) or _REFERRED.search(s.text):
        return False
    place = last.place
    if new_place(ctx, s, last):
        if not _places_the_same_deed(ctx, mention, last):
            return False
        place = mention.place  # "a unit chased the attackers. Twenty were killed in fighting near X."
    # (a toll given by name has no doer: who is named beside it is its source, « selon l'état-major, le bilan est de … »)
    if not told_next and _new_perpetrator(ctx, s, mention, last, killed) and not _ATTACKERS_DEAD.search(s.text):
        return False
    have = last.fatalities
    if have is not None and have.kind == NONE_REPORTED and not coder_figure(killed, ctx.language):
        return False  # "No fatalities were reported. Nine soldiers had been killed there in March.": another event's
    if coder_figure(have, ctx.language):
        return False  # the coder's own figure was told first: no source's figure replaces it
    if (have is not None and have.estimate and not killed.estimate) or coder_figure(killed, ctx.language):
        have = None  # "gunmen killed villagers. Five people died.": the figure replaces the codebook's estimate
    if have is not None and _raised_to(s, have, killed, ctx.language):
        have = None  # « Un blessé a succombé lundi, ce qui porte le bilan à huit morts »: the new total replaces the toll
    if have is not None and wounded_inside_new_total(ctx.document.text[last.span.char_start:last.span.char_end], s.text,
                                                     ctx.language):
        return False  # « Le bilan s'est alourdi à neuf morts. Deux blessés ont succombé »: the nine count the two
    if have is not None and (have.low is not None or have.high is not None) and not _named_within_floor(s, have, killed):
        if not (_ALSO.search(s.text) or _other_side_dead(ctx, last, have, killed) or names_a_side(s.text, ctx.language)) \
                or have.low is None or killed.low is None or (rival_teller(ctx, s, last) and not _teller_of_denied(ctx, s, last)) \
                or uncounted(killed.phrase):
            return False  # a restatement or a second figure for the same dead: the event keeps its own (and a side's
            # « plusieurs terroristes neutralisés » is no figure to add)
        killed = summed([have, killed], kind=have.kind)
    span = last.span.model_copy(update={"char_end": s.end})
    injured = last.injuries or (mention.injuries if mention is not None else find_fatalities(s.text, ctx.language)[1])
    turned = killing_told_after(ctx, s, mention, last, killed)  # "seized four herders. They killed them": the killing
    events[at] = last.model_copy(update={"fatalities": killed, "injuries": injured, "span": span, "place": place} | turned)
    return True


def _teller_of_denied(ctx: Context, s: Sentence, last: EventMention) -> bool:
    """Whether ``s`` is told by the party asserting the event its denier is the source of (``asserts_what_is_denied``),
    or by the camp of the event's own teller (the army's lead, its defence ministry's statement)."""
    told = ctx.attributions.get(s.index)
    return told is not None and (asserts_what_is_denied(told.speaker, last) or (
        last.source_actor is not None and one_camp(ctx, told.speaker, {last.source_actor})))


def _toll_target(ctx: Context, s: Sentence, mention: EventMention | None, events: list[EventMention]) -> int:
    """The index of the event a toll told without a deed or a day of its own belongs to: the one told just before it, unless
    that one is an incident recalled as dated before the paragraph's lead ("… clashed near Douentza. The operation
    followed an ambush on 19 April in which three soldiers had died. 6 militants were killed in the clash."): the lead's."""
    last = len(events) - 1
    if last == 0 or not same_paragraph(ctx, events[last], s) or (mention is not None and mention.date != events[last].date):
        return last  # (a sentence with a deed of its own dated apart is its own)
    lead = next((i for i, e in enumerate(events[:last]) if same_paragraph(ctx, e, s) and e.modality != Modality.background), None)
    return lead if lead is not None and _of_an_earlier_day(events[last], events[lead]) else last


def _of_an_earlier_day(mention: EventMention, last: EventMention) -> bool:
    """Whether the sentence's own deed is dated before the event told before it: a recalled incident with its own
    dead ("followed an ambush on 19 April in which three soldiers had died"), not more of the event's.  The dead of
    a later day (the wounded who died the next day) still fold."""
    own, before = mention.date, last.date
    return own is not None and before is not None and own.latest < before.earliest


def _raised_to(s: Sentence, have: Fatalities, killed: Fatalities, language: str) -> bool:
    """Whether the sentence gives the event's toll as raised to a new total, at least the one it had."""
    return have.low is not None and killed.low is not None and killed.low >= have.low \
        and tells_new_total(s.text, language)


def _named_within_floor(s: Sentence, have: Fatalities, killed: Fatalities | None) -> bool:
    """Whether the sentence names the toll (« le bilan provisoire fait état de 32 morts ») with an exact figure above
    the vague floor the event has (« des dizaines de personnes ont été tuées », 10 and up): the same dead, counted;
    ACLED codes the count."""
    return killed is not None and killed.low is not None and killed.high == killed.low and have.high is None \
        and have.low is not None and killed.low > have.low and not any(ch.isdigit() for ch in have.phrase or "") \
        and _TOLL_NAMED.search(s.text) is not None


# a toll named as the incident's count (« le bilan est de 14 morts », « fait état d'un bilan de 19 morts », "the death toll
# stood at 12"): it counts the dead of the incident told just before, even from the next paragraph
_TOLL_NAMED = re.compile(r"\b(?:bilan|death\s+toll|toll)\b", re.IGNORECASE)


def _toll_told_next(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                    killed: Fatalities | None) -> bool:
    """Whether sentence ``s`` is in the paragraph right after the event's and gives its toll by name, the event
    having none yet: wire copy tells the incident in its lead and « Selon l'état-major, le bilan est de 14 morts
    dont 11 assaillants » in the next paragraph.  A sentence with its own event is another incident's."""
    if mention is not None or last.fatalities is not None or killed is None:
        return False
    # (a communiqué heads its figures « Bilan provisoire : » and lists them on lines of their own: the heading names it)
    first = block_opening(ctx, s)
    if not (_TOLL_NAMED.search(s.text) or _TOLL_NAMED.match(first.text) or _quotes_the_statement(s, last)):
        return False
    # (the toll may follow a sentence of how the fight went: « La riposte a mis l'ennemi en déroute. Le bilan fait état
    # de … »; no event was told in between, the event being the last one told)
    return opens_next_paragraph(ctx, first) and (same_paragraph(ctx, last, sentences_of(ctx)[first.index - 1])
                                                 or after_how_it_went(ctx, first, last))


_OPENING_QUOTE = re.compile(r"^\s*[\"“«„]")


def _quotes_the_statement(s: Sentence, last: EventMention) -> bool:
    """Whether ``s`` opens a quotation after a lead relaying someone's statement ("\"Six FAMa elements fell …\"")."""
    return last.modality == Modality.claim and last.source_actor is not None and bool(_OPENING_QUOTE.match(s.text))


def _reaches_paragraph_of(ctx: Context, last: EventMention, s: Sentence) -> bool:
    """Whether the event's told span already runs into the paragraph of ``s`` (it took a toll told there)."""
    return last.span.char_end > block_opening(ctx, s).start


# a sentence whose subject is the dead just counted, telling how they died ("They had been shot dead by unidentified
# gunmen", "The victims, farmers from a nearby village, had been killed by gunmen", « Ils avaient été abattus par des
# hommes armés »): the deed that left the bodies, told after them, not a second event
_THE_DEAD_AGAIN = re.compile(
    r"^\W*(?:they|the\s+(?:victims?|dead|deceased|men|bod(?:y|ies))|those\s+killed|ils|elles|les\s+victimes)\b"
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:(?:had|have)\s+been|were|was|avaient\s+été|ont\s+été|auraient\s+été)\s+(?:\w+\s+)?"
    r"(?:killed|shot(?:\s+dead)?|executed|murdered|beheaded|stabbed|tuée?s?|abattue?s?|exécutée?s?|égorgée?s?|assassinée?s?|massacrée?s?)\b",
    re.IGNORECASE)


def fold_the_dead_again(ctx: Context, s: Sentence, mention: EventMention, events: list[EventMention]) -> bool:
    """Fold a sentence telling how the dead the event before counted were killed into that event: its killer
    becomes the event's first side when the event had none.  True when folded (``mention`` is then no event)."""
    if not events or not _THE_DEAD_AGAIN.search(s.text):
        return False
    last = events[-1]
    if last.fatalities is None or not last.fatalities.low or not same_paragraph(ctx, last, s) \
            or last.span.char_end > s.start or mention.fatalities is not None:
        return False
    update = {"span": last.span.model_copy(update={"char_end": s.end})}
    if not last.side1 and mention.side1:
        update.update(side1=mention.side1, assoc1=mention.assoc1)
    events[-1] = last.model_copy(update=update)
    return True


# whose dead a toll counts, by its victim word: the sides ACLED sums ("neutralising 15 of them. 4 soldiers were killed." is 19)
_SIDES = (
    ("state", re.compile(r"\b(?:" + state_side_forms() + r")\b", re.IGNORECASE)),
    ("armed", re.compile(r"\b(?:" + armed_forms("fighter_dead") + r"|of\s+them)\b", re.IGNORECASE)),
    ("civilian", re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|traders?|passengers?|civils|villageois)\b",
                            re.IGNORECASE)),
)


def _side_of(f: Fatalities, after: str = "") -> str | None:
    """The one side a toll's phrase counts the dead of, or None (no victim word, or several sides).  ``after``: the
    text right after the phrase, where the side may follow the count (« neuf morts parmi les soldats »)."""
    among = _among().match(after)
    told = f"{f.phrase or ''} {among.group(0) if among else ''}"
    sides = {name for name, pattern in _SIDES if pattern.search(told)}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=1)
def _among() -> re.Pattern[str]:
    """The side named after a count of the dead ("nine dead among the soldiers", « neuf morts parmi les soldats »,
    « dans les rangs de l'armée »), in either language: the casualty vocabulary's words for it."""
    words = "|".join(f"{v['among']}|{v['side_after']}" for v in (casualty_vocab("en")[0], casualty_vocab("fr")[0]))
    return re.compile(rf"\s*(?:{words})\s+[^,.;]{{1,40}}", re.IGNORECASE)


def _other_side_dead(ctx: Context, last: EventMention, have: Fatalities, killed: Fatalities) -> bool:
    """Whether a later toll counts another side's dead than the event's own toll (soldiers after militants)."""
    told = ctx.document.text[last.span.char_start:last.span.char_end]
    at = told.find(have.phrase) if have.phrase else -1
    a, b = _side_of(have, told[at + len(have.phrase):] if at >= 0 else ""), _side_of(killed)
    if a is None and at >= 0 and (label := label_before(told[:at], ctx.language)) is not None:
        a = _side_of_label(label)  # « Côté FAMa, le bilan est de 4 morts. 9 assaillants ont été neutralisés »
    return a is not None and b is not None and a != b


# the labels of the state's side in an army's toll (« côté ami », « côté FAMa », « dans nos rangs »)
_STATE_LABEL = re.compile(r"\b(?:amis?|forces\s+amies|FDS|FAMa|FAN|VDP|armée|nos)\b", re.IGNORECASE)


def _side_of_label(label: str) -> str | None:
    """The side a toll's label names: the state's, or the one its victim word tells (« côté terroriste »)."""
    if _STATE_LABEL.search(label):
        return "state"
    return _side_of(Fatalities(phrase=label, kind="killed"))


def _to_the_note_event(ctx: Context, s: Sentence, mention: EventMention | None, killed: Fatalities,
                       events: list[EventMention]) -> bool:
    """Give a coder's own figure ("Fatalities coded as 112.", "1 fatality.") to the note's event, the first of its
    paragraph that can have dead: a note codes one event, whatever later sentence (a claim, an aftermath) was read as another and
    whatever place the figure names ("Fatalities coded as 38 for Boulkessi").  True when given."""
    # (a peaceful protest has no dead by definition: the figure is the event's the note read after it)
    at = next((i for i, e in enumerate(events) if e.modality != Modality.background and same_paragraph(ctx, e, s)
               and e.span.char_start < s.start and e.sub_event_type not in NO_DEAD_PROTESTS), None)
    if at is None or coder_figure(events[at].fatalities, ctx.language):
        return False
    first = events[at]
    update = {"fatalities": killed}
    if at == len(events) - 1 and mention is None:
        update["span"] = first.span.model_copy(update={"char_end": s.end})  # the figure's phrase stays inside the span
    events[at] = first.model_copy(update=update)
    for i in range(at + 1, len(events)):  # the sources' figures it replaces, read on later events of the note:
        e = events[i]  # a party's claim keeps none, a toll told as fact is the coder's figure
        if e.fatalities is not None and same_paragraph(ctx, e, s) and e.span.char_start < s.start:
            events[i] = e.model_copy(update={"fatalities": None if e.modality == Modality.claim else killed})
    if mention is not None:
        mention.fatalities = None  # the sentence's own reading keeps no figure that is the note's
    return True


def _places_the_same_deed(ctx: Context, mention: EventMention | None, last: EventMention) -> bool:
    """Whether a sentence's deed of the same kind, by the same side, gives the place the event told
    just before lacked (a pursuit, then the fighting it led to "near X"): one event, at X."""
    return (mention is not None and mention.place is not None and (last.place is None or _place_of_another(ctx, last))
            and mention.sub_event_type == last.sub_event_type and set(mention.side1) <= set(last.side1))


# a place named as another incident's ("les auteurs de l'attaque de Solanga", "those behind the attack on X")
_ANOTHER_INCIDENT = re.compile(r"\b(?:attaque|attentat|massacre|embuscade|tuerie|attack|ambush|raid|killings?)\s+"
                               r"(?:de|d['’]|du|contre|on|in|at|of)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


def _place_of_another(ctx: Context, last: EventMention) -> bool:
    """Whether the event's place is only named as the scene of another incident the sentence refers to."""
    at = last.place.span.char_start if last.place is not None else 0
    return bool(_ANOTHER_INCIDENT.search(ctx.document.text[max(0, at - 40):at]))


def _sourced_toll(mention: EventMention, last: EventMention) -> bool:
    """A witness's or an official's count of the dead told right after the incident ("According to a
    local official, twelve civilians were killed.", « Selon un élu local, douze civils ont été tués »)
    is the incident's toll, as ACLED codes it; a party's claim (a group counting its enemies' dead)
    stays apart, to be weighed against the other versions."""
    source = mention.source_actor
    return (mention.modality == Modality.claim and last.modality == Modality.fact and last.fatalities is None
            and (source is None or source.startswith("unnamed:")))


def new_place(ctx: Context, s: Sentence, last: EventMention) -> bool:
    """Whether the sentence names a place other than the event's: its deaths happened elsewhere."""
    own = last.place.place_id if last.place is not None else None
    text = ctx.document.text
    for p in places_in(ctx, s):
        if is_country(p) or _heading(ctx, s, p) or _CARED_AT.search(text[max(0, p.span.char_start - 40):p.span.char_start]) \
                or _CARE_NAMED_AFTER.match(text, p.span.char_end) or CAPITAL_SPEAKS.match(text, p.span.char_end):
            continue
        if p.place_id is None or p.place_id != own and not measured_near(text, p, last.place):
            return True
    return False


# where the wounded were taken ("died later at the hospital in Sevare", « évacués vers Mopti », « vers le centre
# hospitalier régional de Dédougou »): no new scene
_CARED_AT = re.compile(r"\b(?:hospital|clinic|health cent(?:re|er)|evacuated|taken|transferred|hôpital|centre de santé|"
                       r"centre hospitalier|évacués?|transférés?)\b[^.;,]{0,15}?\b(?:in|at|to|of|de|à|vers|d['’])\s*(?:the\s+)?$", re.IGNORECASE)


# the hospital named after its town ("died later in Sevare hospital", "at the Gao regional hospital"): no new scene
_CARE_NAMED_AFTER = re.compile(r"\s+(?:regional\s+|district\s+|military\s+|referral\s+)?(?:hospital|clinic|health\s+cent(?:re|er)|"
                               r"infirmary)\b", re.IGNORECASE)


# a word that opens its sentence as a label before a colon (« Bilan : 12 civils tués. », "Toll: 12 dead.")
_LABEL_COLON = re.compile(r"\s*:")


def _heading(ctx: Context, s: Sentence, p) -> bool:
    """Whether the place ``p`` is the sentence's opening label (« Bilan : … », a town of that name elsewhere):
    a heading of the toll that follows, not where its dead fell."""
    text = ctx.document.text
    return not text[s.start:p.span.char_start].strip() and _LABEL_COLON.match(text, p.span.char_end) is not None


def _new_perpetrator(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                     killed: Fatalities) -> bool:
    """Whether the sentence names someone acting who is no party to the event told before."""
    parties = set(last.parties())
    if mention is not None:
        outsiders = [a for a in mention.side1 if a not in parties]
        # (the toll's own dead are no doer, « Six civils ont perdu la vie »; nor forces that came to part a crowd)
        parted = _ONLY_PARTED.search(s.text) and _passive_only(s.text)
        return bool(outsiders) and not set(outsiders) <= dead_named(ctx, s, killed) and not parted
    # no reading of its own: an actor named who is no party may be the one who killed, unless the
    # deaths are told in the passive ("three soldiers were killed") or the actor is among the dead
    # the toll counts ("sources reported 8 civilians killed")
    dead = phrase_span(s, killed.phrase)
    if dead and _BREAKDOWN.match(ctx.document.text, dead[1]):
        dead = (dead[0], s.end)  # "left 9 dead: 5 soldiers and 4 militants": who the dead were, not who killed
    elif dead and (side := _among().match(ctx.document.text, dead[1])):
        dead = (dead[0], side.end())  # « neuf morts parmi les soldats »: the side that lost them, not one who killed
    # (nor are the wounded told beside the dead: "23 terrorists killed and 2 of its soldiers wounded")
    wounded = find_fatalities(s.text, ctx.language)[1]
    hurt = phrase_span(s, wounded.phrase) if wounded is not None else None
    counted = [span for span in (dead, hurt) if span]
    named = [a for a in actors_in(ctx, s) if not any(b <= a.span.char_start and a.span.char_end <= e for b, e in counted)
             and not TOLL_SOURCE.match(ctx.document.text, a.span.char_end)]
    return any(a.actor_id not in parties for a in named) and not _passive_only(s.text)


# the breakdown of a toll told right after it ("9 dead: 5 soldiers and 4 militants", "12 killed (8 civilians, 4 VDP)",
# "left 8 dead, including 3 soldiers", « 12 morts, dont 4 militaires »)
_BREAKDOWN = re.compile(rf"\s*(?::|\(|—|–|,?\s*{SHARE_OPENERS}\b)", re.IGNORECASE)
# forces that came after the fight to part or calm the crowd ("police intervened to separate them", "restored order")
_ONLY_PARTED = re.compile(r"\b(?:intervened|separated?|restored (?:order|calm)|broke up the fight)\b", re.IGNORECASE)


def _passive_only(text: str) -> bool:
    return bool(re.search(r"\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered|slain|executed|neutrali[sz]ed|eliminated)\b",
                          text, re.I))


def share_split_tolls(ctx: Context, events: list[EventMention]) -> list[EventMention]:
    """Each event's share of a toll the text says is split across N coded events (ACLED's notes:
    "At least twenty militants were killed ... Fatalities are split across five events." → 4 each;
    the division is floored, so a share is never more than the text supports)."""
    m = _SPLIT.search(ctx.document.text)
    pair = _SPLIT_PAIR.search(ctx.document.text) if m is None else None
    if m is None and pair is None:
        return events
    word = (m.group("n") or "").lower() if m is not None else "2"
    if word:
        n = int(word) if word.isdigit() else number_words(ctx.language).get(word, (0, False))[0]
    else:  # "Fatalities split across events": one event per place the note names, as its coder split them
        n = len(_places_of_the_note(ctx))
    if n < 2:
        return events
    out = []
    for e in events:
        f = e.fatalities
        if f is not None and (f.low is not None or f.high is not None):
            f = f.model_copy(update={"low": None if f.low is None else f.low // n,
                                     "high": None if f.high is None else f.high // n})
            e = e.model_copy(update={"fatalities": f})
        out.append(e)
    return out


def _places_of_the_note(ctx: Context) -> set[str]:
    """The towns and villages the note names as scenes (not the admin areas in its brackets, not countries)."""
    text = ctx.document.text
    return {p.place_id or p.name.lower() for p in ctx.places
            if not is_country(p) and not (p.feature_code or "").startswith(("ADM", "PCL"))
            and not _ADMIN_BRACKET.search(text, max(0, p.span.char_start - 40), p.span.char_start)}


# what a crowd reacts to, right before a toll ("in reaction to the killing of a farmer", "to denounce the
# murder of two traders", "angered by the death of a youth"): the cause of the protest, an earlier event
_CROWD_CAUSE = re.compile(
    r"\b(?:in (?:reaction|response|protest) to|to (?:protest|denounce|condemn|decry|mourn)|protesting|denouncing|"
    r"condemning|decrying|against|over|following|after|demanding justice for|angered by|outraged by|"
    # the crowd's mood at it ("residents angry about the killing of a trader", « des jeunes indignés par le meurtre »)
    r"(?:angry|angered|furious|outraged|upset|incensed)\s+(?:about|at|by)|"
    r"en (?:réaction|réponse|protestation) (?:à|contre)|pour (?:dénoncer|protester contre|condamner)|contre|suite à|après|"
    r"(?:en colère|indignée?s?|révoltée?s?|furieu(?:x|ses?)|outrée?s?)\s+(?:par|après|à cause d[eu'’]))"
    r"\s+(?:[\w'’\-]+\s+){0,3}$",
    re.IGNORECASE,
)


def sentence_toll(event_type: str, text: str, killed: Fatalities | None, ctx: Context) -> Fatalities | None:
    """The toll a sentence gives its own event: its dead unless the crowd reacts to them, else a stated zero
    ("attacked the post; no casualties were reported"), which keeps tolls told after it off the event."""
    language = ctx.language
    if killed is not None and len(sentences_of(ctx)) > SHORT_TEXT_SENTENCES and summed_over_incidents(text, language):
        # "Fifteen people were killed in two separate attacks": a story's sum, each attack's own paragraph tells its
        # dead (a short note is one event, and its sum is that event's toll, as ACLED's notes code it)
        return None
    return crowd_cause_toll(event_type, text, killed) if killed is not None else stated_no_deaths(text, language)


def crowd_cause_toll(event_type: str, text: str, killed: Fatalities | None) -> Fatalities | None:
    """A crowd event's toll, unless the dead it counts are what the crowd reacts to (ACLED codes the
    protest's own dead only)."""
    if killed is None or event_type not in (PROTESTS, RIOTS) or not killed.phrase:
        return killed
    at = text.find(killed.phrase)
    if at >= 0 and _CROWD_CAUSE.search(text[max(0, at - 80):at]):
        return None
    return killed
