"""A statement printed after its lead ("… released a statement, signed by its secretary-general, X:" and the
statement in quotation marks, a paragraph of its own with no reporting verb) is the signatory's, on behalf of
the group the lead names (sitrep.analyse.printed_statements).  Texts written for this test."""

from __future__ import annotations

import datetime as dt

from .conftest import make_document

_LEAD = ("The Coordination of Azawad Movements issued a statement late on Monday, signed by its spokesman, "
         "Almou Ag Mohamed:\n\n")
_QUOTED = ("\"Our fighters repelled an assault by the army near Anefis and killed twelve soldiers. We lost two of "
           "our men.\"\n\nThe claim could not be verified.\n")


def _claims(analyzer, text):
    return analyzer.analyse(make_document(text, dt.date(2026, 10, 20))).claims


def test_the_quoted_paragraph_after_a_signed_lead_is_the_signatory_s(analyzer):
    claims = _claims(analyzer, _LEAD + _QUOTED)
    # the signatory for the group, or the group itself when the name is not read as a person's
    signed = [c for c in claims if "coordination-of-azawad-movements" in (c.speaker, c.on_behalf_of)
              and "twelve soldiers" in c.content]
    assert signed, [(c.speaker, c.content[:60]) for c in claims]
    # the outlet's own line after the statement is nobody's claim
    assert not [c for c in claims if "could not be verified" in c.content]


def test_a_quoted_paragraph_without_a_lead_ending_in_a_colon_is_nobody_s(analyzer):
    lead = _LEAD.replace(", signed by its spokesman, Almou Ag Mohamed:", ".")
    claims = _claims(analyzer, lead + _QUOTED)
    assert not [c for c in claims if "twelve soldiers" in c.content], [(c.speaker, c.content[:60]) for c in claims]
