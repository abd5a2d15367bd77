import { Command } from "commander";
import { z } from "zod";
import { readVersie } from "../../app/actielijst/verschil";
import { vergelijkVersies } from "../../core/actielijst/verschil";
import { commonSchema, parseArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { verschilJson } from "../verschil-json";
import { verschilText } from "../verschil-text";
import type { Outcome } from "../../app/outcome";
import { reportUncalculated, openWorkbook, valueOrStop } from "./shared";

const schema = z.object({
  oud: commonSchema.shape.file,
  nieuw: commonSchema.shape.file,
  peildatum: commonSchema.shape.peildatum,
  json: z.boolean().default(false),
});

/**
 * `verschil OUD NIEUW`: what changed in the action list from one version to the next. Both lists
 * are read as Valideer reads them; the owners of both are resolved with NIEUW's registry (its
 * Accounthouders sheet), so that one person is one name on both sides.
 */
export function verschilCommand(io: CliIo, done: (code: number) => void): Command {
  return new Command("verschil")
    .description(
      "Vergelijk twee versies van de actielijst: nieuw, gesloten, gewijzigd (status, deadline, accounthouder) en verdwenen"
    )
    .argument("<oud>", "de eerdere versie (.xlsx)")
    .argument("<nieuw>", "de latere versie (.xlsx)")
    .option("--peildatum <datum>", "de peildatum, DD-MM-JJJJ of JJJJ-MM-DD (standaard vandaag)")
    .option("--json", "uitvoer als JSON")
    .helpOption("-h, --help", "toon deze hulp")
    .action(async (oud: string, nieuw: string, opts: Record<string, unknown>) => {
      const args = parseArgs(schema, {
        ...opts,
        oud,
        nieuw,
        peildatum: opts.peildatum ?? io.today(),
      });
      const later = await openWorkbook(args.nieuw);
      const earlier = await openWorkbook(args.oud);
      try {
        // Two files: a refusal names the one it is about.
        const b = valueOrStop(
          aboutFile(await readVersie(later, { peildatum: args.peildatum }), args.nieuw)
        );
        const a = valueOrStop(
          aboutFile(
            await readVersie(earlier, { peildatum: args.peildatum, register: b.register }),
            args.oud
          )
        );
        const v = vergelijkVersies(a.acties, b.acties);
        io.out(
          args.json
            ? JSON.stringify(verschilJson(args.oud, args.nieuw, v), null, 2)
            : verschilText(
                { old: args.oud, new: args.nieuw },
                { old: a.acties.length, new: b.acties.length },
                args.peildatum,
                v
              )
        );
      } finally {
        reportUncalculated(io, earlier);
        reportUncalculated(io, later);
      }
      done(EXIT.ok);
    });
}

function aboutFile<T>(outcome: Outcome<T>, file: string): Outcome<T> {
  return outcome.ok ? outcome : { ok: false, refusal: { ...outcome.refusal, file } };
}
