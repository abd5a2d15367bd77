import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Command } from "commander";
import { z } from "zod";
import { actiepuntenVoorstel, voegActiepuntenToe } from "../../app/verslag/actiepunten";
import { leesVerslagBestand } from "../../host/docx/verslag-bestand";
import { actiepuntenJson } from "../actiepunten-json";
import { actiepuntenText } from "../actiepunten-text";
import { copySchema, datumSchema, fileSchema, parseArgs } from "../args";
import { CliError, EXIT, type CliIo } from "../io";
import {
  openWorkbook,
  readRegisterFile,
  registerOption,
  reportUncalculated,
  valueOrStop,
} from "./shared";

const schema = z.object({
  verslag: fileSchema,
  actielijst: fileSchema,
  register: fileSchema.optional(),
  volgendeVergadering: datumSchema("De datum bij --volgende-vergadering").optional(),
  json: z.boolean().default(false),
  out: copySchema.optional(),
  overschrijf: z.boolean().default(false),
});

/**
 * `actiepunten VERSLAG --actielijst LIJST`: the action points of a DUO verslag (.docx or text) as
 * rows for the action list, as the pane's "Actiepunten uit verslag" proposes them (the same
 * use-case): owners from the register (--register, else the list's Accounthouders sheet),
 * deadlines read as the list reads them, items the list already has left out. With --out, a copy
 * of the list with the rows appended below it and the Wijzigingslog; the inputs are never touched.
 */
export function actiepuntenCommand(io: CliIo, done: (code: number) => void): Command {
  return registerOption(
    new Command("actiepunten")
      .description(
        "Lees de actiepunten uit een verslag van het DUO (.docx of tekst) en stel ze voor als nieuwe rijen van de actielijst"
      )
      .argument("<verslag>", "het verslag (.docx of .txt)")
      .option("--actielijst <bestand>", "de actielijst (.xlsx) waar de actiepunten bij komen")
  )
    .option(
      "--volgende-vergadering <datum>",
      'de datum van het volgende DUO, DD-MM-JJJJ (anders zoals het verslag hem noemt): "voor het volgende DUO"'
    )
    .option("--json", "uitvoer als JSON")
    .option("--out <bestand>", "schrijf een kopie van de actielijst met de nieuwe rijen eronder")
    .option("--overschrijf", "vervang een bestaand --out-bestand (anders weigert Regie)")
    .helpOption("-h, --help", "toon deze hulp")
    .action(async (verslag: string, opts: Record<string, unknown>) => {
      if (opts.actielijst === undefined)
        throw new CliError(
          "Geef de actielijst op met --actielijst LIJST.xlsx: daar komen de actiepunten bij."
        );
      const args = parseArgs(schema, { ...opts, verslag });
      const register = await readRegisterFile(args.register, io);
      const lijst = await openWorkbook(args.actielijst, args.out);
      const bytes = await readFile(args.verslag);
      const voorstel = valueOrStop(
        await actiepuntenVoorstel(
          lijst,
          { soort: "bestand", naam: args.verslag, bytes },
          {
            ...(register && { register }),
            ...(args.volgendeVergadering && { volgendeVergadering: args.volgendeVergadering }),
          },
          leesVerslagBestand
        )
      );
      reportUncalculated(io, lijst);
      let geschreven: { out: string; rijen: number[] } | null = null;
      if (args.out) {
        const toegevoegd = valueOrStop(await voegActiepuntenToe(lijst, voorstel, io.now()));
        await lijst.saveAs(args.out, { replace: args.overschrijf });
        geschreven = { out: args.out, rijen: toegevoegd.rijen };
      }
      io.out(
        args.json
          ? JSON.stringify(actiepuntenJson(voorstel), null, 2)
          : actiepuntenText(
              voorstel,
              { verslag: basename(args.verslag), lijst: basename(args.actielijst) },
              geschreven
            )
      );
      done(EXIT.ok);
    });
}
