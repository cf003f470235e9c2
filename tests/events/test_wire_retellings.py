"""What one attack retold by several outlets must keep the same in each telling: the place where the convoy was
hit, not the town it had left ("heading east from Kidal"); no group named only in a sentence recalling the area's
past as the attackers; the deed's day, not the day its saying was hung on by the parser ("said on Monday it had
repelled")."""

from __future__ import annotations

import datetime as dt

from sitrep.analyse.events.framing import named_in_history

from .conftest import make_document


def test_a_bearing_before_the_start_of_a_journey_marks_its_origin(default_analyzer):
    text = ("On Sunday afternoon, a convoy of the Malian army heading east from Kidal came under fire a few "
            "kilometres short of Anefis, killing two soldiers.")
    events = default_analyzer.analyse(make_document(text, dt.date(2029, 6, 14))).events
    assert events and all(e.place is not None and e.place.name != "Kidal" for e in events), \
        [(e.place.name if e.place else None) for e in events]


def test_a_group_named_only_in_the_areas_past_is_no_attacker(default_analyzer):
    text = ("Mali's army says 20 terrorists killed in foiled attack on convoy\n\nBAMAKO, June 11 (Xinhua) -- The Malian "
            "Armed Forces (FAMa) on Sunday repelled an attack by armed terrorist groups on a logistics convoy near "
            "Anefis, the army said in a communique on Monday.\n\n\"Around 20 terrorists were neutralized,\" the "
            "communique said, adding that one soldier was killed.\n\nMali has been facing a security crisis since "
            "2012, with attacks by armed groups linked to al-Qaida and the Islamic State as well as by separatist "
            "rebels in the north. Enditem")
    events = default_analyzer.analyse(make_document(text, dt.date(2029, 6, 11))).events
    assert events and not any("jnim" in e.side1 + e.side2 for e in events), [(e.side1, e.side2) for e in events]


def test_named_in_history_reads_the_sentence_of_the_name():
    class S:
        def __init__(self, start, text):
            self.start, self.end, self.text = start, start + len(text), text
    sents = [S(0, "Gunmen attacked the convoy on Sunday."), S(40, "The region has been at war since 2012, with JNIM active.")]
    assert named_in_history(sents, 85) and not named_in_history(sents, 5)


def test_the_saying_day_hung_on_the_deed_dates_it_within_the_week_before(default_analyzer):
    text = ("Burkina Faso's army said on Monday it had repelled a \"large-scale\" terrorist attack on its detachment in "
            "Sebba, killing more than 60 assailants.")
    events = default_analyzer.analyse(make_document(text, dt.date(2029, 6, 25))).events
    assert events and events[0].date is not None
    assert events[0].date.earliest < dt.date(2029, 6, 25) <= events[0].date.latest, events[0].date
