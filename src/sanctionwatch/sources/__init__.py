"""Sources: turn files on disk into raw documents (text plus what the file says about itself)."""

from sanctionwatch.sources.read import SUPPORTED_SUFFIXES, RawDocument, discover, read_source

__all__ = ["SUPPORTED_SUFFIXES", "RawDocument", "discover", "read_source"]
