"""A person's details, declared once: every layer that lists them reads this.

Each :class:`PersonField` says what a detail is (its ``name``: the ``Person`` column and the
key in every dict), what rule checks it (``kind``, ``max_length``), what it is called (the
message ``field.<name>`` in :mod:`vn.messages`, the one label in forms, problems, imports
and the audit log), and how it travels in files: its roster/template column (``heading``,
``cell``, ``width``, the template's ``help`` and ``example``) and the headings an import or
a paste from Excel recognises (``headings``).

Who reads it: ``desktop/validation.py`` (``PERSON_FIELDS``, ``TEXT_FIELDS``,
``MAX_LENGTHS``), ``exports/roster_xlsx.py`` (the roster's and template's columns),
``exports/template_xlsx.py`` (the help sheet), ``exports/roster_reader.py`` (the heading
vocabulary), ``desktop/roster_import/paste.py`` (what a paste reads).

To add a plain-text detail, say "Địa chỉ": one ``PersonField("address", "text",
max_length=200, heading="Địa chỉ", headings=(...), help=..., example=...)`` below, its label
``"address": "Địa chỉ"`` in ``vn/messages.py``, the column in ``db/models.py`` with a
migration step, and the field in the member form (``ui/dialogs/member.py``). The rest
follows (``docs/architecture.md``, "To add a field to a member").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from vn.text import clean_text

__all__ = ["KINDS", "PERSON_FIELDS", "PersonField", "by_name", "in_files", "position_text"]

# The rules a detail can have; each is one function of desktop/validation.py.
KINDS = frozenset({
    "name",  # a person's full name: cleaned, capitalised, required
    "sex",  # nam / nu
    "birth",  # a day, a month and year, or a year
    "ethnicity",  # one of the 54 names, or free text with a warning
    "phone",  # a Vietnamese phone number
    "email",
    "citizen_id",  # 12 digits (9 for an old identity card)
    "text",  # free text, cleaned, at most max_length characters
    "flag",  # yes / no (an "x" in a file)
})

# How a roster cell looks (exports/xlsx_common styles).
CELLS = frozenset({"text", "code", "date", "center", "note"})


@dataclass(frozen=True)
class PersonField:
    name: str
    kind: str
    max_length: int | None = None
    heading: str = ""  # the roster's and template's column heading ("" : no column of its own)
    cell: str = "text"  # how that column's cells look: text, code (keeps leading zeros)...
    width: tuple[int, int] = (10, 30)  # the column's narrowest and widest width
    headings: tuple[str, ...] = ()  # every heading an import or a paste reads as this field
    required: bool = False  # the template says "Có" (a row without it is refused)
    help: str = ""  # the template's line on how to fill the column in
    example: str = ""
    paste: bool = True  # read from rows pasted from Excel

    @property
    def label_code(self) -> str:
        """The message that names the field (``vn.messages``)."""
        return f"field.{self.name}"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown kind {self.kind!r}")
        if self.cell not in CELLS:
            raise ValueError(f"{self.name}: unknown cell {self.cell!r}")
        if self.kind == "text" and not self.max_length:
            raise ValueError(f"{self.name}: a text field needs its max_length")


# In the member form's order.
PERSON_FIELDS: tuple[PersonField, ...] = (
    PersonField(
        "full_name", "name", max_length=120, heading="Họ và tên", width=(18, 32),
        required=True, help="Họ, tên đệm và tên, viết hoa chữ cái đầu mỗi tiếng.",
        example="Hoàng Văn Dũng",
        headings=("Họ và tên", "Họ tên", "Họ, tên", "Họ và tên thành viên",
                  "Họ tên thành viên", "Ho ten thanh vien", "Tên thành viên",
                  "Họ và tên đầy đủ", "Thành viên tổ"),
    ),
    PersonField(
        "sex", "sex", heading="Giới tính", cell="center", width=(7, 9),
        help="Chọn trong danh sách: Nam hoặc Nữ.", example="Nữ",
        headings=("Giới tính", "Nam/Nữ", "Nam, Nữ", "Giới", "Phái", "Nam hay nữ", "GT"),
    ),
    PersonField(
        "birth", "birth", heading="Ngày sinh", cell="date", width=(12, 13),
        help=("Ngày/tháng/năm, ví dụ 05/03/1985. Nếu chỉ biết năm sinh thì ghi năm (cột đã "
              "định dạng văn bản nên Excel giữ nguyên 1985)."),
        example="05/03/1985 hoặc 1985",
        headings=("Ngày sinh", "Năm sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh",
                  "Ngày/tháng/năm sinh", "Ngày tháng sinh", "Sinh ngày",
                  "Ngày sinh/Năm sinh"),
    ),
    PersonField(
        "ethnicity", "ethnicity", max_length=60, heading="Dân tộc", cell="center",
        width=(7, 12), help="Tên dân tộc.", example="Tày", headings=("Dân tộc",),
    ),
    PersonField(
        "phone", "phone", heading="Số điện thoại", cell="code", width=(13, 15),
        help=("Ghi đủ 10 số, có số 0 ở đầu (máy bàn 11 số). Cột đã định dạng văn bản nên giữ "
              "được số 0."),
        example="0912345678",
        headings=("Số điện thoại", "SĐT", "Điện thoại", "ĐT", "Số ĐT", "ĐTDĐ",
                  "Điện thoại di động", "Số di động", "Di động", "Số điện thoại di động",
                  "SĐT/Zalo", "Zalo", "Liên hệ", "Số điện thoại liên hệ",
                  "Điện thoại liên hệ"),
    ),
    PersonField(
        "email", "email", max_length=200, heading="Email", width=(10, 30),
        help="Địa chỉ thư điện tử.", example="dung.hv@gmail.com",
        headings=("Email", "E-mail", "Thư điện tử", "Địa chỉ email", "Địa chỉ thư điện tử",
                  "Gmail", "Mail"),
    ),
    PersonField(
        "citizen_id", "citizen_id", heading="Số CCCD", cell="code", width=(15, 17),
        help=("Số căn cước/CCCD (số định danh cá nhân), đủ 12 chữ số. Cột đã định dạng văn "
              "bản nên giữ được số 0 ở đầu."),
        example="008085001234",
        headings=("CCCD", "Số CCCD", "Căn cước", "Số căn cước", "Căn cước công dân",
                  "Số căn cước công dân", "Số định danh", "Số định danh cá nhân",
                  "Mã định danh", "CMND", "Số CMND", "CMND/CCCD", "Số CMND/CCCD",
                  "CCCD/CMND", "Số CCCD/CMND", "Chứng minh nhân dân",
                  "Số chứng minh nhân dân", "Số CCCD/Số định danh"),
    ),
    PersonField(
        # the roster's column shows the position and the organisation together
        "position", "text", max_length=200, heading="Chức vụ/đơn vị công tác", width=(14, 30),
        help="Chức vụ, đơn vị công tác hiện nay.", example="Trưởng thôn",
        headings=("Chức vụ", "Chức vụ, đơn vị", "Chức vụ/đơn vị công tác",
                  "Chức vụ, đơn vị công tác", "Chức vụ, nơi công tác", "Nghề nghiệp",
                  "Nghề nghiệp, chức vụ", "Chức vụ hiện nay", "Chức vụ chuyên môn"),
    ),
    PersonField(
        "organisation", "text", max_length=200,
        headings=("Đơn vị công tác", "Đơn vị", "Cơ quan", "Nơi công tác", "Cơ quan, đơn vị",
                  "Cơ quan công tác", "Cơ quan, đơn vị công tác", "Tên đơn vị"),
    ),
    PersonField(
        "youth_union", "flag", heading="Đoàn viên", cell="center", width=(7, 9),
        help="Ghi x nếu là đoàn viên Đoàn TNCS Hồ Chí Minh.", example="x",
        headings=("Đoàn viên", "Là đoàn viên", "Đoàn viên thanh niên", "Đoàn viên TNCS",
                  "Đoàn viên Đoàn TNCS Hồ Chí Minh", "ĐV"),
    ),
)


def by_name(name: str) -> PersonField:
    for f in PERSON_FIELDS:
        if f.name == name:
            return f
    raise KeyError(name)


def in_files() -> tuple[PersonField, ...]:
    """The details with a roster/template column of their own, in the form's order."""
    return tuple(f for f in PERSON_FIELDS if f.heading)


@functools.lru_cache(maxsize=65536)  # a roster repeats a few thousand positions
def position_text(position: str | None, organisation: str | None) -> str:
    """The roster's single "Chức vụ/đơn vị công tác" cell (the ``position`` column shows
    both): "Trưởng thôn, VNPT Lạng Sơn". The import compares a file's cell with it."""
    parts = [clean_text(position), clean_text(organisation)]
    return ", ".join(p for p in parts if p)
