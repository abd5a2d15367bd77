import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every panel shares, so that the three tasks look like one pane. */
export const useGedeeldeStijlen = makeStyles({
  paneel: { display: "flex", flexDirection: "column", gap: "12px" },
  knoppen: { display: "flex", flexWrap: "wrap", gap: "8px" },
  klein: { color: tokens.colorNeutralForeground3 },
  /** A list without bullets, its items stacked. */
  lijst: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
});
