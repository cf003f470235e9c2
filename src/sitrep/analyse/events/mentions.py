"""The mentions (actors, places, dates) inside one sentence, read from per-document indexes built
once (scanning every mention per sentence was quadratic), the sentence text with names blanked
for the classifier, and who the subject of a verb is (named, pronoun or generic description)."""

from __future__ import annotations

from bisect import bisect_right
import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import (
    generic_kind,
    governed_by_reporting,
    latest_actor_of_kind,
    OBJ,
    PARTNER,
    role_of,
    Sentence,
    sentences,
    SUBJ,
    within,
)
from sitrep.analyse.events.cues import CREDITED_DATELINE, DATELINE
from sitrep.analyse.events.syntax import governs
from sitrep.analyse.regex_gate import fold_for_gate
from sitrep.model import ActorMention, PlaceMention


def masked_text(ctx: Context, s: Sentence) -> str:
    """The sentence with actor, person and place names blanked (same length, so offsets hold):
    "Azawad *Liberation* Front" must not read as a liberation, nor "Gao" as a word."""
    chars = list(s.text)
    opening = CREDITED_DATELINE.match(s.text) or DATELINE.match(s.text)
    first = 0
    if opening is not None:  # where and when the story was filed, and by whom: no words of the news
        chars[:opening.end()] = " " * opening.end()
        first = opening.end() + len(s.text[opening.end():]) - len(s.text[opening.end():].lstrip())
    for m in _names_by_sentence(ctx).get(s.index, ()):
        a, b = m.span.char_start - s.start, m.span.char_end - s.start
        if 0 <= a < b <= len(chars) and not _generic_description(m, "".join(chars[a:b]), a == first):
            if isinstance(m, ActorMention):
                a, b = a + _name_start(s.text[a:b]), a + _name_end(s.text[a:b])
            chars[a:b] = " " * (b - a)
    return "".join(chars)


# the common-noun head that closes a named actor ("JNIM militants", "Burkinabe soldiers", "Wagner
# Group forces"): it says who acted (armed men, soldiers), which decides the event's kind
# (a capitalised armed body closing a name is such a head too: "Syrian Air Force", "Ahmad al-Abdo Forces")
_TRAILING_HEAD = re.compile(r"(?:\s+(?:[a-zà-ÿ][\w-]*|Air Force|Armed Forces|Forces?|Army|Police|Militias?|Gendarmerie|Navy))+$")


def _name_end(surface: str) -> int:
    """Where the name inside an actor mention ends: its trailing lowercase words are the head noun
    the classifier needs ("soldiers killed several militants"), kept unblanked; a name whose lowercase
    words sit inside it ("Front de libération de l'Azawad") is blanked whole."""
    m = _TRAILING_HEAD.search(surface)
    return m.start() if m is not None and m.start() > 0 else len(surface)


# the common-noun head that opens a named actor told the French way ("jihadistes du JNIM", "miliciens de Dan Na
# Ambassagou", "combattants de l'EIGS"): who acted, kept for the classifier as the English trailing head is
_LEADING_HEAD = re.compile(r"^(?:[a-zà-ÿ][\w-]*\s+)+?(?=(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[A-ZÀ-Ý])")


def _name_start(surface: str) -> int:
    """Where the name inside an actor mention starts: a French mention's leading lowercase head noun ("jihadistes
    du JNIM") is kept unblanked; a mention that opens on its name starts at 0."""
    m = _LEADING_HEAD.match(surface)
    return m.end() if m is not None else 0


def _generic_description(mention, surface: str, sentence_start: bool) -> bool:
    """An actor told by a common-noun description ("rebels", "security forces", "Armed men" at the
    start of a sentence) carries the event's meaning (who attacked whom) and stays for the
    classifier; a name (capitalised past the sentence's first letter: "Azawad Liberation Front",
    "Gao") and any person or place are blanked."""
    if not isinstance(mention, ActorMention):
        return False
    rest = surface[1:] if sentence_start else surface
    return not any(ch.isupper() for ch in rest)


def folded_text(ctx: Context, s: Sentence) -> str:
    """``regex_gate.fold_for_gate`` of the sentence's text, computed once per sentence (for the rule gates)."""
    cache = ctx.cache.folded_sentences
    folded = cache.get(s.index)
    if folded is None:
        folded = cache[s.index] = fold_for_gate(s.text)
    return folded


