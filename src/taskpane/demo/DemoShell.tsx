import {
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { maakRegie } from "../../app/regie";
import { openFileLazily, verslagLazily } from "../../host/file-opener";
import { telRegioInWorker } from "../../host/regio-worker/teller";
import type { ExcelEmulator } from "../../excel-stand-in";
import { OfficeWorkbookPort, type ExcelRunner } from "../../host/office";
import { App } from "../App";
import { T } from "../texts";
import { demoInstellingen } from "./demo-werkmap";
import { GridView, type GridSheet } from "./GridView";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    gap: "12px",
    height: "100vh",
    boxSizing: "border-box",
    padding: "8px",
    background: tokens.colorNeutralBackground2,
  },
  blad: { flex: 1, minWidth: 0, display: "flex" },
  // position: relative keeps absolutely placed content (the hidden file inputs) inside the pane's
  // own scrolling; without it they stretched the page, which then scrolled 48 px at 350 px wide
  // and hid "Toon het werkblad" (issue 26, point 9).
  pane: {
    position: "relative",
    width: "320px",
    flexShrink: 0,
    overflowY: "auto",
    boxShadow: tokens.shadow8,
  },
  // At task-pane width the demo is what Excel shows there: the pane alone, the sheet behind a toggle.
  smal: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    height: "100vh",
    boxSizing: "border-box",
    padding: "8px",
    overflowX: "hidden",
    background: tokens.colorNeutralBackground2,
  },
  smalPane: {
    position: "relative",
    flex: 1,
    minWidth: 0,
    overflowY: "auto",
    overflowX: "hidden",
    boxShadow: tokens.shadow8,
  },
  // The sheet keeps its column widths and scrolls inside its own frame, as Excel's grid does.
  smalBlad: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    overflow: "hidden",
    "& table": { width: "max-content" },
    "& td": { minWidth: "90px" },
  },
});

/** A class sets display, so the hidden attribute would not hide: an inline style does. */
const VERBORGEN = { display: "none" } as const;

/** Below this width the demo shows the pane or the sheet, not both (a task pane is 320-400 px). */
const SMAL = "(max-width: 700px)";

function useSmal(): boolean {
  const [smal, setSmal] = useState(() => window.matchMedia(SMAL).matches);
  useEffect(() => {
    const query = window.matchMedia(SMAL);
    const wissel = () => setSmal(query.matches);
    query.addEventListener("change", wissel);
    return () => query.removeEventListener("change", wissel);
  }, []);
  return smal;
}

/**
 * The demo: the emulated workbook as a grid, and beside it the real pane driving the same use-cases and
 * the same Office.js adapter code, through Microsoft's Excel library and the emulator instead of Excel.
 */
export function DemoShell({ excel, donker }: { excel: ExcelEmulator; donker: boolean }) {
  const s = useStyles();
  const smal = useSmal();
  const [toonBlad, setToonBlad] = useState(false);
  const [versie, setVersie] = useState(0);
  const regie = useMemo(() => {
    // Every batch Regie runs may change the workbook: redraw the grid after each one.
    const run: ExcelRunner = async (batch) => {
      try {
        return await excel.run(batch);
      } finally {
        setVersie((v) => v + 1);
      }
    };
    return maakRegie(
      new OfficeWorkbookPort(run, { runOn: excel.runOn, vereisten: excel.requirements }),
      demoInstellingen(),
      "demo",
      { openFile: openFileLazily, telRegio: telRegioInWorker, verslag: verslagLazily }
    );
  }, [excel]);
  const sheets: GridSheet[] = useMemo(
    () =>
      excel
        .sheetNames()
        .filter((name) => excel.sheetInfo(name).visibility === "Visible")
        .map((name) => ({
          name,
          values: excel.values(name),
          fills: excel.fills(name),
          merges: excel.sheetInfo(name).merges,
          formaten: formaten(excel, name),
          keuzelijsten: keuzelijsten(excel.validations(name)),
          tabellen: excel.tables().filter((t) => t.sheet === name),
          grafieken: excel.charts().filter((c) => c.sheet === name),
        })),
    // versie changes whenever a batch ran: it is what makes the grid re-read the workbook.
    [excel, versie]
  );
  const selectie = excel.selection();
  const actief = excel.activeSheet() ?? sheets[0]?.name ?? "";
  const kiesBlad = (name: string) =>
    void excel
      .run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      })
      .finally(() => setVersie((v) => v + 1));
  const grid = (
    <GridView
      sheets={sheets}
      active={actief}
      selectie={selectie && selectie.sheet === actief ? selectie.address : null}
      onSheet={kiesBlad}
      onBewerk={(sheet, adres, tekst) =>
        // Typed as the user: the emulator changes the cell and Excel's change event reaches the pane
        // through Microsoft's library, as it would in Excel.
        void excel.typeAsUser(sheet, adres, tekst).finally(() => setVersie((v) => v + 1))
      }
    />
  );
  // One tree for both layouts, each element in the same place: crossing the breakpoint (a resized
  // window) changes classes only, so the pane is not remounted and keeps what the user did in it.
  return (
    <FluentProvider theme={donker ? webDarkTheme : webLightTheme}>
      <div className={smal ? s.smal : s.shell}>
        {smal && (
          <Button
            appearance="secondary"
            onClick={() => setToonBlad((t) => !t)}
            aria-pressed={toonBlad}
          >
            {toonBlad ? T.demo.toonPaneel : T.demo.toonBlad}
          </Button>
        )}
        {/* At task-pane width both stay mounted, so the pane keeps its state while the sheet is shown. */}
        <div
          className={smal ? s.smalBlad : s.blad}
          style={smal && !toonBlad ? VERBORGEN : undefined}
        >
          {grid}
        </div>
        <aside
          className={smal ? s.smalPane : s.pane}
          aria-label={T.demo.pane}
          style={smal && toonBlad ? VERBORGEN : undefined}
        >
          <App regie={regie} donker={donker} />
        </aside>
      </div>
    </FluentProvider>
  );
}

/** The sheet's number formats other than General, by address. */
function formaten(excel: ExcelEmulator, sheet: string): Record<string, string> {
  const cells = excel.snapshot().sheets.find((s) => s.name === sheet)?.cells ?? {};
  return Object.fromEntries(
    Object.entries(cells).flatMap(([adres, cel]) =>
      cel.numberFormat ? [[adres, cel.numberFormat]] : []
    )
  );
}

/** Cells with an in-cell dropdown (a list validation), with their choices, as the grid marks them. */
function keuzelijsten(
  validaties: Record<string, { rule: Record<string, Record<string, unknown>> }>
): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [cel, v] of Object.entries(validaties)) {
    const lijst = v.rule.list;
    if (lijst && lijst.inCellDropDown !== false) uit[cel] = String(lijst.source);
  }
  return uit;
}
