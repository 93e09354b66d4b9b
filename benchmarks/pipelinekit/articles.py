"""Varied, realistic article texts for the pipeline benchmark, each about a company of
its own so every article opens a fresh fingerprint (subject, claim type, stance) and
so earns an email of its own.

An article is a lead naming its company in one of several phrasings the extractor
reads as a claim, followed by paragraphs of the extractor's real test articles (which
add claims about known actors, as real reporting does).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_ARTICLES = ROOT / "tests" / "extractor" / "articles"

_HEADS = (
    "Kor", "Vel", "Tar", "Zen", "Mira", "Sol", "Bran", "Quel", "Dor", "Fen",
    "Gal", "Hox", "Jun", "Lum", "Nor", "Pax", "Rin", "Sar", "Tol", "Vor",
)  # fmt: skip
_MIDS = (
    "an", "ex", "ito", "ar", "um", "ova", "el", "ix", "on", "ur",
    "ada", "emi", "or", "yx", "ant", "ek", "is", "ol", "ari", "en",
)  # fmt: skip
_TAILS = (
    "ta", "ro", "nis", "vex", "dia", "lon", "mar", "rus", "tra", "zet", "dine", "vak", "tum", "del",
    "sto",
)  # fmt: skip
_KINDS = (
    "Electronics", "Trading", "Components", "Logistics", "Technologies",
    "Microelectronics", "Engineering", "Industries",
)  # fmt: skip

_TITLES = (
    "{name} shipped drone parts to Russia, officials say",
    "US sanctions {name} over drone components",
    "Investigators trace Russian drone chips to {name}",
    "{name} accused of supplying engines for Russian drones",
)
_LEADS = (
    "{name} Co., Ltd., a Hong Kong-based trader, has shipped thousands of drone components "
    "to Russia since 2023, U.S. officials said on Tuesday.",
    "The United States on Thursday imposed sanctions on {name}, accusing the company of "
    "supplying drone engines to Russia.",
    "{name} delivered microelectronics used in Orlan-10 drones to Russian buyers through "
    "intermediaries in Central Asia, according to the Treasury Department.",
    "{name} sold more than 500 navigation modules for Geran-2 drones to a Russian "
    "distributor last year, the Commerce Department said.",
)


@dataclass(frozen=True)
class BenchArticle:
    index: int
    guid: str
    subject: str  # the company the lead names: the claim subject its email is about
    title: str
    body: str

    @property
    def size(self) -> int:
        return len(self.title) + len(self.body)


def company_name(index: int) -> str:
    """A distinct, pronounceable company name for every index below 48,000."""
    head, rest = _HEADS[index % 20], index // 20
    mid, rest = _MIDS[rest % 20], rest // 20
    tail, rest = _TAILS[rest % 15], rest // 15
    return f"{head}{mid}{tail} {_KINDS[rest % len(_KINDS)]}"


def background_paragraphs() -> list[str]:
    """The body paragraphs (not titles) of the extractor's test articles."""
    out = []
    for path in sorted(TEST_ARTICLES.glob("*.txt")):
        _title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out += [p.strip() for p in body.split("\n\n") if p.strip()]
    return out


def generate(n: int, *, seed: int = 9, run: str = "r", start: int = 0) -> list[BenchArticle]:
    """`n` articles of 1.5-3 KB; `run` makes guids unique across runs on one database."""
    rng = random.Random(seed)
    paragraphs = background_paragraphs()
    out = []
    for i in range(start, start + n):
        name = company_name(i)
        variant = rng.randrange(len(_LEADS))
        body = [_LEADS[variant].format(name=name)]
        target = rng.randint(1500, 3000)
        while sum(len(p) for p in body) < target:
            body.append(rng.choice(paragraphs))
        out.append(
            BenchArticle(
                index=i,
                guid=f"bench-{run}-{i}",
                subject=name,
                title=_TITLES[variant].format(name=name),
                body="\n\n".join(body),
            )
        )
    return out
