"""Stage: who said what — the attribution of each sentence to a speaker.

A sentence is attributed when it has a reporting verb ("said", "told AFP", "claimed", "denied")
whose subject resolves to a person or an actor, or when it is a quote that continues the previous
speaker's words.
The speaker is the named person when there is one (on behalf of their affiliation or the actor
named beside them: "a spokesman for the CSP-DPA"), else the actor ("the ministry said" → the
ministry's government); pronouns and bare descriptions ("he added", "the spokesman said") go to the
last speaker. News agencies are kept as ``via``: "According to Reuters, a spokesman ... stated"
and "told AFP" both keep the agency as the relay, not the speaker.  A source described but not named
("a local official told AFP", "selon des sources locales", "residents said") speaks as
``unnamed:<description>`` (``unnamed_speaker``; the source nouns are the ``unnamed`` row of
data/claims_<lang>.tsv): no actor is invented, and the event it reports carries that source, so
fusion can set its version against the army's.

The stage runs before events: the event stage marks its mentions as claims with their source, and
the claims stage (``sitrep.analyse.claims``) turns each attribution into a ``Claim``.  Its result is
``Context.attributions`` (sentence index → ``Attribution``).
"""

from __future__ import annotations

import dataclasses

import logging
import re
from dataclasses import dataclass

# the statement words moved to claim_words; the names stay importable from here
from sitrep.analyse.claim_words import speaker_of_reporting_verb, through_hyphenated_word, TOLL_WORDS, nominal_content_verbs as _nominal_content_verbs, state_speaker, tells_a_toll
from sitrep.analyse.claim_words import DESCRIBES_NEXT, UNNAMED, actor_read_as_person, FR_STATEMENT_AGAIN, communique_opening, described_branch, tells_a_record, _DEFINITE, dismisses_reports, lexicon, through_named_apposition, negates_change_of_hands, unnamed_head, unnamed_speaker  # noqa: F401
from sitrep.analyse.context import Context
from sitrep.analyse.cut_quotes import close_cut_quotes
from sitrep.analyse.events.args import Sentence, actor_kind, generic_kind, latest_actor_of_kind, sentences, within
from sitrep.analyse.lang.fr import WEEKDAYS as FR_WEEKDAYS
from sitrep.model import Stance
from sitrep.regex_codes import longest_first

log = logging.getLogger(__name__)


QUOTE_OPEN = "\"“«‘"
QUOTE_CLOSE = "\"”»’"


@dataclass
class Attribution:
    sentence: int
    speaker: str
    speaker_surface: str
    on_behalf_of: str | None
    via: str | None
    verb: str
    content: str
    quoted: bool
    stance: str
    start: int
    end: int
    speaker_is_person: bool = False


def _verbs(lang: str) -> frozenset[str]:
    lex = lexicon(lang)
    return frozenset().union(*(lex.get(k, frozenset()) for k in ("assert", "deny", "demand", "responsibility")))


def _quoted(text: str) -> tuple[str, bool]:
    """The quoted words of a sentence (all quoted pieces joined), and whether there were any."""
    pieces = re.findall(r"[\"“«]([^\"“”«»]{3,})[\"”»]", text)
    return (" … ".join(p.strip() for p in pieces), True) if pieces else ("", False)


def _span_of(s: Sentence, tok) -> tuple[int, int]:
    left, right = through_hyphenated_word(tok.left_edge, s.sent.start), tok.right_edge
    return s.doc_offset(left), s.doc_offset(right) + len(right.text)


def _name_span(s: Sentence, tok) -> tuple[int, int]:
    """An incise's speaker with the rest of its name: « a indiqué leur porte-parole, Attaye Ag Mohamed » is
    parsed with the name's words hung on "porte-parole" apart from its first, which alone is no person."""
    p0, p1 = _span_of(s, tok)
    right = tok.right_edge
    while right.i + 1 < s.sent.end and right.nbor().pos_ == "PROPN":
        right = right.nbor()
    return p0, max(p1, s.doc_offset(right) + len(right.text))


