import type { Command } from "commander";
import { valideer } from "../../app/actielijst/valideer";
import { valideerEnMarkeer } from "../../app/actielijst/markeer";
import { terugzetVoorstel, zetRijTerug } from "../../app/actielijst/zet-rij-terug";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { WorkbookPort, WorkbookSummary } from "../../app/ports";
import { commonSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { validationText } from "../report";
import { validateJson } from "../validate-json";
import {
  readRegisterFile,
  openWorkbook,
  registerOption,
  valueOrStop,
  workbookCommand,
} from "./shared";
import { z } from "zod";

const schema = commonSchema.extend({
  sheet: z.string().min(1, "De optie --sheet heeft een bladnaam nodig.").optional(),
});

/** `valideer`; `validate`, its first name, still works. */
export function valideerCommand(io: CliIo, done: (code: number) => void): Command {
  return workbookCommand(
    "valideer",
    "Controleer de actielijst: statussen, deadlines, accounthouders en verkeerslicht",
    "schrijf een kopie met gemarkeerde rijen",
    (command) =>
      registerOption(
        command.option(
          "--sheet <naam>",
          "het blad met de actielijst (anders het actieve of eerste passende blad)"
        )
      )
  )
    .alias("validate")
    .action(async (file: string, opts: Record<string, unknown>) => {
      const args = parseArgs(schema, { ...opts, file, peildatum: opts.peildatum ?? io.today() });
      const workbook = await openWorkbook(args.file, args.out);
      const register = await readRegisterFile(args.register, io);
      const options = { peildatum: args.peildatum, sheet: args.sheet, register };
      let putBack: string[] = [];
      // The outline before anything is written: putting rows back then needs no read of its own.
      const summaryBefore = args.out ? await workbook.summary() : null;
      const report = args.out
        ? valueOrStop(await valideerEnMarkeer(workbook, options)).rapport
        : valueOrStop(await valideer(workbook, options));
      // In the copy, shifted rows are put back too (with the Wijzigingslog), as the pane would.
      if (summaryBefore) putBack = await putRowsBack(workbook, report, summaryBefore, io.now());
      if (args.out) await workbook.saveAs(args.out, { replace: args.overschrijf });
      io.out(args.json ? JSON.stringify(validateJson(report), null, 2) : validationText(report));
      if (args.out && !args.json)
        io.out(["", ...putBack, `Gemarkeerde kopie geschreven naar ${args.out}.`].join("\n"));
      done(report.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok);
    });
}

/** Puts every shifted row back that can be; the lines that say what happened, in Dutch. */
async function putRowsBack(
  workbook: WorkbookPort,
  report: ActielijstRapport,
  summaryBefore: WorkbookSummary,
  timestamp: string
): Promise<string[]> {
  const proposal = terugzetVoorstel(report, summaryBefore);
  const lines = proposal.handmatig.map(
    (row) => `Rij ${row} lijkt verschoven maar is niet teruggezet: zet de cellen met de hand terug.`
  );
  if (proposal.rijen.length === 0) return lines;
  const applied = valueOrStop(await zetRijTerug(workbook, proposal, timestamp));
  const n = applied.rijen.length;
  return [
    `${n === 1 ? "Verschoven rij" : `${n} verschoven rijen`} teruggezet in de kopie (rij ${applied.rijen.join(", ")}; ${applied.aantal} cellen, in het Wijzigingslog).`,
    ...lines,
  ];
}
