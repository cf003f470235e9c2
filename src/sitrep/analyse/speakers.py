"""Speakers: whom the subject of a reporting verb names, and the outlet that relays it.

A named person speaks on behalf of their affiliation or the actor named beside them; an actor speaks
for itself (or, as "the junta's military", for a government's armed forces); a described source
speaks as ``unnamed:<description>``; pronouns and bare descriptions ("he added", "the spokesman
said", « précise le communiqué ») go to the last speaker of the document, which ``SpeakerMemory``
keeps.  News agencies ("told AFP", "according to Reuters") are the relay (``via``), never the speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.analyse.claim_words import (DESCRIBES_NEXT, FR_STATEMENT_AGAIN, UNNAMED, _DEFINITE, actor_read_as_person,
                                        described_branch, lexicon, minister_government, state_speaker,
                                        through_hyphenated_word, unnamed_speaker)
from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, actor_kind, generic_kind, latest_actor_of_kind, sentences, within
from sitrep.knowledge.outlets import outlet_base
from sitrep.regex_codes import longest_first

if TYPE_CHECKING:
    from sitrep.analyse.attribution import Attribution


def span_of(s: Sentence, tok) -> tuple[int, int]:
    """The document offsets of a token's phrase (its subtree), a hyphenated first word whole."""
    left, right = through_hyphenated_word(tok.left_edge, s.sent.start), tok.right_edge
    doc = tok.doc
    # and the rest of a hyphenated last word: « L'état-major fait état de … » parsed with « major » a second
    # subject beside « L'état- »
    while right.i + 1 < s.sent.end and not right.whitespace_ and (right.text == "-" or doc[right.i + 1].text == "-"):
        nxt = doc[right.i + 1]
        right = max(nxt, nxt.right_edge, key=lambda t: t.i)
    return s.doc_offset(left), s.doc_offset(right) + len(right.text)


def name_span(s: Sentence, tok) -> tuple[int, int]:
    """An incise's speaker with the rest of its name: « a indiqué leur porte-parole, Attaye Ag Mohamed » is
    parsed with the name's words hung on "porte-parole" apart from its first, which alone is no person."""
    p0, p1 = span_of(s, tok)
    right = tok.right_edge
    while right.i + 1 < s.sent.end and right.nbor().pos_ == "PROPN":
        right = right.nbor()
    return p0, max(p1, s.doc_offset(right) + len(right.text))


# a former official speaks for themself, not for the body they left ("a former UN mission official"); « ex- » before
# a capitalised name is a group's former name (« l'EIS, ex-EIGS »), not a former member
_FORMER = re.compile(r"\b(?i:former|ancien(?:ne)?s?)\b|\b(?i:ex)-(?![A-ZÉ])")
# a source placed beside a body, not in it ("a source close to the Africa Corps", "sources familiar with the army's
# plans", « une source proche de la junte »): it stays anonymous, the body does not speak
_BESIDE = re.compile(r"\b(?:close\s+to|familiar\s+with|proches?\s+(?:de|du|des|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?$",
                     re.IGNORECASE)


def _beside(phrase: str, p0: int, actors) -> bool:
    """Whether every actor of a subject phrase follows a word that sets the source beside it ("close to")."""
    return bool(actors) and all(_BESIDE.search(phrase[:a.span.char_start - p0]) for a in actors)


def _in_apposition(phrase: str, p0: int, a) -> bool:
    """Whether actor ``a`` is named only in an apposition after the source's description, past a comma ("Residents of
    X, a village in Niger's Tillaberi region, say"): a word of where they live, not whom they speak for."""
    return "," in phrase[:a.span.char_start - p0]


def forces_of(ctx: Context, s: Sentence, subj) -> str | None:
    """"The junta's military", "Russia's army": a force word whose possessor is a government speaks
    for that government's armed forces (the actor affiliated to it that goes by that word)."""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    base = getattr(ctx.knowledge, "actors", None)
    if poss is None or base is None or not hasattr(base, "actors"):
        return None
    q0, q1 = span_of(s, poss)
    head = subj.text.lower()
    for m in within(ctx.actors, q0, q1):
        for aid, actor in base.actors.items():
            if m.actor_id not in actor.affiliations or actor.kind != "state_forces":
                continue
            words = {w.lower().removeprefix("the ") for w in getattr(base, "contextual", {}).get(aid, [])}
            if head in words:
                return aid
    return None


