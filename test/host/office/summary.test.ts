import { setup } from "./helpers";

describe("summary()", () => {
  test.each([1, 5, 40, 64])("%i sheets in one sync", async (count) => {
    const seeds = Array.from({ length: count }, (_, i) => ({
      name: `Blad ${i + 1}`,
      values: [[`kop ${i}`, i]],
    }));
    const { standIn, port } = setup(seeds);
    const summary = await port.summary();
    expect(standIn.syncCount).toBe(1);
    expect(summary.sheets.map((s) => s.name)).toEqual(seeds.map((s) => s.name));
  });

  test("sizes run from A1 to the last used cell; a blank sheet is 0 x 0 with an empty head", async () => {
    const { port } = setup([
      {
        name: "Actielijst",
        values: [
          ["Actie", "Status"],
          ["Bellen", "Open"],
          ["Mailen", "Klaar"],
        ],
      },
      { name: "Verspreid", values: [[], [], [], [], [null, null, "C5"]] },
      { name: "Leeg", fills: { A1: "#FF0000" } },
    ]);
    const { sheets } = await port.summary();
    expect(
      sheets.map(({ name, rowCount, columnCount, head }) => ({ name, rowCount, columnCount, head }))
    ).toEqual([
      {
        name: "Actielijst",
        rowCount: 3,
        columnCount: 2,
        head: [
          ["Actie", "Status"],
          ["Bellen", "Open"],
          ["Mailen", "Klaar"],
        ],
      },
      {
        name: "Verspreid",
        rowCount: 5,
        columnCount: 3,
        head: [
          ["", "", ""],
          ["", "", ""],
          ["", "", ""],
          ["", "", ""],
          ["", "", "C5"],
        ],
      },
      { name: "Leeg", rowCount: 0, columnCount: 0, head: [] },
    ]);
  });

  test.each([
    [
      { rows: 2, columns: 3 },
      [
        ["a1", "b1", "c1"],
        ["a2", "b2", "c2"],
      ],
    ],
    [{ rows: 1, columns: 1 }, [["a1"]]],
    [{ rows: 0, columns: 5 }, []],
  ])("the head is cut to the window %j", async (window, head) => {
    const values = [1, 2, 3].map((r) => ["a", "b", "c", "d"].map((c) => `${c}${r}`));
    const { port } = setup([{ name: "Blad1", values }]);
    expect((await port.summary(window)).sheets[0].head).toEqual(head);
  });

  test("visibility, protection and the active sheet", async () => {
    const { port } = setup([
      { name: "Verborgen", visibility: "Hidden" },
      { name: "Beveiligd", protected: true, values: [["x"]] },
      { name: "Diep", visibility: "VeryHidden" },
    ]);
    const summary = await port.summary();
    expect(summary.activeSheet).toBe("Beveiligd");
    expect(summary.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Verborgen", "Hidden", false],
      ["Beveiligd", "Visible", true],
      ["Diep", "VeryHidden", false],
    ]);
  });

  test("more sheets than one chain: one extra sync the first time, one sync after that", async () => {
    const seeds = Array.from({ length: 150 }, (_, i) => ({ name: `S${i}`, values: [[i]] }));
    const { standIn, port } = setup(seeds);
    const first = await port.summary();
    const afterFirst = standIn.syncCount;
    const second = await port.summary();
    expect([first.sheets.length, second.sheets.length]).toEqual([150, 150]);
    expect(afterFirst).toBeLessThanOrEqual(3);
    expect(standIn.syncCount - afterFirst).toBe(1);
    expect(second.sheets[149]).toMatchObject({ name: "S149", rowCount: 1, head: [[149]] });
  });
});

describe("summary() when a host refuses calls on null objects", () => {
  test("falls back to two syncs without null objects and gives the same answer", async () => {
    const seeds = [
      { name: "Eén", values: [["a"]] },
      { name: "Twee", values: [["b", "c"]] },
    ];
    const { standIn, port } = setup(seeds);
    const expected = await port.summary();
    standIn.resetStats();
    standIn.faults.failNextSync({ code: "InvalidArgument" });
    expect(await port.summary()).toEqual(expected);
    expect(standIn.syncCount).toBe(3);
  });

  test("a payload error is not retried: it is the user's to hear about", async () => {
    const { standIn, port } = setup([{ name: "Eén", values: [["a"]] }]);
    standIn.faults.failSync(1, { code: "ResponsePayloadSizeLimitExceeded" });
    await expect(port.summary()).rejects.toMatchObject({ code: "too-large" });
  });
});
