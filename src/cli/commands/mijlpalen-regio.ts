import { telRegioDashboard } from "../../app/mijlpalen/regio";
import { foutTekst } from "../../app/weigering-berichten";
import { HostError } from "../../app/ports";
import { hostFoutTekst } from "../../app/host-berichten";
import ExcelJS from "exceljs";
import { schrijfRegioDashboard } from "../../app/mijlpalen/regio-blad";
import { REGIO_BLAD } from "../../core/mijlpalen/sheet/regio-sheet";
import { soortWeigering, uitvoerWeigering } from "../../host/xlsx/safe-output";
import { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { commonSchema, parseArgs } from "../args";
import { systemMessage, uitvoerTekst } from "../errors";
import { CliError, EXIT, type CliIo } from "../io";
import { regioJson } from "../mijlpalen-json";
import { regioText } from "../mijlpalen-regio-text";
import { openWorkbook, valueOrStop } from "./shared";

const schema = commonSchema.pick({ peildatum: true, json: true, out: true, overschrijf: true });

/**
 * `mijlpalen A.xlsx B.xlsx ...`: one workbook per gemeente, each read and counted as it would be
 * alone, then the region. Every file that cannot be used is named, all at once; then nothing is
 * counted (exit 2). Findings with errors, in a workbook or across them, give exit 1.
 *
 * `--out` writes a new workbook holding only the sheet "Dashboard regio" (never a copy of one
 * gemeente's file: which one would it be?). It is refused before anything is read when it names
 * one of the inputs (by identity: a symlink or hard link to one too), an existing file without
 * --overschrijf, or a name Excel would not open as a plain workbook (.xlsm).
 */
export async function mijlpalenRegio(
  files: readonly string[],
  opts: Record<string, unknown>,
  io: CliIo
): Promise<number> {
  const args = parseArgs(schema, { ...opts, peildatum: opts.peildatum ?? io.today() });
  if (args.out) weigerUitvoer(args.out, files, args.overschrijf);
  const werkmappen = await openAll(files);
  const r = await telRegioDashboard(werkmappen, { peildatum: args.peildatum });
  if (!r.ok) throw new CliError(r.refusals.map(foutTekst).join("\nregie: "));
  if (args.out) {
    const nieuw = XlsxWorkbook.fromWorkbook(new ExcelJS.Workbook());
    valueOrStop(await schrijfRegioDashboard(nieuw, r.value, { gemaakt: io.now() }));
    await nieuw.saveAs(args.out, { replace: args.overschrijf });
  }
  const tekst = args.json ? JSON.stringify(regioJson(r.value), null, 2) : regioText(r.value);
  io.out(
    args.out && !args.json
      ? `${tekst}\n\nNieuwe werkmap met het blad "${REGIO_BLAD}" geschreven naar ${args.out}.`
      : tekst
  );
  const fout = [
    ...r.value.bevindingen,
    ...r.value.gemeenten.flatMap((g) => g.dashboard.anomalies),
  ].some((b) => b.severity === "error");
  return fout ? EXIT.findings : EXIT.ok;
}

/** The --out rules of every command, with every gemeente's workbook as an input. */
function weigerUitvoer(out: string, files: readonly string[], overschrijf: boolean): void {
  const bestaand = files.filter((f) => commonSchema.shape.file.safeParse(f).success);
  const refusal =
    uitvoerWeigering(out, bestaand, overschrijf) ??
    soortWeigering(out, { macro: false, strict: false });
  if (refusal) throw new CliError(uitvoerTekst(refusal));
}

/** Every file opened, or every one that cannot be, each named in its own line. */
async function openAll(files: readonly string[]): Promise<{ bron: string; port: XlsxWorkbook }[]> {
  const open: { bron: string; port: XlsxWorkbook }[] = [];
  const problemen: string[] = [];
  for (const bron of files) {
    const pad = commonSchema.shape.file.safeParse(bron);
    if (!pad.success) {
      problemen.push(pad.error.issues[0]?.message ?? `Onbruikbaar bestand: ${bron}`);
      continue;
    }
    try {
      open.push({ bron, port: await openWorkbook(bron) });
    } catch (error) {
      const tekst =
        error instanceof CliError
          ? error.message
          : error instanceof HostError
            ? hostFoutTekst(error)
            : systemMessage(error);
      if (tekst === undefined) throw error;
      problemen.push(tekst);
    }
  }
  if (problemen.length > 0) throw new CliError(problemen.join("\nregie: "));
  return open;
}
