"""`python -m sanctionwatch` runs the command line."""

from sanctionwatch.cli import main

main()
