"""Writes the fixtures again as openpyxl writes them, for the producer corpus (test/support/producenten.ts).

Input on stdin: a JSON list of {"bron": path, "doel": path, "soort": kind}; kinds:
  opgeslagen   load + save
  1904         load, switch to the 1904 date system, save (date cells are re-encoded)
  iso-datums   load, save dates as ISO 8601 cells (t="d")
  nieuw        a new workbook with the same values, merges and sheet states, written from scratch
  formules     load, turn the status of the first action into a formula, save (openpyxl never
               calculates: the file has no cached value)
  extra        load, add what users add (comment, data validation, print titles, a defined name,
               an auto-height row, a chart, an autofilter), save
"""
import json
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation


def nieuw(bron: str, doel: str) -> None:
    oud = openpyxl.load_workbook(bron)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for blad in oud.worksheets:
        ws = wb.create_sheet(blad.title)
        ws.sheet_state = blad.sheet_state
        for rij in blad.iter_rows():
            for cel in rij:
                if cel.value is not None and not isinstance(cel, openpyxl.cell.cell.MergedCell):
                    ws.cell(row=cel.row, column=cel.column, value=cel.value)
        for bereik in blad.merged_cells.ranges:
            ws.merge_cells(str(bereik))
    wb.active = oud.index(oud.active)
    wb.save(doel)


def formules(wb: openpyxl.Workbook) -> None:
    ws = wb.worksheets[0]
    for rij in ws.iter_rows():
        for cel in rij:
            if isinstance(cel.value, str) and "status" in cel.value.lower():
                doel = ws.cell(row=cel.row + 1, column=cel.column)
                doel.value = '="Gereed"'
                return


def extra(wb: openpyxl.Workbook) -> None:
    ws = wb.worksheets[0]
    ws["C3"].comment = Comment("Opmerking van de gebruiker", "Gebruiker")
    dv = DataValidation(type="list", formula1='"Gereed,In uitvoering"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E3:E40")
    ws.print_title_rows = "1:2"
    wb.defined_names.append(DefinedName("Eigen_naam", attr_text=f"'{ws.title}'!$A$1:$B$3"))
    ws.row_dimensions[4].height = None
    grafiek = BarChart()
    grafiek.add_data(Reference(ws, min_col=1, min_row=1, max_row=3))
    ws.add_chart(grafiek, "N2")
    ws.auto_filter.ref = "A2:H40"


def main() -> None:
    for taak in json.load(sys.stdin):
        bron, doel, soort = taak["bron"], taak["doel"], taak["soort"]
        if soort == "nieuw":
            nieuw(bron, doel)
            continue
        wb = openpyxl.load_workbook(bron)
        if soort == "1904":
            wb.epoch = CALENDAR_MAC_1904
        elif soort == "iso-datums":
            wb.iso_dates = True
        elif soort == "formules":
            formules(wb)
        elif soort == "extra":
            extra(wb)
        wb.save(doel)


if __name__ == "__main__":
    main()