def relaying_outlet(ctx: Context, s: Sentence, verb=None) -> str | None:
    """The news agency that relays a sentence's statement ("according to Reuters", "told AFP"), or None."""
    lex = lexicon(ctx.language)
    outlet_re = lex["outlet"]
    text = s.text
    according = "|".join(re.escape(w) for w in longest_first(lex["according"]))  # type: ignore[arg-type]
    told = "|".join(re.escape(w) for w in longest_first(lex["told"]))  # type: ignore[arg-type]
    m = re.search(rf"\b(?i:{according})\s+(?:the\s+|l['’]|la\s+|le\s+)?([A-Z][\w.&'’ -]{{1,40}}?)(?=[,.;]|\s+(?:news|agency|report))", text)
    if m and outlet_re.search(m.group(1)):  # type: ignore[union-attr]
        return outlet_re.search(m.group(1)).group(0)  # type: ignore[union-attr]
    m = re.search(rf"\b(?:{told})\s+(?:the\s+|l['’]|la\s+|le\s+)?(\S+(?:\s\S+)?)", text)
    if m:
        o = outlet_re.search(m.group(1))  # type: ignore[union-attr]
        if o:
            return o.group(0)
    return None


class SpeakerMemory:
    """Remembers the last person and actor speakers of the document for pronouns and bare nouns."""

    def __init__(self) -> None:
        self.last: Attribution | None = None
        self.last_person: Attribution | None = None
        self.last_actor: Attribution | None = None
        self.described: list[Attribution] = []  # the described sources heard so far ("two security sources")

    def forget(self) -> None:
        """An unnamed speaker ("a local politician told AFP") took the floor: later pronouns are
        theirs, not the last named speaker's."""
        self.last = self.last_person = None

    def remember(self, a: Attribution) -> None:
        self.last = a
        if a.speaker.startswith(UNNAMED):
            self.described.append(a)
        if a.speaker_is_person:
            self.last_person = a
        else:
            self.last_actor = a


# the outlet base's kinds that are parties with a voice of their own, not newsrooms: a rights group's report, a
# government's or an armed group's page, a channel of posts (Human Rights Watch publishes and speaks)
_SPEAKING_KINDS = frozenset({"armed_group", "government", "ngo_un", "research", "partisan", "social_media"})


def names_an_outlet(language: str, surface: str) -> bool:
    """Whether ``surface`` is a newsroom's name: the agencies the claims table lists, or any name, short name or
    alias of a news outlet of the outlet base (« … jointes par Wakat Séra », "told Sidwaya"), which the model may take
    for a person; a body that speaks for itself (``_SPEAKING_KINDS``) is no relay."""
    outlet_re = lexicon(language)["outlet"]
    if outlet_re.fullmatch(surface):  # type: ignore[union-attr]
        return True
    outlet = outlet_base().named(surface)
    return outlet is not None and outlet.kind not in _SPEAKING_KINDS


