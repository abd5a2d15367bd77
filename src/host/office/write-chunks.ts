import type { WriteOp } from "../../app/ports";
import { cellAddress, MAX_ADDRESS_LENGTH, parseArea } from "../../core/address";
import type { CellValue } from "../../core/grid";
import { errorCode, mayBeTooLarge } from "./errors";
import { CHUNK_BYTES, COMMAND_BYTES, jsonSize, VALUES_ENVELOPE } from "./payload";

/**
 * Groups operations, in order, into batches whose estimated request stays under `budget`; one batch in
 * the usual case. A values or fill operation too big on its own is split first: values into row bands
 * (a row too wide on its own into column pieces), fills into smaller address lists.
 */
export function chunkWrites(
  ops: readonly WriteOp[],
  budget = CHUNK_BYTES,
  firstChunkReserved = 0
): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = firstChunkReserved; // the guard reads travel in the first sync
  for (const op of ops.flatMap((o) => splitOp(o, budget))) {
    const bytes = opBytes(op);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      [current, size] = [[], 0];
    }
    current.push(op);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Below this many estimated request bytes a write is not large: a generic failure of it is not taken
 * for a size refusal (the same bound as for reads, read-bands.ts; assumption).
 */
export const LARGE_WRITE_BYTES = CHUNK_BYTES / 8;

/**
 * Whether Excel refused a chunk of writes for its size: the documented code, or what real hosts have
 * answered a large request with instead (GeneralException over HTTP 500, OfficeDev/office-js#1314 and
 * OfficeDev/office-js-docs-reference#354 for a large values write; a bare HTTP 500, which
 * Microsoft's library reports as ConnectionFailure; errors.ts), only for a large chunk.
 */
export function refusedForSize(chunk: readonly WriteOp[], error: unknown): boolean {
  if (errorCode(error) === "RequestPayloadSizeLimitExceeded") return true;
  return mayBeTooLarge(error) && chunkBytes(chunk) >= LARGE_WRITE_BYTES;
}

/**
 * A chunk refused for its size as chunks of about half its size, in the same order; null when it
 * cannot be split (one operation that splitOp cannot cut further).
 */
export function halved(chunk: readonly WriteOp[], reserved = 0): WriteOp[][] | null {
  const pieces = chunkWrites(chunk, Math.ceil(chunkBytes(chunk) / 2), reserved);
  return pieces.length > 1 ? pieces : null;
}

export function chunkBytes(chunk: readonly WriteOp[]): number {
  return chunk.reduce((n, op) => n + opBytes(op), 0);
}

type ValuesOp = Extract<WriteOp, { kind: "values" }>;

/**
 * Joins values writes that follow each other in the list and stack exactly (the next one starts in the
 * row below the last one's bottom row, same column, same width) into one write: the same cells get
 * the same values, in one range instead of one per cell. Every range queued in Excel.run is a tracked
 * object, released after the run in a request of its own (`_RemoveReference`, built and sent unawaited
 * by excel-web-16.00.js); "having many tracked objects slows down the Office application"
 * (OfficeExtension.TrackedObjects, Office.js reference), and that request is bound by Excel on the
 * web's 5 MB payload limit too (Resource limits and performance optimization for Office Add-ins).
 * Measured: 20,000 separate cells made it 2.4 MB. Only neighbours in the list are joined, so the
 * order of the writes never changes.
 */
export function stackValueWrites(ops: readonly WriteOp[]): WriteOp[] {
  const out: WriteOp[] = [];
  let open: { op: ValuesOp; top: number; left: number; width: number } | null = null;
  for (const op of ops) {
    const shape = op.kind === "values" ? valuesShape(op) : null;
    if (op.kind !== "values" || !shape) {
      open = null;
      out.push(op);
    } else if (
      open &&
      op.sheet === open.op.sheet &&
      shape.left === open.left &&
      shape.width === open.width &&
      shape.top === open.top + open.op.values.length
    ) {
      // One row at a time: push(...rows) would pass the engine's argument limit for a big block.
      for (const row of op.values) open.op.values.push(row);
    } else {
      // A copy: the caller's operation (and its rows array) stays as it was.
      open = { op: { ...op, values: [...op.values] }, ...shape };
      out.push(open.op);
    }
  }
  return out;
}

