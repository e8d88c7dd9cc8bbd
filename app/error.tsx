"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Container } from "@/components/ui/container";

// Shown when a page throws on the server or in the browser; the digest lets support find the server log entry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main">
      <Container className="py-20">
        <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          The page could not be shown. Try again; if it keeps failing, tell us the reference below.
        </p>
        {error.digest ? (
          <p className="mt-2 font-mono text-sm text-slate-600 dark:text-slate-400">Reference: {error.digest}</p>
        ) : null}
        <div className="mt-8 flex gap-3">
          <button
            type="button"
            onClick={reset}
            className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600"
          >
            Try again
          </button>
          <Link
            href="/"
            className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold dark:border-slate-700"
          >
            Home
          </Link>
        </div>
      </Container>
    </main>
  );
}
