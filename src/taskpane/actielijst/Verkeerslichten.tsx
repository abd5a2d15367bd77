import { makeStyles, tokens } from "@fluentui/react-components";
import { VERKEERSLICHTEN, type Verkeerslicht } from "../../core/actielijst/traffic-light";
import type { Actie } from "../../core/actielijst/actie";
import { T } from "../texts";

const KLEUR: Record<Verkeerslicht, string> = {
  overdue: tokens.colorPaletteRedBackground3,
  "due-soon": tokens.colorPaletteMarigoldBackground3,
  "on-track": tokens.colorPaletteGreenBackground3,
  done: tokens.colorNeutralForeground3,
  "no-deadline": tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  lijst: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: "4px 12px",
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  item: { display: "flex", alignItems: "center", gap: "6px" },
  stip: { width: "10px", height: "10px", borderRadius: "50%", flexShrink: 0 },
  aantal: { fontWeight: tokens.fontWeightSemibold, marginLeft: "auto" },
});

/** How many actions per traffic light, the legend's colours beside each. */
export function Verkeerslichten({ acties }: { acties: readonly Actie[] }) {
  const s = useStyles();
  return (
    <ul className={s.lijst} aria-label="Verkeerslichten">
      {VERKEERSLICHTEN.map((licht) => (
        <li key={licht} className={s.item} data-licht={licht}>
          <span className={s.stip} style={{ background: KLEUR[licht] }} aria-hidden />
          <span>{T.licht[licht]}</span>
          <span className={s.aantal}>{acties.filter((a) => a.verkeerslicht === licht).length}</span>
        </li>
      ))}
    </ul>
  );
}
