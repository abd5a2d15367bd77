import {
  Button,
  Field,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { VerslagBron, ActiepuntenVoorstel } from "../../app/verslag/actiepunten";
import { foutTekst } from "../../app/weigering-berichten";
import type { IsoDate } from "../../core/dates/iso";
import { DatumVeld } from "../common/DatumVeld";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { BestandKiezer } from "../common/BestandKiezer";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { GEEN_KEUZE, gekozenRijen, type Keuze } from "./keuze";
import { Voorvertoning } from "./Voorvertoning";

const useStyles = makeStyles({
  sectie: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tekst: { width: "100%", minWidth: 0 },
});

type Bezig = "lees" | "toevoegen" | "ongedaan";
type Plek = "lees" | "toevoegen";

/** How a read keeps what the user did: a fresh read starts over, a read again keeps it. */
interface LeesOpties {
  /** Keep the unticked items and the edited values (a read again of the same verslag). */
  houd?: boolean;
  /** No scroll or focus: the user is typing the date, the preview follows where it is. */
  stil?: boolean;
}

/**
 * "Actiepunten uit verslag": the verslag (a picked .docx or text file, or pasted text) and the
 * next meeting's date in, "Lees actiepunten" shows the items as rows to add (each editable and
 * uncheckable), "Toevoegen" appends the ticked ones below the list in one write, with Ongedaan
 * maken beside the confirmation.
 */
export function Actiepunten({ sheet }: { sheet: string | null }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const [soort, setSoort] = useState<VerslagBron["soort"]>("bestand");
  const [bestand, setBestand] = useState<{ naam: string; bytes: Uint8Array } | null>(null);
  const [tekst, setTekst] = useState("");
  // The field's date: "" left empty (the verslag's date counts), null not usable yet.
  const [volgende, setVolgende] = useState<IsoDate | null>("");
  // Typed by the user, not the verslag's date the field shows after a read.
  const [volgendeGetypt, setVolgendeGetypt] = useState(false);
  const [volgendeStandaard, setVolgendeStandaard] = useState<IsoDate | "">("");
  const [voorstel, setVoorstel] = useState<ActiepuntenVoorstel | null>(null);
  const [keuze, setKeuze] = useState<Keuze>(GEEN_KEUZE);
  // The sheet changed since the preview: Toevoegen would be refused again; read again first.
  const [verouderd, setVerouderd] = useState(false);
  const [plek, setPlek] = useState<Plek | null>(null);
  const { bezig, melding, setMelding, voerUit } = useTaak<Bezig>(
    [sheet, soort, bestand?.naam, bestand?.bytes.length, tekst, volgende].join("|")
  );
  const leesKnop = useRef<HTMLButtonElement>(null);
  const naarVoorstel = useNaarResultaat<HTMLElement>();
  /** The date the latest read asked for: a read of the date typed goes once, not per render. */
  const gevraagd = useRef<IsoDate | undefined>(undefined);
  /** Only the latest read's answer is shown (a date typed quickly asks twice). */
  const leesNummer = useRef(0);
  /** A verslag was read since it was chosen or pasted. */
  const gelezen = useRef(false);
  /** Renews the date field (empty) when another verslag is given. */
  const [datumVeldNummer, setDatumVeldNummer] = useState(0);

  const bron: VerslagBron | null =
    soort === "bestand"
      ? bestand && { soort: "bestand", ...bestand }
      : tekst.trim()
        ? { soort: "tekst", tekst }
        : null;
  const gebruikerDatum: IsoDate | undefined = volgendeGetypt && volgende ? volgende : undefined;
  const kanLezen = bron !== null && volgende !== null;

  // A preview is of one verslag and one sheet: another one, and it is gone with what was done to it.
  useEffect(() => {
    setVoorstel(null);
    setKeuze(GEEN_KEUZE);
    setVerouderd(false);
  }, [sheet, soort, bestand, tekst]);
  // The next meeting's date belongs to the verslag that was read: another verslag starts from its
  // own. A date typed before the first read is kept: it was typed for the verslag about to be read.
  useEffect(() => {
    if (!gelezen.current) return;
    gelezen.current = false;
    setVolgendeGetypt(false);
    setVolgendeStandaard("");
    setDatumVeldNummer((n) => n + 1);
  }, [soort, bestand, tekst]);

  const lees = (opties: LeesOpties = {}) => {
    if (!bron) return;
    setPlek("lees");
    const datum = gebruikerDatum;
    gevraagd.current = datum;
    const nummer = ++leesNummer.current;
    return voerUit(
      "lees",
      () => regie.actiepuntenVoorstel({ sheet: sheet ?? undefined }, bron, datum),
      (v) => {
        if (nummer !== leesNummer.current) return;
        gelezen.current = true;
        setVoorstel(v);
        if (!opties.houd) setKeuze(GEEN_KEUZE);
        setVerouderd(false);
        // The verslag's date, shown in the field until the user types one of their own.
        if (!volgendeGetypt) setVolgendeStandaard(v.volgendeInVerslag?.datum ?? "");
        if (!opties.stil) naarVoorstel.breng();
      },
      () => {
        if (!opties.stil && nummer === leesNummer.current) setVoorstel(null);
      }
    );
  };
  const leesRef = useRef(lees);
  leesRef.current = lees;

  // Another date for the next meeting changes the deadlines that rest on it: the preview is read
  // again with it (nothing is written by reading), keeping what the user ticked and changed.
  const heeftVoorstel = voorstel !== null;
  useEffect(() => {
    if (!heeftVoorstel || volgende === null || gebruikerDatum === gevraagd.current) return;
    const wacht = setTimeout(() => void leesRef.current({ houd: true, stil: true }), 400);
    return () => clearTimeout(wacht);
  }, [heeftVoorstel, volgende, gebruikerDatum]);

  const kies = async (file: File | undefined) => {
    if (!file) return;
    setBestand({ naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const ongedaan = () => {
    setPlek("lees");
    return voerUit(
      "ongedaan",
      () => regie.maakOngedaan(),
      (r) => setMelding(ongedaanMelding(r))
    );
  };

  const voegToe = async (v: ActiepuntenVoorstel) => {
    setPlek("toevoegen");
    const fout = await voerUit(
      "toevoegen",
      () => regie.voegActiepuntenToe(v, gekozenRijen(v.rijen, keuze)),
      (r) => {
        // The preview is done with; its confirmation stands where it was, with Ongedaan maken.
        setVoorstel(null);
        setKeuze(GEEN_KEUZE);
        setPlek("lees");
        setMelding({
          intent: "success",
          tekst: T.actiepunten.toegevoegd(v.sheet, r.rijen),
          actie: { label: T.ongedaan.knop, doe: () => void ongedaan() },
        });
      }
    );
    // The sheet changed where the rows would go: nothing was written. This preview cannot be
    // appended any more; a read again can, with what the user did kept.
    if (fout?.code === "host-changed") {
      setVerouderd(true);
      setMelding({
        intent: "warning",
        tekst: foutTekst(fout),
        actie: { label: T.actiepunten.leesOpnieuw, doe: () => void lees({ houd: true }) },
      });
    }
  };

  function annuleer() {
    setVoorstel(null);
    setKeuze(GEEN_KEUZE);
    // The button that had focus is gone: focus goes back to where the preview was asked for.
    leesKnop.current?.focus();
  }

  /** The message, where the button that caused it is. */
  const hier = (waar: Plek, blok?: ScrollLogicalPosition) =>
    plek === waar ? <Melding melding={melding} inBeeld blok={blok} /> : null;

  return (
    <section className={s.sectie} aria-labelledby="actiepunten-kop" data-actiepunten>
      <Text as="h2" weight="semibold" size={400} id="actiepunten-kop">
        {T.actiepunten.kop}
      </Text>
      <Text className={g.klein}>{T.actiepunten.uitleg}</Text>
      <Field label={T.actiepunten.bron}>
        <RadioGroup
          layout="horizontal"
          value={soort}
          onChange={(_e, d) => setSoort(d.value as VerslagBron["soort"])}
        >
          <Radio value="bestand" label={T.actiepunten.bestand} />
          <Radio value="tekst" label={T.actiepunten.tekst} />
        </RadioGroup>
      </Field>
      {soort === "bestand" ? (
        <BestandKiezer
          label={T.actiepunten.kiesBestand}
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          kenmerk="data-verslag-bestand"
          gekozen={bestand?.naam ?? null}
          leeg={T.actiepunten.geenBestand}
          onKies={(files) => void kies(files[0])}
        />
      ) : (
        <Field label={T.actiepunten.tekstVeld} hint={T.actiepunten.tekstHulp}>
          <Textarea
            className={s.tekst}
            value={tekst}
            resize="vertical"
            rows={5}
            onChange={(_e, d) => setTekst(d.value)}
          />
        </Field>
      )}
      <DatumVeld
        key={datumVeldNummer}
        label={T.actiepunten.volgende}
        hint={T.actiepunten.volgendeHulp}
        wat="datum"
        optioneel
        standaard={volgendeStandaard}
        vandaag={regie.vandaag()}
        onGetypt={() => setVolgendeGetypt(true)}
        onWaarde={setVolgende}
      />
      <div className={g.knoppen}>
        <Button
          ref={leesKnop}
          appearance="primary"
          disabled={bezig !== null || !kanLezen}
          onClick={() => void lees()}
        >
          {T.actiepunten.lees}
        </Button>
      </div>
      {(bezig === "lees" || bezig === "ongedaan") && (
        <ProgressBar aria-label={T.actiepunten.bezig} />
      )}
      {hier("lees")}
      {voorstel && (
        <Voorvertoning
          regio={naarVoorstel.ref}
          voorstel={voorstel}
          keuze={keuze}
          onKeuze={setKeuze}
          bezig={bezig !== null}
          verouderd={verouderd}
          onToevoegen={() => void voegToe(voorstel)}
          onAnnuleer={annuleer}
          onToon={(cel) => void regie.selecteer(voorstel.sheet, cel)}
        >
          {bezig === "toevoegen" && <ProgressBar aria-label={T.actiepunten.schrijven} />}
          {hier("toevoegen", "nearest")}
        </Voorvertoning>
      )}
    </section>
  );
}
