"""Which tolls of one event are sources disagreeing and which are not (``sitrep.fuse.revisions``,
``sitrep.fuse.disputes``): a toll one outlet revises inside its own story is one figure, its last; tolls one death
apart, or within an approximate figure's slack, agree; an unidentified group or the reporting state names no
perpetrator that disputes another; a denial told with its own outcome account is that dispute."""

from __future__ import annotations

from .fuse_factory import deaths as fatalities, mention

from sitrep.analyse.claim_words import communique_opening
from sitrep.fuse.counts import figures_in, risen_toll
from sitrep.fuse.disputes import denials_told_otherwise, fatality_disputes, perpetrator_disputes
from sitrep.fuse.revisions import apart, superseded, toll_range
from sitrep.model import Dispute, Version

ROOTS = {"a": "a", "b": "b", "c": "c"}
VAC = {"sub": "Attack", "etype": "Violence against civilians"}


def _toll(doc: str, start: int, low: int, high: int | None, phrase: str, source: str | None = None, **kw):
    return mention(doc, start, fatalities=fatalities(low, high, phrase), source_actor=source, **kw)


def test_a_first_toll_its_own_sentence_calls_outdated_takes_no_part():
    first = _toll("a", 0, 7, 7, "sept morts")
    later = _toll("b", 0, 12, 12, "douze civils ont été tués")
    sentences = {first.mention_id: "Un premier bilan faisait état de sept morts.",
                 later.mention_id: "Douze civils ont été tués vendredi."}
    assert superseded([first, later], ROOTS, lambda m: sentences[m.mention_id]) == {first.mention_id}
    assert fatality_disputes([first, later], ROOTS, {}, lambda m: sentences[m.mention_id]) == []
    # without the words of a first toll, seven against twelve is a dispute
    assert fatality_disputes([first, later], ROOTS, {}, lambda m: "Sept morts.")


def test_a_story_whose_toll_rose_keeps_its_last_figure_and_the_partys_own():
    early = _toll("a", 0, 10, None, "killing at least 10 soldiers", "unnamed:security-source")
    risen = _toll("a", 300, 16, 16, "risen to 16 killed", "unnamed:second-security-source")
    army = _toll("a", 600, 3, 3, "three soldiers were killed", "malian-armed-forces")
    sentences = {early.mention_id: "Jihadists attacked the camp on Tuesday, killing at least 10 soldiers.",
                 risen.mention_id: "By Wednesday the toll had risen to 16 soldiers killed, a second source said.",
                 army.mention_id: "The army said three soldiers were killed."}
    assert superseded([early, risen, army], ROOTS, lambda m: sentences[m.mention_id]) == {early.mention_id}
    (d,) = fatality_disputes([early, risen, army], ROOTS, {}, lambda m: sentences[m.mention_id])
    assert early.mention_id not in {i for v in d.versions for i in v.mention_ids}


def test_a_toll_naming_the_figure_it_replaces_supersedes_it():
    # a live page's later update: "up from 12 reported earlier" is the same sources' newer count, not a rival one
    early = _toll("a", 0, 12, None, "At least 12 soldiers were killed", "unnamed:security-sources")
    later = _toll("a", 900, 20, None, "At least 20 soldiers were killed", "unnamed:security-sources")
    sentences = {early.mention_id: "At least 12 soldiers were killed in the overnight attack, security sources said.",
                 later.mention_id: "At least 20 soldiers were killed in the attack, up from 12 reported earlier."}
    assert superseded([early, later], ROOTS, lambda m: sentences[m.mention_id]) == {early.mention_id}
    # without the figure named as the earlier one, a story's two figures stay as told
    plain = {**sentences, later.mention_id: "At least 20 soldiers were killed in the attack."}
    assert superseded([early, later], ROOTS, lambda m: plain[m.mention_id]) == set()


def test_a_provisional_toll_is_the_sources_current_figure():
    provisional = _toll("a", 0, 9, 9, "bilan provisoire fait état de neuf morts")
    other = _toll("b", 0, 14, None, "killing at least 14 people")
    text = {provisional.mention_id: "Le bilan provisoire fait état de neuf morts.", other.mention_id: "At least 14."}
    assert fatality_disputes([provisional, other], ROOTS, {}, lambda m: text[m.mention_id])


