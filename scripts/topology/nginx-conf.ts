// The nginx configuration of the topology: one upstream over the app instances (and one over the first instance
// only, for bench:load's one-instance figure), X-Forwarded-For appended, and downloads streamed straight through.
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
      proxy_read_timeout 60s;
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
  client_body_temp_path ${i.dir}/body;
  proxy_temp_path ${i.dir}/proxy;
  fastcgi_temp_path ${i.dir}/fastcgi;
  uwsgi_temp_path ${i.dir}/uwsgi;
  scgi_temp_path ${i.dir}/scgi;
${upstream("app", i.instancePorts)}
${upstream("app_single", i.instancePorts.slice(0, 1))}
${server(i.port, "app", i.ipv6)}
${server(i.singlePort, "app_single", i.ipv6)}
}
`;
}
