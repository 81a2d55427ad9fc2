"""Shared fixtures: paths to ../shared, a fresh local store, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL = SHARED / "data" / "real"
SEED = SHARED / "data" / "seed"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def real():
    """Path to ../shared/data/real (the real samples; read in place, never copied)."""
    if not REAL.is_dir():
        pytest.fail(f"{REAL} is missing: the tests read the real samples from ../shared")
    return REAL


@pytest.fixture
def db(tmp_path):
    """Path of a fresh local store file."""
    return str(tmp_path / "test.db")


@pytest.fixture
def store(db):
    """A fresh local store, closed after the test."""
    from graphctl.store import open_store

    with open_store(db) as opened:
        yield opened


@pytest.fixture
def runner():
    """A click CliRunner (stderr kept apart from stdout)."""
    return CliRunner()
