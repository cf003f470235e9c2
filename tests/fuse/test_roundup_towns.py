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


def test_the_own_town_written_with_either_apostrophe():
    # the place modules' one folding (``fold_place_name``): a typographic apostrophe is the gazetteer's plain one
    from sitrep.knowledge.names import fold_place_name

    towns = {fold_place_name("N'Tillit")}
    assert not opens_on_another_town("À N’Tillit, deux civils ont été tués.", towns)
    assert opens_on_another_town("À N’Tahaka, deux civils ont été tués.", towns)


def test_a_french_sum_over_incidents_is_no_rival_toll():
    # « quinze morts dans deux attaques distinctes » adds up two incidents: read in French (the document's language), it
    # is no second figure of the attack whose own toll another outlet gives; read with the English words it would be
    from sitrep.fuse.counts import count_disputes

    from .fuse_factory import mention

    rfi = "Des hommes armés ont attaqué le village de Tessit mardi, tuant sept civils, selon des sources locales."
    afp = ("Des jihadistes ont attaqué mardi le village de Tessit, selon des sources locales.\n\n"
           "Au total, quinze personnes ont été tuées dans deux attaques distinctes mardi dans la région.")
    reports = [mention("rfi", 0, sub="Attack", etype="Violence against civilians", side1=["unnamed:mali"],
                       date="2027-09-07", length=len(rfi)),
               mention("afp", 0, sub="Attack", etype="Violence against civilians", side1=["unnamed:mali"],
                       date="2027-09-07", length=afp.index("\n\n"))]
    args = (reports, [], {"rfi": rfi, "afp": afp}, {"rfi": "rfi", "afp": "afp"}, {"rfi": "RFI", "afp": "AFP"},
            "Violence against civilians")
    assert not count_disputes(*args, languages={"rfi": "fr", "afp": "fr"})
    assert count_disputes(*args)  # the English words miss the French sum: the 15 stands against the 7
