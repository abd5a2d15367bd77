import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schrijfKwartalen } from "./genereer";

async function main(): Promise<void> {
  const map = join(tmpdir(), "regie-bench");
  mkdirSync(map, { recursive: true });
  const t = Date.now();
  await schrijfKwartalen(join(map, "kwartalen-28000x8.xlsx"), 28000, 8);
  console.log("gen", Date.now() - t);
}
void main();
