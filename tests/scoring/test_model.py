"""The model file: its contract ids, the basket of scoring_method.md §1.4, hashing and validation errors."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from scoring import ModelError, load_model
from scoring.model import DEFAULT_MODEL
from tests.scoring.conftest import ALL_COMPONENTS, BASKET, GOOD_CHECKS

REPO = Path(__file__).resolve().parents[2]


def test_version_and_hash_of_the_file_bytes(model):
    assert model.version == "1.0.0"
    assert model.hash == hashlib.sha256(DEFAULT_MODEL.read_bytes()).hexdigest()


def test_dimensions_and_weights_of_section_7_2(model):
    assert {d: (x.name, x.weight) for d, x in model.dimensions.items()} == {
        "A": ("E-Government-Angebot", 35), "B": ("Zugang, Identität & Bezahlen", 15),
        "C": ("Kommunikation & Interaktion", 15), "D": ("Offenheit, Transparenz & Daten", 10),
        "E": ("Basisqualität & Rechtskonformität", 25)}
    assert sorted(model.indicators) == sorted(
        [f"A{i}" for i in range(1, 5)] + [f"B{i}" for i in range(1, 6)] + [f"C{i}" for i in range(1, 7)]
        + [f"D{i}" for i in range(1, 7)] + [f"E{i}" for i in range(1, 7)])
    assert model.indicators["A1"].weight == 55 and model.indicators["A1"].rubric == "services"


def test_component_and_check_ids_are_the_detector_contract(model):
    catalogue = json.loads((REPO / "detectors" / "components.json").read_text("utf-8"))
    assert model.component_ids == {c["id"] for c in catalogue["components"]}
    assert model.check_ids == {c["id"] for c in catalogue["checks"]}
    assert set(model.kgst_components) == {c["id"] for c in catalogue["components"] if c.get("kgst")}
    assert model.kgst_threshold == 3


def test_the_test_builders_cover_what_the_model_reads(model):
    """conftest derives its component and check lists from the contract; they must be what the model reads."""
    indicators = model.indicators.values()
    read = {c for c in model.component_ids if any(i.reads_component(c) for i in indicators)}
    assert set(ALL_COMPONENTS) == read
    checks = {i.check for i in indicators} | {s.check for i in indicators for s in i.subchecks}
    assert set(GOOD_CHECKS) == checks - {None}


def test_service_ids_are_the_classifier_contract(model):
    classifier = json.loads((REPO / "detectors" / "services.json").read_text("utf-8"))
    assert set(model.services) == set(BASKET) == set(classifier["services"])


def test_basket_keys_tiers_and_ceilings_follow_section_1_4(model):
    confirmed = {"wohnsitz_anmelden": "99115005104000", "meldebescheinigung": "99115003012000",
                 "personalausweis": "99008001012000", "fuehrungszeugnis": "99049001001000",
                 "gewerbe_anmelden": "99050012104000", "hundesteuer": "99102013104000",
                 "bewohnerparkausweis": "99108001001000", "geburtsurkunde": "99027002012000",
                 "wohngeld": "99107023037000"}
    assert {s.id: s.leika for s in model.services.values() if s.leika} == confirmed
    assert {s.id for s in model.services.values() if s.max_level == 2} == {"personalausweis", "reisepass"}
    assert {s.id for s in model.services.values() if s.tier == 2} == {"wohngeld", "baugenehmigung", "sperrmuell"}
    assert {s.tier: s.weight for s in model.services.values()} == {1: 3, 2: 2}


def test_level_labels_and_dqd_names(model):
    assert [(lv.level, lv.label, lv.dqd) for lv in model.levels] == [
        (0, "Unzureichend", None), (1, "Information", None), (2, "Interaktion", "Wir sind aktiv"),
        (3, "Transaktion", "Wir setzen Zeichen"), (4, "Vorbild", "Wir sind Vorbild")]


def _write(tmp_path: Path, edit) -> Path:
    data = yaml.safe_load(DEFAULT_MODEL.read_text("utf-8"))
    edit(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def test_any_change_to_the_file_changes_the_hash(tmp_path, model):
    copy = tmp_path / "v1.yaml"
    copy.write_bytes(DEFAULT_MODEL.read_bytes() + b"\n# a comment\n")
    changed = load_model(copy)
    assert changed.version == model.version
    assert changed.hash != model.hash


@pytest.mark.parametrize("edit, key", [
    (lambda d: d["dimensions"]["A"].update(weight=40), "dimensions"),
    (lambda d: d["indicators"]["B1"].update(weight=31), "indicators"),
    (lambda d: d["indicators"]["A3"].update(components=["appointment_bookin"]), "indicators.A3.components[0]"),
    (lambda d: d["services"]["hundesteuer"].pop("tier"), "services.hundesteuer.tier"),
    (lambda d: d["services"]["kfz_zulassung"].update(responsible=["bezirk"]), "services.kfz_zulassung.responsible[0]"),
    (lambda d: d["services"]["reisepass"].update(leika=99085001011001), "services.reisepass.leika"),
    (lambda d: d["levels"][2]["conditions"].append({"metric": "C1", "op": ">=", "value": 0.5}),
     "levels[2].conditions[3].metric"),
    (lambda d: d["indicators"]["A4"].update(median=10), "indicators.A4.p10"),
    (lambda d: d.update(version="1.0"), "version"),
])
def test_a_bad_model_names_the_file_and_the_key(tmp_path, edit, key):
    path = _write(tmp_path, edit)
    with pytest.raises(ModelError) as err:
        load_model(path)
    assert str(path) in str(err.value)
    assert f": {key}:" in str(err.value)


def test_unobservable_indicator_takes_no_inputs(tmp_path):
    path = _write(tmp_path, lambda d: d["indicators"]["C1"].update(components=["chatbot"]))
    with pytest.raises(ModelError, match="indicators.C1"):
        load_model(path)


def test_the_model_counts_presence_from_the_detectors_threshold():
    """One threshold: the scorer's present_confidence is the engine's PRESENCE_THRESHOLD (scoring cannot import it)."""
    from detectors.engine import PRESENCE_THRESHOLD
    from scoring import load_model

    assert load_model().present_confidence == PRESENCE_THRESHOLD
