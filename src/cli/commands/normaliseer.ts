import type { Command } from "commander";
import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
  type NormalisatieVoorstel,
} from "../../app/accounthouders/normaliseer";
import { bericht } from "../../core/messages";
import { gemeenschappelijkSchema, parseArgs } from "../args";
import { CliFout, EXIT, type CliIo } from "../io";
import { normaliseerJson } from "../normaliseer-json";
import {
  leesRegisterBestand,
  openWerkmap,
  registerOptie,
  uitkomstOfStop,
  werkmapCommand,
} from "./shared";

const GEEN_REGISTER =
  "Geen register van accounthouders: geef --register REGISTER.xlsx of voeg een blad Accounthouders toe (het taakvenster kan er een voorstellen).";

const HERKENNING: Record<string, string> = {
  alias: "naam of alias",
  voornaam: "voornaam",
  achternaam: "achternaam",
  gelijkenis: "gelijkenis",
};

export function normaliseerCommand(io: CliIo, klaar: (code: number) => void): Command {
  return werkmapCommand(
    "normaliseer",
    "Schrijf elke accounthouder op één manier: canonieke namen, lakmerken en plaatshouders",
    "schrijf een kopie met de wijzigingen en het Wijzigingslog",
    registerOptie
  ).action(async (file: string, opts: Record<string, unknown>) => {
    const args = parseArgs(gemeenschappelijkSchema, {
      ...opts,
      file,
      peildatum: opts.peildatum ?? io.vandaag(),
    });
    const register = await leesRegisterBestand(args.register, io);
    const werkmap = await openWerkmap(args.file);
    const uitkomst = await normaliseerVoorvertoning(werkmap, {
      peildatum: args.peildatum,
      register,
    });
    if (!uitkomst.ok && uitkomst.fout.code === "geen-register") throw new CliFout(GEEN_REGISTER);
    const voorstel = uitkomstOfStop(uitkomst);
    if (args.out) {
      uitkomstOfStop(
        await pasNormalisatieToe(werkmap, voorstel, alleRegels(voorstel), io.tijdstip())
      );
      await werkmap.saveAs(args.out);
    }
    io.out(
      args.json
        ? JSON.stringify(normaliseerJson(voorstel.normalisatie), null, 2)
        : verslag(voorstel, args.out)
    );
    const fouten =
      voorstel.normalisatie.unresolved.length > 0 ||
      voorstel.register.findings.some((f) => f.severity === "error");
    klaar(fouten ? EXIT.bevindingen : EXIT.ok);
  });
}

function verslag(v: NormalisatieVoorstel, out: string | undefined): string {
  const regels = [
    `Accounthouders op blad "${v.sheet}", register met ${v.register.personen.length} personen.`,
  ];
  regels.push(
    "",
    v.regels.length === 0
      ? "Alles staat al op één manier geschreven."
      : `Wijzigingen (${v.normalisatie.edits.length} cellen):`
  );
  for (const r of v.regels) {
    const via = r.via.length ? `  (${r.via.map((x) => HERKENNING[x]).join(", ")})` : "";
    regels.push(
      `  ${r.van.trim() || "(leeg)"} -> ${r.naar}  [${r.cellen.length} ${r.cellen.length === 1 ? "cel" : "cellen"}: ${r.cellen.join(", ")}]${via}`
    );
  }
  if (v.normalisatie.unresolved.length) {
    regels.push("", `Niet herkend (${v.normalisatie.unresolved.length}), blijft zoals geschreven:`);
    for (const u of v.normalisatie.unresolved) regels.push(`  ${u.cell.padEnd(5)} ${u.text}`);
  }
  if (v.normalisatie.findings.length) {
    regels.push("", `Past bij meer personen (${v.normalisatie.findings.length}), niet gekozen:`);
    for (const f of v.normalisatie.findings) regels.push(`  ${f.cell.padEnd(5)} ${bericht(f)}`);
  }
  if (v.normalisatie.formules.length) {
    regels.push(
      "",
      `Formule (${v.normalisatie.formules.length}), niet gewijzigd: Regie overschrijft geen formules:`
    );
    for (const f of v.normalisatie.formules)
      regels.push(`  ${f.cell.padEnd(5)} ${f.from} (zou ${f.to} worden)`);
  }
  if (v.register.findings.length) {
    regels.push("", `Register (${v.register.findings.length}):`);
    for (const f of v.register.findings) regels.push(`  ${f.cell.padEnd(5)} ${bericht(f)}`);
  }
  regels.push(
    "",
    out
      ? `Kopie met wijzigingen en Wijzigingslog geschreven naar ${out}.`
      : "Niets geschreven: gebruik --out KOPIE.xlsx om de wijzigingen in een kopie toe te passen."
  );
  return regels.join("\n");
}
