import {
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "../app/instellingen";
import type { ActielijstOptions, Regie } from "../app/regie";
import { foutTekst } from "../app/weigering-berichten";
import { AccounthoudersPaneel } from "./accounthouders/AccounthoudersPaneel";
import { ActielijstPaneel } from "./actielijst/ActielijstPaneel";
import { MijlpalenPaneel } from "./mijlpalen/MijlpalenPaneel";
import { VerschilPaneel } from "./actielijst/VerschilPaneel";
import { Onderbreking } from "./common/Onderbreking";
import { RegieProvider } from "./regie-context";
import { T } from "./texts";

const useStyles = makeStyles({
  // Three tasks side by side are wider than a 320 px pane: they wrap instead of scrolling.
  taken: { flexWrap: "wrap" },
  // The link to the manual, at the foot of the pane: beside the tabs it pushed a tab onto a third
  // row in a 320 px pane. With the pane's minHeight it stands at the bottom of a short pane.
  voet: { marginTop: "auto", paddingTop: "8px", display: "flex", justifyContent: "flex-end" },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    minWidth: "280px",
    boxSizing: "border-box",
    minHeight: "100vh",
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The Actiepunten tab in a chunk of its own, loaded when it is first opened: its fields (the
 * dropdowns of goal and topic) and the verslag's reading are not in the pane's first download.
 */
const ActiepuntenPaneel = lazy(() =>
  // Named, so that the packages only it uses get a chunk of their own (webpack.config.js names
  // vendor chunks after the chunks that load them): not the file readers' JSZip.
  import(/* webpackChunkName: "actiepunten" */ "./verslag/ActiepuntenPaneel.js").then((m) => ({
    default: m.ActiepuntenPaneel,
  }))
);

/** The tabs, in the order of T.taken: a new one is named there, and so in the manual (test/help.test.ts). */
type Taak = keyof typeof T.taken;
const TAKEN = Object.keys(T.taken) as Taak[];

export interface AppProps {
  regie: Regie;
  donker?: boolean;
}

/** The task pane: one tab per task, settings loaded from and saved to the workbook. */
export function App({ regie, donker = false }: AppProps) {
  const s = useStyles();
  const [taak, setTaak] = useState<Taak>("actielijst");
  // A tab once opened stays mounted (hidden when another is chosen): its results survive switching.
  const [geopend, setGeopend] = useState<ReadonlySet<Taak>>(new Set(["actielijst"]));
  const [instellingen, setInstellingen] = useState<Instellingen | null>(null);
  const [bewaarFout, setBewaarFout] = useState<string | null>(null);

  useEffect(() => {
    void regie.instellingen().then(setInstellingen);
  }, [regie]);

  const actueel = instellingen ?? STANDAARD_INSTELLINGEN;
  const opties = (): ActielijstOptions => ({
    peildatum: actueel.peildatum ?? regie.vandaag(),
    binnenkortDagen: actueel.binnenkortDagen,
    sheet: actueel.actieblad ?? undefined,
  });

  function wijzig(nieuw: Instellingen) {
    setInstellingen(nieuw);
    void regie
      .bewaarInstellingen(nieuw)
      .then((uitkomst) => setBewaarFout(uitkomst.ok ? null : foutTekst(uitkomst.refusal)));
  }

  return (
    <FluentProvider theme={donker ? webDarkTheme : webLightTheme}>
      <RegieProvider regie={regie}>
        <main className={s.pane}>
          {regie.modus === "demo" && (
            <MessageBar intent="info">
              <MessageBarBody>{T.demoBanner}</MessageBarBody>
            </MessageBar>
          )}
          <Onderbreking />
          {bewaarFout && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>{bewaarFout}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            selectedValue={taak}
            onTabSelect={(_e, d) => {
              const gekozen = d.value as Taak;
              setTaak(gekozen);
              setGeopend((oud) => new Set([...oud, gekozen]));
            }}
            size="small"
            className={s.taken}
          >
            {TAKEN.map((t) => (
              <Tab key={t} value={t}>
                {T.taken[t]}
              </Tab>
            ))}
          </TabList>
          {geopend.has("actielijst") && (
            <div hidden={taak !== "actielijst"}>
              <ActielijstPaneel instellingen={actueel} onInstellingen={wijzig} />
            </div>
          )}
          {geopend.has("verschil") && (
            <div hidden={taak !== "verschil"}>
              <VerschilPaneel instellingen={actueel} onInstellingen={wijzig} opties={opties()} />
            </div>
          )}
          {geopend.has("actiepunten") && (
            <div hidden={taak !== "actiepunten"}>
              <Suspense fallback={<Text>{T.actiepunten.laden}</Text>}>
                <ActiepuntenPaneel instellingen={actueel} onInstellingen={wijzig} />
              </Suspense>
            </div>
          )}
          {geopend.has("accounthouders") && (
            <div hidden={taak !== "accounthouders"}>
              <AccounthoudersPaneel opties={opties} />
            </div>
          )}
          {geopend.has("mijlpalen") && (
            <div hidden={taak !== "mijlpalen"}>
              <MijlpalenPaneel instellingen={actueel} onInstellingen={wijzig} />
            </div>
          )}
          <footer className={s.voet}>
            {/* A plain link, no Office.js: Office.context.ui.openBrowserWindow needs
                OpenBrowserWindowApi 1.1, which Excel on the web does not have
                (learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets);
                target _blank opens a browser window or tab. #taak: the section of the open tab. */}
            <Link href={`help.html#${taak}`} target="_blank" rel="noopener" title={T.hulp.titel}>
              {T.hulp.link}
            </Link>
          </footer>
        </main>
      </RegieProvider>
    </FluentProvider>
  );
}
