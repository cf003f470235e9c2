"""The outlet a page names as itself without a masthead the other readers know: its furniture promoting its own
app, newsletter or site, its story citing its own earlier report, an agency's code glued to its dateline; and the
furniture that names no publisher (a share bar's networks, a breadcrumb, a newsletter's name above its headline).
The pages are written for these tests, each the shape of a whole class of pages."""

from __future__ import annotations

import pytest

from sitrep.ingest.build import build_document
from sitrep.ingest.self_named import agency_prefix_credit, promoted_outlet, self_cited_outlet

TITLE = "Gunmen kill 12 at cattle market in northern Burkina Faso"
STORY = ("Gunmen on motorbikes attacked a cattle market near the town on Sunday, killing at least twelve people, "
         "two residents said.\n\nNo group has claimed the attack. The army did not respond to questions.\n")


def doc(text: str):
    return build_document(text, source="test")


@pytest.mark.parametrize("line, outlet", [
    ("Download the SahelPulse app for breaking news alerts from all 54 countries.", "SahelPulse"),
    ("Subscribe to The Niger Observer's daily newsletter.", "The Niger Observer"),
    ("Thanks for reading Kidal Notes! Subscribe for free to receive new posts and support my work.", "Kidal Notes"),
    ("Anadolu Agency website contains only a portion of the news stories offered to subscribers.", "Anadolu Agency"),
])
def test_the_page_promoting_its_own_channel_names_its_publisher(line, outlet):
    page = doc(f"{TITLE}\n\n{STORY}\n{line}\n")
    assert page.outlet == outlet
    assert line[:30] not in page.clean_text  # the promotion is furniture, not story


def test_a_platform_promoted_is_no_publisher():
    assert promoted_outlet(["Download the Telegram app to follow the war."]) is None


def test_the_story_citing_its_own_earlier_report_names_its_publisher():
    said = "As Ukrinform reported earlier, Russia has rebranded its mercenary force in Africa."
    assert doc(f"{TITLE}\n\n{STORY}\n{said}\n").outlet == "Ukrinform"
    assert self_cited_outlet(["Xinhua previously reported that the dam was half built."]) == "Xinhua"


def test_two_outlets_cited_as_earlier_reports_leave_the_outlet_open():
    assert self_cited_outlet(["As Reuters reported earlier, the toll rose.", "As Xinhua reported earlier, it fell."]) is None


def test_an_agency_code_glued_to_its_dateline_is_the_credit_not_the_bracketed_country():
    page = doc(f"{TITLE}\n\nAPA-Niamey (Niger) - Gunmen on motorbikes attacked a cattle market on Sunday, killing at "
               "least twelve people, residents said.\n\nNo group has claimed the attack.\n")
    assert (page.outlet, page.wire) == ("APA News", "APA")
    assert agency_prefix_credit("BOBO-DIOULASSO (AFP) - Gunmen attacked") is None  # a town in capitals, not a code


def test_a_share_bar_names_no_publisher():
    page = doc(f"{TITLE}\n\n{STORY}\nShare this: X | Facebook | WhatsApp\n")
    assert page.outlet != "Facebook"
    assert "WhatsApp" not in page.clean_text


def test_a_breadcrumb_and_a_newsletter_name_are_no_headline():
    assert doc(f"SahelPulse › Africa › Burkina Faso\n\n{TITLE}\n\n{STORY}").title == TITLE
    page = doc(f"Kidal Notes\n\n{TITLE}\n\n{STORY}\nThanks for reading Kidal Notes! Subscribe for free.\n")
    assert (page.title, page.outlet) == (TITLE, "Kidal Notes")
    page = doc(f"Sahel Conflict Watch - independent notes on the central Sahel\n\n{TITLE}\n\n{STORY}")
    assert (page.title, page.outlet) == (TITLE, "Sahel Conflict Watch")


def test_a_rights_groups_release_names_its_publisher_in_its_lead():
    from sitrep.ingest.self_named import releasing_body

    lead = ("(Nairobi) – Soldiers executed at least 12 villagers in central Mali last month, Human Rights Watch said "
            "today.")
    assert releasing_body([lead]) == "Human Rights Watch"
    assert releasing_body(["(Dakar) – Des soldats ont exécuté au moins douze villageois, a déclaré aujourd'hui "
                           "Human Rights Watch."]) == "Human Rights Watch"
    # a wire relaying the release credits itself and dates the statement
    assert releasing_body(["BAMAKO, Mali (AP) — Soldiers executed 12 villagers, Human Rights Watch said on "
                           "Wednesday."]) is None
    assert releasing_body(["(Nairobi) – Soldiers executed 12 villagers, Human Rights Watch said on Wednesday."]) is None


def test_the_readers_patterns_are_built_once_for_a_loaded_outlet_base():
    from sitrep.ingest import outlets
    from sitrep.ingest.self_named import _RELEASE, _SELF_CITED, _names_pattern

    base = outlets.base()
    assert _names_pattern(base, _SELF_CITED) is _names_pattern(base, _SELF_CITED)
    assert _names_pattern(base, _RELEASE, ("ngo_un",)) is not _names_pattern(base, _SELF_CITED)
    assert "{names}" not in _names_pattern(base, _SELF_CITED).pattern
    # (a paragraph that does not write "reported" is not searched, and cites nothing)
    assert self_cited_outlet(["As Xinhua said earlier, the toll rose."]) is None
