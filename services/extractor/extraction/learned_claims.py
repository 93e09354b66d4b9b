"""A small learned component after the rules: a linear model (one-vs-rest logistic
regression, trained by tools/train_claim_model.py on the test articles) scores each
(sentence, actor mention) pair of a sentence that may state a claim, and adds the
(subject, claim_type, stance) triples the rules did not produce when its probability is
over the model's threshold. It never removes a rule claim."""

from __future__ import annotations

import json
import math
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Final

from .discourse import Mention
from .lexicon import (
    COMPONENT_WORDS,
    DENIAL_WORDS,
    DRONE_WORDS,
    EVASION_TOKENS,
    FUTURE_WORDS,
    HEDGE_WORDS,
    PERSONNEL_WORDS,
    SANCTION_TOKENS,
    TRIGGER_WORDS,
    WEAPON_WORDS,
)
from .sentence_context import SentenceContext

# Located through the package, not __file__ (see gazetteer.BUNDLED_PATH)
MODEL_PATH: Final = Path(str(files("services.extractor.extraction") / "claim_model.json"))
KINDS: Final = frozenset({"country", "organization", "group", "person"})
_NEG: Final = frozenset({"not", "no", "never", "n't", "neither", "nor", "without"})
_WINDOW: Final = 3
_GOODS: Final = (("drone", DRONE_WORDS), ("comp", COMPONENT_WORDS), ("weap", WEAPON_WORDS))
CONFIDENCE: Final = 0.4  # below every asserted rule claim without hedges
# stamped on claims beside EXTRACTOR_VERSION while the model is on: retraining bumps it
LEARNED_VERSION: Final = "model-1"


def _cue_of(w: str) -> str | None:
    c = TRIGGER_WORDS.get(w)
    if c is not None:
        return c
    if w in EVASION_TOKENS:
        return "evasion"
    if w in SANCTION_TOKENS:
        return "sanction"
    if w in PERSONNEL_WORDS:
        return "personnel"
    return None


# a word's cue, in the order _cue_of reads them
CUES: Final[dict[str, str]] = {
    w: c
    for w in (*PERSONNEL_WORDS, *SANCTION_TOKENS, *EVASION_TOKENS, *TRIGGER_WORDS)
    if (c := _cue_of(w)) is not None
}


def _bucket(d: int) -> str:
    return str(d) if d < 6 else ("10" if d < 10 else "20")


class SentenceFeatures:
    """What every pair of one sentence shares (plain class: see text.Token)."""

    __slots__ = ("cues", "feats", "first", "lows", "mentions")

    def __init__(
        self,
        feats: list[str],
        lows: list[str],
        cues: list[tuple[int, str]],
        first: Mention | None,
        mentions: list[Mention],
    ) -> None:
        self.feats = feats
        self.lows = lows
        self.cues = cues
        self.first = first
        self.mentions = mentions


def _cues(lows: list[str]) -> list[tuple[int, str]]:
    get = CUES.get
    cues: list[tuple[int, str]] = []
    for i, w in enumerate(lows):
        c = get(w)
        if c is not None:
            cues.append((i, c))
    return cues


def _candidates(s: SentenceContext) -> tuple[list[Mention], Mention | None]:
    """Each actor mention (the first of its name, not the sentence's source), and the
    sentence's first actor mention."""
    ms: list[Mention] = []
    seen: set[str] = set()
    first: Mention | None = None
    for m in s.mentions:
        if m.kind not in KINDS:
            continue
        if first is None:
            first = m
        if m.name == s.source or m.name.startswith("\x00") or m.name in seen:
            continue
        seen.add(m.name)
        ms.append(m)
    return ms, first


def _flags(s: SentenceContext) -> list[str]:
    """The sentence's cue-free features besides its words."""
    sf: list[str] = []
    if not s.lows.isdisjoint(_NEG):
        sf.append("neg")
    if not s.lows.isdisjoint(DENIAL_WORDS):
        sf.append("denial")
    if not s.lows.isdisjoint(HEDGE_WORDS) or not s.lows.isdisjoint(FUTURE_WORDS):
        sf.append("hedge")
    for name, ws in _GOODS:
        if not s.lows.isdisjoint(ws):
            sf.append("goods=" + name)
    if s.linked:
        sf.append("linked")
    if s.context_linked:
        sf.append("clinked")
    if s.source:
        sf.append("has_source")
    return sf


