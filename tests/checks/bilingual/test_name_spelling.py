"""bilingual.name-spelling: a name of the source spelt differently in the translation.

Trial 25: a reviser planted "Ibáñez" of a Spanish source as "Ibañez" in the English target
of an XLIFF and copydesk said nothing.  The names here are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.bilingual.loader import load
from copydesk.checks.bilingual.runner import check_documents, check_pair
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

RULE = "bilingual.name-spelling"

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="es-ES" target-language="en-GB" datatype="plaintext" original="a.txt">
    <body>
{units}
    </body>
  </file>
</xliff>
"""


def _xliff(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    units = "\n".join(
        f'      <trans-unit id="u{n}"><source>{s}</source><target>{t}</target></trans-unit>'
        for n, (s, t) in enumerate(pairs, start=1)
    )
    path = tmp_path / "names.xlf"
    path.write_text(XLIFF.format(units=units), encoding="utf-8")
    return path


def _issues(path: Path) -> list[tuple[str, str, str, tuple[str, ...], bool]]:
    doc = load(path, 10**6)
    [result] = check_documents(Engine(checks=[REGISTRY.get(RULE)]), [doc])
    unit = {u.id: u for u in doc.units}
    return [
        (
            i.unit,
            i.side,
            unit[i.unit].target[i.issue.offset : i.issue.end],
            i.issue.replacements,
            i.issue.safe,
        )
        for i in result.issues
        if i.issue.rule == RULE
    ]


def _pair(source: str, target: str, lang: str = "es") -> list[str]:
    return [
        target[u.issue.offset : u.issue.end]
        for u in check_pair(source, target, [REGISTRY.get(RULE)], lang)
    ]


def test_a_name_that_lost_one_of_its_accents_in_an_xliff_is_a_query_with_the_source_form(
    tmp_path: Path,
) -> None:
    path = _xliff(
        tmp_path,
        [
            ("La jueza Zubiñárez rechazó el recurso.", "Judge Zubiñarez rejected the appeal."),
            ("El tribunal se reunió el lunes.", "The court met on Monday."),
        ],
    )
    assert _issues(path) == [("u1", "target", "Zubiñarez", ("Zubiñárez",), False)]


def test_a_name_misspelt_by_one_letter_in_a_tsv_is_a_query(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text(
        "source\ttarget\n"
        "El entrenador Marszelczyk dimitió ayer.\tCoach Marszelcyk resigned yesterday.\n"
        "Llegó a Villardosa el lunes.\tShe reached Villaradosa on Monday.\n"
        "Orlenda habló primero. Orlenda salió después.\tOrlinda spoke first. Orlinda left.\n",
        encoding="utf-8",
    )
    assert _issues(path) == [
        ("2", "target", "Marszelcyk", ("Marszelczyk",), False),  # units: the file's rows
        ("3", "target", "Villaradosa", ("Villardosa",), False),
        # A name at a sentence start counts when the source writes it twice.
        ("4", "target", "Orlinda", ("Orlenda",), False),
        ("4", "target", "Orlinda", ("Orlenda",), False),
    ]


def test_the_message_names_the_source_form() -> None:
    [found] = check_pair(
        "La jueza Zubiñárez habló.", "Judge Zubiñarez spoke.", [REGISTRY.get(RULE)], "es"
    )
    assert found.issue.message == "“Zubiñarez” here, but the source spells the name “Zubiñárez”"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Folded to plain letters: house style.
        ("La jueza Zubiñárez rechazó el recurso.", "Judge Zubinarez rejected the appeal."),
        # Written as the source writes it.
        ("La jueza Zubiñárez rechazó el recurso.", "Judge Zubiñárez rejected the appeal."),
        # Exonyms and the English form of a name: English words or names wordfreq knows.
        ("Viajó a Navarra en mayo.", "She travelled to Navarre in May."),
        ("Vive en Andalucía desde 2001.", "She has lived in Andalusia since 2001."),
        ("La base Rotera abrió en 1975.", "The Rothera base opened in 1975."),
        ("La estación Vosztok cerró.", "The Vostok station closed."),
        # The target gives the name's own letters, which the source's language lacks.
        ("Llegó a Melazao el lunes.", "She reached Melaçao on Monday."),
        ("Llegó a Brozavec el lunes.", "She reached Brožavec on Monday."),
        # A sentence-initial word of the source is no name.
        ("Entonces habló el alcalde.", "Then the mayor spoke."),
        ("Tolvarena, dijo, es difícil.", "Tolvarrena, he said, is hard."),
        # The name is absent from the target: nothing to compare.
        ("El entrenador Marszelczyk dimitió ayer.", "The coach resigned yesterday."),
        # A case ending of the source (Polish genitive, instrumental).
        ("Trener Marszelczyka nie było.", "Coach Marszelczyk was not there."),
        ("Rozmawiał z trenerem Marszelczykiem.", "He spoke to coach Marszelczyk."),
        # Words in capitals, numbers.
        ("El entrenador MARSZELCZYK dimitió.", "Coach Marszelcyk resigned."),
        ("La ONU y la OTAN firmaron el 12345.", "The UN and NATO signed 12354."),
        # Two names of the source, both in the target.
        ("Vinieron Orlenda y Orlend.", "Orlenda and Orlend came."),
        # Two target words could be the one name: no guess.
        ("Habló con Villardosa.", "She spoke to Villardoza and Villaradosa."),
    ],
)  # fmt: skip
def test_near_misses_stay_quiet(source: str, target: str) -> None:
    assert _pair(source, target) == []


def test_near_misses_stay_quiet_through_an_xliff(tmp_path: Path) -> None:
    path = _xliff(
        tmp_path,
        [
            ("La jueza Zubiñárez rechazó el recurso.", "Judge Zubinarez rejected the appeal."),
            ("Viajó a Navarra en mayo.", "She travelled to Navarre in May."),
            ("Entonces habló el alcalde.", "Then the mayor spoke."),
        ],
    )
    assert _issues(path) == []


@pytest.mark.parametrize(
    ("target", "said"),
    [
        # Beside the right form, a folded one is inconsistent, and a misspelt one wrong.
        ("Judge Zubiñárez spoke. Zubinarez fell silent.", ["Zubinarez"]),
        ("Judge Zubiñárez spoke. Zubiñarez fell silent.", ["Zubiñarez"]),
        ("Judge Zubiñárez spoke. Zubiñárrez fell silent.", ["Zubiñárrez"]),
        ("Judge Zubiñárez spoke. Zubiñárez fell silent.", []),
        ("Judge Zubinarez spoke. Zubinarez fell silent.", []),  # folded throughout
    ],
)
def test_a_unit_that_writes_the_name_right_and_otherwise(target: str, said: list[str]) -> None:
    assert _pair("La jueza Zubiñárez habló. Zubiñárez calló.", target) == said
