import { html } from "../support/ssr";
import { valideer } from "../../src/app/actielijst/valideer";
import type { ActielijstRapport } from "../../src/core/actielijst/validate";
import { OfficeWorkbookPort } from "../../src/host/office";
import { Bevindingen } from "../../src/taskpane/actielijst/Bevindingen";
import { maakDemoWerkmap } from "../../src/taskpane/demo/demo-werkmap";
import { readDemoSheets } from "../../src/tools/demo-bladen";
import { foutTekst } from "../../src/app/weigering-berichten";

/** The findings view as it renders on the demo workbook, as text (tags stripped, entities read). */
function tekst(rapport: ActielijstRapport): string {
  const opgemaakt = html(
    <Bevindingen
      rapport={rapport}
      onSelecteer={() => undefined}
      onHerstel={() => undefined}
      onHerstelAlle={() => undefined}
      onZetRijTerug={() => undefined}
      bezig={false}
    />
  );
  return opgemaakt
    .replace(/<[^>]+>/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .split("\n")
    .map((r) => r.trim())
    .filter(Boolean)
    .join("\n");
}

describe("findings that wait for the user, on the demo workbook", () => {
  let rapport: ActielijstRapport;
  beforeAll(async () => {
    const r = await valideer(new OfficeWorkbookPort(maakDemoWerkmap(await readDemoSheets()).run), {
      peildatum: "2021-02-24",
      binnenkortDagen: 14,
    });
    if (!r.ok) throw new Error(foutTekst(r.refusal));
    rapport = r.value;
  });

  test("the shifted row shows before writing which cell goes where, with the button", () => {
    const t = tekst(rapport);
    const begin = t.indexOf("Zet rij terug verplaatst 6 cellen van rij 15 één kolom terug:");
    expect(begin).toBeGreaterThan(0);
    expect(t.slice(begin).split("\n").slice(1, 8)).toEqual([
      "B15 wordt leeg",
      'B15 → C15: "Uitwerken onafhankelijke adviseurs"',
      'C15 → D15: "0/26"',
      'D15 → E15: "In uitvoering"',
      'E15 → F15: "13 januari vastgesteld"',
      'F15 → G15: "1 maart 2021"',
      "Zet rij terug",
    ]);
  });

  test("the ambiguous accounthouder names its candidates as visible text", () => {
    const t = tekst(rapport);
    expect(t).toContain("'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet.");
    expect(t).toContain("Schrijf de naam voluit");
  });
});
