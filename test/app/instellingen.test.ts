import {
  bewaarInstellingen,
  STANDAARD_INSTELLINGEN,
  type InstellingenOpslag,
} from "../../src/app/instellingen";
import { foutTekst } from "../../src/app/weigering-berichten";

// Office's settings.saveAsync reports a failure through its callback; the host adapter turns that into
// a rejected promise. It must reach the user as a Dutch message, not vanish.
const opslag = (bewaar: InstellingenOpslag["bewaar"]): InstellingenOpslag => ({
  lees: async () => ({}),
  bewaar,
});

describe("bewaarInstellingen", () => {
  test("a save that succeeds gives the settings back", async () => {
    const bewaard: unknown[] = [];
    const uitkomst = await bewaarInstellingen(
      opslag(async (w) => void bewaard.push(w)),
      { ...STANDAARD_INSTELLINGEN, peildatum: "2021-02-24" }
    );
    expect(uitkomst).toEqual({
      ok: true,
      value: { ...STANDAARD_INSTELLINGEN, peildatum: "2021-02-24" },
    });
    expect(bewaard).toHaveLength(1);
  });

  test("a failed save is a Dutch message saying the settings hold in this pane only", async () => {
    const uitkomst = await bewaarInstellingen(
      opslag(async () => {
        throw new Error("Save Settings Error");
      }),
      STANDAARD_INSTELLINGEN
    );
    expect(uitkomst.ok).toBe(false);
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toBe(
      "De instellingen konden niet in de werkmap worden bewaard (Save Settings Error). Ze gelden nu alleen in dit taakvenster; probeer het opnieuw of sla de werkmap op."
    );
  });
});
