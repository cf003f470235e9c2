"""The read side shared by the CLI, the API, the report and the export: what a user types (place,
actor, person and event-type names, date ranges) resolved once, the same way everywhere
(``sitrep.query.filters``)."""
