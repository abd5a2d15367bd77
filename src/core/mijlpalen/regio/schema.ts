import { z } from "zod";
import {
  gemeenteTellingSchema,
  kwartaalTellingSchema,
  mijlpalenDashboardSchema,
  type MijlpalenDashboard,
} from "../dashboard-schema";
import { FASEN } from "../fasen/fasen";
import { REGIO_CODES, type RegioBevinding, type RegioCode } from "./codes";

/**
 * One row of the region: per quarter the sum over the gemeenten that have it. `ontbrekend` names
 * the gemeenten that do not (then the row is incomplete: it is never summed over fewer silently).
 */
export const regioKwartaalSchema = kwartaalTellingSchema.extend({
  /** Every gemeente that has the quarter, by name: they add up to the row. */
  perGemeente: z.array(gemeenteTellingSchema),
  /** The gemeenten without this quarter, by name; empty when the row is complete. */
  ontbrekend: z.array(z.string()),
});

export const regioGemeenteSchema = z.object({
  /** The one gemeente its gemeente column names, else the file name without its extension. */
  gemeente: z.string(),
  naamUit: z.enum(["kolom", "bestandsnaam"]),
  /** The workbook, as the caller named it (a file name, or a path on the command line). */
  bron: z.string(),
  /** Exactly the dashboard of that workbook alone. */
  dashboard: mijlpalenDashboardSchema,
});

const codes = Object.keys(REGIO_CODES) as [RegioCode, ...RegioCode[]];

export const regioBevindingSchema = z.object({
  code: z.enum(codes),
  severity: z.enum(["error", "warning", "info"]),
  bron: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  adresId: z.string().optional(),
});

export const regioDashboardSchema = z.object({
  peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fasen: z.array(z.enum(FASEN)),
  /** Ended quarters of any gemeente, oldest first. */
  kwartalen: z.array(regioKwartaalSchema),
  /** The quarter of the peildatum when it has not ended, as far as any gemeente has it. */
  lopend: regioKwartaalSchema.optional(),
  /** Ordered by gemeente, then by workbook. */
  gemeenten: z.array(regioGemeenteSchema),
  /** Findings across the workbooks; each workbook's own are in its dashboard. */
  bevindingen: z.array(regioBevindingSchema),
});

export type RegioKwartaal = z.infer<typeof regioKwartaalSchema>;
/** A gemeente of the region; its dashboard keeps its typed findings. */
export type RegioGemeente = Omit<z.infer<typeof regioGemeenteSchema>, "dashboard"> & {
  dashboard: MijlpalenDashboard;
};
/** The regional dashboard, with typed findings (the schema checks their shape). */
export type RegioDashboard = Omit<
  z.infer<typeof regioDashboardSchema>,
  "gemeenten" | "bevindingen"
> & { gemeenten: RegioGemeente[]; bevindingen: RegioBevinding[] };
