import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { T } from "../texts";
import { useGedeeldeStijlen } from "./stijlen";

const useStyles = makeStyles({
  lijst: {
    margin: 0,
    paddingLeft: "0",
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  regel: { overflowWrap: "anywhere" },
  cel: { fontFamily: tokens.fontFamilyMonospace, marginRight: "6px" },
  van: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  knop: { minWidth: 0, height: "auto", padding: "0 4px", fontFamily: tokens.fontFamilyMonospace },
});

export interface CelWijziging {
  cell: string;
  /** What the cell holds now; absent for a cell of a new sheet. */
  van?: string;
  naar: string;
}

/** How many cells a list shows before it is collapsed behind "Toon alle ...". */
export const ZICHTBARE_CELLEN = 8;

/**
 * The cells a write changes, one per line (D3: Nicoline -> Nicoline van der Linden), as the command
 * line lists them; a long list shows its first lines and the count of the rest until opened.
 */
export function CelWijzigingen({
  titel,
  cellen,
  onSelecteer,
}: {
  titel: string;
  cellen: readonly CelWijziging[];
  onSelecteer?: (cell: string) => void;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const [alles, setAlles] = useState(false);
  if (cellen.length === 0) return null;
  const getoond = alles ? cellen : cellen.slice(0, ZICHTBARE_CELLEN);
  const rest = cellen.length - getoond.length;
  return (
    <div data-celwijzigingen>
      <Text weight="semibold">{titel}</Text>
      <ul className={s.lijst} aria-label={titel}>
        {getoond.map((c) => (
          <li key={c.cell} className={s.regel}>
            {onSelecteer ? (
              <Button
                appearance="transparent"
                size="small"
                className={s.knop}
                onClick={() => onSelecteer(c.cell)}
                aria-label={T.cellen.ga(c.cell)}
              >
                {c.cell}
              </Button>
            ) : (
              <span className={s.cel}>{c.cell}</span>
            )}{" "}
            {c.van !== undefined && (
              <>
                <span className={s.van}>{c.van.trim() || T.accounthouders.leeg}</span>
                {" → "}
              </>
            )}
            <span>{c.naar}</span>
          </li>
        ))}
      </ul>
      {(rest > 0 || alles) && cellen.length > ZICHTBARE_CELLEN && (
        <div className={g.knoppen}>
          {rest > 0 && <Text className={g.klein}>{T.cellen.enNog(rest)}</Text>}
          <Button size="small" appearance="secondary" onClick={() => setAlles(!alles)}>
            {alles ? T.cellen.minder : T.cellen.alle(cellen.length)}
          </Button>
        </div>
      )}
    </div>
  );
}
