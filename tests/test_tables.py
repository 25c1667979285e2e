"""Flattened tables rebuilt into rows: park tables, indicator tables, 专栏 tables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from loaders.model import StructuredDocument
from loaders.pipeline import read_document, structure
from loaders.tables import find_tables

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


@lru_cache(maxsize=None)
def doc(name: str) -> StructuredDocument:
    return structure(read_document(CORPUS / name))[0]


def rows(d: StructuredDocument, table: str) -> list:
    return [t for t in d.tables if t.table == table]


@lru_cache(maxsize=None)
def source(name: str) -> tuple[str, ...]:
    """The document's own lines, so a row's name is checked against the line it came from."""
    return tuple(line.strip() for line in (CORPUS / name).read_text(encoding="utf-8").splitlines())


def test_park_table_6_1() -> None:
    d = doc("2021-07-20_bonded-zone_14th-five-year-plan.txt")
    table = rows(d, "表6-1")
    assert len(table) == 8
    assert table[0].header == ["主题园区", "重点发展产业", "空间布局"]
    assert table[0].caption == "表6-1 空港区域主题园区布局"
    assert table[0].cells == ["空港经济区保险产业园", "保险特色金融",
                              "东至中环东路,西到中环西路,南接东西二道,北临环河北路"]
    assert table[0].line == 823
    assert all(len(r.cells) == 3 for r in table)
    # Every row begins on its name's line, and the last row is the last of the table.
    lines = source("2021-07-20_bonded-zone_14th-five-year-plan.txt")
    assert all(r.cells[0] == lines[r.line - 1] for r in table)
    assert table[-1].line == 865 and table[-1].cells[1] == "现代物流"
    # Each row is a passage of its own, in the section the table sits in.
    passages = d.passage_by_id()
    p = passages[table[4].passage]
    assert p.kind == "table_row" and p.line == 847
    assert p.text == " | ".join([lines[846], "医疗器械", "空港经济区中环西路以西、西五道以南"])
    section = d.section_by_id()[p.section]
    assert section.title == "推动空港片区建成国际化智慧型航空新城"


def test_park_table_6_2_starts_with_an_irregular_row() -> None:
    d = doc("2021-07-20_bonded-zone_14th-five-year-plan.txt")
    table = rows(d, "表6-2")
    # The first row ends in an address, not a 东至… boundary, and is still read as a row.
    assert [r.line for r in table] == [891, 897, 903, 909, 915]
    lines = source("2021-07-20_bonded-zone_14th-five-year-plan.txt")
    assert [r.cells[0] for r in table] == [lines[r.line - 1] for r in table]
    assert table[0].cells[1] == "海水淡化产业" and not table[0].cells[2].startswith("东至")
    assert table[2].cells[1] == "氢能产业"


def test_indicator_table_with_sequence_numbers_and_groups() -> None:
    d = doc("2021-07-20_bonded-zone_14th-five-year-plan.txt")
    table = rows(d, "表2-1")
    assert [int(r.cells[0]) for r in table] == list(range(1, 39))
    assert table[0].cells == ["1", "地区生产总值(亿元)", "968.9", "1500", "10%"]
    assert table[0].group == "一、经济发展"
    assert {r.group for r in table} == {"一、经济发展", "二、创新提质", "三、动能引育",
                                        "四、绿色生态", "五、宜业宜居"}
    by_no = {r.cells[0]: r for r in table}
    assert by_no["20"].group == "三、动能引育" and by_no["29"].group == "四、绿色生态"
    assert by_no["29"].cells[-1] == "完成上级下达任务"


def test_indicator_table_closed_by_attribute_column() -> None:
    d = doc("2021-07-31_hi-tech-zone_14th-five-year-plan.txt")
    table = rows(d, "表1")
    assert table[0].header == ["类别", "指标", "2020年基数", "2025年目标", "属性"]
    assert table[0].cells == ["地区生产总值增长率(%", "-1.5", "10以上", "预期性"]
    assert all(r.cells[-1] in ("预期性", "约束性") for r in table)
    names = [r.cells[0] for r in table]
    assert "累计固定资产投资总额(亿元)" in names  # `(亿元)` on its own line joined back
    assert names[-1] == "承接北京非首都功能项目(个)"
    groups = [r.group for r in table]
    assert groups[0] == "经济发展" and groups[-1] == "开放合作"
    keyed = next(r for r in table if r.cells[0].startswith("高成长"))
    assert keyed.cells[1] == "雏鹰:534; 瞪羚:50; 独角兽:1(天鹅到家)"
    assert keyed.cells[2].startswith("雏鹰:750")


def test_box_table_of_the_binhai_plan() -> None:
    d = doc("2021_binhai_14th-five-year-plan.txt")
    table = rows(d, "专栏1")
    assert len(table) == 30
    assert table[0].header == ["序号", "指标名称", "2020年", "2025年", "属性"]
    assert table[11].cells == ["12", "天津港集装箱吞吐量(万标准箱)", "1800", "2200", "预期性"]
    assert [table[i].group for i in (0, 12, 21, 26)] == ["港产城融合", "宜居宜业", "生态", "智慧"]


def test_no_tables_in_documents_without_them() -> None:
    assert doc("2023_tianjin_beijing-tianjin-hebei-action-plan.txt").tables == []


def test_unseen_flattened_table() -> None:
    lines = ["表3-2 重点园区一览", "", "园区名称", "", "主导产业", "", "面积(平方公里)", "",
             "绿谷产业园", "", "节能环保", "", "5.2", "", "云港物流园", "", "现代物流", "", "3.1",
             "", "滨江科技园", "", "电子信息", "", "8", "", "以上园区由县发展改革局统筹。"]
    (table,) = find_tables(lines)
    assert [c.text for c in table.header] == ["园区名称", "主导产业", "面积(平方公里)"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["绿谷产业园", "节能环保", "5.2"], ["云港物流园", "现代物流", "3.1"],
        ["滨江科技园", "电子信息", "8"]]
    assert table.end == 25 and table.number == "3-2"


def test_value_cells_are_not_captions() -> None:
    lines = ["序号", "指标", "2020年", "2025年", "1", "增长率(%)", "5", "7以上", "2", "产值(亿元)",
             "100", "41以上", "3", "企业数(家)", "20", "30"]
    assert find_tables(["表1 主要指标"] + lines)[0].rows[1] is not None
    assert find_tables(lines) == []  # no caption, no table
