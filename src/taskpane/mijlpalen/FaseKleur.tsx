import { makeStyles, tokens } from "@fluentui/react-components";
import { FASE_KLEUREN, type Fase } from "../../core/mijlpalen";

const useStyles = makeStyles({
  vlak: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "6px",
    verticalAlign: "baseline",
    borderRadius: tokens.borderRadiusSmall,
  },
});

/**
 * A small square in the phase's colour, as the dashboard's chart draws that phase. Its outline has
 * 3:1 contrast on the pane's background in the light and the dark theme
 * (colorNeutralStrokeAccessible), so the swatch stands out whatever its fill; the name beside it
 * says the phase, the colour only matches it to the chart.
 */
export function FaseKleur({ fase }: { fase: Fase }) {
  const s = useStyles();
  return (
    <span
      className={s.vlak}
      style={{
        backgroundColor: FASE_KLEUREN[fase],
        border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
      }}
      data-fase={fase}
      aria-hidden
    />
  );
}
