// The nginx configuration of the topology: one upstream over the app instances (and one over the first instance
// only, for bench:load's one-instance figure), X-Forwarded-For appended, downloads streamed straight through, and a
// one-second micro-cache of what the app marks shareable (X-Accel-Expires: cached storefront pages, cohort counts).
// README "Production deployment" explains each setting; keep the two in step.

export interface NginxConfInput {
  dir: string;
  /** Listens here for the balanced upstream... */
  port: number;
  /** ...and here for the first instance alone. */
  singlePort: number;
  instancePorts: number[];
  ipv6: boolean;
  user?: string;
}

/** Routes that stream large bodies to the client: the sample archive, and the licensed delivery routes. */
export const DOWNLOAD_LOCATION = "~ ^/api/(preview/studies/[^/]+/archive|downloads?/|delivery/)";

/**
 * Only responses carrying X-Accel-Expires are kept (the app sets it on pages served from its cache, which are the
 * same for everyone, and on cohort counts): with Cache-Control and Expires ignored, nothing else has a lifetime, so
 * a signed-in page can never be stored. One second keeps on-demand revalidation (lib/storefront/revalidation.ts)
 * practically immediate while a burst of requests for a page costs the app about one response per second. Not
 * `proxy_cache_use_stale updating` with a background update: an expired entry can be as old as the last request for
 * it (up to `inactive`), so after an import the first visitor would get figures from minutes before (the e2e
 * "shows at once" specs caught it on the topology). No proxy_cache_lock: nginx cannot know before the answer that a response will not be cached, so
 * concurrent requests for an uncacheable URL (a DICOM file) would queue behind each other for the lock's 5 s timeout
 * (measured: p99 5.4 s). Responses with Set-Cookie are never cached (nginx's default), and Vary (the RSC headers)
 * keeps HTML and payloads apart.
 */
const MICRO_CACHE = `
      proxy_cache pages;
      proxy_ignore_headers Cache-Control Expires;
      add_header X-Cache-Status $upstream_cache_status always;`;

function server(port: number, upstream: string, ipv6: boolean): string {
  const proxy = `
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;`;
  return `
  server {
    listen 127.0.0.1:${port};${ipv6 ? `\n    listen [::1]:${port};` : ""}
    # Enquiry replies carry up to 20 MB of attachments (lib/enquiries/attachment-rules.ts) in one server action.
    client_max_body_size 25m;
    location / {${proxy}
      proxy_read_timeout 60s;${MICRO_CACHE}
    }
    location ${DOWNLOAD_LOCATION} {${proxy}
      # Stream each byte as the app sends it: no temp file of a multi-GB archive on the proxy, Range and resume
      # answered by the app (206, Content-Range, ETag) unchanged.
      proxy_buffering off;
      proxy_request_buffering off;
      proxy_max_temp_file_size 0;
      # A slow client on a large archive may not receive a byte for a while between reads.
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }
  }`;
}

export function nginxConf(i: NginxConfInput): string {
  const upstream = (name: string, ports: number[]) =>
    `  upstream ${name} {\n${ports.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}\n    keepalive 32;\n  }`;
  return `daemon off;
${i.user ? `user ${i.user};\n` : ""}worker_processes 1;
pid ${i.dir}/nginx.pid;
error_log ${i.dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  # nginx closes a client's keep-alive connection after 1,000 requests by default; at the cohort count's 20,000 req/s
  # (micro-cached) bench:load's autocannon lost a request now and then in that close (socket errors: 6 in 173k
  # requests with the default, 0 in 103k without). Browsers reconnect; a generous limit keeps the benchmark honest.
  keepalive_requests 100000;
  client_body_temp_path ${i.dir}/body;
  proxy_temp_path ${i.dir}/proxy;
  fastcgi_temp_path ${i.dir}/fastcgi;
  uwsgi_temp_path ${i.dir}/uwsgi;
  scgi_temp_path ${i.dir}/scgi;
  proxy_cache_path ${i.dir}/cache levels=1:2 keys_zone=pages:10m max_size=256m inactive=10m use_temp_path=off;
${upstream("app", i.instancePorts)}
${upstream("app_single", i.instancePorts.slice(0, 1))}
${server(i.port, "app", i.ipv6)}
${server(i.singlePort, "app_single", i.ipv6)}
}
`;
}
