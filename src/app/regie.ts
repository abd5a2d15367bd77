import {
  bekijkOnderbreking,
  draaiOnderbrekingTerug,
  type OnderbrekingVoorstel,
} from "./onderbreking";
import { valideerEnMarkeer, type MarkeerResultaat } from "./actielijst/markeer";
import { valideer, type ValidateOptions } from "./actielijst/valideer";
import { overzicht, type OverzichtResultaat } from "./accounthouders/overzicht";
import {
  volgWijzigingen,
  type Basis,
  type Bijgewerkt,
  type Planner,
} from "./actielijst/volg-wijzigingen";
import { wisMarkeringen, type WisResultaat } from "./actielijst/wis-markeringen";
import {
  zetGetoondeRijTerug,
  zetRijTerug,
  zetRijTerugVoorvertoning,
  type TerugzetVoorstel,
} from "./actielijst/zet-rij-terug";
import {
  bewaarInstellingen,
  readInstellingen,
  type Instellingen,
  type InstellingenOpslag,
} from "./instellingen";
import type { StopListening, WorkbookPort } from "./ports";
import {
  keuzelijstVoorvertoning,
  pasKeuzelijstToe,
  type KeuzelijstResultaat,
  type KeuzelijstSoort,
  type KeuzelijstVoorstel,
} from "./actielijst/keuzelijst";
import type { Outcome } from "./outcome";
import { maakOngedaan, type OngedaanResultaat } from "./wijzigingen/ongedaan";
import { pasWijzigingenToe, type ToepasResultaat } from "./wijzigingen/pas-toe";
import type { ActielijstRapport } from "../core/actielijst/validate";
import type { PersoonVoorstel } from "../core/accounthouders/voorstel";
import {
  normaliseerVoorvertoning,
  pasNormalisatieToe,
  type NormalisatieVoorstel,
} from "./accounthouders/normaliseer";
import {
  registerVoorstel,
  writeRegister,
  type RegisterGeschreven,
  type RegisterVoorstel,
} from "./accounthouders/register";
import type { CellEdit } from "../core/findings";
import {
  bereidMijlpalenVoor,
  maakDashboard,
  type DashboardOptions,
  type DashboardResultaat,
  type MijlpalenVoorbereiding,
} from "./mijlpalen/dashboard";
import type { Kwartaal, RegioDashboard } from "../core/mijlpalen";
import {
  telRegioHier,
  type GemeenteBestand,
  type RegioOptions,
  type RegioOutcome,
  type RegioTeller,
} from "./mijlpalen/regio";
import { schrijfRegioDashboard, type RegioBladResultaat } from "./mijlpalen/regio-blad";
import {
  writeWijzigingen,
  vergelijkMetEerder,
  type VerschilResultaat,
  type WijzigingenGeschreven,
} from "./actielijst/vergelijk";
import {
  legVast,
  vastleggingen,
  verwijderVastlegging,
  type Vastgelegd,
  type VastleggingInfo,
} from "./actielijst/vastleggen";
import type { IsoDate } from "../core/dates/iso";
import { withHostErrors } from "./outcome";
import type { NieuweRij } from "../core/verslag/nieuwe-rijen";
import type { ActiepuntenVoorstel, VerslagBron, VerslagLezer } from "./verslag/actiepunten";

/**
 * Opens a workbook file the user picked (its bytes) as a read-only port: the same reader the CLI
 * uses. Injected by the composition (index.tsx, the demo), which loads it only when it is used.
 */
export type FileOpener = (bytes: Uint8Array, naam: string) => Promise<WorkbookPort>;

/** A file picked in the pane: its name, the date it stands for, its bytes. */
export interface ChosenFile {
  naam: string;
  datum: IsoDate;
  bytes: Uint8Array;
}

export type Modus = "excel" | "demo";

/** The use-cases of "Actiepunten uit verslag" (app/verslag/actiepunten.ts), as a module. */
export type VerslagUseCases = Pick<
  typeof import("./verslag/actiepunten"),
  "actiepuntenVoorstel" | "voegActiepuntenToe"
>;

/**
 * What "Actiepunten uit verslag" needs beyond the port, injected by the composition as FileOpener
 * is: the reader of a picked file (.docx or text), and the use-cases themselves with the core's
 * verslag reading. The pane loads both only when the tab is used (their own chunks): its first
 * download does not carry them.
 */
export interface VerslagDiensten {
  lezer: VerslagLezer;
  useCases: () => Promise<VerslagUseCases>;
}

