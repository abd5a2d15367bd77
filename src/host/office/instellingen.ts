import type { Instellingen, InstellingenOpslag } from "../../app/instellingen";

const SLEUTEL = "regie";

/**
 * Settings stored in the workbook itself (Office document settings, keyed to the add-in's Id), so
 * every colleague who opens the workbook gets the same peildatum and window.
 */
export function officeInstellingen(): InstellingenOpslag {
  const settings = Office.context.document.settings;
  return {
    lees: async () => settings.get(SLEUTEL) as unknown,
    bewaar: (waarde: Instellingen) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SLEUTEL, waarde);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error.message))
        );
      }),
  };
}
