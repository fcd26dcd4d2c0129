"""sanctionwatch: a sourced registry of who did what to whom, and a screening service over it."""

from sanctionwatch._compiled import choose_build

__version__ = "0.1.0"

# before any other module is imported: the compiled matcher, or its source if that is newer
choose_build()
