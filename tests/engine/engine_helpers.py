"""Helpers the engine tests ship to worker processes (importable by name in a fresh interpreter)."""

from __future__ import annotations

from sitrep.analyse import Analyzer


class FailingAnalyzer(Analyzer):
    """Raises on documents whose text contains a marker: a stand-in for a document that breaks a stage."""

    marker = "\x07BREAK\x07"

    def analyse(self, document, parsed=None):
        if self.marker in document.text:
            raise RuntimeError("stage failed on purpose")
        return super().analyse(document, parsed)


def comparable(analysis) -> dict:
    """An analysis without its timings (which differ run to run)."""
    data = analysis.model_dump(mode="json")
    data.pop("timings", None)
    return data
