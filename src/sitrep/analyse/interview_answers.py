"""An interview printed question by question: the answers are the interviewee's statements.

A question-and-answer interview (« le maire de Kouakourou, Boubacar Kanta, a accepté de répondre à nos questions »,
then « Q : Que s'est-il passé ? » / « R : Des hommes armés sont venus … », or « RFI : … » / « Hamidou Guindo : … »;
"Q:" / "A:" in English) has no reporting verb in its answers: nothing said who spoke them.  The lead names the
interviewee; each paragraph that opens with an answer's label (« R : », « Réponse : », "A:", "Answer:", or the
interviewee's own name and a colon) is theirs, sentence by sentence, as a quote.  Without a lead, an answer labelled
with the name of a person the article names is that person's.  Questions (« Q : », the outlet's name) say nothing.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, within
from sitrep.analyse.speakers import SpeakerMemory, resolve_speaker

# the lead of an interview: the person answers the outlet's questions, or gives it an interview
_LEAD = re.compile(
    r"\b(?:r[ée]pond(?:u|re|ait)?\s+(?:aux|à\s+nos|à\s+ses|à\s+leurs)\s+questions"
    r"|(?:accordé|donné)\s+(?:un\s+entretien|une\s+interview)|s['’]est\s+confié(?:e)?\s+à"
    r"|answer(?:ed|s)?\s+(?:our|the|its)?\s*questions|(?:gave|granted)\s+an\s+interview)\b", re.IGNORECASE)
# an answer's label at the opening of its paragraph: « R : », « Réponse : », "A:", "Answer:"
_ANSWER_LABEL = re.compile(r"\s*(?:R|Réponse|A|Answer)\s*[:](?:\s+|$)")
# a question's label: « Q : », « Question : », "Q:"
_QUESTION_LABEL = re.compile(r"\s*(?:Q|Question)\s*[:](?:\s+|$)")
# a name and a colon opening a paragraph (« Hamidou Guindo : … »)
_NAME_LABEL = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})\s*:(?:\s+|$)")


def _interviewee(ctx: Context, sents: list[Sentence]):
    """(speaker, surface, on behalf of) of the person an interview's lead names, or None."""
    for s in sents:
        if not _LEAD.search(s.text):
            continue
        for p in within(ctx.persons, s.start, s.end):
            found = resolve_speaker(ctx, s, p.span.char_start, p.span.char_end, p.surface, SpeakerMemory())
            if found is not None and found[3]:
                return found[:3]
    return None


def _labelled_person(ctx: Context, label: str):
    """(speaker, surface, on behalf of) of the article's person whose name labels an answer, or None."""
    for p in ctx.persons:
        if p.surface == label or (len(label.split()) == 1 and p.surface.split()[-1:] == [label]):
            return p.person_id, p.surface, p.affiliation
    return None


def _paragraphs(sents: list[Sentence]) -> list[list[Sentence]]:
    out: list[list[Sentence]] = []
    for s in sents:
        if out and out[-1][0].para_index == s.para_index:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def answers_of_interview(ctx: Context, sents: list[Sentence], out: dict, make) -> None:
    """Attribute each answer paragraph's sentences to the interviewee; ``make(index, speaker, surface, behalf,
    content, sentence)`` builds an attribution.  Sentences already attributed keep their speaker."""
    paras = _paragraphs(sents)
    if not any(_QUESTION_LABEL.match(p[0].text) or _ANSWER_LABEL.match(p[0].text) or _NAME_LABEL.match(p[0].text)
               for p in paras):
        return
    lead = _interviewee(ctx, sents)
    for para in paras:
        # (the label may be a sentence of its own: « R : » then the answer's sentences)
        opening = para[0].text
        named = _NAME_LABEL.match(opening)
        if _ANSWER_LABEL.match(opening) and lead is not None:
            who, label = lead, _ANSWER_LABEL
        elif named is not None and (who := _labelled_person(ctx, named.group("name"))) is not None:
            label = _NAME_LABEL
        else:
            continue
        for i, s in enumerate(para):
            cut = label.match(s.text) if i == 0 else None
            content = (s.text[cut.end():] if cut else s.text).strip()
            if s.index not in out and re.search(r"\w{2}", content):
                out[s.index] = make(s.index, *who, content, s)
