import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { TerugMove } from "../../core/actielijst/terugzetten";
import { cellText } from "../../core/grid";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";

const useStyles = makeStyles({
  blok: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "4px",
    marginLeft: "28px",
    minWidth: 0,
  },
  regels: { gap: "2px", overflowWrap: "anywhere" },
  cel: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * The preview of "Zet rij terug" under its finding: which cell's value moves to which cell (and
 * which cell is emptied), then the button that writes exactly that, in one click.
 */
export function TerugzetVoorvertoning({
  row,
  moves,
  bezig,
  onZetTerug,
}: {
  row: number;
  moves: readonly TerugMove[];
  bezig: boolean;
  onZetTerug: () => void;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  return (
    <div className={s.blok}>
      <Text size={200}>{T.bevinding.terugUitleg(row, moves.length)}</Text>
      <ul
        className={mergeClasses(g.lijst, g.klein, s.regels)}
        aria-label={T.bevinding.terugUitleg(row, moves.length)}
      >
        {moves.map((m) => (
          <li key={m.cell}>
            {m.bron
              ? T.bevinding.terugRegel(m.bron, m.cell, cellText(m.to))
              : T.bevinding.terugLeeg(m.cell)}
          </li>
        ))}
      </ul>
      <Button size="small" disabled={bezig} onClick={onZetTerug}>
        {T.bevinding.zetRijTerug}
      </Button>
    </div>
  );
}
