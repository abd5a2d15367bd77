import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import type { OverzichtResultaat } from "../../app/accounthouders/overzicht";
import type { ActielijstOptions } from "../../app/regie";
import { nietHerkend } from "../../core/accounthouders/berichten";
import type { EigenaarOverzicht, OpenActie } from "../../core/accounthouders/overzicht";
import { deadlineWeergave } from "../../core/accounthouders/mailtekst";
import { datum } from "../../core/messages";
import { Melding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { MailKnop } from "./MailKnop";
import { useTaakInBeeld } from "../common/useTaakInBeeld";

const useStyles = makeStyles({
  kop: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  naam: { overflowWrap: "anywhere" },
  /** Why a form is not recognised: on a line of its own under the name and the counts. */
  reden: {
    flexBasis: "100%",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  groep: { display: "flex", flexDirection: "column", gap: "6px" },
  resultaat: { display: "flex", flexDirection: "column", gap: "6px", outlineStyle: "none" },
  melding: { outlineStyle: "none" },
  acties: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  actie: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  actieKnop: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minWidth: 0,
    maxWidth: "100%",
    fontWeight: 400,
    overflowWrap: "anywhere",
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: "8px",
    rowGap: "2px",
    paddingLeft: "8px",
    color: tokens.colorNeutralForeground2,
  },
});

const KLEUR = {
  overdue: "danger",
  "due-soon": "warning",
  "on-track": "success",
  "no-deadline": "informative",
} as const;

/**
 * Overzicht per accounthouder: persons first, then "Niet herkend" (forms the registry does not
 * resolve to one person, each with why), "Nog niet toegewezen" and "Gelakt (Woo)" as groups of their
 * own; per owner the open actions with deadline, days and traffic light, each clickable; per person
 * the open actions to copy as mail text.
 */
export function Overzicht({ opties }: { opties: () => ActielijstOptions }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { bezig, melding, voerUit, meldingRef } = useTaakInBeeld<"overzicht">();
  const naarResultaat = useNaarResultaat();
  const kop = useId();
  const [resultaat, setResultaat] = useState<OverzichtResultaat | null>(null);
  const toon = () =>
    voerUit(
      "overzicht",
      () => regie.overzicht(opties()),
      (r) => {
        setResultaat(r);
        return naarResultaat.breng;
      },
      // An error must not stand above an overview that no longer holds.
      () => setResultaat(null)
    );
  const ga = (a: OpenActie) =>
    resultaat && void regie.selecteer(resultaat.sheet, a.actie.cellen.actie ?? `A${a.actie.row}`);
  const o = resultaat?.overzicht;
  return (
    <>
      <div className={g.knoppen}>
        <Button onClick={toon} disabled={bezig !== null} aria-describedby="uitleg-overzicht">
          {T.accounthouders.overzicht}
        </Button>
      </div>
      <Text id="uitleg-overzicht" size={200} className={g.klein}>
        {T.accounthouders.overzichtHulp}
      </Text>
      <div ref={meldingRef} tabIndex={-1} className={s.melding}>
        <Melding melding={melding} />
      </div>
      {o && (
        <section
          ref={naarResultaat.ref}
          tabIndex={-1}
          aria-labelledby={kop}
          className={s.resultaat}
          data-overzicht
        >
          <Text id={kop} weight="semibold">
            {T.accounthouders.overzichtKop(datum(o.peildatum), o.personen.length)}
          </Text>
          <Groep titel={T.accounthouders.groepPersonen} uitleg={T.accounthouders.kopieerUitleg}>
            {o.personen.length === 0 ? (
              <Text>{T.accounthouders.geenPersonen}</Text>
            ) : (
              <Eigenaren regels={o.personen} peildatum={o.peildatum} ga={ga} mail />
            )}
          </Groep>
          {o.nietHerkend.length > 0 && (
            <Groep
              titel={T.accounthouders.groepNietHerkend}
              uitleg={T.accounthouders.nietHerkendUitleg}
            >
              <Eigenaren regels={o.nietHerkend} peildatum={o.peildatum} ga={ga} />
            </Groep>
          )}
          {o.nietToegewezen.length > 0 && (
            <Groep
              titel={T.accounthouders.groepNietToegewezen}
              uitleg={T.accounthouders.nietToegewezenUitleg}
            >
              <Eigenaren regels={o.nietToegewezen} peildatum={o.peildatum} ga={ga} />
            </Groep>
          )}
          {o.gelakt.length > 0 && (
            <Groep
              titel={T.accounthouders.groepGelakt}
              uitleg={T.accounthouders.lakmerkUitleg}
              soort="lakmerk"
            >
              <Eigenaren regels={o.gelakt} peildatum={o.peildatum} ga={ga} />
            </Groep>
          )}
        </section>
      )}
    </>
  );
}

/** One group of the overview: its heading, what it holds, and its owners. */
function Groep({
  titel,
  uitleg,
  soort,
  children,
}: {
  titel: string;
  uitleg: string;
  /** Marks the explanation for tests (data-uitleg). */
  soort?: string;
  children: ReactNode;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  return (
    <section className={s.groep} aria-label={titel}>
      <Text as="h3" weight="semibold" size={300}>
        {titel}
      </Text>
      <Text size={200} className={g.klein} data-uitleg={soort}>
        {uitleg}
      </Text>
      {children}
    </section>
  );
}

/** One group's owners, each opening to their open actions (and, for persons, the mail text). */
function Eigenaren({
  regels,
  peildatum,
  ga,
  mail = false,
}: {
  regels: EigenaarOverzicht[];
  peildatum: string;
  ga: (a: OpenActie) => void;
  mail?: boolean;
}) {
  const s = useStyles();
  return (
    <Accordion multiple collapsible>
      {regels.map((r) => (
        <AccordionItem key={r.naam} value={r.naam}>
          <AccordionHeader>
            <span className={s.kop} data-eigenaar={r.naam}>
              <span className={s.naam}>{r.naam}</span>
              <Badge appearance="outline">{`${r.open.length} ${T.accounthouders.open}`}</Badge>
              {r.verlopen > 0 && (
                <Badge color="danger">{`${r.verlopen} ${T.accounthouders.verlopen}`}</Badge>
              )}
              {r.binnenkort > 0 && (
                <Badge color="warning">{`${r.binnenkort} ${T.accounthouders.binnenkort}`}</Badge>
              )}
              {(r.soort === "dubbelzinnig" || r.soort === "onbekend") && (
                <span className={s.reden} data-reden>
                  {nietHerkend(r.naam, r.kandidaten).reden}
                </span>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={s.groep}>
              {mail && <MailKnop eigenaar={r} peildatum={peildatum} />}
              <ul className={s.acties} aria-label={r.naam}>
                {r.open.map((a) => (
                  <ActieRegel key={a.actie.row} open={a} ga={ga} />
                ))}
              </ul>
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** An open action: its text (a click selects its cell), then light, deadline, days and cell. */
function ActieRegel({ open, ga }: { open: OpenActie; ga: (a: OpenActie) => void }) {
  const s = useStyles();
  const { actie, licht, dagen } = open;
  const weergave = deadlineWeergave(actie.deadline);
  const deadline = T.accounthouders.deadline(weergave.datum, weergave.geschreven);
  const cel = actie.cellen.actie ?? `A${actie.row}`;
  return (
    <li className={s.actie} data-licht={licht}>
      <Button appearance="subtle" size="small" className={s.actieKnop} onClick={() => ga(open)}>
        {T.accounthouders.actie(actie.row, actie.actie)}
      </Button>
      <Text size={200} className={s.meta}>
        <Badge appearance="tint" size="small" color={KLEUR[licht]}>
          {T.licht[licht]}
        </Badge>
        <span>{deadline}</span>
        {dagen !== null && <span>{T.accounthouders.dagen(dagen)}</span>}
        <span>{cel}</span>
      </Text>
    </li>
  );
}
