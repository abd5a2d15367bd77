import {
  groepeerWijzigingen,
  normaliseer,
  type EigenaarCel,
  type Normalisatie,
} from "../../core/accounthouders/normalise";
import type { Register } from "../../core/accounthouders/register";
import { Resolver, type Herkenning } from "../../core/accounthouders/resolver";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { CellEdit } from "../../core/findings";
import { cellText, type CellValue } from "../../core/grid";
import { LOG_BLAD, logIndeling, type LogIndeling } from "../../core/wijzigingslog";
import type { WorkbookPort } from "../ports";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { pasWijzigingenToe } from "../wijzigingen/pas-toe";
import { readActielijst, rapporteer, type ValidateOptions } from "../actielijst/valideer";

/** One line of the preview: a change, the cells it touches, and how the name was recognised. */
export interface Wijzigingsregel {
  van: string;
  naar: string;
  cellen: string[];
  via: Herkenning[];
}

export interface NormalisatieVoorstel {
  sheet: string;
  register: Register;
  regels: Wijzigingsregel[];
  normalisatie: Normalisatie;
  rapport: ActielijstRapport;
  /** Where the Wijzigingslog ends now (null: no log yet), so applying needs no further read. */
  logRijen: number | null;
  /** The existing log's layout (an older Regie wrote another). */
  logIndeling: LogIndeling;
}

/**
 * "Normaliseer accounthouders", the preview: reads the list and the registry (two round trips) and
 * proposes every owner cell in its one spelling. Nothing is written here.
 */
export async function normaliseerVoorvertoning(
  port: WorkbookPort,
  opties: ValidateOptions
): Promise<Outcome<NormalisatieVoorstel>> {
  return withHostErrors(async () => {
    const gelezen = await readActielijst(port, opties);
    if (!gelezen.ok) return gelezen;
    const { summary, sheet, register } = gelezen.value;
    if (!register || register.personen.length === 0) return refused("geen-register", {}, false);
    const gevalideerd = rapporteer(gelezen.value, opties);
    if (!gevalideerd.ok) return gevalideerd;
    const normalisatie = normaliseer(eigenaarCells(gevalideerd.value), new Resolver(register));
    return succeeded({
      sheet,
      register,
      regels: groepeerWijzigingen(normalisatie.edits),
      normalisatie,
      rapport: gevalideerd.value,
      logRijen: summary.sheets.find((s) => s.name === LOG_BLAD)?.rowCount ?? null,
      logIndeling: logIndeling(summary.sheets.find((s) => s.name === LOG_BLAD)?.head[0]),
    });
  });
}

/** The distinct owner cells of the list; a merged owner cell shared by rows appears once. */
export function eigenaarCells(rapport: ActielijstRapport): EigenaarCel[] {
  const formules = new Set(rapport.formuleCellen);
  const perCel = new Map<string, EigenaarCel>();
  for (const actie of rapport.acties) {
    const cell = actie.cellen.accounthouder;
    if (!cell) continue;
    const bestaand = perCel.get(cell);
    if (bestaand) bestaand.rows.push(actie.row);
    else
      perCel.set(cell, {
        sheet: rapport.sheet,
        cell,
        rows: [actie.row],
        tekst: eigenaarTekst(actie.bron.waarde.accounthouder),
        formule: formules.has(cell),
      });
  }
  return [...perCel.values()];
}

/**
 * A text cell's raw text, spaces and all: the edit's "from" must be exactly what the cell holds. Any
 * other value (a boolean, a number) as the validation and the write guard see it: a boolean as WAAR,
 * never String(true), which the guard would take for a changed cell and refuse the write.
 */
function eigenaarTekst(waarde: CellValue | undefined): string {
  return typeof waarde === "string" ? waarde : cellText(waarde);
}

/** The edits of the ticked preview lines, in sheet order. */
export function gekozenEdits(
  voorstel: NormalisatieVoorstel,
  gekozen: ReadonlySet<string>
): CellEdit[] {
  return voorstel.normalisatie.edits
    .filter((e) => gekozen.has(regelSleutel(String(e.from), e.to)))
    .map(({ sheet, cell, from, to }) => ({ sheet, cell, from, to }));
}

export function regelSleutel(van: string, naar: string): string {
  return `${van}\u0001${naar}`;
}

export function alleRegels(voorstel: NormalisatieVoorstel): Set<string> {
  return new Set(voorstel.regels.map((r) => regelSleutel(r.van, r.naar)));
}

/**
 * Applies the ticked lines of a preview in one write, edits and log together: preview and apply
 * are three round trips in all. The user's confirmation is the `gekozen` set; nothing else is written.
 */
export async function pasNormalisatieToe(
  port: WorkbookPort,
  voorstel: NormalisatieVoorstel,
  gekozen: ReadonlySet<string>,
  tijdstip: string
): Promise<Outcome<{ aantal: number }>> {
  const edits = gekozenEdits(voorstel, gekozen);
  const uitkomst = await pasWijzigingenToe(port, edits, {
    actie: "Normaliseer accounthouders",
    tijdstip,
    bekend: {
      logRijen: voorstel.logRijen,
      logIndeling: voorstel.logIndeling,
    },
  });
  return uitkomst.ok ? succeeded({ aantal: uitkomst.value.aantal }) : uitkomst;
}
