"""Language detection: plainly English or French text is told by its function words, anything less
clear goes to langdetect, and where the function words decide, langdetect agrees."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from sitrep.ingest import language

ENGLISH = [
    "Gunmen on motorbikes attacked the village of Boni on Tuesday, killing at least twelve civilians, local "
    "officials said. The attackers set fire to the market and stole cattle before they fled towards the border. "
    "The army said it had sent reinforcements to the area, which has been the target of repeated raids this year.",
    "The government announced on Friday that it would extend the state of emergency in the northern regions for "
    "another six months. Opposition leaders said the measure was used to silence critics and that it had not "
    "stopped the violence. Aid groups warned that thousands of people have fled their homes since January.",
    "According to a statement from the ministry, the convoy was hit by an explosive device near the town. Two "
    "soldiers were killed and four others were wounded. No group has claimed responsibility for the attack, "
    "which came a week after a similar ambush on the same road.",
]
FRENCH = [
    "Des hommes armés ont attaqué le village de Boni mardi, tuant au moins douze civils, selon des sources "
    "locales. Les assaillants ont incendié le marché et emporté du bétail avant de prendre la fuite vers la "
    "frontière. L'armée a indiqué avoir dépêché des renforts dans la zone, qui est la cible d'attaques répétées.",
    "Le gouvernement a annoncé vendredi la prolongation de l'état d'urgence dans les régions du nord pour six "
    "mois. Les dirigeants de l'opposition estiment que cette mesure sert à faire taire les critiques et qu'elle "
    "n'a pas mis fin aux violences. Des milliers de personnes ont fui leurs foyers depuis janvier.",
]
OTHER = {
    "es": "Hombres armados atacaron el pueblo de Boni el martes y mataron al menos a doce civiles, según fuentes "
          "locales. Los atacantes incendiaron el mercado y robaron ganado antes de huir hacia la frontera. El "
          "ejército dijo que había enviado refuerzos a la zona, que ha sido blanco de ataques repetidos este año.",
    "it": "Uomini armati hanno attaccato il villaggio di Boni martedì, uccidendo almeno dodici civili, secondo fonti "
          "locali. Gli aggressori hanno dato fuoco al mercato e rubato il bestiame prima di fuggire verso il confine. "
          "L'esercito ha detto di aver inviato rinforzi nella zona, che è stata più volte attaccata quest'anno.",
    "de": "Bewaffnete Männer haben am Dienstag das Dorf Boni angegriffen und mindestens zwölf Zivilisten getötet, "
          "wie örtliche Quellen berichteten. Die Angreifer steckten den Markt in Brand und stahlen Vieh, bevor sie "
          "in Richtung Grenze flohen. Die Armee erklärte, sie habe Verstärkung in das Gebiet geschickt.",
    "pt": "Homens armados atacaram a aldeia de Boni na terça-feira, matando pelo menos doze civis, segundo fontes "
          "locais. Os atacantes incendiaram o mercado e roubaram gado antes de fugirem em direção à fronteira. O "
          "exército disse ter enviado reforços para a área, que tem sido alvo de ataques repetidos este ano.",
}


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_is_told_by_its_function_words(text):
    assert language._by_function_words(text) == "en"
    assert language.detect_language(text) == ("en", "function words of the body text")
    assert language._by_langdetect(text) == "en"  # and langdetect would have said the same


@pytest.mark.parametrize("text", FRENCH)
def test_plain_french_is_told_by_its_function_words(text):
    assert language._by_function_words(text) == "fr"
    assert language._by_langdetect(text) == "fr"


@pytest.mark.parametrize("code", sorted(OTHER))
def test_neighbouring_languages_go_to_langdetect(code):
    text = OTHER[code]
    assert language._by_function_words(text) is None
    assert language.detect_language(text) == (code, "langdetect on the body text")


def test_unclear_texts_go_to_langdetect():
    mixed = ENGLISH[0][:300] + " " + FRENCH[0][:300]  # a story quoting a French statement at length
    assert language._by_function_words(mixed) is None
    headline = "Pro-Russian regime in Mali begins to collapse"  # too few words to count on
    assert language._by_function_words(headline) is None
    names = "Kidal, Gao, Tombouctou, Ménaka, Mopti, Ségou, Sikasso, Kayes, Koulikoro, Bamako " * 4
    assert language._by_function_words(names) is None
    assert language.detect_language("12 / 04 / 2026") == (None, "too short")


def _modules_after_ingest(tmp_path, text: str) -> list[str]:
    article = tmp_path / "today.txt"
    article.write_text(text, encoding="utf-8")
    program = textwrap.dedent(f"""
        import contextlib, io, json, sys
        from sitrep.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", {str(tmp_path / "s.duckdb")!r}, "ingest", "--no-analyse", {str(article)!r}])
        print(json.dumps([code, [m for m in ("langdetect", "httpx") if m in sys.modules]]))
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    code, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    return loaded


def test_ingest_of_a_plain_english_file_imports_neither_langdetect_nor_httpx(tmp_path):
    assert _modules_after_ingest(tmp_path, "\n\n".join(ENGLISH)) == []


def test_ingest_of_a_spanish_file_asks_langdetect(tmp_path):
    assert _modules_after_ingest(tmp_path, OTHER["es"]) == ["langdetect"]
