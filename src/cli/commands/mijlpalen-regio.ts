import { telRegioDashboard } from "../../app/mijlpalen/regio";
import { foutTekst } from "../../app/weigering-berichten";
import { HostError } from "../../app/ports";
import { hostFoutTekst } from "../../app/host-berichten";
import type { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { commonSchema, parseArgs } from "../args";
import { systemMessage } from "../errors";
import { CliError, EXIT, type CliIo } from "../io";
import { regioJson } from "../mijlpalen-json";
import { regioText } from "../mijlpalen-regio-text";
import { openWorkbook } from "./shared";

/** Several workbooks write no dashboard sheet yet: which workbook would get it is not obvious. */
export const REGIO_OUT_WEIGERING =
  "Met meer dan één werkmap schrijft Regie (nog) geen blad Dashboard mijlpalen: laat --out weg voor de cijfers van de regio op het scherm of met --json, of geef één werkmap op. Er is niets gelezen of geschreven.";

const schema = commonSchema.pick({ peildatum: true, json: true });

/**
 * `mijlpalen A.xlsx B.xlsx ...`: one workbook per gemeente, each read and counted as it would be
 * alone, then the region. Every file that cannot be used is named, all at once; then nothing is
 * counted (exit 2). Findings with errors, in a workbook or across them, give exit 1.
 */
export async function mijlpalenRegio(
  files: readonly string[],
  opts: Record<string, unknown>,
  io: CliIo
): Promise<number> {
  if (opts.out !== undefined) throw new CliError(REGIO_OUT_WEIGERING);
  const args = parseArgs(schema, { ...opts, peildatum: opts.peildatum ?? io.today() });
  const werkmappen = await openAll(files);
  const r = await telRegioDashboard(werkmappen, { peildatum: args.peildatum });
  if (!r.ok) throw new CliError(r.refusals.map(foutTekst).join("\nregie: "));
  io.out(args.json ? JSON.stringify(regioJson(r.value), null, 2) : regioText(r.value));
  const fout = [
    ...r.value.bevindingen,
    ...r.value.gemeenten.flatMap((g) => g.dashboard.anomalies),
  ].some((b) => b.severity === "error");
  return fout ? EXIT.findings : EXIT.ok;
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
