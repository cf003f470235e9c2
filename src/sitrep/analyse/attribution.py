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
``Context.attributions`` (sentence index → ``Attribution``).  Whom a subject phrase names is
``sitrep.analyse.speakers``; where quotes and incises put the speaker is ``sitrep.analyse.quotations``.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass, replace

from sitrep.analyse.claim_words import (TOLL_WORDS, UNNAMED, CommuniqueOpening, communique_opening, dismisses_reports,
                                        lexicon, negates_change_of_hands, nominal_content_verbs as _nominal_content_verbs,
                                        reads_out_a_statement, speaker_of_reporting_verb, tells_a_record,
                                        tells_a_toll, through_named_apposition, unnamed_speaker)
from sitrep.analyse.toll_statements import agent_of_a_count_given
from sitrep.analyse.statement_readings import states_about_a_deed
from sitrep.analyse.context import Context
from sitrep.analyse.cut_quotes import close_cut_quotes
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.cues import DATELINE
from sitrep.analyse.interview_answers import answers_of_interview
from sitrep.analyse.inverted_denials import denies, inverted_denial, tells_own_version
from sitrep.analyse.letterhead import issuer_statements
from sitrep.analyse.mistagged_verbs import count_follows, mistagged_after_quote, mistagged_reporting_verb, mistagged_subject
from sitrep.analyse.printed_statements import statements_after_their_lead
from sitrep.analyse.quotations import (
    QUOTE_CLOSE, QUOTE_OPEN, clause_complement, incise_day, incise_subject, inside_quotes, inverted_subject, quoted_words, verb_after_quote,
)
from sitrep.analyse.speakers import SpeakerMemory, forces_of, name_span, relaying_outlet, resolve_speaker, span_of
from sitrep.model import Stance
from sitrep.regex_codes import longest_first

log = logging.getLogger(__name__)


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


_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b|\btook responsibility\b|\brevendiqu", re.I)


def _clause_content(s: Sentence, verb) -> tuple[int, int]:
    """The verb's own clause (its subtree without coordinated clauses), so that "There were
    accusations …, but the authorities denied them" does not put the narration in their mouth."""
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "cc") and c.i > verb.i for t in c.subtree}
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
    first = min(subj.left_edge.i if subj is not None else verb.i, verb.i)  # no leading "Previously,"
    toks = sorted((t for t in verb.subtree if t.i not in skip and t.i >= first), key=lambda t: t.i)
    return s.doc_offset(toks[0]), s.doc_offset(toks[-1]) + len(toks[-1].text)


