"""Verbs whose object makes the sentence a statement about a deed, though the verb alone tells an act ("announced its
withdrawal" is the act; "announced the strike", "gave a toll of 12 dead", « condamne l'attaque … qui a fait neuf
victimes » speak of a deed told): each reading lives beside the words it knows; this is their one list."""

from __future__ import annotations

from sitrep.analyse.claim_words import reads_out_a_statement, tells_a_record, tells_a_toll
from sitrep.analyse.condemnations import condemns_a_counted_deed
from sitrep.analyse.strike_statements import announces_a_strike
from sitrep.analyse.toll_statements import announces_a_count_of_dead

_READINGS = (tells_a_record, tells_a_toll, reads_out_a_statement, announces_a_count_of_dead, announces_a_strike,
             condemns_a_counted_deed)


def states_about_a_deed(verb) -> bool:
    """Whether ``verb`` with its object tells a statement about a deed (see the module docstring)."""
    return any(reading(verb) for reading in _READINGS)
