import type { Grid } from "../../../src/core/grid";
import { DREMPELS, kern } from "../../../src/core/actielijst/koppel";
import {
  gesloten,
  indeling,
  vergelijkVersies,
  type Koppeling,
  type Verschil,
} from "../../../src/core/actielijst/verschil";
import type { ActieVersie } from "../../../src/core/actielijst/versie";
import { daysBetween } from "../../../src/core/dates/iso";
import { verschuif } from "../../support/verschuif";
import {
  bewerk,
  hernummer,
  herorden,
  KOLOM,
  ontvouw,
  verschuifDeadline,
  versie,
  verwijder,
  voegIn,
  zet,
} from "../../support/versies";
import { fixtureWerkmap } from "../../support/xlsx";

let lijst: Grid;
let oud: ActieVersie[];
beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
  oud = versie(lijst);
});

/** The earlier action at that row. */
const op = (row: number) => oud.find((a) => a.row === row)!;
/** The pair of the earlier action at that row. */
const paarVan = (v: Verschil, row: number): Koppeling | undefined =>
  v.gekoppeld.find((k) => k.oud.row === row);
/** Rows of earlier actions with a match, whose counterpart holds the same action (by text). */
const zelfdeActie = (k: Koppeling) => kern(k.oud.actie) === kern(k.nieuw.actie);

/** Versions that mean the same list: nothing new, gone or changed, every action matched surely. */
const ZELFDE_LIJST: [string, (g: Grid) => Grid][] = [
  ["dezelfde lijst", (g) => g],
  ["samengevoegde cellen uitgeschreven", ontvouw],
  ["hernummerd (a. -> b., #01 -> #1)", hernummer],
  [
    "andere volgorde (uitgeschreven, rijen door elkaar)",
    (g) => herorden(ontvouw(g), [2, 3, 14, 15, 16, 27, 28, 40], [16, 28, 40, 2, 27, 3, 15, 14]),
  ],
  [
    "hernummerd en in andere volgorde",
    (g) => herorden(hernummer(ontvouw(g)), [5, 9, 11], [11, 5, 9]),
  ],
  ["een rij een kolom naar rechts verschoven", (g) => verschuif(g, 3, 2, "rechts")],
  [
    "spaties en hoofdletters anders",
    (g) => bewerk(g, 14, KOLOM.actie, (t) => `  ${t.toUpperCase()} `),
  ],
];

