import type { CellValue } from "../../../src/core/grid";
import { hostDetail, HostError, type WriteOp } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { ValuesAnswer, parseAnswer } from "../../../src/host/office/excel-answers";
import { toHostError } from "../../../src/host/office/errors";
import { asCellInput } from "../../../src/host/office/text-guard";
import { chunkWrites, opBytes, stackValueWrites } from "../../../src/host/office/write-chunks";

describe("asCellInput", () => {
  test.each<[string | number | boolean | null, string | number | boolean]>([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-", "'-"],
    ["@Jansen", "'@Jansen"],
    ["'al gequote", "''al gequote"],
    ["true", "'true"],
    // what Excel reads as a boolean, number, percentage, date or time in en-US or nl-NL (issue 24, case 16)
    ["WAAR", "'WAAR"],
    [" onwaar ", "' onwaar "],
    ["FALSE", "'FALSE"],
    ["mei 2021", "'mei 2021"],
    ["jan-21", "'jan-21"],
    ["26 maart", "'26 maart"],
    ["March 26, 2021", "'March 26, 2021"],
    ["di 2 mrt. 2021", "'di 2 mrt. 2021"],
    ["1-2", "'1-2"],
    [",5", "',5"],
    [" 5 ", "' 5 "],
    ["12:30", "'12:30"],
    ["9:05 pm", "'9:05 pm"],
    ["€ 5", "'€ 5"],
    ["5%", "'5%"],
    ["1.234,5", "'1.234,5"],
    ["1e5", "'1e5"],
    ["(5)", "'(5)"],
    ["#N/B", "'#N/B"],
    // text no locale converts stays as it is: no apostrophe
    ["2e kwartaal", "2e kwartaal"],
    ["Q2 2021", "Q2 2021"],
    ["mei 2021 bespreken", "mei 2021 bespreken"],
    ["Meisje 5", "Meisje 5"],
    ["Waarom", "Waarom"],
    ["Jansen, P.", "Jansen, P."],
    ["Bellen", "Bellen"],
    [" =spatie ervoor", " =spatie ervoor"],
    ["", ""],
    [null, ""],
    [3.5, 3.5],
    [Number.NaN, ""],
    [false, false],
  ])("%j -> %j", (value, input) => {
    expect(asCellInput(value)).toEqual(input);
  });
});

describe("toHostError", () => {
  test.each([
    ["AccessDenied", "schrijven", "protected"],
    ["RequestPayloadSizeLimitExceeded", "schrijven", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "lezen", "too-large"],
    ["ItemNotFound", "selecteren", "missing-sheet"],
    ["InvalidArgument", "schrijven", "sync-failed"],
    ["", "lezen", "sync-failed"],
  ] as const)("%s while %s -> %s", (code, phase, expected) => {
    const original = Object.assign(new Error("boom"), code ? { code } : {});
    const error = toHostError(original, phase);
    expect([error.code, error.cause]).toEqual([expected, original]);
    expect(hostFoutTekst(error)).not.toMatch(/^\s*$/);
  });

  test("a HostError passes through unchanged", () => {
    const error = new HostError("missing-sheet", hostDetail("sheet-gone", { sheet: "weg" }));
    expect(toHostError(error, "lezen")).toBe(error);
  });

  test("cell edit mode gets its own Dutch hint", () => {
    expect(
      hostFoutTekst(toHostError({ code: "InvalidOperationInCellEditMode" }, "schrijven"))
    ).toMatch(/cel bewerkt/);
  });
});

describe("parseAnswer", () => {
  test("accepts Excel's values and rejects anything else as unreadable", () => {
    expect(parseAnswer(ValuesAnswer, [["a", 1, true, null]], "values", "x")).toEqual([
      ["a", 1, true, null],
    ]);
    expect(() => parseAnswer(ValuesAnswer, [[{}]], "values", "x")).toThrow(
      expect.objectContaining({ code: "unreadable" })
    );
  });
});