/** Options every action-list use-case shares, as the pane passes them. */
export type ActielijstOptions = Omit<ValidateOptions, "eigenaarNaam">;

/**
 * Regie's use-cases bound to one workbook: what the task pane and the ribbon command call.
 * The clock is read here, outside the core, and passed in.
 */
export interface Regie {
  modus: Modus;
  vandaag(): string;
  /** Now, as the log shows it: 2021-02-24 10:15:03. */
  tijdstip(): string;
  instellingen(): Promise<Instellingen>;
  bewaarInstellingen(waarde: Instellingen): Promise<Outcome<Instellingen>>;
  valideer(opties: ActielijstOptions): Promise<Outcome<ActielijstRapport>>;
  /**
   * Checks as you type, after a validation: edits of the list's sheet give a new report (the
   * changed rows read again, nothing written). Null when no validation ran yet or the host tells
   * of no edits.
   */
  volgWijzigingen(
    opties: ActielijstOptions,
    opNieuw: (bijgewerkt: Bijgewerkt) => void,
    planner?: Planner
  ): Promise<StopListening | null>;
  markeer(opties: ActielijstOptions): Promise<Outcome<MarkeerResultaat>>;
  wisMarkeringen(): Promise<Outcome<WisResultaat>>;
  selecteer(sheet: string, cell: string): Promise<void>;
  /** The proposed fixes in one write and one Wijzigingslog batch: one Ongedaan maken undoes them all. */
  herstel(fixes: readonly CellEdit[], actie: string): Promise<Outcome<ToepasResultaat>>;
  maakOngedaan(): Promise<Outcome<OngedaanResultaat>>;
  /**
   * "Zet rij terug", the preview: per shifted row (all, or the rows asked for) the cell changes
   * (old -> new) that move its cells back into their columns. Nothing is written.
   */
  zetRijTerugVoorvertoning(
    opties: ActielijstOptions,
    rijen?: readonly number[]
  ): Promise<Outcome<TerugzetVoorstel>>;
  /** Writes the preview's rows (or the chosen ones) with the Wijzigingslog; undone by maakOngedaan. */
  zetRijTerug(
    voorstel: TerugzetVoorstel,
    gekozen?: ReadonlySet<number>
  ): Promise<Outcome<ToepasResultaat & { rijen: number[] }>>;
  /**
   * "Zet rij terug" from the findings view: the row's moves as the validation shown to the user
   * found them, checked against a fresh read, then written with the Wijzigingslog. A cell changed
   * since the validation: nothing is written, and the refusal names it.
   */
  zetGetoondeRijTerug(
    opties: ActielijstOptions,
    getoond: Pick<ActielijstRapport, "acties">,
    row: number
  ): Promise<Outcome<ToepasResultaat & { rijen: number[] }>>;
  /**
   * The status dropdown in the sheet ("Keuzelijst status in het blad"), or Regie's taken out: which
   * cells, what validation they hold now, which statuses. Nothing is written.
   */
  keuzelijstVoorvertoning(
    opties: ActielijstOptions,
    soort: KeuzelijstSoort
  ): Promise<Outcome<KeuzelijstVoorstel>>;
  /** Writes the preview's dropdown (or its removal) with the Wijzigingslog; undone by maakOngedaan. */
  pasKeuzelijstToe(voorstel: KeuzelijstVoorstel): Promise<Outcome<KeuzelijstResultaat>>;
  /** The visible sheets, for choosing one (one round trip). */
  bladen(): Promise<string[]>;
  normaliseerVoorvertoning(opties: ActielijstOptions): Promise<Outcome<NormalisatieVoorstel>>;
  pasNormalisatieToe(
    voorstel: NormalisatieVoorstel,
    gekozen: ReadonlySet<string>
  ): Promise<Outcome<{ aantal: number }>>;
  /** "Overzicht per accounthouder": open actions per owner, by the registry; nothing is written. */
  overzicht(opties: ActielijstOptions): Promise<Outcome<OverzichtResultaat>>;
  registerVoorstel(opties: ActielijstOptions): Promise<Outcome<RegisterVoorstel>>;
  /**
   * Writes the confirmed proposal on a new sheet: the registry when there is none, else `blad`
   * (the proposal's free sheet, as registerVoorstel named it). Logged; undone by maakOngedaan.
   */
  schrijfRegister(
    personen: readonly PersoonVoorstel[],
    blad?: string
  ): Promise<Outcome<RegisterGeschreven>>;
  bereidMijlpalenVoor(
    kwartalen: Record<string, Kwartaal>
  ): Promise<Outcome<MijlpalenVoorbereiding>>;
  maakDashboard(opties: Omit<DashboardOptions, "gemaakt">): Promise<Outcome<DashboardResultaat>>;
  /**
   * "Regio tellen": the gemeenten's workbooks the user picked, each read and counted as alone (off
   * the main thread in the pane), then the region. Nothing is written; every unusable file named.
   */
  telRegio(bestanden: readonly GemeenteBestand[], opties: RegioOptions): Promise<RegioOutcome>;
  /** "Regiodashboard maken": the counted region as the sheet Dashboard regio (Regie's own, replaced). */
  schrijfRegioDashboard(regio: RegioDashboard): Promise<Outcome<RegioBladResultaat>>;
  /** "Verschil met eerdere versie", with a file the user picked: nothing is written. */
  vergelijkMetBestand(
    opties: ActielijstOptions,
    bestand: ChosenFile
  ): Promise<Outcome<VerschilResultaat>>;
  /** The same with a kept version: that meeting's, or the latest. */
  vergelijkMetVastlegging(
    opties: ActielijstOptions,
    datum?: IsoDate
  ): Promise<Outcome<VerschilResultaat>>;
  /** Writes the sheet "Wijzigingen sinds ..." of a comparison (Regie's own, regenerated). */
  schrijfWijzigingen(resultaat: VerschilResultaat): Promise<Outcome<WijzigingenGeschreven>>;
  /** "Leg vast voor het DUO van ...": keeps the open list on the sheet Regie-vastleggingen. */
  legVast(opties: ActielijstOptions, datum: IsoDate): Promise<Outcome<Vastgelegd>>;
  /** Takes a kept version off again. */
  verwijderVastlegging(datum: IsoDate): Promise<Outcome<VastleggingInfo>>;
  /** The kept versions, oldest first. */
  vastleggingen(): Promise<Outcome<VastleggingInfo[]>>;
  /**
   * "Actiepunten uit verslag", the preview: the verslag (pasted text, or a picked .docx or text
   * file) read against the list of `opties.sheet`, with its register; `volgendeVergadering` the
   * next meeting's date when the user gives it. Nothing is written.
   */
  actiepuntenVoorstel(
    opties: Pick<ActielijstOptions, "sheet">,
    bron: VerslagBron,
    volgendeVergadering?: IsoDate
  ): Promise<Outcome<ActiepuntenVoorstel>>;
  /**
   * Appends the rows the user kept (and edited), in their order, below the list in one write with
   * the Wijzigingslog; undone by maakOngedaan. Refused, with nothing written, when the sheet
   * changed where the rows would go since the preview.
   */
  voegActiepuntenToe(
    voorstel: ActiepuntenVoorstel,
    rijen: readonly NieuweRij[]
  ): Promise<Outcome<ToepasResultaat & { rijen: number[] }>>;
  /** A write a closed pane left unfinished, with what putting it back would do; null: none. */
  onderbreking(): Promise<Outcome<OnderbrekingVoorstel | null>>;
  /** Puts back what that write left, as the plan showed, and removes its lock. */
  draaiOnderbrekingTerug(voorstel: OnderbrekingVoorstel): Promise<Outcome<OnderbrekingVoorstel>>;
}

