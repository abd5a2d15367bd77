import { cellCount, formatAddress } from "./a1";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeErrors } from "./errors";
import { loadPaths, type LoadOption } from "./load-spec";
import { FakeRange } from "./range";
import { FakeRangeFormat } from "./range-format";
import type { AreasTarget, RangeTarget } from "./range-target";

/** Excel.RangeAreas: several rectangles of one sheet, formatted together. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  readonly areas: FakeRangeCollection = new FakeRangeCollection(
    this.context,
    `${this.label}.areas`,
    () => this.targets()
  );
  readonly format: FakeRangeFormat = new FakeRangeFormat(this.context, `${this.label}.format`, () =>
    this.targets()
  );

  constructor(context: FakeRequestContext, label: string, resolver: () => AreasTarget | null) {
    super(context, label, resolver);
  }

  /** "Blad1!A1:B2,Blad1!D4" */
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  protected scalarNames(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected read({ sheet, areas }: AreasTarget, name: string): unknown {
    if (name === "address") return areas.map((a) => formatAddress(sheet.name, a)).join(",");
    return name === "areaCount" ? areas.length : areas.reduce((sum, a) => sum + cellCount(a), 0);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "areas" ? this.areas : name === "format" ? this.format : undefined;
  }

  private targets(): RangeTarget[] | null {
    const t = this.resolve();
    return t ? t.areas.map((area) => ({ sheet: t.sheet, area })) : null;
  }
}

/** Excel.RangeCollection: `items` after a load ("address" or "items/address"). */
export class FakeRangeCollection extends FakeClientObject<RangeTarget[]> {
  private loadedItems: FakeRange[] | undefined;

  get items(): FakeRange[] {
    if (!this.loadedItems) throw officeErrors.propertyNotLoaded("items");
    return this.loadedItems;
  }

  override load(option?: LoadOption): this {
    const paths = loadPaths(option)
      .map((p) => p.replace(/^items\/?/, ""))
      .filter((p) => p !== "");
    this.enqueue("load", paths, false, (state) => {
      const targets = this.resolve();
      const items = (targets ?? []).map(
        (t, i) => new FakeRange(this.context, `${this.label}[${i}]`, () => t)
      );
      items.forEach((item) => item.markExisting());
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

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected read(): unknown {
    return undefined;
  }
}
