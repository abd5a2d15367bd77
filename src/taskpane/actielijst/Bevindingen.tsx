import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  eigenarenMetBevindingen,
  filterRapport,
  GEEN_FILTER,
  type BevindingFilter,
} from "../../core/actielijst/filter";
import type { ActielijstFinding, RapportFinding } from "../../core/actielijst/codes";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import { ordenRapport, type BevindingGroep, type Termijn } from "../../core/actielijst/volgorde";
import type { Finding, Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import { kandidatenLijst } from "../../core/accounthouders/berichten";
import { bericht, soort } from "../../core/messages";
import { Melding, type MeldingData } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";
import { TerugzetVoorvertoning } from "./TerugzetVoorvertoning";

const useStyles = makeStyles({
  /** Findings can run into the hundreds: packed closer than other lists. */
  dicht: { gap: "2px" },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: "8px",
    // Long names in a list must not widen the pane: the native list shows them in full.
    "& > *": { minWidth: 0 },
  },
  item: { display: "flex", flexDirection: "column", alignItems: "stretch" },
  bevinding: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
    minWidth: 0,
  },
  termijn: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
  actie: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  cel: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    marginRight: "6px",
    flexShrink: 0,
  },
  verlopen: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  binnenkort: {
    color: tokens.colorPaletteMarigoldForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  hersteld: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  herstel: { alignSelf: "flex-start", marginLeft: "28px" },
  advies: { marginLeft: "28px" },
  kop: { display: "flex", gap: "8px", alignItems: "center", minWidth: 0 },
  ernst: { flexShrink: 0 },
  sectie: { display: "flex", flexDirection: "column", gap: "6px" },
});

/** Kinds of finding that wait for the user: a shifted row to put back, an owner Regie will not choose. */
const KEUZE_VAN_GEBRUIKER = new Set(["rij-verschoven", "accounthouder-dubbelzinnig"]);

const KLEUR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Where a confirmation belongs: under one finding, or beside "Herstel alle". */
export type Plek = { soort: "bevinding"; finding: RapportFinding } | { soort: "herstel-alle" };

export interface BevindingenProps {
  rapport: Pick<ActielijstRapport, "sheet" | "acties" | "findings">;
  onSelecteer: (f: Finding) => void;
  onHerstel: (f: RapportFinding) => void;
  onHerstelAlle: (fixes: RapportFinding[]) => void;
  /** "Zet rij terug" on a shifted-row finding: writes the preview shown under it. */
  onZetRijTerug: (f: ActielijstFinding<"rij-verschoven">) => void;
  bezig: boolean;
  /** The last confirmation or refusal of a fix, shown beside the control that caused it. */
  nabij?: { plek: Plek; melding: MeldingData | null } | null;
}

/** The same finding across a re-validation: its kind and cell. */
export const bevindingSleutel = (f: Pick<Finding, "code" | "sheet" | "cell">) =>
  `${f.code}|${f.sheet}!${f.cell}`;

const groepSleutel = (g: Pick<BevindingGroep, "severity" | "code">) => `${g.severity}|${g.code}`;

/**
 * The findings as the user reads them (the order of ordenRapport, which the CLI report uses too):
 * first the overdue and due-soon actions, then the rest by kind with a count, each kind opening to
 * its cells. A filter per accounthouder and severity; a click selects the cell in Excel.
 */
