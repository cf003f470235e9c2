"""The events stage: from sentences to ACLED-coded event mentions.

``stage.find_events`` is the entry point the analyser calls.  The other modules are its parts:
``sentences`` and ``decision`` choose the sentences that report an event and code them (``triggers``
finds the words that anchor it, ``model_doubts`` and ``sentence_doubts`` why it is doubted, ``types`` holds
the ACLED taxonomy, ``classifier`` and ``training`` the fitted classifier, ``cues`` the hand-written cue
lists), ``syntax``, ``mentions``, ``args`` and ``sides`` find who did it to whom, ``placement`` and
``dating`` where and when, and ``outcomes`` what changed hands.

May import: ``sitrep.model``, ``sitrep.errors``, ``sitrep.knowledge`` and the other ``sitrep.analyse``
modules; never the store, fuse, query or serve packages.
"""
