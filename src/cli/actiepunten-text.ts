import { datumNederlands } from "../core/dates/iso";
import { VERSLAG_KOLOMMEN as KOLOM, verslagBericht } from "../core/verslag/berichten";
import type { ActiepuntenVoorstel } from "../app/verslag/actiepunten";
import type { ActiepuntDeadline } from "../core/verslag/termijn";

/**
 * The report of `actiepunten` in Dutch: the meeting, then per item its owners, deadline and
 * findings (or the row it already is), then the rows to add and what was written.
 */
export function actiepuntenText(
  v: ActiepuntenVoorstel,
  bestanden: { verslag: string; lijst: string },
  geschreven: { out: string; rijen: number[] } | null
): string {
  const regels = [
    `Verslag ${bestanden.verslag}: DUO van ${datumNederlands(v.vergadering)}, ${aantal(v.actiepunten.length, "actiepunt", "actiepunten")}.`,
    volgendeRegel(v),
    `Actielijst ${bestanden.lijst}, blad "${v.sheet}"${v.register ? `, register met ${v.register.personen.length} personen` : ", zonder register van accounthouders"}.`,
    "",
  ];
  for (const a of v.actiepunten) {
    regels.push(`${a.nummer}. ${a.tekst}`);
    if (a.bestaand) {
      regels.push(`   Staat al op de lijst (rij ${a.bestaand.row}); geen nieuwe rij.`, "");
      continue;
    }
    const wie = a.owners.length ? a.owners.join(" / ") : "niemand genoemd";
    regels.push(`   Accounthouder: ${wie}`, `   Deadline: ${deadlineTekst(a.deadline)}`);
    // The next meeting's uncertainty is said once, above; not again under every item.
    for (const f of a.findings.filter((x) => x.code !== "volgende-vergadering-onzeker"))
      regels.push(`   ${f.severity === "info" ? "-" : "!"} ${verslagBericht(f)}`);
    regels.push("");
  }
  regels.push(...rijenTekst(v));
  if (v.ontbrekend.length)
    regels.push(
      `De lijst heeft geen kolom ${v.ontbrekend.map((k) => KOLOM[k]).join(", ")}; die waarden schrijft Regie niet.`
    );
  regels.push(
    "",
    geschreven
      ? geschreven.rijen.length
        ? `Kopie met ${aantal(geschreven.rijen.length, "nieuwe rij", "nieuwe rijen")} (rij ${geschreven.rijen[0]}${geschreven.rijen.length > 1 ? ` t/m ${geschreven.rijen[geschreven.rijen.length - 1]}` : ""}) en het Wijzigingslog geschreven naar ${geschreven.out}.`
        : `Geen nieuwe rijen; de kopie ${geschreven.out} is gelijk aan de lijst.`
      : v.rijen.length
        ? "Niets geschreven: gebruik --out KOPIE.xlsx om de rijen in een kopie toe te voegen."
        : "Niets te schrijven: elk actiepunt staat al op de lijst."
  );
  return regels.join("\n");
}

function volgendeRegel(v: ActiepuntenVoorstel): string {
  const vv = v.volgendeVergadering;
  if (!vv) return "Volgend DUO: onbekend (geef --volgende-vergadering DD-MM-JJJJ).";
  if (vv.bron === "gebruiker") {
    const anders =
      v.volgendeInVerslag && v.volgendeInVerslag.datum !== vv.datum
        ? ` (het verslag noemt ${datumNederlands(v.volgendeInVerslag.datum)})`
        : "";
    return `Volgend DUO: ${datumNederlands(vv.datum)}, opgegeven${anders}.`;
  }
  const onzeker = vv.zeker
    ? ""
    : vv.misschien
      ? `, mogelijk verplaatst naar ${datumNederlands(vv.misschien)}`
      : ", niet met zoveel woorden gezegd";
  return `Volgend DUO: ${datumNederlands(vv.datum)}, uit het verslag${onzeker}.`;
}

function deadlineTekst(d: ActiepuntDeadline | null): string {
  if (!d) return "geen";
  const datum = d.due ? ` -> ${datumNederlands(d.due)}` : "";
  return `"${d.text}"${datum}${d.uncertain ? " (onzeker)" : ""}`;
}

function rijenTekst(v: ActiepuntenVoorstel): string[] {
  if (v.rijen.length === 0) return [];
  const uit = [
    `Nieuwe rijen (${v.rijen.length}), onder de lijst vanaf rij ${v.eersteRij} (accounthouder | status | deadline | opmerking):`,
  ];
  v.rijen.forEach((r, k) => {
    const w = r.waarden;
    uit.push(
      `  rij ${v.eersteRij + k} (${r.nummer}): ${[w.accounthouder || "(geen accounthouder)", w.status, w.deadline || "(geen deadline)", w.opmerking].join(" | ")}`
    );
  });
  return uit;
}

function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}
