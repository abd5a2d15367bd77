import { DESKTOP, ExcelEmulator } from "../../src/excel-stand-in";

// Host rules the mutation audit (scripts/emulator-mutaties.mjs) found unpinned: each test here fails
// when its rule is removed from the emulator, through Microsoft's library as Regie calls it.

/** The error one sync fails with (null when it succeeds). */
async function syncError(
  standIn: ExcelEmulator,
  queue: (context: Excel.RequestContext) => void
): Promise<unknown> {
  return standIn
    .run(async (context) => {
      queue(context);
      await context.sync();
    })
    .then(
      () => null,
      (e: unknown) => e
    );
}

describe("Worksheet.delete", () => {
  test("a VeryHidden sheet cannot be deleted (InvalidOperation), a Hidden one can", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst" },
      { name: "Geheim", visibility: "VeryHidden" },
      { name: "Verborgen", visibility: "Hidden" },
    ]);
    const error = await syncError(standIn, (c) => c.workbook.worksheets.getItem("Geheim").delete());
    expect(error).toMatchObject({ code: "InvalidOperation" });
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Geheim", "Verborgen"]);
    expect(
      await syncError(standIn, (c) => c.workbook.worksheets.getItem("Verborgen").delete())
    ).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Geheim"]);
  });
});

describe("the 5 million cells limit is for reads only", () => {
  // Scaled down: a profile whose reads stop at 100 cells.
  const profile = { ...DESKTOP, maxReadCells: 100 };

  test("a values write of more cells than a read may span goes through; reading it back fails", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }], { profile });
    const values = Array.from({ length: 30 }, (_, r) => [r, `t${r}`, r * 2, true, "x"]);
    expect(
      await syncError(
        standIn,
        (c) => (c.workbook.worksheets.getItem("Blad1").getRange("A1:E30").values = values)
      )
    ).toBeNull();
    expect(standIn.values("Blad1")).toEqual(values);
    const error = await syncError(standIn, (c) => {
      c.workbook.worksheets.getItem("Blad1").getRange("A1:E30").load("values");
    });
    expect(error).toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("what a protected sheet still allows", () => {
  test("renaming, hiding, freezing rows and deleting it", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst" },
      { name: "Beveiligd", protected: true },
    ]);
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Beveiligd");
    expect(await syncError(standIn, (c) => (sheet(c).name = "Slot"))).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Slot"]);
    expect(
      await syncError(standIn, (c) => {
        const s = c.workbook.worksheets.getItem("Slot");
        s.freezePanes.freezeRows(2);
        s.visibility = "Hidden";
      })
    ).toBeNull();
    expect(standIn.sheetInfo("Slot")).toMatchObject({ frozenRows: 2, visibility: "Hidden" });
    expect(
      await syncError(standIn, (c) => c.workbook.worksheets.getItem("Slot").delete())
    ).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst"]);
  });
});

describe("merged cells", () => {
  test("only the top-left cell of a merged area reads its value; the others read ''", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", merges: ["A1:B1"] }]);
    const values = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:C1");
      range.values = [["Actie", "onder de samenvoeging", "c"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Actie", "", "c"]]);
  });

  test("merging keeps only the top-left value, as in Excel", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Blad1",
        values: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
    ]);
    expect(
      await syncError(standIn, (c) =>
        c.workbook.worksheets.getItem("Blad1").getRange("A1:B2").merge()
      )
    ).toBeNull();
    expect(standIn.snapshot().sheets[0].cells).toEqual({ A1: { value: "a" } });
  });
});

