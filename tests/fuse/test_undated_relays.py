"""An article with no day of its own that relays a claim and tells its news by the weekday ("JNIM ... said its
fighters overran the base on Sunday", « l'embuscade tendue mercredi ») joins the dated reports of that weekday:

- its news reports keep the weekday (``sitrep.analyse.undated_news``): a dated article's reports, a recalled
  incident its text dates, and a full date ("Sunday, March 14") keep theirs;
- fusion files them under every day from the estimate's earliest on (``EventMention.fusion_interval``) and lets
  them meet another article's report whose own text gives a day of that weekday (``match_dates.relay_meets``);
  a report dated only by its article's day, another weekday, a day before the estimate allows, or another undated
  relay does not."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from .fuse_factory import interval, mention
from sitrep.analyse.undated_news import mark_undated_news, news_weekday
from sitrep.fuse.consensus import consensus_date
from sitrep.fuse.match import same_event
from sitrep.fuse.match_dates import dates_compatible, relay_meets
from sitrep.knowledge.actor_knowledge import or_configured
from sitrep.model import DateInterval, Modality, Precision

KNOWLEDGE = or_configured(None)
SUNDAY, MONDAY = interval("2027-07-11"), interval("2027-07-12")
ESTIMATE = DateInterval(earliest=dt.date(2024, 5, 1), latest=dt.date(2025, 5, 1), precision=Precision.year,
                        is_estimate=True, evidence="mentions 'May 2024' as past")
RELAY = ("Group claims attack on the base\n\nThe group said its fighters overran the base on Sunday, killing "
         "dozens of soldiers.\n\nIn May 2024, its fighters stormed the same base.\n")


def _relay(doc: str = "relay", date=ESTIMATE, weekday: int | None = 6):
    m = mention(doc, 40, side1=["jnim"], side2=["malian-armed-forces"], date=date, modality="claim",
                source_actor="jnim")
    return m.model_copy(update={"told_weekday": weekday})


def _dated(doc: str = "wire", date=SUNDAY, from_publication: bool = False):
    m = mention(doc, 0, side1=["jnim"], side2=["malian-armed-forces"], date=date)
    return m.model_copy(update={"date_from_publication": from_publication})


def test_the_weekday_the_body_tells_its_news_by():
    assert news_weekday(RELAY) == 6
    assert news_weekday("Titre\n\nL'État islamique a revendiqué l'embuscade tendue mercredi à un convoi.") == 2
    assert news_weekday("Sunday attack\n\nOn Sunday, March 14, gunmen attacked the camp.") is None  # a full date
    assert news_weekday("Title\n\nGunmen attacked the camp, the army said.") is None


def _ctx(text: str, anchor):
    return SimpleNamespace(anchor=anchor, document=SimpleNamespace(text=text))


def test_only_an_undated_articles_news_keeps_the_weekday():
    news, recalled = _relay(weekday=None), mention("relay", 120, date=interval("2024-05-01", "2024-05-31"),
                                                   modality="background")
    mark_undated_news(_ctx(RELAY, ESTIMATE), [news, recalled])
    assert news.told_weekday == 6 and recalled.told_weekday is None and recalled.modality == Modality.background
    dated_news = _relay(weekday=None)
    mark_undated_news(_ctx(RELAY, SUNDAY), [dated_news])
    assert dated_news.told_weekday is None  # a dated article's reports are dated as usual


def test_a_relay_is_filed_under_every_day_from_its_estimates_earliest():
    assert _relay().fusion_interval()[0] == ESTIMATE.earliest
    assert _relay().fusion_interval()[1] > dt.date(2100, 1, 1)
    assert _relay(date=None).fusion_interval()[0] < dt.date(1950, 1, 1)  # no estimate at all: no floor
    assert _dated().fusion_interval() == (SUNDAY.earliest, SUNDAY.latest)


def test_a_relay_joins_a_dated_report_of_its_weekday():
    relay, wire = _relay(), _dated()
    assert dates_compatible(relay, wire) and dates_compatible(wire, relay)
    assert same_event(relay, wire, KNOWLEDGE)
    assert same_event(_relay(date=None), wire, KNOWLEDGE)


def test_a_relay_meets_only_its_weekday_and_otherwise_matches_as_any_report():
    relay = _relay()
    others = [_dated(date=MONDAY),  # another weekday
              _dated(date=interval("2023-07-09")),  # a Sunday before its estimate allows
              _dated(from_publication=True),  # its article's day: any day of that week
              _relay(doc="relay2")]  # two undated relays: neither says when
    for other in others:
        assert not relay_meets(relay, other) and not relay_meets(other, relay)
        plain = _relay()
        plain.told_weekday = None
        # no weekday meeting: the plain date rule decides, as for a report that is no relay
        assert dates_compatible(relay, other) == dates_compatible(plain, other)


def test_the_joined_event_takes_the_dated_reports_day():
    date = consensus_date([_relay(), _dated()])
    assert (date.earliest, date.latest) == (SUNDAY.earliest, SUNDAY.latest)
