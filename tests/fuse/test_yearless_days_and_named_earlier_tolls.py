"""Two classes of wire text from the fr20 blind set:

- an undated page telling its news by a day and month with their weekday and no year (« l'attaque menée mardi 4 mars »):
  the year is the nearest one the weekday fits, a guess; the report keeps the weekday
  (``sitrep.analyse.undated_news``) and meets another article's report of that day and month in a year where the
  weekday holds (``match_dates.relay_meets``), never another day of the same weekday;
- a story naming its own earlier toll in a sentence of its own (« Un précédent bilan faisait état d'une quinzaine de
  morts »): its higher figure is the toll risen since, and another outlet's neutral figure fitting that earlier toll
  (« entre 10 et 15 personnes ») is the same count, no dispute; a named party's figure stays an account."""

from __future__ import annotations

import datetime as dt

from .fuse_factory import deaths as fatalities, interval, mention
from sitrep.fuse.disputes import fatality_disputes
from sitrep.fuse.match_dates import relay_meets
from sitrep.fuse.revisions import earlier_tolls_named, risen_above_named_earlier, superseded
from sitrep.model import DateInterval, Precision

ROOTS = {"rfi": "rfi", "afp": "afp", "army": "army"}
GUESSED_YEAR = DateInterval(earliest=dt.date(2025, 3, 4), latest=dt.date(2025, 3, 4), precision=Precision.day,
                            evidence="4 mars")


def _yearless_relay():
    m = mention("ja", 40, side1=["islamic-state-sahel"], side2=["niger-armed-forces"], date=GUESSED_YEAR)
    return m.model_copy(update={"told_weekday": 1})  # mardi


def _dated(day: str):
    return mention("lemonde", 0, side1=["islamic-state-sahel"], side2=["niger-armed-forces"], date=interval(day))


def test_a_yearless_day_of_an_undated_page_meets_that_day_and_month_in_a_year_the_weekday_fits():
    assert relay_meets(_yearless_relay(), _dated("2031-03-04"))  # Tuesday 4 March 2031
    assert not relay_meets(_yearless_relay(), _dated("2031-03-11"))  # another Tuesday
    assert not relay_meets(_yearless_relay(), _dated("2030-03-04"))  # 4 March, but a Monday


def test_the_earlier_toll_a_story_names_is_read_from_its_own_sentence():
    text = ("Plus d'une trentaine de civils ont été tués dans la nuit de samedi à dimanche. Un précédent bilan faisait "
            "état d'une quinzaine de morts.\n\nLe pays est confronté aux violences jihadistes.")
    assert earlier_tolls_named(text) == [15]
    assert earlier_tolls_named("Plus d'une trentaine de civils ont été tués. Le bilan s'est alourdi.") == []
    assert risen_above_named_earlier([("afp", 30), ("rfi", 10)], {"afp": [15]}) == 30


def test_another_outlets_figure_fitting_the_earlier_toll_named_is_no_rival_account():
    rfi = mention("rfi", 0, sub="Attack", etype="Violence against civilians", side2=["civilians-burkina-faso"],
                  fatalities=fatalities(10, 15, "entre 10 et 15 personnes ont été tuées"),
                  source_actor="unnamed:sources-securitaires")
    afp = mention("afp", 0, sub="Attack", etype="Violence against civilians", side2=["civilians-burkina-faso"],
                  fatalities=fatalities(30, None, "Plus d'une trentaine de civils ont été tués"))
    sentences = {rfi.mention_id: "Entre 10 et 15 personnes ont été tuées, selon des sources sécuritaires.",
                 afp.mention_id: "Plus d'une trentaine de civils ont été tués, a indiqué un élu local."}
    named = {"afp": [15]}
    assert superseded([rfi, afp], ROOTS, lambda m: sentences[m.mention_id], named) == {rfi.mention_id}
    assert fatality_disputes([rfi, afp], ROOTS, {}, lambda m: sentences[m.mention_id], named) == []
    # without the earlier toll named, ten to fifteen against more than thirty is a dispute
    assert fatality_disputes([rfi, afp], ROOTS, {}, lambda m: sentences[m.mention_id])
    # a named party's figure fitting the earlier toll stays its own account
    army = rfi.model_copy(update={"mention_id": "army:0", "source_actor": "burkina-faso-armed-forces"})
    sentences[army.mention_id] = sentences[rfi.mention_id]
    assert fatality_disputes([army, afp], ROOTS, {}, lambda m: sentences[m.mention_id], named)
