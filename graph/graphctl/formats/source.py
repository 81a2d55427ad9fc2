"""Open an input file: undo gzip or zip, check the encoding, and detect the format from content."""

from __future__ import annotations

import codecs
import contextlib
import csv
import gzip
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from graphctl.errors import InputError

SAMPLE_BYTES = 256 * 1024
#: Longest line graphctl reads (DuckDB's own limit is of the same order).
MAX_LINE_BYTES = 2_000_000

#: Every format graphctl reads, with what it is.
FORMATS = {
    "jsonl": "graphctl's event record, one JSON object per line",
    "csv": "graphctl's event record as CSV (a header with source, target, ...)",
    "gdelt1": "GDELT 1.0 event export (57 or 58 tab-separated columns, or CSV with a header)",
    "gdelt2": "GDELT 2.0 event export (61 tab-separated columns)",
    "icews": "ICEWS coded events (Dataverse tab format)",
    "acled": "ACLED CSV (old upper-case or current lower-case layout)",
    "signed": "signed relation list: CSV with source, target, sign [, weight, date, window]",
    "text": "a news article in Ukrainian, Russian or English (needs --date)",
}


@dataclass
class Source:
    """An input file ready to read: the plain UTF-8 file behind it and what it holds."""

    path: str
    data_path: str
    format: str
    delimiter: str = ","
    header: list[str] = field(default_factory=list)
    columns: int = 0
    encoding: str = "utf-8"
    workdir: str = ""

    def reencode(self) -> None:
        """Re-read the file as cp1252 (Western 8-bit) when it turned out not to be UTF-8.

        Raises InputError when its bytes look like a Cyrillic code page instead.
        """
        with open(self.data_path, "rb") as f:
            data = f.read()
        check_encoding(self.path, self.data_path, data)
        self.data_path = _transcode(self.data_path, "cp1252", self.workdir)
        self.encoding = "cp1252"


