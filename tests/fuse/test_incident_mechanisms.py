"""The mechanisms that make one incident told by several outlets one event with its disputes:
undated sequels within an article, the event's day among disjoint reports, one change of hands
told at two places, statements whose words give the outcome, unnamed sources as speakers only."""

from __future__ import annotations

from types import SimpleNamespace

from .fuse_factory import add_doc, analysis, interval, mention

from sitrep.analyse.attribution import Attribution
from sitrep.analyse.cut_quotes import close_cut_quotes
from sitrep.analyse.claims import _last_news_before
from sitrep.fuse import fuse_documents
from sitrep.fuse.consensus import consensus_date
from sitrep.fuse.disputes import claim_version, find_disputes, perpetrator_disputes
from sitrep.fuse.match import same_event
from sitrep.model import Claim, Span, Stance


def _claim(doc_id: str, start: int, speaker: str, content: str, about: list[str],
           stance: Stance = Stance.asserts) -> Claim:
    return Claim(claim_id=f"{doc_id}:{start}", span=Span(doc_id=doc_id, char_start=start, char_end=start + 60),
                 speaker=speaker, content=content, stance=stance, event_mentions=about)


def _undated(m):
    return m.model_copy(update={"date_from_publication": True})


# -- an undated sequel within one article ------------------------------------------------------


def test_an_undated_sentence_naming_a_party_joins_the_articles_incident_whatever_its_subtype():
    blast = mention("d", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["fan"], place_id="gn:kidal-region", date="2026-07-06")
    sequel = _undated(mention("d", 300, sub="Air/drone strike", etype="Explosions/Remote violence",
                              side1=["issp"], side2=["fan"], date="2026-07-08"))
    assert same_event(blast, sequel)


def test_a_sentence_with_a_date_of_its_own_stays_another_incident():
    blast = mention("d", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["fan"], date="2026-07-06")
    strike = mention("d", 300, sub="Air/drone strike", etype="Explosions/Remote violence",
                     side1=["fan"], side2=["issp"], date="2026-07-06")
    assert not same_event(blast, strike)


def test_an_undated_sentence_of_another_article_does_not_join_by_sharing_an_actor():
    blast = mention("d1", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side2=["fan"], place_id="gn:kidal-region", date="2026-07-06")
    other = _undated(mention("d2", 300, sub="Air/drone strike", etype="Explosions/Remote violence",
                             side1=["issp"], side2=["fan"], date="2026-07-08"))
    assert not same_event(blast, other)


# -- the event's day ----------------------------------------------------------------------------


def test_disjoint_days_go_to_the_one_most_articles_meet_then_to_the_one_told_first():
    lead = mention("a", 100, date="2026-08-22")
    circumstance = mention("a", 600, date="2026-08-21")  # "the fighters withdrew on Friday night"
    assert consensus_date([circumstance, lead]).earliest.isoformat() == "2026-08-22"
    other_article = mention("b", 900, date="2026-08-21")
    assert consensus_date([circumstance, lead, other_article]).earliest.isoformat() == "2026-08-21"


# -- one change of hands told at two places -----------------------------------------------------


def test_a_town_taken_and_the_place_its_defenders_fell_back_to_are_one_change_of_hands():
    taken = mention("d", 0, sub="Non-state actor overtakes territory", side1=["jnim"], place_id="gn:kidal",
                    date="2026-08-18")
    fell_back = mention("d", 400, sub="Non-state actor overtakes territory", side1=["jnim"], side2=["fama"],
                        place_id="gn:tinz", date="2026-08-18")
    assert same_event(taken, fell_back)
    in_another_article = fell_back.model_copy(update={"mention_id": "e:400", "span": Span(doc_id="e", char_start=400, char_end=440)})
    assert not same_event(taken, in_another_article)
    another_day = mention("d", 400, sub="Non-state actor overtakes territory", side1=["jnim"], place_id="gn:tinz",
                          date="2026-08-25")
    assert not same_event(taken, another_day)
    another_region = mention("d", 400, sub="Non-state actor overtakes territory", side1=["jnim"], place_id="gn:gao",
                             date="2026-08-18")
    assert not same_event(taken, another_region)


# -- statements that give the outcome -----------------------------------------------------------


