"""data/datapackage.json must describe exactly what the pandera models enforce."""

from __future__ import annotations

import hashlib
import json

import pytest

from analysis import paths
from analysis.schemas import FOREIGN_KEYS, LIST_COLUMNS, TABLES

FRICTIONLESS_TYPE = {"str": "string", "Int64": "integer", "int64": "integer", "float64": "number", "bool": "boolean"}

PACKAGE = json.loads((paths.DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {resource["name"]: resource for resource in PACKAGE["resources"]}


def _frictionless_type(dtype: str) -> str:
    return "date" if dtype.startswith("datetime64") else FRICTIONLESS_TYPE.get(dtype, "string")


@pytest.mark.parametrize("name", list(TABLES))
def test_resource_matches_model(name):
    relative, model, primary_key = TABLES[name]
    resource = RESOURCES[name]
    schema = model.to_schema()
    assert resource["path"] == relative
    assert resource["schema"]["primaryKey"] == primary_key
    fields = resource["schema"]["fields"]
    assert [field["name"] for field in fields] == list(schema.columns)
    for field in fields:
        column = schema.columns[field["name"]]
        constraints = field.get("constraints", {})
        assert field["type"] == _frictionless_type(str(column.dtype)), field["name"]
        statistics = {key: value for check in column.checks for key, value in check.statistics.items()}
        assert constraints.get("enum") == (list(statistics["allowed_values"]) if "allowed_values" in statistics else None)
        assert constraints.get("pattern") == statistics.get("pattern"), field["name"]
        assert constraints.get("unique", False) == column.unique, field["name"]
        if field["type"] != "string":
            assert constraints.get("required", False) == (not column.nullable), field["name"]


@pytest.mark.parametrize("name", list(TABLES))
def test_foreign_keys_match(name):
    expected = [
        {"fields": column, "reference": {"resource": ref, "fields": ref_column}}
        for table, column, ref, ref_column in FOREIGN_KEYS
        if table == name and (table, column) not in LIST_COLUMNS
    ]
    assert RESOURCES[name]["schema"].get("foreignKeys", []) == expected


def test_every_raw_file_is_listed_with_its_sha256():
    listed = {r["path"]: r["hash"] for r in PACKAGE["resources"] if r["path"].startswith("raw/")}
    on_disk = {f"raw/{p.name}": "sha256:" + hashlib.sha256(p.read_bytes()).hexdigest() for p in paths.RAW.glob("*.txt")}
    assert listed == on_disk
