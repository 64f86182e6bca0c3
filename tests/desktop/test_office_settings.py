"""Office settings a clerk can actually turn on: exporting citizen IDs, the plausible age
of members. One service (administrators only, audited), the CLI and the export dialog."""

from __future__ import annotations

import openpyxl
import pytest

from db.models import Audit
from desktop import export_service as es
from desktop.cli import main
from desktop.errors_domain import ValidationFailed
from desktop.office import office_setting, set_office_settings
from desktop.permissions import PermissionDenied
from tests.conftest import PG_URL
from tests.desktop.export_fixtures import ADMIN, area, roster  # noqa: F401


def test_citizen_id_export_is_off_until_an_administrator_turns_it_on(roster, tmp_path):
    assert not es.citizen_id_allowed(ADMIN)
    assert office_setting("join_age_min") == 16 and office_setting("join_age_max") == 80
    before = Audit.select().count()
    set_office_settings(ADMIN, {"export_citizen_id": True, "join_age_min": 18})
    assert es.citizen_id_allowed(ADMIN)
    assert office_setting("join_age_min") == 18 and office_setting("join_age_max") == 80
    assert Audit.select().count() == before + 1
    out = tmp_path / "ds.xlsx"
    es.export_roster(ADMIN, roster.commune, out, include_citizen_id=True)
    texts = {c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row}
    assert {"Số CCCD", "Đoàn viên", "Đã tập huấn"} <= texts


def test_settings_refused_for_clerks_and_for_bad_values(roster):
    with pytest.raises(PermissionDenied):
        set_office_settings(roster.clerk, {"export_citizen_id": True})
    with pytest.raises(ValidationFailed) as exc:
        set_office_settings(ADMIN, {"join_age_min": 90, "join_age_max": 20})
    assert exc.value.codes() == ["office.setting_value"]
    with pytest.raises(ValidationFailed):
        set_office_settings(ADMIN, {"no_such_thing": True})
    with pytest.raises(ValidationFailed):
        set_office_settings(ADMIN, {"export_citizen_id": "yes"})
    assert not es.citizen_id_allowed(ADMIN)


def test_cli_office_settings(roster, tmp_path, capsys):
    from db.connection import is_postgres

    target = PG_URL if is_postgres(roster.db) else roster.db.database
    assert main(["--db", target, "office-show"]) == 0
    assert "Xuất số CCCD: tắt." in capsys.readouterr().out
    assert main(["--db", target, "office-set", "--export-citizen-id", "on",
                 "--join-age", "18-70"]) == 0
    out = capsys.readouterr().out
    assert "Xuất số CCCD: bật." in out and "18–70" in out
    assert main(["--db", target, "office-set", "--join-age", "abc"]) == 1
    assert "16-80" in capsys.readouterr().err
    out_file = tmp_path / "ds.xlsx"
    assert main(["--db", target, "export-roster", "-o", str(out_file), "--citizen-id"]) == 0