def _names_by_sentence(ctx: Context) -> dict[int, list]:
    """sentence index → the actor, person and place mentions inside it, in ``masked_text``'s order
    (actors, persons, places as listed): one pass over the mentions per document instead of one per
    sentence, which was quadratic on long documents."""
    cached = ctx.cache.names_by_sentence
    if cached is not None:
        return cached
    sents = sentences(ctx)
    starts = [s.start for s in sents]
    out: dict[int, list] = {}
    for m in [*ctx.actors, *ctx.persons, *ctx.places]:
        k = bisect_right(starts, m.span.char_start) - 1
        # the same test as masked_text's: inside the sentence's text (sentences do not overlap)
        if k >= 0 and m.span.char_start < m.span.char_end <= sents[k].start + len(sents[k].text):
            out.setdefault(k, []).append(m)
    ctx.cache.names_by_sentence = out
    return out


def within_sentence(ctx: Context, kind: str, s: Sentence, start: int | None = None, end: int | None = None) -> list:
    """``within(ctx.<kind>, start, end)`` for a range inside sentence ``s`` (the whole sentence by
    default), read from a per-sentence index built once per document: scanning every mention of the
    document for each sentence and argument was quadratic (minutes on a 100 KB article)."""
    mentions = getattr(ctx, kind)
    start = s.start if start is None else start
    end = s.end if end is None else end
    if not (s.start <= start and end <= s.end):
        return within(mentions, start, end)
    cached = ctx.cache.mentions_by_sentence.get(kind)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):  # rebuilt if the list changed
        cached = ctx.cache.mentions_by_sentence[kind] = (mentions, len(mentions),
                                                         _index_by_sentence(sentences(ctx), mentions))
    return within(cached[2].get(s.index, ()), start, end)


def _index_by_sentence(sents: list[Sentence], mentions) -> dict[int, list]:
    """sentence index → the mentions lying inside that sentence (as ``within`` decides), in their
    original order; ``within`` then sorts them exactly as it sorts the whole list."""
    starts = [x.start for x in sents]
    out: dict[int, list] = {}
    for m in mentions:
        k = bisect_right(starts, m.span.char_start) - 1
        # sentences do not overlap: only the last one starting at or before the mention can hold
        # it, except an empty mention where that sentence starts (the one before may end there)
        while k >= 0:
            if m.span.char_end <= sents[k].end:
                out.setdefault(k, []).append(m)
            if m.span.char_start != m.span.char_end or sents[k].start != m.span.char_start:
                break
            k -= 1
    return out


def is_country(p: PlaceMention) -> bool:
    return (p.feature_code or "").startswith("PCL")


def _after_dateline(found: list, s: Sentence) -> list:
    """The mentions that follow the sentence's dateline, if it opens with one: "BAMAKO (Reuters) -"
    says where the story was filed; the town is neither the event's place nor (as a metonym for
    the government) one of its actors."""
    m = DATELINE.match(s.text)
    if m:
        found = [x for x in found if x.span.char_start >= s.start + m.end()]
    return found


def places_in(ctx: Context, s: Sentence) -> list[PlaceMention]:
    """Place mentions of the sentence, without a dateline."""
    return _after_dateline(within_sentence(ctx, "places", s), s)


def actors_in(ctx: Context, s: Sentence) -> list[ActorMention]:
    """Actor mentions of the sentence, without a dateline."""
    return _after_dateline(within_sentence(ctx, "actors", s), s)


def subjects_of(ctx: Context, s: Sentence, verb) -> tuple[list[str], list[str]]:
    """(actor ids that are the subject of ``verb`` or of the verbs governing it, actor ids in
    object position) — pronoun and generic subjects resolved."""
    subj: list[str] = []
    obj: list[str] = []
    for m in actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is None:
            continue
        role, gov = role_of(tok)
        if gov.i == verb.i or governs(gov, verb) or governs(verb, gov):
            if role == SUBJ and not governed_by_reporting(gov):
                subj.append(m.actor_id)
            elif role in (OBJ, PARTNER):
                obj.append(m.actor_id)
    if not subj:
        subj = resolve_subject_phrase(ctx, s, verb)
    return dedupe(subj), dedupe(obj)


