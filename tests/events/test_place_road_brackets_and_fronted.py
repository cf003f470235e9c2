"""Where a note's event is placed when the note names a road by its ends with the bracket of the second, a road
whose first end's name has two words, or a place fronted before the speaker ("In X, the army said …").

- "the X–Y axis (Y, Region)", "between X and Y (Y, Region)", the ends more than 25 km apart: the coder located Y
  (``place_anchors._bracket_names``, ``events.between_bracket``); nearer ends keep the first end;
- "the Fada N'Gourma–Pama road", "the Bani Bangou-Ouallam road": the road's first end is the two-word town, not
  the second end nor a namesake of one of its words (``place_anchors._lead_words``);
- "Near the border with Mali, in Banibangou, the army said it killed …": the fronted place, not the country
  (``events.fronted_place``); a capital fronted before its ministry stays the speaker's seat.

Sentences written for this test (real places, the shipped Sahel table's coordinates); none is from a blind set.
"""

from __future__ import annotations

import pytest

from .conftest import assert_placed_near

# (text, (lat, lon) it must be placed within 25 km of, (lat, lon) it must not be placed within 25 km of)
CASES = [
    ("Suspected IS Sahel fighters torched a lorry on the Ouallam–Banibangou axis (Banibangou, Tillaberi) on 2 May "
     "2025, killing its driver.", (15.0416, 2.7037), (14.3164, 2.0860)),
    ("A VDP patrol was ambushed on the Djibo-Arbinda axis (Arbinda, Soum) on 4 May 2025, losing three men.",
     (14.2308, -0.8681), (14.0994, -1.6255)),
    ("JNIM fighters attacked a convoy between Boni and Hombori (Hombori, Mopti) on 6 May 2025, killing two soldiers.",
     (15.2790, -1.7004), (15.0766, -2.2198)),
    ("A bus struck a landmine on the Fada N'Gourma-Kantchari road on 8 May 2025; five passengers were killed.",
     (12.0616, 0.3584), (12.4756, 1.5116)),
    ("Soldiers clashed with IS Sahel on the Bani Bangou-Ouallam road on 9 May 2025, killing six militants.",
     (15.0416, 2.7037), (14.3164, 2.0860)),
    ("Near the border with Burkina Faso, in Tamou, the gendarmerie said it killed nine IS Sahel fighters who "
     "attacked its post on 10 May 2025.", (12.7555, 2.1769), (12.5, -1.67)),
    ("Near the Malian border, in Tongotongo, the army said it killed 11 militants who attacked a patrol on 12 May "
     "2025.", (14.9361, 1.8046), (17.0, -4.0)),
    ("Near the border with Niger, in Tinakoff, the army said it killed six militants who attacked its post on 12 "
     "May 2025.", (14.9655, -0.1633), (16.0, 8.0)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:48])
def test_the_event_is_at_the_located_place(first_event, case):
    text, must, must_not = case
    assert_placed_near(first_event(text).place, must, must_not, text)


def test_a_near_pair_keeps_its_first_end(first_event):
    """"between Dourou and Bandiagara (Bandiagara, Mopti)": 20 km apart, the bracket may be the cercle of both."""
    place = first_event("Dan Na Ambassagou militiamen clashed with JNIM between Dourou and Bandiagara "
                        "(Bandiagara, Mopti) on 12 May 2025, leaving four dead.").place
    assert place is not None and place.name and "Dourou" in place.name, place and place.name


def test_a_capital_fronted_before_its_ministry_is_not_made_the_event_place(first_event):
    place = first_event("In Niamey, the defence ministry said on 14 May 2025 that soldiers killed 20 militants "
                        "near the border with Mali.").place
    assert place is None or place.name != "Niamey" or place.geo_precision >= 2, place
