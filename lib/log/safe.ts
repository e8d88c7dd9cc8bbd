// Text from outside (form fields, email subjects, addresses) goes onto the server log through here: control
// characters - newlines above all, which would let a visitor write lines that look like the server's own - and the
// invisible bidi and zero-width controls that reorder or hide what an operator reads are shown as escapes.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function logSafe(value: unknown, max = 500): string {
  const text = String(value);
  const escaped = text.replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return escaped.length > max ? `${escaped.slice(0, max)}...` : escaped;
}