def _speaking_subject(verb):
    """The reporting verb's subject ("nsubj:pass" is the French model's label for a passive subject).  When the parser
    hangs two subjects on it, both before it ("Gunmen on motorcycles killed 18 civilians …, the interior ministry
    said": the statement's subject misread as the verb's own, its verb a participle), the one nearest the verb speaks."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
    before = [c for c in subjects if c.i < verb.i]
    # (the statement tells a deed of its own, its verb a participle on its subject; a heading before a colon does not:
    # "Coup/military takeover: On 30 September 2022, mutinous soldiers announced …")
    if len(before) > 1 and verb.doc[before[-1].left_edge.i - 1].text == "," and verb.i - before[-1].i <= 3 \
            and any(t.pos_ == "VERB" for t in before[0].subtree) and not any(t.text == ":" for t in before[0].subtree):
        return before[-1], before[0]  # (the speaker, the statement read as a subject: its content)
    return (subjects[0] if subjects else None), None


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
    memory = SpeakerMemory()
    verbs = _verbs(ctx.language)
    sents = sentences(ctx)
    for s in sents:
        try:
            a = _attribute(ctx, s, verbs, memory)
        except Exception:
            log.exception("claim attribution failed on sentence %d of %s", s.index, ctx.doc_id)
            a = None
        if a is None or a.speaker.startswith(UNNAMED):
            # « Des sources locales évoquent cinq soldats tués, ce que dément l'armée »: the one who denies speaks
            a = _denial_after(ctx, s, memory) or _count_given(ctx, s, verbs, memory) or a
        if a is None:
            # a bare quote right after a claim continues it ("…," the spokesman said. "When they…")
            quote, quoted = quoted_words(s.text)
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
    # "… released the following communiqué, signed by its spokesman, X:" and the quoted paragraph after it
    statements_after_their_lead(ctx, sents, out, lambda i, speaker, surface, behalf, content, t, person: Attribution(
        i, speaker, surface, behalf, None, "signed", content, True, Stance.asserts.value, t.start, t.end, person))
    # an interview printed question by question: « R : … » or « Hamidou Guindo : … » is the interviewee's
    answers_of_interview(ctx, sents, out, lambda i, speaker, surface, behalf, content, t: Attribution(
        i, speaker, surface, behalf, None, "answers", content, True, Stance.asserts.value, t.start, t.end, True))
    # a communiqué printed as the document: its body's reports are its issuer's (``sitrep.analyse.letterhead``)
    issuer_statements(ctx, sents, out, lambda i, speaker, surface, t: Attribution(
        i, speaker, surface, None, None, "communiqué", t.text.strip(), False, Stance.asserts.value, t.start, t.end))
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
            c0, c1 = span_of(s, comp)
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
        if tail and inside_quotes(s, s.sent[0]):
            content = tail.group(1)
    return re.sub(r"^(?:that|:)\s+", "", content.strip(), flags=re.I).strip()


def _reporting_verbs(s: Sentence, verbs: frozenset[str]) -> list:
    """The sentence's reporting verbs, the main one first (the one closest to the root), none in a bracketed aside."""
    text, doc, end = s.text, s.sent.doc, s.sent.end
    avoir = "avoir" in text or (end < len(doc) and doc[end].text == "avoir")
    record = "état" in text.lower() or (end < len(doc) and doc[end].lower_ == "état")
    toll = TOLL_WORDS.search(text) is not None  # "put the toll at 12": a toll given is a statement
    candidates = [t for t in s.sent if (t.pos_ in ("VERB", "AUX") or avoir and t.doc[t.i + 1:t.i + 2].text == "avoir")
                  and (t.lemma_.lower() in verbs or verb_after_quote(t)) or record and tells_a_record(t)
                  or toll and tells_a_toll(t) or mistagged_reporting_verb(t, verbs) and count_follows(t)
                  or mistagged_after_quote(t, verbs)]
    if "(" in text:
        candidates = [t for t in candidates if not _inside_brackets(text[:s.doc_offset(t) - s.start])]
    # a toll given after the sentence's reporting verbs: "The ministry said eight were killed; security sources put
    # the toll at 12" is the ministry's statement
    return sorted(candidates, key=lambda t: (toll and tells_a_toll(t), len(list(t.ancestors)), t.i))


def _inside_brackets(before: str) -> bool:
    """Whether the words after ``before`` (the sentence up to a token) stand inside a bracketed aside, whose reporting
    verb speaks for the aside only: "risen to 22 according to community leaders (the government still says 12)"."""
    return before.count("(") > before.count(")")


def _source_length(tail: str) -> int:
    """The length of the source named at the start of ``tail`` (the words after "according to"): up to a comma, or
    to a bracketed aside of several words ("community leaders (the government still says 12)"), not to a name's
    acronym ("the Coordination of Azawad Movements (CMA)")."""
    stop = re.search(r"[,;]|\((?=[^)]*\s\S+\s)", tail)
    return stop.start() if stop else len(tail)


