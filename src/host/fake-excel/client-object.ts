import type { Action, BatchState, Response } from "./batch";
import type { FakeRequestContext } from "./context";
import { officeErrors } from "./errors";
import { loadPaths, type LoadOption } from "./load-spec";
import type { SheetModel } from "./model";
import { jsonBytes } from "./payload";

/**
 * OfficeExtension.ClientObject: a proxy for an object in the workbook. It is bound to its target when a
 * sync first uses it (`resolver`); properties are readable only after a load and a successful sync;
 * writes and method calls are queued and run in order at the next sync. A null object (from an
 * *OrNullObject method, or derived from one) reads null for every property and ignores writes.
 */
export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: { target: T | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly label: string,
    private readonly resolver: () => T | null
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeErrors.propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.enqueue("load", paths, false, (state) => state.responses.push(this.snapshot(paths)));
    return this;
  }

  /** Binds the proxy at sync time; a resolution that throws is retried by the next sync. */
  resolve(): T | null {
    if (!this.bound) this.bound = { target: this.resolver() };
    return this.bound.target;
  }

  /** Reads the paths now, inside a sync, and returns what to hand the proxy if the sync succeeds. */
  snapshot(paths: readonly string[]): Response {
    const target = this.resolve();
    const own: string[] = [];
    const nested: Response[] = [];
    const byChild = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (this.child(head))
        byChild.set(head, [...(byChild.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else if (rest.length === 0) own.push(head);
      else
        throw officeErrors.invalidArgument(`${this.label}: '${head}' is not a navigation property`);
    }
    for (const [name, rest] of byChild) nested.push(this.child(name)!.snapshot(rest));
    const names = own.length === 0 && byChild.size === 0 ? this.scalarNames() : own;
    const data =
      target === null
        ? null
        : Object.fromEntries(names.map((n) => [n, this.readChecked(target, n)]));
    return {
      bytes: jsonBytes(data) + nested.reduce((sum, r) => sum + r.bytes, 0),
      deliver: () => {
        this.nullState = target === null;
        if (data) for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
        nested.forEach((r) => r.deliver());
      },
    };
  }

  /** *OrNullObject methods tell at the next sync whether the object exists, without a load. */
  probe(): this {
    this.enqueue("isNullObject", [], false, (state) => {
      const isNull = this.resolve() === null;
      state.responses.push({ bytes: 5, deliver: () => (this.nullState = isNull) });
    });
    return this;
  }

  /** Called by collections for items they create at sync time. */
  markExisting(): void {
    this.nullState = false;
  }

  protected abstract scalarNames(): readonly string[];
  protected abstract read(target: T, name: string): unknown;

  protected child(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** A loaded property; null on a null object; PropertyNotLoaded otherwise. */
  protected get<V>(name: string): V {
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.nullState === true) return null as V;
    throw officeErrors.propertyNotLoaded(name);
  }

  /** Office.js keeps a value the add-in set, so it can be read back without a load. */
  protected echo(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /**
   * Queues a change. `sheetOf` names the sheet it touches: writes to a protected sheet fail at sync with
   * AccessDenied unless `allowOnProtected`; a null target ignores the write.
   */
  protected queueWrite(
    kind: string,
    args: unknown,
    sheetOf: (target: T) => SheetModel | null,
    apply: (target: T) => void,
    allowOnProtected = false
  ): void {
    this.enqueue(kind, args, true, () => {
      const target = this.resolve();
      if (target === null) return;
      const sheet = sheetOf(target);
      if (sheet?.deleted) throw officeErrors.itemNotFound(sheet.name);
      this.context.engine.faults.checkWrite(kind, sheet ? sheet.name : null);
      if (sheet?.protected && !allowOnProtected) throw officeErrors.accessDenied(sheet.name);
      apply(target);
    });
  }

  protected enqueue(
    kind: string,
    args: unknown,
    write: boolean,
    run: (state: BatchState) => void
  ): void {
    const action: Action = { kind, target: this.label, requestBytes: jsonBytes(args), write, run };
    this.context.enqueue(action);
  }

  private readChecked(target: T, name: string): unknown {
    if (!this.scalarNames().includes(name))
      throw officeErrors.invalidArgument(`${this.label}: unknown property '${name}'`);
    return this.read(target, name);
  }
}
