import { ExcelEmulator, type ProfileName } from "../../src/excel-stand-in";

// One test per host rule of Range.dataValidation (README: host rules and their sources); each
// fails when its rule is taken out of src/excel-stand-in/data-validation.ts.

const LIST = { list: { inCellDropDown: true, source: "Gereed,Verstuurd" } };

const book = (profile: ProfileName = "web") =>
  ExcelEmulator.fromSheets(
    [
      {
        name: "Blad",
        values: [["Status"], ["Gereed"], ["Bezig"], [""], ["gereed"], ["Gereed"], ["Verstuurd"]],
      },
    ],
    { profile }
  );

async function load(standIn: ExcelEmulator, address: string) {
  const context = standIn.newContext();
  const v = context.workbook.worksheets.getItem("Blad").getRange(address).dataValidation;
  v.load("type,rule,prompt,errorAlert,ignoreBlanks,valid");
  await context.sync();
  return v;
}

async function setRule(standIn: ExcelEmulator, address: string, rule: Excel.DataValidationRule) {
  const context = standIn.newContext();
  context.workbook.worksheets.getItem("Blad").getRange(address).dataValidation.rule = rule;
  await context.sync();
}

describe.each<ProfileName>(["web", "minimum"])("Range.dataValidation (%s profile)", (profile) => {
  test("a range without validation reports type None and valid true", async () => {
    const v = await load(book(profile), "A2:A4");
    expect([v.type, v.valid, v.ignoreBlanks]).toEqual(["None", true, true]);
  });

  test("a cell without validation reports rule {}, an empty prompt and a Stop alert that shows", async () => {
    const v = await load(book(profile), "A2");
    expect(v.rule).toEqual({});
    expect(v.prompt).toEqual({ message: "", showPrompt: false, title: "" });
    expect(v.errorAlert).toEqual({ message: "", showAlert: true, style: "Stop", title: "" });
  });

  test("a list rule reads back as set; valid per cell compares text with the list", async () => {
    const standIn = book(profile);
    await setRule(standIn, "A2:A7", LIST);
    const all = await load(standIn, "A2:A7");
    expect([all.type, all.rule]).toEqual(["List", LIST]);
    expect(all.valid).toBeNull(); // "Bezig" is not in the list, the others are
    expect((await load(standIn, "A3")).valid).toBe(false);
    expect((await load(standIn, "A2")).valid).toBe(true);
    // Case-insensitive (assumption), and a blank passes with ignoreBlanks (default true).
    expect((await load(standIn, "A4:A5")).valid).toBe(true);
  });

  test("a list source can be a range reference on the sheet", async () => {
    const standIn = book(profile);
    await setRule(standIn, "A3", { list: { inCellDropDown: true, source: "=$A$2:$A$2" } });
    expect((await load(standIn, "A3")).valid).toBe(false);
    await setRule(standIn, "A6", { list: { inCellDropDown: true, source: "=$A$2:$A$2" } });
    expect((await load(standIn, "A6")).valid).toBe(true);
  });

  test("type is MixedCriteria when only some cells have validation, Inconsistent when rules differ; other properties null", async () => {
    const standIn = book(profile);
    await setRule(standIn, "A2:A3", LIST);
    const mixed = await load(standIn, "A2:A5");
    expect([mixed.type, mixed.rule]).toEqual(["MixedCriteria", null]);
    await setRule(standIn, "A4:A5", {
      wholeNumber: { operator: "GreaterThan", formula1: 10 },
    });
    const inconsistent = await load(standIn, "A2:A5");
    expect([inconsistent.type, inconsistent.rule]).toEqual(["Inconsistent", null]);
    // Read back as a string formula (reference page, BasicDataValidation.formula1).
    expect((await load(standIn, "A4")).rule).toEqual({
      wholeNumber: { operator: "GreaterThan", formula1: "=10" },
    });
  });

  test("setting a rule over cells with differing validation fails with InvalidArgument (office-js#2594); clear() first works", async () => {
    const standIn = book(profile);
    const context = standIn.newContext();
    const range = context.workbook.worksheets.getItem("Blad").getRange("A5:A6");
    range.dataValidation.prompt = { message: "Kies", showPrompt: true, title: "Status" };
    await context.sync();
    await expect(setRule(standIn, "A2:A6", LIST)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const again = standIn.newContext();
    const all = again.workbook.worksheets.getItem("Blad").getRange("A2:A6");
    all.dataValidation.clear();
    all.dataValidation.rule = LIST;
    await again.sync();
    expect(Object.keys(standIn.validations("Blad"))).toEqual(["A2", "A3", "A4", "A5", "A6"]);
  });

  test("one rule kind at a time", async () => {
    await expect(
      setRule(book(profile), "A2", {
        list: { inCellDropDown: true, source: "a" },
        custom: { formula: "=TRUE" },
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a comma-separated list source is limited to 255 characters", async () => {
    const ok = "x".repeat(255);
    await setRule(book(profile), "A2", { list: { inCellDropDown: true, source: ok } });
    await expect(
      setRule(book(profile), "A2", { list: { inCellDropDown: true, source: `${ok},` } })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("prompt, errorAlert and ignoreBlanks read back; clear() removes everything", async () => {
    const standIn = book(profile);
    const context = standIn.newContext();
    const v = context.workbook.worksheets.getItem("Blad").getRange("A2:A3").dataValidation;
    v.rule = LIST;
    v.prompt = { message: "Kies een status", showPrompt: true, title: "Status" };
    v.errorAlert = {
      message: "Niet in de lijst",
      showAlert: true,
      style: "Warning",
      title: "Fout",
    };
    v.ignoreBlanks = false;
    await context.sync();
    const read = await load(standIn, "A2:A3");
    expect([read.prompt.title, read.errorAlert.style, read.ignoreBlanks]).toEqual([
      "Status",
      "Warning",
      false,
    ]);
    const clear = standIn.newContext();
    clear.workbook.worksheets.getItem("Blad").getRange("A1:A9").dataValidation.clear();
    await clear.sync();
    expect(standIn.validations("Blad")).toEqual({});
  });

  test("an errorAlert style outside Stop, Warning, Information fails", async () => {
    const standIn = book(profile);
    const context = standIn.newContext();
    context.workbook.worksheets.getItem("Blad").getRange("A2").dataValidation.errorAlert = {
      message: "",
      showAlert: true,
      style: "Loud" as Excel.DataValidationAlertStyle,
      title: "",
    };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("on a protected sheet, setting and clearing validation fail with AccessDenied", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad", values: [["a"]] }], { profile });
    const context = standIn.newContext();
    const sheet = context.workbook.worksheets.getItem("Blad");
    sheet.protection.protect();
    await context.sync();
    await expect(setRule(standIn, "A1", LIST)).rejects.toMatchObject({ code: "AccessDenied" });
    const clear = standIn.newContext();
    clear.workbook.worksheets.getItem("Blad").getRange("A1").dataValidation.clear();
    await expect(clear.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