/** What a composition gives Regie beside the workbook; each has a default for tests and the ribbon. */
export interface RegieDiensten {
  /** The clock: only the composition reads it. */
  klok?: () => Date;
  /** Reads a picked .xlsx (Verschil, Gemeenten toevoegen); none by default. */
  openFile?: FileOpener;
  /** How picked gemeente workbooks are counted: in a Web Worker in the pane, here by default. */
  telRegio?: RegioTeller;
  /** Reads a picked verslag (.docx); none by default. */
  verslag?: VerslagDiensten;
}

export function maakRegie(
  port: WorkbookPort,
  opslag: InstellingenOpslag,
  modus: Modus,
  diensten: RegieDiensten = {}
): Regie {
  const klok = diensten.klok ?? (() => new Date());
  const openFile = diensten.openFile ?? geenBestanden;
  const telRegio = diensten.telRegio ?? telRegioHier(openFile);
  const verslag = diensten.verslag ?? GEEN_VERSLAGEN;
  const tijdstip = () => tijdstipTekst(klok());
  /** The last validation's read: where checks as you type begin. */
  let basis: Basis | null = null;
  return {
    modus,
    vandaag: () => tijdstip().slice(0, 10),
    tijdstip,
    instellingen: () => readInstellingen(opslag),
    bewaarInstellingen: (waarde) => bewaarInstellingen(opslag, waarde),
    valideer: (opties) => valideer(port, opties, (gelezen) => (basis = gelezen)),
    volgWijzigingen: async (opties, opNieuw, planner) =>
      basis ? volgWijzigingen(port, basis, opties, opNieuw, planner) : null,
    markeer: (opties) => valideerEnMarkeer(port, opties),
    wisMarkeringen: () => wisMarkeringen(port),
    selecteer: (sheet, cell) => port.select(sheet, cell),
    onderbreking: () => bekijkOnderbreking(port),
    draaiOnderbrekingTerug: (voorstel) => draaiOnderbrekingTerug(port, voorstel),
    herstel: (fixes, actie) => pasWijzigingenToe(port, fixes, { actie, tijdstip: tijdstip() }),
    maakOngedaan: () => maakOngedaan(port, { tijdstip: tijdstip() }),
    zetRijTerugVoorvertoning: (opties, rijen) =>
      zetRijTerugVoorvertoning(port, { ...opties, ...(rijen && { rijen }) }),
    zetRijTerug: (voorstel, gekozen) => zetRijTerug(port, voorstel, tijdstip(), gekozen),
    zetGetoondeRijTerug: (opties, getoond, row) =>
      zetGetoondeRijTerug(port, opties, getoond, row, tijdstip()),
    keuzelijstVoorvertoning: (opties, soort) => keuzelijstVoorvertoning(port, opties, soort),
    pasKeuzelijstToe: (voorstel) => pasKeuzelijstToe(port, voorstel, tijdstip()),
    bladen: async () =>
      (await port.summary({ rows: 0, columns: 0 })).sheets
        .filter((s) => s.visibility === "Visible")
        .map((s) => s.name),
    normaliseerVoorvertoning: (opties) => normaliseerVoorvertoning(port, opties),
    pasNormalisatieToe: (voorstel, gekozen) =>
      pasNormalisatieToe(port, voorstel, gekozen, tijdstip()),
    overzicht: (opties) => overzicht(port, opties),
    registerVoorstel: (opties) => registerVoorstel(port, opties),
    schrijfRegister: (personen, blad) =>
      writeRegister(port, personen, { tijdstip: tijdstip(), blad }),
    bereidMijlpalenVoor: (kwartalen) => bereidMijlpalenVoor(port, kwartalen),
    maakDashboard: (opties) => maakDashboard(port, { ...opties, gemaakt: tijdstip() }),
    telRegio,
    schrijfRegioDashboard: (regio) => schrijfRegioDashboard(port, regio, { gemaakt: tijdstip() }),
    vergelijkMetBestand: (opties, bestand) =>
      withHostErrors(async () =>
        vergelijkMetEerder(port, opties, {
          soort: "bestand",
          naam: bestand.naam,
          datum: bestand.datum,
          port: await openFile(bestand.bytes, bestand.naam),
        })
      ),
    vergelijkMetVastlegging: (opties, datum) =>
      vergelijkMetEerder(port, opties, { soort: "vastlegging", ...(datum && { datum }) }),
    schrijfWijzigingen: (resultaat) => writeWijzigingen(port, resultaat, tijdstip()),
    legVast: (opties, datum) => legVast(port, opties, datum, tijdstip()),
    verwijderVastlegging: (datum) => verwijderVastlegging(port, datum),
    vastleggingen: () => vastleggingen(port),
    // Pasted text needs no reader; a picked file is read by the composition's.
    actiepuntenVoorstel: async (opties, bron, volgendeVergadering) =>
      (await verslag.useCases()).actiepuntenVoorstel(
        port,
        bron,
        {
          ...(opties.sheet && { sheet: opties.sheet }),
          ...(volgendeVergadering && { volgendeVergadering }),
        },
        verslag.lezer
      ),
    voegActiepuntenToe: async (voorstel, rijen) =>
      (await verslag.useCases()).voegActiepuntenToe(port, voorstel, tijdstip(), rijen),
  };
}

async function geenBestanden(): Promise<never> {
  throw new Error("Deze Regie kan geen bestanden openen.");
}

/** A Regie without them (the ribbon's): it reads no verslag. */
const GEEN_VERSLAGEN: VerslagDiensten = {
  lezer: geenBestanden,
  useCases: async () => {
    throw new Error("Deze Regie kan geen verslagen lezen.");
  },
};

/** Local time as the log shows it: 2021-02-24 10:15:03. */
export function tijdstipTekst(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
