"""Names: normalisation safe for Khmer, honorifics, the name-parts model, Khmer romanisation."""

from sanctionwatch.names.honorifics import (
    HONORIFICS,
    KHMER_HONORIFICS,
    KHMER_TITLES,
    TITLES,
    strip_honorifics,
)
from sanctionwatch.names.khmer_roman import romanize, romanize_variants
from sanctionwatch.names.normalize import fold, normalize_khmer, normalize_name
from sanctionwatch.names.parts import NamePart, ParsedName, parse_name

__all__ = [
    "HONORIFICS", "KHMER_HONORIFICS", "KHMER_TITLES", "TITLES", "NamePart", "ParsedName", "fold",
    "normalize_khmer", "normalize_name", "parse_name", "romanize", "romanize_variants", "strip_honorifics",
]
