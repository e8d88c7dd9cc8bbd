// Plain, robust mail: a text part that reads well on its own and a simple HTML part built from escaped paragraphs.
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);
}

export type Block = string | { button: { label: string; url: string } } | { rows: [string, string][] };

export function render(subject: string, blocks: Block[], footer = "Lumbar Spine MRI Dataset"): RenderedMail {
  const text = [
    ...blocks.map((b) => {
      if (typeof b === "string") return b;
      if ("button" in b) return `${b.button.label}:\n${b.button.url}`;
      return b.rows.map(([k, v]) => `${k}: ${v}`).join("\n");
    }),
    `--\n${footer}`,
  ].join("\n\n");
  const body = blocks
    .map((b) => {
      if (typeof b === "string") return `<p style="margin:0 0 16px;white-space:pre-line;overflow-wrap:anywhere;word-break:break-word">${escapeHtml(b)}</p>`;
      if ("button" in b) {
        const url = escapeHtml(b.button.url);
        return `<p style="margin:24px 0"><a href="${url}" style="background:#0a6657;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(b.button.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#475569">Or paste this link into your browser:<br><span style="word-break:break-all">${url}</span></p>`;
      }
      const rows = b.rows
        .map(([k, v]) => `<tr><th align="left" style="padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(k)}</th><td style="padding:4px 0;white-space:pre-line;overflow-wrap:anywhere;word-break:break-word">${escapeHtml(v)}</td></tr>`)
        .join("");
      return `<table style="border-collapse:collapse;margin:0 0 16px;font-size:14px">${rows}</table>`;
    })
    .join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">${body}<p style="margin-top:32px;font-size:12px;color:#64748b">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}
