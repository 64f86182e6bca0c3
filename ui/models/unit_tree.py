"""The unit tree: [the whole country ->] province -> [district ->] commune -> village,
fetched one level at a time.

The model never loads the country: a level is fetched when the view first expands it
(``canFetchMore``/``fetchMore``), through a loader function passed in by the window. Each
node shows its villages and teams counted in SQL by the service; a village shows whether it
has a team.

The window's tree gives a ``counts_loader`` and a ``start`` bridge to the task runner: the
loader then returns names only (a few ms at any level) and the counts, which take up to
0.2 s for the whole country, are read on a worker thread and filled in when they arrive
("…" meanwhile). Without them (the unit picker) the loader returns nodes with counts.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

COL_NAME, COL_VILLAGES, COL_TEAMS = range(3)
COLUMN_COUNT = 3

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the UnitNode dataclass
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the unit id
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3

TEAM_MARK = "●"
_TEAM_COLOUR = QColor("#1b7f3b")
_NO_TEAM_COLOUR = QColor("#9a9a9a")

COUNTRY = "country"  # the level of the whole-country node (desktop.units.COUNTRY)
PENDING = "…"  # a count still being read

Loader = Callable[[int | None], Sequence[Any]]
CountsLoader = Callable[[list], dict]
Starter = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                   None]


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

    counts_arrived = Signal(list)  # the ids whose counts were just filled in

    def __init__(self, loader: Loader, roots_loader: Callable[[], Sequence[Any]] | None = None,
                 parent=None, *, counts_loader: CountsLoader | None = None,
                 start: Starter | None = None):
        super().__init__(parent)
        self._loader = loader
        self._roots_loader = roots_loader
        self._counts_loader = counts_loader
        self._start = start
        self._pending = 0
        self._root = _Node(None, None, 0)
        self._by_id: dict[int | None, _Node] = {}
        self._root.children = self._make_children(self._root, self._load(self._root))
        self._count(self._root.children)

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
        self._count(node.children)

    # -- counts off the GUI thread -------------------------------------------------------
    def busy(self) -> bool:
        """Counts are still being read."""
        return self._pending > 0

    def _count(self, nodes: Sequence[_Node], *, again: bool = False) -> None:
        """Ask for the subtree counts of these nodes (those not counted yet, or all of them
        ``again``) in one worker task; they are filled in when they arrive."""
        if self._counts_loader is None:
            return
        ids = [n.unit_id for n in nodes
               if n.info is not None and n.info.level != "village"
               and (again or n.info.village_count is None)]
        if not ids:
            return
        loader = self._counts_loader

        def work() -> dict:
            return loader(ids)

        self._pending += 1
        if self._start is None:
            self._counted(work())
        else:
            self._start(work, self._counted, self._count_failed)

    def _counted(self, counts: dict) -> None:
        if not shiboken6.isValid(self):
            return  # the window replaced this tree (another office) while it counted
        self._pending = max(0, self._pending - 1)
        changed = []
        rows_by_parent: dict[int, tuple[_Node | None, list[int]]] = {}
        for unit_id, (villages, teams) in counts.items():
            node = self._by_id.get(unit_id)
            if node is None or node.info is None:
                continue  # the level was reloaded meanwhile
            node.info = dataclasses.replace(node.info, village_count=villages, team_count=teams)
            rows_by_parent.setdefault(id(node.parent), (node.parent, []))[1].append(node.row)
            changed.append(unit_id)
        for parent, rows in rows_by_parent.values():
            # one signal per level: a province's 150 communes repaint once, not 150 times
            top = QModelIndex() if parent is None or parent is self._root \
                else self.createIndex(parent.row, 0, parent)
            self.dataChanged.emit(self.index(min(rows), 0, top),
                                  self.index(max(rows), COLUMN_COUNT - 1, top))
        self.counts_arrived.emit(changed)

    def _count_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending = max(0, self._pending - 1)
        self.counts_arrived.emit([])  # the counts stay "…"; the pages say what failed

    def _emit_row(self, node: _Node) -> None:
        self.dataChanged.emit(self.createIndex(node.row, 0, node),
                              self.createIndex(node.row, COLUMN_COUNT - 1, node))

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
                return self.display_name(info)
            if column == COL_VILLAGES:
                return "" if is_village else _count_text(info.village_count)
            if column == COL_TEAMS:
                if is_village:
                    return TEAM_MARK if info.has_team else "–"
                return _count_text(info.team_count)
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
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME and info.level in (
                "province", COUNTRY):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_TEAMS and is_village:
            return self.tr("Có Tổ CNSCĐ") if info.has_team else self.tr("Chưa có tổ")
        return None

    def display_name(self, info: Any) -> str:
        """The node's name as shown (the whole country's in the UI language)."""
        return self.tr("Toàn quốc") if info.level == COUNTRY else info.name

    def _tooltip(self, info: Any) -> str:
        if info.level == "village":
            state = self.tr("Có Tổ CNSCĐ") if info.has_team else self.tr("Chưa có tổ")
            code = self.tr("Mã: %1").replace("%1", info.code)
            return f"{info.name}\n{code}\n{state}"
        lines = [self.display_name(info)]
        if info.code:
            lines.append(self.tr("Mã: %1").replace("%1", info.code))
        lines.append(self.tr("%1 thôn/tổ dân phố, %2 tổ CNSCĐ")
                     .replace("%1", _count_text(info.village_count))
                     .replace("%2", _count_text(info.team_count)))
        return "\n".join(lines)

    # -- lookups and refresh -------------------------------------------------------------
    def node_info(self, index: QModelIndex) -> Any:
        return index.internalPointer().info if index.isValid() else None

    def index_of(self, unit_id: int | None) -> QModelIndex:
        """The index of a unit already fetched (None: the whole country's node), an invalid
        index otherwise."""
        node = self._by_id.get(unit_id)
        if node is None or node.info is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def reveal(self, path_ids: Sequence[int]) -> QModelIndex:
        """Fetch the levels along ``path_ids`` (root first) and return the last one's index."""
        index = QModelIndex()
        if None in self._by_id and (not path_ids or path_ids[0] is not None):
            path_ids = [None, *path_ids]  # the provinces hang under the whole country
        for unit_id in path_ids:
            node = self._by_id.get(unit_id)
            if node is None:
                continue
            index = self.createIndex(node.row, 0, node)
            if self.canFetchMore(index):
                self.fetchMore(index)
        return index

    def refresh_unit(self, unit_id: int) -> None:
        """Reload a unit's children (a new village shows at once) and the counts of the unit
        and its ancestors."""
        node = self._by_id.get(unit_id)
        if node is None:
            return
        self._reload_children(node)
        path = []
        current: _Node | None = node
        while current is not None and current.info is not None:
            self._reload_info(current)
            path.append(current)
            current = current.parent
        self._recount(path)

    def refresh_all(self) -> None:
        """Something changed somewhere: reload every level already fetched and recount."""
        for node in list(self._by_id.values()):
            if node.children is not None and self._by_id.get(node.unit_id) is node:
                self._reload_children(node)
        self._reload_children(self._root)
        self._recount([n for n in self._by_id.values() if n.info is not None])

    def _recount(self, nodes: list[_Node]) -> None:
        if self._counts_loader is not None:
            self._count(nodes, again=True)

    def _reload_info(self, node: _Node) -> None:
        up = node.parent
        fresh = {info.id: info for info in self._load(up)} if up else {}
        info = fresh.get(node.unit_id)
        if info is None:
            return
        if self._counts_loader is not None and info.level != "village":
            # names only: keep the counts on screen until the new ones arrive
            info = dataclasses.replace(info, village_count=node.info.village_count,
                                       team_count=node.info.team_count)
        gained = node.children is None and not node.expandable()
        node.info = info
        if gained and node.expandable():
            # a first child (a commune's first village): let the view draw the arrow
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
        self._emit_row(node)

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
        if self._counts_loader is not None:
            old = {c.unit_id: c.info for c in node.children}
            infos = [dataclasses.replace(i, village_count=old[i.id].village_count,
                                         team_count=old[i.id].team_count)
                     if i.id in old and i.level != "village" else i for i in infos]
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
            self._count(node.children)

    def _forget(self, node: _Node) -> None:
        if node.unit_id is not None and self._by_id.get(node.unit_id) is node:
            del self._by_id[node.unit_id]
        for child in node.children or ():
            self._forget(child)


def _count_text(value: int | None) -> str:
    return PENDING if value is None else str(value)
