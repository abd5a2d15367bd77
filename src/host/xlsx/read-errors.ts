import { hostDetail, HostError } from "../../app/ports";
import { CompoundFileError, InflateLimitError, megabytes } from "./package-limits";

/**
 * The reader's file-level refusals as host errors naming the file (a path, or the picked file's
 * name): a compound file (password or .xls) and a part past the inflate cap. Undefined for any
 * other error, which the caller words itself.
 */
export function packageRefusal(file: string, error: unknown): HostError | undefined {
  if (error instanceof CompoundFileError)
    return new HostError(
      "unreadable",
      hostDetail(error.kind === "encrypted" ? "file-encrypted" : "file-legacy-xls", { file }),
      { nothingWritten: true }
    );
  if (error instanceof InflateLimitError)
    return new HostError(
      "too-large",
      hostDetail("file-inflates-too-large", {
        file,
        part: error.part,
        limitMb: megabytes(error.limit),
        total: error.total,
      }),
      { nothingWritten: true }
    );
  return undefined;
}
