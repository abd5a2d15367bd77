import { officeErrors } from "./errors";

/** OfficeExtension.ClientResult: `value` is readable only after the sync that computed it. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) throw officeErrors.valueNotLoaded();
    return this.result as T;
  }

  /** Called by the fake when the sync succeeds. */
  settle(value: T): void {
    this.result = value;
    this.ready = true;
  }
}
