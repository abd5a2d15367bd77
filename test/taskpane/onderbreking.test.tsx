import { html } from "../support/ssr";
import type { OnderbrekingVoorstel } from "../../src/app/onderbreking";
import { OnderbrekingMelding } from "../../src/taskpane/common/Onderbreking";

/** What the user reads: no styles, no tags, entities decoded. */
const tekst = (h: string) =>
  h
    .replace(/<style[^]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
const begonnen = new Date(2021, 1, 24, 10, 3).getTime();

describe("the bar for a write a closed pane left half done", () => {
  test("names the write and its time, what goes back, what stays and why", () => {
    const voorstel: OnderbrekingVoorstel = {
      id: "x",
      begonnen,
      task: { task: "wijzigingen", actie: "Normaliseer accounthouders" },
      bladen: ["Actielijst", "Wijzigingslog"],
      plan: {
        ops: [],
        cellen: [{ sheet: "Actielijst", cell: "D2", was: "Anja Woortman", wordt: "Anja" }],
        gewijzigd: [{ sheet: "Actielijst", cell: "D4", nu: "Kees" }],
        bladenWeg: ["Wijzigingslog"],
        bladenGehouden: [],
        bladenTerug: [],
        opmaak: 0,
      },
    };
    const uit = tekst(
      html(<OnderbrekingMelding voorstel={voorstel} bezig={false} onTerug={() => undefined} />)
    );
    expect(uit).toContain("Niet afgemaakt: Normaliseer accounthouders (begonnen om 10:03)");
    expect(uit).toContain(
      'Terugdraaien: 1 cel krijgt terug wat er stond; blad "Wijzigingslog" wordt verwijderd.'
    );
    expect(uit).toContain("Cellen: Actielijst!D2.");
    expect(uit).toContain("Sindsdien gewijzigd, dus niet teruggezet: Actielijst!D4.");
    expect(uit).toContain("Terugdraaien");
  });

  test("without a journal: which sheets to check, and lifting the lock", () => {
    const uit = tekst(
      html(
        <OnderbrekingMelding
          voorstel={{
            id: "x",
            begonnen,
            task: { task: "markeren" },
            bladen: ["Actielijst"],
            plan: null,
          }}
          bezig={false}
          onTerug={() => undefined}
        />
      )
    );
    expect(uit).toContain("Niet afgemaakt: Markeren (begonnen om 10:03)");
    expect(uit).toContain('Controleer blad "Actielijst".');
    expect(uit).toContain("Gezien, slot opheffen");
  });
});
