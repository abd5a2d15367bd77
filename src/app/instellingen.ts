import { z } from "zod";
import { succeeded, refused, type Outcome } from "./outcome";
import { STANDAARD_BINNENKORT_DAGEN } from "../core/actielijst/traffic-light";

/** What the secretariaat sets once per workbook; stored in the workbook, keyed to the add-in. */
export const instellingenSchema = z.object({
  /** null: today, every time the pane opens. */
  peildatum: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .catch(null),
  binnenkortDagen: z.number().int().min(0).max(365).catch(STANDAARD_BINNENKORT_DAGEN),
  /** The action sheet when the user picked one; otherwise Regie finds it. */
  actieblad: z.string().min(1).nullable().catch(null),
  /** Quarters the user gave for snapshot sheets whose name does not say it, by sheet name. */
  kwartalen: z
    .record(
      z.string(),
      z.object({
        jaar: z.number().int().min(1900).max(2200),
        kwartaal: z.number().int().min(1).max(4),
      })
    )
    .catch({}),
});

export type Instellingen = z.infer<typeof instellingenSchema>;

export const STANDAARD_INSTELLINGEN: Instellingen = {
  kwartalen: {},
  peildatum: null,
  binnenkortDagen: STANDAARD_BINNENKORT_DAGEN,
  actieblad: null,
};

/** Where settings live: the workbook's own settings in Excel, the browser's storage in the demo. */
export interface InstellingenOpslag {
  lees(): Promise<unknown>;
  bewaar(waarde: Instellingen): Promise<void>;
}

/** Reads settings; anything unreadable falls back to the default for that field, never throws. */
export async function readInstellingen(opslag: InstellingenOpslag): Promise<Instellingen> {
  try {
    const ruw = await opslag.lees();
    const parsed = instellingenSchema.safeParse({
      ...STANDAARD_INSTELLINGEN,
      ...(typeof ruw === "object" && ruw !== null ? ruw : {}),
    });
    return parsed.success ? parsed.data : STANDAARD_INSTELLINGEN;
  } catch {
    // Settings are a convenience: a broken store must not keep the pane from working.
    return STANDAARD_INSTELLINGEN;
  }
}

/**
 * Saves settings; a failed save (Office's settings.saveAsync reports failure through its callback, not
 * by throwing) comes back as a Dutch refusal instead of being lost: the settings then hold in this
 * pane only, and the user is told so.
 */
export async function bewaarInstellingen(
  opslag: InstellingenOpslag,
  waarde: Instellingen
): Promise<Outcome<Instellingen>> {
  try {
    await opslag.bewaar(waarde);
    return succeeded(waarde);
  } catch (error) {
    const reden = error instanceof Error && error.message ? error.message : undefined;
    return refused("instellingen-niet-bewaard", { reden }, false);
  }
}
