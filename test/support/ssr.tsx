import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  SSRProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { renderToString } from "react-dom/server";

/** A pane component rendered on the server, as the HTML it starts as (Fluent's styles included). */
export function html(node: React.ReactElement): string {
  return renderToString(
    <RendererProvider renderer={createDOMRenderer()}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
