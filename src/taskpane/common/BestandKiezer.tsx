import { Button, makeStyles, mergeClasses, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { useGedeeldeStijlen } from "./stijlen";

const useStyles = makeStyles({
  bestand: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px", minWidth: 0 },
  naam: { overflowWrap: "anywhere", minWidth: 0 },
  // The browser's own file field shows English text and cannot be styled: a Fluent button opens it.
  verborgen: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
});

/**
 * A button that opens the browser's file picker, and beside it what was chosen (or `leeg`). The
 * input stays in the page, hidden, for tests and assistive technology to reach by its label.
 */
export function BestandKiezer(props: {
  label: string;
  accept: string;
  onKies: (files: File[]) => void;
  /** The chosen file's name; undefined: the caller lists the choice itself. */
  gekozen?: string | null;
  leeg?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** A data attribute for the input, e.g. "data-bestand", by which tests find it. */
  kenmerk: `data-${string}`;
}) {
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const invoer = useRef<HTMLInputElement>(null);
  return (
    <div className={s.bestand}>
      <input
        ref={invoer}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        className={s.verborgen}
        aria-label={props.label}
        tabIndex={-1}
        {...{ [props.kenmerk]: true }}
        onChange={(e) => {
          props.onKies([...(e.target.files ?? [])]);
          // Emptied, so that choosing the same file again (changed since) is a choice again.
          e.target.value = "";
        }}
      />
      <Button onClick={() => invoer.current?.click()} disabled={props.disabled}>
        {props.label}
      </Button>
      {props.gekozen !== undefined && (
        <Text className={mergeClasses(s.naam, props.gekozen ? undefined : g.klein)}>
          {props.gekozen ?? props.leeg}
        </Text>
      )}
    </div>
  );
}