# a former official speaks for themself, not for the body they left ("a former UN mission official")
_FORMER = re.compile(r"\b(?:former|ex-|ancien(?:ne)?s?)\b", re.I)


_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b|\btook responsibility\b|\brevendiqu", re.I)


def _clause_content(s: Sentence, verb) -> tuple[int, int]:
    """The verb's own clause (its subtree without coordinated clauses), so that "There were
    accusations …, but the authorities denied them" does not put the narration in their mouth."""
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "cc") and c.i > verb.i for t in c.subtree}
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
    first = min(subj.left_edge.i if subj is not None else verb.i, verb.i)  # no leading "Previously,"
    toks = sorted((t for t in verb.subtree if t.i not in skip and t.i >= first), key=lambda t: t.i)
    return s.doc_offset(toks[0]), s.doc_offset(toks[-1]) + len(toks[-1].text)


def _quote_marks(text: str) -> list[tuple[int, bool]]:
    """(offset, is_opening) of the quotation marks of a text; a straight '"' opens when it starts the
    text or follows a space or bracket, and closes otherwise (after a word or punctuation)."""
    out = []
    for m in re.finditer(r"[\"“«”»]", text):
        q = m.group(0)
        opening = q in "“«" or (q == '"' and (m.start() == 0 or text[m.start() - 1] in " \t\n([—-"))
        out.append((m.start(), opening))
    return out


def _inside_quotes(s: Sentence, tok) -> bool:
    """Whether a token lies inside a quotation of its sentence ("« Il n'y avait que des civils »,
    a affirmé un élu": "civils" is quoted, not the one who speaks)."""
    base = s.sent.start_char
    # the paragraph's cached text: ``doc.text`` rebuilds it from every token on each call
    marks = _quote_marks(s.para.text[base : s.sent.end_char])
    at = tok.idx - base
    before = [opening for off, opening in marks if off < at]
    if before:
        return before[-1]  # the last mark before it opened a quote that is still open
    # the opening mark split off into the previous sentence: a closing mark comes first after it
    after = [opening for off, opening in marks if off > at]
    return bool(after) and not after[0]


def _inverted_subject(verb):
    """« … », a affirmé un élu local / "…," said the spokesman: after a closing quote the speaker
    follows the verb, and a parser may label it the object."""
    prev = [t for t in verb.doc[max(verb.sent.start, verb.i - 4) : verb.i] if not t.is_space]
    if not any(t.text in QUOTE_CLOSE or t.text == "," for t in prev):
        return None
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "obj", "dobj")
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _incise_subject(verb):
    """« Les FAMa ont neutralisé … , a annoncé lundi l'état-major »: a reporting verb right after the
    comma that closes its statement, its speaker after it; the small French model labels the speaker
    the verb's object (and may hang the verb on the statement as a modifier).  The comma's index and
    the speaker token, or None."""
    prev = [t for t in verb.doc[max(verb.sent.start, verb.i - 3) : verb.i] if not t.is_space and t.pos_ not in ("AUX", "PRON")]
    if not prev or prev[-1].text != "," or prev[-1].i <= verb.sent.start + 2:
        return None
    # the speaker is the first noun after the verb, past its day and the outlet it spoke to (« a annoncé lundi soir
    # l'état-major », « a déclaré à l'AFP son porte-parole, Mohamed X »); words decide: the parse is often wrong here
    addressee = False
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.lower_ in _INCISE_DAY or tok.pos_ in ("DET", "ADV", "SPACE") or tok.lower_ in ("à", "au", "aux") and not addressee:
            addressee = addressee or tok.lower_ in ("à", "au", "aux")
            continue
        if addressee and tok.pos_ in ("NOUN", "PROPN"):
            addressee = False  # the outlet addressed; the speaker comes next
            continue
        if tok.pos_ == "NOUN" and verb.doc[tok.i + 1 : tok.i + 2].text == "," and verb.doc[tok.i + 2 : tok.i + 3].text:
            tok = verb.doc[tok.i + 2] if verb.doc[tok.i + 2].pos_ == "PROPN" else tok
        return (prev[-1].i, tok) if tok.pos_ in ("NOUN", "PROPN") else None
    return None


