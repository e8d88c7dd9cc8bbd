// The documented controls, from the same table the keyboard handler uses.
import { memo } from "react";
import { KEY_HELP } from "./engine/keys";
import { STAGE_SIZE } from "./viewer-stage";

const POINTER_HELP: ReadonlyArray<readonly [string, string]> = [
  ["Wheel", "previous / next slice (Ctrl + wheel or pinch: zoom)"],
  ["Drag", "the tool chosen above: window/level, scroll slices or pan"],
  ["Middle drag / Shift + drag", "pan; right drag: zoom"],
  ["Two fingers", "pinch to zoom, move to pan"],
  ["Double click", "fit the image"],
];

export const KeyHelp = memo(function KeyHelp() {
  return (
    <details className={`mx-auto mt-3 ${STAGE_SIZE} text-sm`}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium">Keyboard, mouse and touch controls</summary>
      <dl id="viewer-keys" className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
        {[...KEY_HELP, ...POINTER_HELP].map(([k, what]) => (
          <div key={k} className="contents">
            <dt className="font-mono font-semibold">{k}</dt>
            <dd className="text-slate-700 dark:text-slate-300">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
});