describe("verschil between two versions of the DUO actielijst", () => {
  test.each(ZELFDE_LIJST)("%s: nothing new, vanished or changed", (_naam, maak) => {
    const v = vergelijkVersies(oud, versie(maak(lijst)));
    expect(v.nieuw).toEqual([]);
    expect(v.verdwenen).toEqual([]);
    expect(v.gekoppeld.filter((k) => k.wijzigingen.length > 0)).toEqual([]);
    expect(v.gekoppeld).toHaveLength(oud.length);
    expect(v.gekoppeld.every((k) => k.zeker && zelfdeActie(k))).toBe(true);
  });

  test("a different order: every actie finds its own row back, not the one with the same row number", () => {
    const rijen = [2, 3, 14, 15, 16, 27, 28, 40];
    const volgorde = [16, 28, 40, 2, 27, 3, 15, 14];
    const v = vergelijkVersies(oud, versie(herorden(ontvouw(lijst), rijen, volgorde)));
    rijen.forEach((naar, i) => expect(paarVan(v, volgorde[i])?.nieuw.row).toBe(naar));
  });

  test("a row shifted one column to the left is read as if it were back in place", () => {
    // Row 16 is read as put back: same status, owner and deadline, matched to its own action.
    const v = vergelijkVersies(oud, versie(verschuif(lijst, 16, 2, "links")));
    const k = paarVan(v, 16)!;
    expect(k.nieuw.row).toBe(16);
    expect(zelfdeActie(k)).toBe(true);
    expect(k.wijzigingen).toEqual([]);
    expect(v.nieuw).toEqual([]);
    expect(v.verdwenen).toEqual([]);
  });

  test("rows added and removed: new and vanished, the rest unchanged", () => {
    let g = voegIn(lijst, 12, [
      "",
      "",
      "g. Nieuwe regeling voor monumenten uitwerken",
      "Henk",
      "Nog niet gestart",
      "",
      "1 juni 2021",
      "",
    ]);
    g = voegIn(g, 42, [
      "#12 Nazorg",
      "Afronding",
      "Evaluatie na oplevering plannen",
      "Anja",
      "In voorbereiding",
      "",
      "Q3 2021",
      "",
    ]);
    g = verwijder(g, 24); // was row 23 before the first insert: "c. na twee jaar evalueren ..."
    const v = vergelijkVersies(oud, versie(g));
    expect(v.nieuw.map((a) => a.actie)).toEqual([
      "g. Nieuwe regeling voor monumenten uitwerken",
      "Evaluatie na oplevering plannen",
    ]);
    expect(v.verdwenen.map((a) => a.row)).toEqual([23]);
    expect(v.gekoppeld.filter((k) => k.wijzigingen.length > 0)).toEqual([]);
    expect(v.gekoppeld.every((k) => zelfdeActie(k))).toBe(true);
  });

  test("removing from a merged block (shared status E5:H8) does not change the other rows", () => {
    const v = vergelijkVersies(oud, versie(verwijder(lijst, 5)));
    expect(v.verdwenen.map((a) => a.row)).toEqual([5]);
    expect(v.gekoppeld.filter((k) => k.wijzigingen.length > 0)).toEqual([]);
  });

  test("postponed and advanced deadlines: from which date to which, how many days", () => {
    const later = oud.find((a) => a.due && a.row === 15)!;
    const eerder = oud.find((a) => a.due && a.row === 31)!;
    let g = verschuifDeadline(lijst, later.row, 14, later.due!);
    g = verschuifDeadline(g, eerder.row, -7, eerder.due!);
    const v = vergelijkVersies(oud, versie(g));
    expect(paarVan(v, later.row)!.wijzigingen).toEqual([
      { veld: "deadline", van: later.due, naar: expect.any(String), dagen: 14 },
    ]);
    const w = paarVan(v, eerder.row)!.wijzigingen[0];
    expect(w).toMatchObject({ veld: "deadline", van: eerder.due, dagen: -7 });
    expect(w.veld === "deadline" && daysBetween(w.van, w.naar)).toBe(-7);
    expect(v.gekoppeld.filter((k) => k.wijzigingen.length > 0)).toHaveLength(2);
  });

  test("a deadline that gets a date, or that is written differently but is the same date", () => {
    const open = oud.find((a) => !a.due && /spoedig/i.test(a.deadlineTekst))!;
    const gedateerd = oud.find((a) => a.due && /^\d+ \w+ \d{4}$/.test(a.deadlineTekst))!;
    let g = zet(lijst, open.row, KOLOM.deadline, "30 april 2021");
    g = zet(g, gedateerd.row, KOLOM.deadline, gedateerd.due!.split("-").reverse().join("-"));
    const v = vergelijkVersies(oud, versie(g));
    expect(paarVan(v, open.row)!.wijzigingen).toEqual([
      { veld: "deadline", van: open.deadlineTekst, naar: "2021-04-30", dagen: null },
    ]);
    expect(paarVan(v, gedateerd.row)!.wijzigingen).toEqual([]);
  });

  test("status: closed to Gereed or Verstuurd, changed, and a shared status counts per actie", () => {
    const naarGereed = oud.find((a) => a.row === 22)!;
    const naarVerstuurd = oud.find((a) => a.row === 35)!;
    const anders = oud.find((a) => a.row === 16)!;
    let g = zet(lijst, naarGereed.row, KOLOM.status, "Afgerond");
    g = zet(g, naarVerstuurd.row, KOLOM.status, "Verstuurd");
    g = zet(g, anders.row, KOLOM.status, "In voorbereiding");
    g = zet(g, 5, KOLOM.status, "In voorbereiding"); // merged E5:E8: four actions
    const v = vergelijkVersies(oud, versie(g));
    expect(gesloten(v).map((k) => [k.oud.row, k.wijzigingen[0]])).toEqual([
      [
        22,
        { veld: "status", van: naarGereed.status, naar: "Gereed", gesloten: true, heropend: false },
      ],
      [
        35,
        {
          veld: "status",
          van: naarVerstuurd.status,
          naar: "Verstuurd",
          gesloten: true,
          heropend: false,
        },
      ],
    ]);
    const gewijzigd = indeling(v).gewijzigd;
    expect(gewijzigd.map((k) => k.oud.row)).toEqual([5, 6, 7, 8, 16]);
    expect(gewijzigd.map((k) => k.wijzigingen[0])).toContainEqual({
      veld: "status",
      van: anders.status,
      naar: "In voorbereiding",
      gesloten: false,
      heropend: false,
    });
  });

  test("accounthouder changed: from and to as a sorted list", () => {
    const a = op(11);
    const b = op(12);
    let g = zet(lijst, a.row, KOLOM.eigenaar, "Anja");
    g = zet(g, b.row, KOLOM.eigenaar, "Anja / Nicoline"); // the same two owners, another order
    const v = vergelijkVersies(oud, versie(g));
    expect(paarVan(v, a.row)!.wijzigingen).toEqual([
      { veld: "owners", van: a.eigenaren, naar: ["Anja"] },
    ]);
    expect(paarVan(v, b.row)!.wijzigingen).toEqual([]);
  });

  test("edited texts: a small change is certain, a large one uncertain, a different actie new", () => {
    const klein = op(29);
    const groot = op(14);
    const ander = op(37);
    let g = bewerk(lijst, klein.row, KOLOM.actie, (t) => t.replace("beoordelingen", "beoordeling"));
    g = bewerk(
      g,
      groot.row,
      KOLOM.actie,
      (t) => `${t.slice(0, Math.ceil(t.length * 0.6))} (herzien na overleg)`
    );
    g = zet(g, ander.row, KOLOM.actie, "Volledig andere actie over iets nieuws");
    const v = vergelijkVersies(oud, versie(g));
    expect(paarVan(v, klein.row)).toMatchObject({ zeker: true, nieuw: { row: klein.row } });
    const onzeker = paarVan(v, groot.row)!;
    expect(onzeker).toMatchObject({ zeker: false, nieuw: { row: groot.row } });
    expect(onzeker.score).toBeGreaterThanOrEqual(DREMPELS.mogelijk);
    expect(onzeker.score).toBeLessThan(DREMPELS.zeker);
    expect(indeling(v).onzeker).toEqual([onzeker]);
    expect(v.verdwenen.map((a) => a.row)).toEqual([ander.row]);
    expect(v.nieuw.map((a) => a.actie)).toEqual(["Volledig andere actie over iets nieuws"]);
  });

  test("an actie that ends up under another doel and onderwerp is matched uncertainly", () => {
    const a = op(39); // "#11 Overig | Blok E | Uitwerken toekomstagenda Groningen"
    const g = zet(
      zet(ontvouw(lijst), a.row, KOLOM.doel, "#12 Toekomst"),
      a.row,
      KOLOM.onderwerp,
      "Agenda"
    );
    const k = paarVan(vergelijkVersies(oud, versie(g)), a.row)!;
    expect(k).toMatchObject({ zeker: false, nieuw: { row: a.row } });
  });

  test("equal acties in two groups (Nader te bepalen) each match within their own group", () => {
    const gelijk = oud.filter((a) => a.actie === "Nader te bepalen");
    expect(gelijk.length).toBeGreaterThan(1);
    const omgekeerd = herorden(
      ontvouw(lijst),
      gelijk.map((a) => a.row),
      [...gelijk.map((a) => a.row)].reverse()
    );
    const v = vergelijkVersies(oud, versie(omgekeerd));
    for (const a of gelijk) expect(paarVan(v, a.row)!.nieuw.onderwerp).toBe(a.onderwerp);
  });

  test("a later version with everything at once: every point holds and nothing else is added", () => {
    const uitstel = op(9);
    const dicht = op(22);
    const eigenaar = op(11);
    let g = hernummer(lijst);
    g = verschuif(g, 3, 2, "rechts");
    g = verschuifDeadline(g, uitstel.row, 14, uitstel.due!);
    g = zet(g, dicht.row, KOLOM.status, "Gereed");
    g = zet(g, eigenaar.row, KOLOM.eigenaar, "Anja");
    g = voegIn(g, 41, [
      "#12 Nazorg",
      "Afronding",
      "Evaluatie na oplevering plannen",
      "Anja",
      "Nog niet gestart",
      "",
      "Q3 2021",
      "",
    ]);
    g = verwijder(g, 38);
    const v = vergelijkVersies(oud, versie(g));
    expect(v.nieuw.map((a) => a.actie)).toEqual(["Evaluatie na oplevering plannen"]);
    expect(v.verdwenen.map((a) => a.row)).toEqual([38]);
    expect(
      v.gekoppeld
        .filter((k) => k.wijzigingen.length > 0)
        .map((k) => [k.oud.row, k.wijzigingen.map((w) => w.veld)])
    ).toEqual([
      [uitstel.row, ["deadline"]],
      [eigenaar.row, ["owners"]],
      [dicht.row, ["status"]],
    ]);
    expect(v.gekoppeld.every((k) => k.zeker)).toBe(true);
  });

  test("every actie belongs to at most one actie of the other version", () => {
    const g = herorden(hernummer(ontvouw(lijst)), [2, 3, 4], [4, 2, 3]);
    const v = vergelijkVersies(oud, versie(verwijder(g, 10)));
    expect(new Set(v.gekoppeld.map((k) => k.oud)).size).toBe(v.gekoppeld.length);
    expect(new Set(v.gekoppeld.map((k) => k.nieuw)).size).toBe(v.gekoppeld.length);
    expect(v.gekoppeld.length + v.verdwenen.length).toBe(oud.length);
  });
});
