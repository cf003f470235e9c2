"""Two readings of a multi-outlet week's copy (``tests/data/wires_blind_26``'s class of text):

- a follow-up that recalls a named party's toll after its own source's newer figure ("The government had put the toll
  at 12 dead.") keeps that figure as the party's report of the incident, never more dead to add
  (``events.rival_versions``);
- a sentence naming only the defender after the attacker's report ("Mali's army said it had repelled the assault")
  takes the attacker for the side it lacks, not the defender's own allies (``events.mention_builder._borrow_sides``)."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Modality

from .conftest import make_document


def test_a_partys_toll_recalled_after_a_newer_figure_is_its_own_report(analyzer):
    text = ("Niamey, March 9, 2026 (AFP) - The toll of Monday's attack on the village of Kandadji in western Niger has "
            "risen to 22 civilians, a local official told AFP on Friday.\n\n"
            "\"We buried 22 people,\" the official said. The government had put the toll at 12 dead.")
    events = [e for e in analyzer.analyse(make_document(text, dt.date(2026, 3, 9))).events
              if e.modality != Modality.background]
    by_source = {e.source_actor: e.fatalities for e in events if e.fatalities is not None}
    assert by_source.get("unnamed:local-official") is not None and by_source["unnamed:local-official"].low == 22
    assert by_source.get("government-of-niger") is not None and by_source["government-of-niger"].low == 12
    assert all(f.low in (12, 22) for f in by_source.values())  # never summed


def test_the_same_speakers_toll_told_again_is_no_second_report(analyzer):
    text = ("Niamey, March 9, 2026 (AFP) - Gunmen killed 12 civilians in the village of Kandadji on Monday, the "
            "government said.\n\nThe government put the toll at 12 dead.")
    events = [e for e in analyzer.analyse(make_document(text, dt.date(2026, 3, 9))).events
              if e.modality != Modality.background]
    assert len(events) == 1, [(e.source_actor, e.fatalities) for e in events]


def test_the_defenders_account_after_the_attackers_takes_the_attacker_as_its_opponent(analyzer):
    text = ("BAMAKO, March 7 (Reuters) - More than 20 Malian soldiers were killed when Islamist militants attacked an "
            "army camp in Boni in central Mali on Tuesday, two security sources said.\n\n"
            "JNIM claimed the attack in a statement, saying its fighters had killed 40 soldiers and \"Wagner "
            "mercenaries\".\n\n"
            "Mali's army said on Tuesday it had repelled the assault and killed dozens of attackers, and that five "
            "soldiers had died.")
    events = analyzer.analyse(make_document(text, dt.date(2026, 3, 7))).events
    army = [e for e in events if e.source_actor == "malian-armed-forces"]
    assert army and "jnim" in {*army[0].side1, *army[0].side2}
    assert "wagner-group" not in {*army[0].side1, *army[0].side2} - set(army[0].side1)
