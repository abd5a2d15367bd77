import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The shared fixtures live beside the clone, never inside it. */
export const FIXTURES = resolve(__dirname, "../../../shared/fixtures");

export function fixture(name: string): string {
  const path = join(FIXTURES, name);
  if (!existsSync(path))
    throw new Error(
      `Fixture ${name} ontbreekt: verwacht in ${FIXTURES}. Zet de map ../shared/fixtures naast deze clone.`
    );
  return path;
}

export function fixtureJson<T>(name: string): T {
  return JSON.parse(readFileSync(fixture(name), "utf8")) as T;
}
