import type { Command } from "commander";
import {
  maakDashboard,
  telDashboard,
  type DashboardResultaat,
  type MijlpalenVoorbereiding,
} from "../../app/mijlpalen/dashboard";
import type { MijlpalenDashboard } from "../../core/mijlpalen";
import { DOORSTROOM_WOORDEN as W, mijlpaalBericht, plekNaam } from "../../core/mijlpalen/berichten";
import { datum } from "../../core/messages";
import { commonSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { mijlpalenJson } from "../mijlpalen-json";
import { formatNumber, indelingNaam, kwartaalTabel } from "../mijlpalen-tabel";
import { openWorkbook, valueOrStop, workbookCommand } from "./shared";
import { mijlpalenRegio } from "./mijlpalen-regio";

/** The terminal shows the first findings; --out writes all of them into the dashboard sheet. */
const MAX_MESSAGES = 50;

export function mijlpalenCommand(io: CliIo, done: (code: number) => void): Command {
  return workbookCommand(
    "mijlpalen",
    "Tel de adressen per fase per kwartaal (momentopnamen of mijlpaaldatums); met een werkmap per gemeente ook de regio",
    "schrijf een kopie met het blad Dashboard mijlpalen; bij meer werkmappen een nieuwe werkmap met het blad Dashboard regio",
    undefined,
    ["<bestanden...>", "de werkmap (.xlsx), of één werkmap per gemeente voor de regio"]
  ).action(async (files: string[], opts: Record<string, unknown>) => {
    if (files.length > 1) return done(await mijlpalenRegio(files, opts, io));
    const [file] = files;
    const args = parseArgs(commonSchema, {
      ...opts,
      file,
      peildatum: opts.peildatum ?? io.today(),
    });
    const workbook = await openWorkbook(args.file, args.out);
    // Without --out nothing is written, so only the counting half runs (and the file is only read).
    const r: DashboardResultaat = args.out
      ? valueOrStop(await maakDashboard(workbook, { peildatum: args.peildatum, gemaakt: io.now() }))
      : counted(valueOrStop(await telDashboard(workbook, { peildatum: args.peildatum })));
    if (args.out) await workbook.saveAs(args.out, { replace: args.overschrijf });
    io.out(
      args.json ? JSON.stringify(mijlpalenJson(r.dashboard), null, 2) : reportText(r, args.out)
    );
    done(r.dashboard.anomalies.some((a) => a.severity === "error") ? EXIT.findings : EXIT.ok);
  });
}

function counted(t: {
  dashboard: MijlpalenDashboard;
  voorbereiding: MijlpalenVoorbereiding;
}): DashboardResultaat {
  return {
    dashboard: t.dashboard,
    blad: t.voorbereiding.doel.naam,
    vervangen: false,
    bronbladen: t.voorbereiding.bronbladen,
  };
}

function reportText(r: DashboardResultaat, out: string | undefined): string {
  const d = r.dashboard;
  const lines = [
    `Mijlpalen uit ${r.bronbladen.join(", ")} (${indelingNaam(d)}), peildatum ${datum(d.peildatum)}.`,
    "",
  ];
  lines.push(...kwartaalTabel([...d.kwartalen, ...(d.lopend ? [d.lopend] : [])]));
  for (const v of d.totaalVerschil)
    lines.push(
      "",
      `Totaal ${v.quarter}: ${formatNumber(v.nu)} (${v.vorigKwartaal}: ${formatNumber(v.vorig)}), ${v.added.length} nieuw, ${v.gone.length} verdwenen.`
    );
  lines.push(...doorstroomLines(d));
  lines.push(
    "",
    `Meldingen (${d.anomalies.length}): ${d.duplicates.length} dubbel, ${d.regressions.length} terug in fase.`
  );
  for (const a of d.anomalies.slice(0, MAX_MESSAGES))
    lines.push(`  ${a.sheet}!${a.cell}  ${mijlpaalBericht(a)}`);
  if (d.anomalies.length > MAX_MESSAGES)
    lines.push(
      `  ... en ${d.anomalies.length - MAX_MESSAGES} meer (alle staan in het dashboardblad met --out, of in --json).`
    );
  if (out) lines.push("", `Kopie met blad "${r.blad}" geschreven naar ${out}.`);
  return lines.join("\n");
}

/**
 * "Doorstroom per kwartaal (nieuwste eerst)": per pair of quarters, newest first as on the sheet,
 * the moves that are not zero, then Voltooid bereikt.
 */
function doorstroomLines(d: MijlpalenDashboard): string[] {
  const lines = ["", `${W.bladKop}:`];
  if (d.doorstroom.length === 0) return [...lines, `  ${W.eenKwartaal}`];
  for (const x of [...d.doorstroom].reverse()) {
    lines.push(`  ${W.paar(x.vorigKwartaal, x.quarter, x.lopend, "->")}`);
    const cells = x.bewegingen.map((b) => [
      `${plekNaam(b.from)} -> ${plekNaam(b.to)}`,
      b.aantal.toLocaleString("nl-NL"),
    ]);
    if (cells.length === 0) cells.push([W.geenVerandering, "0"]);
    cells.push([W.voltooidBereikt, x.voltooidBereikt.toLocaleString("nl-NL")]);
    const [leftWidth, rightWidth] = [0, 1].map((i) => Math.max(...cells.map((c) => c[i].length)));
    for (const [text, count] of cells)
      lines.push(`    ${text.padEnd(leftWidth)}  ${count.padStart(rightWidth)}`);
  }
  return lines;
}