def _fronted_participle_subject(verb):
    """« Le JNIM, lié à al-Qaïda, a revendiqué… »: the small French model hangs the subject on the fronted participle;
    taken back when that clause comes before the verb — unless a day right after the verb opens an incise, whose
    speaker follows it (« …, a indiqué mardi soir l'armée »: the fronted clause is the statement, not its speaker)."""
    if verb.i + 1 < len(verb.doc) and incise_day(verb, verb.doc[verb.i + 1]):
        return None
    return next((g for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                 for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)

def _attribute(ctx: Context, s: Sentence, verbs: frozenset[str], memory: SpeakerMemory) -> Attribution | None:
    text = s.text
    quote, quoted = quoted_words(text)
    via = relaying_outlet(ctx, s)
    # "according to MINUSMA": a non-agency source is the speaker itself
    according = "|".join(re.escape(w) for w in longest_first(lexicon(ctx.language)["according"]))  # type: ignore[arg-type]
    m = re.search(rf"\b(?:{according})\s+", text, re.I)
    # « L'armée a nié avoir visé… »: the small French model may tag a participle before "avoir" a noun; « a fait état
    # de » reports: each looked for only when its word is in the sentence or follows it (a call per token is costly)
    nominal_verbs = _nominal_content_verbs(ctx.language)
    for verb in _reporting_verbs(s, verbs):
        mistagged = verb.pos_ not in ("VERB", "AUX") and mistagged_reporting_verb(verb, verbs)
        subj, statement_as_subject = (mistagged_subject(verb), None) if mistagged else _speaking_subject(verb)
        subj = None if incise_day(verb, subj) else subj
        subj = _fronted_participle_subject(verb) if subj is None else subj
        subj = speaker_of_reporting_verb(verb, subj)  # (a claim's issuer, a relative's antecedent, …)
        behind = _incise_behind_dateline(s, subj, verb)
        subj = behind if behind is not None else subj
        if subj is not None and inside_quotes(s, subj):
            subj = inverted_subject(verb)
        if subj is not None and subj.pos_ == "VERB" and subj.i < verb.i:
            subj = None  # the statement's clause read as the subject of its incise: no speaker
        incise = incise_subject(verb) if subj is None and clause_complement(verb) is None else None
        if incise is not None:
            subj = incise[1]
        if subj is None or (subj.i > verb.i and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")):
            continue  # « …, accusant les VDP »: what follows a present participle is its object, not its speaker
        if subj.dep_ in ("nsubjpass", "nsubj:pass") and verb.lemma_.lower() not in ("report", "quote"):
            subj = passive_agent(verb)  # « L'embuscade a été revendiquée par le JNIM »: the agent speaks
            if subj is None:
                continue
        p0, p1 = span_of(s, subj) if incise is None else name_span(s, subj)
        if (relative := _relative_clause(subj, verb)) is not None:  # the antecedent's name, not the clause ("The army, which …")
            p1 = min(p1, p0 + len(ctx.document.text[p0:s.doc_offset(relative.left_edge)].rstrip(" ,")))
        p0, p1 = _past_dateline(ctx, s, subj, verb, p0, p1)
        p0 = _past_counted_victims(ctx.document.text, p0, p1, ctx.language or "en")
        phrase = ctx.document.text[p0:p1]
        resolved = resolve_speaker(ctx, s, p0, p1, phrase, memory)
        if resolved is None:
            if verb.dep_ in ("ROOT",) or verb.i == s.sent.root.i or quoted:
                memory.forget()
            continue
        if incise is not None and resolved[0].startswith(UNNAMED):
            continue  # only an institution or a named speaker is read from an incise's words (not "nos sources")
        speaker, surface, behalf, is_person = _issuer_of_what_is_read(verb, resolved)
        forces = None if is_person else forces_of(ctx, s, subj)
        if forces:
            speaker, surface = forces, phrase.strip()
        comp = clause_complement(verb) or _statement_past_aside(verb) \
            or statement_as_subject
        # "Rebels want the Russians to leave, a spokesman told AFP": the parser hangs the reporting
        # clause on the fronted statement; the words before the comma are the content
        before = incise[0] if incise is not None else _before_speaker(verb, subj)
        fronted = behind is not None or incise is not None or (verb.head.i < verb.i and verb.dep_ in ("conj", "parataxis", "ccomp", "advcl")
                                         and before > s.sent.start and s.sent.doc[before].text == ",")
        speech = quoted or fronted or comp is not None or verb.dep_ == "parataxis" or any(
            c.dep_ == "parataxis" for c in verb.children) or any(q in text for q in QUOTE_OPEN + QUOTE_CLOSE)
        nominal = verb.lemma_.lower() in nominal_verbs or _RESPONSIBILITY.search(text) is not None or mistagged \
            or states_about_a_deed(verb)
        if not speech and not nominal:
            continue  # "the group announced its withdrawal": an act told by the narrator, not a statement
        content = _statement(ctx, s, verb, comp, quote, quoted, fronted, before, nominal) if not mistagged \
            else ctx.document.text[s.doc_offset(verb) + len(verb.text):s.end].strip(" .")  # (its words after it)
        stance = _stance(ctx, verb.lemma_.lower(), text, content)
        return Attribution(s.index, speaker, surface, behalf, via, verb.text, content, quoted, stance,
                           s.start, s.end, is_person)
    if m is None:
        return _communique(ctx, s, via, memory)
    if m is not None:
        a0 = s.start + m.end()
        tail = ctx.document.text[a0 : s.end]
        a1 = through_named_apposition(ctx.document.text, a0 + _source_length(tail), s.end, ctx.persons)
        resolved = resolve_speaker(ctx, s, a0, a1, ctx.document.text[a0:a1], memory)
        # "according to residents reached by RFI": the residents speak, RFI relays
        if resolved is not None and (via is None or resolved[0].startswith(UNNAMED)):
            speaker, surface, behalf, is_person = resolved
            content = text[: m.start()].strip(" ,") or text
            return Attribution(s.index, speaker, surface, behalf, via, "according to", content, quoted,
                               Stance.asserts.value, s.start, s.end, is_person)
    return None


def _relative_clause(subj, verb):
    """The relative clause after a speaker's noun: the reporting verb's own (« L'armée, qui a reconnu … ») or one after
    an inverted subject (« précise le ministère, qui fait état de « plusieurs terroristes neutralisés » »): no part of
    who speaks (the victims it counts would read as the speaker)."""
    if subj is verb.head:
        return verb
    return next((c for c in subj.children if c.dep_ in ("acl:relcl", "relcl") and c.i > subj.i
                 and c.left_edge.lower_ in _RELATIVE_OPENERS), None)  # (not "the Group to Support Islam …")


_RELATIVE_OPENERS = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "which", "who", "whom", "whose"})


