import { z } from "zod";
import {
  BUITEN_NA,
  BUITEN_VOOR,
  FASEN,
  MIJLPAAL_CODES,
  REGIO_CODES,
  type KwartaalTelling,
  type MijlpaalCode,
  type RegioCode,
  type MijlpalenDashboard,
  type RegioDashboard,
} from "../core/mijlpalen";
import { mijlpaalBericht, regioBericht } from "../core/mijlpalen/berichten";

const MIJLPAAL_CODE_NAMEN = Object.keys(MIJLPAAL_CODES) as MijlpaalCode[];
const REGIO_CODE_NAMEN = Object.keys(REGIO_CODES) as RegioCode[];

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const countSchema = z.number().int().nonnegative();

const quarterSchema = z.object({
  label: z.string(),
  end: iso,
  counts: z.object(Object.fromEntries(FASEN.map((f) => [f, countSchema]))),
  total: countSchema,
});

/**
 * Per pair of consecutive quarters (the running one last): matrix[from][to] by phase of the
 * addresses counted in both, the moves that are not zero (also "nieuw", "zonder-fase" and "weg":
 * into and out of the counts), and how many reached Voltooid from an earlier phase.
 */
const movementSchema = z.object({
  from: z.string(),
  to: z.string(),
  end: iso,
  matrix: z.array(z.array(countSchema).length(FASEN.length)).length(FASEN.length),
  moves: z.array(
    z.object({
      from: z.enum([...FASEN, ...BUITEN_VOOR]),
      to: z.enum([...FASEN, ...BUITEN_NA]),
      count: countSchema,
    })
  ),
  reachedVoltooid: countSchema,
});

/** The JSON contract of `mijlpalen --json`: checked before it is printed. */
export const mijlpalenJsonSchema = z.object({
  quarters: z.array(quarterSchema),
  duplicates: z.array(z.object({ sheet: z.string(), adresId: z.string() })),
  regressions: z.array(
    z.object({ adresId: z.string(), from: z.enum(FASEN), to: z.enum(FASEN), quarter: z.string() })
  ),
  anomalies: z.array(
    z.object({ sheet: z.string(), cell: z.string(), adresId: z.string(), message: z.string() })
  ),
  movements: z.array(movementSchema),
});

/**
 * The JSON contract of `mijlpalen A.xlsx B.xlsx ...`: the region per quarter (`incomplete` names
 * the gemeenten without that quarter, only when there are), each gemeente as its workbook alone
 * gives it, and every finding: across the workbooks first, then each workbook's own. `bron` is the
 * file as given; `sheet`, `cell` and `adresId` are "" where a finding has none.
 */
export const regioJsonSchema = z.object({
  quarters: z.array(quarterSchema.extend({ incomplete: z.array(z.string()).min(1).optional() })),
  gemeenten: z.array(
    z.object({
      gemeente: z.string(),
      bron: z.string(),
      quarters: z.array(quarterSchema),
      movements: z.array(movementSchema),
    })
  ),
  findings: z.array(
    z.object({
      bron: z.string(),
      sheet: z.string(),
      cell: z.string(),
      adresId: z.string(),
      code: z.enum([...MIJLPAAL_CODE_NAMEN, ...REGIO_CODE_NAMEN]),
      severity: z.enum(["error", "warning", "info"]),
      message: z.string(),
    })
  ),
});

/** The quarters run to the quarter of the peildatum: the running one last, counted up to the peildatum. */
export function mijlpalenJson(d: MijlpalenDashboard): z.infer<typeof mijlpalenJsonSchema> {
  return mijlpalenJsonSchema.parse({
    quarters: rijen(d).map(quarter),
    duplicates: d.duplicates.map((x) => ({ sheet: x.sheet, adresId: x.adresId })),
    regressions: d.regressions.map((x) => ({
      adresId: x.adresId,
      from: x.from,
      to: x.to,
      quarter: x.quarter,
    })),
    anomalies: d.anomalies.map((a) => ({
      sheet: a.sheet,
      cell: a.cell,
      adresId: a.adresId ?? "",
      message: mijlpaalBericht(a),
    })),
    movements: movements(d),
  });
}

/** The region as JSON; the quarters, as with one workbook, run to the peildatum's. */
export function regioJson(r: RegioDashboard): z.infer<typeof regioJsonSchema> {
  return regioJsonSchema.parse({
    quarters: rijen(r).map((k) => ({
      ...quarter(k),
      ...(k.ontbrekend.length > 0 && { incomplete: k.ontbrekend }),
    })),
    gemeenten: r.gemeenten.map((g) => ({
      gemeente: g.gemeente,
      bron: g.bron,
      quarters: rijen(g.dashboard).map(quarter),
      movements: movements(g.dashboard),
    })),
    findings: [
      ...r.bevindingen.map((b) => ({
        bron: b.bron,
        sheet: b.sheet ?? "",
        cell: b.cell ?? "",
        adresId: b.adresId ?? "",
        code: b.code,
        severity: b.severity,
        message: regioBericht(b),
      })),
      ...r.gemeenten.flatMap((g) =>
        g.dashboard.anomalies.map((a) => ({
          bron: g.bron,
          sheet: a.sheet,
          cell: a.cell,
          adresId: a.adresId ?? "",
          code: a.code,
          severity: a.severity,
          message: mijlpaalBericht(a),
        }))
      ),
    ],
  });
}

function rijen<K>(d: { kwartalen: K[]; lopend?: K }): K[] {
  return [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])];
}

function quarter(k: KwartaalTelling) {
  return { label: k.label, end: k.end, counts: k.counts, total: k.total };
}

function movements(d: MijlpalenDashboard) {
  return d.doorstroom.map((x) => ({
    from: x.vorigKwartaal,
    to: x.quarter,
    end: x.end,
    matrix: x.matrix,
    moves: x.bewegingen.map((b) => ({ from: b.from, to: b.to, count: b.aantal })),
    reachedVoltooid: x.voltooidBereikt,
  }));
}
