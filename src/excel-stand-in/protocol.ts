import { z } from "zod";

/**
 * What Microsoft's client library (excel-web-16.00.js) sends for one `context.sync()`: a ProcessQuery
 * body of actions over object paths. Enum values as the library numbers them (see
 * `OfficeExtension.ActionType` and `ObjectPathType` in excel-web-16.00.debug.js).
 */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
} as const;

export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

const argumentInfo = z.object({
  Arguments: z.array(z.unknown()).optional(),
  ReferencedObjectPathIds: z.array(z.number()).optional(),
});

const objectPathInfo = z.object({
  Id: z.number(),
  ObjectPathType: z.number(),
  Name: z.string(),
  ParentObjectPathId: z.number().optional(),
  ArgumentInfo: argumentInfo.optional(),
});

const requestAction = z.object({
  Id: z.number(),
  ActionType: z.number(),
  Name: z.string(),
  ObjectPathId: z.number(),
  ArgumentInfo: argumentInfo.optional(),
  QueryInfo: z
    .object({ Select: z.array(z.string()).optional() })
    .passthrough()
    .optional(),
});

export const requestBody = z.object({
  Actions: z.array(requestAction),
  ObjectPaths: z.record(z.string(), objectPathInfo),
});

export type RequestBody = z.infer<typeof requestBody>;
export type RequestAction = z.infer<typeof requestAction>;
export type ObjectPathInfo = z.infer<typeof objectPathInfo>;
export type ArgumentInfo = z.infer<typeof argumentInfo>;

/** What the library accepts back: results by action id and, when an action failed, the error. */
export interface ResponseBody {
  Results: Array<{ ActionId: number; Value: unknown }>;
  /**
   * The `context.trace()` actions reached before the request ended: the library puts their messages
   * in the error's traceMessages (ClientRequest._setResponseTraceIds in excel-web-16.00.debug.js).
   */
  TraceIds?: number[];
  Error?: {
    Code: string;
    Message: string;
    Location: string;
    ActionIndex: number;
    HttpStatusCode: number;
  };
}

/** The request the library hands `setCustomSendRequestFunc`, and what it expects back. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
