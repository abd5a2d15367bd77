import { HOST_BERICHTEN, hostFoutTekst } from "../../src/app/host-berichten";
import {
  hostDetail,
  type HostDetail,
  type HostReason,
  type HostReasonParams,
} from "../../src/app/ports";
import {
  refused,
  type Refusal,
  type WeigeringCode,
  type WeigeringParams,
} from "../../src/app/outcome";
import { foutTekst, WEIGERING_BERICHTEN } from "../../src/app/weigering-berichten";

const GEEN_ZIN = /undefined|NaN|\[object Object\]|null/;

function expectZin(tekst: string): void {
  expect(tekst).not.toMatch(GEEN_ZIN);
  expect(tekst.trim().length).toBeGreaterThan(10);
}

/** One sample of every host reason: a reason without a sample does not compile. */
const HOST_VOORBEELD: { [R in HostReason]: HostReasonParams[R] } = {
  "cells-changed": { sheet: "Acties", cell: "A2", others: 2, value: "b", expected: "c" },
  "cell-holds-formula": { sheet: "Acties", cell: "C2", formula: "=1+1", others: 1 },
  "sheet-changed": { sheet: "Wijzigingslog", expected: 3, now: 4 },
  "sheet-missing": { sheet: "Mijlpalen" },
  "writer-busy": { since: "12:03:10" },
  "write-interrupted": { since: "12:03:10" },
  "item-missing": {},
  "structure-protected": {},
  "sheet-protected": {},
  "cells-locked": { sheet: "Acties" },
  "payload-too-large": {},
  "excel-failed": { phase: "schrijven", excelCode: "GeneralException", error: "boom" },
  "answer-not-understood": { answer: "fills", sheet: "Acties" },
  "sheet-not-in-file": { sheet: "Acties", file: "eerder.xlsx" },
  "file-read-only": { file: "eerder.xlsx" },
  "file-unreadable": {
    file: "eerder.xlsx",
    part: { part: "xl/worksheets/sheet1.xml", reason: "xml-ongeldig", sheet: "Acties" },
  },
  "file-inflates-too-large": {
    file: "bom.xlsx",
    part: "xl/worksheets/sheet1.xml",
    limitMb: 200,
    total: false,
  },
  "file-encrypted": { file: "geheim.xlsx" },
  "file-legacy-xls": { file: "oud.xls" },
  "path-unreadable": { path: "kapot.xlsx" },
  "document-unreadable": {
    file: "verslag.docx",
    soort: "onderdeel",
    part: { part: "word/document.xml", reason: "xml-ongeldig" },
  },
  "copy-unloadable": { path: "lijst.xlsx", error: "Unexpected end" },
  "sheet-too-long": { sheet: "Adressen", rows: 1_000_000, max: 250_000 },
  "file-sheet-protected": { sheet: "Acties" },
  "sheet-exists": { sheet: "Regie-dashboard" },
  "sheet-gone": { sheet: "Acties" },
  "cell-address-invalid": { address: "ZZZZ0" },
  "chart-address-invalid": { chart: "RegieMijlpalenGrafiek" },
  "chart-source-too-small": { chart: "RegieMijlpalenGrafiek", source: "A1:A1" },
  "chart-color-invalid": { chart: "RegieMijlpalenGrafiek", color: "grijs" },
  "write-failed": {
    task: { task: "markeren" },
    outcome: "not-restored",
    cause: hostDetail("sheet-protected", {}),
    sheets: ["Acties", "Regie-markeringen"],
  },
};

