"""A participant filled by reference ("both men", "he") carries the span of the mention it
refers to, and becomes that mention's entity: the role statement rests on the antecedent the
reading chose, not on whichever mention shares its name. Sentences written for these tests."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, Participant, extract_facts_from_text
from sanctionwatch.extract.facts_stage import resolve_participant
from sanctionwatch.model import Document, Mention
from sanctionwatch.resolve.keys import mention_entity_id

TEXT = "Oleg Marchenko and Arkady Vetrov run the port. On 3 June 2023 Britain sanctioned both men."


def _mention(start: int, end: int, name: str) -> Mention:
    return Mention("doc-1", start, end, TEXT[start:end], name, "PER", "en", 0, 46, "test", 1.0)


def test_a_reference_carries_its_antecedents_span() -> None:
    [m] = [f for f in extract_facts_from_text(TEXT, "en", "2023-06-05") if isinstance(f, MeasureFact)]
    spans = {p.name: p.antecedent for p in m.targets}
    assert spans == {"Oleg Marchenko": (0, 14), "Arkady Vetrov": (19, 32)}
    assert all(p.start is None for p in m.targets)  # the sentence itself does not name them


def test_the_entity_is_the_antecedent_mentions() -> None:
    doc = Document("doc-1", "x.txt", "text/plain", "utf-8", "", "2023-06-05", TEXT)
    mentions = [_mention(0, 14, "Oleg Marchenko"), _mention(19, 32, "Arkady Vetrov")]
    by_reference = Participant("Arkady Vetrov", "target", "Person", None, None, None, (19, 32))
    resolved = resolve_participant(by_reference, doc, mentions)
    assert resolved is not None
    assert resolved.entity_id == mention_entity_id("Arkady Vetrov", resolved.schema, "doc-1")
    # a name with no antecedent and no span is inferred from context: named in the fact only
    assert resolve_participant(Participant("Arkady Vetrov", "target", "Person", None, None, None),
                               doc, mentions) is None


def test_a_counted_reference_carries_the_list_it_counts() -> None:
    text = ("On 3 June 2023 the Treasury designated Oleg Marchenko, Arkady Vetrov, Pavel Sorin and Ivan Lutsk. "
            "The State Department also barred all four from entering the United States.")
    facts = [f for f in extract_facts_from_text(text, "en", "2023-06-05") if isinstance(f, MeasureFact)]
    visa = [f for f in facts if f.kind == "visa_restriction"]
    assert visa
    copied = [p for f in visa for p in f.targets if p.start is None]
    assert copied and all(p.antecedent is not None and text[p.antecedent[0]:p.antecedent[1]] == p.name
                          for p in copied)
