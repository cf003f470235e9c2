"""The outlet of a page that prints no masthead of its own, read from what the text tells of it: the outlet its
sources speak to ("a resident told VOA", « joint par RFI »), its own correspondent, a first publication's credit, a
copyright line followed by the site's links, a masthead before a dash ("The Sahel Observer — November 12"), an
outlet's name alone above the headline, and a headline that ends on a quoted word.  The pages are written for
these tests, each the shape of a whole class of pages."""

from __future__ import annotations

import pytest

from sitrep.ingest.build import build_document
from sitrep.ingest.clean import layout

TITLE = "Gunmen kill 12 at cattle market in northern Burkina Faso"
STORY = ("Gunmen on motorbikes attacked a cattle market near the town on Sunday, killing at least twelve people, "
         "two residents said.\n\nNo group has claimed the attack. The army did not respond to questions.\n")


def doc(text: str):
    return build_document(text, source="test")


@pytest.mark.parametrize("said, outlet", [
    ("One of the residents told VOA that the attackers fled toward the border.", "Voice of America"),
    ("A local official speaking to Al Jazeera said the toll could rise.", "Al Jazeera"),
    ("Un habitant joint par RFI affirme que les assaillants sont repartis vers la frontière.", "RFI"),
    ("DW's correspondent in the capital contributed to this report.", "Deutsche Welle"),
    ("This article was originally published by DW.", "Deutsche Welle"),
])
def test_the_outlet_the_sources_speak_to_reports_the_story(said, outlet):
    assert doc(f"{TITLE}\n\n{STORY}\n{said}\n").outlet == outlet


def test_two_outlets_spoken_to_leave_the_outlet_open():
    said = "A resident told VOA the attackers fled. Another told Al Jazeera they came from the east."
    assert doc(f"{TITLE}\n\n{STORY}\n{said}\n").outlet is None


def test_a_wire_or_a_party_spoken_to_is_no_publisher_here():
    assert doc(f"{TITLE}\n\n{STORY}\nA security source told AFP the toll was higher.\n").outlet != "Voice of America"


def test_a_copyright_line_with_the_sites_links_names_its_holder():
    page = f"{TITLE}\n\n{STORY}\n© 2026 Deutsche Welle | Privacy Policy | Legal notice | Contact\n"
    assert doc(page).outlet == "Deutsche Welle"


def test_a_masthead_before_a_dash_and_a_date_names_an_unknown_outlet():
    page = f"{TITLE}\n\nThe Sahel Courier — November 12, 2026\n\n{STORY}"
    assert doc(page).outlet == "The Sahel Courier"


def test_an_outlets_name_alone_above_the_headline_is_its_masthead():
    d = doc(f"DW\n\n{TITLE}\n\n{STORY}")
    assert d.outlet == "DW" and d.title == TITLE


def test_a_headline_ending_on_a_quoted_word_is_the_title():
    title = "Junta rejects ‘baseless’ claims over killings, vows ‘firm response’"
    page = (f"{title}\n\nRT\n12 Nov, 2026 10:40\n\nThe government says reports blaming the army are part of a "
            f"campaign of lies\n\n{STORY}")
    d = doc(page)
    assert d.title == title and d.outlet == "RT"
    kinds = dict(zip((ln.text for ln in layout(page).lines), layout(page).kinds))
    assert kinds["The government says reports blaming the army are part of a campaign of lies"] == "body"


def test_a_wire_sign_off_on_the_last_sentence_is_not_kept():
    last = ("The dam, designed to generate electricity and irrigate farmland along the river, is one of the many "
            "infrastructure works the government calls its flagship projects.")
    d = doc(f"{TITLE}\n\n{STORY}\n{last} Enditem\n")
    assert "Enditem" not in d.clean_text and d.clean_text.rstrip().endswith("flagship projects.")
    kept = doc(f"{TITLE}\n\n{STORY}\n{last[:-1]}, said the agency's Enditem style guide.\n")
    assert "Enditem" in kept.clean_text


def test_a_headline_ending_on_a_figure_is_the_title():
    title = "Toll from market attack in western Niger rises to 24"
    assert doc(f"{title}\n\n{STORY}").title == title
