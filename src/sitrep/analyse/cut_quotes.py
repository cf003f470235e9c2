"""Statements the sentence splitter cut at an opening quotation mark.

The small spaCy models end a sentence at a guillemet now and then ("… a évoqué un « | repli tactique
» de ses unités"); the attribution stage (``sitrep.analyse.attribution``) gives the attributed
sentence the words that run on up to the closing mark.
"""

from __future__ import annotations


def _unclosed(text: str) -> bool:
    """The text opens a quotation it does not close (only the directional marks are counted)."""
    return sum(text.count(q) for q in "«“") > sum(text.count(q) for q in "»”")


def close_cut_quotes(sents: list, out: dict) -> None:
    """A statement the sentence splitter cut at an opening mark ("… a évoqué un « | repli tactique
    » de ses unités"): its words run on in the following sentences of the paragraph up to the
    closing mark, and are the statement's too."""
    for idx, a in sorted(out.items()):
        text = sents[idx].text
        j = idx + 1
        while (_unclosed(text) and j < len(sents) and j not in out
               and sents[j].para_index == sents[idx].para_index):
            text += " " + sents[j].text
            a.content = f"{a.content} {sents[j].text}".strip()
            a.end = sents[j].end
            j += 1
