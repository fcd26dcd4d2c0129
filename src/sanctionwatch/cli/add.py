"""`sanctionwatch add measure|event|role` and `sanctionwatch link`: curation by hand.

A thin adapter: options in, `services.curation` does the work (the web
workbench calls the same functions), one line out; a value that cannot be used is one error line
and exit status 2.
"""

from __future__ import annotations

from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, ReasonOption, console, run_service, store_for
from sanctionwatch.services.curation import Added

app = typer.Typer()
add_app = typer.Typer(help="Add a fact by hand (a measure, an event or a role), quoting a document.",
                      no_args_is_help=True)
app.add_typer(add_app, name="add")

DocOption = Annotated[str, typer.Option("--doc", help="The document: its id, path or file name.")]
QuoteOption = Annotated[str, typer.Option(help="The exact text of the document that states the fact.")]
AuthorOption = Annotated[str, typer.Option(help="Who states it (evidence extractor analyst:<author>, audited).")]
DateOption = Annotated[str | None, typer.Option(help="ISO date, as precise as known: 2017, 2017-09, 2017-09-03.")]


def _report(added: Added) -> None:
    console.print(f"added {added.fact_id} ({len(added.statements)} statements)", highlight=False)
    if added.named_only:
        console.print("not in the registry, kept as names in the fact: " + ", ".join(added.named_only),
                      highlight=False, markup=False)


@add_app.command("measure")
def add_measure(
    doc: DocOption, quote: QuoteOption,
    kind: Annotated[str, typer.Option(help="visa_restriction, asset_freeze, sdn_designation, … (see README).")],
    status: Annotated[str, typer.Option(help="imposed, announced, threatened, called_for or lifted.")],
    issuer: Annotated[str | None, typer.Option(help="Who imposes it (a name or an entity id).")] = None,
    target: Annotated[list[str] | None, typer.Option(help="Whom it targets (repeat for several).")] = None,
    caller: Annotated[list[str] | None, typer.Option(help="Who calls for it (repeat for several).")] = None,
    date: DateOption = None,
    legal_basis: Annotated[str | None, typer.Option(help="E.O. 13818, section 7031(c), …")] = None,
    author: AuthorOption = "analyst", reason: ReasonOption = "", db: DbOption = None,
) -> None:
    """A measure the extractor missed, quoting the sentence that states it."""
    from sanctionwatch.services.curation import add_measure as run

    _report(run_service(run, store_for(db), doc, quote, kind, status, author, issuer=issuer, targets=tuple(target or ()),
                 callers=tuple(caller or ()), date=date, legal_basis=legal_basis, reason=reason))


@add_app.command("event")
def add_event(
    doc: DocOption, quote: QuoteOption,
    kind: Annotated[str, typer.Option(help="arrest, detention, release, conviction, … (see README).")],
    status: Annotated[str, typer.Option(help="reported, denied, called_for, threatened or scheduled.")] = "reported",
    actor: Annotated[list[str] | None, typer.Option(help="Who did it (repeat for several).")] = None,
    subject: Annotated[list[str] | None, typer.Option(help="To whom (repeat for several).")] = None,
    date: DateOption = None,
    place: Annotated[str | None, typer.Option(help="Where.")] = None,
    author: AuthorOption = "analyst", reason: ReasonOption = "", db: DbOption = None,
) -> None:
    """An event the extractor missed (or only called for), quoting the sentence that states it."""
    from sanctionwatch.services.curation import add_event as run

    _report(run_service(run, store_for(db), doc, quote, kind, author, status=status, actors=tuple(actor or ()),
                 subjects=tuple(subject or ()), date=date, place=place, reason=reason))


@add_app.command("role")
def add_role(
    doc: DocOption, quote: QuoteOption,
    fact: Annotated[str, typer.Option(help="The measure or event id (from `measures --json`, `events --json`).")],
    role: Annotated[str, typer.Option(help="issuer, target, caller, perpetrator, victim, authority, …")],
    entity: Annotated[str, typer.Option(help="Who has the role (a name or an entity id).")],
    author: AuthorOption = "analyst", reason: ReasonOption = "", db: DbOption = None,
) -> None:
    """A role in an existing measure or event that the extractor did not see."""
    from sanctionwatch.services.curation import add_role as run

    _report(run_service(run, store_for(db), doc, quote, fact, role, entity, author, reason=reason))


@app.command()
def link(
    entity: Annotated[str, typer.Argument(help="A registry entity: a name or an id.")],
    list_entity_id: Annotated[str, typer.Argument(help="A list entry's id (as `screen` shows it).")],
    author: Annotated[str, typer.Option(help="Who asserts the link (recorded and audited).")] = "analyst",
    reason: ReasonOption = "", db: DbOption = None,
) -> None:
    """Assert that a registry entity is a list entry, when `xref` did not propose it (audited)."""
    from sanctionwatch.services.curation import assert_link

    row = run_service(assert_link, store_for(db), entity, list_entity_id, author, reason)
    console.print(f"linked {row['registry_id']} → {row['list_id']} ({row['caption']}) by {row['decided_by']}",
                  highlight=False, markup=False)
