import { z } from "zod";
import { WEB, type RequirementSets } from "./profiles";
import type { HttpRequest, HttpResponse } from "./protocol";

/**
 * The Excel on the web frame around a task pane, as Microsoft's Office library (office.js, then
 * excel-web-16.00.js) talks to it: one XDM conversation of JSON messages over postMessage
 * (`Microsoft.Office.Common.XdmCommunicationManager` in excel-web-16.00.debug.js). The library asks for
 * its app context (`ContextActivationManager_getAppContextAsync`: host, locale, the document's settings,
 * requirement sets), saves settings with `executeMethod` (DispatchId 76, `DdaSettingsMethod`) and opens a
 * dialog by registering for its events, sends each `Excel.run` sync as a RichApi request (DispatchId 93)
 * and runs a ribbon button's function when the host fires `appCommandInvoked`; this class answers each
 * request and fires those events. node-office.ts carries the messages between the library's window and
 * here. Each answer's rule is in README.md with its source.
 */
export class OfficeHost {
  /** Each settings save the add-in made, as the library serialized it (name -> JSON text). */
  readonly saves: Array<Record<string, string>> = [];
  /** Each dialog the add-in opened: its URL and options as the library sent them. */
  readonly dialogs: Array<{ url: string; displayInIframe: boolean }> = [];
  /** The name of every XDM request, in order. */
  readonly requests: string[] = [];
  /** Each RichApi request (an `Excel.run` sync, the handler-ready notice) as the library sent it. */
  readonly richApiRequests: RichApiRequest[] = [];
  /** Each function command's completion (`event.completed()`), by the invocation's id. */
  readonly completions: CommandCompletion[] = [];
  private stored: Map<string, string>;
  private nextSaveError: number | null = null;
  private readonly options: Required<Omit<OfficeHostOptions, "workbook">>;
  private readonly workbook: RichApiWorkbook | null;
  private push: ((message: XdmReply) => void) | null = null;
  private commandConversation: string | null = null;
  private commandsInvoked = 0;
  private readonly waiting = new Map<string, (completion: CommandCompletion) => void>();

  constructor(options: OfficeHostOptions = {}) {
    const { workbook, ...rest } = options;
    this.workbook = workbook ?? null;
    this.options = {
      settings: {},
      locale: "nl-NL",
      requirementSets: workbook?.profile.requirementSets ?? WEB.requirementSets,
      dialog: "close",
      ...rest,
    };
    this.stored = new Map(
      Object.entries(this.options.settings).map(([k, v]) => [k, JSON.stringify(v)])
    );
  }

