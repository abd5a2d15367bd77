import type { Command } from "commander";
import { valideer } from "../../app/actielijst/valideer";
import { valideerEnMarkeer } from "../../app/actielijst/markeer";
import { terugzetVoorstel, zetRijTerug } from "../../app/actielijst/zet-rij-terug";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { WorkbookPort, WorkbookSummary } from "../../app/ports";
import { gemeenschappelijkSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { validatieTekst } from "../report";
import { validateJson } from "../validate-json";
import {
  leesRegisterBestand,
  openWerkmap,
  registerOptie,
  uitkomstOfStop,
  werkmapCommand,
} from "./shared";
import { z } from "zod";

const schema = gemeenschappelijkSchema.extend({
  sheet: z.string().min(1, "De optie --sheet heeft een bladnaam nodig.").optional(),
});

/** `valideer`; `validate`, its first name, still works. */
export function valideerCommand(io: CliIo, klaar: (code: number) => void): Command {
  return werkmapCommand(
    "valideer",
    "Controleer de actielijst: statussen, deadlines, accounthouders en verkeerslicht",
    "schrijf een kopie met gemarkeerde rijen",
    (command) =>
      registerOptie(
        command.option(
          "--sheet <naam>",
          "het blad met de actielijst (anders het actieve of eerste passende blad)"
        )
      )
  )
    .alias("validate")
    .action(async (file: string, opts: Record<string, unknown>) => {
      const args = parseArgs(schema, { ...opts, file, peildatum: opts.peildatum ?? io.vandaag() });
      const werkmap = await openWerkmap(args.file);
      const register = await leesRegisterBestand(args.register, io);
      const opties = { peildatum: args.peildatum, sheet: args.sheet, register };
      let teruggezet: string[] = [];
      // The outline before anything is written: putting rows back then needs no read of its own.
      const vooraf = args.out ? await werkmap.summary() : null;
      const rapport = args.out
        ? uitkomstOfStop(await valideerEnMarkeer(werkmap, opties)).rapport
        : uitkomstOfStop(await valideer(werkmap, opties));
      // In the copy, shifted rows are put back too (with the Wijzigingslog), as the pane would.
      if (vooraf) teruggezet = await zetTerug(werkmap, rapport, vooraf, io.tijdstip());
      if (args.out) await werkmap.saveAs(args.out);
      io.out(args.json ? JSON.stringify(validateJson(rapport), null, 2) : validatieTekst(rapport));
      if (args.out && !args.json)
        io.out(["", ...teruggezet, `Gemarkeerde kopie geschreven naar ${args.out}.`].join("\n"));
      klaar(rapport.findings.some((f) => f.severity === "error") ? EXIT.bevindingen : EXIT.ok);
    });
}

/** Puts every shifted row back that can be; the lines that say what happened, in Dutch. */
async function zetTerug(
  werkmap: WorkbookPort,
  rapport: ActielijstRapport,
  vooraf: WorkbookSummary,
  tijdstip: string
): Promise<string[]> {
  const voorstel = terugzetVoorstel(rapport, vooraf);
  const regels = voorstel.handmatig.map(
    (row) => `Rij ${row} lijkt verschoven maar is niet teruggezet: zet de cellen met de hand terug.`
  );
  if (voorstel.rijen.length === 0) return regels;
  const gedaan = uitkomstOfStop(await zetRijTerug(werkmap, voorstel, tijdstip));
  const n = gedaan.rijen.length;
  return [
    `${n === 1 ? "Verschoven rij" : `${n} verschoven rijen`} teruggezet in de kopie (rij ${gedaan.rijen.join(", ")}; ${gedaan.aantal} cellen, in het Wijzigingslog).`,
    ...regels,
  ];
}
