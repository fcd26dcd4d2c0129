"""The yente-compatible screening API: `create_app` in `app.py`."""
