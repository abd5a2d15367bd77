import { utf8Length } from "../host/json-bytes";
import { EmulatorError, hostErrors } from "./errors";
import type { FaultInjector } from "./faults";
import {
  sheetOf,
  type HostObject,
  type HostScope,
  type OnProtected,
  type TypeDef,
} from "./host-object";
import { allowedOnProtected } from "./protection";
import {
  ActionType,
  ObjectPathType,
  type ArgumentInfo,
  type RequestAction,
  type RequestBody,
  type ResponseBody,
} from "./protocol";
import { TYPES } from "./types";

/** One action as the sync records keep it: "Range.values" on "worksheets.getItem(Actielijst).getRange(A1)". */
export interface ActionRecord {
  kind: string;
  target: string;
  /** Bytes of the action in the request (its JSON). */
  bytes: number;
  write: boolean;
}

/** Host state that outlives a request: objects the library asked to keep, by reference id. */
export interface Session {
  readonly scope: HostScope;
  readonly faults: FaultInjector;
  readonly references: Map<string, HostObject>;
  nextReference: number;
}

/**
 * Runs one ProcessQuery request the way Excel does: actions in order; an object path is evaluated when an
 * action first needs it (a method path such as worksheets.add() runs once per request); a failing action
 * stops the request with the earlier ones applied (Excel does not roll a batch back) and the answer
 * carries the results so far and the error.
 */
export function processRequest(
  body: RequestBody,
  session: Session,
  syncIndex: number,
  actions: ActionRecord[]
): ResponseBody {
  const run = new RequestRun(body, session);
  const results: ResponseBody["Results"] = [];
  const fault = session.faults.takeSyncFault(syncIndex);
  let index = 0;
  let writes = 0;
  const traceIds: number[] = [];
  try {
    for (; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      // A trace has no object path (it names path 0): it only marks how far the request got. It is
      // answered with a result too: Microsoft's library runs its trace markers' callbacks (the event
      // handlers' registration, GenericEventHandlers.add) from the results of the answer
      // (TraceMarkerActionResultHandler in excel-web-16.00.debug.js); the null value is an assumption.
      if (action.ActionType === ActionType.trace) {
        traceIds.push(action.Id);
        results.push({ ActionId: action.Id, Value: null });
        continue;
      }
      run.prepare(action);
      if (run.record(action).write) {
        if (fault && writes === fault.afterWrites) throw fault.error;
        writes++;
      }
      const value = run.perform(action);
      if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
    }
    if (fault) throw fault.error;
    return { Results: results, ...(traceIds.length > 0 ? { TraceIds: traceIds } : {}) };
  } catch (error) {
    const e = error instanceof EmulatorError ? error : hostErrors.general(String(error));
    return {
      Results: results,
      ...(traceIds.length > 0 ? { TraceIds: traceIds } : {}),
      Error: {
        Code: e.code,
        Message: e.message,
        Location: e.location,
        ActionIndex: Math.min(index, body.Actions.length - 1),
        HttpStatusCode: e.httpStatus,
      },
    };
  } finally {
    body.Actions.forEach((a) => actions.push(run.record(a)));
  }
}

class RequestRun {
  private readonly resolved = new Map<number, HostObject | null>();
  private readonly kept = new Map<number, string>();
  private readonly records = new Map<RequestAction, ActionRecord>();
  private readonly labels = new Map<number, string>();

  constructor(
    private readonly body: RequestBody,
    private readonly session: Session
  ) {}

  /** Evaluates the action's object path (what an Instantiate does in Excel). */
  prepare(action: RequestAction): void {
    this.resolve(action.ObjectPathId);
  }

