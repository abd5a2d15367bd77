import { z } from "zod";
import { WEB, type RequirementSets } from "./profiles";

/**
 * The Excel on the web frame around a task pane, as Microsoft's Office library (office.js, then
 * excel-web-16.00.js) talks to it: one XDM conversation of JSON messages over postMessage
 * (`Microsoft.Office.Common.XdmCommunicationManager` in excel-web-16.00.debug.js). The library asks for
 * its app context (`ContextActivationManager_getAppContextAsync`: host, locale, the document's settings,
 * requirement sets), saves settings with `executeMethod` (DispatchId 76, `DdaSettingsMethod`) and opens a
 * dialog by registering for its events; this class answers each request. node-office.ts carries the
 * messages between the library's window and here. Each answer's rule is in README.md with its source.
 */
export class OfficeHost {
  /** Each settings save the add-in made, as the library serialized it (name -> JSON text). */
  readonly saves: Array<Record<string, string>> = [];
  /** Each dialog the add-in opened: its URL and options as the library sent them. */
  readonly dialogs: Array<{ url: string; displayInIframe: boolean }> = [];
  /** The name of every XDM request, in order. */
  readonly requests: string[] = [];
  private stored: Map<string, string>;
  private nextSaveError: number | null = null;
  private readonly options: Required<OfficeHostOptions>;

  constructor(options: OfficeHostOptions = {}) {
    this.options = {
      settings: {},
      locale: "nl-NL",
      requirementSets: WEB.requirementSets,
      dialog: "close",
      ...options,
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

  /** Answers one request; `events` are the host's later messages for the events it registered. */
  answer(raw: string): { reply: XdmReply; events: XdmReply[] } | null {
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
   * A ProcessQuery sent over XDM (RichApi: `ArrayData` [customData, method, url, headers, body, ...],
   * answered `Data` [status, headers, body]). After Office.onReady the library tells the host its action
   * handlers are ready (`AddinInternalService.NotifyActionHandlerReady`); that is acknowledged. An
   * `Excel.run` without a URL also comes here; it is not emulated yet (the tests' Excel.run goes to
   * ExcelEmulator's route) and is refused as a host error, so a test that strays here fails loudly.
   */
  private richApi(data: unknown): { Version: number; Error: number; Data?: unknown } {
    const body = richApiSchema.safeParse(data);
    if (
      body.success &&
      body.data.ArrayData[4].includes("Microsoft.InternalService.AddinInternalService")
    )
      return { Version: 1, Error: 0, Data: [200, [], JSON.stringify({ Results: [] })] };
    return { Version: 1, Error: INTERNAL_ERROR };
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
      _requirementMatrix: JSON.stringify(requirementSets),
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
    .tuple([z.string(), z.string(), z.string(), z.array(z.string()), z.string()])
    .rest(z.unknown()),
});
const dialogSchema = z.object({ targetId: z.string() });
