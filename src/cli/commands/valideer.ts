import type { Command } from "commander";
import { valideer } from "../../app/actielijst/valideer";
import { valideerEnMarkeer } from "../../app/actielijst/markeer";
import { gemeenschappelijkSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { validatieTekst } from "../report";
import { validateJson } from "../validate-json";
import {
  leesRegisterBestand,
  meldNietBerekend,
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
      let rapport;
      try {
        rapport = args.out
          ? uitkomstOfStop(await valideerEnMarkeer(werkmap, opties)).rapport
          : uitkomstOfStop(await valideer(werkmap, opties));
      } finally {
        meldNietBerekend(io, werkmap);
      }
      if (args.out) await werkmap.saveAs(args.out);
      io.out(args.json ? JSON.stringify(validateJson(rapport), null, 2) : validatieTekst(rapport));
      if (args.out && !args.json) io.out(`\nGemarkeerde kopie geschreven naar ${args.out}.`);
      klaar(rapport.findings.some((f) => f.severity === "error") ? EXIT.bevindingen : EXIT.ok);
    });
}
