"""Fusion's reading of a roundup's sentences, pieces written here: a sentence that opens on another town (« Quelques
heures plus tard, à Niono, … ») tells that town's incident, whose figures a count dispute does not read."""

from __future__ import annotations

from sitrep.fuse.other_town import opens_on_another_town


def test_a_sentence_opening_on_another_town():
    towns = {"lere"}
    assert opens_on_another_town("Quelques heures plus tard, à Niono, des hommes armés ont tué deux civils.", towns)
    assert opens_on_another_town("À Niono, deux civils ont été tués.", towns)
    assert not opens_on_another_town("À Léré, 12 soldats ont été tués.", towns)  # the event's own town, accents aside
    assert not opens_on_another_town("Au Mali, des hommes armés ont tué deux civils.", towns)  # a country takes « au »
    assert not opens_on_another_town("Des hommes armés ont tué deux civils à Niono.", towns)  # not opening on it
    assert opens_on_another_town("Later, in the town of Gao, two civilians were killed.", towns)
    assert not opens_on_another_town("In Mali, two civilians were killed.", towns)


def test_the_own_town_written_with_either_apostrophe():
    # the place modules' one folding (``fold_place_name``): a typographic apostrophe is the gazetteer's plain one
    from sitrep.knowledge.names import fold_place_name

    towns = {fold_place_name("N'Tillit")}
    assert not opens_on_another_town("À N’Tillit, deux civils ont été tués.", towns)
    assert opens_on_another_town("À N’Tahaka, deux civils ont été tués.", towns)
