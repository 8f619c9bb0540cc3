"""The bundled data: every row checked against the raw texts, and bad data rejected clearly."""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.load import DataValidationError, load_tables
from analysis.schemas import TABLES


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return load_tables()


def _rewrite(path: Path, edit) -> None:
    """Apply ``edit(rows)`` to a CSV's list of dict rows and write it back."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or []), list(reader)
    fields = edit(rows) or fields
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: row.get(k, "") for k in fields} for row in rows])


def _raw(tables, doc_id: str) -> str:
    raw_path = tables["documents"].set_index("doc_id").raw_path[doc_id]
    return (paths.PROJ_ROOT / raw_path).read_text(encoding="utf-8")


def test_every_table_loads(tables):
    assert set(tables) == set(TABLES)
    assert all(len(frame) > 0 for frame in tables.values())


def test_every_quote_and_value_is_the_raw_text_at_its_offsets(tables):
    for row in tables["targets"].itertuples():
        text = _raw(tables, row.doc_id)
        assert text[row.char_start : row.char_end] == row.quote, row.target_id
        assert text[row.value_start : row.value_end] == row.value_text, row.target_id


def test_every_task_span_lies_in_its_raw_text(tables):
    for row in tables["tasks"].itertuples():
        text = _raw(tables, row.doc_id)
        assert 0 <= row.char_start < row.char_end <= len(text), row.task_id
        assert row.title in text[row.char_start : row.char_end], row.task_id


def test_raw_checksums_match_documents_and_manifest(tables):
    manifest = dict(
        reversed(line.split(maxsplit=1)) for line in (paths.RAW / "SHA256SUMS").read_text().splitlines()
    )
    for doc in tables["documents"].itertuples():
        path = paths.PROJ_ROOT / doc.raw_path
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == doc.sha256 == manifest[path.name]


def test_rows_are_sorted(tables):
    for name, (_, _, key) in TABLES.items():
        frame = tables[name]
        order = ["doc_id", "char_start", key] if "char_start" in frame else [key]
        if name == "observations":
            order = ["geo", "indicator", "year", "measure", "period", key]
        assert frame.equals(frame.sort_values(order, kind="stable").reset_index(drop=True)), name


def test_quote_off_by_one_is_rejected(data_copy):
    def shift(rows):
        rows[0]["char_start"] = str(int(rows[0]["char_start"]) + 1)

    _rewrite(data_copy / "curated/targets.csv", shift)
    with pytest.raises(DataValidationError) as error:
        load_tables(["targets"], data_copy)
    assert "data/curated/targets.csv, line 2, column 'quote': does not match the raw text" in str(error.value)


def test_missing_column_is_named(data_copy):
    def drop_unit(rows):
        for row in rows:
            row.pop("unit")
        return [c for c in rows[0]]

    _rewrite(data_copy / "curated/targets.csv", drop_unit)
    with pytest.raises(DataValidationError, match=r"targets.csv, line 1, column 'unit': required column is missing"):
        load_tables(["targets"], data_copy)


def test_bad_enum_and_duplicate_id_are_reported_together(data_copy):
    def corrupt(rows):
        rows[1]["kind"] = "goal"
        rows[2]["target_id"] = rows[3]["target_id"]

    _rewrite(data_copy / "curated/targets.csv", corrupt)
    with pytest.raises(DataValidationError) as error:
        load_tables(["targets"], data_copy)
    message = str(error.value)
    assert "line 3, column 'kind': value 'goal' fails check isin" in message
    assert "column 'target_id': duplicate id" in message


def test_unparseable_number_names_line_and_column(data_copy):
    def corrupt(rows):
        rows[4]["value"] = "about ten"

    _rewrite(data_copy / "curated/targets.csv", corrupt)
    with pytest.raises(DataValidationError, match=r"line 6, column 'value': cannot read 'about ten'"):
        load_tables(["targets"], data_copy)


def test_unknown_foreign_key_is_rejected(data_copy):
    def corrupt(rows):
        rows[0]["indicator"] = "no_such_indicator"

    _rewrite(data_copy / "curated/targets.csv", corrupt)
    with pytest.raises(DataValidationError, match=r"'no_such_indicator' is not a known indicators.indicator"):
        load_tables(["targets"], data_copy)


def test_changed_raw_file_fails_its_checksum(data_copy):
    raw = data_copy / "raw/nankai_2020_implementation_plan.txt"
    raw.write_bytes(raw.read_bytes() + b"\n")
    with pytest.raises(DataValidationError, match=r"documents.csv, line \d+, column 'sha256': checksum of"):
        load_tables(["documents"], data_copy)


def test_non_utf8_csv_is_rejected_with_its_line(data_copy):
    path = data_copy / "curated/geographies.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("gbk"))
    with pytest.raises(DataValidationError, match=r"geographies.csv, line 2: not valid UTF-8.*GBK"):
        load_tables(["geographies"], data_copy)


def test_types_are_proper(tables):
    targets = tables["targets"]
    assert targets["value"].dtype == "float64"
    assert str(targets["year"].dtype) == "Int64"
    assert all(str(tables["documents"][column].dtype).startswith("datetime64") for column in ("signed", "published"))
    assert tables["indicators"]["higher_is_better"].dtype == bool


def test_a_restatement_must_repeat_an_earlier_target(data_copy):
    def corrupt(rows):
        restated = next(row for row in rows if row["restates"])
        restated["value"] = str(float(restated["value"]) + 1)

    _rewrite(data_copy / "curated/targets.csv", corrupt)
    with pytest.raises(DataValidationError, match=r"column 'restates': restates .* which differs in \['value'\]"):
        load_tables(["targets"], data_copy)


def test_population_rows_are_counts_at_one_date(tables):
    """A population is a count at a date (year end or census day); a change between two dates has its own code."""
    population = tables["observations"].query("indicator == 'population'")
    year_end = (population.measure == "year_end_stock") & (population.period == "")
    census_day = (population.measure == "cumulative") & population.period.str.fullmatch(r"\d{4}-\d{2}(-\d{2})?")
    assert len(population) > 0
    assert population.loc[~(year_end | census_day), "obs_id"].tolist() == []


def _printed_forms(day: pd.Timestamp) -> list[str]:
    """The ways a date is printed in the raw texts: 2021-11-22, 2021年4月21日, and 20201228 (Nankai's
    signature, whose 年/月/日 were lost when the page was stored)."""
    return [day.strftime("%Y-%m-%d"), f"{day.year}年{day.month}月{day.day}日", day.strftime("%Y%m%d")]


def test_every_document_date_is_printed_in_its_raw_text(tables):
    dated = 0
    for doc in tables["documents"].itertuples():
        text = _raw(tables, doc.doc_id)
        for column in ("signed", "published"):
            day = getattr(doc, column)
            if pd.notna(day):
                dated += 1
                assert any(form in text for form in _printed_forms(day)), (doc.doc_id, column)
        assert doc.date_note, doc.doc_id
    assert dated > 0


def test_published_before_signed_is_rejected(data_copy):
    def corrupt(rows):
        row = next(row for row in rows if row["signed"] and row["published"])
        row["published"] = "2000-01-01"

    _rewrite(data_copy / "curated/documents.csv", corrupt)
    with pytest.raises(DataValidationError, match=r"documents.csv.*published must not be before signed"):
        load_tables(["documents"], data_copy)


#: Share codes of the value-added family → the wording every row's ``indicator_text`` must have
#: (``must``) and must not have (``must_not``). One code, one statistic: a share of a city total, a
#: share within the zone or an output-value share never hides under a value-added code.
SHARE_WORDING: dict[str, tuple[str, str]] = {
    "sei_value_added_share": (r"战略性新兴产业增加值", r"占全市|高新区占比|产值"),
    "hitech_manufacturing_share": (r"高技术制造业增加值", r"占全市|高新区占比|产值"),
    "modern_services_share": (r"现代新兴服务业增加值", r"占全市|高新区占比|产值"),
    "share_of_city_value_added": (r"占全市", r"高新区占比|产值"),
    "within_zone_share": (r"高新区占比", r"占全市|产值"),
    "sei_output_share": (r"战略性新兴产业.*产值", r"增加值"),
    "sei_share_unspecified": (r"战略性新兴产业", r"增加值|产值"),
}


def _statistic_rows(tables) -> pd.DataFrame:
    """Every target, city target and observation with its id, indicator, text and unit."""
    frames = [
        tables[name].rename(columns={key: "row_id"})[["row_id", "indicator", "indicator_text", "unit"]]
        for name, key in (("targets", "target_id"), ("city_targets", "city_target_id"), ("observations", "obs_id"))
    ]
    return pd.concat(frames, ignore_index=True)


def test_each_share_code_holds_one_statistic(tables):
    rows = _statistic_rows(tables)
    wrong = []
    for code, (must, must_not) in SHARE_WORDING.items():
        coded = rows[rows.indicator == code]
        assert len(coded) > 0, code
        wrong += [
            (row.row_id, code, row.indicator_text)
            for row in coded.itertuples()
            if row.unit != "%" or not re.search(must, row.indicator_text) or re.search(must_not, row.indicator_text)
        ]
    value_added_of_city = rows[rows.indicator_text.str.contains("增加值") & rows.indicator_text.str.contains("占全市")]
    wrong += [(row.row_id, row.indicator, row.indicator_text) for row in value_added_of_city.itertuples()
              if row.indicator != "share_of_city_value_added"]  # fmt: skip
    assert wrong == []


def test_observation_flags_follow_the_rules(tables):
    """Flags as data/external/README.md defines them: sorted; year_uncertain always with doubtful;
    the machine_translation flag exactly on machine_translation grades; context_only exactly on
    geographies that issued no document and are not the city."""
    obs = tables["observations"]
    plan_geos = set(tables["documents"].geo) | set(tables["geographies"].query("level == 'city'").geo)
    wrong = []
    for row in obs.itertuples():
        flags = row.flags.split(";") if row.flags else []
        if flags != sorted(flags):
            wrong.append((row.obs_id, "flags not sorted"))
        if "year_uncertain" in flags and "doubtful" not in flags:
            wrong.append((row.obs_id, "year_uncertain without doubtful"))
        if ("machine_translation" in flags) != (row.source_grade == "machine_translation"):
            wrong.append((row.obs_id, "machine_translation flag and grade disagree"))
        if ("context_only" in flags) != (row.geo not in plan_geos):
            wrong.append((row.obs_id, "context_only must mark exactly the peer and sub-zone rows"))
    assert wrong == []


def test_doubtful_rows_listed_in_the_readme_are_the_flagged_ones(tables):
    readme = (paths.DATA / "external" / "README.md").read_text(encoding="utf-8")
    listed_section = readme.split("The doubtful rows and why:", 1)[1].split("\n## ", 1)[0]
    bullets = re.findall(r"^- (.*?):", listed_section, re.M)  # the ids a bullet is about come before its colon
    listed = {obs_id for bullet in bullets for obs_id in re.findall(r"`(obs-\d{3,4})`", bullet)}
    flagged = set(tables["observations"].loc[lambda f: f["flags"].str.contains("doubtful"), "obs_id"])
    assert listed == flagged
