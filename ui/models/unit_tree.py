"""The unit tree: province -> [district ->] commune -> village, fetched one level at a time.

The model never loads the country: a level is fetched when the view first expands it
(``canFetchMore``/``fetchMore``), through a loader function passed in by the window
(``desktop.units.unit_tree_children`` bound to the office's catalogue). Each node shows its
villages and teams counted in SQL by the service; a village shows whether it has a team.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

COL_NAME, COL_VILLAGES, COL_TEAMS = range(3)
COLUMN_COUNT = 3

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the UnitNode dataclass
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the unit id
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3

TEAM_MARK = "●"
_TEAM_COLOUR = QColor("#1b7f3b")
_NO_TEAM_COLOUR = QColor("#9a9a9a")

Loader = Callable[[int | None], Sequence[Any]]


class _Node:
    __slots__ = ("info", "parent", "children", "row")

    def __init__(self, info: Any, parent: _Node | None, row: int):
        self.info = info
        self.parent = parent
        self.children: list[_Node] | None = None
        self.row = row

    @property
    def unit_id(self) -> int | None:
        return self.info.id if self.info is not None else None

    def expandable(self) -> bool:
        if self.info is None:
            return True
        return self.info.level != "village" and self.info.child_count > 0


class UnitTreeModel(QAbstractItemModel):
    """A lazy tree over ``loader(parent_id) -> [UnitNode]`` (``None`` asks for the roots)."""

    def __init__(self, loader: Loader, roots_loader: Callable[[], Sequence[Any]] | None = None,
                 parent=None):
        super().__init__(parent)
        self._loader = loader
        self._roots_loader = roots_loader
        self._root = _Node(None, None, 0)
        self._by_id: dict[int, _Node] = {}
        self._root.children = self._make_children(self._root, self._load(self._root))

    def _load(self, node: _Node) -> list[Any]:
        """The children of a node: the office's scope at the top, the loader below."""
        if node is self._root and self._roots_loader is not None:
            return list(self._roots_loader())
        return list(self._loader(node.unit_id))

    # -- structure -----------------------------------------------------------------------
    def _make_children(self, parent: _Node, infos: Sequence[Any]) -> list[_Node]:
        nodes = []
        for row, info in enumerate(infos):
            node = _Node(info, parent, row)
            self._by_id[info.id] = node
            nodes.append(node)
        return nodes

    def _node(self, index: QModelIndex) -> _Node:
        if index.isValid():
            return index.internalPointer()
        return self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        if node.children is None or row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return COLUMN_COUNT

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        if parent.column() > 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.expandable()

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        if parent.column() > 0:
            return False
        node = self._node(parent)
        return node.children is None and node.expandable()

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        node = self._node(parent)
        if node.children is not None:
            return
        infos = self._load(node)
        if not infos:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(infos) - 1)
        node.children = self._make_children(node, infos)
        self.endInsertRows()

    # -- data ----------------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_NAME: self.tr("Đơn vị"),
                COL_VILLAGES: self.tr("Thôn"),
                COL_TEAMS: self.tr("Tổ"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_VILLAGES: self.tr("Số thôn/tổ dân phố đang hoạt động"),
                COL_TEAMS: self.tr("Số Tổ CNSCĐ (trừ tổ đã giải thể)"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = index.internalPointer().info
        column = index.column()
        is_village = info.level == "village"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return info.name
            if column == COL_VILLAGES:
                return "" if is_village else str(info.village_count)
            if column == COL_TEAMS:
                if is_village:
                    return TEAM_MARK if info.has_team else "–"
                return str(info.team_count)
            return None
        if role == NODE_ROLE:
            return info
        if role == ID_ROLE:
            return info.id
        if role == LEVEL_ROLE:
            return info.level
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_NAME:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if is_village and column == COL_TEAMS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and is_village and column == COL_TEAMS:
            return QBrush(_TEAM_COLOUR if info.has_team else _NO_TEAM_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME and info.level == "province":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_TEAMS and is_village:
            return self.tr("Có Tổ CNSCĐ") if info.has_team else self.tr("Chưa có tổ")
        return None

    def _tooltip(self, info: Any) -> str:
        if info.level == "village":
            state = self.tr("Có Tổ CNSCĐ") if info.has_team else self.tr("Chưa có tổ")
            return f"{info.name}\n{self.tr('Mã')}: {info.code}\n{state}"
        return "\n".join(
            [
                info.name,
                f"{self.tr('Mã')}: {info.code}",
                self.tr("%1 thôn/tổ dân phố, %2 tổ CNSCĐ")
                .replace("%1", str(info.village_count))
                .replace("%2", str(info.team_count)),
            ]
        )

    # -- lookups and refresh -------------------------------------------------------------
    def node_info(self, index: QModelIndex) -> Any:
        return index.internalPointer().info if index.isValid() else None

    def reveal(self, path_ids: Sequence[int]) -> QModelIndex:
        """Fetch the levels along ``path_ids`` (root first) and return the last one's index."""
        index = QModelIndex()
        for unit_id in path_ids:
            node = self._by_id.get(unit_id)
            if node is None:
                continue
            index = self.createIndex(node.row, 0, node)
            if self.canFetchMore(index):
                self.fetchMore(index)
        return index

    def refresh_unit(self, unit_id: int) -> None:
        """Reload the counts of a unit and its ancestors, and its children if loaded."""
        node = self._by_id.get(unit_id)
        if node is None:
            return
        self._reload_children(node)
        current = node
        while current is not None and current.info is not None:
            self._reload_info(current)
            current = current.parent

    def _reload_info(self, node: _Node) -> None:
        up = node.parent
        fresh = {info.id: info for info in self._load(up)} if up else {}
        info = fresh.get(node.unit_id)
        if info is None:
            return
        node.info = info
        left = self.createIndex(node.row, 0, node)
        right = self.createIndex(node.row, COLUMN_COUNT - 1, node)
        self.dataChanged.emit(left, right)

    def _reload_children(self, node: _Node) -> None:
        if node.children is None:
            # Never fetched: a village may have become a first child, so re-ask the view.
            return
        parent_index = (
            QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)
        )
        infos = self._load(node)
        old_ids = [c.unit_id for c in node.children]
        new_ids = [i.id for i in infos]
        if old_ids == new_ids:
            for child, info in zip(node.children, infos, strict=True):
                child.info = info
            if node.children:
                self.dataChanged.emit(
                    self.index(0, 0, parent_index),
                    self.index(len(node.children) - 1, COLUMN_COUNT - 1, parent_index),
                )
            return
        if node.children:
            self.beginRemoveRows(parent_index, 0, len(node.children) - 1)
            for child in node.children:
                self._forget(child)
            node.children = []
            self.endRemoveRows()
        if infos:
            self.beginInsertRows(parent_index, 0, len(infos) - 1)
            node.children = self._make_children(node, infos)
            self.endInsertRows()

    def _forget(self, node: _Node) -> None:
        if node.unit_id is not None and self._by_id.get(node.unit_id) is node:
            del self._by_id[node.unit_id]
        for child in node.children or ():
            self._forget(child)