def test_tolls_one_death_apart_or_within_an_approximate_figure_agree():
    assert not apart(fatalities(4, 4, "Quatre militaires ont perdu la vie"), fatalities(5, 5, "cinq soldats tués"))
    assert apart(fatalities(12, 12, "douze morts"), fatalities(15, None, "at least 15 dead"))
    assert not apart(fatalities(10, 10, "une dizaine de morts"), fatalities(12, 12, "Douze civils"))
    assert apart(fatalities(10, 10, "une dizaine de morts"), fatalities(14, 14, "14 dead"))
    # "dozens" is coded 12 but, as an account, is two dozens at least: against « une dizaine » it disagrees
    assert toll_range(fatalities(12, None, "dozens of soldiers")) == (24, float("inf"))
    assert apart(fatalities(12, None, "killed dozens of soldiers"), fatalities(10, 10, "une dizaine de soldats"))
    assert not apart(fatalities(12, None, "killed dozens of soldiers"), fatalities(12, None, "at least 12"))


def test_tolls_of_civilians_and_of_fighters_are_no_toll_dispute():
    herders = _toll("a", 0, 18, None, "at least 18 herders were killed", **VAC)
    fighters = _toll("b", 0, 30, 30, "30 terrorists were neutralised", "malian-armed-forces", **VAC)
    assert fatality_disputes([herders, fighters], ROOTS, {}) == []
    more = _toll("c", 0, 40, 40, "40 civilians were killed", **VAC)
    assert fatality_disputes([herders.model_copy(update={"fatalities": fatalities(12, 12, "12 civilians")}), more],
                             ROOTS, {})


def test_an_unidentified_group_disputes_no_named_perpetrator():
    named = mention("a", 0, side1=["jnim"], side2=["vdp"])
    gunmen = mention("b", 0, side1=["unidentified-armed-group-burkina-faso"], side2=["vdp"])
    assert perpetrator_disputes([named, gunmen], ROOTS, {}, str) == []
    assert perpetrator_disputes([named, mention("b", 0, side1=["islamic-state-sahel"], side2=["vdp"])], ROOTS, {}, str)


def test_the_state_telling_a_massacre_is_not_read_as_its_perpetrator():
    told = mention("a", 0, side1=["government-of-niger"], side2=["civilians-niger"], source_actor="government-of-niger",
                   **VAC)
    blamed = mention("b", 0, side1=["jnim"], side2=["civilians-niger"], **VAC)
    assert perpetrator_disputes([told, blamed], ROOTS, {}, str) == []
    # the same reading told by another source is an attribution
    assert perpetrator_disputes([told.model_copy(update={"source_actor": None}), blamed], ROOTS, {}, str)


def _dispute(kind: str, description: str, *outlets: str) -> Dispute:
    return Dispute(kind=kind, description=description,
                   versions=[Version(label=f"v{i}", mention_ids=[f"m{i}"], outlets=[o]) for i, o in enumerate(outlets)])


def test_a_denial_by_the_side_of_an_outcome_dispute_is_that_dispute():
    outcome = _dispute("outcome", "Sources disagree on the outcome", "The Defense Post", "Sputnik Afrique")
    denial = _dispute("denial", "Denied by the Malian Armed Forces", "Sputnik Afrique", "The Defense Post")
    assert denials_told_otherwise([outcome, denial]) == [outcome]
    other = _dispute("denial", "Denied by JNIM", "Al-Zallaqa", "Reuters")
    assert denials_told_otherwise([outcome, other]) == [outcome, other]


