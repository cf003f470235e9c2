"""A toll that names the figure it replaces ("up from 9 reported earlier", « contre 9 lors du précédent bilan ") in a
sentence that tells no deed of its own: the report of the incident it revises, with the new toll
(``sitrep.analyse.events.revised_tolls``); a source placed beside a body ("a source close to the army") is no claim of
that body; "the same security sources" after another speaker are those sources (``sitrep.analyse.speakers``).  Own
sentences, not copied from any set."""

from __future__ import annotations

from sitrep.analyse.events.revised_tolls import earlier_figure
from sitrep.ingest.build import build_document

LIVE = """Live: attack on army post in Djibo

Tuesday, 3 April 2029 - live updates

07:10 GMT - Gunfire in Djibo
Residents of Djibo say gunmen attacked the army post in the town at dawn.

10:30 GMT - At least 9 soldiers killed
At least 9 soldiers were killed in the attack on the army post in Djibo, two security sources said.

13:00 GMT - Army statement
Burkina Faso's army said in a statement that its units had repelled the attack on Djibo and that a sweep was under way.

17:45 GMT - Toll revised
At least 17 soldiers were killed in the Djibo attack, up from 9 reported earlier, the same security sources now say.
"""


def _analysed(analyzer, text: str):
    doc = build_document(text, source="test")
    return doc, analyzer.analyse(doc)


def test_a_toll_naming_the_figure_it_replaces_reports_the_incident_again(default_analyzer):
    doc, a = _analysed(default_analyzer, LIVE)
    tolls = [(m.fatalities.low, m.source_actor) for m in a.events if m.fatalities is not None]
    assert (9, "unnamed:security-sources") in tolls
    assert (17, "unnamed:security-sources") in tolls  # the same sources' newer figure, not the army's
    assert not any("17 soldiers" in c.content for c in a.claims if c.speaker.endswith("armed-forces"))


def test_no_earlier_figure_named_no_revision():
    assert earlier_figure("At least 17 soldiers were killed, up from 9 reported earlier.", "en") == 9
    assert earlier_figure("killed 17, up from an earlier toll of nine", "en") == 9
    assert earlier_figure("Le bilan est de 17 morts, contre 9 lors du précédent bilan.", "fr") == 9
    assert earlier_figure("Attacks are up from last year, officials said.", "en") is None
    assert earlier_figure("Le bilan est de 17 morts contre 9 blessés.", "fr") is None


def test_a_source_close_to_a_body_does_not_speak_for_it(default_analyzer):
    text = ("Jihadists attacked an army convoy near Tessalit on Monday, the army said.\n\n"
            "No Russian personnel were harmed, a source close to the Africa Corps told reporters.\n")
    _, a = _analysed(default_analyzer, "Convoy attacked in Mali\n\n" + text)
    assert not any(c.speaker == "africa-corps" for c in a.claims)
