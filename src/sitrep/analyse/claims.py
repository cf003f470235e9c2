"""Stage: attributed statements (who said what, on whose behalf, about which events).

Each sentence the attribution stage (``sitrep.analyse.attribution``) gave a speaker becomes a
``Claim`` about the event mentions of its sentence; a quote, or a statement whose sentence reports
no event, is about the events told just before or after it in the same paragraph, else about the
last incident the article told before it.
"""

from __future__ import annotations

import re

from sitrep.analyse.attribution import denials_beside
from sitrep.analyse.claim_words import negates_change_of_hands
from sitrep.analyse.context import Context
from sitrep.analyse.events.args import sentences
from sitrep.analyse.events.types import VIOLENT
from sitrep.model import Claim, Modality, Span, Stance

# the claim vocabulary and the unnamed-source reading live with attribution; these names stay
# importable from here for the callers that think of them as the claims' words
from sitrep.analyse.claim_words import UNNAMED, lexicon, unnamed_speaker  # noqa: F401


def find_claims(ctx: Context) -> list[Claim]:
    attributions = ctx.attributions
    sents = sentences(ctx)
    by_sentence: dict[int, list[str]] = {}
    for e in ctx.events:
        for s in sents:
            if s.start <= e.span.char_start < s.end:
                by_sentence.setdefault(s.index, []).append(e.mention_id)
                break
    claims: list[Claim] = []
    answers = denials_beside(ctx, attributions)
    told = [*attributions.items(), *((a.sentence, a) for a in answers)]
    for idx, a in sorted(told, key=lambda pair: pair[0]):
        if a.speaker.startswith(UNNAMED) or _habitual(ctx, a):
            # a claim is a named party's statement about the news: an unnamed source's words are the
            # sourcing of the reports they tell (their mentions carry the source), a stance the party
            # "has repeatedly" taken is background
            continue
        # a denial answering another party's claim in its sentence (« Le FLA affirme avoir abattu un drone, ce que dément
        # le gouvernement ») is about that claim, a statement: the two claims hold the disagreement, no report is denied
        about = [] if any(a is x for x in answers) else _about(ctx, a, idx, sents, by_sentence)
        claims.append(
            Claim(
                claim_id=f"{ctx.doc_id}:{a.start}",
                span=Span(doc_id=ctx.doc_id, char_start=a.start, char_end=a.end),
                speaker=a.speaker,
                speaker_surface=a.speaker_surface,
                on_behalf_of=a.on_behalf_of,
                via=a.via,
                verb=a.verb,
                content=a.content,
                quoted=a.quoted,
                stance=Stance(a.stance),
                event_mentions=about,
            )
        )
    return claims


def _about(ctx: Context, a, idx: int, sents, by_sentence: dict[int, list[str]]) -> list[str]:
    """The event mentions the statement ``a`` of sentence ``idx`` is about."""
    about = list(by_sentence.get(idx, []))
    if a.quoted or not about:
        # a quote is about the events told just before or after it in the same paragraph
        for j in (idx - 1, idx + 1):
            if 0 <= j < len(sents) and sents[j].para_index == sents[idx].para_index:
                about.extend(x for x in by_sentence.get(j, []) if x not in about)
    if not about and (a.stance != Stance.denies.value or _names_what_it_denies(ctx, a)):
        # a denial must name what it denies ("the authorities denied the allegations" may be
        # about anything told before): an assertion falls back on the last incident, a denial
        # only when it names an outcome or a target (« avoir perdu la ville », "targeting civilians")
        about = _last_news_before(ctx, a.start)
    if a.stance == Stance.denies.value:
        about = _on_the_day_denied(ctx, a, about)
    if not by_sentence.get(idx):
        about = _claimed_attack(ctx, a, about)
    return about


# a group's claim of the deed the article already told: "claimed the attack", "claimed responsibility for Tuesday's
# ambush", « a revendiqué (mercredi) l'embuscade », « a revendiqué cette attaque »
_CLAIMS_THE_DEED = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|\w+day's)\s+"
    r"(?:deadly\s+|weekend\s+)?(?:attack|assault|ambush|raid|bombing|blast|strike|killings?|massacre)\b"
    r"|\brevendiqu\w*\s+(?:[\w-]+\s+){0,3}?(?:l['’]|cette\s+|cet\s+|la\s+|le\s+)"
    r"(?:attaque|embuscade|assaut|attentat|raid|tuerie|massacre|opération)\b", re.IGNORECASE)


def _claimed_attack(ctx: Context, a, about: list[str]) -> list[str]:
    """A claim of responsibility for "the attack" told in a sentence of its own answers the attack the article
    told first (its lead), not the riposte, the air support or the toll statement told just before the claim
    (« L'armée a annoncé un bilan … appuyée par des frappes aériennes. Le JNIM a revendiqué l'attaque. »):
    the definite article refers back to the deed the article is about.  Without an earlier attack, or in an
    article that tells attacks at several towns, the neighbours it was given stay."""
    if a.stance != Stance.claims_responsibility.value and not _CLAIMS_THE_DEED.search(a.content or ""):
        return about
    sentence = ctx.document.text[a.start:a.end]
    if not _CLAIMS_THE_DEED.search(sentence):
        return about
    anchor = ctx.anchor
    if anchor is not None and any(y < anchor.earliest.year for y in _claimed_years(sentence, a.verb)):
        return []  # « Le JNIM y avait revendiqué en 2024 l'attaque de … »: a claim of a deed of an earlier year, recalled
    told = sorted((e for e in ctx.events if e.event_type in VIOLENT
                   and e.modality != Modality.background and not e.separate), key=lambda e: e.span.char_start)
    # a relay that opens on the claim ("JNIM released a statement claiming Thursday's assault on the base") tells the
    # deed after it ("the group said its fighters had stormed the barracks"): the first attack it tells then
    told = [e for e in told if e.span.char_start < a.start] or ([] if about else told)
    if not told:
        return about
    if len({_town(e) for e in told} - {None}) > 1:
        # the article tells incidents at several towns: the claim answers the one whose town it names (« a revendiqué
        # l'attaque de Léré » after the Niono attack told last), else the one beside it
        named = _named_towns(ctx, a.start, a.end)
        hit = [e for e in told if _town(e) in named]
        return [hit[0].mention_id] if named and hit else about
    return [told[0].mention_id]