# the day a French incise gives between its verb and its speaker (« a indiqué dimanche soir l'armée »)
_INCISE_DAY = frozenset([*FR_WEEKDAYS, *"hier matin soir nuit après-midi".split()])


def _verb_after_quote(verb) -> bool:
    """A verb right after a closing quote and its comma reports the quote (« … », a lancé X; "…," shouted X)."""
    prev = [t for t in verb.doc[max(verb.sent.start, verb.i - 4) : verb.i] if not t.is_space and t.pos_ not in ("AUX", "PRON")]
    return len(prev) >= 2 and prev[-1].text == "," and prev[-2].text in QUOTE_CLOSE


def _forces_of(ctx: Context, s: Sentence, subj) -> str | None:
    """"The junta's military", "Russia's army": a force word whose possessor is a government speaks
    for that government's armed forces (the actor affiliated to it that goes by that word)."""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    base = getattr(ctx.knowledge, "actors", None)
    if poss is None or base is None or not hasattr(base, "actors"):
        return None
    q0, q1 = _span_of(s, poss)
    head = subj.text.lower()
    for m in within(ctx.actors, q0, q1):
        for aid, actor in base.actors.items():
            if m.actor_id not in actor.affiliations or actor.kind != "state_forces":
                continue
            words = {w.lower().removeprefix("the ") for w in getattr(base, "contextual", {}).get(aid, [])}
            if head in words:
                return aid
    return None


def _via(ctx: Context, s: Sentence, verb=None) -> str | None:
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


class _Speakers:
    """Remembers the last person and actor speakers of the document for pronouns and bare nouns."""

    def __init__(self) -> None:
        self.last: Attribution | None = None
        self.last_person: Attribution | None = None
        self.last_actor: Attribution | None = None

    def forget(self) -> None:
        """An unnamed speaker ("a local politician told AFP") took the floor: later pronouns are
        theirs, not the last named speaker's."""
        self.last = self.last_person = None

    def remember(self, a: Attribution) -> None:
        self.last = a
        if a.speaker_is_person:
            self.last_person = a
        else:
            self.last_actor = a


def _resolve_phrase(ctx: Context, s: Sentence, p0: int, p1: int, phrase: str, memory: _Speakers):
    """(speaker id, surface, on_behalf_of, is_person) for a subject phrase, or None."""
    outlet_re = lexicon(ctx.language)["outlet"]
    # an agency the model took for a person ("… jointes par Studio Tamani") relays, it does not speak
    persons = [p for p in within(ctx.persons, p0, p1) if not outlet_re.fullmatch(p.surface)]  # type: ignore[union-attr]
    actors = [a for a in within(ctx.actors, p0, p1) if not outlet_re.fullmatch(a.surface)]  # type: ignore[union-attr]
    # "former" outside any actor name ("a former UN official", not "ex-rebel groups"): no longer speaks
    # for the body named
    former = [m for m in _FORMER.finditer(phrase)
              if not any(a.span.char_start <= p0 + m.start() < a.span.char_end for a in actors)]
    named = actor_read_as_person(ctx, persons[0], phrase) if persons else None
    if named:
        return named, phrase.strip(), None, False
    if persons:
        p = persons[0]
        behalf = p.affiliation or (actors[0].actor_id if actors else None)
        return p.person_id, p.surface, None if former else behalf, True
    government = None if actors or former else state_speaker(ctx, p0, p1, phrase)
    if government:
        return government, phrase.strip(), None, False
    unnamed = unnamed_speaker(phrase, ctx.language)
    if unnamed and (former or not actors or all(
            a.method == "contextual" and actor_kind(ctx, a.actor_id) == "civilians" for a in actors)):
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
        return None
    if FR_STATEMENT_AGAIN.match(low):
        prev = memory.last_actor or memory.last  # « précise le communiqué »: the communiqué told before
        return (prev.speaker, phrase.strip(), prev.on_behalf_of, prev.speaker_is_person) if prev else None
    if re.match(r"(?:a|an|one|some|two|three|several|un|une|des|plusieurs|deux|trois)\b", low):
        return None  # "a man", "some of them": no source named or described
    if _DEFINITE.match(low) and re.search(r"\b(?:same|même)\b", low):
        # "according to the same source", "selon la même source": whoever spoke last
        prev = memory.last
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


