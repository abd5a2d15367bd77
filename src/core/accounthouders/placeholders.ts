import { memoize } from "../memo";
import { foldText } from "../text";

/** Placeholders that stand where a person would, with the one spelling the secretariaat uses. */
export const PLAATSHOUDERS = ["N.t.b.", "N.v.t."] as const;
export type Plaatshouder = (typeof PLAATSHOUDERS)[number];

const VARIANTEN: Record<string, Plaatshouder> = {
  "n t b": "N.t.b.",
  ntb: "N.t.b.",
  "nader te bepalen": "N.t.b.",
  "nog te bepalen": "N.t.b.",
  "n v t": "N.v.t.",
  nvt: "N.v.t.",
  "niet van toepassing": "N.v.t.",
};

/** The placeholder a text stands for ("ntb", "N.T.B", "n.v.t"), or null when it names someone. */
export const herkenPlaatshouder = memoize(herkenZelf, (text) => text);

function herkenZelf(text: string): Plaatshouder | null {
  return VARIANTEN[foldText(text)] ?? null;
}