describe("the 1904 date system", () => {
  const dag = new Date(2021, 1, 24);

  test("a seeded date is stored as its 1904 serial, 1,462 lower", async () => {
    const serial = (date1904: boolean) =>
      ExcelEmulator.fromSheets([{ name: "Blad1", values: [[dag]] }], { date1904 }).values(
        "Blad1"
      )[0][0] as number;
    expect(serial(false) - serial(true)).toBe(1_462);
  });

  test("Range.text shows that serial as the same day", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", values: [[dag]] }], {
      date1904: true,
    });
    const text = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("text");
      await context.sync();
      return range.text[0][0];
    });
    expect(text).toBe("24-2-2021");
  });

  test("a date typed, by the user or written as text through Range.values, is stored in the workbook's system", async () => {
    for (const date1904 of [false, true]) {
      const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }], {
        date1904,
        locale: "nl-NL",
        inputYear: 2021,
      });
      await standIn.typeAsUser("Blad1", "A1", "24-2-2021");
      const texts = await standIn.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Blad1");
        sheet.getRange("B1").values = [["24-2-2021 10:30"]];
        const range = sheet.getRange("A1:B1").load(["text", "values"]);
        await context.sync();
        return { text: range.text[0], values: range.values[0] };
      });
      const verschil = date1904 ? 1_462 : 0;
      expect(texts.values).toEqual([44251 - verschil, 44251 - verschil + 10.5 / 24]);
      expect(texts.text[0]).toBe("24-2-2021");
    }
  });
});

describe("Range.getIntersection", () => {
  test("ranges that do not overlap fail with ItemNotFound; overlapping ones give the shared rectangle", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }]);
    const shared = await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const range = sheet.getRange("A1:C3").getIntersection("B2:D4").load("address");
      await context.sync();
      return range.address;
    });
    expect(shared).toBe("Blad1!B2:C3");
    const error = await syncError(standIn, (c) => {
      c.workbook.worksheets
        .getItem("Blad1")
        .getRange("A1:B2")
        .getIntersection("D4:E5")
        .load("address");
    });
    expect(error).toMatchObject({ code: "ItemNotFound" });
  });
});

describe("workbook structure protection", () => {
  test("refuses adding, renaming, hiding and deleting sheets (AccessDenied); values still go in", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }, { name: "Blad2" }], {
      structureProtected: true,
    });
    const sheets = (c: Excel.RequestContext) => c.workbook.worksheets;
    for (const change of [
      (c: Excel.RequestContext) => void sheets(c).add("Nieuw"),
      (c: Excel.RequestContext) => void (sheets(c).getItem("Blad2").name = "Anders"),
      (c: Excel.RequestContext) => void (sheets(c).getItem("Blad2").visibility = "Hidden"),
      (c: Excel.RequestContext) => sheets(c).getItem("Blad2").delete(),
    ])
      expect(await syncError(standIn, change)).toMatchObject({ code: "AccessDenied" });
    expect(standIn.sheetNames()).toEqual(["Blad1", "Blad2"]);
    expect(standIn.sheetInfo("Blad2").visibility).toBe("Visible");
    expect(
      await syncError(standIn, (c) => (sheets(c).getItem("Blad1").getRange("A1").values = [["x"]]))
    ).toBeNull();
  });
});