def resolve_subject_phrase(ctx: Context, s: Sentence, verb) -> list[str]:
    """The verb's subject when it names no actor: a pronoun ("it had regained") → the sentence's
    reporting subject; a generic description ("separatists") → the latest actor of that kind."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        if subj is not None:
            break
        if v.dep_ in ("xcomp", "conj", "advcl", "pcomp") and v.head.i != v.i:
            v = v.head
            continue
        return []
    phrase = "".join(t.text_with_ws for t in subj.subtree)
    start = s.doc_offset(subj)
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    if subj.pos_ == "PRON" or subj.lower_ in ("it", "they", "its") or own:
        # "it had regained", "its forces launched a pullback": the reporting subject's side
        # "The army announced that it had regained": the reporting verb's subject
        head = v.head
        for _ in range(4):
            if governed_by_reporting(head):
                rsubj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if rsubj is not None:
                    return _subject_actor(ctx, s, rsubj)
            if head.head.i == head.i:
                break
            head = head.head
        return _doers_told_before(ctx, s, subj)
    kind = generic_kind(phrase, ctx.language)
    if kind:
        found = latest_actor_of_kind(ctx, kind, start)
        return [found] if found else []
    return []


# a plural pronoun that carries the story's doers on to their next deed (« Les combattants rebelles se sont retirés. Le
# lendemain, ils ont exécuté deux bergers », "The gunmen withdrew. The next day they burned the school")
THEY = frozenset(("ils", "elles", "they"))


def _doers_told_before(ctx: Context, s: Sentence, pronoun) -> list[str]:
    """The actor the sentence just before (same paragraph) has as its main subject, for a plural pronoun subject
    with no reporting verb above it: named there, or described (« les combattants rebelles ») and resolved to the
    latest actor of that kind."""
    if pronoun.lower_ not in THEY or s.index == 0:
        return []
    before = sentences(ctx)[s.index - 1]
    if before.para_index != s.para_index:
        return []
    main = before.sent.root
    # "IS Sahel militants imposed a curfew, residents said": the told clause's subject, not the teller
    main = next((c for c in main.children if c.dep_ == "ccomp"), main) if governed_by_reporting(main) else main
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return _subject_actor(ctx, before, subj)


def _subject_actor(ctx: Context, s: Sentence, subj) -> list[str]:
    """The actor a subject phrase of ``s`` names (the first), else the latest actor of the kind it describes."""
    r0 = s.doc_offset(subj.left_edge)
    r1 = s.doc_offset(subj.right_edge) + len(subj.right_edge.text)
    ids = [m.actor_id for m in within_sentence(ctx, "actors", s, r0, r1)]
    if ids:
        return ids[:1]
    kind = generic_kind("".join(t.text_with_ws for t in subj.subtree), ctx.language)
    found = latest_actor_of_kind(ctx, kind, r1 + 1) if kind else None
    return [found] if found else []


def dedupe(ids: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in ids:
        if i and i not in seen:
            seen[i] = None
    return list(seen)


def dominant_country(ctx: Context) -> str | None:
    """The country most of the document's resolved places are in (computed once per document)."""
    return ctx.dominant_country


def after_since(ctx: Context, start: int) -> bool:
    """True for a date that starts a state ("since 2014", "since the country's independence from
    France in 1960"), not the date of an event."""
    before = ctx.document.text[max(0, start - 12) : start].lower()
    # French: « depuis août 2023 », « jusqu'en 2014 », « avant le 14 novembre »
    if re.search(r"(?:\b(?:since|until|till|before)\s+(?:the\s+)?|\b(?:depuis|jusqu['’]en|jusqu['’]au|avant)\s+(?:le\s+|la\s+|l['’])?)$", before):
        return True
    sents = sentences(ctx)
    k = bisect_right(_sentence_starts(ctx), start) - 1  # the only sentence that can hold ``start``
    for sent in sents[max(k, 0) : k + 1]:
        if sent.start <= start < sent.end:
            tok = sent.token_at(start, start + 1)
            for _ in range(6):
                if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                    break
                if tok.lower_ in ("since", "until"):
                    return True
                tok = tok.head
            break
    return False


def _sentence_starts(ctx: Context) -> list[int]:
    starts = ctx.cache.sentence_starts
    if starts is None:
        starts = ctx.cache.sentence_starts = [x.start for x in sentences(ctx)]
    return starts
