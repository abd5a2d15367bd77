import { z } from "zod";
import { MIJLPAAL_CODES, type MijlpaalCode, type MijlpaalFinding } from "./codes";
import { FASEN } from "./fasen/fasen";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fase = z.enum(FASEN);
const aantal = z.number().int().nonnegative();

/** Addresses per phase; every phase present, zero when none. */
export const faseTellingSchema = z.record(fase, aantal);

export const gemeenteTellingSchema = z.object({
  gemeente: z.string(),
  counts: faseTellingSchema,
  total: aantal,
});

/** One row of the dashboard: the phases of all addresses on the quarter's last day. */
export const kwartaalTellingSchema = z.object({
  /** "Q1 2020". */
  label: z.string(),
  /** The day counted: the quarter's last day, or the peildatum for the running quarter. */
  end: isoDate,
  /** True for the quarter that had not ended on the peildatum (counted up to the peildatum). */
  lopend: z.boolean(),
  counts: faseTellingSchema,
  /** Always the sum of counts. */
  total: aantal,
  /** Only when the data holds more than one gemeente: every gemeente, by name. */
  perGemeente: z.array(gemeenteTellingSchema).optional(),
});

export const dubbelSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  adresId: z.string(),
  /** The quarter's label for snapshot sheets. */
  kwartaal: z.string().optional(),
});

export const terugvalSchema = z.object({
  adresId: z.string(),
  from: fase,
  to: fase,
  /** The quarter in which the address stands in the earlier phase. */
  quarter: z.string(),
  sheet: z.string(),
  cell: z.string(),
});

/** Why the totaal changed from the previous quarter: which addresses came and went. */
export const totaalVerschilSchema = z.object({
  quarter: z.string(),
  vorigKwartaal: z.string(),
  vorig: aantal,
  nu: aantal,
  added: z.array(z.string()),
  gone: z.array(z.string()),
});

/** Outside the counts before a quarter: not in the previous list, or in it without a readable phase. */
export const BUITEN_VOOR = ["nieuw", "zonder-fase"] as const;
/** Outside the counts after a quarter: in the list without a readable phase, or no longer in it. */
export const BUITEN_NA = ["zonder-fase", "weg"] as const;

/** Addresses that went from one place to another between two quarters: never zero, never staying. */
export const herkomstSchema = z.union([fase, z.enum(BUITEN_VOOR)]);
export const bestemmingSchema = z.union([fase, z.enum(BUITEN_NA)]);
export const bewegingSchema = z.object({
  from: herkomstSchema,
  to: bestemmingSchema,
  aantal: aantal.positive(),
});

/** Between two consecutive rows of the dashboard: where every address went. */
export const doorstroomSchema = z.object({
  vorigKwartaal: z.string(),
  quarter: z.string(),
  /** The day of `quarter` counted (its last day, or the peildatum when it is running). */
  end: isoDate,
  lopend: z.boolean(),
  /** [from][to] by phase index: addresses counted in both quarters; the diagonal stayed put. */
  matrix: z.array(z.array(aantal)),
  /** Every move that is not zero: phase to phase first, then into the counts, then out of them. */
  bewegingen: z.array(bewegingSchema),
  /** Addresses counted in an earlier phase in `vorigKwartaal` and Voltooid in `quarter`. */
  voltooidBereikt: aantal,
});

const codes = Object.keys(MIJLPAAL_CODES) as [MijlpaalCode, ...MijlpaalCode[]];

export const mijlpaalBevindingSchema = z.object({
  code: z.enum(codes),
  severity: z.enum(["error", "warning", "info"]),
  sheet: z.string(),
  cell: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  adresId: z.string().optional(),
});

export const mijlpalenDashboardSchema = z.object({
  indeling: z.enum(["momentopnamen", "mijlpaaldatums"]),
  peildatum: isoDate,
  fasen: z.array(fase),
  /** Ended quarters only, oldest first: the dashboard table and chart. */
  kwartalen: z.array(kwartaalTellingSchema),
  /** The quarter of the peildatum when it has not ended: the state up to the peildatum, apart. */
  lopend: kwartaalTellingSchema.optional(),
  duplicates: z.array(dubbelSchema),
  regressions: z.array(terugvalSchema),
  totaalVerschil: z.array(totaalVerschilSchema),
  /** Per pair of consecutive rows (the running quarter included): who moved where. */
  doorstroom: z.array(doorstroomSchema),
  /** Every finding, duplicates and regressions included, in reading order. */
  anomalies: z.array(mijlpaalBevindingSchema),
});

export type FaseTelling = z.infer<typeof faseTellingSchema>;
export type GemeenteTelling = z.infer<typeof gemeenteTellingSchema>;
export type KwartaalTelling = z.infer<typeof kwartaalTellingSchema>;
export type Dubbel = z.infer<typeof dubbelSchema>;
export type Terugval = z.infer<typeof terugvalSchema>;
export type TotaalVerschil = z.infer<typeof totaalVerschilSchema>;
export type Herkomst = z.infer<typeof herkomstSchema>;
export type Bestemming = z.infer<typeof bestemmingSchema>;
export type Beweging = z.infer<typeof bewegingSchema>;
export type Doorstroom = z.infer<typeof doorstroomSchema>;
/**
 * The dashboard. Its findings are the typed ones `bevinding` made: the schema checks their shape
 * (a known code, params of text and numbers), the params of each code are checked where it is made.
 */
export type MijlpalenDashboard = Omit<z.infer<typeof mijlpalenDashboardSchema>, "anomalies"> & {
  anomalies: MijlpaalFinding[];
};
