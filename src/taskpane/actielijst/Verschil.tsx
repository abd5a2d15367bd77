import {
  Badge,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { VerschilResultaat } from "../../app/actielijst/vergelijk";
import type { VastleggingInfo } from "../../app/actielijst/vastleggen";
import type { ActielijstOptions } from "../../app/regie";
import { indeling, type Koppeling } from "../../core/actielijst/verschil";
import {
  actieNaam,
  onzekerTekst,
  verloopTekst,
  VERSCHIL_KOPPEN,
  wijzigingTekst,
} from "../../core/actielijst/verschil-berichten";
import type { ActieVersie } from "../../core/actielijst/versie";
import { datum } from "../../core/messages";
import type { IsoDate } from "../../core/dates/iso";
import { DatumVeld } from "../common/DatumVeld";
import { Melding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { BestandKiezer } from "../common/BestandKiezer";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";

const useStyles = makeStyles({
  sectie: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  velden: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))",
    gap: "8px",
    "& > *": { minWidth: 0 },
  },
  lijst: { gap: "2px" },
  groep: { display: "flex", flexDirection: "column", gap: "4px" },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
    minWidth: 0,
    width: "100%",
  },
  inhoud: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
  actie: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  regel: { overflowWrap: "anywhere" },
  cel: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    marginRight: "6px",
    flexShrink: 0,
    /** C2 and C40 alike: the texts beside them line up. */
    minWidth: "3.2em",
    textAlign: "left",
  },
  verdwenen: { display: "flex", paddingLeft: "8px", paddingTop: "4px", paddingBottom: "4px" },
  onzeker: { marginLeft: "6px" },
  resultaat: { outlineStyle: "none" },
  kolom: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
});

type Bezig = "vergelijk" | "schrijf" | "legVast" | "verwijder";

