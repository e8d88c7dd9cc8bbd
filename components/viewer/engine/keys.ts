// The viewer's keyboard map, in one table so the help text and the handler cannot disagree.

export type KeyAction =
  | { type: "step"; delta: number }
  | { type: "first" }
  | { type: "last" }
  | { type: "zoom"; factor: number }
  | { type: "cine" }
  | { type: "reset" }
  | { type: "invert" };

/** Slices moved by PageUp / PageDown. */
export const PAGE_STEP = 5;
export const ZOOM_STEP = 1.25;

export const KEY_HELP: ReadonlyArray<readonly [keys: string, what: string]> = [
  ["↑ ↓ / ← →", "previous / next slice"],
  ["Page Up / Page Down", `${PAGE_STEP} slices back / forward`],
  ["Home / End", "first / last slice"],
  ["+ / −", "zoom in / out"],
  ["Space", "play / pause cine"],
  ["R", "reset zoom, pan and window"],
  ["I", "invert greyscale"],
];

/** The action for a key, or null to let the browser have it (Tab, shortcuts with Ctrl/Meta/Alt, ...). */
export function actionForKey(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case "ArrowUp":
    case "ArrowLeft":
      return { type: "step", delta: -1 };
    case "ArrowDown":
    case "ArrowRight":
      return { type: "step", delta: 1 };
    case "PageUp":
      return { type: "step", delta: -PAGE_STEP };
    case "PageDown":
      return { type: "step", delta: PAGE_STEP };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "+":
    case "=":
      return { type: "zoom", factor: ZOOM_STEP };
    case "-":
    case "_":
      return { type: "zoom", factor: 1 / ZOOM_STEP };
    case " ":
    case "Spacebar":
      return { type: "cine" };
    case "r":
    case "R":
      return { type: "reset" };
    case "i":
    case "I":
      return { type: "invert" };
    default:
      return null;
  }
}