def _count_given(ctx: Context, s: Sentence, verbs: frozenset[str], memory: SpeakerMemory) -> Attribution | None:
    """A count of the dead qualified by its giver (« Les neuf soldats tués annoncés par le gouvernement seraient en
    réalité au moins quinze »): the giver's statement, the count it gave."""
    for verb in _reporting_verbs(s, verbs):
        agent = agent_of_a_count_given(verb)
        if agent is None or _speaking_subject(verb)[0] is not None:
            continue
        p0, p1 = span_of(s, agent)
        resolved = resolve_speaker(ctx, s, p0, p1, ctx.document.text[p0:p1], memory)
        if resolved is None or resolved[0].startswith(UNNAMED):
            continue
        speaker, surface, behalf, is_person = resolved
        content = ctx.document.text[s.doc_offset(verb.head.left_edge):s.doc_offset(verb) + len(verb.text)]
        content = re.sub(r"^(?:que|qu['’]|than)\s*", "", content)  # (« plus lourd que les quatorze morts annoncés »)
        return Attribution(s.index, speaker, surface, behalf, relaying_outlet(ctx, s), verb.text, content, False,
                           Stance.asserts.value, s.start, s.end, is_person)
    return None


def _before_speaker(verb, subj) -> int:
    """The token just before the reporting clause: before its subject, or, when the subject follows its verb
    (« …, a indiqué le ministère de la Défense »), before the verb and its auxiliaries, where an incise's comma stands."""
    if subj.i < verb.i:
        return subj.left_edge.i - 1
    return min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)]) - 1


