"""Curation, the one service the command line, the API and the workbench change the registry through.

- `judgements`: two entities are one (merge), two (split) or unclear; the pairs awaiting a decision.
- `evidence`: accept, reject or mark unsure what the machine stated; edit a fact's fields.
- `facts`: a measure, an event or a role added by hand, quoting the document it was read in.
- `links`: decide a link `xref` proposed to an official list entry, or assert one it did not.

Every change is a judgement or a statement with its author, audited, never an edit in place.
Refusals are `CurationError` (a value that cannot be used), `NoSuchEntity` and `AlreadyDecided`.
"""

from sanctionwatch.services.curation.errors import AlreadyDecided, CurationError, NoSuchEntity
from sanctionwatch.services.curation.evidence import (
    DECISIONS,
    decide_statements,
    edit_fact,
    fact_by_id,
    fact_statement_ids,
    review_statement,
)
from sanctionwatch.services.curation.facts import (
    EVENT_STATUSES,
    Added,
    Quote,
    add_event,
    add_measure,
    add_role,
    document_for,
    find_quote,
    party_for,
)
from sanctionwatch.services.curation.judgements import (
    PairResult,
    decide_pair,
    entity_id_for,
    judge,
    merge_proposals,
)
from sanctionwatch.services.curation.links import assert_link, decide_link, list_entry

__all__ = [
    "DECISIONS", "EVENT_STATUSES", "Added", "AlreadyDecided", "CurationError", "NoSuchEntity", "PairResult",
    "Quote", "add_event", "add_measure", "add_role", "assert_link", "decide_link", "decide_pair",
    "decide_statements", "document_for", "edit_fact", "entity_id_for", "fact_by_id", "fact_statement_ids",
    "find_quote", "judge", "list_entry", "merge_proposals", "party_for", "review_statement",
]