  perform(action: RequestAction): unknown {
    const target = this.resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.instantiate:
        return target === null ? null : this.instantiated(action.ObjectPathId, target);
      case ActionType.query:
        return target === null ? null : query(target, action.QueryInfo?.Select ?? [], this.scope);
      case ActionType.method:
        return this.call(action, target);
      case ActionType.setProperty:
        return this.setProperty(action, target);
      default:
        throw hostErrors.notImplemented(`action type ${action.ActionType}`);
    }
  }

  /** The sync record's view of an action: kind, readable target, bytes, whether it writes. */
  record(action: RequestAction): ActionRecord {
    let made = this.records.get(action);
    if (!made) this.records.set(action, (made = this.makeRecord(action)));
    return made;
  }

  private makeRecord(action: RequestAction): ActionRecord {
    const type = this.typeName(action.ObjectPathId);
    const name = action.Name.startsWith("_") ? action.Name : camel(action.Name);
    const write =
      action.ActionType === ActionType.setProperty ||
      (action.ActionType === ActionType.method && this.isWriteMethod(type, name));
    return {
      kind:
        action.ActionType === ActionType.trace
          ? "trace"
          : action.ActionType === ActionType.instantiate
            ? "instantiate"
            : action.ActionType === ActionType.query
              ? "load"
              : `${type}.${name}`,
      target: this.label(action.ObjectPathId),
      // Read by nobody on the hot path, and a values action can be megabytes of JSON: measured on demand.
      get bytes() {
        return utf8Length(JSON.stringify(action));
      },
      write,
    };
  }

  private get scope(): HostScope {
    return this.session.scope;
  }

  private instantiated(pathId: number, target: HostObject): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    const def = typeDef(target);
    if (def.id) value.Id = def.id(target as never);
    const reference = this.kept.get(pathId);
    if (reference) value._ReferenceId = reference;
    return value;
  }

  private call(action: RequestAction, target: HostObject | null): unknown {
    if (action.Name === "_KeepReference") {
      if (target === null) return undefined;
      const reference = `{emulator-${++this.session.nextReference}}`;
      this.session.references.set(reference, target);
      this.kept.set(action.ObjectPathId, reference);
      return undefined;
    }
    const args = this.args(action.ArgumentInfo);
    if (action.Name === "_RemoveReference") {
      this.session.references.delete(String(args[0]));
      return undefined;
    }
    if (target === null) return null; // a null object: calls do nothing (assumption, see README)
    const name = action.Name.startsWith("_") ? action.Name : camel(action.Name);
    const method = typeDef(target).methods?.[name];
    if (!method) throw hostErrors.notImplemented(`${target.type}.${name}`);
    if (method.write) {
      const rule = method.onProtected;
      const onProtected = typeof rule === "function" ? rule(target as never, args) : rule;
      this.checkWrite(target, `${target.type}.${name}`, onProtected);
    }
    const value = method.run(target as never, args, this.scope);
    return value === undefined ? null : value;
  }

  private setProperty(action: RequestAction, target: HostObject | null): undefined {
    if (target === null) return undefined;
    const name = camel(action.Name);
    const property = typeDef(target).properties[name];
    if (!property?.set) throw hostErrors.invalidArgument(`${target.type}.${name} cannot be set`);
    this.checkWrite(target, `${target.type}.${name}`, property.onProtected);
    property.set(target as never, this.args(action.ArgumentInfo)[0], this.scope);
    return undefined;
  }

  /**
   * Writes fail on a deleted sheet, on a protected one (unless Excel allows that change there: see
   * protection.ts) and by injection.
   */
  private checkWrite(target: HostObject, kind: string, onProtected?: OnProtected): void {
    const sheet = sheetOf(target);
    if (sheet?.deleted) throw hostErrors.itemNotFound(`${kind}: the worksheet was deleted`);
    this.session.faults.checkWrite(kind, sheet ? sheet.name : null);
    if (sheet?.protected && !allowedOnProtected(target, sheet, onProtected))
      throw hostErrors.accessDenied(`${kind} on protected worksheet '${sheet.name}'`);
  }

  private resolve(pathId: number): HostObject | null {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId)!;
    const path = this.body.ObjectPaths[String(pathId)];
    if (!path) throw hostErrors.invalidArgument(`object path ${pathId} is missing`);
    let object: HostObject | null;
    switch (path.ObjectPathType) {
      case ObjectPathType.globalObject:
        object = { type: "Workbook" };
        break;
      case ObjectPathType.referenceId: {
        const found = this.session.references.get(path.Name);
        if (!found)
          throw new EmulatorError("InvalidObjectPath", "The object path isn't working.", path.Name);
        object = found;
        break;
      }
      case ObjectPathType.nullObject:
        object = null;
        break;
      default:
        object = this.resolveChild(path.ObjectPathType, camel(path.Name), path);
    }
    this.resolved.set(pathId, object);
    return object;
  }

  /** Property, method and indexer paths: a child of a null object is a null object (assumption). */
  private resolveChild(
    type: number,
    name: string,
    path: RequestBody["ObjectPaths"][string]
  ): HostObject | null {
    const parent = this.resolve(path.ParentObjectPathId ?? -1);
    if (parent === null) return null;
    const def = typeDef(parent);
    const member = `${parent.type}.${name}`;
    if (type === ObjectPathType.property) {
      const navigate = def.navigation?.[name];
      if (!navigate) throw hostErrors.notImplemented(member);
      return navigate(parent as never, this.scope);
    }
    const args = this.args(path.ArgumentInfo);
    if (type === ObjectPathType.indexer) {
      if (!def.indexer) throw hostErrors.notImplemented(`${parent.type}[]`);
      return def.indexer(parent as never, args, this.scope);
    }
    if (type !== ObjectPathType.method) throw hostErrors.notImplemented(`object path type ${type}`);
    const method = def.objectMethods?.[name];
    if (!method) throw hostErrors.notImplemented(member);
    if (method.write) this.checkWrite(parent, member);
    return method.run(parent as never, args, this.scope);
  }

  /** Arguments with object references put in: ReferencedObjectPathIds[i] > 0 names the object of argument i. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id > 0) args[i] = this.resolve(id);
    });
    return args;
  }

  private isWriteMethod(type: string, name: string): boolean {
    if (name.startsWith("_") || name.startsWith("get")) return false;
    const def = (TYPES as Record<string, TypeDef<never>>)[type];
    return def?.methods?.[name]?.write ?? true;
  }

  /** The type an object path resolved to in this request ("null" for a null object, "unreached" after a failure). */
  private typeName(pathId: number): string {
    if (!this.resolved.has(pathId)) return "unreached";
    return this.resolved.get(pathId)?.type ?? "null";
  }

  /** "worksheets.getItem(Actielijst).getRange(A1:B2)": the path as code would write it. */
  private label(pathId: number): string {
    const label = this.pathLabel(pathId);
    return label.length > 160 ? `…${label.slice(-159)}` : label;
  }

  /**
   * The whole path's label, built on its parent's: a request's actions share their parents (the
   * sheet, the workbook), and the guarantee suites record some 365,000 actions in one test file.
   */
  private pathLabel(pathId: number): string {
    const known = this.labels.get(pathId);
    if (known !== undefined) return known;
    const path = this.body.ObjectPaths[String(pathId)];
    let label = "";
    if (path?.ObjectPathType === ObjectPathType.referenceId) {
      label = `ref(${describe(this.session.references.get(path.Name))})`;
    } else if (path && path.ObjectPathType !== ObjectPathType.globalObject) {
      const args = (path.ArgumentInfo?.Arguments ?? [])
        .filter((a) => a !== undefined && a !== null)
        .map((a) => (typeof a === "object" ? "…" : String(a)).slice(0, 40));
      const name = camel(path.Name);
      const parent = this.pathLabel(path.ParentObjectPathId ?? -1);
      label =
        path.ObjectPathType === ObjectPathType.indexer
          ? `${parent}[${args.join(",")}]`
          : `${parent === "" ? "" : `${parent}.`}${
              path.ObjectPathType === ObjectPathType.property ? name : `${name}(${args.join(",")})`
            }`;
    }
    this.labels.set(pathId, label);
    return label;
  }
}

