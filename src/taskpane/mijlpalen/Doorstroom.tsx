import { makeStyles, tokens } from "@fluentui/react-components";
import { plekNaam } from "../../core/mijlpalen/berichten";
import type { Doorstroom as DoorstroomData } from "../../core/mijlpalen";
import { T } from "../texts";

const useStyles = makeStyles({
  tabel: { borderCollapse: "collapse", width: "100%" },
  kop: { textAlign: "left", fontWeight: tokens.fontWeightRegular, paddingRight: "8px" },
  getal: { textAlign: "right", fontVariantNumeric: "tabular-nums", verticalAlign: "top" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  leeg: { textAlign: "left", color: tokens.colorNeutralForeground3 },
  voltooid: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingRight: "8px" },
});

/**
 * "Dit kwartaal doorgestroomd": the moves of the last pair of ended quarters, phase to phase and
 * into or out of the list, then how many reached Voltooid. Rendered from the dashboard's data only.
 */
export function Doorstroom({ doorstroom }: { doorstroom: DoorstroomData }) {
  const s = useStyles();
  const paar = T.mijlpalen.doorstroom.paar(doorstroom.vorigKwartaal, doorstroom.quarter);
  return (
    <table className={s.tabel} aria-label={T.mijlpalen.doorstroom.kop(paar)}>
      <caption className={s.caption}>{T.mijlpalen.doorstroom.kop(paar)}</caption>
      <tbody>
        {doorstroom.bewegingen.length === 0 && (
          <tr>
            <th scope="row" colSpan={2} className={s.leeg}>
              {T.mijlpalen.doorstroom.geen}
            </th>
          </tr>
        )}
        {doorstroom.bewegingen.map((b) => (
          <tr key={`${b.from}>${b.to}`}>
            <th scope="row" className={s.kop}>
              {T.mijlpalen.doorstroom.beweging(plekNaam(b.from), plekNaam(b.to))}
            </th>
            <td className={s.getal}>{b.aantal.toLocaleString("nl-NL")}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className={s.voltooid}>
            {T.mijlpalen.doorstroom.voltooid}
          </th>
          <td className={s.getal}>
            <strong>{doorstroom.voltooidBereikt.toLocaleString("nl-NL")}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