def resolve_speaker(ctx: Context, s: Sentence, p0: int, p1: int, phrase: str, memory: SpeakerMemory):
    """(speaker id, surface, on_behalf_of, is_person) for a subject phrase, or None."""
    # an outlet the model took for a person ("… jointes par Studio Tamani") relays, it does not speak
    persons = [p for p in within(ctx.persons, p0, p1) if not names_an_outlet(ctx.language, p.surface)]
    actors = [a for a in within(ctx.actors, p0, p1) if not names_an_outlet(ctx.language, a.surface)]
    # "former" outside any actor name ("a former UN official", not "ex-rebel groups"): no longer speaks
    # for the body named
    former = [m for m in _FORMER.finditer(phrase)
              if not any(a.span.char_start <= p0 + m.start() < a.span.char_end for a in actors)]
    named = actor_read_as_person(ctx, persons[0], phrase) if persons else None
    if named:
        return named, phrase.strip(), None, False
    if persons:
        p = persons[0]
        behalf = p.affiliation or (actors[0].actor_id if actors else minister_government(ctx, phrase))
        return p.person_id, p.surface, None if former else behalf, True
    government = None if actors or former else state_speaker(ctx, p0, p1, phrase)
    if government:
        return government, phrase.strip(), None, False
    unnamed = unnamed_speaker(phrase, ctx.language)
    if unnamed and (former or not actors or _beside(phrase, p0, actors) or all(
            (a.method == "contextual" and actor_kind(ctx, a.actor_id) == "civilians") or _in_apposition(phrase, p0, a)
            for a in actors)):
        # "a former UN mission official", "plusieurs habitants": a source of its own, not the actor
        # ("residents" is also the generic civilians actor; "army officers" still speak for the army)
        return unnamed, phrase.strip(), None, True
    if actors and former:
        return None  # an unnamed former member: like "a local official", not the actor
    if actors:
        a = actors[1] if len(actors) > 1 and DESCRIBES_NEXT.match(
            ctx.document.text[actors[0].span.char_end:actors[1].span.char_start][:40]) else described_branch(ctx, actors[0])
        return a.actor_id, a.surface, None, False
    low = phrase.strip().lower()
    if low in ("he", "she"):
        prev = memory.last_person or memory.last
        return (prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person) if prev else None
    if low in ("it", "they", "we"):
        prev = memory.last_actor or memory.last
        return (prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person) if prev else None
    if re.match(r"(?:the|this|that|its|their)\b", low) and re.search(
        r"\b(?:spokes(?:man|woman|person)|official|statement|source|ministry|minister|communiqu[eé])\b", low
    ):
        prev = memory.last if "spokes" in low or "official" in low else (memory.last_actor or memory.last)
        if prev is not None:  # "the spokesman said", "the ministry said": the last such speaker
            return prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person
        # ("according to the statement" after "The government condemned, in a statement, the attack")
        return _subject_of_statement_given(ctx, s, p0) if re.search(r"\b(?:statement|communiqu[eé])$", low) else None
    if FR_STATEMENT_AGAIN.match(low):
        prev = memory.last_actor or memory.last  # « précise le communiqué »: the communiqué told before
        if prev is None:
            return _issuer_told_with_statement(ctx, s, p0)
        return prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person
    if re.match(r"(?:a|an|one|some|two|three|several|un|une|des|plusieurs|deux|trois)\b", low):
        return None  # "a man", "some of them": no source named or described
    if _DEFINITE.match(low) and re.search(r"\b(?:same|même)\b", low):
        # "according to the same source", "selon la même source": whoever spoke last; "the same security sources"
        # names which: the last source so described, though another spoke since (a live page's army statement)
        prev = _same_described(phrase, ctx.language, memory) or memory.last
        return (prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person) if prev else None
    described = unnamed_speaker(phrase, ctx.language, definite_ok=True) if _DEFINITE.match(low) else None
    if described:
        # "the politician said" after "a local politician": that source again; "the councillor said"
        # after "two local sources": the one of them the text now singles out
        prev = memory.last
        head = described.removeprefix(UNNAMED).split("-")[-1]
        if prev is not None and prev.speaker.startswith(UNNAMED) and head in prev.speaker.removeprefix(UNNAMED).split("-"):
            return prev.speaker, phrase.strip(), None, True
        return described, phrase.strip(), None, True
    kind = generic_kind(phrase, ctx.language)
    if kind:
        if memory.last_actor is not None and actor_kind(ctx, memory.last_actor.speaker) == kind:
            prev = memory.last_actor
            return prev.speaker, phrase.strip(), prev.on_behalf_of, False
        found = latest_actor_of_kind(ctx, kind, p0)
        if found:
            return found, phrase.strip(), None, False
    return None


_SAME_WORDS = {"same", "meme", "memes", "the", "les", "la", "le", "l"}


def _kind_words(description: str) -> set[str]:
    """The words of an unnamed speaker's description, singular, without "same" and articles."""
    words = description.removeprefix(UNNAMED).split("-")
    return {w.rstrip("sx") or w for w in words if w not in _SAME_WORDS}


