"""Figures for the overview page and the summary report (definitions in ``db/stats.py``).

Percentages are floats rounded to one decimal (95.5); the UI and the exports write them
the Vietnamese way ("95,5%").
"""
from __future__ import annotations

from db import stats as stats_queries
from db.stats import CommuneStats, Overview

__all__ = ["CommuneStats", "Overview", "overview", "per_commune"]


def overview(unit_id: int | None) -> Overview:
    """Villages, teams, coverage %, members, trained (and %), women and Youth Union members
    under a unit (None: everything in the database)."""
    return stats_queries.overview(unit_id)


def per_commune(unit_id: int | None) -> list[CommuneStats]:
    """One row per commune under the unit, in Vietnamese order, with its latest decision."""
    return stats_queries.per_commune(unit_id)
