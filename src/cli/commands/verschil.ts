import { statSync } from "node:fs";
import { basename } from "node:path";
import { Command } from "commander";
import { vergelijkMetEerder, writeWijzigingen } from "../../app/actielijst/vergelijk";
import type { Outcome } from "../../app/outcome";
import { tijdstipTekst } from "../../app/regie";
import { commonSchema, datumSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { verschilJson } from "../verschil-json";
import { verschilText } from "../verschil-text";
import {
  openWorkbook,
  readRegisterFile,
  registerOption,
  reportUncalculated,
  valueOrStop,
} from "./shared";

const schema = commonSchema.omit({ file: true }).extend({
  oud: commonSchema.shape.file,
  nieuw: commonSchema.shape.file,
  sinds: datumSchema("De datum bij --sinds").optional(),
});

/**
 * `verschil OUD NIEUW`: what changed in the action list from one version to the next, as the pane's
 * "Verschil met eerdere versie" compares them (the same use-case). Both lists are read as Valideer
 * reads them; the owners of both are resolved with one registry (--register, else NIEUW's
 * Accounthouders sheet), so that one person is one name on both sides. With --out, a copy of NIEUW
 * gets the sheet "Wijzigingen sinds ..." the pane writes.
 */
export function verschilCommand(io: CliIo, done: (code: number) => void): Command {
  return registerOption(
    new Command("verschil")
      .description(
        "Vergelijk twee versies van de actielijst: nieuw, gesloten, gewijzigd (status, deadline, accounthouder) en verdwenen"
      )
      .argument("<oud>", "de eerdere versie (.xlsx)")
      .argument("<nieuw>", "de latere versie (.xlsx)")
      .option(
        "--sinds <datum>",
        "de datum van de eerdere versie, DD-MM-JJJJ (standaard de datum van het bestand OUD)"
      )
  )
    .option("--peildatum <datum>", "de peildatum, DD-MM-JJJJ of JJJJ-MM-DD (standaard vandaag)")
    .option("--json", "uitvoer als JSON")
    .option("--out <bestand>", 'schrijf een kopie van NIEUW met het blad "Wijzigingen sinds ..."')
    .option("--overschrijf", "vervang een bestaand --out-bestand (anders weigert Regie)")
    .helpOption("-h, --help", "toon deze hulp")
    .action(async (oud: string, nieuw: string, opts: Record<string, unknown>) => {
      const args = parseArgs(schema, {
        ...opts,
        oud,
        nieuw,
        peildatum: opts.peildatum ?? io.today(),
      });
      const later = await openWorkbook(args.nieuw, args.out);
      const earlier = await openWorkbook(args.oud);
      const register = await readRegisterFile(args.register, io);
      try {
        const r = valueOrStop(
          aboutFile(
            await vergelijkMetEerder(
              later,
              { peildatum: args.peildatum, register },
              {
                soort: "bestand",
                naam: args.oud,
                datum: args.sinds ?? fileDate(args.oud),
                port: earlier,
              }
            ),
            args.nieuw
          )
        );
        io.out(
          args.json
            ? JSON.stringify(verschilJson(args.oud, args.nieuw, r.verschil), null, 2)
            : verschilText(
                { old: args.oud, new: args.nieuw },
                { old: r.aantallen.oud, new: r.aantallen.nieuw },
                args.peildatum,
                r.verschil
              )
        );
        if (args.out) {
          const geschreven = valueOrStop(await writeWijzigingen(later, r, io.now()));
          await later.saveAs(args.out, { replace: args.overschrijf });
          if (!args.json)
            io.out(
              `\nKopie van ${basename(args.nieuw)} met het blad "${geschreven.blad}" geschreven naar ${args.out}.`
            );
        }
      } finally {
        reportUncalculated(io, earlier);
        reportUncalculated(io, later);
      }
      done(EXIT.ok);
    });
}

/** The day the file was last saved, on this machine's clock: what the pane takes for a file too. */
function fileDate(path: string): string {
  return tijdstipTekst(statSync(path).mtime).slice(0, 10);
}

/** Two files: a refusal about NIEUW says so (one about OUD already names it). */
function aboutFile<T>(outcome: Outcome<T>, file: string): Outcome<T> {
  if (outcome.ok || outcome.refusal.file) return outcome;
  return { ok: false, refusal: { ...outcome.refusal, file } };
}
