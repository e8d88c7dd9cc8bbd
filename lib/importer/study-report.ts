// Which PDF report belongs to a study whose file keys run from `min` to `max`, and a problem line when several tie.
import { commonDir, type ReportIndex } from "./find-reports";
import type { Problem } from "./types";

export function reportFor(
  reports: ReportIndex,
  uid: string,
  min: string | null,
  max: string | null,
): { key: string | null; problems: Problem[] } {
  const found = min && max ? reports.find(commonDir(min, max)) : { key: null, ambiguous: [] };
  const problems =
    found.ambiguous.length > 0
      ? [
          {
            path: found.ambiguous[0]!,
            problem: `several PDF reports (${found.ambiguous.join(", ")}) could belong to study ${uid}; none attached`,
          },
        ]
      : [];
  return { key: found.key, problems };
}