def _stance(ctx: Context, verb_lemma: str, sentence_text: str, content: str) -> str:
    lex = lexicon(ctx.language)
    if verb_lemma in lex.get("deny", frozenset()) or dismisses_reports(sentence_text):  # type: ignore[operator]
        return Stance.denies.value
    responsibility = lex.get("responsibility", frozenset())
    if re.search(r"\bclaim(?:ed|s)? (?:responsibility|credit)\b|\btook responsibility\b", sentence_text, re.I) or (
        verb_lemma in responsibility and verb_lemma not in lex.get("assert", frozenset())  # type: ignore[operator]
    ):  # a verb that only ever claims responsibility (French "revendiquer")
        return Stance.claims_responsibility.value
    if verb_lemma in lex.get("demand", frozenset()) or re.search(r"\b(?:must|demand|should leave|want\w* .{0,30} to leave)\b", content, re.I):  # type: ignore[operator]
        return Stance.demands.value
    return Stance.asserts.value


def find_attributions(ctx: Context) -> dict[int, Attribution]:
    """sentence index → who it is attributed to (the stage's entry point)."""
    out: dict[int, Attribution] = {}
    memory = _Speakers()
    verbs = _verbs(ctx.language)
    sents = sentences(ctx)
    for s in sents:
        try:
            a = _attribute(ctx, s, verbs, memory)
        except Exception:
            log.exception("claim attribution failed on sentence %d of %s", s.index, ctx.doc_id)
            a = None
        if a is None:
            # a bare quote right after a claim continues it ("…," the spokesman said. "When they…")
            quote, quoted = _quoted(s.text)
            prev = out.get(s.index - 1)
            if quoted and prev is not None and s.text.lstrip()[:1] in QUOTE_OPEN:
                a = Attribution(s.index, prev.speaker, prev.speaker_surface, prev.on_behalf_of, prev.via, prev.verb,
                                quote, True, prev.stance, s.start, s.end, prev.speaker_is_person)
        if a is not None:
            out[s.index] = a
            memory.remember(a)
    # a quote opened in one sentence and closed with its attribution in the next
    # ("“On November 14, … forces. The Russian side congratulates …,” the ministry said")
    for s in reversed(sents):
        nxt = out.get(s.index + 1)
        if s.index in out or nxt is None or s.index + 1 >= len(sents):
            continue
        if not any(q in sents[s.index + 1].text for q in QUOTE_CLOSE):
            continue
        text = s.text.strip()
        if sents[s.index + 1].para_index == s.para_index and text[:1] in QUOTE_OPEN and not any(q in text[1:] for q in QUOTE_CLOSE):
            quote = text.lstrip(QUOTE_OPEN).strip()
            if not re.search(r"\w", quote):
                continue  # a lone quotation mark split off as a sentence
            out[s.index] = Attribution(s.index, nxt.speaker, nxt.speaker_surface, nxt.on_behalf_of, nxt.via, nxt.verb,
                                       quote, True, nxt.stance, s.start, s.end, nxt.speaker_is_person)
    close_cut_quotes(sents, out)
    # "The army has not retaken X," a spokesman said: whatever the verb, the words deny the change of hands
    return {i: dataclasses.replace(a, stance=Stance.denies.value)
            if a.stance == Stance.asserts.value and negates_change_of_hands(a.content) else a for i, a in out.items()}


