"""Interactive API docs served from installed files, so /docs works without internet.

FastAPI's default /docs page loads Swagger UI from a CDN and is blank offline (an air-gapped
screening server is the normal case, not the odd one). The `swagger-ui-bundle-v2` package ships
Swagger UI 5 (which reads the OpenAPI 3.1 FastAPI writes); its folder is mounted at
/static/docs and the page references only those files, with the online validator switched off.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = "/static/docs"


def swagger_ui_folder() -> str:
    from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]

    return str(swagger_ui_path)


def install(app: FastAPI) -> None:
    """Mount Swagger UI's files and serve /docs from them (app created with docs_url=None)."""
    app.mount(STATIC, StaticFiles(directory=swagger_ui_folder()), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} API",
            swagger_js_url=f"{root}{STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{STATIC}/swagger-ui.css",
            swagger_favicon_url=f"{root}{STATIC}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )
