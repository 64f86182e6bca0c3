"""desktop.demo: realistic demo data, on SQLite and PostgreSQL.

Most tests build the district demo (18 communes of Lạng Sơn on the 2025 catalogue, about
500 villages and 2,500 people, under a second) and check the rules real data must keep:
one Tổ trưởng and 4-10 members per team, decision numbers per commune per year from 01,
consistent citizen IDs and phones, filled search and sort keys, and the services reading it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter, defaultdict

import pytest

from desktop.demo import DemoCancelled, DemoError, build_demo

CURRENT = dt.date(2026, 11, 1)  # after every demo date (2025 catalogue ends 31/10/2026)
PHONE_RE = re.compile(r"^0[35789]\d{8}$")


def rows(db, sql, params=()):
    return db.execute_sql(sql.replace("?", db.param), params).fetchall()


def scalar(db, sql, params=()):
    return rows(db, sql, params)[0][0]


def as_date(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def load_lang_son() -> None:
    """Only the province the district demo uses: the whole catalogue takes longer to load."""
    from desktop.catalogue import load_catalogue

    load_catalogue("2025", provinces={"20"})


@pytest.fixture
def district(db):
    """The district demo, built once per test on a fresh database."""
    load_lang_son()
    report = build_demo(scale="district", seed=1)
    return db, report


# --- shape and counts --------------------------------------------------------------------------


def test_district_demo_counts_are_in_range(district):
    db, report = district
    assert report.scale == "district" and report.catalogue == "2025"
    assert report.communes == 18
    assert 18 * 14 <= report.villages <= 18 * 50
    # about 90% of villages have a team (plus a few dissolved predecessors)
    assert 0.8 * report.villages <= report.teams <= report.villages * 1.05
    assert 4 * 0.8 * report.teams <= report.memberships <= 10 * report.teams
    assert report.members <= report.memberships  # some staff serve several villages
    assert report.courses >= report.communes and report.training_records > report.members
    assert report.decisions > report.communes
    assert report.office_created
    # the report matches the database
    assert scalar(db, "SELECT COUNT(*) FROM admin_unit WHERE level = 'village'") == report.villages
    assert scalar(db, "SELECT COUNT(*) FROM team") == report.teams
    assert scalar(db, "SELECT COUNT(*) FROM person") == report.members
    assert scalar(db, "SELECT COUNT(*) FROM membership") == report.memberships
    assert scalar(db, "SELECT COUNT(*) FROM decision") == report.decisions
    assert scalar(db, "SELECT COUNT(*) FROM training_record") == report.training_records
    communes = rows(db, "SELECT DISTINCT c.code FROM admin_unit v JOIN admin_unit c "
                        "ON c.id = v.parent_id WHERE v.level = 'village'")
    assert len(communes) == 18
    provinces = rows(db, "SELECT DISTINCT p.code FROM admin_unit v "
                         "JOIN admin_unit c ON c.id = v.parent_id "
                         "JOIN admin_unit p ON p.id = c.parent_id WHERE v.level = 'village'")
    assert provinces == [("20",)]


def test_villages_are_local_units_with_codes_and_kinds(district):
    db, _ = district
    found = rows(db, "SELECT v.code, v.kind, v.name, v.short_name, v.catalogue, c.code, "
                     "c.level, v.search_key, v.sort_key FROM admin_unit v "
                     "JOIN admin_unit c ON c.id = v.parent_id WHERE v.level = 'village'")
    from desktop.units import village_sort_key
    from vn.text import fold
    from desktop.units import split_village_name

    kinds = Counter()
    for code, kind, name, short, catalogue, commune_code, level, skey, okey in found:
        assert catalogue == "local" and level == "commune"
        assert re.fullmatch(re.escape(commune_code) + r"-\d{3}", code), code
        assert name == f"{kind} {short}"
        # what the village service would store for the same name typed by a clerk
        assert split_village_name(name) == (kind, short, name)
        assert skey == fold(name) and okey == village_sort_key(short)
        kinds[kind] += 1
    assert kinds["Thôn"] > kinds["Tổ dân phố"] > 0  # rural communes and city wards
    per_commune = Counter(code.split("-")[0] for code, *_ in found)
    names = Counter((code.split("-")[0], name) for code, _k, name, *_ in found)
    assert max(names.values()) == 1  # names unique within a commune
    assert min(per_commune.values()) >= 4
    # Tày/Nùng place names (Nà Sla, Khòn Pạt, Pác Luồng...) next to numbered ones
    shorts = [short for _c, _k, _n, short, *_ in found]
    assert sum(s.split()[0] in ("Nà", "Khòn", "Pác", "Bản", "Khuổi", "Bó", "Pò", "Nặm")
               for s in shorts) > len(shorts) / 10
    assert any(s.isdigit() for s in shorts)


def test_every_team_has_one_leader_and_4_to_10_members(district):
    db, _ = district
    open_members = defaultdict(list)
    for team_id, role in rows(db, "SELECT team_id, role FROM membership WHERE end_date IS NULL"):
        open_members[team_id].append(role)
    teams = rows(db, "SELECT id, status, village_id, name, established_on, dissolved_on FROM team")
    statuses = Counter(t[1] for t in teams)
    assert statuses["active"] > 10 * statuses["planned"] > 0
    assert 0 < statuses["dissolved"] < statuses["active"] / 10
    per_village = Counter(t[2] for t in teams if t[1] != "dissolved")
    assert max(per_village.values()) == 1
    for team_id, status, _village, name, established, dissolved in teams:
        assert name.startswith("Tổ CNSCĐ ")
        roles = open_members[team_id]
        if status == "dissolved":
            assert roles == [] and as_date(dissolved) is not None
            continue
        assert 4 <= len(roles) <= 10, (team_id, roles)
        assert roles.count("to_truong") == 1, (team_id, roles)
        assert 1 <= roles.count("to_pho") <= 2
        assert (established is None) == (status == "planned")
    # a dissolved team was replaced by a newer team of the same village
    for village, in rows(db, "SELECT village_id FROM team WHERE status = 'dissolved'"):
        assert per_village[village] == 1


def test_the_services_see_well_formed_teams(district):
    db, _ = district
    from desktop import stats, teams

    ids = [i for (i,) in rows(db, "SELECT id FROM team WHERE status <> 'dissolved' ORDER BY id")]
    for team_id in ids[:: max(1, len(ids) // 40)]:
        detail = teams.get_team(team_id)
        assert detail.problems == (), (team_id, detail.problems)
        assert detail.leader_name
    figures = stats.overview(None)
    assert figures.villages > 0 and 80 <= figures.coverage_pct <= 100
    assert figures.trained_pct > 50 and 0 < figures.women < figures.members
    assert 0 < figures.youth_union < figures.members


# --- decisions ------------------------------------------------------------------------------------


def test_decision_numbers_are_consecutive_per_commune_and_year(district):
    db, _ = district
    decisions = rows(db, "SELECT id, issuing_unit_id, year, number, symbol, signed_on, status, "
                         "kind, signer_name, authority, snapshot, superseded_by_id FROM decision")
    numbers = defaultdict(list)
    communes = {i for (i,) in rows(db, "SELECT id FROM admin_unit WHERE level = 'commune'")}
    for (_id, unit, year, number, symbol, signed, status, kind, signer, authority,
         snapshot, superseded_by) in decisions:
        assert unit in communes
        assert symbol == "QĐ-UBND" and signer and authority == "CHỦ TỊCH"
        if status == "draft":
            assert number is None and signed is None and snapshot is None
            continue
        assert status in ("issued", "superseded")
        assert as_date(signed).year == year
        assert (status == "superseded") == (superseded_by is not None)
        numbers[(unit, year, symbol)].append(number)
    assert numbers
    for key, found in numbers.items():
        assert sorted(found) == list(range(1, len(found) + 1)), key
    counters = {(u, y, s): last for u, y, s, last in rows(
        db, "SELECT issuing_unit_id, year, symbol, last_number FROM decision_counter")}
    assert counters == {key: len(found) for key, found in numbers.items()}
    # numbers follow the signing dates within a year
    for unit, year, symbol in numbers:
        dated = rows(db, "SELECT number, signed_on FROM decision WHERE issuing_unit_id = ? AND "
                         "year = ? AND number IS NOT NULL ORDER BY number", (unit, year))
        days = [as_date(d) for _n, d in dated]
        assert days == sorted(days)


def test_memberships_point_at_the_decisions_that_name_them(district):
    db, _ = district
    decisions = {r[0]: r for r in rows(
        db, "SELECT id, kind, status, signed_on, snapshot FROM decision")}
    links = defaultdict(set)
    for decision_id, team_id in rows(db, "SELECT decision_id, team_id FROM decision_team"):
        links[decision_id].add(team_id)
    memberships = rows(db, "SELECT id, team_id, person_id, role, start_date, end_date, "
                           "start_decision_id, end_decision_id, end_reason FROM membership")
    by_id = {m[0]: m for m in memberships}
    for mid, team_id, _p, _r, start, end, start_dec, end_dec, reason in memberships:
        if start_dec is not None:
            kind, status, signed = decisions[start_dec][1:4]
            assert status in ("issued", "superseded")
            assert as_date(start) == as_date(signed)
            assert team_id in links[start_dec]
        if end is not None:
            assert end_dec is not None and reason
            assert as_date(decisions[end_dec][3]) == as_date(end)
            assert as_date(end) >= as_date(start)
    # each issued snapshot lists exactly the members its decision started (thành lập) or the
    # roster right after it (kiện toàn), in the decision service's entry format
    kinds = Counter()
    for decision_id, (_i, kind, status, signed, snapshot) in decisions.items():
        if status == "draft":
            continue
        kinds[kind] += 1
        data = json.loads(snapshot)
        assert data["version"] == 1
        assert {t["team_id"] for t in data["teams"]} <= links[decision_id]
        for team in data["teams"]:
            named = {m["membership_id"] for m in team["members"]}
            assert named, decision_id
            for entry in team["members"]:
                m = by_id[entry["membership_id"]]
                assert m[1] == team["team_id"] and m[2] == entry["person_id"]
                assert entry["role"] == m[3] and entry["full_name"] and entry["role_label"]
            if kind == "thanh_lap":
                started = {m[0] for m in memberships if m[6] == decision_id and m[1] ==
                           team["team_id"]}
                assert named == started
            else:
                on = as_date(signed)
                roster = {m[0] for m in memberships if m[1] == team["team_id"]
                          and as_date(m[4]) <= on and (m[5] is None or as_date(m[5]) > on)}
                assert named == roster
            roles = [m["role"] for m in team["members"]]
            assert roles.count("to_truong") == 1 and roles[0] == "to_truong"
    assert kinds["thanh_lap"] > kinds["kien_toan"] > 0


def test_kien_toan_ends_memberships_and_supersedes(district):
    db, _ = district
    amended = rows(db, "SELECT d.id, d.signed_on, dt.team_id FROM decision d JOIN decision_team "
                       "dt ON dt.decision_id = d.id WHERE d.kind = 'kien_toan'")
    assert amended
    for decision_id, signed, team_id in amended:
        ended = rows(db, "SELECT end_date FROM membership WHERE end_decision_id = ? AND "
                         "team_id = ?", (decision_id, team_id))
        started = rows(db, "SELECT start_date FROM membership WHERE start_decision_id = ? AND "
                           "team_id = ?", (decision_id, team_id))
        assert ended and len(started) == len(ended)
        assert all(as_date(e) == as_date(signed) for (e,) in ended)
    superseded = rows(db, "SELECT d.id, n.kind, n.signed_on, d.signed_on FROM decision d "
                          "JOIN decision n ON n.id = d.superseded_by_id")
    assert superseded
    for _id, kind, new_day, old_day in superseded:
        assert kind == "kien_toan" and as_date(new_day) > as_date(old_day)
    from desktop.decisions import get_decision  # texts are stored once, as line ids

    kt = scalar(db, "SELECT id FROM decision WHERE kind = 'kien_toan'")
    legal = get_decision(kt).legal_bases
    assert any(b.startswith("Căn cứ Quyết định số ") for b in legal)


def test_decision_prints_with_the_decision_service(district):
    db, _ = district
    from desktop import decisions

    decision_id = scalar(db, "SELECT MIN(id) FROM decision WHERE kind = 'kien_toan'")
    info = decisions.get_decision(decision_id)
    doc = decisions.build_document(info)
    assert doc.member_lists and doc.member_lists[0].rows
    assert "……" not in " ".join(info.legal_bases)  # the blanks are filled in
    assert info.articles[0][1][0].startswith("Kiện toàn Tổ công nghệ số cộng đồng")


# --- people --------------------------------------------------------------------------------------


PERSON_SQL = ("SELECT id, full_name, family_name, middle_name, given_name, search_key, sort_key, "
              "sex, birth_date, birth_year, birth_precision, ethnicity, phone, email, citizen_id, "
              "position, organisation, youth_union FROM person ORDER BY id")


def test_person_keys_and_name_tokens_are_filled(district):
    db, _ = district
    from db.people import name_tokens
    from vn.collation import person_sort_key
    from vn.text import fold, normalize_name, split_name

    tokens = defaultdict(set)
    for person_id, key, okey in rows(db, "SELECT person_id, search_key, sort_key "
                                         "FROM person_name_token"):
        tokens[person_id].add((key, okey))
    for p in rows(db, PERSON_SQL):
        pid, full, family, middle, given, skey, okey = p[:7]
        assert unicodedata.is_normalized("NFC", full) and normalize_name(full) == full
        assert (family, middle, given) == split_name(full)
        assert skey == fold(full) and okey == person_sort_key(full)
        assert tokens[pid] == {(t, okey) for t in name_tokens(skey)}


def test_citizen_ids_phones_and_emails_are_valid(district):
    db, _ = district
    from desktop.validation import normalize_phone, validate_citizen_id, validate_email

    people = rows(db, PERSON_SQL)
    phones = [p[12] for p in people if p[12]]
    cids = [p[14] for p in people if p[14]]
    assert len(phones) > 0.85 * len(people) and len(set(phones)) == len(phones)
    assert 0.3 * len(people) < len(cids) < 0.6 * len(people) and len(set(cids)) == len(cids)
    for p in people:
        sex, birth_date, birth_year, precision, phone, email, cid = (
            p[7], as_date(p[8]), p[9], p[10], p[12], p[13], p[14])
        assert sex in ("nam", "nu")
        assert precision in ("day", "year")
        assert (birth_date is None) == (precision == "year")
        if birth_date is not None:
            assert birth_date.year == birth_year
        assert 1950 <= birth_year <= 2008
        if phone:
            assert PHONE_RE.match(phone), phone
            assert normalize_phone(phone) == (phone, [])
        if email:
            assert validate_email(email) == (email, []), email
        if cid:
            assert re.fullmatch(r"0\d{11}", cid)
            assert validate_citizen_id(cid, sex=sex, birth_year=birth_year) == (cid, []), cid
            assert cid[3] == str((0 if sex == "nam" else 1) + 2 * (birth_year // 100 - 19))
            assert cid[4:6] == f"{birth_year % 100:02d}"


def test_people_look_like_lang_son(district):
    db, _ = district
    people = rows(db, PERSON_SQL)
    ethnicities = Counter(p[11] for p in people)
    assert {"Tày", "Nùng", "Kinh"} <= set(ethnicities)
    assert ethnicities["Tày"] + ethnicities["Nùng"] > len(people) / 3
    families = Counter(p[2] for p in people)
    assert families.most_common(1)[0][0] in ("Hoàng", "Nguyễn", "Nông")
    middles = Counter(p[3] for p in people)
    assert middles["Văn"] + middles["Thị"] > len(people) / 2
    tones = set("àảãáạ") & set("".join(p[4] for p in people).lower())
    assert len(tones) >= 4
    positions = Counter(p[15] for p in people)
    for expected in ("Trưởng thôn", "Bí thư Chi đoàn", "Cán bộ Công an xã", "Nhân viên kỹ thuật",
                     "Giáo viên", "Tổ trưởng tổ dân phố"):
        assert positions[expected] > 0, expected
    leaders = rows(db, "SELECT p.position FROM membership m JOIN person p ON p.id = m.person_id "
                       "WHERE m.role = 'to_truong'")
    heads = sum(pos.startswith(("Trưởng", "Tổ trưởng")) for (pos,) in leaders)
    assert heads > 0.6 * len(leaders)  # usually the village head


def test_youth_union_flags_agree_with_age(district):
    db, _ = district
    people = rows(db, PERSON_SQL)
    youth = [p for p in people if p[17]]
    assert len(youth) > len(people) / 10
    for p in youth:
        assert 2025 - p[9] <= 30, p[1]
    secretaries = [p for p in people if p[15] == "Bí thư Chi đoàn"]
    assert secretaries and all(p[17] for p in secretaries)


def test_training_records(district):
    db, _ = district
    courses = rows(db, "SELECT id, title, form, platform, start_date, end_date, hours, unit_id, "
                       "search_key FROM training_course")
    forms = Counter(c[2] for c in courses)
    assert forms["truc_tuyen"] >= 1 and forms["truc_tiep"] >= 18
    assert any("binhdanhocvuso.gov.vn" in c[3] for c in courses)
    assert any("onetouch" in c[3].lower() for c in courses)
    from vn.text import fold

    for c in courses:
        assert c[8] == fold(c[1]) and as_date(c[4]) <= as_date(c[5])
    records = rows(db, "SELECT course_id, person_id, result, completed_on, certificate_no "
                       "FROM training_record")
    people = scalar(db, "SELECT COUNT(*) FROM person")
    trained = {r[1] for r in records if r[2] == "hoan_thanh"}
    assert len(trained) > 0.6 * people
    for _course, _person, result, completed, certificate in records:
        assert result in ("dang_ky", "hoan_thanh", "khong_dat", "vang")
        assert (completed is not None) == (result == "hoan_thanh")
        if certificate:
            assert result == "hoan_thanh"


def test_demo_people_can_be_searched(district):
    db, _ = district
    from desktop import people

    pid, full, phone = rows(db, "SELECT id, full_name, phone FROM person WHERE phone IS NOT NULL "
                                "ORDER BY id LIMIT 1")[0]
    from vn.text import fold

    words = fold(full).split()
    hits = people.search(" ".join(words[1:]), limit=500)
    assert pid in {h.person_id for h in hits}
    assert pid in {h.person_id for h in people.search(phone)}
    # by village name, through the village name tokens
    village, member = rows(db, "SELECT v.name, m.person_id FROM team t JOIN admin_unit v ON "
                               "v.id = t.village_id JOIN membership m ON m.team_id = t.id "
                               "WHERE t.status = 'active' AND m.end_date IS NULL AND v.name "
                               "LIKE ? ORDER BY t.id LIMIT 1", ("Thôn N%",))[0]
    found = people.search(village, limit=500)
    assert member in {h.person_id for h in found}


# Tables the demo leaves empty on purpose; any other table must get rows, so that a table
# added to the schema later (a search helper, say) is noticed and filled here too.
LEFT_EMPTY = {
    "unit_succession": "only when both catalogues are loaded (the catalogue loader's job)",
    "decision_file": "PDFs are rendered when a clerk prints; demo decisions have none yet",
    "app_user": "no accounts: the app runs as the local administrator",
}


def test_every_table_gets_demo_rows(district):
    from db.models import ALL_MODELS

    db, _ = district
    empty = [m._meta.table_name for m in ALL_MODELS
             if m._meta.table_name not in LEFT_EMPTY
             and scalar(db, f'SELECT COUNT(*) FROM "{m._meta.table_name}"') == 0]
    assert empty == []
    village_tokens = scalar(db, "SELECT COUNT(DISTINCT unit_id) FROM unit_name_token")
    assert village_tokens == scalar(db, "SELECT COUNT(*) FROM admin_unit WHERE level = 'village'")


# --- office, determinism, refusal -----------------------------------------------------------------


def test_office_is_configured_for_the_province(district):
    from db.office import get_office

    db, _ = district
    office = get_office()
    province = scalar(db, "SELECT id FROM admin_unit WHERE catalogue = '2025' AND code = '20'")
    assert office.unit_id == province and office.catalogue == "2025"
    assert office.name == "Ủy ban nhân dân tỉnh Lạng Sơn" and office.doc_symbol == "QĐ-UBND"
    chair = [o for o in office.officials if o.is_chair]
    assert len(chair) == 1 and len(chair[0].full_name.split()) >= 2
    assert office.settings["demo"] == {"scale": "district", "seed": 1, "catalogue": "2025"}


def _fingerprint(db) -> dict:
    return {
        "villages": rows(db, "SELECT code, name FROM admin_unit WHERE level = 'village' "
                             "ORDER BY code"),
        "people": rows(db, "SELECT full_name, sex, birth_year, phone, email, citizen_id, "
                           "position FROM person ORDER BY id"),
        "teams": rows(db, "SELECT name, status FROM team ORDER BY id"),
        "decisions": [(k, y, n, str(d)[:10], s) for k, y, n, d, s in rows(
            db, "SELECT kind, year, number, signed_on, subject FROM decision ORDER BY id")],
        "records": rows(db, "SELECT result, certificate_no FROM training_record "
                            "ORDER BY course_id, person_id"),
    }


def test_same_seed_gives_the_same_data_on_any_database(district, tmp_path):
    from db.connection import close_database, open_database
    from db.migrations import migrate

    db, _ = district
    first = _fingerprint(db)
    close_database()
    other = open_database(str(tmp_path / "again.db"))
    migrate(other)
    load_lang_son()
    build_demo(scale="district", seed=1)
    assert _fingerprint(other) == first
    close_database()
    third = open_database(str(tmp_path / "seed2.db"))
    migrate(third)
    load_lang_son()
    build_demo(scale="district", seed=2)
    changed = _fingerprint(third)
    assert changed["people"] != first["people"] and changed["villages"] != first["villages"]


def test_a_second_run_is_refused(district):
    db, report = district
    with pytest.raises(DemoError) as caught:
        build_demo(scale="district", seed=1)
    assert "đã có dữ liệu mẫu" in caught.value.message
    assert caught.value.code == "demo.exists"
    assert scalar(db, "SELECT COUNT(*) FROM person") == report.members


def test_a_database_with_real_data_is_refused(db):
    from desktop import units
    from desktop.catalogue import load_catalogue
    from desktop.context import LOCAL_ADMIN

    load_catalogue("2025", provinces={"20"})
    commune = scalar(db, "SELECT MIN(id) FROM admin_unit WHERE level = 'commune'")
    units.create_village(LOCAL_ADMIN, commune, "Thôn Nà Sla")
    with pytest.raises(DemoError) as caught:
        build_demo(scale="district")
    assert "chưa có dữ liệu" in caught.value.message
    assert scalar(db, "SELECT COUNT(*) FROM team") == 0


def test_bad_scale_is_refused(db):
    with pytest.raises(DemoError):
        build_demo(scale="huyen")


def test_an_existing_office_decides_the_province_and_is_kept(db):
    from db.office import get_office, save_office
    from desktop.catalogue import load_catalogue

    load_catalogue("2025", provinces={"04", "20"})
    cao_bang = scalar(db, "SELECT id FROM admin_unit WHERE catalogue = '2025' AND code = '04'")
    save_office({"unit": cao_bang, "catalogue": "2025", "name": "UBND tỉnh Cao Bằng"},
                [{"full_name": "Nông Văn A", "title": "Chủ tịch", "is_chair": True}])
    report = build_demo(scale="district", seed=3)
    assert not report.office_created and report.communes == 18
    office = get_office()
    assert office.name == "UBND tỉnh Cao Bằng" and "demo" not in office.settings
    kinds = Counter(k for (k,) in rows(db, "SELECT kind FROM admin_unit WHERE level = 'village'"))
    assert kinds["Xóm"] > 0  # Cao Bằng calls its villages "xóm"
    outside = scalar(db, "SELECT COUNT(*) FROM admin_unit v JOIN admin_unit c ON c.id = "
                         "v.parent_id WHERE v.level = 'village' AND c.parent_id <> ?", (cao_bang,))
    assert outside == 0


# --- SQLite-only checks (catalogue variants, cancel, progress, scale) -----------------------------


def test_pre2025_catalogue_uses_a_real_district(sqlite_db):
    from desktop.catalogue import load_catalogue

    db = sqlite_db
    load_catalogue("pre2025", provinces={"20"})
    report = build_demo(scale="district", seed=1)
    assert report.catalogue == "pre2025"
    cao_loc = scalar(db, "SELECT id FROM admin_unit WHERE catalogue = 'pre2025' AND code = '183'")
    assert report.communes == scalar(db, "SELECT COUNT(*) FROM admin_unit WHERE parent_id = ?",
                                     (cao_loc,))
    assert 4 * report.communes <= report.villages <= 18 * report.communes
    from db.office import get_office

    office = get_office()
    assert office.unit_id == cao_loc and office.name == "Ủy ban nhân dân huyện Cao Lộc"
    days = [as_date(d) for (d,) in rows(db, "SELECT signed_on FROM decision "
                                            "WHERE signed_on IS NOT NULL")]
    assert min(days) >= dt.date(2022, 4, 1) and max(days) <= dt.date(2025, 6, 30)
    from desktop.decisions import get_decision  # texts are stored once, as line ids

    issued = scalar(db, "SELECT id FROM decision WHERE status <> 'draft' LIMIT 1")
    bases = " ".join(get_decision(issued).legal_bases)
    assert "72/2025/QH15" not in bases and "năm 2015" in bases


def test_cancel_rolls_everything_back(sqlite_db):
    db = sqlite_db
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 12

    load_lang_son()
    indexes = scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")
    with pytest.raises(DemoCancelled):
        build_demo(scale="district", cancelled=cancelled)
    for table in ("person", "team", "membership", "decision", "office"):
        assert scalar(db, f"SELECT COUNT(*) FROM {table}") == 0, table
    assert scalar(db, "SELECT COUNT(*) FROM admin_unit WHERE catalogue = 'local'") == 0
    assert scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'") == indexes
    assert scalar(db, "PRAGMA journal_mode") == "wal"
    assert scalar(db, "PRAGMA synchronous") == 1  # NORMAL, as the connection set it
    report = build_demo(scale="district")  # and a later run works
    assert report.teams > 0


def test_progress_is_reported_to_the_end(sqlite_db):
    load_lang_son()
    seen = []
    build_demo(scale="district", progress=lambda done, total, text: seen.append((done, total,
                                                                                  text)))
    assert len(seen) >= 5
    done = [d for d, t, _ in seen[1:]]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]
    assert all(text for _d, _t, text in seen)


def test_province_scale_covers_every_commune(sqlite_db):
    db = sqlite_db
    load_lang_son()
    report = build_demo(scale="province", seed=1)
    assert report.communes == 65
    assert 1400 <= report.villages <= 2100
    assert scalar(db, "SELECT COUNT(DISTINCT parent_id) FROM admin_unit "
                      "WHERE level = 'village'") == 65