describe("chunkWrites", () => {
  const values = (rows: number, text = "x".repeat(98)): WriteOp => ({
    kind: "values",
    sheet: "Blad1",
    address: "B3",
    values: Array.from({ length: rows }, () => [text]),
  });

  test("small batches stay one chunk, in order", () => {
    const ops: WriteOp[] = [
      { kind: "addSheet", sheet: "A" },
      values(10),
      { kind: "activate", sheet: "A" },
    ];
    expect(chunkWrites(ops)).toEqual([ops]);
  });

  test("a big values op is cut into row bands that start where the previous one ended", () => {
    const chunks = chunkWrites([values(100)], 2_000);
    const bands = chunks.flat() as Array<Extract<WriteOp, { kind: "values" }>>;
    expect(bands.map((b) => b.address)).toEqual(
      bands.map((_, i) => `B${3 + bands.slice(0, i).reduce((n, x) => n + x.values.length, 0)}`)
    );
    expect(bands.reduce((n, b) => n + b.values.length, 0)).toBe(100);
    expect(chunks.every((chunk) => chunk.reduce((n, op) => n + opBytes(op), 0) <= 2_000)).toBe(
      true
    );
  });

  test("a row too wide on its own is cut into column pieces", () => {
    const wide: WriteOp = {
      kind: "values",
      sheet: "Blad1",
      address: "C5",
      values: [Array.from({ length: 50 }, () => "y".repeat(98))],
    };
    const pieces = chunkWrites([wide], 1_500).flat() as Array<Extract<WriteOp, { kind: "values" }>>;
    expect(pieces[0].address).toBe("C5");
    expect(pieces[1].address).toBe(`${String.fromCharCode(67 + pieces[0].values[0].length)}5`);
    expect(pieces.reduce((n, p) => n + p.values[0].length, 0)).toBe(50);
  });

  test("a huge address list is split into several fill ops", () => {
    const addresses = Array.from({ length: 5_000 }, (_, i) => `A${i + 1}:H${i + 1}`);
    const fills = chunkWrites(
      [{ kind: "fill", sheet: "Blad1", addresses, fill: { pattern: "Solid", color: "#FF0000" } }],
      10_000
    ).flat();
    expect(fills.length).toBeGreaterThan(1);
    expect(fills.flatMap((op) => (op.kind === "fill" ? op.addresses : []))).toEqual(addresses);
  });
});

describe("stackValueWrites", () => {
  const at = (address: string, ...rows: CellValue[][]): WriteOp => ({
    kind: "values",
    sheet: "Blad1",
    address,
    values: rows,
  });

  test("neighbours in the list that stack row under row become one write of the same cells", () => {
    expect(stackValueWrites([at("D2", ["a"]), at("D3", ["b"]), at("D4", ["c"], ["d"])])).toEqual([
      at("D2", ["a"], ["b"], ["c"], ["d"]),
    ]);
    expect(stackValueWrites([at("B7", [1, 2]), at("B8", [3, 4])])).toEqual([
      at("B7", [1, 2], [3, 4]),
    ]);
  });

  test("nothing else is joined: a gap, another column, width, sheet, a ragged block or an op between", () => {
    const apart: WriteOp[][] = [
      [at("D2", ["a"]), at("D4", ["b"])],
      [at("D2", ["a"]), at("E3", ["b"])],
      [at("D2", ["a"]), at("D3", ["b", "c"])],
      [at("D2", ["a"]), { ...at("D3", ["b"]), sheet: "Blad2" }],
      [at("D2", ["a", "b"], ["c"]), at("D4", ["d", "e"])],
      [at("D3", ["b"]), at("D2", ["a"])],
      [at("D2", ["a"]), { kind: "activate", sheet: "Blad1" }, at("D3", ["b"])],
    ];
    for (const ops of apart) expect(stackValueWrites(ops)).toEqual(ops);
  });

  test("a block of 200,000 rows joins its neighbour too", () => {
    const rows = Array.from({ length: 200_000 }, (_, i): CellValue[] => [i]);
    const block: WriteOp = { kind: "values", sheet: "Blad1", address: "D3", values: rows };
    const [stacked] = stackValueWrites([at("D2", ["kop"]), block]);
    expect(stacked).toEqual({ ...block, address: "D2", values: [["kop"], ...rows] });
  });

  test("the caller's operations are not changed", () => {
    const ops = [at("D2", ["a"]), at("D3", ["b"])];
    const before = structuredClone(ops);
    stackValueWrites(ops);
    expect(ops).toEqual(before);
  });
});
