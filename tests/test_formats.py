"""Readers: every real sample loads with its known row count; bad input gives clear errors."""

from __future__ import annotations

import gzip
import zipfile

import pytest

from graphctl.errors import InputError
from graphctl.formats import detect, iter_events

SAMPLES = [
    pytest.param("gdelt2-arekziobrowski/20191024143000.export.CSV", "gdelt2", 2111, id="gdelt2"),
    pytest.param("gdelt-reed9999/events.csv", "gdelt1", 710, id="gdelt1-mixed-57-58"),
    pytest.param("gdelt-undp-georgia/aug2011.csv", "gdelt1", 5894, id="gdelt1-csv-header"),
    pytest.param("icews-andybega/events.2018.sample.tab", "icews", 3705, id="icews"),
    pytest.param(
        "acled-ocha/ACLED All Africa File_20160101 to 20160528_csv.csv",
        "acled",
        6831,
        id="acled-cp1252-newlines",
    ),
    pytest.param("signnet/cow_signed_1946_1999.csv", "signed", 41295, id="cow"),
    pytest.param("signnet/tribes_signed.csv", "signed", 58, id="tribes"),
]


@pytest.mark.parametrize(("name", "fmt", "rows"), SAMPLES)
def test_real_sample_format_and_count(real, name, fmt, rows):
    path = real / name
    assert detect(str(path)) == fmt
    events = list(iter_events(str(path)))
    assert len(events) == rows
    assert len({e["id"] for e in events}) == rows


def test_gdelt_maps_countries_and_organisations(real):
    events = list(iter_events(str(real / "gdelt-reed9999/events.csv")))
    arab_league = [e for e in events if e["source"] == "LAS"]
    assert arab_league and arab_league[0]["source_kind"] == "organisation"
    usa = next(e for e in events if e["source"] == "USA")
    assert (usa["source_state"], usa["source_kind"], usa["source_name"]) == (
        "USA",
        "state",
        "United States",
    )
    assert all(e["quad"] in (1, 2, 3, 4) for e in events)


def test_icews_actors_with_sectors_belong_to_their_state(real):
    events = list(iter_events(str(real / "icews-andybega/events.2018.sample.tab")))
    first = events[0]
    assert first["id"] == "icews:32889836"
    assert first["source_name"] == "Foreign Affairs (Bangladesh)"
    assert first["source_state"] == "BGD" and first["target_state"] == "VNM"
    assert first["code"] == "040" and first["quad"] == 1
    putin = [e for e in events if e["source_name"] == "Vladimir Putin"]
    assert putin and putin[0]["source_kind"] == "official" and putin[0]["source_state"] == "RUS"


def test_acled_keeps_notes_with_newlines(real):
    path = real / "acled-ocha/ACLED All Africa File_20160101 to 20160528_csv.csv"
    events = list(iter_events(str(path)))
    assert any("\n" in (e.get("text") or "") for e in events)
    assert any("\u2019" in (e.get("text") or "") for e in events)  # cp1252 0x92 read right


def test_signed_list_keeps_sign_and_window(real):
    events = list(iter_events(str(real / "signnet/cow_signed_1946_1999.csv")))
    first = events[0]
    assert (first["window"], first["source"], first["target"], first["sign"]) == (
        "46-49",
        "IRN",
        "AFG",
        1.0,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"   \n\n", "the file is empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", id="binary"),
        pytest.param(
            "Війна триває. Переговори не почалися.".encode("cp1251") * 20, "cp1251", id="cp1251"
        ),
        pytest.param(b"a\tb\tc\n1\t2\t3\n", "cannot tell the format", id="unknown-tsv"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        list(iter_events(str(path), options={"date": "2023-01-01"}))
    assert str(path) in str(info.value)


def test_truncated_gzip_and_zip(tmp_path):
    data = b"source,target,sign\n" + b"".join(b"A%d,B%d,1\n" % (i, i * 7) for i in range(5000))
    gz = tmp_path / "x.csv.gz"
    packed = gzip.compress(data)
    gz.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(InputError, match="gzip data is truncated or corrupt"):
        list(iter_events(str(gz)))
    zpath = tmp_path / "x.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("x.csv", data)
    zpath.write_bytes(zpath.read_bytes()[: len(packed) // 2])
    with pytest.raises(InputError, match="zip archive is truncated or corrupt"):
        list(iter_events(str(zpath)))


def test_gzip_and_zip_read_like_plain(tmp_path):
    data = b"source,target,sign\nA,B,1\nB,C,-1\n"
    gz = tmp_path / "x.gz"
    gz.write_bytes(gzip.compress(data))
    zpath = tmp_path / "x.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("inner.csv", data)
    assert [e["sign"] for e in iter_events(str(gz))] == [1.0, -1.0]
    assert [e["sign"] for e in iter_events(str(zpath))] == [1.0, -1.0]


def test_very_long_line_is_an_error(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("source,target,sign,text\nA,B,1," + "x" * 3_000_000 + "\n")
    with pytest.raises(InputError, match=str(path)):
        list(iter_events(str(path)))


def test_jsonl_keeps_unknown_fields_and_names_bad_lines(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text(
        '{"source": "USA", "target": "PRK", "quad": 3, "mood": "tense"}\n'
        '{"source": "USA", "target": "PRK", "quad": 7}\n'
    )
    with pytest.raises(InputError, match=r"e.jsonl: line 2: quad must be 1, 2, 3 or 4, not 7"):
        list(iter_events(str(path)))
    skipped = []
    events = list(iter_events(str(path), skip_invalid=True, skipped=skipped))
    assert [e["mood"] for e in events] == ["tense"]
    assert skipped == ["line 2: quad must be 1, 2, 3 or 4, not 7"]


def test_csv_row_errors_name_the_line(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("source,target,date,quad\nUSA,RUS,2023-08-31,4\nUSA,RUS,31/08/2023,4\n")
    with pytest.raises(
        InputError, match=r"e.csv: line 3: date must be YYYY-MM-DD, YYYY-MM or YYYY, not 31/08"
    ):
        list(iter_events(str(path)))
