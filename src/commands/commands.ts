import { onverwachtTekst } from "../app/host-berichten";
import { maakRegie } from "../app/regie";
import { excelRun, OfficeWorkbookPort } from "../host/office";
import { officeSettings } from "../host/office/settings";
import { samenvattingRegels } from "./samenvatting";

/** Office keeps a function command's runtime alive until completed(); a dialog closed late must not hang it. */
const MAX_DIALOOG_MS = 120_000;

/**
 * Ribbon button "Valideer en markeer" (as the pane's button of that name): validates and highlights in one click with the workbook's own
 * settings, then shows the result in a small dialog (function commands have no pane of their own).
 */
async function valideerEnMarkeer(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const regie = maakRegie(new OfficeWorkbookPort(excelRun), officeSettings(), "excel");
    const instellingen = await regie.instellingen();
    const uitkomst = await regie.markeer({
      peildatum: instellingen.peildatum ?? regie.vandaag(),
      binnenkortDagen: instellingen.binnenkortDagen,
      sheet: instellingen.actieblad ?? undefined,
    });
    await toonResultaat(samenvattingRegels(uitkomst));
  } catch (error) {
    await toonResultaat({
      titel: "Regie kon de actielijst niet controleren",
      regels: [onverwachtTekst(error), "Er is niets gewijzigd."],
    });
  } finally {
    event.completed();
  }
}

function toonResultaat(resultaat: { titel: string; regels: string[] }): Promise<void> {
  const url = new URL("resultaat.html", window.location.href);
  url.searchParams.set("titel", resultaat.titel);
  for (const regel of resultaat.regels) url.searchParams.append("regel", regel);
  return new Promise((resolve) => {
    const klaar = setTimeout(resolve, MAX_DIALOOG_MS);
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          clearTimeout(klaar);
          resolve();
          return;
        }
        const dialoog = result.value;
        const sluit = () => {
          clearTimeout(klaar);
          dialoog.close();
          resolve();
        };
        dialoog.addEventHandler(Office.EventType.DialogMessageReceived, sluit);
        dialoog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          clearTimeout(klaar);
          resolve();
        });
      }
    );
  });
}

Office.onReady(() => {
  Office.actions.associate("valideerEnMarkeer", valideerEnMarkeer);
});
