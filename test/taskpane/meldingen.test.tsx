import { bevinding } from "../../src/core/mijlpalen/codes";
import { mijlpaalBericht, type MijlpaalBevinding } from "../../src/core/mijlpalen";
import { Meldingen } from "../../src/taskpane/mijlpalen/Meldingen";
import { html } from "../support/ssr";

const tekst = (h: string) =>
  h
    .replace(/<style[^]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

/** A melding of the kind "address twice in one sheet", in row `rij`. */
function dubbel(rij: number): MijlpaalBevinding {
  return bevinding(
    "adres-dubbel",
    { sheet: "Q1 2020", cell: `A${rij}` },
    { eersteCel: "A1", kwartaal: "Q1 2020" },
    `ADR-${rij}`
  );
}

describe("the dashboard's meldingen in the pane", () => {
  test("none: nothing at all", () => {
    const h = html(<Meldingen meldingen={[]} onSelecteer={() => undefined} />);
    expect(tekst(h).trim()).toBe("");
    expect(h).not.toContain("<section");
  });

  test("each with its sheet and cell and its Dutch sentence; after 20 a count of the rest", () => {
    const meldingen = Array.from({ length: 23 }, (_, i) => dubbel(i + 2));
    const h = html(<Meldingen meldingen={meldingen} onSelecteer={() => undefined} />);
    expect((h.match(/<button/g) ?? []).length).toBe(20);
    const t = tekst(h);
    expect(t).toContain("Meldingen (23)");
    expect(t).toContain(`Q1 2020!A2 ${mijlpaalBericht(meldingen[0])}`);
    expect(t).not.toContain("Q1 2020!A22 ");
    expect(t).toContain("En 3 meldingen meer: alle staan op het dashboardblad.");
  });
});
