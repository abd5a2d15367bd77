import { opgeslagenBereik, planMarkering } from "../../../src/core/highlight/plan";
import { MARKEERKLEUREN, markeerDoelen } from "../../../src/core/highlight/targets";
import { readStore, writeStore } from "../../../src/core/highlight/store";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import { parseArea } from "../../../src/core/address";
import { NO_FILL, solidFill, type Fill } from "../../../src/core/highlight/fill";
import { grid, kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const ROOD = solidFill(MARKEERKLEUREN.overdue);
const ORANJE = solidFill(MARKEERKLEUREN["due-soon"]);
const GEEL = solidFill("#FFFF00");

function rapport(values: Parameters<typeof grid>[0], merges: string[] = []) {
  const g = grid(values, merges);
  return { r: valideerActielijst(g, { peildatum: PEIL, binnenkortDagen: 14 })!, g };
}

/** Every cell an address list covers, sorted: compares plans whatever their rectangle split. */
function cellen(adressen: string[]): string[] {
  const uit: string[] = [];
  for (const a of adressen) {
    const g = parseArea(a)!;
    for (let r = g.top; r <= g.bottom; r++)
      for (let c = g.left; c <= g.right; c++) uit.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  }
  return uit.sort();
}

const leeg = (rows: number, cols = 8): Fill[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => NO_FILL));

describe("markeerDoelen", () => {
  test("overdue red, due soon orange, across the table columns", () => {
    const { r, g } = rapport([
      kop(),
      rij("a", "Anja", "In uitvoering", "1 februari 2021"),
      rij("b", "Anja", "In uitvoering", "1 maart 2021"),
      rij("c", "Anja", "In uitvoering", "1 mei 2021"),
    ]);
    const doelen = markeerDoelen(r, g.merges);
    expect(new Set(doelen.filter((d) => d.soort === "overdue").map((d) => d.address))).toEqual(
      new Set(["A2", "B2", "C2", "D2", "E2", "F2", "G2", "H2"])
    );
    expect(doelen.filter((d) => d.soort === "due-soon").map((d) => d.address)).toContain("C3");
    expect(doelen.some((d) => d.address.endsWith("4"))).toBe(false);
  });

  test("a merge over several rows is only coloured if all its rows get the same colour", () => {
    const { r, g } = rapport(
      [
        kop(),
        rij("a", "Anja", "In uitvoering", "1 februari 2021", { doel: "#02" }),
        rij("b", "Anja", "In uitvoering", "1 mei 2021"),
        rij("c", "Anja", "In uitvoering", "1 februari 2021"),
        rij("d", "Anja", "In uitvoering", ""),
      ],
      ["A2:A3", "G4:G5", "E4:E5"]
    );
    const adressen = markeerDoelen(r, g.merges).map((d) => d.address);
    expect(adressen).not.toContain("A2:A3");
    expect(adressen).toContain("C2");
    // rows 4 and 5 share a merged deadline, so both are overdue and the merge is coloured whole
    expect(adressen).toEqual(expect.arrayContaining(["G4:G5", "E4:E5", "C5"]));
  });
});

