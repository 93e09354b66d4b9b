"""The powers that lead the sanctions on Russia are no suppliers of its war.

Where a claim makes the United States, the United Kingdom, the EU or the UN the one that
arms, equips, staffs or evades, the power is something else in the sentence: the speaker
("the UK Foreign Office said the ship had carried munitions to Russian forces"), the origin
of goods ("drone designs rely on US and European avionics"), a rule ("a scheme to evade US
export controls", "a UN ban on North Korean labour") or the one acting against the trade
("a push to pursue people helping Russia acquire technology"). The one claim made about
them is Russia's side accusing them of arming Ukraine ("Moscow said the missiles were
supplied by Britain"); sanctions imposed on them are claims as any other. Nor do they deny
such a part: "Yerevan seeks to reassure Washington that its trade does not undermine
Western restrictions" is Armenia's word, whatever "its" was read to stand for.
"""

from __future__ import annotations

from typing import Final

from .gazetteer import Gazetteer
from .merge import Candidate

SANCTIONING_POWERS: Final = frozenset(
    {"United States", "United Kingdom", "European Union", "United Nations"}
)
# the states whose word that the West arms Ukraine is a claim
_RUSSIAS_SIDE: Final = frozenset({"Russia", "China", "Iran", "North Korea", "Belarus"})


def drop_powers_as_suppliers(cands: dict[tuple[str, str, str], Candidate], gz: Gazetteer) -> None:
    for key in [k for k in cands if k[0] in SANCTIONING_POWERS]:
        if key[1] == "sanctions_imposed":
            continue
        if key[1] == "weapons_supply" and _from_russias_side(cands[key], gz):
            continue
        del cands[key]


def _from_russias_side(c: Candidate, gz: Gazetteer) -> bool:
    source = c.fields["source"]
    if not isinstance(source, str):
        return False
    entry = gz.canonical(source)
    state = entry.country if entry is not None and entry.country else source
    return state in _RUSSIAS_SIDE