/** The date a file stands for: its last change, as the browser knows it (local calendar day). */
function bestandDatum(ms: number): IsoDate {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` as IsoDate;
}

const GELDIG = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Verschil met eerdere versie": compare the open list with a picked file or a kept version, the
 * lists (each action clickable to its cell), the sheet "Wijzigingen sinds ..." and "Leg vast".
 */
export function Verschil({ opties }: { opties: ActielijstOptions }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const [bron, setBron] = useState<"bestand" | "vastlegging">("bestand");
  const [bestand, setBestand] = useState<{ naam: string; bytes: Uint8Array } | null>(null);
  const [versieDatum, setVersieDatum] = useState("");
  const [gekozen, setGekozen] = useState<string>("");
  const { bezig, melding, setMelding, voerUit } = useTaak<Bezig>(
    [opties.sheet, bron, bestand?.naam, bestand?.bytes.length, versieDatum, gekozen].join("|")
  );
  /** Which button the current message answers: it is shown beside that button. */
  const [plek, setPlek] = useState<Bezig | null>(null);
  // The date the picked file stands for until the user types another: its last change.
  const [bestandStandaard, setBestandStandaard] = useState<IsoDate>(regie.vandaag());
  const [kept, setKept] = useState<VastleggingInfo[]>([]);
  const [resultaat, setResultaat] = useState<VerschilResultaat | null>(null);
  // The meeting is usually the day the list is judged on: the peildatum, until the user sets one.
  const [legVastDatum, setLegVastDatum] = useState<string>(regie.vandaag());
  const [legVastStandaard, setLegVastStandaard] = useState<IsoDate>(regie.vandaag());
  const [legVastGekozen, setLegVastGekozen] = useState(false);
  useEffect(() => {
    if (!legVastGekozen && GELDIG.test(opties.peildatum))
      setLegVastStandaard(opties.peildatum as IsoDate);
  }, [opties.peildatum, legVastGekozen]);
  const naarResultaat = useNaarResultaat();

  const laadVastleggingen = useCallback(async () => {
    const r = await regie.vastleggingen();
    if (!r.ok) return;
    setKept(r.value);
    setGekozen((g) =>
      r.value.some((v) => v.datum === g) ? g : (r.value[r.value.length - 1]?.datum ?? "")
    );
  }, [regie]);
  useEffect(() => void laadVastleggingen(), [laadVastleggingen]);

  const kies = async (file: File | undefined) => {
    if (!file) return;
    setBestand({ naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    setBestandStandaard(bestandDatum(file.lastModified));
  };

  const kanVergelijken =
    GELDIG.test(opties.peildatum) &&
    (bron === "bestand" ? bestand !== null && GELDIG.test(versieDatum) : gekozen !== "");
  const vergelijk = () => {
    setPlek("vergelijk");
    return voerUit(
      "vergelijk",
      () =>
        bron === "bestand" && bestand
          ? regie.vergelijkMetBestand(opties, { ...bestand, datum: versieDatum })
          : regie.vergelijkMetVastlegging(opties, gekozen || undefined),
      (r) => {
        setResultaat(r);
        naarResultaat.breng();
      },
      () => setResultaat(null)
    );
  };
  const schrijf = (r: VerschilResultaat) => {
    setPlek("schrijf");
    return voerUit(
      "schrijf",
      () => regie.schrijfWijzigingen(r),
      (w) => {
        setResultaat({ ...r, doel: { ...r.doel, naam: w.blad, vervangt: true } });
        setMelding({
          intent: "success",
          tekst: T.verschil.geschreven(w.blad, w.aantal, w.vervangen),
        });
      }
    );
  };
  /** From the Vergelijk buttons, or from the confirmation of Leg vast: the message stays there. */
  const verwijder = (d: string, waar: Bezig = "verwijder") => {
    setPlek(waar);
    return voerUit(
      "verwijder",
      () => regie.verwijderVastlegging(d),
      async (v) => {
        await laadVastleggingen();
        setMelding({ intent: "success", tekst: T.verschil.verwijderd(datum(v.datum), v.aantal) });
      }
    );
  };
  const legVast = () => {
    setPlek("legVast");
    return voerUit(
      "legVast",
      () => regie.legVast(opties, legVastDatum),
      async (v) => {
        await laadVastleggingen();
        setMelding({
          intent: "success",
          tekst: T.verschil.vastgelegd(datum(v.datum), v.aantal, v.vervangen),
          ...(!v.vervangen && {
            actie: { label: T.verschil.verwijder, doe: () => void verwijder(v.datum, "legVast") },
          }),
        });
      }
    );
  };
  /** The message, where the button that caused it is. */
  const hier = (waar: Bezig | Bezig[]) =>
    plek !== null && [waar].flat().includes(plek) ? <Melding melding={melding} inBeeld /> : null;
  const ga = (a: ActieVersie) =>
    resultaat && a.cel ? () => void regie.selecteer(resultaat.sheet, a.cel as string) : undefined;

  return (
    <section className={s.sectie} aria-labelledby="verschil-kop" data-verschil>
      <Text as="h2" weight="semibold" size={400} id="verschil-kop">
        {T.verschil.kop}
      </Text>
      <Text className={g.klein}>{T.verschil.uitleg}</Text>
      <Field label={T.verschil.bron}>
        <RadioGroup
          layout="horizontal"
          value={bron}
          onChange={(_e, d) => setBron(d.value as "bestand" | "vastlegging")}
        >
          <Radio value="bestand" label={T.verschil.bestand} />
          <Radio value="vastlegging" label={T.verschil.vastlegging} />
        </RadioGroup>
      </Field>
      {bron === "bestand" ? (
        <div className={s.kolom}>
          <BestandKiezer
            label={T.verschil.kiesBestand}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            kenmerk="data-bestand"
            gekozen={bestand?.naam ?? null}
            leeg={T.verschil.geenBestand}
            onKies={(files) => void kies(files[0])}
          />
          {bestand && (
            <DatumVeld
              label={T.verschil.bestandDatum}
              hint={T.verschil.bestandDatumHulp}
              wat="datum"
              standaard={bestandStandaard}
              vandaag={regie.vandaag()}
              onWaarde={(d) => setVersieDatum(d ?? "")}
            />
          )}
        </div>
      ) : kept.length === 0 ? (
        <Text className={g.klein}>{T.verschil.geenVastleggingen}</Text>
      ) : (
        <Field label={T.verschil.kiesVastlegging}>
          <Select value={gekozen} onChange={(_e, d) => setGekozen(d.value)}>
            {[...kept].reverse().map((v) => (
              <option key={v.datum} value={v.datum}>
                {T.verschil.vastleggingOptie(datum(v.datum), v.aantal)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={g.knoppen}>
        <Button
          appearance="primary"
          disabled={bezig !== null || !kanVergelijken}
          onClick={vergelijk}
        >
          {T.verschil.vergelijk}
        </Button>
        {bron === "vastlegging" && kept.length > 0 && (
          <Button
            disabled={bezig !== null || gekozen === ""}
            onClick={() => void verwijder(gekozen)}
          >
            {T.verschil.verwijder}
          </Button>
        )}
      </div>
      {(bezig === "vergelijk" || bezig === "verwijder") && (
        <ProgressBar aria-label={T.verschil.bezig} />
      )}
      {hier(["vergelijk", "verwijder"])}
      {resultaat && (
        <div
          ref={naarResultaat.ref}
          tabIndex={-1}
          className={s.resultaat}
          aria-label={T.verschil.resultaatRegio}
          role="region"
          data-verschil-resultaat
        >
          <Resultaat
            r={resultaat}
            ga={ga}
            bezig={bezig !== null}
            onSchrijf={() => void schrijf(resultaat)}
          >
            {bezig === "schrijf" && <ProgressBar aria-label={T.verschil.bezig} />}
            {hier("schrijf")}
          </Resultaat>
        </div>
      )}
      <Text weight="semibold">{T.verschil.legVastKop}</Text>
      <Text className={g.klein}>{T.verschil.legVastHulp}</Text>
      <div className={s.velden}>
        <DatumVeld
          label={T.verschil.legVastDatum}
          wat="datum"
          standaard={legVastStandaard}
          vandaag={regie.vandaag()}
          onWaarde={(d) => {
            // The default reported back is no choice; anything typed is.
            if (d !== legVastStandaard) setLegVastGekozen(true);
            setLegVastDatum(d ?? "");
          }}
        />
      </div>
      <div className={g.knoppen}>
        <Button
          disabled={bezig !== null || !GELDIG.test(legVastDatum) || !GELDIG.test(opties.peildatum)}
          onClick={legVast}
        >
          {T.verschil.legVast(GELDIG.test(legVastDatum) ? datum(legVastDatum) : "…")}
        </Button>
      </div>
      {bezig === "legVast" && <ProgressBar aria-label={T.verschil.bezig} />}
      {hier("legVast")}
    </section>
  );
}

function Resultaat(props: {
  r: VerschilResultaat;
  ga: (a: ActieVersie) => (() => void) | undefined;
  bezig: boolean;
  onSchrijf: () => void;
  /** Progress and the message of the write, under its button. */
  children?: ReactNode;
}) {
  const { r, ga } = props;
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const lijsten = indeling(r.verschil);
  const verloop = (a: ActieVersie) => {
    const v = r.verloop.get(a.row);
    return v && v.aantal > 0 ? verloopTekst(v) : null;
  };
  const leeg =
    lijsten.nieuw.length +
      lijsten.verdwenen.length +
      lijsten.gesloten.length +
      lijsten.gewijzigd.length +
      lijsten.onzeker.length ===
    0;
  const koppelingen = (kop: string, lijst: Koppeling[], soort: string, alleenOnzeker = false) =>
    lijst.length > 0 && (
      <div className={s.groep} data-soort={soort}>
        <Text weight="semibold">{T.verschil.sectie(kop, lijst.length)}</Text>
        <ul className={mergeClasses(g.lijst, s.lijst)}>
          {lijst.map((k) => (
            <li key={`${k.oud.row}-${k.nieuw.row}`}>
              <ActieKnop
                a={k.nieuw}
                ga={ga(k.nieuw)}
                was={k.oud.row !== k.nieuw.row ? k.oud.row : null}
              >
                {!alleenOnzeker &&
                  k.wijzigingen.map((w, i) => (
                    <span key={i} className={s.regel}>
                      {wijzigingTekst(w)}
                    </span>
                  ))}
                {!k.zeker && (
                  <span className={mergeClasses(s.regel, g.klein)}>
                    <Badge appearance="tint" color="warning" size="small">
                      {T.verschil.onzeker}
                    </Badge>{" "}
                    {onzekerTekst(k).replace(/^onzeker: /, "")}
                  </span>
                )}
                {verloop(k.nieuw) && <span className={g.klein}>{verloop(k.nieuw)}</span>}
              </ActieKnop>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className={s.groep}>
      <Text weight="semibold">
        {T.verschil.resultaat(r.bron, r.aantallen.oud, r.aantallen.nieuw)}
      </Text>
      {leeg && <Text>{T.verschil.geenVerschil}</Text>}
      {lijsten.nieuw.length > 0 && (
        <div className={s.groep} data-soort="nieuw">
          <Text weight="semibold">
            {T.verschil.sectie(VERSCHIL_KOPPEN.nieuw, lijsten.nieuw.length)}
          </Text>
          <ul className={mergeClasses(g.lijst, s.lijst)}>
            {lijsten.nieuw.map((a) => (
              <li key={a.row}>
                <ActieKnop a={a} ga={ga(a)} was={null}>
                  <span className={g.klein}>
                    {[a.eigenaren.join(" / "), a.status ?? a.statusTekst, a.deadlineTekst]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </ActieKnop>
              </li>
            ))}
          </ul>
        </div>
      )}
      {koppelingen(VERSCHIL_KOPPEN.gesloten, lijsten.gesloten, "gesloten")}
      {koppelingen(VERSCHIL_KOPPEN.gewijzigd, lijsten.gewijzigd, "gewijzigd")}
      {lijsten.verdwenen.length > 0 && (
        <div className={s.groep} data-soort="verdwenen">
          <Text weight="semibold">
            {T.verschil.sectie(VERSCHIL_KOPPEN.verdwenen, lijsten.verdwenen.length)}
          </Text>
          <ul className={mergeClasses(g.lijst, s.lijst)}>
            {lijsten.verdwenen.map((a) => (
              <li key={a.row} className={s.verdwenen}>
                <span className={s.inhoud}>
                  <span className={s.actie}>{actieNaam(a)}</span>
                  <span className={g.klein}>{T.verschil.eerdereRij(a.row)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {koppelingen(VERSCHIL_KOPPEN.onzeker, lijsten.onzeker, "onzeker", true)}
      <div className={g.knoppen}>
        <Button disabled={props.bezig} onClick={props.onSchrijf}>
          {T.verschil.schrijf(r.doel.naam)}
        </Button>
      </div>
      <Text className={g.klein}>
        {T.verschil.schrijfHulp(r.doel.vervangt, r.doel.bezetDoorGebruiker)}
      </Text>
      {props.children}
    </div>
  );
}

/** One action, clickable to its cell in the open list; what changed beneath it. */
function ActieKnop(props: {
  a: ActieVersie;
  ga: (() => void) | undefined;
  was: number | null;
  children: ReactNode;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { a } = props;
  return (
    <Button
      appearance="subtle"
      className={s.item}
      onClick={props.ga}
      disabled={!props.ga}
      aria-label={`${a.cel ? T.verschil.ga(a.cel) : ""}: ${actieNaam(a)}`}
      data-cel={a.cel}
    >
      <span className={s.cel}>{a.cel ?? ""}</span>
      <span className={s.inhoud}>
        <span className={s.actie}>{actieNaam(a)}</span>
        {props.was !== null && <span className={g.klein}>{T.verschil.was(props.was)}</span>}
        {props.children}
      </span>
    </Button>
  );
}
