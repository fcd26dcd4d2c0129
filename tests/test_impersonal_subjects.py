"""An impersonal subject (« Il est interdit de leur fournir des fonds », UD `expl`) stands for
no one: it never brings the nearest name before it in as the target of a measure — here the
opposition leader named in the reason clause of the last listed person."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact
from textmentions import text_facts

REPORT = (
    "Laos : l'Union européenne sanctionne quatre responsables\n\n"
    "VIENTIANE, 12 mai 2022 — Réunis lundi, les ministres des Affaires étrangères de l'Union "
    "européenne ont sanctionné quatre responsables laotiens.\n\n"
    "En tête de liste figure le général Somsak Vongsa, chef de la police, suivi de son adjoint, "
    "Bounmy Keo. La liste compte aussi le président de la commission électorale, Khamphet Sisouk, "
    "visé pour avoir fait annuler les élections, largement remportées par le parti de Noy Phommachanh.\n\n"
    "Concrètement, leurs avoirs dans l'Union sont gelés. Il est en outre interdit aux entreprises "
    "européennes de mettre des fonds à leur disposition.\n"
)


def test_an_impersonal_subject_names_no_target() -> None:
    measures = [f for f in text_facts(REPORT, "2022-05-12") if isinstance(f, MeasureFact)]
    targets = {p.name for f in measures for p in f.targets}
    assert measures
    assert "Noy Phommachanh" not in targets
