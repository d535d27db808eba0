// The MCP conformance runner has no option for headers; this proxy adds the test API key to every
// request it forwards, and changes nothing else (Host and Origin pass as sent, answers stream back).
// Usage: node auth-proxy.mjs <upstream base URL> <api key>; prints the port it listens on (127.0.0.1).
import http from "node:http";

const [upstream, apiKey] = process.argv.slice(2);
const target = new URL(upstream);
const authorization = "Basic " + Buffer.from(apiKey + ":").toString("base64");

const server = http.createServer((req, res) => {
  const forwarded = http.request(
    {
      hostname: target.hostname,
      port: target.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, authorization },
    },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  forwarded.on("error", (e) => {
    if (!res.headersSent) {
      res.writeHead(502, { "content-type": "text/plain" });
    }
    res.end(String(e));
  });
  res.on("close", () => forwarded.destroy());
  req.pipe(forwarded);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
