/**
 * Paths inside a zip package: always "/"-separated, relative to the package root. What Node's
 * `path.posix` did for the reader, without Node, so that the same reader runs in the task pane.
 */
export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : i === 0 ? "/" : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** "xl/worksheets/../styles.xml" -> "xl/styles.xml"; "." parts dropped, ".." taken back. */
export function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  return (path.startsWith("/") ? "/" : "") + (parts.join("/") || (path.startsWith("/") ? "" : "."));
}

export function join(...segments: string[]): string {
  return normalize(segments.filter((d) => d !== "").join("/"));
}
