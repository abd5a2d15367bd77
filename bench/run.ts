/**
 * `npm run bench`: Regie's performance at the size of the whole programme. Generates its own
 * workbooks (deterministic, in a temp folder), then prints per case the core time (median), the CLI
 * end to end, the round trips and largest request/response per sync through the Excel stand-in, and the
 * peak memory; beside it a plain pandas + openpyxl script doing the same count, and the task pane's
 * bundle size and first render. Figures are printed, never asserted: they depend on the machine.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  alleRegels,
  eigenaarCells,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../src/app/accounthouders/normaliseer";
import { valideerEnMarkeer } from "../src/app/actielijst/markeer";
import { bereidMijlpalenVoor, maakDashboard } from "../src/app/mijlpalen/dashboard";
import { normaliseer } from "../src/core/accounthouders/normalise";
import { readRegister } from "../src/core/accounthouders/register";
import { Resolver } from "../src/core/accounthouders/resolver";
import { planMarkering } from "../src/core/highlight/plan";
import { markeerDoelen } from "../src/core/highlight/targets";
import { valideerActielijst } from "../src/core/actielijst/validate";
import { parseDeadline } from "../src/core/dates/deadline";
import type { Grid } from "../src/core/grid";
import { maakMijlpalenDashboard, maakRegioDashboard } from "../src/core/mijlpalen";
import { ExcelEmulator, provideOfficeLibrary, type ProfileName } from "../src/excel-stand-in";
import { loadNodeOfficeLibrary } from "../src/excel-stand-in/node-library";
import { OfficeWorkbookPort } from "../src/host/office";
import { XlsxWorkbook } from "../src/host/xlsx/xlsx-workbook";
import { paneelMeting, regioPaneelMeting, type PaneelRegio } from "./paneel";
import { peerMeting, sheetjsMeting } from "./peer";
import { schrijfActielijst, schrijfDatums, schrijfKwartalen, schrijfRegio } from "./genereer";
import { mediaan, proces, ROOT, syncs, tijd, type Proces } from "./meten";

// Every Office path of the bench runs on Microsoft's excel-web-16.00.js, answered by the emulator.
provideOfficeLibrary(() => loadNodeOfficeLibrary());

const MAP = join(tmpdir(), "regie-bench");
const CLI = join(ROOT, "build/cli/main.js");
const PEIL = "2021-02-24";

type SyncMeting = ReturnType<typeof syncs>;
/** Syncs and the largest real request and answer, per platform (payload limits differ; the minimum profile's are desktop's). */
type PerProfiel = Record<"web" | "desktop", SyncMeting>;
const GEEN: SyncMeting = { aantal: "-", maxVraagKB: NaN, maxAntwoordKB: NaN };
const GEEN_OFFICE: PerProfiel = { web: GEEN, desktop: GEEN };

interface Regel {
  geval: string;
  rijen: number;
  kernMs: number;
  cliS: number;
  office: PerProfiel;
  piekMB: number;
}

const regels: Regel[] = [];

/** One line of the table: the core's time, the CLI's run, the Office path's syncs per platform. */
function regel(
  geval: string,
  rijen: number,
  kernMs: number,
  cli: { seconden: number; piekMB: number },
  office: PerProfiel
): Regel {
  return { geval, rijen, kernMs, cliS: cli.seconden, office, piekMB: cli.piekMB };
}

/** The use-case through Microsoft's library on the emulator, once as Excel on the web, once as desktop. */
async function opBeide(
  gs: Grid[],
  gebruik: (port: OfficeWorkbookPort) => Promise<unknown>
): Promise<PerProfiel> {
  const uit: Partial<PerProfiel> = {};
  for (const profiel of ["web", "desktop"] as const) {
    const { standIn, port } = nep(gs, profiel);
    await gebruik(port);
    uit[profiel] = syncs(standIn);
    standIn.dispose();
  }
  return uit as PerProfiel;
}

async function bestand(naam: string, maak: (pad: string) => Promise<void>): Promise<string> {
  const pad = join(MAP, naam);
  if (!existsSync(pad)) await maak(pad);
  return pad;
}

async function grids(pad: string): Promise<Grid[]> {
  const w = await XlsxWorkbook.open(pad);
  const s = await w.summary();
  return (await w.read(s.sheets.map((b) => ({ sheet: b.name })))).map((r) => r!.grid);
}

