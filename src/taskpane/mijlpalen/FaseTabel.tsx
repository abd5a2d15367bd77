import { makeStyles, tokens } from "@fluentui/react-components";
import { FASEN, type Fase } from "../../core/mijlpalen";
import { T } from "../texts";
import { FaseKleur } from "./FaseKleur";

export const useTabelStijlen = makeStyles({
  tabel: { borderCollapse: "collapse", width: "100%" },
  getal: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // Left and semibold, like the caption of the movement table below it.
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
});

/** One quarter's addresses per phase, each phase with its colour, and the total: one workbook's or the region's. */
export function FaseTabel({
  titel,
  counts,
  total,
}: {
  titel: string;
  counts: Partial<Record<Fase, number>>;
  total: number;
}) {
  const s = useTabelStijlen();
  return (
    <table className={s.tabel} aria-label={titel}>
      <caption className={s.caption}>{titel}</caption>
      <tbody>
        {FASEN.map((f) => (
          <tr key={f}>
            <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
              <FaseKleur fase={f} />
              {f}
            </th>
            <td className={s.getal}>{(counts[f] ?? 0).toLocaleString("nl-NL")}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" style={{ textAlign: "left" }}>
            {T.mijlpalen.totaal}
          </th>
          <td className={s.getal}>
            <strong>{total.toLocaleString("nl-NL")}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