export function Bevindingen({
  rapport,
  onSelecteer,
  onHerstel,
  onHerstelAlle,
  onZetRijTerug,
  bezig,
  nabij,
}: BevindingenProps) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const [filter, setFilter] = useState<BevindingFilter>(GEEN_FILTER);
  // Errors are few and need doing, and so do the kinds that wait for the user's choice: they start
  // open; the rest open on a click.
  const [open, setOpen] = useState<string[]>(() =>
    ordenRapport(rapport)
      .groepen.filter((gr) => gr.severity === "error" || KEUZE_VAN_GEBRUIKER.has(gr.code))
      .map(groepSleutel)
  );
  const gefilterd = filterRapport(rapport, filter);
  // A finding just fixed has gone from the report; it keeps its place so that its confirmation
  // and its Ongedaan maken stay where the user clicked.
  const weg =
    nabij?.plek.soort === "bevinding" &&
    !gefilterd.findings.some((f) => bevindingSleutel(f) === bevindingSleutel(nabijFinding(nabij)!))
      ? nabijFinding(nabij)!
      : null;
  const { termijnen, groepen } = ordenRapport({
    acties: gefilterd.acties,
    findings: weg ? opZijnPlek(gefilterd.findings, weg) : gefilterd.findings,
  });
  const fixes = gefilterd.findings.filter((f) => f.fix);
  const eigenaren = eigenarenMetBevindingen(rapport);
  if (filter.eigenaar && !eigenaren.includes(filter.eigenaar)) eigenaren.unshift(filter.eigenaar);

  const nabijGroep = nabij?.plek.soort === "bevinding" ? groepVan(nabij.plek.finding) : null;
  useEffect(() => {
    if (nabijGroep) setOpen((o) => (o.includes(nabijGroep) ? o : [...o, nabijGroep]));
  }, [nabijGroep]);

  const meldingBij = (f: Finding) =>
    nabij?.plek.soort === "bevinding" &&
    bevindingSleutel(nabij.plek.finding) === bevindingSleutel(f) ? (
      <Melding melding={nabij.melding} inBeeld />
    ) : null;

  const aantal = rapport.findings.length;
  return (
    <section className={s.sectie} aria-label={T.bevinding.lijst}>
      <div className={s.filters}>
        <Field label={T.bevinding.filterEigenaar}>
          <Select
            style={{ maxWidth: "100%", minWidth: 0 }}
            value={filter.eigenaar ?? ""}
            onChange={(_e, d) => setFilter({ ...filter, eigenaar: d.value || null })}
          >
            <option value="">{T.bevinding.alleEigenaren}</option>
            {eigenaren.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.bevinding.filterErnst}>
          <Select
            style={{ maxWidth: "100%", minWidth: 0 }}
            value={filter.ernst ?? ""}
            onChange={(_e, d) =>
              setFilter({ ...filter, ernst: (d.value || null) as Severity | null })
            }
          >
            <option value="">{T.bevinding.alleErnst}</option>
            {SEVERITIES.map((e) => (
              <option key={e} value={e}>
                {T.ernst[e]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {gefilterd !== rapport && (
        <Text className={g.klein}>
          {gefilterd.findings.length === 0
            ? T.bevinding.geenGefilterd
            : T.bevinding.getoond(gefilterd.findings.length, aantal)}
        </Text>
      )}

      {(["overdue", "due-soon"] as const).map((licht) => {
        const lijst = termijnen.filter((t) => t.licht === licht);
        if (lijst.length === 0) return null;
        return (
          <div key={licht} className={s.sectie} data-termijn={licht}>
            <Text weight="semibold">{T.bevinding.termijn[licht](lijst.length)}</Text>
            <ul className={mergeClasses(g.lijst, s.dicht)}>
              {lijst.map((t) => (
                <li key={bevindingSleutel(t.finding)} className={s.item}>
                  <TermijnKnop termijn={t} onSelecteer={onSelecteer} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}

      {fixes.length > 0 && (
        <div className={s.sectie}>
          <Text>{T.bevinding.herstelAlleUitleg(fixes.length)}</Text>
          <ul className={mergeClasses(g.lijst, s.dicht, g.klein)}>
            {fixes.map((f) => (
              <li key={bevindingSleutel(f)}>
                {T.bevinding.herstelRegel(f.fix!.cell, String(f.fix!.from), f.fix!.to)}
              </li>
            ))}
          </ul>
          <div>
            <Button disabled={bezig} onClick={() => onHerstelAlle(fixes)}>
              {T.bevinding.herstelAlle(fixes.length)}
            </Button>
          </div>
        </div>
      )}
      {nabij?.plek.soort === "herstel-alle" && <Melding melding={nabij.melding} inBeeld />}

      {groepen.length > 0 && (
        <>
          <Text weight="semibold">
            {T.bevinding.overige(
              groepen.reduce((n, gr) => n + gr.findings.length, 0) - (weg ? 1 : 0)
            )}
          </Text>
          <Accordion
            multiple
            collapsible
            openItems={open}
            onToggle={(_e, d) => setOpen(d.openItems as string[])}
          >
            {groepen.map((groep) => {
              const echt = groep.findings.filter((f) => f !== weg);
              return (
                <AccordionItem key={groepSleutel(groep)} value={groepSleutel(groep)}>
                  <AccordionHeader>
                    <span className={s.kop}>
                      <span>{T.bevinding.groep(echt.length, soort(groep.code))}</span>
                      <Badge
                        appearance="tint"
                        size="small"
                        color={KLEUR[groep.severity]}
                        className={s.ernst}
                      >
                        {T.bevinding.ernst[groep.severity]}
                      </Badge>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={mergeClasses(g.lijst, s.dicht)}>
                      {groep.findings.map((f, i) => (
                        <li key={`${bevindingSleutel(f)}-${i}`} className={s.item}>
                          <Button
                            appearance="subtle"
                            className={s.bevinding}
                            onClick={() => onSelecteer(f)}
                            title={T.bevinding.ga(f.cell)}
                          >
                            <span className={s.cel}>{f.cell}</span>
                            {/* Cell text is rendered as text by React, never as HTML. */}
                            <span className={f === weg ? s.hersteld : undefined}>
                              {f.code === "accounthouder-dubbelzinnig"
                                ? T.bevinding.kandidaten(
                                    String(f.params.tekst),
                                    kandidatenLijst(f.params.kandidaten)
                                  )
                                : bericht(f)}
                            </span>
                          </Button>
                          {f.code === "accounthouder-dubbelzinnig" && (
                            <Text size={200} className={mergeClasses(g.klein, s.advies)}>
                              {T.bevinding.kandidatenAdvies}
                            </Text>
                          )}
                          {f.code === "rij-verschoven" && f !== weg && (
                            <Terugzetten
                              rapport={rapport}
                              f={f}
                              bezig={bezig}
                              onZetTerug={() => onZetRijTerug(f)}
                            />
                          )}
                          {f.fix && f !== weg && (
                            <Button
                              size="small"
                              className={s.herstel}
                              disabled={bezig}
                              onClick={() => onHerstel(f)}
                            >
                              {T.bevinding.herstel(f.fix.to)}
                            </Button>
                          )}
                          {meldingBij(f)}
                        </li>
                      ))}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </>
      )}
    </section>
  );
}

/** An overdue or due-soon action: what, who, when, and how many days over or left. */
function TermijnKnop({
  termijn: t,
  onSelecteer,
}: {
  termijn: Termijn;
  onSelecteer: (f: Finding) => void;
}) {
  const s = useStyles();
  const actie = t.actie.actie.replace(/\s+/g, " ").trim() || T.bevinding.geenActie(t.actie.row);
  const eigenaren = t.actie.eigenaren.join(" / ") || T.bevinding.geenEigenaar;
  return (
    <Button
      appearance="subtle"
      className={s.bevinding}
      onClick={() => onSelecteer(t.finding)}
      title={T.bevinding.ga(t.finding.cell)}
    >
      <span className={s.cel}>{t.finding.cell}</span>
      <span className={s.termijn}>
        <span className={s.actie}>{actie}</span>
        <span>
          {eigenaren} · {T.bevinding.deadline(t.actie.deadline.text)} ·{" "}
          <span className={t.licht === "overdue" ? s.verlopen : s.binnenkort}>
            {T.bevinding.dagen(t.licht, t.dagen)}
          </span>
        </span>
      </span>
    </Button>
  );
}

/** The preview and button of a shifted row that can be put back; nothing for one that cannot. */
function Terugzetten({
  rapport,
  f,
  bezig,
  onZetTerug,
}: {
  rapport: Pick<ActielijstRapport, "acties">;
  f: Finding;
  bezig: boolean;
  onZetTerug: () => void;
}) {
  const row = Number(f.params.row);
  const moves = rapport.acties.find((a) => a.row === row)?.bron.verschoven?.terug;
  if (!moves || moves.length === 0) return null;
  return <TerugzetVoorvertoning row={row} moves={moves} bezig={bezig} onZetTerug={onZetTerug} />;
}

/** The findings with one put back where it stood among those of its kind (by row). */
function opZijnPlek<F extends Finding>(findings: readonly F[], f: F): F[] {
  const rij = (x: Finding) => Number(x.params.row);
  const i = findings.findIndex((x) => x.code === f.code && rij(x) > rij(f));
  return i < 0 ? [...findings, f] : [...findings.slice(0, i), f, ...findings.slice(i)];
}

function nabijFinding(nabij: BevindingenProps["nabij"]): RapportFinding | null {
  return nabij?.plek.soort === "bevinding" ? nabij.plek.finding : null;
}

function groepVan(f: Finding): string {
  return groepSleutel({ severity: f.severity, code: f.code });
}
