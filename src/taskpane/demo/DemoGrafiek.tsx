import { makeStyles, tokens } from "@fluentui/react-components";
import { parseArea } from "../../core/address";
import type { CellValue } from "../../core/grid";

export interface DemoGrafiekData {
  name: string;
  title: string;
  source: string;
  type: string;
  /** Per series the fill Regie set (ChartFill.setSolidColor), null where Excel picks. */
  seriesFills: (string | null)[];
}

/**
 * What Excel draws a series in when nothing was set: the accents of its Office theme (2013-2022),
 * in turn. The dashboard sets every series (FASE_KLEUREN), so the demo shows those, as Excel does.
 */
const EXCEL_EIGEN = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const useStyles = makeStyles({
  figuur: {
    margin: 0,
    padding: "8px",
    background: "#FFFFFF",
    color: "#000",
    ...{ border: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  legenda: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 12px",
    fontSize: "12px",
    listStyle: "none",
    margin: "4px 0 0",
    padding: 0,
  },
});

/**
 * The demo's stand-in for an Excel chart: a stacked column chart drawn from the chart's source range
 * in the emulated workbook (first row series names, first column categories).
 */
export function DemoGrafiek({
  grafiek,
  values,
}: {
  grafiek: DemoGrafiekData;
  values: CellValue[][];
}) {
  const s = useStyles();
  const a = parseArea(grafiek.source);
  if (!a) return null;
  const kop = (values[a.top] ?? []).slice(a.left + 1, a.right + 1).map(String);
  const rijen = values.slice(a.top + 1, a.bottom + 1).map((r) => ({
    label: String(r[a.left] ?? ""),
    waarden: r.slice(a.left + 1, a.right + 1).map((v) => (typeof v === "number" ? v : 0)),
  }));
  const kleur = (j: number) => grafiek.seriesFills[j] ?? EXCEL_EIGEN[j % EXCEL_EIGEN.length];
  const max = Math.max(1, ...rijen.map((r) => r.waarden.reduce((x, y) => x + y, 0)));
  const breedte = 60 * rijen.length + 40;
  const hoogte = 200;
  return (
    <figure className={s.figuur} data-grafiek={grafiek.name} aria-label={grafiek.title}>
      <figcaption style={{ fontWeight: 600, fontSize: 13 }}>{grafiek.title}</figcaption>
      <svg width={breedte} height={hoogte + 24} role="img" aria-label={grafiek.title}>
        {rijen.map((r, i) => {
          let y = hoogte;
          return (
            <g key={r.label}>
              {r.waarden.map((w, j) => {
                const h = (w / max) * (hoogte - 10);
                y -= h;
                return (
                  <rect
                    key={j}
                    x={30 + i * 60}
                    y={y}
                    width={40}
                    height={h}
                    fill={kleur(j)}
                    data-serie={kop[j]}
                  />
                );
              })}
              <text x={50 + i * 60} y={hoogte + 16} fontSize={11} textAnchor="middle">
                {r.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={s.legenda}>
        {kop.map((naam, j) => (
          <li key={naam} data-serie={naam}>
            <span
              style={{
                display: "inline-block",
                width: 10,
                height: 10,
                background: kleur(j),
                marginRight: 4,
              }}
            />
            {naam}
          </li>
        ))}
      </ul>
    </figure>
  );
}