def test_a_statement_speaking_of_a_tactical_withdrawal_disputes_a_town_taken():
    taken = mention("d", 0, sub="Non-state actor overtakes territory", side1=["jnim"], side2=["fama"],
                    version="attacker_victory", modality="claim", source_actor="jnim")
    army = _claim("d", 800, "fama", "a « repli tactique » de ses unités", ["d:0"])
    disputes = find_disputes([taken], {"d": "d"}, {"d": "AFP"}, str, denials=[army])
    outcome = [d for d in disputes if d.kind == "outcome"]
    assert outcome and {v.label for v in outcome[0].versions} == {"attacker_victory", "planned_withdrawal"}
    assert "d:800" in next(v for v in outcome[0].versions if v.label == "planned_withdrawal").mention_ids


def test_a_statement_is_read_in_its_sentence_when_its_content_was_cut():
    cut = _claim("d", 800, "fama", "L'armée a évoqué un «", ["d:0"])
    assert claim_version(cut) == ""
    assert claim_version(cut, "L'armée a évoqué un « repli tactique » de ses unités") == "planned_withdrawal"
    assert claim_version(_claim("d", 0, "jnim", "left the town of their own will", [])) == "planned_withdrawal"


def test_the_same_speaker_giving_one_outcome_twice_is_no_dispute():
    taken = mention("d", 0, sub="Non-state actor overtakes territory", side1=["jnim"],
                    version="attacker_victory", modality="claim", source_actor="jnim")
    again = _claim("d", 800, "jnim", "the conquest of the town: it was liberated", ["d:0"])
    assert not [d for d in find_disputes([taken], {"d": "d"}, {"d": "AFP"}, str, denials=[again])
                if d.kind == "outcome"]


def test_an_outcome_statement_reaches_the_stored_event(store):
    add_doc(store, "d1", outlet="AFP")
    add_doc(store, "d2", outlet="AP")
    taken = mention("d1", 0, sub="Non-state actor overtakes territory", side1=["jnim"], side2=["fama"],
                    version="attacker_victory")
    told = mention("d2", 10, sub="Non-state actor overtakes territory", side1=["jnim"], side2=["fama"])
    army = _claim("d2", 500, "fama", "its units carried out a tactical withdrawal", ["d2:10"])
    store.save_analysis(analysis("d1", [taken]))
    store.save_analysis(analysis("d2", [told], [army]))
    fuse_documents(store, ["d1", "d2"])
    (event,) = store.list_events()
    assert event.disputed and any(d.kind == "outcome" for d in event.disputes)


# -- unnamed sources are speakers ---------------------------------------------------------------


def test_an_unnamed_source_is_never_a_perpetrator_version():
    named = mention("a", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side1=["issp"], side2=["fan"])
    unnamed = mention("b", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                      side1=["unnamed:security-sources"], side2=["fan"], modality="claim",
                      source_actor="unnamed:security-sources")
    assert perpetrator_disputes([named, unnamed], {"a": "a", "b": "b"}, {}, str) == []
    other = mention("b", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                    side1=["jnim"], side2=["fan"])
    assert perpetrator_disputes([named, other], {"a": "a", "b": "b"}, {}, str)


# -- the analysis side: statements that tell no event, quotes cut at their opening mark ----------


def test_a_statement_telling_no_event_is_about_the_last_incident_told_before_it():
    news = mention("d", 100)
    recall = mention("d", 400, modality="background", date=interval("2013-01-01", "2013-12-31"))
    later = mention("d", 2000)
    ctx = SimpleNamespace(events=[news, recall, later])
    assert _last_news_before(ctx, 900) == ["d:100"]
    assert _last_news_before(ctx, 50) == []


def test_a_quote_cut_at_its_opening_mark_keeps_its_words():
    sents = [SimpleNamespace(text="L'armée a évoqué un «", para_index=0, end=20),
             SimpleNamespace(text="repli tactique » de ses unités.", para_index=0, end=52),
             SimpleNamespace(text="Autre paragraphe.", para_index=1, end=70)]
    a = Attribution(0, "fama", "L'armée", None, None, "évoqué", "L'armée a évoqué un «", False, "asserts", 0, 20)
    out = {0: a}
    close_cut_quotes(sents, out)
    assert "repli tactique" in out[0].content and out[0].end == 52

