import type { Action } from "./batch";
import type { FaultInjector } from "./faults";
import type { WorkbookModel } from "./model";
import { FakeWorkbookObject } from "./workbook-object";

/** The workbook side a request context sends its batches to. */
export interface FakeEngine {
  readonly model: WorkbookModel;
  readonly faults: FaultInjector;
  readonly payloadLimit: number;
  execute(actions: Action[], final: boolean): void;
}

/**
 * Excel.RequestContext: proxies queue actions here; `sync()` sends the queue as one batch. The queue is
 * taken when sync() is called (later commands go to the next batch) and runs asynchronously, as in Excel.
 * A sync with nothing queued makes no round trip and is not counted.
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  private queue: Action[] = [];

  constructor(readonly engine: FakeEngine) {
    this.workbook = new FakeWorkbookObject(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.send(false).then(() => passThroughValue as T);
  }

  /** Excel.run's closing flush of commands still queued when the batch function returns. */
  flush(): Promise<void> {
    return this.send(true);
  }

  private send(final: boolean): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return Promise.resolve();
    return Promise.resolve().then(() => this.engine.execute(batch, final));
  }
}