function nep(
  gs: Grid[],
  profile: ProfileName
): { standIn: ExcelEmulator; port: OfficeWorkbookPort } {
  const standIn = ExcelEmulator.fromSheets(
    gs.map((g) => ({ name: g.sheet, values: g.values })),
    { profile }
  );
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

async function actielijst(n: number): Promise<void> {
  const pad = await bestand(`actielijst-${n}.xlsx`, (p) => schrijfActielijst(p, n));
  const [g] = await grids(pad);
  const kernMs = tijd(() => {
    const r = valideerActielijst(g, { peildatum: PEIL, binnenkortDagen: 14 })!;
    planMarkering(g.sheet, markeerDoelen(r, g.merges), [], []);
  });
  const s = await opBeide([g], (port) => valideerEnMarkeer(port, { peildatum: PEIL }));
  if (n >= 50_000) {
    // Reading alone beside it: what a copy costs is the difference.
    const lezen = cliRun(["valideer", pad, "--peildatum", PEIL, "--json"]);
    regels.push(regel("actielijst: valideren (alleen lezen)", n, kernMs, lezen, GEEN_OFFICE));
  }
  const cli = cliRun(["valideer", pad, "--peildatum", PEIL, "--out", uit(`actielijst-${n}`)]);
  regels.push(regel(`actielijst: valideren + markeren (kopie --out)`, n, kernMs, cli, s));
}

/**
 * The CLI as a measured process; a run that did not do its work (exit 2) stops the bench instead
 * of printing the time of a refusal.
 */
function cliRun(args: string[]): ReturnType<typeof proces> {
  const r = proces(CLI, args);
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`regie ${args.join(" ")} eindigde met ${r.code}: ${r.fout.trim()}`);
  return r;
}

/**
 * A fresh --out path: a copy of an earlier run is taken away first, since Regie refuses to
 * overwrite a file unasked (and so would measure only its refusal from the second run on).
 */
function uit(naam: string): string {
  const pad = join(MAP, `uit-${naam}.xlsx`);
  rmSync(pad, { force: true });
  return pad;
}

async function kwartalen(
  naam: string,
  pad: string,
  adressen: number,
  bladen: number,
  metNep = true
): Promise<void> {
  const gs = await grids(pad);
  const kernMs = tijd(() => maakMijlpalenDashboard(gs, { peildatum: PEIL }), 3);
  const s = metNep
    ? await opBeide(gs, async (port) => {
        await bereidMijlpalenVoor(port);
        await maakDashboard(port, { peildatum: PEIL, gemaakt: "bench" });
      })
    : GEEN_OFFICE;
  const cli = cliRun(["mijlpalen", pad, "--peildatum", PEIL, "--json"]);
  regels.push(regel(`mijlpalen, ${naam}`, adressen * bladen, kernMs, cli, s));
}

/**
 * The region: ten gemeenten's workbooks against the same rows as one workbook, both through the
 * CLI (three runs each, taken in turn, the median: the machine is shared) and the core. The
 * region's figures are checked to be the one workbook's before any time is printed.
 */
