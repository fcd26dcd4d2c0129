"""Report: entity views, dossiers and exports built from the statement store."""
