"""Evaluation: scoring sitrep against gold annotations and public evaluation sets.

- ``sitrep.eval.gold``: run the pipeline on a corpus and score it against a gold YAML file
  (documents, actors, persons, lineage, places, events, claims, contradictions, control).
- ``sitrep.eval.notes``: ACLED-style notes (CSV) as one-event documents, scored field by field.
- ``sitrep.eval.acled``: an ACLED export's notes through the whole pipeline, scored field by field.
- ``sitrep.eval.case``: event-type classification on CASE 2021 snippets (classifier alone, end to end).
- ``sitrep.eval.endtoend``: short texts as documents through ingest → analyse → fuse in a temporary store.
- ``sitrep.eval.geoparse``: toponym resolution on TR-News / GeoVirus XML.

Modules are imported on use: each pulls in the pipeline, which loads spaCy.

May import: anything below the serve layer (pipeline, query, fuse, store, engine, analyse, ingest,
knowledge and the bottom layer); it is an application beside the API, never imported by the stages.
"""
