import { FASEN } from "../../../../src/core/mijlpalen";
import { FASE_KLEUREN, faseKleuren } from "../../../../src/core/mijlpalen/fasen/fase-kleuren";
import { kleurVerschil, SIMULATIES } from "../../../support/kleur";

describe("FASE_KLEUREN: one colour per phase", () => {
  test("every phase has a colour of its own, as #RRGGBB, in phase order", () => {
    expect(Object.keys(FASE_KLEUREN)).toEqual([...FASEN]);
    for (const kleur of Object.values(FASE_KLEUREN)) expect(kleur).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(faseKleuren()).size).toBe(FASEN.length);
    expect(faseKleuren()).toEqual(FASEN.map((f) => FASE_KLEUREN[f]));
  });

  test("Nog niet gestart is grey: nothing has happened to those addresses yet", () => {
    const [r, g, b] = [1, 3, 5].map((i) =>
      parseInt(FASE_KLEUREN["Nog niet gestart"].slice(i, i + 2), 16)
    );
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  // Every pair, not only neighbours in the stack: the legend and the pane put any two side by side.
  // A CIE76 difference of 15 is well above "just noticeable" (about 2.3); a palette with Okabe-Ito's
  // yellow next to orange, or two greens, falls below it for deutan or protan vision.
  test.each(Object.keys(SIMULATIES))("every two phases stay apart for %s", (zicht) => {
    const teDichtbij = FASEN.flatMap((a, i) =>
      FASEN.slice(i + 1)
        .map((b) => ({
          paar: `${a} / ${b}`,
          verschil: kleurVerschil(FASE_KLEUREN[a], FASE_KLEUREN[b], zicht),
        }))
        .filter((p) => p.verschil < 15)
    );
    expect(teDichtbij).toEqual([]);
  });
});
