// The do-nothing Node server of the benchmark (the floor): answers every request with a pre-serialised reply, so that
// wrk measures what Node and the load generator cost for replies of that size.
// Usage: node bench/floor.mjs <replies.json>, the file {"contentType": "…", "by": "…", "replies": {"<key>": "<body>"}}.
// A reply's key is the request's method ("GET"), or — when "by" names a request header (lower-case) or is "path" —
// the method, a space and that header's value or the path without its query ("POST CloudHsmV2.ListTags"); a request
// with no reply of its own key gets its method's, and one with neither a 405.
// Prints its URL; binds 127.0.0.1; exits when its stdin closes (the benchmark is gone).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const { contentType, by, replies } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bodies = new Map(Object.entries(replies).map(([key, body]) => [key, Buffer.from(body)]));
const detail =
  by === undefined
    ? () => undefined
    : by === "path"
      ? (req) => (req.url ?? "").split("?")[0]
      : (req) => req.headers[by];

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = bodies.get(`${req.method} ${detail(req)}`) ?? bodies.get(req.method ?? "");
    if (!body) {
      res.writeHead(405).end();
      return;
    }
    res.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