def _magic(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read(4)


def _sample(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read(SAMPLE_BYTES)


def _unpack(path: str, workdir: str) -> str:
    """Return a path to the plain bytes of `path`, decompressing gzip and zip into `workdir`."""
    magic = _magic(path)
    if magic[:2] == b"\x1f\x8b":
        out = os.path.join(workdir, "data")
        try:
            with gzip.open(path, "rb") as src, open(out, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (EOFError, OSError, zlib.error) as exc:
            raise InputError(f"the gzip data is truncated or corrupt ({exc})", path=path) from None
        return out
    if magic == b"PK\x03\x04" or (magic[:2] == b"PK" and zipfile.is_zipfile(path)):
        try:
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
                if len(members) != 1:
                    names = ", ".join(m.filename for m in members) or "nothing"
                    raise InputError(
                        f"a zip must hold exactly one data file; it holds {names}", path=path
                    )
                out = os.path.join(workdir, "data")
                with archive.open(members[0]) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
            raise InputError(
                f"the zip archive is truncated or corrupt ({exc})", path=path
            ) from None
        return out
    return path


def looks_cyrillic_8bit(data: bytes) -> bool:
    """True when non-UTF-8 bytes look like a Cyrillic code page (cp1251, koi8-r)."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return False
    # In cp1251 Cyrillic letters fill 0xC0-0xFF and make up most letters of the text; in
    # Western text the few high bytes are accents and punctuation. `data` holds letters only.
    letters = sum(1 for b in high if b >= 0xC0)
    return letters / len(high) > 0.6 and len(high) / max(len(data), 1) > 0.3


def check_encoding(path: str, data_path: str, sample: bytes) -> str:
    """Return the encoding to read the file with, or raise InputError for binary/Cyrillic 8-bit."""
    if b"\x00" in sample:
        raise InputError("this is a binary file, not text (it holds NUL bytes)", path=path)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_cyrillic_8bit(bytes(b for b in sample if b >= 0x80 or chr(b).isalpha())):
        raise InputError(
            "the text is not UTF-8; it looks like Cyrillic cp1251. Convert it first: "
            "iconv -f cp1251 -t utf-8 FILE > FILE.utf8",
            path=path,
        )
    return "cp1252"


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].rstrip("\r")


def _detect(path: str, text: str) -> tuple[str, str, list[str], int]:
    """Return (format, delimiter, header, columns) from the decoded start of the file."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError("the file is empty", path=path)
    if stripped[0] in "{[":
        return "jsonl", "", [], 0
    line = _first_line(stripped)
    if len(line.encode()) >= MAX_LINE_BYTES or ("\n" not in stripped and len(text) >= SAMPLE_BYTES):
        raise InputError(f"the first line is longer than {MAX_LINE_BYTES:,} bytes", path=path)
    tabs = line.split("\t")
    if len(tabs) >= 57 and tabs[0].isdigit() and tabs[1].isdigit() and len(tabs[1]) == 8:
        return ("gdelt2" if len(tabs) == 61 else "gdelt1"), "\t", [], len(tabs)
    delimiter = "\t" if len(tabs) > 1 else (";" if line.count(";") > line.count(",") else ",")
    header = next(csv.reader([line], delimiter=delimiter))
    names = {h.strip().lower() for h in header}
    if {"event id", "cameo code", "source name", "target name"} <= names:
        return "icews", delimiter, header, len(header)
    if "globaleventid" in names:
        return "gdelt1", delimiter, header, len(header)
    if "event_id_cnty" in names:
        return "acled", delimiter, header, len(header)
    if {"source", "target", "sign"} <= names:
        return "signed", delimiter, header, len(header)
    if {"source", "target"} <= names:
        return "csv", delimiter, header, len(header)
    if len(header) > 2 and len(tabs) > 2:
        raise InputError(
            "cannot tell the format: tab-separated, but not GDELT (57, 58 or 61 columns) nor "
            "ICEWS; give --format",
            path=path,
        )
    return "text", "", [], 0


@contextlib.contextmanager
def open_source(path: str, format: str | None = None) -> Iterator[Source]:
    """Yield a :class:`Source` for `path`; temporary files (unzipped, re-encoded) go afterwards.

    Raises :class:`~graphctl.errors.InputError` for missing, empty, binary, corrupt or
    unrecognised files, naming the file.
    """
    if not os.path.isfile(path):
        raise InputError("no such file", path=path)
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown format {format!r}; known: {', '.join(FORMATS)}", path=path)
    workdir = tempfile.mkdtemp(prefix="graphctl-")
    try:
        data_path = _unpack(path, workdir)
        sample = _sample(data_path)
        if not sample.strip():
            raise InputError("the file is empty", path=path)
        encoding = check_encoding(path, data_path, sample)
        if encoding != "utf-8":
            data_path = _transcode(data_path, encoding, workdir)
        text = sample.decode(encoding, errors="ignore")
        detected, delimiter, header, columns = _detect(path, text)
        if format is not None and format != detected:
            delimiter, header, columns = _layout_for(format, text)
        yield Source(
            path, data_path, format or detected, delimiter, header, columns, encoding, workdir
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _layout_for(format: str, text: str) -> tuple[str, list[str], int]:
    line = _first_line(text.lstrip("\ufeff"))
    if format in ("jsonl", "text"):
        return "", [], 0
    if format in ("gdelt1", "gdelt2") and line.split("\t")[0].isdigit():
        return "\t", [], len(line.split("\t"))
    delimiter = "\t" if "\t" in line else ","
    header = next(csv.reader([line], delimiter=delimiter))
    return delimiter, header, len(header)


def _transcode(data_path: str, encoding: str, workdir: str) -> str:
    out = os.path.join(workdir, "utf8")
    with (
        open(data_path, encoding=encoding, errors="replace", newline="") as src,
        open(out, "w", encoding="utf-8", newline="") as dst,
    ):
        shutil.copyfileobj(src, dst, 1 << 20)
    return out