# the noun of a French aside between a reporting verb and its statement (« affirme de son côté n'avoir enregistré
# aucune perte », « indique pour sa part que … »), which the parser takes for the verb's complement
_ASIDE_NOUNS = frozenset(("côté", "part"))


def _statement_past_aside(verb):
    """The statement the parser hung on an aside's noun instead of on the reporting verb (« l'état-major affirme de son
    côté n'avoir enregistré aucune perte »: « enregistré » a clause of « côté »), or None."""
    for c in verb.children:
        if c.lower_ in _ASIDE_NOUNS and c.dep_.startswith("obl") and c.i > verb.i:
            found = next((g for g in c.children if g.dep_ in ("acl", "ccomp", "xcomp", "acl:relcl") and g.pos_ == "VERB"
                          and g.i > c.i), None)
            if found is not None:
                return found
    return _statement_in_its_medium(verb)


def _statement_in_its_medium(verb):
    """The statement the parser hung, with its "that", on the medium or the time it was said in ("The army said in a
    statement that six soldiers were killed": « killed » a clause of "statement"; "said at the time that …"; « a
    indiqué dans un communiqué que … »), or None.  That clause is what the verb says."""
    for prep in verb.children:
        if prep.dep_ != "prep" and not prep.dep_.startswith("obl"):
            continue
        nouns = [prep] if prep.pos_ in ("NOUN", "PROPN") else [g for g in prep.children if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.i < verb.i:
                continue
            # ("said at the time that it had killed …": the parser may make the clause a relative of "time", its
            # "that" an adverb; a relative's own "that" is its subject or object, never read here)
            found = next((g for g in noun.children if g.dep_ in ("acl", "ccomp", "acl:relcl", "relcl")
                          and g.pos_ in ("VERB", "AUX") and g.i > noun.i
                          and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("that", "que", "qu'", "qu’")
                                  for m in g.children)), None)
            if found is not None:
                return found
    return None


# a counted noun phrase opening a speaker phrase: "at least 20 civilians", "12 soldiers", "dozens of villagers"
_COUNTED = re.compile(r"(?:(?:at\s+least|more\s+than|about|around|nearly|over)\s+)?\d", re.I)


def _past_counted_victims(text: str, p0: int, p1: int, language: str) -> int:
    """"… killed at least 20 civilians, including women and children, witnesses and a local leader have told Al
    Jazeera": the parser may hang the incise's verb on the victims counted before it, taking them with the
    speakers for its subject; the dead do not speak, so the speakers are the words after the last comma
    (when those name a source: a described one, or a name)."""
    phrase = text[p0:p1]
    cut = phrase.rfind(",")
    tail = phrase[cut + 1:].strip() if cut >= 0 else ""
    if not tail or not _COUNTED.match(phrase) or not (tail[0].isupper() or unnamed_speaker(tail, language)):
        return p0
    return p0 + cut + 1 + (len(phrase[cut + 1:]) - len(phrase[cut + 1:].lstrip()))


def _issuer_of_what_is_read(verb, resolved: tuple) -> tuple:
    """A minister reading the government's communiqué: its words are its issuer's, the reader only delivers
    them (and "the communiqué states" after it is the issuer again): the speaker becomes the body he speaks for."""
    speaker, surface, behalf, is_person = resolved
    if is_person and behalf and reads_out_a_statement(verb):
        return behalf, surface, None, False
    return resolved


