/** What load() accepts in Office.js: "values, address", ["values"], {select, expand} or {values: true, format: {fill: {color: true}}}. */
export type LoadOption = string | string[] | Record<string, unknown>;

/** Flattens a load option into property paths such as "values" or "format/fill/color". */
export function loadPaths(option?: LoadOption): string[] {
  if (option === undefined) return [];
  if (typeof option === "string") return split(option);
  if (Array.isArray(option)) return option.flatMap(split);
  const { select, expand } = option;
  if (typeof select === "string" || typeof expand === "string")
    return [
      ...split(typeof select === "string" ? select : ""),
      ...split(typeof expand === "string" ? expand : ""),
    ];
  return treePaths(option, "");
}

function split(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function treePaths(tree: Record<string, unknown>, prefix: string): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (key.startsWith("$")) continue; // $top, $skip, $all: paging options, not properties
    if (value === true) paths.push(prefix + key);
    else if (value && typeof value === "object")
      paths.push(...treePaths(value as Record<string, unknown>, `${prefix}${key}/`));
  }
  return paths;
}
