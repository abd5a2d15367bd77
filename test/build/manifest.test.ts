// manifest.xml: well-formed, complete, in schema order, every resource defined, every URL https and every
// icon present in assets/ at the size the manifest claims.
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { allValues, child, findAll, parseXml, type XmlElement } from "./xml";
import { pngSize } from "./png";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";
/** Settings and sideloads are keyed to this Id: it must never change. */
const ADDIN_ID = "c4c6a817-b2d1-4782-a16e-5e79d86203ec";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Order of <OfficeApp> children for xsi:type="TaskPaneApp" (OfficeAppManifestV1_1.xsd). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const source = readFileSync(MANIFEST, "utf8");
const app = parseXml(source);
const value = (name: string) => child(app, name).attrs.DefaultValue;
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");
const workbook = child(child(overrides, "Hosts"), "Host");
const formFactor = child(workbook, "DesktopFormFactor");

describe("manifest.xml: base manifest", () => {
  test("is an add-in-only task pane manifest, schema 1.1", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  test("keeps its children in schema order", () => {
    const positions = app.children.map((element) => OFFICE_APP_ORDER.indexOf(element.name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test("has the stable GUID Id", () => {
    const id = child(app, "Id").text.trim();
    expect(id).toMatch(GUID);
    expect(id).toBe(ADDIN_ID);
  });

  test.each([
    ["Version", "1.0.1.0"],
    ["ProviderName", "Secretariaat versterking"],
    ["DefaultLocale", "nl-NL"],
    ["Permissions", "ReadWriteDocument"],
  ])("%s is %s", (name, expected) => {
    expect(child(app, name).text.trim()).toBe(expected);
  });

  test("names and describes Regie", () => {
    expect(value("DisplayName")).toBe("Regie");
    expect(value("Description").length).toBeGreaterThan(20);
    expect(value("Description").length).toBeLessThanOrEqual(250);
  });

  test.each([
    ["IconUrl", "assets/icon-32.png"],
    ["HighResolutionIconUrl", "assets/icon-64.png"],
    ["SupportUrl", "help.html"],
  ])("%s is %s on the dev server", (name, file) => {
    expect(value(name)).toBe(DEV_URL + file);
  });

  test("lists an app domain", () => {
    const domains = findAll(child(app, "AppDomains"), "AppDomain").map((domain) =>
      domain.text.trim()
    );
    expect(domains.length).toBeGreaterThan(0);
    for (const domain of domains) expect(domain).toMatch(/^https:\/\/[^/]+$/);
  });

  test("runs in Excel only", () => {
    const hosts = findAll(child(app, "Hosts"), "Host").map((host) => host.attrs.Name);
    expect(hosts).toEqual(["Workbook"]);
  });

  test("requires ExcelApi 1.13 or later", () => {
    const sets = child(child(app, "Requirements"), "Sets");
    const excel = findAll(sets, "Set").find((set) => set.attrs.Name === "ExcelApi");
    const [major, minor] = (excel?.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "0.0")
      .split(".")
      .map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(13);
  });

  // What Regie uses beyond ExcelApi, declared so that Office offers it only where it works: the ribbon
  // command's dialog (Office.context.ui.displayDialogAsync, "Dialog API requirement sets") and the
  // settings in the workbook (Office.context.document.settings, the Common API's Settings set).
  test.each([
    ["DialogApi", "1.1"],
    ["Settings", "1.1"],
  ])("declares %s %s", (name, version) => {
    const sets = child(child(app, "Requirements"), "Sets");
    const set = findAll(sets, "Set").find((s) => s.attrs.Name === name);
    expect(set?.attrs.MinVersion ?? sets.attrs.DefaultMinVersion).toBe(version);
  });

  test("opens taskpane.html", () => {
    expect(child(child(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      `${DEV_URL}taskpane.html`
    );
  });

  test("reads the same in office-addin-manifest (what office-addin-debugging sideloads)", () => {
    const info = readWithOfficeAddinManifest(MANIFEST);
    expect(info).toMatchObject({
      id: ADDIN_ID,
      displayName: "Regie",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      officeAppType: "TaskPaneApp",
      defaultSettings: { sourceLocation: `${DEV_URL}taskpane.html` },
    });
  });
});

describe("manifest.xml: VersionOverrides (ribbon)", () => {
  test("is VersionOverrides 1.0 for the Workbook host", () => {
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(workbook.attrs["xsi:type"]).toBe("Workbook");
  });

  test("has Dutch GetStarted texts and a LearnMoreUrl", () => {
    const getStarted = child(formFactor, "GetStarted");
    expect(resolve(child(getStarted, "Title"), "bt:ShortStrings")).toMatch(/Regie/);
    expect(resolve(child(getStarted, "Description"), "bt:LongStrings")).toMatch(/tabblad Start/);
    expect(resolve(child(getStarted, "LearnMoreUrl"), "bt:Urls")).toBe(`${DEV_URL}help.html`);
  });

  test("puts a group Regie on the Home tab", () => {
    const tab = child(child(formFactor, "ExtensionPoint"), "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    expect(resolve(child(group(), "Label"), "bt:ShortStrings")).toBe("Regie");
  });

  test("has a button that shows the task pane", () => {
    const button = buttonWithAction("ShowTaskpane");
    expect(resolve(child(button, "Label"), "bt:ShortStrings")).toBe("Regie openen");
    expect(resolve(child(child(button, "Action"), "SourceLocation"), "bt:Urls")).toBe(
      `${DEV_URL}taskpane.html`
    );
  });

  test("has a button that runs valideerEnMarkeer from commands.html", () => {
    const button = buttonWithAction("ExecuteFunction");
    expect(resolve(child(button, "Label"), "bt:ShortStrings")).toBe("Valideer en markeer");
    expect(child(child(button, "Action"), "FunctionName").text.trim()).toBe("valideerEnMarkeer");
    expect(resolve(child(formFactor, "FunctionFile"), "bt:Urls")).toBe(`${DEV_URL}commands.html`);
  });

  test("gives both buttons a Dutch supertip", () => {
    for (const button of findAll(group(), "Control")) {
      const supertip = child(button, "Supertip");
      expect(resolve(child(supertip, "Title"), "bt:ShortStrings")).toBeTruthy();
      expect(resolve(child(supertip, "Description"), "bt:LongStrings")).toMatch(/actielijst/);
    }
  });

  test("gives the group and every button icons of 16, 32 and 80 pixels", () => {
    for (const owner of [group(), ...findAll(group(), "Control")]) {
      const sizes = child(owner, "Icon").children.map((image) => image.attrs.size);
      expect(sizes).toEqual(["16", "32", "80"]);
    }
  });

  test("defines every resource it refers to, within the length limits", () => {
    const defined = new Map<string, string>();
    for (const list of resources.children) {
      for (const item of list.children) defined.set(item.attrs.id, list.name);
    }
    for (const element of descendants(overrides)) {
      if (element.attrs.resid) expect(defined.get(element.attrs.resid)).toBeDefined();
    }
    const limits: Array<[string, number]> = [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ];
    for (const [list, max] of limits) {
      for (const item of child(resources, list).children) {
        expect(item.attrs.DefaultValue.length).toBeGreaterThan(0);
        expect(item.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe("manifest.xml: URLs and icons", () => {
  test("uses https for every URL", () => {
    const urls = allValues(app).filter((text) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text));
    expect(urls.length).toBeGreaterThan(5);
    // Namespace URIs are names, not addresses the add-in loads.
    const loaded = urls.filter(
      (url) =>
        !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/")
    );
    for (const url of loaded) expect(url).toMatch(/^https:\/\//);
  });

  test("points every page and image at the dev server", () => {
    for (const url of manifestUrls()) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  test.each(iconUses())("%s is a %ipx square PNG in assets/", (url, size) => {
    const file = path.join(ROOT, url.slice(DEV_URL.length));
    expect(path.dirname(file)).toBe(path.join(ROOT, "assets"));
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  test("ships every icon-N.png in assets/ at N x N pixels", () => {
    const icons = readdirSync(path.join(ROOT, "assets")).filter((name) =>
      /^icon-\d+\.png$/.test(name)
    );
    expect(icons.sort()).toEqual([
      "icon-128.png",
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
    for (const name of icons) {
      const size = Number(/\d+/.exec(name)?.[0]);
      expect(pngSize(path.join(ROOT, "assets", name))).toEqual({ width: size, height: size });
    }
  });
});

function group(): XmlElement {
  return child(child(child(formFactor, "ExtensionPoint"), "OfficeTab"), "Group");
}

function buttonWithAction(type: string): XmlElement {
  const buttons = findAll(group(), "Control").filter(
    (control) => child(control, "Action").attrs["xsi:type"] === type
  );
  expect(buttons).toHaveLength(1);
  expect(buttons[0].attrs["xsi:type"]).toBe("Button");
  return buttons[0];
}

/** The DefaultValue of the resource `element` refers to (resid), looked up in one resource list. */
function resolve(element: XmlElement, list: string): string {
  const item = child(resources, list).children.find(
    (candidate) => candidate.attrs.id === element.attrs.resid
  );
  if (!item) throw new Error(`resid ${element.attrs.resid} is not defined in ${list}`);
  return item.attrs.DefaultValue;
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((node) => [node, ...descendants(node)]);
}

/** Pages and images the manifest makes Office load (not namespaces, not the AppDomain origin). */
function manifestUrls(): string[] {
  const base = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(value);
  const source = child(child(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue;
  const listed = [
    ...child(resources, "bt:Images").children,
    ...child(resources, "bt:Urls").children,
  ];
  return [...base, source, ...listed.map((item) => item.attrs.DefaultValue)];
}

/** [url, size] for every icon use: base icons and each <bt:Image size=.. resid=..> in the ribbon. */
function iconUses(): Array<[string, number]> {
  const uses: Array<[string, number]> = [
    [value("IconUrl"), 32],
    [value("HighResolutionIconUrl"), 64],
  ];
  for (const image of findAll(overrides, "bt:Image")) {
    if (image.attrs.resid) uses.push([resolve(image, "bt:Images"), Number(image.attrs.size)]);
  }
  return uses;
}

/**
 * office-addin-manifest's reader, run in plain Node (it loads ESM-only packages that Jest's module system
 * cannot). Its package entry also loads a JSON-manifest validator that needs ajv 8; when that cannot
 * load, the XML handler module is used directly (the same parser underneath).
 */
function readWithOfficeAddinManifest(file: string): Record<string, unknown> {
  const script = `
    let read;
    try {
      read = require("office-addin-manifest").OfficeAddinManifest.readManifestFile;
    } catch (error) {
      if (error.code !== "MODULE_NOT_FOUND") throw error;
      const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
      read = (file) => new ManifestHandlerXml(file).parseManifest();
    }
    read(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)));
  `;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" })
  );
}
