/**
 * Colour arithmetic for tests of the phase colours: WCAG contrast, and how far apart two colours
 * are (CIE76 in CIELAB) for normal vision and simulated dichromacy. The simulation is Machado,
 * Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", severity 1.0, applied in linear sRGB.
 */
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const SIMULATIES: Record<string, Matrix | null> = {
  "normal vision": null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** WCAG 2 contrast ratio of two colours (#RRGGBB), 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminantie(lineair(a)), luminantie(lineair(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** CIE76 distance of two colours as someone with the given vision (a key of SIMULATIES) sees them. */
export function kleurVerschil(a: string, b: string, zicht: string): number {
  const m = SIMULATIES[zicht];
  if (m === undefined) throw new Error(`onbekend zicht: ${zicht}`);
  const p = lab(simuleer(lineair(a), m));
  const q = lab(simuleer(lineair(b), m));
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

function lineair(kleur: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(kleur);
  if (!m) throw new Error(`geen #RRGGBB: ${kleur}`);
  return [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

function luminantie([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function simuleer(c: Rgb, m: Matrix | null): Rgb {
  if (!m) return c;
  return m.map((rij) =>
    Math.min(1, Math.max(0, rij[0] * c[0] + rij[1] * c[1] + rij[2] * c[2]))
  ) as Rgb;
}

/** Linear sRGB (D65) to CIELAB. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
