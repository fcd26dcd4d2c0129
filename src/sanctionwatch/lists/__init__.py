"""Official sanctions lists: importers (OFAC legacy CSV, UN consolidated XML) and release diffs.

Importers are pure: a path in, FollowTheMoney entity dicts plus row errors and release
metadata out (`ImportResult`), or a stream of entities with an `ImportLog`. `formats` maps the
format names the CLI accepts to their readers; `diff` compares two releases.
"""
