import type { Command } from "commander";
import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
  type NormalisatieVoorstel,
} from "../../app/accounthouders/normaliseer";
import { bericht } from "../../core/messages";
import { nietHerkend } from "../../core/accounthouders/berichten";
import { commonSchema, parseArgs } from "../args";
import { CliError, EXIT, type CliIo } from "../io";
import { normaliseerJson } from "../normaliseer-json";
import {
  readRegisterFile,
  openWorkbook,
  registerOption,
  valueOrStop,
  workbookCommand,
} from "./shared";

const NO_REGISTER =
  "Geen register van accounthouders: geef --register REGISTER.xlsx of voeg een blad Accounthouders toe (het taakvenster kan er een voorstellen).";

const RECOGNISED_BY: Record<string, string> = {
  alias: "naam of alias",
  voornaam: "voornaam",
  achternaam: "achternaam",
  gelijkenis: "gelijkenis",
};

export function normaliseerCommand(io: CliIo, done: (code: number) => void): Command {
  return workbookCommand(
    "normaliseer",
    "Schrijf elke accounthouder op één manier: canonieke namen, lakmerken en plaatshouders",
    "schrijf een kopie met de wijzigingen en het Wijzigingslog",
    registerOption
  ).action(async (file: string, opts: Record<string, unknown>) => {
    const args = parseArgs(commonSchema, {
      ...opts,
      file,
      peildatum: opts.peildatum ?? io.today(),
    });
    const register = await readRegisterFile(args.register, io);
    const workbook = await openWorkbook(args.file, args.out);
    const outcome = await normaliseerVoorvertoning(workbook, {
      peildatum: args.peildatum,
      register,
    });
    if (!outcome.ok && outcome.refusal.code === "geen-register") throw new CliError(NO_REGISTER);
    const proposal = valueOrStop(outcome);
    if (args.out) {
      valueOrStop(await pasNormalisatieToe(workbook, proposal, alleRegels(proposal), io.now()));
      await workbook.saveAs(args.out, { replace: args.overschrijf });
    }
    io.out(
      args.json
        ? JSON.stringify(normaliseerJson(proposal.normalisatie), null, 2)
        : reportText(proposal, args.out)
    );
    const hasErrors =
      proposal.normalisatie.unresolved.length > 0 ||
      proposal.register.findings.some((f) => f.severity === "error");
    done(hasErrors ? EXIT.findings : EXIT.ok);
  });
}

function reportText(v: NormalisatieVoorstel, out: string | undefined): string {
  const lines = [
    `Accounthouders op blad "${v.sheet}", register met ${v.register.personen.length} personen.`,
  ];
  lines.push(
    "",
    v.regels.length === 0
      ? "Alles staat al op één manier geschreven."
      : `Wijzigingen (${v.normalisatie.edits.length} cellen):`
  );
  for (const r of v.regels) {
    const via = r.via.length ? `  (${r.via.map((x) => RECOGNISED_BY[x]).join(", ")})` : "";
    lines.push(
      `  ${r.van.trim() || "(leeg)"} -> ${r.naar}  [${r.cellen.length} ${r.cellen.length === 1 ? "cel" : "cellen"}: ${r.cellen.join(", ")}]${via}`
    );
  }
  if (v.normalisatie.unresolved.length) {
    lines.push("", `Niet herkend (${v.normalisatie.unresolved.length}), blijft zoals geschreven:`);
    // Why, with the candidates, in the words the pane uses (issue 26, point 4).
    for (const u of v.normalisatie.unresolved)
      lines.push(`  ${u.cell.padEnd(5)} ${nietHerkend(u.text, u.kandidaten).reden}`);
  }
  if (v.normalisatie.findings.length) {
    lines.push("", `Past bij meer personen (${v.normalisatie.findings.length}), niet gekozen:`);
    for (const f of v.normalisatie.findings) lines.push(`  ${f.cell.padEnd(5)} ${bericht(f)}`);
  }
  if (v.normalisatie.formules.length) {
    lines.push(
      "",
      `Formule (${v.normalisatie.formules.length}), niet gewijzigd: Regie overschrijft geen formules:`
    );
    for (const f of v.normalisatie.formules)
      lines.push(`  ${f.cell.padEnd(5)} ${f.from} (zou ${f.to} worden)`);
  }
  if (v.register.findings.length) {
    lines.push("", `Register (${v.register.findings.length}):`);
    for (const f of v.register.findings) lines.push(`  ${f.cell.padEnd(5)} ${bericht(f)}`);
  }
  lines.push(
    "",
    out
      ? `Kopie met wijzigingen en Wijzigingslog geschreven naar ${out}.`
      : "Niets geschreven: gebruik --out KOPIE.xlsx om de wijzigingen in een kopie toe te passen."
  );
  return lines.join("\n");
}