/** Top-left cell and width of a rectangular values write; null for a ragged or empty one. */
function valuesShape(op: ValuesOp): { top: number; left: number; width: number } | null {
  const start = parseArea(op.address);
  const width = op.values[0]?.length ?? 0;
  if (!start || width === 0 || op.values.some((row) => row.length !== width)) return null;
  return { top: start.top, left: start.left, width };
}

/** The serializer's JSON of a values array or an address list runs up to 12% above ours (measured). */
const DATA_MARGIN = 1.15;

/**
 * Estimated request bytes of one operation: its data as JSON plus the envelope Microsoft's serializer
 * puts around each command (object paths, instantiate and keep-reference actions), an upper bound
 * measured against excel-web-16.00.js (test/host/office/payload.test.ts).
 */
export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values":
      return Math.ceil(jsonSize(op.values) * DATA_MARGIN) + VALUES_ENVELOPE;
    case "fill": {
      const chars = op.addresses.reduce((sum, a) => sum + a.length + 1, 0);
      return (
        Math.ceil(chars * DATA_MARGIN) +
        COMMAND_BYTES * (4 + 2 * Math.ceil(chars / MAX_ADDRESS_LENGTH))
      );
    }
    case "format": {
      const area = op.numberFormat === undefined ? null : parseArea(op.address);
      const cells = area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;
      const properties = Object.keys(op).length - 3; // besides kind, sheet and address
      return (
        Math.ceil(cells * (jsonSize(op.numberFormat) + 1) * DATA_MARGIN) +
        COMMAND_BYTES * (2 + properties)
      );
    }
    default:
      return COMMAND_BYTES * 8;
  }
}

function splitOp(op: WriteOp, budget: number): WriteOp[] {
  if (opBytes(op) <= budget) return [op];
  if (op.kind === "fill")
    return splitList(op.addresses, budget, (a) => (a.length + 1) * DATA_MARGIN).map(
      (addresses) => ({
        ...op,
        addresses,
      })
    );
  if (op.kind !== "values") return [op];
  const start = parseArea(op.address);
  if (!start) return [op];
  const out: WriteOp[] = [];
  let top = 0;
  for (const rows of splitList(
    op.values,
    budget,
    (row) => jsonSize(row) * DATA_MARGIN,
    VALUES_ENVELOPE
  )) {
    if (rows.length === 1 && jsonSize(rows) * DATA_MARGIN + VALUES_ENVELOPE > budget)
      for (const piece of splitRow(op, rows[0], start.top + top, start.left, budget))
        out.push(piece);
    else out.push({ ...op, address: cellAddress(start.top + top, start.left), values: rows });
    top += rows.length;
  }
  return out;
}

function splitRow(
  op: Extract<WriteOp, { kind: "values" }>,
  row: CellValue[],
  r: number,
  left: number,
  budget: number
): WriteOp[] {
  let c = 0;
  return splitList(row, budget, (cell) => jsonSize(cell) * DATA_MARGIN, VALUES_ENVELOPE).map(
    (cells) => {
      const piece = { ...op, address: cellAddress(r, left + c), values: [cells] };
      c += cells.length;
      return piece;
    }
  );
}

/** Consecutive pieces of a list, each under the budget by the given measure (at least one item each). */
function splitList<T>(
  items: readonly T[],
  budget: number,
  measure: (item: T) => number,
  envelope = COMMAND_BYTES * 6
): T[][] {
  const pieces: T[][] = [];
  let piece: T[] = [];
  let size = envelope;
  for (const item of items) {
    const bytes = measure(item) + 1;
    if (piece.length > 0 && size + bytes > budget) {
      pieces.push(piece);
      [piece, size] = [[], envelope];
    }
    piece.push(item);
    size += bytes;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}