def _same_described(phrase: str, language: str, memory: SpeakerMemory):
    """The last described source whose description holds every word of ``phrase``'s ("the same security sources" →
    "two security sources"), when the phrase qualifies its noun; None for a bare "the same source"."""
    described = unnamed_speaker(phrase, language, definite_ok=True)
    wanted = _kind_words(described) if described else set()
    if len(wanted) < 2:
        return None
    return next((a for a in reversed(memory.described) if wanted <= _kind_words(a.speaker)), None)


# a statement the story introduced with its issuer before any speaker spoke (« a lu … un communiqué du gouvernement
# relatif à l'attaque », « un communiqué de l'état-major général des armées parvenu à notre rédaction »)
_STATEMENT_OF = re.compile(r"\b(?:communiqu[ée]|déclaration)\s+(?:conjoint\s+|officiel\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*",
                           re.IGNORECASE)
# the issuer's words end at a break or at what qualifies the statement (« relatif à », « sur », « publié », « qui »)
_ISSUER_END = re.compile(r"[,.;:«»()\n]|\s(?:relatif|relative|sur|concernant|publié|publiée|lu|lue|diffusé|diffusée|"
                         r"parvenu|parvenue|qui|dont|à|au|aux|dans|après|le|la|ce|cette)\b", re.IGNORECASE)


def _issuer_told_with_statement(ctx: Context, s: Sentence, before: int):
    """(speaker id, surface, on_behalf_of, is_person) of the issuer the last « communiqué du/de X » before ``before``
    names, for « indique le communiqué » with no speaker yet: the statement it introduced speaks.  None without one."""
    text = ctx.document.text
    found = None
    for m in _STATEMENT_OF.finditer(text, 0, before):
        found = m
    if found is None:
        return _subject_of_statement_given(ctx, s, before)
    start = found.end()
    end = _ISSUER_END.search(text, start, before)
    stop = end.start() if end is not None else min(before, start + 60)
    if stop <= start:
        return None
    return _issuer(ctx, s, start, stop)


# a statement told as given by the subject of its sentence (« Le gouvernement a condamné, dans un communiqué lu samedi
# soir à la RTB, l'attaque … », "The government condemned, in a statement read on state TV, the attack"): the subject's
# words run from the sentence's start to its verb
_STATEMENT_GIVEN = re.compile(r"\b(?:(?:dans|par)\s+(?:un|une|son|sa|leur)\s+(?:communiqu[ée]|déclaration)"
                              r"|in\s+a\s+(?:statement|communiqu[ée]))\b", re.IGNORECASE)
_SUBJECT_THEN_VERB = re.compile(r"\W*(?:le|la|les|l['’]|the)\s*(?P<subject>[^,;:]{2,80}?)\s+"
                                r"(?:a|ont|avait|avaient|aurait|auraient|has|have|had|said|says|\w+ed)\b", re.IGNORECASE)


def _subject_of_statement_given(ctx: Context, s: Sentence, before: int):
    """``_issuer_told_with_statement`` for a statement told as given by its sentence's subject, or None."""
    text = ctx.document.text
    found = None
    for m in _STATEMENT_GIVEN.finditer(text, 0, before):
        found = m
    told = next((t for t in sentences(ctx) if t.start <= found.start() < t.end), None) if found is not None else None
    subject = _SUBJECT_THEN_VERB.match(text, told.start, found.start()) if told is not None else None
    if subject is None:
        return None
    return _issuer(ctx, s, subject.start("subject"), subject.end("subject"))


def _issuer(ctx: Context, s: Sentence, start: int, stop: int):
    """The issuer named by the words ``start``–``stop``, or None (an unnamed source is no issuer)."""
    words = ctx.document.text[start:stop].strip()
    issuer = resolve_speaker(ctx, s, start, stop, words, SpeakerMemory())
    if issuer is None and ctx.dominant_country and getattr(ctx.knowledge, "actors", None) is not None:
        # « du gouvernement »: a generic name is the state of the country the story is about
        resolved = ctx.knowledge.actors.resolve(f"le {words}", countries={ctx.dominant_country})
        actor = ctx.knowledge.actors.get(resolved[0]) if resolved else None
        if actor is not None and actor.country == ctx.dominant_country:
            issuer = actor.actor_id, words, None, False
    return issuer if issuer is not None and not issuer[0].startswith(UNNAMED) else None
