"""Which issuer a measure gets: the addressee of a call, the speaker of a broken coordination,
one statement told through a country and the body that speaks. Sentences written for these
tests (English, French, Khmer)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.extract.speaker_issuers import speech_subjects
from sanctionwatch.extract.syntax import Tok, make_parse


def _measures(text: str, lang: str = "en") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, "2023-05-04") if isinstance(f, MeasureFact)]


def _issuer(m: MeasureFact) -> str | None:
    return m.issuer.name if m.issuer is not None else None


# --- "call on X to …": the verb asks, X would act --------------------------------------------


def test_called_on_a_country_makes_it_the_issuer_and_the_ngo_the_caller() -> None:
    [m] = _measures("The Cambodian Center for Human Rights called on Japan to freeze the assets of Ivan Petrov.")
    assert (m.status, _issuer(m)) == ("called_for", "Japan")
    assert [p.name for p in m.callers] == ["Cambodian Center for Human Rights"]
    assert [p.name for p in m.targets] == ["Ivan Petrov"]


def test_called_upon_the_authorities_never_makes_the_caller_the_issuer() -> None:
    [m] = _measures("Amnesty called upon the authorities to ban Ivan Petrov from entering the country.")
    assert m.status == "called_for"
    assert _issuer(m) != "Amnesty"
    assert [p.name for p in m.callers] == ["Amnesty"]


def test_french_call_addressee() -> None:
    [m] = _measures("L'ONG a appelé le Japon à geler les avoirs d'Ivan Petrov.", "fr")
    assert (m.status, _issuer(m)) == ("called_for", "Japan")


# --- a speaker whose coordination the parser broke ----------------------------------------------


def _tok(i: int, text: str, rel: str, head: int, label: str = "") -> Tok:
    return Tok(i, i * 10, i * 10 + len(text), text, rel, head, label or rel)


def test_speech_verb_takes_the_first_main_subject_when_its_conjunct_has_none() -> None:
    # "Lopez recalled that Ruritania had lifted it, the programme having been ended, and said …"
    # parsed with "ended" as the root and "said" its conjunct
    toks = [
        _tok(0, "Lopez", "subj", 1, "nsubj"),
        _tok(1, "recalled", "clause", 7, "ccomp"),
        _tok(2, "that", "aux", 4, "mark"),
        _tok(3, "Ruritania", "subj", 4, "nsubj"),
        _tok(4, "lifted", "clause", 1, "ccomp"),
        _tok(5, "programme", "psubj", 7, "nsubjpass"),
        _tok(6, "been", "aux", 7, "auxpass"),
        _tok(7, "ended", "root", 7, "root"),
        _tok(8, "said", "conj", 7, "conj"),
    ]
    parse = make_parse(toks, True)
    assert speech_subjects(parse, 8) == [0]
    assert speech_subjects(parse, 1) == [0]  # its own subject


def test_leader_who_warns_in_a_second_conjunct_threatens() -> None:
    ms = _measures("On the day of the coup, President Joe Biden recalled that the United States had lifted its "
                   "sanctions on the country over the previous years, the last programme having been ended in "
                   "2016, and said that such a reversal would require a review of US sanctions authorities.")
    threats = [m for m in ms if m.status == "threatened"]
    assert [_issuer(m) for m in threats] == ["Joe Biden"]
    assert [_issuer(m) for m in ms if m.status == "lifted"] == ["United States"]


# --- one statement: the country's step and the speaking body's warning --------------------------


def test_the_country_and_its_speaking_body_make_one_statement_en() -> None:
    ms = _measures("As a first step, the United States will suspend its aid to the Ruritanian defence ministry, "
                   "and the White House warned that it may impose further sanctions.")
    assert sorted((m.status, _issuer(m)) for m in ms) == [("announced", "White House"), ("threatened", "White House")]


def test_the_country_and_its_speaking_body_make_one_statement_km() -> None:
    ms = _measures("ជាជំហានដំបូង សហរដ្ឋអាមេរិកនឹងផ្អាកជំនួយដល់ក្រសួងការពារជាតិ ហើយសេតវិមានព្រមានថា "
                   "នឹងដាក់ទណ្ឌកម្មបន្ថែមទៀត។", "km")
    assert sorted((m.status, _issuer(m)) for m in ms) == [("announced", "White House"), ("threatened", "White House")]


def test_an_imposed_act_beside_a_body_s_warning_keeps_its_country() -> None:
    ms = _measures("Canada froze the assets of Ivan Petrov on Monday, and the White House warned that it may "
                   "impose further sanctions.")
    assert ("imposed", "Canada") in {(m.status, _issuer(m)) for m in ms}


# --- a text that empowers a body to act: that body, and a power, not an act ----------------------


def test_an_order_that_allows_a_department_to_designate_en() -> None:
    [m] = _measures("The new order allows the Treasury to designate the wives of the ruling generals.")
    assert (m.kind, m.status, _issuer(m)) == ("sdn_designation", "threatened", "US Department of the Treasury")


def test_a_regulation_that_lets_the_council_freeze_fr() -> None:
    [m] = _measures("Le nouveau règlement permet au Conseil de l'UE de geler les avoirs d'Ivan Petrov.", "fr")
    assert (m.kind, m.status, _issuer(m)) == ("asset_freeze", "threatened", "Council of the European Union")
    [a] = _measures("Le décret autorise le Conseil de l'UE à geler les avoirs d'Ivan Petrov.", "fr")
    assert (a.status, _issuer(a)) == ("threatened", "Council of the European Union")


def test_not_allowed_to_enter_is_the_ban_itself() -> None:
    # no one is empowered: the prohibition is the measure (never read as a threat)
    assert all(m.status != "threatened" for m in _measures("Ivan Petrov is no longer allowed to enter the European Union."))


# --- a call relayed through someone who is asked to press for the measure ------------------------


def test_pressing_the_union_for_sanctions_makes_the_union_the_issuer_not_a_target() -> None:
    [m] = _measures("Rights groups urged Canada to press the European Union for sanctions on Ivan Petrov.")
    assert (m.status, _issuer(m)) == ("called_for", "European Union")
    assert [p.name for p in m.targets] == ["Ivan Petrov"]


def test_the_relay_is_no_issuer_en() -> None:
    [m] = _measures("Amnesty urged Canada to push for sanctions on Ivan Petrov.")
    assert m.status == "called_for" and _issuer(m) != "Canada"
    assert [p.name for p in m.callers] == ["Amnesty"]


def test_the_body_the_relay_presides_would_act_fr() -> None:
    [m] = _measures("En mars, l'ONG exhortait l'Espagne, qui préside le Conseil de l'UE, à pousser pour des "
                    "sanctions contre Ivan Petrov.", "fr")
    assert (m.status, _issuer(m)) == ("called_for", "Council of the European Union")
    [n] = _measures("L'ONG exhortait l'Espagne à pousser pour des sanctions contre Ivan Petrov.", "fr")
    assert n.status == "called_for" and _issuer(n) != "Spain"


def test_an_infinitive_hung_on_the_addressee_is_still_asked_of_it_fr() -> None:
    [m] = _measures("Amnesty a appelé l'administration Biden à sanctionner Ivan Petrov.", "fr")
    assert (m.status, _issuer(m)) == ("called_for", "United States")
    assert [p.name for p in m.callers] == ["Amnesty"]


# --- "the president": the head of state the report named before ---------------------------------


def test_the_president_asked_is_the_leader_named_before_en() -> None:
    [m] = _measures("President Maria Lopez met the opposition on Monday. On Tuesday, senators called on the "
                    "president to freeze the assets of Ivan Petrov.")
    assert (m.status, _issuer(m)) == ("called_for", "Maria Lopez")


def test_the_president_asked_is_the_leader_named_before_fr() -> None:
    [m] = _measures("Le président Jean Dufour a reçu l'opposition lundi. Mardi, les députés ont demandé au "
                    "président de geler les avoirs d'Ivan Petrov.", "fr")
    assert (m.status, _issuer(m)) == ("called_for", "Jean Dufour")


def test_no_leader_named_leaves_the_president_unread() -> None:
    [m] = _measures("Senators called on the president to freeze the assets of Ivan Petrov.")
    assert _issuer(m) is None
    # a senator named before is no head of state
    [n] = _measures("Senator Maria Lopez met the opposition on Monday. On Tuesday, activists called on the "
                    "president to freeze the assets of Ivan Petrov.")
    assert _issuer(n) != "Maria Lopez"


def test_a_dated_call_still_finds_its_addressee() -> None:
    [m] = _measures("On Tuesday, Amnesty called on Japan to freeze the assets of Ivan Petrov.")
    assert (m.status, _issuer(m)) == ("called_for", "Japan")


def test_a_department_s_warning_does_not_take_a_kind_it_does_not_administer() -> None:
    ms = _measures("The United States will impose visa restrictions on Ivan Petrov, and the Treasury warned that "
                   "it may freeze his assets.")
    visas = [m for m in ms if m.kind == "visa_restriction"]
    assert visas and all(_issuer(m) != "US Department of the Treasury" for m in visas)
