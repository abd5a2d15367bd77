// Width and height of a PNG file, read from its IHDR chunk (no image library needed).
import { readFileSync } from "fs";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error(`${file} is not a PNG file`);
  }
  if (bytes.toString("latin1", 12, 16) !== "IHDR")
    throw new Error(`${file}: first chunk is not IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
