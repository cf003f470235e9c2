"""A numeral date stamp printed under a headline and a one-paragraph standfirst ("11/23/2026" as some
international broadcasters print it) is the publication day: the standfirst is a deck, not the story,
so the stamp is no timeline entry.  Its order follows the number above 12; its year is its own."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.build import build_document

HEADLINE = "Niger: gunmen storm a customs post on the road to the border"
DECK = ("An armed group says it seized the post and its vehicles. The authorities speak of a raid that "
        "was beaten back. Nobody outside the area can check either account.")
STORY = ("Customs officers at the post came under fire before dawn, a local official said, and several "
         "of them fled into the bush while the attackers set fire to two trucks.\n\n"
         "The regional governor said reinforcements had reached the post by midday and that calm had "
         "returned to the town, where the market stayed shut.")


@pytest.mark.parametrize("stamp, day", [
    ("11/23/2026", dt.date(2026, 11, 23)),  # month first: 23 can only be the day
    ("23/11/2026", dt.date(2026, 11, 23)),  # day first: likewise
    ("23.11.2026", dt.date(2026, 11, 23)),
])
def test_a_stamp_under_the_standfirst_is_the_publication_day(stamp, day):
    doc = build_document(f"{HEADLINE}\n\n{DECK}\n\n{stamp}\n{STORY}", source="x.txt", givens=[])
    assert doc.published.date == day and not doc.published.is_estimate


def test_a_stamp_after_two_story_paragraphs_is_still_no_masthead():
    """Below two paragraphs the date line belongs to the story (a timeline), not to the masthead."""
    text = f"{HEADLINE}\n\n{DECK}\n\n{DECK}\n\n11/23/2019\n{STORY}"
    doc = build_document(text, source="x.txt", givens=[])
    assert doc.published.date != dt.date(2019, 11, 23)