/** Query: the selected properties in PascalCase, navigation properties nested, collections as _Items. */
export function query(target: HostObject, select: readonly string[], scope: HostScope): unknown {
  const def = typeDef(target);
  if (def.items)
    return { _Items: def.items(target as never, scope).map((item) => query(item, select, scope)) };
  const own = new Set<string>();
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0 && def.properties[head]) own.add(head);
    else if (def.navigation?.[head])
      nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    else throw hostErrors.invalidArgument(`${target.type} has no property '${head}'`);
  }
  const names = select.length === 0 ? Object.keys(def.properties) : [...own];
  const value: Record<string, unknown> = {};
  if (def.id) value.Id = def.id(target as never);
  for (const name of names) value[pascal(name)] = def.properties[name].get(target as never, scope);
  for (const [name, rest] of nested)
    value[pascal(name)] = query(def.navigation![name](target as never, scope), rest, scope);
  return value;
}

function typeDef(o: HostObject): TypeDef<HostObject> {
  return (TYPES as Record<string, TypeDef<HostObject>>)[o.type];
}

function describe(o: HostObject | undefined): string {
  if (!o) return "?";
  if (o.type === "Range")
    return `${o.sheet.name}!${o.area.top},${o.area.left}:${o.area.bottom},${o.area.right}`;
  return o.type;
}

export function camel(name: string): string {
  return name.length === 0 ? name : name[0].toLowerCase() + name.slice(1);
}

export function pascal(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}
