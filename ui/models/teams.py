"""The teams under a unit, paged lazily and sorted in SQL (a province or the whole country
has thousands of teams: only the pages the view scrolls to are loaded).

The fetcher is ``desktop.teams.list_teams_page`` (passed in): it sorts over the stored
collation keys, so a header click re-queries the first page instead of sorting in Qt.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.rows import TeamTableModel

PAGE_SIZE = 100

Fetcher = Callable[..., list[Any]]


class PagedTeamTableModel(TeamTableModel):
    # column -> the service's SQL sort; the leader and decision columns have no stored key
    SORTS = {
        TeamTableModel.COL_NAME: "name",
        TeamTableModel.COL_VILLAGE: "village",
        TeamTableModel.COL_COMMUNE: "commune",
        TeamTableModel.COL_STATUS: "status",
        TeamTableModel.COL_ESTABLISHED: "established",
        TeamTableModel.COL_MEMBERS: "members",
    }

    def __init__(self, fetch: Fetcher | None = None, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.unit_id: int | None = None
        self.include_dissolved = False
        self.sort_name = "place"
        self.descending = False
        self.sort_column = -1
        self._active = False  # a unit is shown (None alone means the whole country)
        self._exhausted = True

    @classmethod
    def sort_for(cls, column: int, order: Qt.SortOrder) -> tuple[str, bool]:
        """The service's ``sort``/``descending`` for a header's sort indicator."""
        name = cls.SORTS.get(column, "place")
        return name, order == Qt.SortOrder.DescendingOrder

    @staticmethod
    def first_page(fetch: Fetcher, unit_id: int | None, *, sort: str = "place",
                   descending: bool = False, include_dissolved: bool = False,
                   page_size: int = PAGE_SIZE) -> list[Any]:
        """The first page (callable on a worker thread: no Qt involved)."""
        return list(fetch(unit_id, offset=0, limit=page_size, sort=sort, descending=descending,
                          include_dissolved=include_dissolved))

    def set_page(self, unit_id: int | None, rows: list[Any], *, sort: str = "place",
                 descending: bool = False, include_dissolved: bool = False) -> None:
        """Show a first page fetched elsewhere; later pages come through ``fetchMore``."""
        self._active = True
        self.unit_id = unit_id
        self.sort_name = sort
        self.descending = descending
        self.include_dissolved = include_dissolved
        self._exhausted = True  # nothing fetched in the middle of the reset
        super().set_rows(rows)
        self._exhausted = len(rows) < self.page_size

    def set_rows(self, rows) -> None:
        """Plain rows (nothing more to fetch), e.g. when no unit is chosen."""
        self._active = False
        self._exhausted = True
        super().set_rows(rows)

    def _reader(self, offset: int):
        """A read of one page with the current settings (safe to run on a worker)."""
        fetch, unit_id, size = self._fetch, self.unit_id, self.page_size
        sort, descending, dissolved = self.sort_name, self.descending, self.include_dissolved
        return lambda: list(fetch(unit_id, offset=offset, limit=size, sort=sort,
                                  descending=descending, include_dissolved=dissolved))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return (not parent.isValid() and self._active and not self._exhausted
                and self._fetch is not None)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        """The next page, read off the GUI thread when the page gave ``start``."""
        if self.loading or not self.canFetchMore(parent):
            return
        self._read_more(self._reader(len(self._rows)), self._append)

    def _append(self, more: list[Any]) -> None:
        self._exhausted = len(more) < self.page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the first page again, sorted in SQL. Columns without a stored key
        (leader, decision) leave the order as it is; -1 is the default order (place)."""
        if column >= 0 and column not in self.SORTS:
            return
        self.sort_column = column
        self.resort(*self.sort_for(column, order))

    def resort(self, sort: str, descending: bool) -> None:
        if (sort, descending) == (self.sort_name, self.descending):
            return
        self.sort_name, self.descending = sort, descending
        if not self._active or self._fetch is None:
            return
        self._generation += 1  # pages of the old order are dropped when they arrive
        self.loading = False
        self._exhausted = True
        self._read_more(self._reader(0), self._replace)

    def _replace(self, rows: list[Any]) -> None:
        # the old rows out, the new first page in (not a reset: views fetch more on a reset,
        # which must not happen while the model is half changed)
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        self._exhausted = len(rows) < self.page_size
