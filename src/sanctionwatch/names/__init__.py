"""Names: normalisation safe for Khmer, honorifics, the name-parts model, Khmer romanisation and
segmentation, romanisation conventions of other languages."""

from sanctionwatch.names.honorifics import (
    HONORIFICS,
    KHMER_HONORIFICS,
    KHMER_TITLES,
    TITLES,
    strip_honorifics,
)
from sanctionwatch.names.khmer_roman import romanize, romanize_variants
from sanctionwatch.names.khmer_segment import khmer_syllables, split_khmer_name
from sanctionwatch.names.normalize import fold, normalize_khmer, normalize_name
from sanctionwatch.names.parts import NamePart, ParsedName, parse_name
from sanctionwatch.names.translit import familiar_form, latin_variants_key, same_romanisation

__all__ = [
    "HONORIFICS", "KHMER_HONORIFICS", "KHMER_TITLES", "TITLES", "NamePart", "ParsedName", "familiar_form",
    "fold", "khmer_syllables", "latin_variants_key", "normalize_khmer", "normalize_name", "parse_name",
    "romanize", "romanize_variants", "same_romanisation", "split_khmer_name", "strip_honorifics",
]
