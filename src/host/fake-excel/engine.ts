import type { Action, BatchState, SyncRecord } from "./batch";
import { FakeOfficeError, officeErrors } from "./errors";
import type { FaultInjector } from "./faults";
import { ACTION_OVERHEAD_BYTES } from "./payload";

/**
 * Runs one sync's batch the way Excel does: a request over the limit is refused before anything runs;
 * actions run in order and a failing one stops the batch with the earlier ones applied (no rollback);
 * loads are delivered only when the whole sync succeeds and the response fits the limit.
 */
export function executeBatch(
  index: number,
  actions: readonly Action[],
  final: boolean,
  env: { faults: FaultInjector; payloadLimit: number; record(sync: SyncRecord): void }
): void {
  const requestBytes = actions.reduce((sum, a) => sum + a.requestBytes + ACTION_OVERHEAD_BYTES, 0);
  const record: SyncRecord = {
    index,
    requestBytes,
    responseBytes: 0,
    actions: actions.map((a) => ({
      kind: a.kind,
      target: a.target,
      bytes: a.requestBytes,
      write: a.write,
    })),
    ...(final ? { final } : {}),
  };
  env.record(record);
  try {
    if (requestBytes > env.payloadLimit) throw officeErrors.requestTooLarge(requestBytes);
    const fault = env.faults.takeSyncFault(index);
    const state: BatchState = { responses: [] };
    actions.forEach((action, i) => {
      if (fault && i === fault.afterActions) throw fault.error;
      action.run(state);
    });
    if (fault) throw fault.error;
    record.responseBytes = state.responses.reduce((sum, r) => sum + r.bytes, 0);
    if (record.responseBytes > env.payloadLimit)
      throw officeErrors.responseTooLarge(record.responseBytes);
    state.responses.forEach((r) => r.deliver());
  } catch (error) {
    record.error = error instanceof FakeOfficeError ? error.code : "GeneralException";
    throw error;
  }
}
