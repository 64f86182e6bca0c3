"""Figures for the overview page and the summary report (definitions in ``db/stats.py``).

Percentages are floats rounded to one decimal (95.5); the UI and the exports write them
the Vietnamese way ("95,5%").
"""
from __future__ import annotations

from db import stats as stats_queries
from db.stats import Breakdown, CommuneStats, Overview, VillageStats

__all__ = ["Breakdown", "CommuneStats", "Overview", "VillageStats", "breakdown", "overview",
           "per_commune", "per_village"]


def overview(unit_id: int | None) -> Overview:
    """Villages, teams, coverage %, members, trained (and %), women and Youth Union members
    under a unit (None: everything in the database)."""
    return stats_queries.overview(unit_id)


def per_commune(unit_id: int | None) -> list[CommuneStats]:
    """One row per commune under the unit, in Vietnamese order, with its latest decision."""
    return stats_queries.per_commune(unit_id)


def per_village(commune_id: int) -> list[VillageStats]:
    """A commune's villages with team, members, trained and the team's latest Decision;
    villages without an active team first. The Villages page and the dashboard read their
    coverage from here and :func:`overview`, so both show the same figure."""
    return stats_queries.per_village(commune_id)


def breakdown(unit_id: int | None) -> Breakdown:
    """Members by role and by organisation, teams by year established, under a unit (the
    dashboard's count charts)."""
    return stats_queries.breakdown(unit_id)