def sentence_features(s: SentenceContext, bigrams: bool) -> SentenceFeatures | None:
    """The sentence's own features and its candidates; None when it has none."""
    ms, first = _candidates(s)
    if not ms:
        return None
    lows = [t.low for t in s.tokens]
    sf = ["w=" + w for w in s.lows]
    if bigrams:
        sf += list({"b=" + a + " " + b for a, b in pairwise(lows)})
    cues = _cues(lows)
    sf += list({"cue=" + c for _, c in cues})
    sf += _flags(s)
    return SentenceFeatures(sf, lows, cues, first, ms)


def mention_features(sf: SentenceFeatures, m: Mention, *, window: bool = True) -> list[str]:
    """The features of one candidate mention besides the sentence's (`window`: with the
    words around it)."""
    lows, cues = sf.lows, sf.cues
    n = len(lows)
    k, ts, te = m.kind, m.tok_start, m.tok_end
    role = m.role or "-"
    f = ["k=" + k, "r=" + role, "kr=" + k + "_" + role, "prep=" + (m.prep or "-")]
    if m.possessive:
        f.append("poss")
    if m.name == "Russia":
        f.append("is_russia")
    if window:
        f += list({"L=" + lows[j] for j in range(max(0, ts - _WINDOW), ts)})
        f += list({"R=" + lows[j] for j in range(te, min(n, te + _WINDOW))})
        if ts > 0:
            f.append("L1=" + lows[ts - 1])
        if te < n:
            f.append("R1=" + lows[te])
    first_cue = cues[0][0] if cues else n
    if ts < first_cue:
        f.append("before_cue")
        if m is sf.first:
            f.append("subj")
    if cues:
        best = min(((ts - i if i < ts else i - te), c) for i, c in cues)
        side = "_after" if any(i >= te for i, _ in cues) else "_before"
        f += [
            "dist=" + _bucket(best[0]),
            "near=" + best[1],
            "near_side=" + best[1] + side,
            "k_near=" + k + "_" + best[1],
        ]
    return f


def _shape(sf: SentenceFeatures, m: Mention) -> tuple[str, str, str, bool, bool, bool, bool, str]:
    """What mention_features(window=False) reads of a mention: its value is a function of
    this."""
    cues = sf.cues
    ts, te = m.tok_start, m.tok_end
    before = ts < (cues[0][0] if cues else len(sf.lows))
    near = ""
    if cues:
        d, c = min(((ts - i if i < ts else i - te), c) for i, c in cues)
        after = any(i >= te for i, _ in cues)
        near = _bucket(d) + " " + c + (" after" if after else " before")
    return (
        m.kind,
        m.role or "-",
        m.prep or "-",
        m.possessive,
        m.name == "Russia",
        before,
        before and m is sf.first,
        near,
    )


def sentence_pairs(s: SentenceContext, bigrams: bool) -> list[tuple[Mention, list[str]]]:
    """Each candidate mention with all its features (for training)."""
    sf = sentence_features(s, bigrams)
    if sf is None:
        return []
    return [(m, sf.feats + mention_features(sf, m)) for m in sf.mentions]


def _family(
    weights: dict[str, list[tuple[int, float]]], prefix: str
) -> dict[str, list[tuple[int, float]]]:
    n = len(prefix)
    return {k[n:]: v for k, v in weights.items() if k.startswith(prefix)}