describe("planMarkering", () => {
  const { r, g } = rapport([
    kop(),
    rij("a", "Anja", "In uitvoering", "1 februari 2021"),
    rij("b", "Anja", "In uitvoering", "1 februari 2021"),
  ]);
  const doelen = markeerDoelen(r, g.merges);

  test("contiguous rows become one address; the original fill is remembered", () => {
    const fills = leeg(3);
    fills[1][2] = GEEL;
    const plan = planMarkering("Actielijst", doelen, fills, []);
    expect(plan.vullingen).toEqual([{ fill: ROOD, addresses: ["A2:H3"] }]);
    expect(plan.opslag.find((o) => o.address.includes("C2"))?.origineel).toEqual(GEEL);
    expect(plan.opslag.flatMap((o) => o.address)).toEqual(expect.arrayContaining(["C2"]));
  });

  test("marking again does not stack: the remembered fill stays the original", () => {
    const eerste = planMarkering("Actielijst", doelen, leeg(3), []);
    const nu = leeg(3).map((row, i) => row.map((f) => (i > 0 ? ROOD : f)));
    const tweede = planMarkering("Actielijst", doelen, nu, eerste.opslag);
    expect(tweede.vullingen).toEqual([]);
    expect(tweede.opslag).toEqual(eerste.opslag);
  });

  test("clearing restores what Regie coloured, except cells someone meanwhile coloured differently", () => {
    const fills = leeg(3);
    fills[1][2] = GEEL;
    const eerste = planMarkering("Actielijst", doelen, fills, []);
    const nu = leeg(3).map((row, i) => row.map(() => (i > 0 ? ROOD : NO_FILL)));
    nu[2][7] = solidFill("#00FF00");
    const wis = planMarkering("Actielijst", [], nu, eerste.opslag);
    expect(wis.handmatig).toEqual(["H3"]);
    expect(cellen(wis.vullingen.find((v) => v.fill === GEEL)!.addresses)).toEqual(["C2"]);
    const alle = [..."ABCDEFGH"]
      .flatMap((k) => [`${k}2`, `${k}3`])
      .filter((c) => c !== "C2" && c !== "H3");
    expect(cellen(wis.vullingen.find((v) => v.fill.pattern === "None")!.addresses)).toEqual(
      alle.sort()
    );
    expect(wis.opslag).toEqual([]);
  });

  test("an actie that is no longer overdue gets its colour back", () => {
    const eerste = planMarkering("Actielijst", doelen, leeg(3), []);
    const nu = leeg(3).map((row, i) => row.map((f) => (i > 0 ? ROOD : f)));
    const alleenRij2 = doelen.filter((d) => d.area.top === 1);
    const plan = planMarkering("Actielijst", alleenRij2, nu, eerste.opslag);
    expect(plan.vullingen).toEqual([{ fill: NO_FILL, addresses: ["A3:H3"] }]);
    expect(plan.opslag.map((o) => o.address)).toEqual(["A2:H2"]);
  });

  test("orange for due soon", () => {
    const b = rapport([kop(), rij("a", "Anja", "In uitvoering", "1 maart 2021")]);
    const plan = planMarkering("Actielijst", markeerDoelen(b.r, b.g.merges), leeg(2), []);
    expect(plan.vullingen).toEqual([{ fill: ORANJE, addresses: ["A2:H2"] }]);
  });
});

describe("storage of remembered fills", () => {
  test("writing and reading gives the same back", () => {
    const items = [
      { sheet: "Actielijst", address: "A2:H3", origineel: GEEL, soort: "overdue" as const },
      { sheet: "Blad 2", address: "C5", origineel: NO_FILL, soort: "due-soon" as const },
    ];
    expect(readStore(writeStore(items))).toEqual({ items, overgeslagen: 0 });
  });

  test("unreadable rows are skipped and counted, not guessed", () => {
    const rows = [
      ...writeStore([]),
      ["Actielijst", "niet een adres", "Solid", "#FF0000", "overdue"],
      ["Actielijst", "A1", "Solid", "#FF0000", "paars"],
    ];
    expect(readStore(rows)).toEqual({ items: [], overgeslagen: 2 });
  });
});

describe("opgeslagenBereik: how far a read must reach for the remembered areas", () => {
  const o = (address: string) => ({
    sheet: "Acties",
    address,
    origineel: NO_FILL,
    soort: "overdue" as const,
  });
  test("the bottom-right of every area planMarkering would restore", () => {
    expect(opgeslagenBereik([o("A2:H2"), o("C7"), o("B3:J3")], 100_000)).toEqual({
      rows: 7,
      columns: 10,
    });
  });
  test("none, an area too large to be Regie's, or one past the limit: nothing to reach", () => {
    expect(opgeslagenBereik([], 100_000)).toBeNull();
    expect(opgeslagenBereik([o("A1:Z1000")], 100_000)).toBeNull();
    expect(opgeslagenBereik([o("A1000000")], 100_000)).toBeNull();
    expect(opgeslagenBereik([o("niet-een-adres")], 100_000)).toBeNull();
  });
});
