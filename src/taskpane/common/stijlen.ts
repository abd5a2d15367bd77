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
  /**
   * A preview's or panel's buttons and what they write, at its top and kept in view while its
   * lines scroll beneath: at 350 x 650 the button is in view the moment the preview appears.
   */
  balk: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "8px",
    paddingBottom: "8px",
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});
