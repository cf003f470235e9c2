"""French typed without accents is read with them restored (``analyse.accents``), by the analyser's own French
vocabulary, one letter for one so that offsets hold."""

from __future__ import annotations

from sitrep.analyse.accents import missing_accents, restore_accents
from sitrep.analyse.written_vocabulary import accented_spellings


def test_vocabulary_words_take_their_accents():
    text = "des hommes armes non identifies ont enleve deux commercants; trois civils ont ete tues pres de Koro"
    restored = restore_accents(text)
    assert "identifiés" in restored and "enlevé" in restored and "été tués" in restored and "près de" in restored
    assert len(restored) == len(text)


def test_words_french_without_accents_too_keep_their_spelling():
    """"a", "la", "des", "ou" are words as written; "tue" is the participle only after an auxiliary."""
    restored = restore_accents("il a la moto des bergers ou la vache; il tue; ils ont tue cinq civils")
    assert restored.startswith("il a la moto des bergers ou la vache; il tue;")
    assert restored.endswith("ont tué cinq civils")


def test_capitals_restored_and_names_kept():
    assert restore_accents("DEUX SOLDATS ONT ETE TUES") == "DEUX SOLDATS ONT ÉTÉ TUÉS"
    assert restore_accents("Cote d'Ivoire") == "Cote d'Ivoire"


def test_only_unaccented_text_is_restored():
    assert missing_accents("ont ete tues") and not missing_accents("ont été tués")
    assert "a" not in accented_spellings() and "des" not in accented_spellings()