def _statement(ctx: Context, s: Sentence, verb, comp, quote: str, quoted: bool, fronted: bool, before: int,
               nominal: bool) -> str:
    """What the speaker said: the quote, else the reporting verb's complement, the fronted clause
    or the clause the verb governs, else the whole sentence."""
    text = s.text
    content = quote
    if not quoted or len(quote.split()) < 4:  # a scare-quoted word ("dozens"): keep the clause
        if comp is not None:
            c0, c1 = _span_of(s, comp)
            content = ctx.document.text[c0:c1]
        elif fronted:
            content = ctx.document.text[s.doc_offset(s.sent[0]) : s.doc_offset(s.sent.doc[before])]
        elif nominal:
            c0, c1 = _clause_content(s, verb)
            content = ctx.document.text[c0:c1]
        else:
            content = text
    if not quoted and comp is not None and re.match(r"[^\w\"“«]", content.strip()):
        # the parser took an apposition for the complement ("Residents say the town of 300,000
        # people, most of them displaced, depends on convoys"): the words after the verb say it
        content = ctx.document.text[s.doc_offset(verb) + len(verb.text) : s.end]
    if not quoted:
        # a quote whose opening mark the sentence splitter left in the previous sentence
        # ("… au marché. « | Il n'y avait que des civils », a affirmé un élu"): the words before the close
        tail = re.match(r"\s*([^\"“”«»]{3,}?)[\s,.]*[”»\"]", content)
        if tail and _inside_quotes(s, s.sent[0]):
            content = tail.group(1)
    return re.sub(r"^(?:that|:)\s+", "", content.strip(), flags=re.I).strip()


def _reporting_verbs(s: Sentence, verbs: frozenset[str]) -> list:
    """The sentence's reporting verbs, the main one first (the one closest to the root)."""
    text, doc, end = s.text, s.sent.doc, s.sent.end
    avoir = "avoir" in text or (end < len(doc) and doc[end].text == "avoir")
    record = "état" in text.lower() or (end < len(doc) and doc[end].lower_ == "état")
    toll = TOLL_WORDS.search(text) is not None  # "put the toll at 12": a toll given is a statement
    candidates = [t for t in s.sent if (t.pos_ in ("VERB", "AUX") or avoir and t.doc[t.i + 1:t.i + 2].text == "avoir")
                  and (t.lemma_.lower() in verbs or _verb_after_quote(t)) or record and tells_a_record(t)
                  or toll and tells_a_toll(t)]
    # a toll given after the sentence's reporting verbs: "The ministry said eight were killed; security sources put
    # the toll at 12" is the ministry's statement
    return sorted(candidates, key=lambda t: (toll and tells_a_toll(t), len(list(t.ancestors)), t.i))


