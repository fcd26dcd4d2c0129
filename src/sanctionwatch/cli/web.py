"""The workbench's commands: `web` serves it, `user add` makes its accounts."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, console, err, fail, store_for

ENV_PASSWORD = "SANCTIONWATCH_PASSWORD"
app = typer.Typer()
user_app = typer.Typer(help="Workbench accounts: viewer (read), analyst (review, add, merge), admin.",
                       no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="The login name (shown in the audit log).")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "analyst",
    password: Annotated[str | None, typer.Option(help=f"The password (else ${ENV_PASSWORD}, else asked).")] = None,
    db: DbOption = None,
) -> None:
    """Create a workbench account; the store keeps only an argon2 hash of the password."""
    from sanctionwatch.errors import StoreError
    from sanctionwatch.store.accounts import ROLES
    from sanctionwatch.web.auth import hash_password

    if role not in ROLES:
        fail(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    secret = password or os.environ.get(ENV_PASSWORD) or typer.prompt("password", hide_input=True,
                                                                     confirmation_prompt=True)
    try:
        hashed = hash_password(secret)
    except ValueError as exc:
        fail(str(exc), markup=False)
    try:
        store_for(db).accounts.add_user(name, role, hashed)
    except StoreError as exc:
        fail(str(exc), markup=False)
    console.print(f"user {name} ({role}) created")


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """Accounts and their roles."""
    for u in store_for(db).accounts.users():
        console.print(f"{u['name']}\t{u['role']}{' (disabled)' if u['disabled'] else ''}")


@app.command()
def web(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8080,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Mark cookies Secure (when served behind HTTPS).")] = False,
) -> None:
    """The analyst workbench in the browser: search, entities with their sources, review queue,
    measures and gaps, screening, releases, audit log. Log in with an account from `user add`."""
    import uvicorn

    from sanctionwatch.web.app import create_app

    store = store_for(db)
    if not store.accounts.users():
        err.print("[yellow]no account yet:[/yellow] create one with `sanctionwatch user add NAME --role analyst`")
    console.print(f"workbench on http://{host}:{port}/ over {store.safe_url}")
    uvicorn.run(create_app(store, secure_cookies, warm=True), host=host, port=port, log_level="warning")
