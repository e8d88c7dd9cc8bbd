import { Notice } from "@/components/ui/notice";

export function NoStats() {
  return (
    <div className="mt-6">
      <Notice tone="warning">
        No statistics have been imported yet. Load the vendor&apos;s CSV with{" "}
        <code className="font-mono">npm run stats:import -- &lt;file.csv&gt;</code>.
      </Notice>
    </div>
  );
}
