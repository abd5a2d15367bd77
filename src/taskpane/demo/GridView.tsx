import { makeStyles, shorthands, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetter, parseArea } from "../../core/address";
import type { CellValue } from "../../core/grid";
import { T } from "../texts";
import { DemoGrafiek, type DemoGrafiekData } from "./DemoGrafiek";

export interface GridSheet {
  name: string;
  values: CellValue[][];
  fills: Record<string, { color: string; pattern: string }>;
  merges: string[];
  /** Number formats other than General, by address: dates show as Excel shows them. */
  formaten: Record<string, string>;
  /** Cells with an in-cell dropdown (list validation): their list source, by address. */
  keuzelijsten: Record<string, string>;
  tabellen: { name: string; address: string }[];
  grafieken: DemoGrafiekData[];
}

const useStyles = makeStyles({
  objecten: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    fontSize: "12px",
    maxWidth: "100%",
    overflowX: "auto",
  },
  wrap: { display: "flex", flexDirection: "column", minWidth: 0, flex: 1, gap: "4px" },
  scroll: {
    overflow: "auto",
    flex: 1,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
  },
  tabel: { borderCollapse: "collapse", fontSize: "12px", tableLayout: "fixed" },
  kop: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    position: "sticky",
    top: 0,
    zIndex: 1,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    padding: "2px 4px",
  },
  rijkop: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    padding: "2px 4px",
    position: "sticky",
    left: 0,
  },
  cel: {
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    padding: "2px 4px",
    maxWidth: "220px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    color: "#000",
  },
  keuzelijst: { float: "right", marginLeft: "4px", color: tokens.colorNeutralForeground3 },
  gekozen: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  invoer: {
    width: "100%",
    boxSizing: "border-box",
    font: "inherit",
    ...shorthands.border("0"),
    ...shorthands.padding("0"),
    backgroundColor: "#FFFFFF",
    color: "#000",
  },
});

/** Rows shown in the demo grid: enough to see a sheet, cheap to render. */
const MAX_RIJEN = 400;
/** Empty rows shown below a sheet's last row with something in it. */
const LEGE_RIJEN = 3;

