"""Clean: normalise text, drop boilerplate, cut paragraphs, label languages, find duplicates."""