def _named_towns(ctx: Context, start: int, end: int) -> set[str]:
    """The settlements the span names (a region, which several towns share, names none)."""
    return {p.place_id or p.name for p in ctx.places
            if start <= p.span.char_start < end and (p.geo_precision or 1) < 3}


_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _claimed_years(sentence: str, verb: str) -> list[int]:
    """The years the claim itself names, from its verb on: not a background told before it in the sentence nor a
    state held since a year (« La région est en proie depuis 2015 aux attaques de X, qui a revendiqué l'attaque »)."""
    at = sentence.find(verb) if verb else -1
    clause = sentence[at:] if at >= 0 else sentence
    return [int(m.group(0)) for m in re.finditer(r"\b(?:19|20)\d\d\b", clause)
            if not _SINCE_BEFORE.search(clause[:m.start()])]


def _town(e) -> str | None:
    """The settlement a report names (None for a country or a region, which any incident of it shares)."""
    p = e.place
    if p is None or (p.geo_precision or 1) >= 3:
        return None
    return p.place_id or p.name


def _habitual(ctx: Context, a) -> bool:
    """The statement is told as a habit: a habit word (data/claims_<lang>.tsv ``habitual``) stands just
    before or after its reporting verb ("has repeatedly accused", « a accusé à plusieurs reprises »)."""
    words = lexicon(ctx.language or "en").get("habitual") or frozenset()
    if not words or not a.verb:
        return False
    sentence = ctx.document.text[a.start:a.end]
    at = sentence.find(a.verb)
    if at < 0:
        return False
    near = sentence[max(0, at - 25):at + len(a.verb) + 25].lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", near) for w in words)


# what a denial names of an incident: the change of hands, the place held, the victims, the act
_NAMES_AN_OUTCOME = re.compile(
    r"\b(?:los[te]|losing|retak(?:en|ing)|retook|recaptur\w*|seiz\w*|captur\w*|control|withdr\w*|fell|"
    r"position\w*|town|camp|base|civilians?|target\w*|kill\w*|attack\w*|strik\w*|bomb\w*|"
    r"perdu|perte|repris\w*|pris[e]?|contr[ôo]le|retir\w*|ville|localit[ée]|civils?|vis[ée]\w*|tu[ée]\w*|"
    r"attaqu\w*|frapp\w*|bombard\w*)\b", re.IGNORECASE)


def _names_what_it_denies(ctx: Context, a) -> bool:
    """The words after the denial verb name an outcome or a target ("denied targeting civilians",
    « a nié avoir visé des civils »), not just "the allegations"."""
    if negates_change_of_hands(a.content or ""):
        return True  # "The army has not retaken X," a spokesman said: the quote names it before the verb
    sentence = ctx.document.text[a.start:a.end]
    at = sentence.find(a.verb) if a.verb else -1
    return bool(_NAMES_AN_OUTCOME.search(sentence[at + len(a.verb):] if at >= 0 else a.content))


def _last_news_before(ctx: Context, start: int) -> list[str]:
    """A statement that tells no event of its own and stands apart from any ("the army, for its
    part, spoke of a tactical withdrawal") answers the incident the article told last before it;
    a background recall ("since the 2012 rebellion") is never what a statement answers."""
    before = [e for e in ctx.events if e.span.char_start < start and e.modality != Modality.background]
    return [max(before, key=lambda e: e.span.char_start).mention_id] if before else []


def _on_the_day_denied(ctx: Context, a, about: list[str]) -> list[str]:
    """A denial whose words date what they deny ("denied that soldiers were captured when the camp
    fell on Friday", « démenti que des soldats aient été capturés lors de la chute du camp
    vendredi ») answers the incident of that day, not the retaking told beside it on Sunday: the
    reports dated to another day are dropped (none left: the denial answers an incident this
    article does not report, and fusion reads it from the articles that do).  A day before the
    verb ("the army on Tuesday denied…") dates the denial, not what it denies."""
    text = ctx.document.text
    c0 = text.find(a.content, a.start, a.end) if a.content else -1
    if c0 < 0:
        return about
    c1 = c0 + len(a.content)
    days = [d.interval for d in ctx.dates if c0 <= d.span.char_start < c1 and d.interval.precision.value == "day"
            and not d.interval.is_estimate]
    if not days:
        return about
    by_id = {e.mention_id: e for e in ctx.events}
    return [x for x in about if x in by_id and by_id[x].date is not None
            and any(by_id[x].date.overlaps(d) for d in days)]
