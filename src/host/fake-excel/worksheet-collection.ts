import { FakeClientObject } from "./client-object";
import { FakeClientResult } from "./client-result";
import type { FakeRequestContext } from "./context";
import { officeErrors } from "./errors";
import type { LoadOption } from "./load-spec";
import { loadPaths } from "./load-spec";
import { SheetModel, type WorkbookModel } from "./model";
import { jsonBytes } from "./payload";
import { checkSheetName, defaultSheetName } from "./sheet-rules";
import { FakeWorksheet } from "./worksheet";

/** Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeClientObject<WorkbookModel> {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(context: FakeRequestContext) {
    super(context, "worksheets", () => context.engine.model);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw officeErrors.propertyNotLoaded("items");
    return this.loadedItems;
  }

  /** Collection loads name the items' properties: "name", "items/name" or "items" for all of them. */
  override load(option?: LoadOption): this {
    const paths = loadPaths(option)
      .map((p) => (p === "items" ? "" : p.replace(/^items\//, "")))
      .filter((p) => p !== "");
    this.enqueue("load", paths, false, (state) => {
      const items = this.model().sheets.map((sheet) => this.bindTo(sheet));
      const responses = items.map((item) => item.snapshot(paths));
      state.responses.push({
        bytes: responses.reduce((sum, r) => sum + r.bytes, 2),
        deliver: () => {
          this.loadedItems = items;
          responses.forEach((r) => r.deliver());
        },
      });
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `getItem(${key})`, () => {
      const sheet = this.model().find(key);
      if (!sheet) throw officeErrors.itemNotFound(`worksheet '${key}'`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `getItemOrNullObject(${key})`,
      () => this.model().find(key) ?? null
    ).probe();
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "getActiveWorksheet()", () => {
      if (!this.model().active) throw officeErrors.itemNotFound("active worksheet");
      return this.model().active;
    });
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, "getFirst()", () => {
      const first = this.model().sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw officeErrors.itemNotFound("first worksheet");
      return first;
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.enqueue("getCount", [], false, (state) => {
      const count = this.model().sheets.filter(
        (s) => !visibleOnly || s.visibility === "Visible"
      ).length;
      state.responses.push({ bytes: jsonBytes(count), deliver: () => result.settle(count) });
    });
    return result;
  }

  /** Adds a sheet at the end, visible and not activated, as Excel does. */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.queueWrite(
      "worksheets.add",
      [name ?? null],
      () => null,
      (model) => {
        const sheetName = name ?? defaultSheetName(model);
        checkSheetName(model, sheetName);
        created = new SheetModel(sheetName);
        model.sheets.push(created);
      }
    );
    return new FakeWorksheet(this.context, `add(${name ?? ""})`, () => {
      if (!created) throw officeErrors.general("worksheet was not added");
      return created;
    });
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected read(): unknown {
    return undefined;
  }

  private model(): WorkbookModel {
    return this.context.engine.model;
  }

  private bindTo(sheet: SheetModel): FakeWorksheet {
    const item = new FakeWorksheet(this.context, sheet.name, () => sheet);
    item.markExisting();
    return item;
  }
}
