"""`python -m sanctionwatch.cli`: the same command line as `sanctionwatch`."""

from sanctionwatch.cli import main

main()