class ClaimModel:
    """Weights per feature (label index -> weight), a bias per label, the threshold."""

    __slots__ = (
        "bias",
        "bigrams",
        "labels",
        "left",
        "left1",
        "logit",
        "memo",
        "pairs",
        "right",
        "right1",
        "threshold",
        "weights",
        "words",
    )

    def __init__(
        self,
        labels: list[tuple[str, str]],
        weights: dict[str, list[tuple[int, float]]],
        bias: list[float],
        threshold: float,
        bigrams: bool,
    ) -> None:
        self.labels = labels
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.logit = math.log(threshold / (1.0 - threshold))  # p > threshold: z > logit
        self.bigrams = bigrams
        # the features of words by the words alone (no key to build per token)
        self.words = _family(weights, "w=")
        self.left = _family(weights, "L=")
        self.right = _family(weights, "R=")
        self.left1 = _family(weights, "L1=")
        self.right1 = _family(weights, "R1=")
        self.memo: dict[
            tuple[str, str, str, bool, bool, bool, bool, str], list[tuple[int, float]]
        ] = {}
        self.pairs: dict[tuple[str, str], list[tuple[int, float]]] = {}
        for k, v in weights.items():
            if k.startswith("b="):
                a, _, b = k[2:].partition(" ")
                self.pairs[(a, b)] = v

    @classmethod
    def load(cls, path: str | Path | None = None) -> ClaimModel:
        data = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
        labels = [(str(a), str(b)) for a, b in data["labels"]]
        weights = {str(k): [(int(i), float(w)) for i, w in v] for k, v in data["weights"].items()}
        return cls(
            labels,
            weights,
            [float(b) for b in data["bias"]],
            float(data["threshold"]),
            bool(data["bigrams"]),
        )

    def add_to(self, z: list[float], feats: list[str]) -> None:
        """Add the weights of `feats` to the label scores `z`."""
        get = self.weights.get
        for f in feats:
            row = get(f)
            if row is not None:
                for i, w in row:
                    z[i] += w

    def probabilities(self, feats: list[str]) -> list[float]:
        z = list(self.bias)
        self.add_to(z, feats)
        return [1.0 / (1.0 + math.exp(-v)) if v > -30.0 else 0.0 for v in z]

    def score_sentence(self, s: SentenceContext) -> list[tuple[Mention, list[tuple[int, float]]]]:
        """Each candidate mention of `s` with the labels (index, probability) over the
        threshold; none when no candidate has any."""
        ms, first = _candidates(s)
        if not ms:
            return []
        lows = [t.low for t in s.tokens]
        base = list(self.bias)
        get = self.words.get
        for w in s.lows:
            row = get(w)
            if row is not None:
                for i, x in row:
                    base[i] += x
        if self.bigrams:
            pget = self.pairs.get
            for key in set(pairwise(lows)):
                row = pget(key)
                if row is not None:
                    for i, x in row:
                        base[i] += x
        cues = _cues(lows)
        self.add_to(base, list({"cue=" + c for _, c in cues}))
        self.add_to(base, _flags(s))
        sf = SentenceFeatures([], lows, cues, first, ms)
        out: list[tuple[Mention, list[tuple[int, float]]]] = []
        cut = self.logit
        n = len(lows)
        memo = self.memo
        for m in sf.mentions:
            z = list(base)
            # the features of the mention's own kind and place, summed once per shape
            shape = _shape(sf, m)
            row = memo.get(shape)
            if row is None:
                part = [0.0] * len(z)
                self.add_to(part, mention_features(sf, m, window=False))
                row = memo[shape] = [(i, x) for i, x in enumerate(part) if x != 0.0]
            for i, x in row:
                z[i] += x
            ts, te = m.tok_start, m.tok_end
            for fam, words in (
                (self.left, {lows[j] for j in range(max(0, ts - _WINDOW), ts)}),
                (self.right, {lows[j] for j in range(te, min(n, te + _WINDOW))}),
                (self.left1, [lows[ts - 1]] if ts > 0 else []),
                (self.right1, [lows[te]] if te < n else []),
            ):
                for w in words:
                    row = fam.get(w)
                    if row is not None:
                        for i, x in row:
                            z[i] += x
            over = [(i, 1.0 / (1.0 + math.exp(-v))) for i, v in enumerate(z) if v > cut]
            if over:
                out.append((m, over))
        return out


def add_learned(
    model: ClaimModel, pending: list[SentenceContext], have: set[tuple[str, str, str]]
) -> list[dict[str, object]]:
    """The claims the model adds to an article's rule claims `have`: its best sentence of
    `pending` (read after the rules, as in training) per triple the rules did not produce."""
    best: dict[tuple[str, str, str], tuple[float, SentenceContext, Mention]] = {}
    for s in pending:
        for m, over in model.score_sentence(s):
            for i, p in over:
                ctype, stance = model.labels[i]
                key = (m.name, ctype, stance)
                if key in have:
                    continue
                cur = best.get(key)
                if cur is None or p > cur[0]:
                    best[key] = (p, s, m)
    out: list[dict[str, object]] = []
    for (name, ctype, stance), (_, s, m) in sorted(
        best.items(), key=lambda kv: kv[1][1].sent.start
    ):
        sent = s.sent
        russia = any(x.name == "Russia" for x in s.mentions) and name != "Russia"
        out.append(
            {
                "subject": name,
                "subject_kind": m.kind,
                "claim_type": ctype,
                "stance": stance,
                "source": s.source,
                "recipient": "Russia" if russia and ctype != "sanctions_imposed" else None,
                "products": [],
                "quantities": [],
                "evidence": sent.text,
                "start": sent.start,
                "end": sent.end,
                "confidence": CONFIDENCE,
            }
        )
    return out
