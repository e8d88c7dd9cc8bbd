// A local SMTP sink for the end-to-end tests: accepts every message (no TLS, no auth), keeps it in memory, and lists
// the parsed messages over HTTP so specs can read the mail the app sent (GET /messages?to=..., DELETE /messages).
// POST /refuse?to=... makes it answer 550 to that recipient until DELETE /refuse?to=... (a failing mail server).
// Playwright starts it as a webServer next to the app, which gets SMTP_URL pointing here.
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
const httpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 3126);
const messages = [];
const refused = new Set();
let nextId = 1;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  size: 5 * 1024 * 1024,
  onRcptTo(address, _session, callback) {
    if (!refused.has(address.address.toLowerCase())) return callback();
    const e = new Error("mailbox unavailable (refused by the e2e SMTP sink)");
    e.responseCode = 550;
    callback(e);
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          id: nextId++,
          envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: mail.from?.text ?? "",
          to: mail.to
            ? [mail.to]
                .flat()
                .map((a) => a.text)
                .join(", ")
            : "",
          replyTo: mail.replyTo?.text ?? "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          attachments: (mail.attachments ?? []).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: a.size,
          })),
          date: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.on("error", (e) => console.error("smtp sink:", e.message));
smtp.listen(smtpPort, "127.0.0.1", () => console.log(`smtp sink: SMTP on 127.0.0.1:${smtpPort}`));

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "DELETE" && url.pathname === "/messages") {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/refuse" && (req.method === "POST" || req.method === "DELETE")) {
      const to = url.searchParams.get("to")?.toLowerCase() ?? "";
      if (req.method === "POST") refused.add(to);
      else refused.delete(to);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const list = to ? messages.filter((m) => m.envelopeTo.includes(to)) : messages;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(list));
      return;
    }
    if (url.pathname === "/health") {
      res.writeHead(200).end("ok");
      return;
    }
    res.writeHead(404).end();
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`smtp sink: messages on http://127.0.0.1:${httpPort}/messages`));

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
