// The preview server (`briefing serve`): the output folder served over http on 127.0.0.1 with node:http,
// the content folder watched (fs.watch, debounced), the site rebuilt on a change (incremental: the
// per-article cache and the page manifest keep a rebuild to what changed), and open pages told to reload
// through a server-sent-events stream. The reload script is put into HTML responses as they are served,
// never into the files: the output folder stays what a build writes.
import { createReadStream, watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { readFile } from "node:fs/promises";

/** The events stream open pages listen on. */
export const RELOAD_PATH = "/__briefing/reload";

/** Put before </body> of every HTML response: reload when the server says the site was rebuilt. */
export const RELOAD_SCRIPT = `<script>(function(){var s=new EventSource(${JSON.stringify(RELOAD_PATH)});s.addEventListener("reload",function(){location.reload()});})();</script>`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  server: Server;
  /** tells every open page to reload */
  reload(): void;
  close(): Promise<void>;
}

/** Serves `root` on host:port (port 0: any free one); with liveReload, HTML gets the reload script. */
export async function serveFolder(root: string, options: { port: number; host?: string; liveReload?: boolean }): Promise<StaticServer> {
  const folder = resolve(root);
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(folder, request, response, options.liveReload ?? false, clients).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Internal error\n");
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port, host, () => {
      server.off("error", fail);
      done();
    });
  });
  // an idle events stream would keep close() waiting: a comment now and then also keeps proxies from cutting it
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(": keep-alive\n\n");
  }, 15_000);
  keepAlive.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    server,
    reload() {
      for (const client of clients) client.write("event: reload\ndata: rebuilt\n\n");
    },
    close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse, liveReload: boolean, clients: Set<ServerResponse>): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  if (liveReload && url.pathname === RELOAD_PATH) {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    response.write(": connected\n\n");
    clients.add(response);
    request.on("close", () => clients.delete(response));
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  let target = resolve(root, `.${path}`);
  // never outside the folder, never a hidden file (the build's manifest and records)
  if ((target !== root && !target.startsWith(root + sep)) || path.split("/").some((part) => part.startsWith("."))) {
    await notFound(root, response, liveReload, request.method === "HEAD");
    return;
  }
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    if (!path.endsWith("/")) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    target = join(target, "index.html");
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile() && path === "/favicon.ico") {
    // the site has no icon, and a browser asks for one on every page: "none" rather than a 404 in its console
    response.writeHead(204).end();
    return;
  }
  if (!info?.isFile()) {
    await notFound(root, response, liveReload, request.method === "HEAD");
    return;
  }
  await send(target, 200, response, liveReload, request.method === "HEAD");
}

async function notFound(root: string, response: ServerResponse, liveReload: boolean, head: boolean): Promise<void> {
  const page = join(root, "404.html");
  if (await stat(page).then((s) => s.isFile(), () => false)) await send(page, 404, response, liveReload, head);
  else response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
}

async function send(file: string, status: number, response: ServerResponse, liveReload: boolean, head: boolean): Promise<void> {
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  const headers = { "content-type": type, "cache-control": "no-store" };
  if (liveReload && type.startsWith("text/html")) {
    const html = await readFile(file, "utf8");
    const at = html.lastIndexOf("</body>");
    const body = at >= 0 ? html.slice(0, at) + RELOAD_SCRIPT + html.slice(at) : html + RELOAD_SCRIPT;
    response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
    response.end(head ? undefined : body);
    return;
  }
  const { size } = await stat(file);
  response.writeHead(status, { ...headers, "content-length": size });
  if (head) {
    response.end();
    return;
  }
  createReadStream(file).on("error", () => response.destroy()).pipe(response);
}

/**
 * Calls `onChange` once a burst of changes under `folder` has been quiet for `debounceMs`; a change during
 * a rebuild runs one more after it (never two at once). Returns what stops the watching.
 */
export function watchFolder(folder: string, onChange: () => Promise<void>, debounceMs = 300): { close(): void } {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;
  const fire = async () => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  };
  // recursive: the content folder nests (briefing.yaml sits at its top, so it is watched too)
  const watcher: FSWatcher = watch(folder, { recursive: true }, schedule);
  watcher.on("error", () => {});
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
