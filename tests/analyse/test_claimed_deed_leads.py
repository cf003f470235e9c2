"""A relay whose lead tells its news as a claim of a new deed with its own day ("JNIM has claimed responsibility for
a raid on a military base in the Centre-Nord region on Tuesday, saying its fighters killed 30 soldiers") reports that
deed: ACLED codes the claimed attack with the claimant as its author.  A claim of "the attack" told after the deed
stays a statement of authorship.  A region named in full ("Burkina Faso's Centre-Nord region") in a story whose
other names are Russia's is still that region; the area a group's branch is named for ("the Islamic State group's
Sahel branch") is no place.  Own sentences, not copied from any set."""

from __future__ import annotations

import datetime as dt

from .small_world import one_paragraph


def _events(analyzer, text: str, doc_id: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2027, 5, 13), doc_id=doc_id)).events


def test_a_lead_claiming_a_dated_new_deed_reports_it(default_analyzer):
    text = ("JNIM has claimed responsibility for an ambush on an army convoy near Djibo on Tuesday, saying its "
            "fighters killed 12 soldiers. Moscow has not commented. Russia has sent instructors to the region.")
    events = [e for e in _events(default_analyzer, text, "claimlead0001") if e.event_type == "Battles"]
    assert events and "jnim" in events[0].side1 and events[0].date.earliest == dt.date(2027, 5, 11)


def test_a_claim_of_the_attack_after_the_deed_is_no_second_event(default_analyzer):
    text = ("Gunmen ambushed an army convoy near Djibo on Tuesday, killing 12 soldiers, security sources said. "
            "JNIM claimed responsibility for the attack on Wednesday.")
    assert len([e for e in _events(default_analyzer, text, "claimlead0002") if e.event_type == "Battles"]) == 1


def test_a_region_named_in_full_in_a_story_about_russia_is_still_the_region(default_analyzer):
    text = ("JNIM has claimed responsibility for a raid on a military base in Burkina Faso's Centre-Nord region on "
            "Tuesday, saying its fighters killed 30 soldiers. Russian Africa Corps instructors train units there. "
            "Moscow has not commented. Russia has been expanding its presence in the Sahel.")
    events = [e for e in _events(default_analyzer, text, "claimlead0003") if e.event_type == "Battles"]
    assert events and events[0].place is not None and events[0].place.admin1 == "Centre-Nord"


def test_the_area_a_groups_branch_is_named_for_is_no_place(default_analyzer):
    text = ("The Islamic State group's Sahel branch has claimed responsibility for an attack on a military post in "
            "western Niger that killed 15 soldiers on Thursday.")
    doc = one_paragraph(text, dt.date(2027, 5, 13), doc_id="claimlead0004")
    assert "Sahel" not in {p.surface for p in default_analyzer.analyse(doc).places}
