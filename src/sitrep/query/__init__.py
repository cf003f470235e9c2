"""The read side shared by the CLI, the API, the report and the export: what a user types (place,
actor, person and event-type names, date ranges) resolved once, the same way everywhere
(``sitrep.query.filters``).

May import: fuse, the store, analyse, knowledge and the bottom layer; never a serve package
(cli, api, web, report, export).
"""
