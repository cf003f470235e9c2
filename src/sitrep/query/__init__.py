"""The read side shared by the CLI, the API, the report and the export.

* ``filters``: what a user types (place, actor, person and event-type names, date ranges) resolved
  once, the same way everywhere; ``resolve``: names and spellings to stored place and actor ids.
* ``names``: actor ids to display names and ACLED categories.
* ``acled``: the one mapping of an event to ACLED's fields; ``detail``: one event with everything
  known about it; ``select``: the events an output covers (period and place); ``actors``: actor and
  person listings.

May import the store, fusion's read helpers, knowledge, analyse's type tables and the model; never
the packages that serve (cli, api, export, report, web).
"""