/** Every other branch a host reason's sentence has. */
const HOST_VARIANTEN: HostDetail[] = [
  hostDetail("cells-changed", { sheet: "Acties", cell: "A2", others: 0, value: "", expected: "c" }),
  hostDetail("excel-failed", { phase: "lezen", excelCode: "", error: "boom" }),
  hostDetail("excel-failed", { phase: "selecteren", excelCode: "InsertDeleteConflict", error: "" }),
  hostDetail("file-unreadable", { file: "notities.txt" }),
  ...(["geen-word", "versleuteld", "oud-word", "geen-tekst"] as const).map((soort) =>
    hostDetail("document-unreadable", { file: "verslag.docx", soort })
  ),
  hostDetail("document-unreadable", { file: "verslag.txt", soort: "te-groot", limitMb: 10 }),
  hostDetail("file-inflates-too-large", {
    file: "bom.xlsx",
    part: "xl/worksheets/sheet2.xml",
    limitMb: 400,
    total: true,
  }),
  hostDetail("path-unreadable", {
    path: "kapot.xlsx",
    part: { part: "xl/workbook.xml", reason: "ontbreekt" },
  }),
  ...(["refused", "restored", "not-restored"] as const).flatMap((outcome) =>
    (
      [
        { task: "markeringen-wissen" },
        { task: "vastleggen" },
        { task: "vastlegging-verwijderen" },
        { task: "ongedaan-maken" },
        { task: "wijzigingen", actie: "Normaliseer accounthouders" },
        { task: "blad-maken", sheet: "Regie-wijzigingen", replaces: true },
        { task: "blad-maken", sheet: "Regie-wijzigingen", replaces: false },
        { task: "dashboard-maken", replaces: true },
        { task: "dashboard-maken", replaces: false },
      ] as const
    ).map((task) =>
      hostDetail("write-failed", {
        task,
        outcome,
        cause: hostDetail("payload-too-large", {}),
        sheets: ["Regie-dashboard"],
      })
    )
  ),
];

const host = (detail: HostDetail, partial = false) => ({ detail, partial });

/** One sample of every refusal: a code without a sample does not compile. */
const VOORBEELD: { [C in WeigeringCode]: WeigeringParams[C] } = {
  afgebroken: {},
  "host-protected": host(hostDetail("structure-protected", {})),
  "host-sync-failed": host(
    hostDetail("excel-failed", { phase: "schrijven", excelCode: "", error: "boom" }),
    true
  ),
  "host-too-large": host(hostDetail("payload-too-large", {})),
  "host-closed": host(hostDetail("item-missing", {})),
  "host-missing-sheet": host(hostDetail("sheet-missing", { sheet: "Acties" })),
  "host-unreadable": host(hostDetail("path-unreadable", { path: "kapot.xlsx" })),
  "host-changed": host(
    hostDetail("cells-changed", {
      sheet: "Acties",
      cell: "A2",
      others: 1,
      value: "1",
      expected: "2",
    })
  ),
  "host-busy": host(hostDetail("writer-busy", { since: "12:03:10" })),
  "host-interrupted": host(hostDetail("write-interrupted", { since: "12:03:10" })),
  "peildatum-ongeldig": { peildatum: "2021-13-01" },
  "geen-indeling": {},
  "indeling-gemengd": { momentopnamen: "Q1 2020, Q2 2020", mijlpaalBladen: "Adressen" },
  "geen-kwartaal": { bladen: "Blad1, Blad2" },
  "verslag-leeg": {},
  "geen-verslag": {},
  "geen-actiepuntenlijst": {},
  "geen-vergaderdatum": {},
  "vergaderdatum-zonder-jaar": { tekst: "13 januari" },
  "lege-werkmap": {},
  "blad-onbekend": { blad: "Acties", bladen: ["Actielijst", "Accounthouders"] },
  "blad-zonder-kop": { blad: "Acties", uitleg: true },
  "geen-actieblad": {},
  beveiligd: { blad: "Acties", bij: "markeren" },
  "te-groot": { blad: "Adressen", rijen: 1_000_000, grens: 250_000 },
  "geen-register": {},
  "leeg-register": {},
  "dubbele-naam": {},
  "register-bestaat": { blad: "Accounthouders" },
  "blad-bestaat": { blad: "Accounthouders (voorstel)" },
  "niets-terug": { rij: 12 },
  "voorvertoning-verouderd": { rij: 12, cellen: ["E12", "F12"] },
  "geen-vastlegging": { datum: "2021-01-27" },
  "vastleggingen-onbekend": { blad: "Regie-vastleggingen" },
  "ongeldige-cel": {},
  "niets-ongedaan": {},
  "al-ongedaan": {},
  "geen-statuskolom": { blad: "Actielijst" },
  "keuzelijst-niet-hier": {},
  "keuzelijst-al-aanwezig": { blad: "Actielijst" },
  "geen-keuzelijst": { blad: "Actielijst" },
  "keuzelijst-verouderd": { blad: "Actielijst", cel: "G5" },
  "instellingen-niet-bewaard": { reden: "opslag vol" },
};

