/** What an action hands back at sync time; delivered to the proxies only when the whole sync succeeds. */
export interface Response {
  bytes: number;
  deliver(): void;
}

export interface BatchState {
  responses: Response[];
}

/** One queued command: a property write, a method call or a load, run in queue order at sync. */
export interface Action {
  kind: string;
  /** The proxy it acts on, as a readable path ("Blad1.getRanges(A1:B1,...)"). */
  target: string;
  requestBytes: number;
  write: boolean;
  run(state: BatchState): void;
}

export interface ActionRecord {
  kind: string;
  target: string;
  bytes: number;
  write: boolean;
}

/** What one `context.sync()` sent and received; kept by the workbook for tests and benchmarks. */
export interface SyncRecord {
  index: number;
  requestBytes: number;
  responseBytes: number;
  actions: ActionRecord[];
  /** The error code when the sync failed. */
  error?: string;
  /** True for the flush Excel.run does when the batch function returns with commands still queued. */
  final?: boolean;
}
