import type { Grid } from "../../../../src/core/grid";
import {
  bestandsnaam,
  FASEN,
  maakMijlpalenDashboard,
  maakRegio,
  maakRegioDashboard,
  regioBericht,
  regioDashboardSchema,
  regioFoutBericht,
  telGemeente,
  type GemeenteGeteld,
  type MijlpalenDashboard,
  type RegioDashboard,
} from "../../../../src/core/mijlpalen";
import {
  alsGrids,
  bereik,
  gemeenteBladen,
  kwartaalEind,
  REGIO,
  TOT,
  type GemeenteSpec,
} from "../../../support/gemeente-werkmappen";

const PEILDATUM = kwartaalEind(TOT);
import { opname } from "../helpers";

function werkmap(g: GemeenteSpec, tot = TOT) {
  return { bron: g.bestand, grids: alsGrids(gemeenteBladen(g, tot)) };
}

function alleen(grids: readonly Grid[], peildatum = PEILDATUM): MijlpalenDashboard {
  const u = maakMijlpalenDashboard(grids, { peildatum });
  if (!u.ok) throw new Error(u.fout.code);
  return u.dashboard;
}

function regio(specs: readonly GemeenteSpec[], peildatum = PEILDATUM, tot = TOT): RegioDashboard {
  const u = maakRegioDashboard(
    specs.map((g) => werkmap(g, tot)),
    { peildatum }
  );
  if (!u.ok) throw new Error(u.fouten.map(regioFoutBericht).join("\n"));
  regioDashboardSchema.parse(u.regio);
  return u.regio;
}

describe("the region from the gemeenten's own workbooks", () => {
  const r = regio(REGIO);

  test("every gemeente's dashboard is exactly that workbook's alone", () => {
    for (const spec of REGIO) {
      const g = r.gemeenten.find((x) => x.bron === spec.bestand)!;
      expect(g.dashboard).toEqual(alleen(werkmap(spec).grids));
      // The generated workbooks are clean: what the region finds is its own.
      expect(g.dashboard.anomalies).toEqual([]);
    }
  });

  test("a file name without folder and extension, on any system", () => {
    expect(bestandsnaam("data/Ten Boer.xlsx")).toBe("Ten Boer");
    expect(bestandsnaam("C:\\NCG\\Het Hogeland.xlsx")).toBe("Het Hogeland");
    expect(bestandsnaam("Pekela")).toBe("Pekela");
    expect(bestandsnaam(".xlsx")).toBe(".xlsx");
  });

  test("the gemeente: its gemeente column, else its file name", () => {
    expect(r.gemeenten.map((g) => [g.gemeente, g.naamUit])).toEqual([
      ["Eemsdelta", "kolom"],
      ["Groningen", "kolom"],
      ["Het Hogeland", "bestandsnaam"],
      ["Loppersum", "kolom"],
      ["Ten Boer", "kolom"],
    ]);
  });

  test("per quarter the sum over the gemeenten, with its total", () => {
    expect(r.kwartalen.map((k) => k.label)).toEqual(
      bereik(0, TOT).map((q) => `Q${(q % 4) + 1} ${2019 + Math.floor(q / 4)}`)
    );
    expect(r.lopend).toBeUndefined();
    for (const k of r.kwartalen) {
      const van = r.gemeenten.flatMap((g) =>
        g.dashboard.kwartalen.filter((x) => x.label === k.label)
      );
      for (const f of FASEN) expect(k.counts[f]).toBe(van.reduce((s, x) => s + x.counts[f], 0));
      expect(k.total).toBe(van.reduce((s, x) => s + x.total, 0));
      expect(k.total).toBe(FASEN.reduce((s, f) => s + k.counts[f], 0));
      expect(k.perGemeente.map((g) => g.total)).toEqual(van.map((x) => x.total));
    }
  });

  test("Ten Boer starts a quarter later: Q1 2019 is incomplete and names it, the rest is complete", () => {
    const [eerste, ...rest] = r.kwartalen;
    expect(eerste.ontbrekend).toEqual(["Ten Boer"]);
    expect(eerste.perGemeente.map((g) => g.gemeente)).not.toContain("Ten Boer");
    for (const k of rest) expect(k.ontbrekend).toEqual([]);
    expect(r.kwartalen[1].total).toBe(160);
    expect(eerste.total).toBe(140);
  });

  test("on complete quarters the region is the union's count in one workbook", () => {
    const alles: GemeenteSpec = {
      bestand: "alles.xlsx",
      gemeente: "Regio",
      indeling: "momentopnamen",
      adressen: bereik(0, 159),
      kwartalen: bereik(0, TOT),
    };
    const unie = alleen(werkmap(alles).grids);
    for (const k of r.kwartalen.filter((x) => x.ontbrekend.length === 0)) {
      const u = unie.kwartalen.find((x) => x.label === k.label)!;
      expect([k.counts, k.total]).toEqual([u.counts, u.total]);
    }
  });

  test("no findings across files when every gemeente is itself", () => {
    expect(r.bevindingen).toEqual([]);
  });

  test("the order the workbooks are given in changes nothing", () => {
    expect(regio([...REGIO].reverse())).toEqual(r);
  });

  test("telGemeente one by one, then maakRegio: the same region (the pane's worker)", () => {
    const geteld: GemeenteGeteld[] = REGIO.map((g) => {
      const u = telGemeente(werkmap(g), PEILDATUM);
      if (!u.ok) throw new Error(u.fout.fout.code);
      return u.gemeente;
    });
    expect(maakRegio(geteld, { peildatum: PEILDATUM })).toEqual(r);
  });

  test("a gemeente without a quarter in the middle is named there, and only there", () => {
    const metGat = REGIO.map((g) =>
      g.gemeente === "Loppersum" ? { ...g, kwartalen: g.kwartalen.filter((q) => q !== 4) } : g
    );
    const gat = regio(metGat);
    expect(gat.kwartalen.map((k) => k.ontbrekend)).toEqual([
      ["Ten Boer"],
      [],
      [],
      [],
      ["Loppersum"],
      [],
      [],
      [],
    ]);
    const loppersum = gat.gemeenten.find((g) => g.gemeente === "Loppersum")!;
    expect(gat.kwartalen[4].total).toBe(160 - 30);
    // Loppersum's own dashboard says so too, as it would alone.
    expect(loppersum.dashboard.anomalies.map((a) => a.code)).toContain("kwartaal-ontbreekt");
  });

  test("a running quarter: the milestone workbooks have it, the snapshot ones are named missing", () => {
    const peil = "2021-02-15";
    const lopend = regio(REGIO, peil, TOT + 1);
    expect(lopend.kwartalen[lopend.kwartalen.length - 1].label).toBe("Q4 2020");
    expect(lopend.lopend).toMatchObject({
      label: "Q1 2021",
      end: peil,
      lopend: true,
      ontbrekend: ["Groningen", "Loppersum", "Ten Boer"],
    });
    expect(lopend.lopend!.perGemeente.map((g) => g.gemeente)).toEqual([
      "Eemsdelta",
      "Het Hogeland",
    ]);
  });
});

