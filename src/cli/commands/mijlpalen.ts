import type { Command } from "commander";
import {
  maakDashboard,
  telDashboard,
  type DashboardResultaat,
  type MijlpalenVoorbereiding,
} from "../../app/mijlpalen/dashboard";
import type { MijlpalenDashboard } from "../../core/mijlpalen";
import { FASEN } from "../../core/mijlpalen";
import { DOORSTROOM_WOORDEN as W, mijlpaalBericht, plekNaam } from "../../core/mijlpalen/berichten";
import { datum } from "../../core/messages";
import { gemeenschappelijkSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { mijlpalenJson } from "../mijlpalen-json";
import { openWerkmap, uitkomstOfStop, werkmapCommand } from "./shared";

/** The terminal shows the first findings; --out writes all of them into the dashboard sheet. */
const MAX_MELDINGEN = 50;

export function mijlpalenCommand(io: CliIo, klaar: (code: number) => void): Command {
  return werkmapCommand(
    "mijlpalen",
    "Tel de adressen per fase per kwartaal (momentopnamen of mijlpaaldatums)",
    "schrijf een kopie met het blad Dashboard mijlpalen"
  ).action(async (file: string, opts: Record<string, unknown>) => {
    const args = parseArgs(gemeenschappelijkSchema, {
      ...opts,
      file,
      peildatum: opts.peildatum ?? io.vandaag(),
    });
    const werkmap = await openWerkmap(args.file);
    // Without --out nothing is written, so only the counting half runs (and the file is only read).
    const r: DashboardResultaat = args.out
      ? uitkomstOfStop(
          await maakDashboard(werkmap, { peildatum: args.peildatum, gemaakt: io.tijdstip() })
        )
      : geteld(uitkomstOfStop(await telDashboard(werkmap, { peildatum: args.peildatum })));
    if (args.out) await werkmap.saveAs(args.out);
    io.out(args.json ? JSON.stringify(mijlpalenJson(r.dashboard), null, 2) : verslag(r, args.out));
    klaar(r.dashboard.anomalies.some((a) => a.severity === "error") ? EXIT.bevindingen : EXIT.ok);
  });
}

function geteld(t: {
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

function verslag(r: DashboardResultaat, out: string | undefined): string {
  const d = r.dashboard;
  const getal = (n: number) => n.toLocaleString("nl-NL");
  const regels = [
    `Mijlpalen uit ${r.bronbladen.join(", ")} (${d.indeling === "momentopnamen" ? "momentopname per kwartaal" : "datum per mijlpaal"}), peildatum ${datum(d.peildatum)}.`,
    "",
  ];
  const kop = ["Kwartaal", ...FASEN, "Totaal"];
  const rijen = [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])].map((k) => [
    `${k.label} ${datum(k.end)}${k.lopend ? " (lopend)" : ""}`,
    ...FASEN.map((f) => getal(k.counts[f] ?? 0)),
    getal(k.total),
  ]);
  const breedte = kop.map((_, i) => Math.max(kop[i].length, ...rijen.map((r) => r[i].length)));
  const regel = (cellen: string[]) =>
    cellen.map((c, i) => (i === 0 ? c.padEnd(breedte[i]) : c.padStart(breedte[i]))).join("  ");
  regels.push(regel(kop), ...rijen.map(regel));
  for (const v of d.totaalVerschil)
    regels.push(
      "",
      `Totaal ${v.quarter}: ${getal(v.nu)} (${v.vorigKwartaal}: ${getal(v.vorig)}), ${v.added.length} nieuw, ${v.gone.length} verdwenen.`
    );
  regels.push(...doorstroomRegels(d));
  regels.push(
    "",
    `Meldingen (${d.anomalies.length}): ${d.duplicates.length} dubbel, ${d.regressions.length} terug in fase.`
  );
  for (const a of d.anomalies.slice(0, MAX_MELDINGEN))
    regels.push(`  ${a.sheet}!${a.cell}  ${mijlpaalBericht(a)}`);
  if (d.anomalies.length > MAX_MELDINGEN)
    regels.push(
      `  ... en ${d.anomalies.length - MAX_MELDINGEN} meer (alle staan in het dashboardblad met --out, of in --json).`
    );
  if (out) regels.push("", `Kopie met blad "${r.blad}" geschreven naar ${out}.`);
  return regels.join("\n");
}

/** "Doorstroom per kwartaal": per pair of quarters the moves that are not zero, then Voltooid bereikt. */
function doorstroomRegels(d: MijlpalenDashboard): string[] {
  const regels = ["", `${W.kop}:`];
  if (d.doorstroom.length === 0) return [...regels, `  ${W.eenKwartaal}`];
  for (const x of d.doorstroom) {
    regels.push(`  ${W.paar(x.vorigKwartaal, x.quarter, x.lopend, "->")}`);
    const cellen = x.bewegingen.map((b) => [
      `${plekNaam(b.from)} -> ${plekNaam(b.to)}`,
      b.aantal.toLocaleString("nl-NL"),
    ]);
    if (cellen.length === 0) cellen.push([W.geenVerandering, "0"]);
    cellen.push([W.voltooidBereikt, x.voltooidBereikt.toLocaleString("nl-NL")]);
    const [links, rechts] = [0, 1].map((i) => Math.max(...cellen.map((c) => c[i].length)));
    for (const [tekst, aantal] of cellen)
      regels.push(`    ${tekst.padEnd(links)}  ${aantal.padStart(rechts)}`);
  }
  return regels;
}
