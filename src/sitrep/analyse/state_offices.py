"""A government ministry named as a speaker without its country: "the interior ministry said in a statement", "the
ministry of security said", "the ministry said", « le ministère de l'Intérieur a annoncé ».  Wires name the ministry
of the country the story is about without repeating the country; it speaks for that government (the one country most
of the document's places lie in).  A defence ministry is no such office: it is named as the armed forces' own alias
in the actor base and resolved there before this reading is asked."""

from __future__ import annotations

import re

# the phrase is the ministry itself, with at most its article and the office it holds: "the interior ministry",
# "Interior Ministry", "the ministry of the interior", "the ministry of public security", « le ministère de la
# Sécurité »; not a person in it ("a ministry official", "the ministry's spokesman" are unnamed sources or persons)
# ("the ministry" alone is the one named before, read by the speaker's memory: "The Russian Foreign Ministry said …
# the ministry said in a statement")
_MINISTRY = re.compile(
    r"^(?:the\s+|le\s+|l['’]\s*)?(?:(?:(?!the\b|a\b|this\b|that\b)[A-Za-z]+\s+){1,2}ministry|ministry\s+of\s+(?:the\s+)?[A-Za-z ]{3,40}|"
    r"minist[èe]re\s+(?:de\s+la|de\s+l['’]|des|du)\s*[\w ]{3,40})$", re.IGNORECASE)
_NOT_AN_OFFICE = re.compile(r"\b(?:official|officials|source|sources|spokes\w*|foreign|russian|french|american|"
                            r"chinese|ukrainian)\b", re.IGNORECASE)


def ministry_government(ctx, phrase: str, leading_government) -> str | None:
    """The government a ministry named without its country speaks for (``leading_government(ctx)``: that of the
    document's leading country), None when the phrase is no bare ministry.  A foreign ministry is left out: it
    speaks for its country abroad, often another than the one the story is set in."""
    text = " ".join(phrase.split())
    if not _MINISTRY.match(text) or _NOT_AN_OFFICE.search(text):
        return None
    return leading_government(ctx)
