/** Named colours Excel accepts, for the ones Regie and its tests use; Excel reports colours as "#RRGGBB". */
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
};

export function normalizeColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return `#${hex[1].toUpperCase()}`;
  return NAMED[color.trim().toLowerCase()] ?? color;
}