async function regio(adressen: number, kwartalen: number): Promise<string> {
  const pad = (naam: string) => join(MAP, naam);
  const { gemeenten, samen } = await schrijfRegio(pad, adressen, kwartalen, existsSync);
  const perBestand = await Promise.all(gemeenten.map(grids));
  const alles = await grids(samen);
  const werkmappen = perBestand.map((gs, i) => ({ bron: gemeenten[i], grids: gs }));
  const kernRegio = tijd(() => maakRegioDashboard(werkmappen, { peildatum: PEIL }), 3);
  const kernSamen = tijd(() => maakMijlpalenDashboard(alles, { peildatum: PEIL }), 3);
  const [r, s] = [
    maakRegioDashboard(werkmappen, { peildatum: PEIL }),
    maakMijlpalenDashboard(alles, { peildatum: PEIL }),
  ];
  const som = (rijen: { total: number }[]) => rijen.map((k) => k.total).join(",");
  if (!r.ok || !s.ok || som(r.regio.kwartalen) !== som(s.dashboard.kwartalen))
    throw new Error("regio: de regio telt niet wat de ene werkmap telt");
  const cliRegio: Proces[] = [];
  const cliSamen: Proces[] = [];
  for (let i = 0; i < 3; i++) {
    cliSamen.push(cliRun(["mijlpalen", samen, "--peildatum", PEIL, "--json"]));
    cliRegio.push(cliRun(["mijlpalen", ...gemeenten, "--peildatum", PEIL, "--json"]));
  }
  const midden = (ps: Proces[]) =>
    ps.find((p) => p.seconden === mediaan(ps.map((x) => x.seconden)))!;
  const [mr, ms] = [midden(cliRegio), midden(cliSamen)];
  const rijen = adressen * kwartalen;
  const n = gemeenten.length;
  regels.push(
    regel(
      `mijlpalen, één werkmap ${fmtGetal(adressen)} x ${kwartalen}`,
      rijen,
      kernSamen,
      ms,
      GEEN_OFFICE
    )
  );
  regels.push(
    regel(
      `mijlpalen, regio: ${n} werkmappen, samen ${fmtGetal(adressen)} x ${kwartalen}`,
      rijen,
      kernRegio,
      mr,
      GEEN_OFFICE
    )
  );
  const verhouding = mr.seconden / ms.seconden;
  const cliRegel = `Regio tegen één werkmap (${n} werkmappen, samen ${fmtGetal(adressen)} adressen x ${kwartalen} kwartalen, CLI --json, mediaan van 3): regio ${mr.seconden.toFixed(2)} s / ${mr.piekMB.toFixed(0)} MB, één werkmap ${ms.seconden.toFixed(2)} s / ${ms.piekMB.toFixed(0)} MB: ${verhouding.toFixed(2)} x (budget hoogstens 1,5): ${verhouding <= 1.5 ? "PASS" : "FAIL"}. Kern ${kernRegio.toFixed(0)} ms tegen ${kernSamen.toFixed(0)} ms.`;
  // The same ten files in the pane: "Gemeenten toevoegen", "Regio tellen", in Chromium.
  const p = await regioPaneelMeting(gemeenten, PEIL);
  if (typeof p === "string") return `${cliRegel}\nTaakvenster, regio: niet gemeten: ${p}.`;
  const cliJson = JSON.parse(mr.uit) as CliRegioJson;
  vergelijkPaneel(p.getoond, r.regio, cliJson);
  const budget = 200;
  const langste =
    p.aantalLang === 0
      ? "onder 50 ms (geen enkele taak van 50 ms of langer)"
      : `${p.langsteMs.toFixed(0)} ms (${p.aantalLang} taken van 50 ms of langer)`;
  return `${cliRegel}\nTaakvenster, regio (dezelfde ${n} werkmappen via Gemeenten toevoegen, Regio tellen, in headless Chromium; de cijfers die het toont zijn die van de CLI): langste taak op de hoofdthread vanaf het kiezen van de bestanden tot de uitslag ${langste}, budget onder ${budget} ms: ${p.langsteMs < budget ? "PASS" : "FAIL"}; van klik tot uitslag ${p.totaalS.toFixed(2)} s, ${(p.totaalS / mr.seconden).toFixed(2)} x de CLI (${mr.seconden.toFixed(2)} s).`;
}

/** The CLI's --json for several files, as far as the pane's figures are checked against it. */
interface CliRegioJson {
  quarters: {
    label: string;
    counts: Record<string, number>;
    total: number;
    incomplete?: string[];
  }[];
  gemeenten: { gemeente: string; quarters: { label: string; total: number }[] }[];
}

/**
 * The pane's figures (its latest complete quarter, per phase, the total, per gemeente) against
 * the core's and the CLI's for the same files; a difference stops the bench before any time.
 */
