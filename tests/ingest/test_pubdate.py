"""Publication dates: stated dates are found where pages state them; estimates follow the evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest import pubdate
from sitrep.ingest.build import build_document

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("line,want", [
    ("April 29, 2026", dt.date(2026, 4, 29)),
    ("2026-05-04", dt.date(2026, 5, 4)),
    ("Published: Wednesday, 3 March 2021 10:45 GMT", dt.date(2021, 3, 3)),
    ("29 avril 2026", dt.date(2026, 4, 29)),
])
def test_date_lines(line, want):
    assert pubdate.is_date_line(line)
    assert pubdate.stated_date_in_line(line) == want


def test_a_date_inside_a_sentence_is_not_a_date_line():
    assert not pubdate.is_date_line("On April 25, 2026 the offensive began in the north of the country.")


def test_bare_past_year_means_a_later_year():
    est = pubdate.estimate("In 2019, the army lost control of the district. Talks resumed on Monday.", today=TODAY)
    assert est.earliest == dt.date(2020, 1, 1) and est.latest <= dt.date(2020, 12, 31) + dt.timedelta(days=1)
    assert "2019" in est.evidence


def test_month_year_and_undated_day():
    est = pubdate.estimate("The ceasefire collapsed in March 2022. On June 3, rebels attacked the base.", today=TODAY)
    assert est.earliest == dt.date(2022, 6, 3)
    assert est.earliest <= est.date <= est.latest


def test_future_mentions_give_no_evidence():
    est = pubdate.estimate("Elections will be held in 2027. The army attacked in May 2023. "
                           "The mission has until December 31 to leave.", today=TODAY)
    assert est.earliest == dt.date(2023, 5, 1)


def test_known_reference_with_last_year_bounds_the_year():
    est = pubdate.estimate("France withdrew its troops from Mali last year after a dispute with the junta. "
                           "On October 2, fighters attacked a convoy.", today=TODAY)
    assert est.earliest == dt.date(2023, 10, 2) and est.latest == dt.date(2023, 12, 31)


def test_no_evidence_no_estimate():
    assert pubdate.estimate("Fighting continued on Tuesday near the town.", today=TODAY) is None
    doc = build_document("Fighting continued on Tuesday near the town, residents said, and many families fled.\n", source="t")
    assert doc.published.date is None and not doc.published.is_estimate and "published" not in doc.field_sources


def test_estimate_is_never_stated():
    doc = build_document("Rebels took the town in 2021, residents recalled on Monday, as new clashes broke out nearby.\n", source="t")
    assert doc.published.is_estimate and doc.field_sources["published"].source == "estimate"
    assert doc.published.earliest <= doc.published.date <= doc.published.latest


def test_reference_patterns_need_the_event_not_just_the_words():
    # rebels taking Kidal from the army, or a failed army attempt, is not the army's 2023 recapture
    est = pubdate.estimate("In May 2014, the army tried to retake Kidal but failed. "
                           "Rebels captured Kidal from the army after heavy fighting in 2012.", today=TODAY)
    assert est.earliest < dt.date(2016, 1, 1)
    est = pubdate.estimate("Malian troops regained control of Kidal after a raid, the junta said.", today=TODAY)
    assert est.earliest == dt.date(2023, 11, 14) and "kidal" in est.evidence


def test_a_timeline_date_inside_the_body_is_not_the_publication_date():
    text = ("Timeline of the crisis in the north of the country\n"
            "The crisis has gone through several phases since the first rebellion, analysts say.\n"
            "January 17, 2012\n"
            "Rebels attacked the garrison town of Menaka and several other towns in the north, officials said.\n"
            "Posted: June 2, 2024\n")
    doc = build_document(text, source="t")
    assert doc.published.date == dt.date(2024, 6, 2) and not doc.published.is_estimate


def test_date_in_the_url_path_is_used_before_estimating():
    text = ("Rebels attacked the town in 2019, residents recalled, as new fighting broke out overnight.\n"
            "Original url:\n<https://www.example-news.com/2024/02/17/new-fighting-in-the-north>\n")
    doc = build_document(text, source="t")
    assert doc.published.date == dt.date(2024, 2, 17) and not doc.published.is_estimate
    assert doc.field_sources["published"].source == "url"


# masthead date lines as news sites print them (our own headlines and stories): an update clause,
# a French "Publié le …", a dotted date with its time, a date under a headline that reads as prose
MASTHEADS = [
    ("Published on: 03/02/2026 - 09:15 Modified: 04/02/2026 - 10:00", dt.date(2026, 2, 3)),
    ("Publié le mardi 3 mars 2026 à 08h05", dt.date(2026, 3, 3)),
    ("05.03.2026, 11:40 (mis à jour: 05.03.2026, 12:00)", dt.date(2026, 3, 5)),
    ("4 Mar, 2026 10:20", dt.date(2026, 3, 4)),
]
STORY = ("Gunmen on motorbikes attacked a weekly market in the north of the country on Sunday, killing "
         "several traders and burning stalls, residents and a local official said, while the army said "
         "it had sent reinforcements to the area and was pursuing the attackers.")


@pytest.mark.parametrize("line, want", MASTHEADS)
def test_masthead_date_lines_give_the_publication_date(line, want):
    headline = "Army says it repelled an attack on a market town, residents tell a different story of the day"
    doc = build_document(f"{headline}\n\nThe Sahel Courier\n{line}\n\n{STORY}\n\n{STORY}", source="x.txt", givens=[])
    assert doc.published.date == want and not doc.published.is_estimate


def test_a_date_line_inside_the_story_is_not_the_publication_date():
    """A dated entry between body paragraphs belongs to a timeline, not to the masthead."""
    body = "\n\n".join([STORY] * 3 + ["12 January 2019"] + [STORY] * 3)
    doc = build_document(f"Attack on a market\n\nThe Sahel Courier\n\n{body}", source="x.txt", givens=[])
    assert doc.published.date != dt.date(2019, 1, 12)


def test_wagner_told_as_renamed_africa_corps_in_mali_dates_after_the_handover():
    # "the former Wagner Group now operating as the Africa Corps" in Mali: written after Wagner left Mali (June 2025),
    # not merely after the Africa Corps was set up (late 2023)
    est = pubdate.estimate("Rights groups accused Mali's army and its Russian allies, the former Wagner Group now "
                           "operating as the Africa Corps, of killing civilians.", today=dt.date(2029, 6, 1))
    assert est.earliest == dt.date(2025, 6, 6)
    # a prospect is not the change; the Africa Corps alone still dates from its creation
    est = pubdate.estimate("Wagner fighters in Mali are being folded into the Africa Corps, officials said.",
                           today=dt.date(2029, 6, 1))
    assert est.earliest < dt.date(2025, 1, 1)
