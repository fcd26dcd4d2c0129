"""Lines that scraped pages carry but no report says: cookie notices, share widgets, menus.

Each rule is a whole-line pattern; a line is dropped only when all of it is boilerplate, so
a sentence that merely mentions "share" or "cookies" is kept.
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"accessibility links",
    r"skip to (main )?(content|navigation)",
    r"breaking news",
    r"(xs|sm|md|lg|xl|xxl)",  # size pickers
    r"\d+ bloggers? likes? this\.?",
    r"(one|\d+) blogger likes this\.?",
    r"like this:?|like loading\.*|loading\.*",
    r"share( this)?( on| via)?:?( (facebook|twitter|email|whatsapp|linkedin|telegram|print|reddit|pinterest|tumblr|pocket))*",
    r"(facebook|twitter|email|whatsapp|linkedin|telegram|print|reddit|pinterest|tumblr|pocket|google\+?)",
    r"(click|tap) to (share|email|print).*",
    r"(related|related posts|related articles|read more|more stories|see also|advertisement|sponsored)",
    r".*(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences)|en poursuivant votre navigation).*",
    r"(accept|reject|agree|ok|close|menu|search|home|subscribe|log ?in|sign ?in|sign ?up|follow us.*)",
    r"(previous|next) (post|article|story)?:?.*",
    r"(leave a (reply|comment)|post a comment|comments?( \(\d+\))?|no comments yet\.?)",
    r"(tags?|categories|category|filed under|posted in|labels?):.*",
    r"(all rights reserved|copyright|©).*",
    r"(print|email) (this )?(article|page|story)",
    r"(partager|partager sur|j'aime|j’aime|chargement|lire la suite|articles similaires|publicité)( .*)?",
    r"(retweet|tweet|reply|like|follow)",
    r"\[?\s*(edit|embed|permalink|top)\s*\]?",
    r"#+",
    # Khmer page furniture: share buttons (ចែករំលែក៖ facebook), likes, "read more", related news
    r"(?:(?:សូម)?ចែករំលែក(?:\s*(?:[:៖]|នៅលើ|តាម))?\s*(?:facebook|twitter|telegram|email|whatsapp|linkedin"
    r"|messenger|line|print|អ៊ីមែល|ហ្វេសប៊ុក|តេឡេក្រាម)?[\s|·•/,]*)+",
    r"(?:ចុច)?ចូលចិត្ត|អានបន្ត.*|ព័ត៌មានពាក់ព័ន្ធ.*|អត្ថបទពាក់ព័ន្ធ.*|ព័ត៌មានថ្មីៗ|មតិយោបល់.*|ស្វែងរក|ទំព័រដើម",
    r"(?:(?:share|partager)(?: sur| on)?\s*[:៖]?\s*(?:facebook|twitter|telegram|email|whatsapp|linkedin"
    r"|courriel|e-mail|print|imprimer)[\s|·•/,]*)+",
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(_PATTERNS) + r")\s*$", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """True if the whole line is page furniture rather than content."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(_BOILERPLATE.match(stripped))
