import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ActielijstOpties } from "../../app/regie";
import {
  overzichtPerAccounthouder,
  type OverzichtRegel,
} from "../../core/accounthouders/overzicht";
import type { Actie } from "../../core/actielijst/actie";
import { Melding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";

const useStyles = makeStyles({
  kop: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  lijst: { listStyle: "none", margin: 0, padding: 0 },
  actie: { justifyContent: "flex-start", textAlign: "left", height: "auto", fontWeight: 400 },
});

/** Overzicht per accounthouder: open, overdue and due-soon actions per owner, each clickable. */
export function Overzicht({ opties }: { opties: () => ActielijstOpties }) {
  const regie = useRegie();
  const s = useStyles();
  const { bezig, melding, voerUit } = useTaak<"overzicht">();
  const [regels, setRegels] = useState<{ sheet: string; regels: OverzichtRegel[] } | null>(null);
  const toon = () =>
    voerUit(
      "overzicht",
      () => regie.valideer(opties()),
      (r) => setRegels({ sheet: r.sheet, regels: overzichtPerAccounthouder(r.acties) }),
      // An error must not stand above an overview that no longer holds.
      () => setRegels(null)
    );
  const ga = (sheet: string, a: Actie) =>
    void regie.selecteer(sheet, a.cellen.actie ?? `A${a.row}`);
  return (
    <>
      <div>
        <Button onClick={toon} disabled={bezig !== null} title={T.accounthouders.overzichtHulp}>
          {T.accounthouders.overzicht}
        </Button>
      </div>
      <Melding melding={melding} />
      {regels && (
        <Accordion multiple collapsible aria-label={T.accounthouders.overzicht}>
          {regels.regels.map((r) => (
            <AccordionItem key={r.naam} value={r.naam}>
              <AccordionHeader>
                <span className={s.kop} data-eigenaar={r.naam}>
                  {r.naam}
                  <Badge appearance="outline">{`${r.open.length} ${T.accounthouders.open}`}</Badge>
                  {r.verlopen.length > 0 && (
                    <Badge color="danger">{`${r.verlopen.length} ${T.accounthouders.verlopen}`}</Badge>
                  )}
                  {r.binnenkort.length > 0 && (
                    <Badge color="warning">{`${r.binnenkort.length} ${T.accounthouders.binnenkort}`}</Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={s.lijst}>
                  {r.open.map((a) => (
                    <li key={a.row}>
                      <Button
                        appearance="subtle"
                        size="small"
                        className={s.actie}
                        onClick={() => ga(regels.sheet, a)}
                      >
                        {T.accounthouders.actie(a.row, a.actie)}
                        {a.verkeerslicht === "overdue"
                          ? ` (${T.accounthouders.verlopen})`
                          : a.verkeerslicht === "due-soon"
                            ? ` (${T.accounthouders.binnenkort})`
                            : ""}
                      </Button>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </>
  );
}
