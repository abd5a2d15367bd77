import type { Instellingen, InstellingenOpslag } from "../../app/instellingen";

const KEY = "regie";

/**
 * Settings stored in the workbook itself (Office document settings, keyed to the add-in's Id), so
 * every colleague who opens the workbook gets the same peildatum and window.
 */
export function officeSettings(): InstellingenOpslag {
  const settings = Office.context.document.settings;
  return {
    lees: async () => settings.get(KEY) as unknown,
    bewaar: (value: Instellingen) =>
      new Promise<void>((resolve, reject) => {
        settings.set(KEY, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error.message))
        );
      }),
  };
}
