import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { mijlpaalBericht, type MijlpaalBevinding } from "../../core/mijlpalen";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";

/** Enough to see what kind of trouble there is at 350 px; all of them stand on the dashboard sheet. */
const GETOOND = 20;

const useStyles = makeStyles({
  melding: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    width: "100%",
  },
  cel: { fontFamily: tokens.fontFamilyMonospace, marginRight: "8px", flexShrink: 0 },
  tekst: { overflowWrap: "anywhere" },
});

/**
 * The dashboard's meldingen (double addresses, a phase gone back, unreadable dates ...), each a
 * button that selects its cell in the source sheet, as findings do in the action list.
 */
export function Meldingen({
  meldingen,
  onSelecteer,
}: {
  meldingen: readonly MijlpaalBevinding[];
  onSelecteer: (sheet: string, cell: string) => void;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  if (meldingen.length === 0) return null;
  const rest = meldingen.length - GETOOND;
  return (
    <section aria-label={T.mijlpalen.meldingenKop(meldingen.length)}>
      <Text weight="semibold">{T.mijlpalen.meldingenKop(meldingen.length)}</Text>
      <ul className={g.lijst}>
        {meldingen.slice(0, GETOOND).map((m, i) => (
          <li key={`${m.sheet}!${m.cell}-${m.code}-${i}`}>
            <Button
              appearance="subtle"
              className={s.melding}
              onClick={() => onSelecteer(m.sheet, m.cell)}
              title={T.bevinding.ga(`${m.sheet}!${m.cell}`)}
            >
              <span className={s.cel}>{`${m.sheet}!${m.cell}`}</span>
              {/* Cell text is rendered as text by React, never as HTML. */}
              <span className={s.tekst}>{mijlpaalBericht(m)}</span>
            </Button>
          </li>
        ))}
      </ul>
      {rest > 0 && <Text className={mergeClasses(g.klein)}>{T.mijlpalen.meerMeldingen(rest)}</Text>}
    </section>
  );
}
