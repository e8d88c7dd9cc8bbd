// The data card's de-identification table: the public-sample profile the PHI gate applies (lib/dicom's
// DEIDENTIFICATION_PROFILE), grouped by action and reason so 100-odd attributes read as a dozen rows. Server component.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DEIDENTIFICATION_PROFILE, type ProfileAction, type ProfileRule } from "@/lib/dicom/deidentification-profile";

const ACTIONS: { action: ProfileAction; label: string; tone: BadgeTone; summary: string }[] = [
  {
    action: "removed",
    label: "Removed",
    tone: "red",
    summary: "must be empty or absent; a value keeps the study private",
  },
  {
    action: "checked",
    label: "Checked",
    tone: "amber",
    summary: "may hold a value, which is screened before publishing",
  },
  { action: "kept", label: "Kept", tone: "emerald", summary: "published as is" },
];

interface Group {
  action: ProfileAction;
  why: string;
  rules: ProfileRule[];
}

/** Consecutive rules with the same action and reason become one row. */
export function groupProfile(rules: readonly ProfileRule[]): Group[] {
  const groups: Group[] = [];
  for (const r of rules) {
    const last = groups.at(-1);
    if (last && last.action === r.action && last.why === r.why) last.rules.push(r);
    else groups.push({ action: r.action, why: r.why, rules: [r] });
  }
  return groups;
}

function Attributes({ rules }: { rules: ProfileRule[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {rules.map((r) => (
        <li key={r.attribute + r.keyword}>
          <span className="font-medium">{r.keyword}</span>{" "}
          <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
            {r.tag ? `(${r.attribute})` : r.attribute}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DeidentificationTable({ rules = DEIDENTIFICATION_PROFILE }: { rules?: readonly ProfileRule[] }) {
  const groups = groupProfile(rules);
  return (
    <section aria-labelledby="deidentification-heading" data-testid="deidentification-table">
      <h3 id="deidentification-heading" className="text-lg font-semibold">
        De-identification of the public samples
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Every public sample file passes this profile, after DICOM PS3.15 Annex E (Basic Profile with the Clean
        Descriptors option). A study is published only when all its files and its report pass.
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {ACTIONS.map((a) => (
          <li key={a.action}>
            <Badge tone={a.tone}>{a.label}</Badge> {a.summary} ({rules.filter((r) => r.action === a.action).length}{" "}
            rules)
          </li>
        ))}
      </ul>
      <div
        className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
        tabIndex={0}
        role="region"
        aria-label="De-identification profile (scrollable)"
      >
        <table className="min-w-full text-sm">
          <caption className="sr-only">Attributes of the public sample files: action and reason</caption>
          <thead className="bg-slate-50 text-left dark:bg-slate-900">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Action
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Attributes
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-800">
            {groups.map((g) => {
              const a = ACTIONS.find((x) => x.action === g.action)!;
              return (
                <tr key={`${g.action}:${g.rules[0]!.attribute}`} data-action={g.action}>
                  <td className="px-3 py-2">
                    <Badge tone={a.tone}>{a.label}</Badge>
                  </td>
                  <td className="min-w-[14rem] px-3 py-2">
                    <Attributes rules={g.rules} />
                  </td>
                  <td className="min-w-[14rem] px-3 py-2 text-slate-700 dark:text-slate-300">{g.why}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