/** A plain spreadsheet view of the demo workbook: what Excel would show beside the pane. */
export function GridView({
  sheets,
  active,
  selectie,
  onSheet,
  onBewerk,
}: {
  sheets: GridSheet[];
  active: string;
  selectie: string | null;
  onSheet: (name: string) => void;
  /** The user typed `tekst` into the cell, as in Excel: double-click or F2/Enter, Enter commits. */
  onBewerk?: (sheet: string, adres: string, tekst: string) => void;
}) {
  const s = useStyles();
  /** The cell the keyboard is on, and the one being edited with its text so far. */
  const [cursor, setCursor] = useState<string | null>(null);
  const [bewerkt, setBewerkt] = useState<{ adres: string; tekst: string } | null>(null);
  const scroll = useRef<HTMLDivElement>(null);
  const sheet = sheets.find((x) => x.name === active) ?? sheets[0];
  // A finding clicked in the pane selects its cell: bring that cell into view, as Excel does.
  useEffect(() => {
    const start = selectie ? parseArea(selectie) : null;
    if (!start) return;
    const cel = scroll.current?.querySelector(
      `[data-cell="${cellAddress(start.top, start.left)}"]`
    );
    cel?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selectie, active]);
  if (!sheet) return null;
  const breedte = sheet.values.reduce((m, r) => Math.max(m, r.length), 1);
  // A few empty rows below the sheet's last, as Excel shows them: the user can type below a list.
  const rijen = Math.min(sheet.values.length + LEGE_RIJEN, MAX_RIJEN);
  const { bedekt, span } = mergeSpans(sheet.merges);
  const gekozen = selectie ? parseArea(selectie) : null;
  return (
    <section className={s.wrap} aria-label={T.demo.werkmap}>
      <TabList
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_e, d) => onSheet(String(d.value))}
      >
        {sheets.map((x) => (
          <Tab key={x.name} value={x.name}>
            {x.name}
          </Tab>
        ))}
      </TabList>
      {(sheet.tabellen.length > 0 || sheet.grafieken.length > 0) && (
        <div className={s.objecten}>
          {sheet.tabellen.map((t) => (
            <span key={t.name} data-tabel={t.name}>
              {T.demo.tabel(t.name, t.address)}
            </span>
          ))}
          {sheet.grafieken.map((g) => (
            <DemoGrafiek key={g.name} grafiek={g} values={sheet.values} />
          ))}
        </div>
      )}
      <div className={s.scroll} ref={scroll}>
        <table className={s.tabel} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={s.kop} />
              {Array.from({ length: breedte }, (_, c) => (
                <th key={c} className={s.kop} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rijen }, (_, r) => (
              <tr key={r}>
                <th className={s.rijkop} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: breedte }, (_, c) => {
                  const key = `${r},${c}`;
                  if (bedekt.has(key)) return null;
                  const adres = cellAddress(r, c);
                  const fill = sheet.fills[adres];
                  const sel =
                    gekozen &&
                    r >= gekozen.top &&
                    r <= gekozen.bottom &&
                    c >= gekozen.left &&
                    c <= gekozen.right;
                  const [rowSpan, colSpan] = span.get(key) ?? [1, 1];
                  const getoond = tekst(sheet.values[r]?.[c], sheet.formaten[adres]);
                  const begin = () => onBewerk && setBewerkt({ adres, tekst: getoond });
                  const toets = (e: KeyboardEvent) => {
                    if (e.key === "F2" || e.key === "Enter") {
                      e.preventDefault();
                      begin();
                    }
                  };
                  if (bewerkt?.adres === adres)
                    return (
                      <td
                        key={c}
                        data-cell={adres}
                        rowSpan={rowSpan}
                        colSpan={colSpan}
                        className={s.cel}
                      >
                        <input
                          className={s.invoer}
                          aria-label={T.demo.bewerkCel(adres)}
                          autoFocus
                          value={bewerkt.tekst}
                          onChange={(e) => setBewerkt({ adres, tekst: e.target.value })}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              e.preventDefault();
                              setBewerkt(null);
                              onBewerk?.(sheet.name, adres, bewerkt.tekst);
                            } else if (e.key === "Escape") {
                              e.preventDefault();
                              setBewerkt(null);
                            }
                          }}
                          onBlur={() => setBewerkt(null)}
                        />
                      </td>
                    );
                  return (
                    <td
                      key={c}
                      data-cell={adres}
                      tabIndex={cursor === adres ? 0 : -1}
                      onClick={() => setCursor(adres)}
                      onDoubleClick={begin}
                      onKeyDown={toets}
                      data-fill={fill && fill.pattern !== "None" ? fill.color : undefined}
                      rowSpan={rowSpan}
                      colSpan={colSpan}
                      className={sel ? `${s.cel} ${s.gekozen}` : s.cel}
                      style={{
                        background: fill && fill.pattern !== "None" ? fill.color : "#FFFFFF",
                      }}
                    >
                      {getoond}
                      {sheet.keuzelijsten[adres] !== undefined && (
                        <span
                          className={s.keuzelijst}
                          data-keuzelijst={adres}
                          title={T.demo.keuzelijst(sheet.keuzelijsten[adres])}
                          aria-label={T.demo.keuzelijst(sheet.keuzelijsten[adres])}
                        >
                          ▾
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function tekst(v: CellValue | undefined, formaat: string | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "number" || !formaat) return String(v);
  if (/y/i.test(formaat)) return datum(v, formaat);
  if (formaat.includes("#,##0")) return v.toLocaleString("nl-NL");
  return String(v);
}

/** A serial as its date format shows it (dd-mm-yyyy, d-m-yyyy, with hh:mm when asked). */
function datum(serial: number, formaat: string): string {
  const seconden = Math.round(serial * 86_400);
  const d = new Date(Date.UTC(1899, 11, 30) + seconden * 1000);
  const p = (n: number, breed: boolean) => (breed ? String(n).padStart(2, "0") : String(n));
  const breed = formaat.startsWith("dd");
  const dag = `${p(d.getUTCDate(), breed)}-${p(d.getUTCMonth() + 1, breed)}-${d.getUTCFullYear()}`;
  return /h/i.test(formaat)
    ? `${dag} ${p(d.getUTCHours(), true)}:${p(d.getUTCMinutes(), true)}`
    : dag;
}

function mergeSpans(merges: string[]): {
  bedekt: Set<string>;
  span: Map<string, [number, number]>;
} {
  const bedekt = new Set<string>();
  const span = new Map<string, [number, number]>();
  for (const m of merges) {
    const a = parseArea(m);
    if (!a || a.bottom >= MAX_RIJEN) continue;
    span.set(`${a.top},${a.left}`, [a.bottom - a.top + 1, a.right - a.left + 1]);
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        if (r !== a.top || c !== a.left) bedekt.add(`${r},${c}`);
  }
  return { bedekt, span };
}
