// Plain, robust mail: a text part that reads well on its own, and an HTML part rendered by React Email from the same
// blocks (React escapes every value; React Email adds the doctype and the client quirks, e.g. Outlook's button padding).
// The text part is joined by hand: React Email's plain-text conversion reflows lines and drops the link layout
// people and tests rely on, and the text is four string joins.
import { Body, Button, Container, Head, Html, Section, Text, render as renderEmail } from "@react-email/components";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type Block = string | { button: { label: string; url: string } } | { rows: [string, string][] };

const wrap = { whiteSpace: "pre-line", overflowWrap: "anywhere", wordBreak: "break-word" } as const;

function BlockHtml({ block }: { block: Block }) {
  if (typeof block === "string")
    return <Text style={{ margin: "0 0 16px", fontSize: "16px", lineHeight: "1.5", ...wrap }}>{block}</Text>;
  if ("button" in block) {
    const { label, url } = block.button;
    return (
      <Section style={{ margin: "24px 0" }}>
        <Button
          href={url}
          style={{
            background: "#0a6657",
            color: "#fff",
            padding: "12px 20px",
            borderRadius: "6px",
            textDecoration: "none",
            fontWeight: 600,
          }}
        >
          {label}
        </Button>
        <Text style={{ margin: "16px 0", fontSize: "13px", color: "#475569" }}>
          Or paste this link into your browser:
          <br />
          <span style={{ wordBreak: "break-all" }}>{url}</span>
        </Text>
      </Section>
    );
  }
  return (
    <table style={{ borderCollapse: "collapse", margin: "0 0 16px", fontSize: "14px" }}>
      <tbody>
        {block.rows.map(([k, v], i) => (
          <tr key={i}>
            <th align="left" style={{ padding: "4px 12px 4px 0", verticalAlign: "top" }}>
              {k}
            </th>
            <td style={{ padding: "4px 0", ...wrap }}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MailHtml({ blocks, footer }: { blocks: Block[]; footer: string }) {
  return (
    <Html lang="en">
      <Head />
      <Body style={{ fontFamily: "system-ui,sans-serif", color: "#0f172a", lineHeight: "1.5", margin: 0 }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "24px" }}>
          {blocks.map((b, i) => (
            <BlockHtml key={i} block={b} />
          ))}
          <Text style={{ marginTop: "32px", fontSize: "12px", color: "#64748b" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function renderText(blocks: Block[], footer: string): string {
  return [
    ...blocks.map((b) => {
      if (typeof b === "string") return b;
      if ("button" in b) return `${b.button.label}:\n${b.button.url}`;
      return b.rows.map(([k, v]) => `${k}: ${v}`).join("\n");
    }),
    `--\n${footer}`,
  ].join("\n\n");
}

export async function render(
  subject: string,
  blocks: Block[],
  footer = "Lumbar Spine MRI Dataset",
): Promise<RenderedMail> {
  return {
    subject,
    text: renderText(blocks, footer),
    html: await renderEmail(<MailHtml blocks={blocks} footer={footer} />),
  };
}
