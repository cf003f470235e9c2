"""Claims and places of multi-outlet wires (the classes of tests/data/wires_blind_24), own sentences: a minister
reading the government's communiqué on television is the government's statement, and "the communiqué states" after
it too; a minister or the government's spokesperson named by title speaks on behalf of his country's government
(Russia's for "Russian Foreign Minister"); the victims counted before a reporting incise do not speak ("killed at
least 20 civilians, including women, witnesses told AFP"); "Residents of X, a village in Y province, say ..." is
placed at the village, not the province; "families have left for A and B" makes both destinations, not places of
the deed.  Each with what must stay as it was."""

from __future__ import annotations

import datetime as dt

from .small_world import one_paragraph


def _analyse(analyzer, text: str, doc_id: str = "rc"):
    return analyzer.analyse(one_paragraph(text, dt.date(2028, 6, 16), doc_id=doc_id))


def _claims(analyzer, text: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.on_behalf_of) for c in _analyse(analyzer, text).claims]


def test_a_communique_read_by_a_minister_is_the_governments(default_analyzer):
    text = ("The Minister of Communication, Government Spokesperson, Jean-Emmanuel Ouédraogo, read a government "
            "communiqué on Friday evening on national television concerning the attack against the detachment of "
            "Djibasso. \"More than forty terrorists were neutralised and weapons were recovered,\" the communiqué "
            "states. \"We deplore the loss of eleven soldiers,\" the Minister read.")
    claims = _claims(default_analyzer, text)
    assert claims and all(c == ("government-of-burkina-faso", None) for c in claims)
    assert len(claims) >= 2  # the quotes after the reading are the government's too


def test_a_minister_speaks_on_behalf_of_his_countrys_government(default_analyzer):
    said = "said on Friday that more than forty terrorists were neutralised in Djibasso, Burkina Faso."
    assert _claims(default_analyzer, "Government spokesman Jean-Emmanuel Ouédraogo " + said) == [
        ("person:jn-emnl-wdrg", "government-of-burkina-faso")]
    assert _claims(default_analyzer, "Russian Foreign Minister Sergei Lavrov " + said) == [
        ("person:srg-lvrv", "government-of-russia")]
    # a person with no government title speaks for himself
    assert _claims(default_analyzer, "Researcher Jean-Emmanuel Ouédraogo " + said)[0][1] is None


def test_the_victims_counted_before_the_incise_do_not_speak(default_analyzer):
    text = ("A drone strike on a market near Toéni on Sunday killed at least 20 civilians, including women and "
            "children, witnesses and a local leader have told Al Jazeera.")
    speakers = [s for s, _ in _claims(default_analyzer, text)]
    assert "civilians-burkina-faso" not in speakers


def _places(analyzer, text: str) -> list[str]:
    return [e.place.name for e in _analyse(analyzer, text).events if e.place is not None]


def test_residents_of_a_village_in_a_province_are_placed_at_the_village(default_analyzer):
    text = ("Residents of Kombori, a farming village in Burkina Faso's Kossi province, say at least twelve men were "
            "shot dead on Thursday afternoon by armed men who came on motorbikes.")
    assert _places(default_analyzer, text)[:1] == ["Kombori"]
    # a village elsewhere than the province named stays a source's home, the province the place
    other = ("Residents of Toéni said at least twelve men were shot dead on Thursday by armed men in the Kossi "
             "province.")
    assert "Toéni" not in _places(default_analyzer, other)
    # a province told as where the people gathered, not as where their village lies, stays the place
    protest = ("Displaced families fleeing violence in Kombori held a demonstration at the Kossi province governorate "
               "on Friday to demand aid.")
    assert "Kombori" not in _places(default_analyzer, protest)


def test_coordinated_destinations_are_no_place_of_the_deed(default_analyzer):
    text = ("Gunmen shot dead twelve men in Kombori on Thursday. Several shops and granaries were burned, and many "
            "families have left for Nouna and Djibasso.")
    assert "Djibasso" not in _places(default_analyzer, text)
