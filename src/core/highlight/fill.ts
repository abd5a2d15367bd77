/**
 * A cell's fill as the host reports it. Pattern "None" means no fill (Excel still reports white),
 * so pattern and colour together restore a cell exactly. Colours are opaque to the core.
 */
export interface Fill {
  pattern: string;
  color: string;
}

export const NO_FILL: Fill = { pattern: "None", color: "#FFFFFF" };

export function solidFill(color: string): Fill {
  return { pattern: "Solid", color };
}

export function sameFill(a: Fill, b: Fill): boolean {
  if (a.pattern === "None" || b.pattern === "None") return a.pattern === b.pattern;
  return a.pattern === b.pattern && a.color.toUpperCase() === b.color.toUpperCase();
}

export function fillKey(fill: Fill): string {
  return fill.pattern === "None" ? "None" : `${fill.pattern} ${fill.color.toUpperCase()}`;
}
