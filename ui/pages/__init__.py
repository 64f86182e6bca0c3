"""The pages on the right of the main window, one per task a clerk does.

``PAGES`` lists them in tab order, with the module and class that build each one: the window
shows every tab at once but builds a page (and imports its module) the first time it is
shown or asked for, so the start pays for one page, not six.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# key, module, class
PAGES = (
    ("overview", "ui.pages.overview", "OverviewPage"),
    ("villages", "ui.pages.villages", "VillagesPage"),
    ("teams", "ui.pages.teams", "TeamsPage"),
    ("team", "ui.pages.team_detail", "TeamDetailPage"),
    ("search", "ui.pages.search", "SearchPage"),
    ("training", "ui.pages.training", "TrainingPage"),
)


def page_title(key: str) -> str:
    """A page's tab title, translated in its class's context (without building it)."""
    translate = QCoreApplication.translate
    return {
        "overview": translate("OverviewPage", "Tổng quan"),
        "villages": translate("VillagesPage", "Thôn/Tổ dân phố"),
        "teams": translate("TeamsPage", "Tổ CNSCĐ"),
        "team": translate("TeamDetailPage", "Chi tiết tổ"),
        "search": translate("SearchPage", "Tìm kiếm"),
        "training": translate("TrainingPage", "Tập huấn"),
    }[key]