function vergelijkPaneel(
  getoond: PaneelRegio,
  kern: {
    kwartalen: {
      label: string;
      total: number;
      ontbrekend: string[];
      counts: Record<string, number>;
      perGemeente: { gemeente: string; total: number }[];
    }[];
  },
  cli: CliRegioJson
): void {
  const volledig = [...kern.kwartalen].reverse().find((k) => k.ontbrekend.length === 0);
  const cliVolledig = [...cli.quarters].reverse().find((q) => !q.incomplete?.length);
  if (!volledig || !cliVolledig || volledig.label !== cliVolledig.label)
    throw new Error("regio: kern en CLI noemen niet hetzelfde laatste volledige kwartaal");
  const getal = (x: number) => x.toLocaleString("nl-NL");
  const verwacht: Record<string, string> = {};
  for (const [fase, aantal] of Object.entries(cliVolledig.counts)) verwacht[fase] = getal(aantal);
  verwacht["Totaal"] = getal(cliVolledig.total);
  const perGemeente: Record<string, string> = {};
  for (const g of cli.gemeenten) {
    const q = g.quarters.find((x) => x.label === cliVolledig.label);
    if (q) perGemeente[g.gemeente] = getal(q.total);
  }
  const kernPer = Object.fromEntries(volledig.perGemeente.map((g) => [g.gemeente, getal(g.total)]));
  const fouten: string[] = [];
  if (!getoond.kop.includes(volledig.label))
    fouten.push(`kwartaal: paneel "${getoond.kop}", kern ${volledig.label}`);
  if (getal(volledig.total) !== verwacht["Totaal"]) fouten.push("totaal: kern tegen CLI");
  for (const [k, v] of Object.entries(verwacht))
    if (getoond.perFase[k] !== v)
      fouten.push(`${k}: paneel ${getoond.perFase[k] ?? "-"}, CLI ${v}`);
  for (const [k, v] of Object.entries(perGemeente))
    if (getoond.perGemeente[k] !== v || kernPer[k] !== v)
      fouten.push(
        `${k}: paneel ${getoond.perGemeente[k] ?? "-"}, kern ${kernPer[k] ?? "-"}, CLI ${v}`
      );
  if (
    Object.keys(perGemeente).length !== cli.gemeenten.length ||
    Object.keys(getoond.perGemeente).length !== cli.gemeenten.length
  )
    fouten.push("aantal gemeenten verschilt");
  if (fouten.length > 0)
    throw new Error(`regio: het taakvenster toont andere cijfers dan de CLI: ${fouten.join("; ")}`);
}

function fmtGetal(n: number): string {
  return n.toLocaleString("nl-NL");
}

async function normaliseren(n: number): Promise<void> {
  const pad = await bestand(`normaliseer-${n}.xlsx`, (p) => schrijfActielijst(p, n, true));
  const gs = await grids(pad);
  const [lijst, reg] = gs;
  const register = readRegister(reg)!;
  const rapport = valideerActielijst(lijst, { peildatum: PEIL, binnenkortDagen: 14, register })!;
  const kernMs = tijd(() => normaliseer(eigenaarCells(rapport), new Resolver(register)));
  const s = await opBeide(gs, async (port) => {
    const v = await normaliseerVoorvertoning(port, { peildatum: PEIL });
    if (v.ok) await pasNormalisatieToe(port, v.value, alleRegels(v.value), "bench");
  });
  const cli = cliRun(["normaliseer", pad, "--peildatum", PEIL, "--json"]);
  regels.push(
    regel("normaliseren (40 schrijfwijzen): voorvertoning + toepassen", n, kernMs, cli, s)
  );
  if (n >= 20_000) {
    const kopie = cliRun([
      "normaliseer",
      pad,
      "--peildatum",
      PEIL,
      "--out",
      uit(`normaliseer-${n}`),
    ]);
    regels.push(regel("normaliseren: kopie --out", n, kernMs, kopie, GEEN_OFFICE));
  }
}

function tabel(): void {
  const kop = [
    "geval",
    "rijen",
    "kern ms",
    "CLI s",
    "syncs web",
    "vraag KB web",
    "antw KB web",
    "syncs desktop",
    "vraag KB desktop",
    "antw KB desktop",
    "CLI piek MB",
  ];
  const rijen = regels.map((r) => [
    r.geval,
    r.rijen.toLocaleString("nl-NL"),
    r.kernMs.toFixed(0),
    r.cliS.toFixed(2),
    ...(["web", "desktop"] as const).flatMap((p) => [
      r.office[p].aantal,
      fmt(r.office[p].maxVraagKB),
      fmt(r.office[p].maxAntwoordKB),
    ]),
    r.piekMB.toFixed(0),
  ]);
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(breedte[i]) : x.padStart(breedte[i]))).join("  ");
  console.log("\n" + regel(kop));
  console.log(breedte.map((b) => "-".repeat(b)).join("  "));
  for (const r of rijen) console.log(regel(r));
}