describe("Worksheet.pageLayout", () => {
  test("an orientation other than Portrait or Landscape, or a zoom outside 10-400, fails with InvalidArgument", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }]);
    const layout = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Blad1").pageLayout;
    const orientation = await syncError(
      standIn,
      (c) => (layout(c).orientation = "Sideways" as Excel.PageOrientation)
    );
    expect(orientation).toMatchObject({ code: "InvalidArgument" });
    expect(await syncError(standIn, (c) => (layout(c).zoom = { scale: 5 }))).toMatchObject({
      code: "InvalidArgument",
    });
    expect(
      await syncError(standIn, (c) => {
        layout(c).orientation = "Landscape";
        layout(c).zoom = { scale: 400 };
      })
    ).toBeNull();
    expect(standIn.snapshot().sheets[0].pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { scale: 400 },
    });
  });

  test("paperSize takes an Excel.PaperType; anything else fails with InvalidArgument", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }]);
    const layout = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Blad1").pageLayout;
    expect(
      await syncError(standIn, (c) => (layout(c).paperSize = "A4 liggend" as Excel.PaperType))
    ).toMatchObject({ code: "InvalidArgument" });
    expect(standIn.snapshot().sheets[0].pageLayout.paperSize).toBe("Letter");
    expect(await syncError(standIn, (c) => (layout(c).paperSize = "A4"))).toBeNull();
    expect(standIn.snapshot().sheets[0].pageLayout.paperSize).toBe("A4");
  });

  test("setPrintTitleRows takes whole rows only (InvalidArgument for a range of cells)", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }]);
    const layout = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Blad1").pageLayout;
    expect(await syncError(standIn, (c) => layout(c).setPrintTitleRows("A6:I6"))).toMatchObject({
      code: "InvalidArgument",
    });
    expect(standIn.snapshot().sheets[0].pageLayout.printTitleRows).toBeNull();
    expect(await syncError(standIn, (c) => layout(c).setPrintTitleRows("$6:$6"))).toBeNull();
    expect(standIn.snapshot().sheets[0].pageLayout.printTitleRows).toBe("6:6");
  });

  test("horizontalPageBreaks.add puts a break above the range's first row, once", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }]);
    const breaks = (c: Excel.RequestContext) =>
      c.workbook.worksheets.getItem("Blad1").horizontalPageBreaks;
    expect(
      await syncError(standIn, (c) => {
        breaks(c).add("A40");
        breaks(c).add("C12:D14");
        breaks(c).add("A40");
      })
    ).toBeNull();
    expect(standIn.snapshot().sheets[0].pageLayout.rowBreaks).toEqual([12, 40]);
    expect(await syncError(standIn, (c) => breaks(c).add("niet een adres"))).toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("Chart.series: a solid fill per series", () => {
  const bron = [
    ["Kwartaal", "Nog niet gestart", "Opname", "Voltooid"],
    ["Q4 2019", 2887, 546, 346],
    ["Q1 2020", 2820, 613, 346],
  ];
  /** A stacked column chart over A1:D3, series by columns: three series. */
  function metGrafiek() {
    const standIn = ExcelEmulator.fromSheets([{ name: "Dashboard", values: bron }]);
    const grafiek = (c: Excel.RequestContext) =>
      c.workbook.worksheets.getItem("Dashboard").charts.getItemAt(0);
    return { standIn, grafiek };
  }

  test("setSolidColor on series.getItemAt(i).format.fill keeps the colour of that series, as #RRGGBB", async () => {
    const { standIn, grafiek } = metGrafiek();
    expect(
      await syncError(standIn, (c) => {
        const sheet = c.workbook.worksheets.getItem("Dashboard");
        sheet.charts.add("ColumnStacked", sheet.getRange("A1:D3"), "Columns");
      })
    ).toBeNull();
    expect(standIn.charts()[0].seriesFills).toEqual([null, null, null]);
    expect(
      await syncError(standIn, (c) => {
        const series = grafiek(c).series;
        series.getItemAt(0).format.fill.setSolidColor("#b3b3b3");
        series.getItemAt(2).format.fill.setSolidColor("orange");
      })
    ).toBeNull();
    expect(standIn.charts()[0].seriesFills).toEqual(["#B3B3B3", null, "#FFA500"]);
    expect(
      await syncError(standIn, (c) => grafiek(c).series.getItemAt(0).format.fill.clear())
    ).toBeNull();
    expect(standIn.charts()[0].seriesFills).toEqual([null, null, "#FFA500"]);
  });

  test("series by rows: one per category row; a series past the last, or no colour, fails with InvalidArgument", async () => {
    const { standIn, grafiek } = metGrafiek();
    await syncError(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("Dashboard");
      sheet.charts.add("ColumnStacked", sheet.getRange("A1:D3"), "Rows");
    });
    expect(standIn.charts()[0].seriesFills).toEqual([null, null]);
    expect(
      await syncError(standIn, (c) =>
        grafiek(c).series.getItemAt(2).format.fill.setSolidColor("#009E73")
      )
    ).toMatchObject({ code: "InvalidArgument" });
    expect(
      await syncError(standIn, (c) =>
        grafiek(c).series.getItemAt(1).format.fill.setSolidColor("niet-een-kleur")
      )
    ).toMatchObject({ code: "InvalidArgument" });
    expect(standIn.charts()[0].seriesFills).toEqual([null, null]);
  });
});

describe("a member the emulator does not model", () => {
  test("Range.calculate (ExcelApi 1.6, in Microsoft's library) fails the sync with ApiNotFound instead of doing nothing", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Actielijst", values: [[1]] }]);
    const error = await syncError(standIn, (c) =>
      c.workbook.worksheets.getItem("Actielijst").getRange("A1").calculate()
    );
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });
});
