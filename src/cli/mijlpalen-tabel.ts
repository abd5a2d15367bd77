import { FASEN, type KwartaalTelling } from "../core/mijlpalen";
import { datum } from "../core/messages";

export const formatNumber = (n: number): string => n.toLocaleString("nl-NL");

/**
 * The quarters as a table, newest first, as the dashboard sheet lists its movements: the quarter
 * the user asks about is the first thing on screen, not the last of a hundred lines. `achter`
 * adds a remark after a row's total (the region's "onvolledig: zonder ...").
 */
export function kwartaalTabel<K extends KwartaalTelling>(
  kwartalen: readonly K[],
  achter: (k: K) => string = () => ""
): string[] {
  const heading = ["Kwartaal (nieuwste eerst)", ...FASEN, "Totaal"];
  const nieuwsteEerst = [...kwartalen].reverse();
  const rows = nieuwsteEerst.map((k) => [
    `${k.label} ${datum(k.end)}${k.lopend ? " (lopend)" : ""}`,
    ...FASEN.map((f) => formatNumber(k.counts[f] ?? 0)),
    formatNumber(k.total),
  ]);
  const widths = heading.map((_, i) =>
    Math.max(heading[i].length, ...rows.map((r) => r[i].length))
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [
    line(heading),
    ...rows.map((r, i) => {
      const opmerking = achter(nieuwsteEerst[i]);
      return opmerking ? `${line(r)}  ${opmerking}` : line(r);
    }),
  ];
}

/** The layout a workbook's dashboard was counted from, as the report names it. */
export function indelingNaam(d: { indeling: "momentopnamen" | "mijlpaaldatums" }): string {
  return d.indeling === "momentopnamen" ? "momentopname per kwartaal" : "datum per mijlpaal";
}
