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


def test_a_paragraph_moving_on_to_another_towns_incident():
    from sitrep.fuse.other_town import moves_to_another_town

    towns = {"bankilare"}
    assert moves_to_another_town("Hours later, gunmen killed six worshippers as they left a mosque in Ayorou.", towns)
    assert moves_to_another_town("Quelques heures plus tard, des hommes armés ont tué six fidèles à Ayorou.", towns)
    assert not moves_to_another_town("Hours later, the army said 20 assailants had been killed in Bankilare.", towns)
    assert not moves_to_another_town("Seven of the missing were found dead near the camp on Saturday.", towns)