describe("findings across files", () => {
  const peildatum = "2020-03-31";
  const bestand = (bron: string, ...grids: Grid[]) => ({ bron, grids });
  const rij = (id: string, gemeente: string): [string, string, string] => [id, "Opname", gemeente];

  const r = maakRegioDashboard(
    [
      bestand("groningen.xlsx", opname("Q1 2020", [rij("1", "Groningen"), rij("2", "Groningen")])),
      bestand(
        "Groningen (2).xlsx",
        opname("Q1 2020", [rij("2", "GRONINGEN "), rij("3", "groningen")])
      ),
      bestand(
        "Loppersum.xlsx",
        opname("Q1 2020", [rij("10", "Loppersum"), rij("11", "Loppersum")])
      ),
      bestand(
        "noord.xlsx",
        opname("Q1 2020", [rij("20", "Ten Boer"), rij("21", "Loppersum"), rij("0011", "Ten Boer")])
      ),
    ],
    { peildatum }
  );

  test("a gemeente twice, a column naming another file's gemeente, an address in two gemeenten", () => {
    if (!r.ok) throw new Error("geen regio");
    expect(r.regio.gemeenten.map((g) => `${g.gemeente} ${g.bron}`)).toEqual([
      "Groningen groningen.xlsx",
      "GRONINGEN Groningen (2).xlsx",
      "Loppersum Loppersum.xlsx",
      "noord noord.xlsx",
    ]);
    expect(
      r.regio.bevindingen.map((b) => [b.code, b.severity, b.bron, b.sheet, b.cell, regioBericht(b)])
    ).toEqual([
      [
        "gemeente-dubbel",
        "error",
        "Groningen (2).xlsx",
        undefined,
        undefined,
        "Deze werkmap is ook van GRONINGEN, net als groningen.xlsx: de regio telt GRONINGEN zo twee keer (1 adres staat in beide). Kies één werkmap per gemeente.",
      ],
      [
        "gemeente-van-ander-bestand",
        "warning",
        "noord.xlsx",
        "Q1 2020",
        "C3",
        'De kolom Gemeente noemt hier ook "Loppersum", de gemeente van Loppersum.xlsx; die adressen tellen mee bij noord, niet bij Loppersum. Staan ze in de goede werkmap?',
      ],
      [
        "adres-in-twee-gemeenten",
        "warning",
        "noord.xlsx",
        "Q1 2020",
        "A4",
        "Adres 0011 staat bij noord en ook bij Loppersum (Loppersum.xlsx, 'Q1 2020'!A3); de regio telt het twee keer.",
      ],
    ]);
    expect(r.regio.bevindingen[2].adresId).toBe("0011");
  });

  test("the region still sums every workbook as given: the findings say where it counts twice", () => {
    if (!r.ok) throw new Error("geen regio");
    expect(r.regio.kwartalen[0].total).toBe(9);
  });
});

describe("workbooks that give no dashboard", () => {
  test("every one is named with its reason; then there is no region", () => {
    const goed = werkmap(REGIO[0]);
    const u = maakRegioDashboard(
      [
        goed,
        { bron: "leeg.xlsx", grids: [{ sheet: "Blad1", values: [["x"]], merges: [] }] },
        { bron: "Blad1.xlsx", grids: [opname("Blad1", [["1", "Opname"]])] },
      ],
      { peildatum: PEILDATUM }
    );
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.map((f) => [f.bron, f.fout.code])).toEqual([
      ["leeg.xlsx", "geen-indeling"],
      ["Blad1.xlsx", "geen-kwartaal"],
    ]);
    expect(regioFoutBericht(u.fouten[0])).toMatch(/^In leeg\.xlsx: Geen blad met een kop/);
  });

  test("a peildatum that is no date: one refusal, about no file", () => {
    const u = maakRegioDashboard([werkmap(REGIO[0])], { peildatum: "2020-13-01" });
    expect(u).toEqual({
      ok: false,
      fouten: [{ fout: { code: "peildatum-ongeldig", params: { peildatum: "2020-13-01" } } }],
    });
  });
});
