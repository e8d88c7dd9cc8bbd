"use client";

// Last resort when the root layout itself fails: it must render its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1.5rem", maxWidth: 640, margin: "0 auto" }}>
        <h1>Something went wrong</h1>
        <p>The site could not be shown. Please try again.</p>
        {error.digest ? <p style={{ fontFamily: "monospace" }}>Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
