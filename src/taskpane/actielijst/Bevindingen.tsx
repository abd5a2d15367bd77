import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import { bericht } from "../../core/messages";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";

const useStyles = makeStyles({
  /** Findings can run into the hundreds: packed closer than other lists. */
  dicht: { gap: "2px" },
  item: { display: "flex", flexDirection: "column", alignItems: "stretch" },
  bevinding: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
  },
  cel: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    marginRight: "6px",
    flexShrink: 0,
  },
  herstel: { alignSelf: "flex-start", marginLeft: "28px" },
  kop: { display: "flex", gap: "8px", alignItems: "center" },
});

const KLEUR: Record<Severity, "danger" | "important" | "informative"> = {
  error: "danger",
  warning: "important",
  info: "informative",
};

export interface BevindingenProps {
  findings: readonly Finding[];
  onSelecteer: (f: Finding) => void;
  onHerstel: (f: Finding) => void;
  bezig: boolean;
}

/** Findings grouped by severity with counts; a click selects the cell in Excel. */
export function Bevindingen({ findings, onSelecteer, onHerstel, bezig }: BevindingenProps) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const groepen = SEVERITIES.map((ernst) => ({
    ernst,
    lijst: findings.filter((f) => f.severity === ernst),
  })).filter((g) => g.lijst.length > 0);
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={groepen.filter((g) => g.ernst !== "info").map((g) => g.ernst)}
    >
      {groepen.map(({ ernst, lijst }) => (
        <AccordionItem key={ernst} value={ernst}>
          <AccordionHeader>
            <span className={s.kop}>
              {T.ernst[ernst]}{" "}
              <CounterBadge count={lijst.length} color={KLEUR[ernst]} overflowCount={9999} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={mergeClasses(g.lijst, s.dicht)}>
              {lijst.map((f, i) => (
                <li key={`${f.code}-${f.cell}-${i}`} className={s.item}>
                  <Button
                    appearance="subtle"
                    className={s.bevinding}
                    onClick={() => onSelecteer(f)}
                    title={T.bevinding.ga(f.cell)}
                  >
                    <span className={s.cel}>{f.cell}</span>
                    {/* Cell text is rendered as text by React, never as HTML. */}
                    <span>{bericht(f)}</span>
                  </Button>
                  {f.fix && (
                    <Button
                      size="small"
                      className={s.herstel}
                      disabled={bezig}
                      onClick={() => onHerstel(f)}
                    >
                      {T.bevinding.herstel(f.fix.to)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
