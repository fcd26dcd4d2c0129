"""One router per concern, as in yente: match, search, entities, system (health, algorithms)."""
