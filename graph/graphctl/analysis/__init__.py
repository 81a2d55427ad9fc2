"""Analyses of actor graphs: blocs and balance (alliances), who matters (centrality)."""

from graphctl.analysis.pipeline import (
    EVERY,
    alliance_rows,
    alliance_summary,
    alliances_from_store,
    centrality_from_store,
    explain_pair,
)

__all__ = [
    "EVERY",
    "alliance_rows",
    "alliance_summary",
    "alliances_from_store",
    "centrality_from_store",
    "explain_pair",
]
