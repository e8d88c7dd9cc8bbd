// Renders an operator-supplied legal text: "# " lines are section headings, blank lines separate paragraphs. Plain
// text only (no HTML), so a text file cannot inject markup into the page.
export function LegalText({ text }: { text: string }) {
  const blocks: { heading?: string; paragraphs: string[] }[] = [{ paragraphs: [] }];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.at(-1)!.paragraphs.push(para.join(" "));
    para = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (line.startsWith("# ")) {
      flush();
      blocks.push({ heading: line.slice(2).trim(), paragraphs: [] });
    } else if (!line) flush();
    else para.push(line);
  }
  flush();
  return (
    <div className="max-w-3xl space-y-8 wrap-anywhere">
      {blocks
        .filter((b) => b.heading || b.paragraphs.length)
        .map((b, i) => (
          <section key={i}>
            {b.heading ? <h2 className="text-xl font-semibold">{b.heading}</h2> : null}
            {b.paragraphs.map((p, j) => (
              <p key={j} className="mt-3 text-slate-700 dark:text-slate-300">
                {p}
              </p>
            ))}
          </section>
        ))}
    </div>
  );
}