def passive_agent(verb):
    """The agent of a passive reporting verb ("claimed by JNIM", « revendiquée par le GSIM »), or None."""
    # the small French model may hang it on a day word read as a verb (« revendiquée jeudi par le GSIM »)
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    agent = next((c for h in heads for c in h.children if c.dep_ in ("obl:agent", "agent")), None)
    if agent is not None and agent.dep_ == "agent":  # the English parser hangs the noun on "by"
        agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return agent


def _incise_behind_dateline(s: Sentence, subj, verb):
    """The speaker of an incise after a lead the parser chained to its dateline ("BAMAKO, Mali (AP) — Soldiers executed
    41 civilians in November, Human Rights Watch said on Wednesday": the dateline's town read as the subject, the
    lead's doer and the speaker as its conjuncts): the last conjunct after a comma before the verb, or None."""
    dateline = DATELINE.match(s.text)
    if subj is None or dateline is None or s.doc_offset(subj) >= s.start + dateline.end() or subj.i > verb.i:
        return None
    told = [t for t in subj.conjuncts if s.start + dateline.end() <= s.doc_offset(t) and t.i < verb.i
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    return told[-1] if told else None


def _past_dateline(ctx: Context, s: Sentence, subj, verb, p0: int, p1: int) -> tuple[int, int]:
    """The subject's span without a dateline it starts with: "BAMAKO, March 4 (Reuters) - Mali's army said" is the
    army, not the capital filed from (the parser may take the dateline alone for the subject; then the words between
    it and the verb are the speaker)."""
    dateline = DATELINE.match(ctx.document.text[p0:p1 + 2])
    if not dateline:
        return p0, p1
    p0, p1 = p0 + dateline.end(), max(p1, s.doc_offset(verb) if subj.i < verb.i else p1)
    return p0, p0 + len(ctx.document.text[p0:p1].rstrip(" ,"))


def _denial_after(ctx: Context, s: Sentence, memory: SpeakerMemory) -> Attribution | None:
    """The speaker of a French denial told after what it denies (``inverted_denials``), or None."""
    denial = inverted_denial(s.text) if ctx.language == "fr" else None
    return _communique(ctx, s, relaying_outlet(ctx, s), memory, denial) if denial is not None else None


def denials_beside(ctx: Context, attributions: dict[int, Attribution]) -> list[Attribution]:
    """The denials told after a named party's statement in the same sentence (« Le FLA affirme avoir abattu un drone
    de l'armée, ce que dément le gouvernement malien »): a second speaker the sentence's attribution does not hold."""
    out = []
    for s in sentences(ctx):
        first = attributions.get(s.index)
        if first is None or first.speaker.startswith(UNNAMED):
            continue  # (then the denial is the sentence's own attribution, if any)
        second = _denial_after(ctx, s, SpeakerMemory())
        if second is not None and second.speaker != first.speaker:
            # (its span opens on the speaker, so that the sentence's two claims are told apart)
            out.append(replace(second, start=s.start + inverted_denial(s.text).subject[0]))
    return out


def _communique(ctx: Context, s: Sentence, via: str | None, memory: SpeakerMemory,
                opening: CommuniqueOpening | None = None) -> Attribution | None:
    if ctx.language != "fr":
        return None
    opening = opening or communique_opening(s.text)
    if opening is None:
        return None
    p0, p1 = s.start + opening.subject[0], s.start + opening.subject[1]
    resolved = resolve_speaker(ctx, s, p0, p1, ctx.document.text[p0:p1], memory)
    if resolved is None or resolved[3]:
        return None  # an institution speaks in a communiqué, not a person or a described source
    speaker, surface, behalf, _person = resolved
    verb = opening.verb.lower()
    version = denies(verb) and tells_own_version(s.text)  # (« …, ce que dément l'armée, qui fait état de … »)
    stance = Stance.asserts.value if version else Stance.denies.value if denies(verb) else \
        Stance.claims_responsibility.value if verb.startswith("revendiqu") else Stance.asserts.value
    return Attribution(s.index, speaker, surface, behalf, via, opening.verb, opening.content, False, stance,
                       s.start, s.end, False)
