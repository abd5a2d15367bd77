/**
 * Paths inside a zip package: always "/"-separated, relative to the package root. What Node's
 * `path.posix` did for the reader, without Node, so that the same reader runs in the task pane.
 */
export function dirname(pad: string): string {
  const i = pad.lastIndexOf("/");
  return i < 0 ? "." : i === 0 ? "/" : pad.slice(0, i);
}

export function basename(pad: string): string {
  return pad.slice(pad.lastIndexOf("/") + 1);
}

/** "xl/worksheets/../styles.xml" -> "xl/styles.xml"; "." parts dropped, ".." taken back. */
export function normalize(pad: string): string {
  const uit: string[] = [];
  for (const deel of pad.split("/")) {
    if (deel === "" || deel === ".") continue;
    if (deel === ".." && uit.length > 0 && uit[uit.length - 1] !== "..") uit.pop();
    else uit.push(deel);
  }
  return (pad.startsWith("/") ? "/" : "") + (uit.join("/") || (pad.startsWith("/") ? "" : "."));
}

export function join(...delen: string[]): string {
  return normalize(delen.filter((d) => d !== "").join("/"));
}
