// Pointer, wheel and keyboard input on the viewer box, mapped to controller actions. Pointer Events cover mouse, pen
// and touch alike: one pointer drives the selected tool (middle button pans, right button zooms), two pointers pinch
// to zoom and pan.
import type { Window } from "@/lib/dicom/pixels/voi";
import type { ViewerController } from "./controller";
import { actionForKey } from "./keys";
import type { DragTool } from "./state";
import { panBy, zoomAt, type Viewport } from "./viewport";
import { wheelSteps } from "./wheel";

type Gesture =
  | { kind: DragTool | "zoom"; x0: number; y0: number; vp: Viewport; slice: number; window: Window | null }
  | { kind: "pinch"; dist0: number; mid0: { x: number; y: number }; vp: Viewport }
  | null;

/** CSS px of vertical drag per slice with the scroll tool: the box height sweeps the stack, within sane bounds. */
const scrollStepPx = (boxHeight: number, count: number) => Math.min(40, Math.max(6, boxHeight / Math.max(1, count)));

export function bindGestures(el: HTMLElement, c: ViewerController): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  const wheel = { carry: 0 };
  let gesture: Gesture = null;

  const local = (e: { clientX: number; clientY: number }) => {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const pinchInfo = () => {
    const [a, b] = [...pointers.values()];
    if (!a || !b) return null;
    return { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  };
  const start = (e: PointerEvent) => {
    const s = c.getSnapshot();
    if (pointers.size >= 2) {
      const p = pinchInfo()!;
      gesture = { kind: "pinch", dist0: p.dist, mid0: p.mid, vp: s.viewport };
      return;
    }
    const kind = e.button === 1 || (e.button === 0 && e.shiftKey) ? "pan" : e.button === 2 ? "zoom" : s.tool;
    const p = local(e);
    gesture = { kind, x0: p.x, y0: p.y, vp: s.viewport, slice: s.sliceIndex, window: s.window };
  };

  const onDown = (e: PointerEvent) => {
    if (pointers.size >= 2) return;
    el.focus({ preventScroll: true });
    el.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, local(e));
    if (c.getSnapshot().cine) c.toggleCine(); // touching the image takes over from cine
    start(e);
    e.preventDefault();
  };
  const onMove = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId) || !gesture) return;
    pointers.set(e.pointerId, local(e));
    const g = gesture;
    if (g.kind === "pinch") {
      const p = pinchInfo();
      if (!p) return;
      const box = c.boxSize();
      const zoomed = zoomAt(g.vp, p.dist / g.dist0, g.mid0.x, g.mid0.y, box);
      c.setViewport(panBy(zoomed, p.mid.x - g.mid0.x, p.mid.y - g.mid0.y));
      return;
    }
    const p = local(e);
    const dx = p.x - g.x0;
    const dy = p.y - g.y0;
    if (g.kind === "pan") c.setViewport(panBy(g.vp, dx, dy));
    else if (g.kind === "zoom") c.setViewport(zoomAt(g.vp, Math.exp(-dy / 150), g.x0, g.y0, c.boxSize()));
    else if (g.kind === "scroll")
      c.setSlice(g.slice + Math.trunc(dy / scrollStepPx(c.boxSize().height, c.getSnapshot().sliceCount)));
    else if (g.window) c.dragWindow(g.window, dx, dy);
  };
  const onUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    // Lifting one finger of a pinch ends the gesture; the remaining finger must go down again to start another.
    gesture = null;
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    // Trackpad pinch arrives as a wheel event with ctrlKey; so does Ctrl+wheel on a mouse.
    if (e.ctrlKey) c.zoomBy(Math.exp(-e.deltaY / 100), local(e));
    else {
      const steps = wheelSteps(wheel, e.deltaY, e.deltaMode);
      if (steps) c.step(steps);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    const a = actionForKey(e);
    if (!a) return;
    e.preventDefault();
    const s = c.getSnapshot();
    if (a.type === "step") c.step(a.delta);
    else if (a.type === "first") c.setSlice(0);
    else if (a.type === "last") c.setSlice(s.sliceCount - 1);
    else if (a.type === "zoom") c.zoomBy(a.factor);
    else if (a.type === "cine") c.toggleCine();
    else if (a.type === "reset") c.reset();
    else c.toggleInvert();
  };
  const onContext = (e: Event) => e.preventDefault();
  const onDbl = () => c.setViewport({ zoom: 1, panX: 0, panY: 0 });

  const listeners: [string, EventListener, AddEventListenerOptions?][] = [
    ["pointerdown", onDown as EventListener],
    ["pointermove", onMove as EventListener],
    ["pointerup", onUp as EventListener],
    ["pointercancel", onUp as EventListener],
    ["wheel", onWheel as EventListener, { passive: false }],
    ["keydown", onKey as EventListener],
    ["contextmenu", onContext],
    ["dblclick", onDbl],
  ];
  for (const [t, fn, o] of listeners) el.addEventListener(t, fn, o);
  return () => {
    for (const [t, fn, o] of listeners) el.removeEventListener(t, fn, o);
  };
}
