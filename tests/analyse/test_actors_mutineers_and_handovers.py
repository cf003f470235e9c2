"""Who acts in a Sahel note when the doer is a mutiny, a single unnamed man, an author named after the strike,
the receiver of a handover, or when a country is only where travellers came from or a figure's source.
Short notes written for these tests, in ACLED's Mali and Burkina Faso style; and who fights in a clash between
communities the base knows the militias of; and whose country a note that names no place is about (its local outlet's).

- soldiers in revolt ("mutineers", "mutinous soldiers") are ACLED's "Mutiny of Military Forces of X";
- MUJAO, the group that held Gao in 2012, is known by its English and French names;
- one unnamed man ("an unidentified gunman", "an unknown assailant") is the unidentified armed group, as
  the plural is;
- a strike "carried out by" / "conducted by" X names its author although X is no subject;
- a base "handed over to" X: X takes the place, the one handing it over is side 2;
- "drivers coming from Algeria" and "according to MINUSMA" name no party.

Run with the CLI's default knowledge (``default_analyzer``), so they hold without the GeoNames dumps.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import one_paragraph


def _analysis(analyzer, text: str):
    analysis = analyzer.analyse(one_paragraph(text, dt.date(2024, 3, 9), doc_id="c" * 16))
    assert analysis.events, text
    return analysis


@pytest.mark.parametrize("text, side1, side2", [
    ("On 30 September 2022, mutineers exchanged fire with soldiers of the presidential guard near the "
     "presidential palace in Ouagadougou (Kadiogo).",
     "mutiny-burkina-faso-armed-forces", "burkina-faso-armed-forces"),
    ("On 4 March 2024, mutinous soldiers shot dead their company commander at the military camp of Sevare "
     "(Mopti, Mopti).", "mutiny-malian-armed-forces", "malian-armed-forces"),
])
def test_soldiers_in_revolt_are_a_mutiny_of_their_army(default_analyzer, text, side1, side2):
    event = _analysis(default_analyzer, text).events[0]
    assert (event.side1, event.side2) == ([side1], [side2]), text


def test_mujao_is_known(default_analyzer):
    text = "On 10 July 2012, MUJAO militants attacked a village near Ansongo (Ansongo, Gao), killing two civilians."
    assert _analysis(default_analyzer, text).events[0].side1 == ["mujao"]


@pytest.mark.parametrize("who", ["an unidentified gunman", "An unknown assailant", "an unidentified individual"])
def test_one_unnamed_man_is_the_unidentified_armed_group(default_analyzer, who):
    text = f"On 6 March 2024, {who} shot dead a livestock trader at the market of Sevare (Mopti, Mopti)."
    assert _analysis(default_analyzer, text).events[0].side1 == ["unidentified-armed-group-mali"], text


@pytest.mark.parametrize("text, author", [
    ("On 3 March 2024, an airstrike carried out by the Burkinabe army hit a market in Djibo (Djibo, Soum), "
     "killing 8 civilians.", "burkina-faso-armed-forces"),
    ("On 3 March 2024, air strikes conducted by the Malian air force hit a wedding near Niono (Niono, Segou), "
     "killing 6 civilians.", "malian-armed-forces"),
])
def test_a_strike_carried_out_by_x_is_x_s(default_analyzer, text, author):
    event = _analysis(default_analyzer, text).events[0]
    assert event.side1 == [author], text


@pytest.mark.parametrize("text, giver", [
    ("On 6 March 2024, MINUSMA handed over its camp in Ogossagou (Bankass, Mopti) to the Malian armed forces.",
     "minusma"),
    ("On 6 March 2024, the French army handed over the Menaka base (Menaka, Menaka) to the Malian army.",
     "french-armed-forces"),
])
def test_the_receiver_of_a_handover_takes_the_place(default_analyzer, text, giver):
    event = _analysis(default_analyzer, text).events[0]
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.side1, event.side2) == (["malian-armed-forces"], [giver]), text


def test_a_journey_s_origin_is_no_party(default_analyzer):
    text = ("On 6 March 2024, JNIM militants announced a blockade of the Gao region (Gao, Gao), warning truck "
            "drivers coming from Algeria and Niger not to enter it.")
    analysis = _analysis(default_analyzer, text)
    assert {m.actor_id for m in analysis.actors} == {"jnim"}
    assert analysis.events[0].side1 == ["jnim"]


def test_the_source_of_a_toll_is_no_perpetrator(default_analyzer):
    text = "On 6 March 2024, five civilians were killed near Bandiagara (Bandiagara, Mopti), according to MINUSMA."
    event = _analysis(default_analyzer, text).events[0]
    assert event.side1 == ["unidentified-armed-group-mali"]
    assert "minusma" not in event.side2


@pytest.mark.parametrize("text, side1, side2", [
    # both peoples have a militia in the base: the sentence's order
    ("On 5 May 2021, Gourmantche farmers and Fulani herders clashed over a field near Fada N'Gourma "
     "(Fada N'Gourma, Gourma), leaving two dead.", "gourmantche-militia-burkina-faso", "fulani-militia-burkina-faso"),
    ("On 5 May 2021, clashes between Marka and Bwaba youths over a land dispute in Dedougou (Dedougou, Mouhoun) "
     "left four wounded.", "marka-militia-burkina-faso", "bwaba-militia-burkina-faso"),
    # villagers of no named people are a communal militia, after a named people's militia
    ("On 5 May 2021, villagers fought Fulani herders after cattle damaged a field near Tougan (Tougan, Sourou). "
     "One person was killed.", "fulani-militia-burkina-faso", "unidentified-communal-militia-burkina-faso"),
    # the people first told as the victims is second: the other people's militia acted
    ("On 5 May 2021, violence broke out near Kaya (Kaya, Sanmatenga) after two Mossi farmers were killed in a "
     "field; three Fulani were wounded in the clashes that followed.", "fulani-militia-burkina-faso",
     "mossi-militia-burkina-faso"),
])
def test_a_fight_between_communities_is_their_militias(default_analyzer, text, side1, side2):
    event = _analysis(default_analyzer, text).events[0]
    assert (event.side1, event.side2) == ([side1], [side2]), text


def test_farmers_of_two_villages_are_a_communal_militia(default_analyzer):
    text = ("On 5 May 2021, farmers from two neighbouring villages clashed over a land dispute near Gaoua "
            "(Gaoua, Poni), leaving three dead.")
    assert _analysis(default_analyzer, text).events[0].side1 == ["unidentified-communal-militia-burkina-faso"]


@pytest.mark.parametrize("text, side1", [
    # identifications chain: the last names the group
    ("On 5 May 2023, armed men dressed as Dozo hunters, suspected to belong to Dan Na Ambassagou, killed six "
     "civilians in a village near Bankass (Bankass, Mopti).", "dan-na-ambassagou"),
    # a uniform is a disguise, not an identity: men dressed as soldiers stay unnamed
    ("On 5 May 2023, gunmen dressed as soldiers killed four traders near Djenne (Djenne, Mopti).",
     "unidentified-armed-group-mali"),
])
def test_unnamed_men_take_the_name_that_identifies_them(default_analyzer, text, side1):
    assert _analysis(default_analyzer, text).events[0].side1 == [side1], text


def test_a_group_merged_into_another_is_coded_under_its_new_name(default_analyzer):
    text = ("On 28 November 2024, the rebel coalition CSP-DPA announced, after a congress in Kidal (Kidal, Kidal), "
            "its dissolution into a single movement, the Azawad Liberation Front (FLA).")
    analysis = default_analyzer.analyse(one_paragraph(text, dt.date(2024, 11, 29), doc_id="e" * 16))
    event = analysis.events[0]
    assert event.sub_event_type == "Change to group/activity"
    assert (event.side1, event.side2) == (["azawad-liberation-front"], [])


@pytest.mark.parametrize("text, force", [
    ("On 3 April 2024, FAMa soldiers supported by Africa Corps carried out an operation in Diafarabe "
     "(Tenenkou, Mopti). Nine Fulani civilians were killed.", "malian-armed-forces"),
    ("On 3 April 2024, Nigerien soldiers conducted a sweep near Tera (Tera, Tillaberi). Five herders were shot dead.",
     "niger-armed-forces"),
])
def test_deaths_told_after_a_force_s_operation_are_the_operation_s(default_analyzer, text, force):
    assert _analysis(default_analyzer, text).events[0].side1 == [force], text


def test_an_operation_told_after_the_deaths_does_not_claim_them(default_analyzer):
    text = ("On 3 April 2024, seven civilians were killed near Diafarabe (Tenenkou, Mopti). The army launched an "
            "operation in the area the next day.")
    assert _analysis(default_analyzer, text).events[0].side1 == ["unidentified-armed-group-mali"]


@pytest.mark.parametrize("outlet, protesters", [("Sidwaya", "protesters-burkina-faso"), ("Studio Tamani", "protesters-mali")])
def test_a_note_naming_no_place_is_about_its_local_outlet_s_country(default_analyzer, outlet, protesters):
    text = "Protesters closed the town hall for a day to denounce the allocation of a plot of land to the mayor's son."
    document = one_paragraph(text, dt.date(2019, 5, 4), doc_id="f" * 16).model_copy(update={"outlet": outlet})
    event = default_analyzer.analyse(document).events[0]
    assert event.side1 == [protesters], outlet
