"""Table-driven shapes of reporting on foreign nationals: plural demonyms (`two Ugandans`,
`Tajiks`) name the state's nationals; nationals hired for a civilian job are no personnel of
the war, nationals present on its ground are; a count that leaves nationals out denies
nothing of them. One row per construction, with near misses."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import Triple, article, triples

FOUND = [
    (
        "plural_demonym_recruited_for_drone_work",
        "Dozens of Kenyans were recruited to assemble attack drones at a plant in Russia.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "plural_demonym_signed_to_fight",
        "Hundreds of Nigerians have signed contracts to fight for the Russian army.",
        ("Nigeria", "personnel", "asserted"),
    ),
    (
        "recruited_for_the_army",  # near miss of the civilian job: an army is no job
        "Two Nepalis said they had been recruited for the Russian army near Rostov.",
        ("Nepal", "personnel", "asserted"),
    ),
    (
        "present_in_an_occupied_region",
        "Belarusian military instructors are present in occupied Crimea, Kyiv says.",
        ("Belarus", "personnel", "asserted"),
    ),
    (
        "none_present_in_ukraine",
        'Pyongyang said that "no North Korean soldiers are present in the Kursk region."',
        ("North Korea", "personnel", "denied"),
    ),
    (
        "a_count_leaves_them_out",
        "Our tally of the dead does not include the Iranian instructors deployed to Crimea, "
        "whose losses Russia never reports.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "a_count_leaves_others_out_nor_these",
        "The figures do not include conscripts from Crimea, nor the North Korean soldiers sent "
        "to the Kursk region.",
        ("North Korea", "personnel", "asserted"),
    ),
    (
        "civilian_job_then_drone_work",  # near miss: the later cue still counts
        "Ugandans recruited for hotel jobs were put to work assembling drones in Russia.",
        ("Uganda", "personnel", "asserted"),
    ),
    (
        "assigned_to_the_workshops_of_a_drone_plant",  # the workplace is no other recipient
        "Two Ugandans were assigned to the workshops where Russia assembles its attack drones.",
        ("Uganda", "personnel", "asserted"),
    ),
]
ABSENT = [
    (
        "sent_to_the_workshops_of_a_textile_mill",  # near miss: a workplace outside the war
        "Four Kenyans say they were sent to the workshops of a textile mill in Bangladesh.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "plural_demonym_at_home",  # near miss: nationals doing nothing for Russia's war
        "Kenyans voted on Tuesday in a poll watched closely by Russia and the West.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "plural_demonym_queueing_for_permits",  # near miss: no war work named
        "Tajiks queued at the Russian consulate for work permits.",
        ("Tajikistan", "personnel", "asserted"),
    ),
    (
        "recruited_for_a_civilian_job",
        "Kenyans who travelled to Russia were recruited for hospitality and catering positions, "
        "the ministry said, and none work in weapons production.",
        ("Kenya", "personnel", "asserted"),
    ),
    (
        "hired_for_construction_work",
        "Dozens of Nepalis were hired for construction work in Russia, far from any drone plant.",
        ("Nepal", "personnel", "asserted"),
    ),
    (
        "present_in_a_capital",  # near miss: present somewhere, not at the war
        "Iranian military officers are present in Moscow for talks with Russian officials.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "a_count_leaves_them_out_not_a_denial",
        "The figures do not include conscripts from Crimea, nor the North Korean soldiers sent "
        "to the Kursk region.",
        ("North Korea", "personnel", "denied"),
    ),
    (
        "a_shipment_did_not_include",  # near miss: no count, a plain denial stays one
        "Minsk said the trains did not include any troops sent to Russia's war.",
        ("Belarus", "personnel", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in FOUND], ids=[r[0] for r in FOUND])
def test_found(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in triples(extractor, article(text))


@pytest.mark.parametrize(("text", "absent"), [r[1:] for r in ABSENT], ids=[r[0] for r in ABSENT])
def test_absent(extractor: Extractor, text: str, absent: Triple) -> None:
    assert absent not in triples(extractor, article(text))
