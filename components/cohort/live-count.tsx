"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { formatInt } from "@/lib/format";
import { formatSize } from "@/lib/catalogue/format-size";

// Progressive enhancement of the cohort form: on every change, after a short pause (debounce), ask the count API
// with the form's parameters, aborting the previous request, then put the state in the URL and refresh the
// server-rendered charts. Without JavaScript the form's button does the same with a page load.
type Count = { studies: number; sizeBytes: number };

const DEBOUNCE_MS = 250;

function paramsOf(form: HTMLFormElement): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form))
    if (typeof v === "string" && v !== "" && !(k === "match" && v === "any")) p.append(k, v);
  return p;
}

export function LiveCount({ formId, initial }: { formId: string; initial: Count }) {
  const router = useRouter();
  const [count, setCount] = useState<Count>(initial);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");
  const [message, setMessage] = useState("");
  const inflight = useRef<AbortController | null>(null);

  // A server refresh brings a new `initial`: it replaces the live count (React's "adjust state when a prop changes"
  // pattern, which re-renders at once instead of after an effect).
  const [prevInitial, setPrevInitial] = useState(initial);
  if (initial !== prevInitial) {
    setPrevInitial(initial);
    setCount(initial);
  }

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    form.dataset.live = "on";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const params = paramsOf(form);
      inflight.current?.abort();
      const ctrl = new AbortController();
      inflight.current = ctrl;
      setState("loading");
      try {
        const res = await fetch(`/api/cohort/count?${params}`, {
          signal: ctrl.signal,
          headers: { accept: "application/json" },
        });
        const body = (await res.json()) as Count & { problems?: { message: string }[] };
        if (!res.ok) {
          setState("error");
          setMessage(body.problems?.map((p) => p.message).join("; ") ?? "The count is not available right now.");
          return;
        }
        setCount({ studies: body.studies, sizeBytes: body.sizeBytes });
        setState("idle");
        const url = `/cohort${params.size ? `?${params}` : ""}`;
        window.history.replaceState(null, "", url);
        router.replace(url, { scroll: false });
      } catch (e) {
        if ((e as Error).name === "AbortError") return;
        setState("error");
        setMessage("The count is not available right now.");
      }
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    };
    form.addEventListener("change", onChange);
    return () => {
      form.removeEventListener("change", onChange);
      clearTimeout(timer);
      inflight.current?.abort();
    };
  }, [formId, router]);

  return (
    <div aria-live="polite" aria-busy={state === "loading"}>
      <p className="text-sm text-slate-600 dark:text-slate-400">Studies in this cohort</p>
      <p className="text-4xl font-semibold tabular-nums" data-testid="cohort-count">
        {formatInt(count.studies)}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Total size{" "}
        <span data-testid="cohort-size" className="font-semibold tabular-nums">
          {formatSize(count.sizeBytes)}
        </span>
      </p>
      {state === "loading" ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Updating…</p> : null}
      {state === "error" ? (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {message}
        </p>
      ) : null}
    </div>
  );
}
