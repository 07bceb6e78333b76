// The do-nothing Node server of the benchmark (the floor): answers every request with a pre-serialised reply chosen by
// the request's method, so that wrk measures what Node and the load generator cost for a reply of that size.
// Usage: node bench/floor.mjs <replies.json>, the file {"contentType": "…", "replies": {"GET": "<body>", …}}.
// Prints its URL; binds 127.0.0.1; exits when its stdin closes (the benchmark is gone).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const { contentType, replies } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bodies = new Map(Object.entries(replies).map(([method, body]) => [method, Buffer.from(body)]));
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = bodies.get(req.method ?? "");
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