def test_a_count_in_a_sentence_calling_it_the_first_toll_is_read_but_an_updated_one_is_not_outdated():
    from sitrep.fuse.revisions import FIRST_TOLL, REVISED_TOLL
    assert FIRST_TOLL.search("Un premier bilan faisait état de sept morts.")
    assert FIRST_TOLL.search("An initial toll put the dead at ten.")
    assert not FIRST_TOLL.search("Le bilan provisoire fait état de neuf morts.")
    assert REVISED_TOLL.search("un nouveau bilan établi samedi fait état de douze morts")
    assert REVISED_TOLL.search("By Wednesday the toll had risen to 16 soldiers killed")
    assert figures_in("Un premier bilan faisait état de sept morts.", "a:0", ["killed"])  # read; count_disputes skips it


def test_a_communique_relayed_with_its_issuer_after_the_verb_or_after_an_opening_phrase():
    after = communique_opening("Une patrouille a été attaquée lundi près de Ouallam, informe un communiqué du "
                               "ministère de la Défense nationale lu hier soir.")
    assert after is not None and after.verb == "informe" and after.content.startswith("Une patrouille")
    sentence = ("Dans un communiqué rendu public hier soir, l'état-major général des armées informe que des "
                "frappes ont neutralisé quinze terroristes.")
    opening = communique_opening(sentence)
    assert opening is not None and sentence[slice(*opening.subject)] == "l'état-major général des armées"
    assert communique_opening("Des habitants ont informé la gendarmerie de l'attaque.") is None


def test_a_stated_floor_above_an_exact_figure_is_another_account_even_one_death_apart():
    # « au moins neuf morts » against the government's eight: the first source counted nine dead
    assert apart(fatalities(9, None, "au moins neuf morts"), fatalities(8, 8, "huit soldats tués"))
    assert apart(fatalities(8, 8, "eight soldiers killed"), fatalities(9, None, "at least nine dead"))
    # a floor under the figure agrees with it; a rounded or plural-round figure keeps its slack
    assert not apart(fatalities(7, None, "Au moins sept civils"), fatalities(8, 8, "huit morts"))
    assert not apart(fatalities(10, 10, "une dizaine de morts"), fatalities(9, None, "au moins neuf morts"))
    assert not apart(fatalities(9, None, "about nine dead"), fatalities(8, 8, "eight dead"))
    # two figures neither told as a floor stay within the one-death slack
    assert not apart(fatalities(9, None, "nine people died"), fatalities(8, 8, "eight dead"))


def test_a_risen_toll_whose_sentence_calls_the_place_first_reported_is_the_current_figure():
    # "as first reported" is said of the place, in the sentence that tells the toll risen: that figure is the newest
    government = _toll("a", 0, 12, None, "killed at least 12 civilians", "government-of-niger")
    risen = _toll("b", 0, 22, 22, "risen to 22", "unnamed:local-official")
    recalled = _toll("b", 500, 12, 12, "12 dead", "government-of-niger")
    sentences = {government.mention_id: "Gunmen killed at least 12 civilians in the Ayorou area, the ministry said.",
                 risen.mention_id: "The toll has risen to 22 civilians, a local official said, adding that the killings "
                                   "took place in Kandadji and not in Ayorou itself as first reported.",
                 recalled.mention_id: "The government had put the toll at 12 dead."}
    ms = [government, risen, recalled]
    assert risen.mention_id not in superseded(ms, ROOTS, lambda m: sentences[m.mention_id])
    assert fatality_disputes(ms, ROOTS, {}, lambda m: sentences[m.mention_id])


def test_a_toll_revised_upward_with_a_colon_or_told_as_its_level_now_is_a_risen_toll():
    assert risen_toll(["Le bilan de l'attaque perpétrée jeudi contre le village de Tabango, dans la région de Gao, a été "
                       "revu à la hausse : trente et un civils ont été tués, contre quatorze annoncés initialement."]) == 31
    assert risen_toll(["Le bilan, initialement d'une vingtaine de morts, s'élève désormais à au moins 26 tués."]) == 26
    assert risen_toll(["The death toll now stands at 40, officials said."]) == 40
    # a toll told once is no rise; « vingt et » followed by another word is twenty
    assert risen_toll(["Le bilan s'élève à 20 morts.", "Le bilan de l'attaque est de 31 morts."]) is None
    assert risen_toll(["Le bilan s'est alourdi à vingt et plusieurs blessés restent graves."]) == 20

