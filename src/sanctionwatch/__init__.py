"""sanctionwatch: a sourced registry of who did what to whom, and a screening service over it."""

__version__ = "0.1.0"
