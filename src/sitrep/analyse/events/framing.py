"""Sentences that frame the area of a story rather than tell its news, and the groups they name.

Wire copy of an attack told with generic doers (« des terroristes », « des hommes armés ») often closes on who is active
around: « Le département est régulièrement visé par des attaques attribuées à l'organisation État islamique au Sahel »,
« La région est disputée depuis 2022 par l'EI au Sahel et le JNIM ».  Such a sentence tells a habit or a state lasting
years (``sitrep.analyse.durative``, ``sitrep.analyse.background``), not the deed: a group named only there is no doer
that a generic word of the news may stand for (``args.latest_actor_of_kind``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.analyse.background import past_reference
from sitrep.analyse.durative import durative_or_habitual


def named_in_framing(sents: Sequence, at: int) -> bool:
    """The actor named at document offset ``at`` stands in one of the document's sentences ``sents`` (``args.Sentence``)
    that frames the area, not the news."""
    s = next((x for x in sents if x.start <= at < x.end), None)
    return s is not None and (durative_or_habitual(s.text) or past_reference(s.text, None)[0])


def named_in_history(sents: Sequence, at: int) -> bool:
    """The actor named at ``at`` stands in a sentence recalling the area's past ("Mali has been facing a security
    crisis since 2012, with attacks by armed groups linked to al-Qaida"): no party of the news, not even the target a
    force's deed names generically."""
    s = next((x for x in sents if x.start <= at < x.end), None)
    return s is not None and past_reference(s.text, None)[0]
