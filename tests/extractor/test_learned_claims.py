"""The learned claims (learned_claims.py): a linear model over (sentence, actor mention)
pairs, trained by tools/train_claim_model.py on the test articles, adds triples the rules
miss after the rules; it never removes or changes a rule claim."""

from __future__ import annotations

import json
from bisect import bisect_left
from pathlib import Path
from typing import get_args

import pytest

from services.extractor.extraction import EXTRACTOR_VERSION, Extractor
from services.extractor.extraction.discourse import Discourse
from services.extractor.extraction.gazetteer import Gazetteer
from services.extractor.extraction.learned_claims import (
    CONFIDENCE,
    LEARNED_VERSION,
    MODEL_PATH,
    ClaimModel,
    sentence_pairs,
)
from services.extractor.extraction.sentence_context import SentenceContext, read_sentence
from services.extractor.extraction.text import split_sentences, tokenize
from shared.cli import main as cli_main
from shared.events import ClaimFields, ClaimType, Stance

from .test_articles import ARTICLES, NAMES

Triple = tuple[str, str, str]

# a rule claim first: the model adds claims only to an article the rules found claims in
_LEDE = (
    "US sanctions suppliers of Russia's war\n\nThe United States on Tuesday imposed sanctions "
    "on Vindhya Detonators for supplying explosives to Russia. "
)


@pytest.fixture(scope="module")
def rules_only() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="module")
def learned() -> Extractor:
    return Extractor.load(learned=True)


def test_off_by_default_and_stamped_when_on(rules_only: Extractor, learned: Extractor) -> None:
    assert rules_only.version == EXTRACTOR_VERSION
    assert learned.version == f"{EXTRACTOR_VERSION}+{LEARNED_VERSION}"


def test_the_setting_turns_it_on_for_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ADDED[0][1], encoding="utf-8")
    found = {}
    for flag in ("false", "true"):
        monkeypatch.setenv("CLAIMWATCH_EXTRACTOR_LEARNED", flag)
        capsys.readouterr()
        assert cli_main(["extract", str(path)]) == 0
        found[flag] = {
            (r["subject"], r["claim_type"], r["stance"])
            for r in map(json.loads, capsys.readouterr().out.splitlines())
        }
    assert ADDED[0][2] in found["true"] - found["false"]


def test_the_model_file_loads_as_the_training_script_wrote_it() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model = ClaimModel.load()
    assert len(model.weights) == data["features"] > 1000
    assert model.labels == [(t, s) for t in get_args(ClaimType) for s in get_args(Stance)]
    assert len(model.bias) == len(model.labels)
    assert 0.5 < model.threshold < 1.0
    assert CONFIDENCE < 0.5  # below the rules' claims