function fmt(kb: number): string {
  return Number.isNaN(kb) ? "-" : kb.toFixed(0);
}

async function main(): Promise<void> {
  mkdirSync(MAP, { recursive: true });
  console.log(`Regie-benchmark (werkmappen in ${MAP}, peildatum ${PEIL})`);
  // `npm run bench -- regio`: the regional case alone.
  if (process.argv[2] === "regio") {
    const uitslag = await regio(28_000, 8);
    tabel();
    console.log(`\n${uitslag}`);
    return;
  }
  for (const n of [50, 5_000, 50_000]) await actielijst(n);
  await kwartalen(
    "momentopnamen, fixture 4.943 x 2",
    join(ROOT, "../shared/fixtures/mijlpalen-groningen-kwartalen.xlsx"),
    4943,
    2
  );
  const k8 = await bestand("kwartalen-28000x8.xlsx", (p) => schrijfKwartalen(p, 28_000, 8));
  await kwartalen("momentopnamen 28.000 x 8", k8, 28_000, 8);
  const k24 = await bestand("kwartalen-28000x24.xlsx", (p) => schrijfKwartalen(p, 28_000, 24));
  await kwartalen("momentopnamen 28.000 x 24", k24, 28_000, 24);
  const d24 = await bestand("datums-28000x24.xlsx", (p) => schrijfDatums(p, 28_000, 24));
  await kwartalen("mijlpaaldatums 28.000, 24 kwartaaleinden", d24, 28_000, 1);
  const regioUitslag = await regio(28_000, 8);
  await normaliseren(5_000);
  await normaliseren(20_000);
  tabel();
  console.log(
    "\nsyncs, vraag en antwoord: Microsofts excel-web-16.00.js tegen de emulator, per verzoek echt gemeten (web: 5 MB-grens, desktop: geen)."
  );
  const kern50 = regels.find((r) => r.rijen === 50_000)!.kernMs;
  const kern5 = regels.find((r) => r.rijen === 5_000 && r.geval.startsWith("actielijst"))!.kernMs;
  const p8 = regels.find((r) => r.geval.includes("28.000 x 8"))!;
  const p24 = regels.find((r) => r.geval.includes("28.000 x 24"))!;
  console.log(
    `\nGroei actielijst: ${(kern5 / 5).toFixed(2)} ms per 1.000 rijen bij 5.000, ${(kern50 / 50).toFixed(2)} bij 50.000.`
  );
  console.log(
    `Groei mijlpalen: ${(p8.kernMs / 8).toFixed(0)} ms per kwartaalblad bij 8 bladen, ${(p24.kernMs / 24).toFixed(0)} bij 24.`
  );
  const lang = "eind maart 2021 ".repeat(50_000);
  // Each run another text: the parser remembers what it read, and a repeat would cost nothing.
  let keer = 0;
  const deadlineMs = tijd(() => parseDeadline(`${lang}${keer++}`, PEIL));
  console.log(
    `Deadline van ${lang.length.toLocaleString("nl-NL")} tekens: ${deadlineMs.toFixed(0)} ms (doel onder 1.000 ms; geen tekst mag de lezer laten hangen).`
  );
  const peer = peerMeting(k8);
  if (peer)
    console.log(
      `\nCLI tegen pandas + openpyxl op 28.000 x 8: Regie ${p8.cliS.toFixed(2)} s / ${p8.piekMB.toFixed(0)} MB, pandas ${peer.seconden.toFixed(2)} s / ${peer.piekMB.toFixed(0)} MB: Regie ${(p8.cliS / peer.seconden).toFixed(2)} x de tijd van pandas (doel hoogstens 0,25).`
    );
  console.log(regioUitslag);
  const sheetjs = sheetjsMeting(k8);
  console.log(
    `CLI tegen SheetJS (xlsx) op 28.000 x 8: SheetJS ${sheetjs.seconden.toFixed(2)} s / ${sheetjs.piekMB.toFixed(0)} MB: Regie ${(p8.cliS / sheetjs.seconden).toFixed(2)} x de tijd van SheetJS (doel hoogstens 0,6).`
  );
  const paneel = await paneelMeting();
  console.log(paneel);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
