"""Search results, paged lazily: the first page as you type, more as the view scrolls.

The fetcher is ``desktop.people.search`` (passed in): it sorts and filters in SQL over the
stored folded keys, so a national database answers a page without loading every match.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

from ui.models.rows import role_text
from ui.models.table import RowTableModel

PAGE_SIZE = 50

Fetcher = Callable[..., list[Any]]


class SearchResultsModel(RowTableModel):
    COL_NAME, COL_BIRTH, COL_PHONE, COL_ROLE, COL_TEAM, COL_VILLAGE, COL_COMMUNE = range(7)
    column_count = 7

    def __init__(self, fetch: Fetcher, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.query = ""
        self.scope_unit_id: int | None = None
        self._exhausted = True

    def headers(self) -> list[str]:
        return [self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Điện thoại"),
                self.tr("Vai trò"), self.tr("Tổ"), self.tr("Thôn/TDP"), self.tr("Xã/phường")]

    def row_id(self, row: Any) -> Any:
        return row.person_id

    def cell(self, row: Any, column: int) -> Any:
        return (row.full_name, row.birth, row.phone or "", role_text(None, row.role_label),
                row.team_name or "", row.village_name or "", row.commune_name or "")[column]

    def search(self, text: str, scope_unit_id: int | None = None) -> None:
        """Run a new query here and now: the first page replaces the rows."""
        text = text.strip()
        rows = self.first_page(self._fetch, text, scope_unit_id, self.page_size)
        self.set_results(text, scope_unit_id, rows)

    @staticmethod
    def first_page(fetch: Fetcher, text: str, scope_unit_id: int | None,
                   page_size: int = PAGE_SIZE) -> list[Any]:
        """The first page of a query (callable on a worker thread: no Qt involved)."""
        text = text.strip()
        if not text:
            return []
        return list(fetch(text, scope_unit_id=scope_unit_id, limit=page_size, offset=0))

    def set_results(self, text: str, scope_unit_id: int | None, rows: list[Any]) -> None:
        """Show a first page fetched elsewhere; later pages come through ``fetchMore``."""
        self.query = text.strip()
        self.scope_unit_id = scope_unit_id
        self._exhausted = len(rows) < self.page_size
        self.set_rows(rows)

    def _page(self, offset: int) -> list[Any]:
        return list(self._fetch(self.query, scope_unit_id=self.scope_unit_id,
                                limit=self.page_size, offset=offset))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and bool(self.query)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        """The next page, read off the GUI thread when the page gave ``start``."""
        if parent.isValid() or self._exhausted or self.loading:
            return
        fetch, query, scope = self._fetch, self.query, self.scope_unit_id
        offset, size = len(self._rows), self.page_size
        self._read_more(
            lambda: list(fetch(query, scope_unit_id=scope, limit=size, offset=offset)),
            self._append)

    def _append(self, more: list[Any]) -> None:
        self._exhausted = len(more) < self.page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