ADDED = [
    (
        "sanctioned_alongside_names_the_target",
        _LEDE + "Sanctioned alongside it was TSK Vektor, a Russia-based company that the "
        "Treasury said acted as the go-between for Kupol.",
        ("TSK Vektor", "sanctions_imposed", "asserted"),
    ),
    (
        "companies_in_named_states_were_targeted",
        _LEDE + "The Treasury's announcement also targeted companies in the United Arab "
        "Emirates and China, as well as dozens of Russian firms.",
        ("United Arab Emirates", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctioned_along_with_names_the_targets",
        _LEDE + "Sanctioned along with it were Orion Trade and Polar Star Logistics, two "
        "Russia-based companies.",
        ("Polar Star Logistics", "sanctions_imposed", "asserted"),
    ),
    (
        "a_registered_trader_supplied_machines_to_makers_of_missile_parts",
        "EU sanctions Belarusian suppliers of Russia\n\nAccording to the Council decision, "
        "Hong Kong-registered Eastbridge Precision Trading supplied high-precision CNC milling "
        "machines to Belarusian enterprises that produce parts for Russian missiles.",
        ("Eastbridge Precision Trading", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), [r[1:] for r in ADDED], ids=[r[0] for r in ADDED])
def test_the_model_adds_what_the_rules_miss(
    learned: Extractor, rules_only: Extractor, text: str, triple: Triple
) -> None:
    rules = {(c.subject, c.claim_type, c.stance) for c in rules_only.extract(text)}
    assert triple not in rules
    found: dict[Triple, ClaimFields] = {
        (c.subject, c.claim_type, c.stance): c for c in learned.extract(text)
    }
    claim = found[triple]
    assert claim.confidence == CONFIDENCE
    assert text[claim.start : claim.end] == claim.evidence
    assert claim.evidence in text and claim.evidence.endswith(".")
    if claim.claim_type == "sanctions_imposed":
        assert claim.recipient is None
    else:
        assert claim.recipient == "Russia"


NOTHING_ADDED = [
    (
        "ukraines_own_supply",
        "Ukraine has supplied its own troops with thousands of drones made at home.",
    ),
    (
        "ukraines_own_brigades",
        "Ukraine's defence ministry said it supplied 200,000 domestically built drones to its "
        "brigades this year.",
    ),
    (
        "domestic_use",
        "Ascend Aviation India said its drones are sold only for domestic use in farming.",
    ),
    (
        "a_hypothetical_transfer",
        "If China were to send lethal weapons to Russia, the consequences would be severe, the "
        "official warned.",
    ),
    (
        "a_hypothetical_shipment",
        "Should Beijing ever decide to ship artillery shells to Moscow, Europe would respond, "
        "the minister said.",
    ),
]


@pytest.mark.parametrize("body", [r[1] for r in NOTHING_ADDED], ids=[r[0] for r in NOTHING_ADDED])
def test_near_misses_get_no_learned_claim(
    learned: Extractor, rules_only: Extractor, body: str
) -> None:
    text = _LEDE + body
    assert [c.model_dump() for c in learned.extract(text)] == [
        c.model_dump() for c in rules_only.extract(text)
    ]


def test_turned_off_it_gives_the_rules_claims_exactly(
    learned: Extractor, rules_only: Extractor
) -> None:
    """Learned claims come after the rules' and change none of theirs."""
    added = 0
    for name in NAMES[::4]:
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        rules = [c.model_dump() for c in rules_only.extract(text)]
        both = [c.model_dump() for c in learned.extract(text)]
        assert both[: len(rules)] == rules, name
        for c in both[len(rules) :]:
            added += 1
            assert c["confidence"] == CONFIDENCE
            assert text[c["start"] : c["end"]] == c["evidence"]
            assert (c["subject"], c["claim_type"], c["stance"]) not in {
                (r["subject"], r["claim_type"], r["stance"]) for r in rules
            }
    assert added > 0


def _read_sentences(gz: Gazetteer, text: str) -> list[SentenceContext]:
    """The sentences of `text` read as the engine reads them (without its carried context,
    which the check below does not need): callable whichever build runs."""
    state = Discourse()
    all_tokens = tokenize(text)
    starts = [t.start for t in all_tokens]
    out = []
    for sent in split_sentences(text):
        tokens = all_tokens[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        if tokens:
            out.append(read_sentence(sent, tokens, gz, state, False, None, -1))
    return out


def test_scoring_adds_the_weights_of_the_training_features() -> None:
    """The engine's scoring (word tables, memoized mention shapes) gives the probabilities
    of the feature lists tools/train_claim_model.py trains on."""
    model = ClaimModel.load()
    gz = Gazetteer.load()
    read = [
        s
        for name in NAMES[::8]
        for s in _read_sentences(gz, (ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    ]
    checked = 0
    for s in read:
        if not s.may:
            continue
        fast = {m.name: dict(over) for m, over in model.score_sentence(s)}
        for m, feats in sentence_pairs(s, model.bigrams):
            checked += 1
            probs = model.probabilities(feats)
            over = {i: p for i, p in enumerate(probs) if p > model.threshold}
            assert fast.get(m.name, {}).keys() == over.keys(), (s.sent.text, m.name)
            for i, p in over.items():
                assert fast[m.name][i] == pytest.approx(p)
    assert checked > 1000
