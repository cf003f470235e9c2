"""State-media and armed-group tolls: "eliminated more than 30", « plus d'une vingtaine », a spokesman's
"we killed 47 soldiers".  A stated floor ("more than N", « plus de N ») is coded N with an open top, as ACLED
codes it."""
import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("en", "Army units backed by drones eliminated more than 25 militants near Anefis on Tuesday.", 25, None),
        ("en", "Mali air force liquidates over 40 gunmen in Gourma", 40, None),
        ("en", "Over 12 insurgents were eliminated in the Hombori area, the statement said.", 12, None),
        ("en", "Soldiers eliminated 14 terrorists and seized weapons near Tessit.", 14, 14),
        ("en", "The rebels said they killed more than 18 soldiers near Ber.", 18, None),
        ("en", '"We killed 36 soldiers and seized three vehicles," a rebel spokesman said.', 36, 36),
        ("fr", "Les FAMa ont éliminé plus de 40 terroristes dans la zone de Niono.", 40, None),
        ("fr", "Plus d'une vingtaine d'assaillants ont été neutralisés près de Ténenkou.", 20, None),
        ("fr", "L'état-major dit avoir neutralisé plus d'une quarantaine de terroristes à Léré.", 40, None),
        ("fr", "Le porte-parole affirme que ses hommes « ont tué 28 soldats » à Bourem.", 28, 28),
    ],
)
def test_floors_and_state_media_verbs(language: str, text: str, low: int, high: int | None) -> None:
    killed, _ = find_fatalities(text, language)
    assert killed is not None
    assert (killed.low, killed.high) == (low, high)


def test_eliminated_without_people_is_no_toll() -> None:
    killed, _ = find_fatalities("The army said it eliminated more than 10 hideouts near Boulkessi.", "en")
    assert killed is None