/** Every other branch a refusal's sentence has. */
const VARIANTEN: Refusal[] = [
  fout("blad-zonder-kop", { blad: "Acties", uitleg: false }),
  fout("te-groot", { rijen: 3_000_000, grens: 2_000_000 }),
  fout("niets-terug", {}),
  fout("voorvertoning-verouderd", { rij: 12 }),
  fout("geen-vastlegging", {}),
  fout("instellingen-niet-bewaard", {}),
  { ...fout("geen-actieblad", {}), file: "leeg.xlsx" },
];

function fout<C extends WeigeringCode>(code: C, params: WeigeringParams[C]): Refusal {
  const u = refused(code, params);
  if (u.ok) throw new Error("mislukt() gaf een geslaagde uitkomst");
  return u.refusal;
}

describe("every host error has a Dutch sentence", () => {
  test.each(Object.keys(HOST_BERICHTEN) as HostReason[])("%s", (reason) => {
    const detail = { reason, params: HOST_VOORBEELD[reason] } as HostDetail;
    expectZin(hostFoutTekst({ detail, partial: false }));
    expectZin(hostFoutTekst({ detail, partial: true }));
  });

  test.each(HOST_VARIANTEN.map((d) => [`${d.reason} ${JSON.stringify(d.params)}`, d]))(
    "%s",
    (_naam, detail) => expectZin(hostFoutTekst({ detail, partial: false }))
  );

  test("an Excel code Regie has no words for is named as it is, even one that is a JavaScript word", () => {
    for (const excelCode of ["constructor", "toString", "RequestAborted"]) {
      const tekst = hostFoutTekst({
        detail: hostDetail("excel-failed", { phase: "schrijven", excelCode, error: "" }),
        partial: false,
      });
      expect(tekst).toContain(`(${excelCode})`);
      expect(tekst).not.toMatch(/function|native code/);
    }
    expect(
      hostFoutTekst({
        detail: hostDetail("excel-failed", {
          phase: "schrijven",
          excelCode: "ItemAlreadyExists",
          error: "",
        }),
        partial: false,
      })
    ).toContain("Er bestaat al een werkblad of tabel met die naam.");
  });

  test("only what may be partly written says so", () => {
    const detail = hostDetail("write-failed", HOST_VOORBEELD["write-failed"]);
    expect(hostFoutTekst({ detail, partial: true })).toContain(
      "Een deel van de wijzigingen kan al zijn doorgevoerd."
    );
    expect(hostFoutTekst({ detail, partial: false })).not.toContain("Een deel");
  });
});

describe("every refusal has a Dutch sentence", () => {
  test.each(Object.keys(WEIGERING_BERICHTEN) as WeigeringCode[])("%s", (code) => {
    expectZin(foutTekst(fout(code, VOORBEELD[code] as never)));
  });

  test.each(VARIANTEN.map((f) => [`${f.code} ${JSON.stringify(f.params)}`, f]))("%s", (_naam, f) =>
    expectZin(foutTekst(f))
  );

  test("a refusal about another file names that file first", () => {
    expect(foutTekst({ ...fout("geen-actieblad", {}), file: "leeg.xlsx" })).toMatch(
      /^In leeg\.xlsx: Geen actielijst gevonden/
    );
  });
});