  /** The document's settings as saved (not the pane's in-memory copy), parsed. */
  settings(): Record<string, unknown> {
    return Object.fromEntries([...this.stored].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  /** The next settings save fails with this Office error code (5001: internal error, as in OfficeDev/office-js#761). */
  failNextSave(code = INTERNAL_ERROR): void {
    this.nextSaveError = code;
  }

  /** How the host reaches the page on its own (node-office.ts connects it): for events it fires. */
  connect(push: (message: XdmReply) => void): void {
    this.push = push;
  }

  /**
   * The user clicks a ribbon button whose action is `ExecuteFunction` with this function name: Excel
   * fires `appCommandInvoked` ([id, function name, event object as JSON]); Microsoft's AppCommandManager
   * finds the function (on the page's window, else `Office.actions.associate`'s table) and calls it
   * with an event whose `completed()` reports back (DispatchId 94). Resolves with that report.
   */
  invokeCommand(functionName: string, source = { id: functionName }): Promise<CommandCompletion> {
    const conversation = this.commandConversation;
    if (!this.push || conversation === null)
      throw new Error("excel-stand-in: the page has not registered for appCommandInvoked");
    const id = `command-${++this.commandsInvoked}`;
    const done = new Promise<CommandCompletion>((resolve) => this.waiting.set(id, resolve));
    this.push({
      _messageType: RESPONSE,
      _actionName: APP_COMMAND_INVOKED,
      _conversationId: conversation,
      _correlationId: 0,
      _errorCode: 0,
      _responseType: FOR_EVENTING,
      _data: [id, functionName, JSON.stringify({ source })],
    });
    return done;
  }

  /**
   * Answers one request; `events` are the host's later messages for the events it registered, and
   * `delivered` runs once the reply has reached the page.
   */
  answer(raw: string): { reply: XdmReply; events: XdmReply[]; delivered?: () => void } | null {
    const parsed = requestSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null; // not an XDM request: the real frame ignores it too
    const request = parsed.data;
    const method = executeSchema.safeParse(request._data);
    this.requests.push(
      request._actionName + (method.success ? `(${method.data.DdaMethod.DispatchId})` : "")
    );
    const reply = (
      data: unknown,
      responseType = FOR_CALLING,
      actionName = request._actionName
    ) => ({
      _messageType: RESPONSE,
      _actionName: actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _errorCode: 0,
      _responseType: responseType,
      _data: data,
    });
    if (request._actionName === "ContextActivationManager_getAppContextAsync")
      return { reply: reply(this.appContext()), events: [] };
    if (request._actionType === REGISTER_EVENT) {
      if (request._actionName === APP_COMMAND_INVOKED)
        this.commandConversation = request._conversationId;
      const dialog = dialogSchema.safeParse(request._data);
      if (request._actionName !== "dialogMessageReceived" || !dialog.success)
        return { reply: reply({ Error: 0 }), events: [] };
      const info = JSON.parse(dialog.data.targetId) as { url: string; displayInIframe: boolean };
      this.dialogs.push({ url: info.url, displayInIframe: info.displayInIframe });
      const closed =
        this.options.dialog === "close"
          ? [reply({ messageType: DIALOG_CLOSED }, FOR_EVENTING, "dialogMessageReceived")]
          : [];
      return { reply: reply({ Error: 0 }), events: closed };
    }
    if (request._actionName === "executeMethod" && method.success) {
      const { DispatchId } = method.data.DdaMethod;
      if (DispatchId === SAVE_SETTINGS) return { reply: reply(this.save(method.data)), events: [] };
      if (DispatchId === RICH_API) return { reply: reply(this.richApi(request._data)), events: [] };
      if (DispatchId === COMMAND_COMPLETED) {
        const { answer, delivered } = this.completed(request._data);
        return { reply: reply(answer), events: [], delivered };
      }
    }
    return { reply: reply({ Version: 1, Error: 0 }), events: [] };
  }

  private save(call: z.infer<typeof executeSchema>): { Version: number; Error: number } {
    const properties = Object.fromEntries(call.DdaSettingsMethod?.Properties ?? []);
    this.saves.push(properties);
    const error = this.nextSaveError;
    this.nextSaveError = null;
    if (error !== null) return { Version: 1, Error: error };
    const bytes = new TextEncoder().encode(JSON.stringify(properties)).length;
    if (bytes > SETTINGS_LIMIT_BYTES) return { Version: 1, Error: SETTINGS_CANNOT_SAVE };
    this.stored = new Map(Object.entries(properties));
    return { Version: 1, Error: 0 };
  }

  /**
   * A RichApi request over XDM: `ArrayData` [customData, method, path, headers (name, value, ...), body,
   * appPermission, requestFlags, ...] (`RichApiMessageUtility.buildRequestMessageSafeArray`), answered
   * `Data` [status, headers, body]. The library tells the host its action handlers are ready
   * (`AddinInternalService.NotifyActionHandlerReady`); that is acknowledged. Every other request is an
   * `Excel.run` sync of the page (a context without a URL goes through `OfficeJsRequestExecutor`): its
   * ProcessQuery body goes to the workbook's own request processing, the one `ExcelEmulator.run`'s route
   * uses. Without a workbook it is refused as a host error (5001), so a test that strays here fails.
   */
  private richApi(data: unknown): { Version: number; Error: number; Data?: unknown } {
    const parsed = richApiSchema.safeParse(data);
    if (!parsed.success) return { Version: 1, Error: INTERNAL_ERROR };
    const [customData, method, url, headerList, body, , flags] = parsed.data.ArrayData;
    const headers: Record<string, string> = {};
    for (let i = 0; i + 1 < headerList.length; i += 2) headers[headerList[i]!] = headerList[i + 1]!;
    this.richApiRequests.push({ customData, url, headers, flags: flags ?? 0 });
    if (body.includes("Microsoft.InternalService.AddinInternalService"))
      return { Version: 1, Error: 0, Data: [200, [], JSON.stringify({ Results: [] })] };
    if (!this.workbook) return { Version: 1, Error: INTERNAL_ERROR };
    const response = this.workbook.answer({ method, url, headers, body });
    if (response.statusCode === 200)
      return { Version: 1, Error: 0, Data: [200, headerArray(response.headers), response.body] };
    return { Version: 1, Error: hostErrorCode(response) };
  }

  /**
   * `event.completed()` of a function command (AppCommandInvocationCompletedAsync: id, status, data).
   * The click counts as done once the page has the host's reply, so nothing is left in flight.
   */
  private completed(data: unknown): {
    answer: { Version: number; Error: number };
    delivered?: () => void;
  } {
    const parsed = completedSchema.safeParse(data);
    if (!parsed.success) return { answer: { Version: 1, Error: INTERNAL_ERROR } };
    const completion = { id: parsed.data[0], status: parsed.data[1], data: parsed.data[2] };
    this.completions.push(completion);
    const resolve = this.waiting.get(completion.id);
    this.waiting.delete(completion.id);
    return { answer: { Version: 1, Error: 0 }, delivered: () => resolve?.(completion) };
  }

  /** The fields OSF.InitializationHelper.getAppContext requires of Excel on the web (ExcelWebApp = 16). */
  private appContext(): Record<string, unknown> {
    const { locale, requirementSets } = this.options;
    return {
      _id: ADDIN_ID,
      _appName: EXCEL_WEB_APP,
      _appVersion: "16.0",
      _appMinorVersion: 0,
      _appUILocale: locale,
      _dataLocale: locale,
      _docUrl: HOST_ORIGIN + "/werkmap.xlsx",
      _clientMode: 1, // ReadWrite
      _settings: [...this.stored],
      _reason: 1, // Inserted
      _osfControlType: 1,
      _eToken: "",
      _correlationId: "excel-stand-in",
      // DelayForCellEdit: the set Excel.run's delayForCellEdit option is gated on (README: host rules).
      _requirementMatrix: JSON.stringify({ ...requirementSets, delayforcelledit: 1.1 }),
      _appDomains: [],
    };
  }
}

export interface OfficeHostOptions {
  /** The settings already in the workbook, by name. */
  settings?: Record<string, unknown>;
  /** Excel's UI language: also the language of Microsoft's error messages (office_strings.js). */
  locale?: string;
  requirementSets?: RequirementSets;
  /** What the user does with a dialog: closes it at once, or leaves it open. */
  dialog?: "close" | "open";
  /**
   * The workbook the page's own `Excel.run` reaches (an ExcelEmulator); its profile's requirement sets
   * are the host's unless `requirementSets` says otherwise. Without one, Excel.run is refused (5001).
   */
  workbook?: RichApiWorkbook;
}

/** What the host needs of a workbook: ExcelEmulator's request processing and its profile. */
export interface RichApiWorkbook {
  answer(request: HttpRequest): HttpResponse;
  readonly profile: { readonly requirementSets: RequirementSets };
}

export interface RichApiRequest {
  /** "WacPartition" for the library's own notices, "" for an add-in's Excel.run. */
  customData: string;
  url: string;
  headers: Record<string, string>;
  /** The library's request flags: 1 writes, 64 delay for cell edit (Excel.run's delayForCellEdit). */
  flags: number;
}

export interface CommandCompletion {
  id: string;
  /** 0: the function called completed(); otherwise the library's error code (12002-style). */
  status: number;
  /** The event object as the library serialized it at completed(). */
  data: string;
}

export interface XdmReply {
  _messageType: number;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _errorCode: number;
  _responseType: number;
  _data: unknown;
}

/** The frame's origin: an Excel on the web domain, as XdmCommunicationManager's trust check requires. */
export const HOST_ORIGIN = "https://excel.officeapps.live.com";
export const ADDIN_ID = "regie-stand-in";
/** Documented limit of a document's settings per add-in (README: host rules). */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
const EXCEL_WEB_APP = 16;
const SAVE_SETTINGS = 76; // OSF.DDA.MethodDispId.dispidSaveSettingsMethod
const RICH_API = 93; // dispidExecuteRichApiRequestMethod
const COMMAND_COMPLETED = 94; // dispidAppCommandInvocationCompletedMethod
const APP_COMMAND_INVOKED = "appCommandInvoked"; // Microsoft.Office.WebExtension.EventType.AppCommandInvoked
/** Host error codes the library turns into Excel's size refusals (RichApiMessageUtility.buildResponseOnError). */
const REQUEST_TOO_LARGE = 5103; // OfficeJsErrorCode_ooeRequestPayloadSizeLimitExceeded
const RESPONSE_TOO_LARGE = 5104; // OfficeJsErrorCode_ooeResponsePayloadSizeLimitExceeded
const SETTINGS_CANNOT_SAVE = 4001; // OSF.DDA.ErrorCodeManager.errorCodes.ooeSettingsCannotSave
const INTERNAL_ERROR = 5001; // ooeInternalError
const DIALOG_CLOSED = 12006; // OSF.DialogMessageType.DialogClosed
const RESPONSE = 1;
const REGISTER_EVENT = 1;
const FOR_CALLING = 0;
const FOR_EVENTING = 1;

const requestSchema = z.object({
  _messageType: z.literal(0),
  _actionName: z.string(),
  _actionType: z.number(),
  _conversationId: z.string(),
  _correlationId: z.number(),
  _data: z.unknown(),
});
const executeSchema = z.object({
  DdaMethod: z.object({ DispatchId: z.number() }),
  DdaSettingsMethod: z
    .object({ Properties: z.array(z.tuple([z.string(), z.string()])) })
    .optional(),
});
const richApiSchema = z.object({
  ArrayData: z
    .tuple([
      z.string(),
      z.string(),
      z.string(),
      z.array(z.string()),
      z.string(),
      z.number().optional(),
      z.number().optional(),
    ])
    .rest(z.unknown()),
});
const completedSchema = z.object({ 0: z.string(), 1: z.number(), 2: z.string() });
const httpErrorSchema = z.object({ error: z.object({ code: z.string() }) });

/**
 * A refusal the workbook answers with an HTTP status (ExcelEmulator's route speaks HTTP) as Excel on the
 * web's frame reports it over XDM: a host error code, which the library maps back (buildResponseOnError).
 */
function hostErrorCode(response: HttpResponse): number {
  let code: string | null = null;
  try {
    const parsed = httpErrorSchema.safeParse(JSON.parse(response.body));
    code = parsed.success ? parsed.data.error.code : null;
  } catch {
    code = null;
  }
  if (code === "RequestPayloadSizeLimitExceeded") return REQUEST_TOO_LARGE;
  if (code === "ResponsePayloadSizeLimitExceeded") return RESPONSE_TOO_LARGE;
  return INTERNAL_ERROR;
}

function headerArray(headers: Record<string, string>): string[] {
  return Object.entries(headers).flat();
}
const dialogSchema = z.object({ targetId: z.string() });