def _attribute(ctx: Context, s: Sentence, verbs: frozenset[str], memory: _Speakers) -> Attribution | None:
    text = s.text
    quote, quoted = _quoted(text)
    via = _via(ctx, s)
    # "according to MINUSMA": a non-agency source is the speaker itself
    according = "|".join(re.escape(w) for w in longest_first(lexicon(ctx.language)["according"]))  # type: ignore[arg-type]
    m = re.search(rf"\b(?:{according})\s+", text, re.I)
    # « L'armée a nié avoir visé… »: the small French model may tag a participle before "avoir" a noun; « a fait état
    # de » reports: each looked for only when its word is in the sentence or follows it (a call per token is costly)
    nominal_verbs = _nominal_content_verbs(ctx.language)
    for verb in _reporting_verbs(s, verbs):
        # "nsubj:pass" is the French model's (Universal Dependencies) label for a passive subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        if subj is None:
            # « Le JNIM, lié à al-Qaïda, a revendiqué… »: the small French model hangs the subject
            # on the fronted participle; take it back when that clause comes before the verb
            subj = next((g for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                         for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        subj = speaker_of_reporting_verb(verb, subj)  # (a claim's issuer, a relative's antecedent, …)
        if subj is not None and _inside_quotes(s, subj):
            subj = _inverted_subject(verb)
        if subj is not None and subj.pos_ == "VERB" and subj.i < verb.i:
            subj = None  # the statement's clause read as the subject of its incise: no speaker
        incise = _incise_subject(verb) if subj is None and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) else None
        if incise is not None:
            subj = incise[1]
        if subj is None or (subj.i > verb.i and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            continue  # « …, accusant les VDP »: what follows a present participle is its object, not its speaker
        if subj.dep_ in ("nsubjpass", "nsubj:pass") and verb.lemma_.lower() not in ("report", "quote"):
            continue
        p0, p1 = _span_of(s, subj) if incise is None else _name_span(s, subj)
        if subj is verb.head:  # a relative clause's antecedent: its name, not the clause ("The army, which …")
            p1 = p0 + len(ctx.document.text[p0:s.doc_offset(verb.left_edge)].rstrip(" ,"))
        phrase = ctx.document.text[p0:p1]
        resolved = _resolve_phrase(ctx, s, p0, p1, phrase, memory)
        if resolved is None:
            if verb.dep_ in ("ROOT",) or verb.i == s.sent.root.i or quoted:
                memory.forget()
            continue
        if incise is not None and resolved[0].startswith(UNNAMED):
            continue  # only an institution or a named speaker is read from an incise's words (not "nos sources")
        speaker, surface, behalf, is_person = resolved
        forces = None if is_person else _forces_of(ctx, s, subj)
        if forces:
            speaker, surface = forces, phrase.strip()
        comp = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        # "Rebels want the Russians to leave, a spokesman told AFP": the parser hangs the reporting
        # clause on the fronted statement; the words before the comma are the content
        before = incise[0] if incise is not None else subj.left_edge.i - 1
        fronted = incise is not None or (verb.head.i < verb.i and verb.dep_ in ("conj", "parataxis", "ccomp", "advcl")
                                         and before > s.sent.start and s.sent.doc[before].text == ",")
        speech = quoted or fronted or comp is not None or verb.dep_ == "parataxis" or any(
            c.dep_ == "parataxis" for c in verb.children) or any(q in text for q in QUOTE_OPEN + QUOTE_CLOSE)
        nominal = verb.lemma_.lower() in nominal_verbs or _RESPONSIBILITY.search(text) is not None or tells_a_record(verb) \
            or tells_a_toll(verb)
        if not speech and not nominal:
            continue  # "the group announced its withdrawal": an act told by the narrator, not a statement
        content = _statement(ctx, s, verb, comp, quote, quoted, fronted, before, nominal)
        stance = _stance(ctx, verb.lemma_.lower(), text, content)
        return Attribution(s.index, speaker, surface, behalf, via, verb.text, content, quoted, stance,
                           s.start, s.end, is_person)
    if m is None:
        return _communique(ctx, s, via, memory)
    if m is not None:
        a0 = s.start + m.end()
        tail = ctx.document.text[a0 : s.end]
        stop = re.search(r"[,;]", tail)
        a1 = through_named_apposition(ctx.document.text, a0 + (stop.start() if stop else len(tail)), s.end, ctx.persons)
        resolved = _resolve_phrase(ctx, s, a0, a1, ctx.document.text[a0:a1], memory)
        # "according to residents reached by RFI": the residents speak, RFI relays
        if resolved is not None and (via is None or resolved[0].startswith(UNNAMED)):
            speaker, surface, behalf, is_person = resolved
            content = text[: m.start()].strip(" ,") or text
            return Attribution(s.index, speaker, surface, behalf, via, "according to", content, quoted,
                               Stance.asserts.value, s.start, s.end, is_person)
    return None


def _communique(ctx: Context, s: Sentence, via: str | None, memory: _Speakers) -> Attribution | None:
    if ctx.language != "fr":
        return None
    opening = communique_opening(s.text)
    if opening is None:
        return None
    p0, p1 = s.start + opening.subject[0], s.start + opening.subject[1]
    resolved = _resolve_phrase(ctx, s, p0, p1, ctx.document.text[p0:p1], memory)
    if resolved is None or resolved[3]:
        return None  # an institution speaks in a communiqué, not a person or a described source
    speaker, surface, behalf, _person = resolved
    stance = Stance.denies.value if opening.verb.lower().startswith("dém") else Stance.asserts.value
    return Attribution(s.index, speaker, surface, behalf, via, opening.verb, opening.content, False, stance,
                       s.start, s.end, False)
