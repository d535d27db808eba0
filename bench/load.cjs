// Fixed-rate HTTP load for bench/rpc.sh and bench/proxy.sh: sends `rate` requests per second for `seconds`, each timed
// from the moment it was scheduled (so a slow server cannot hide queueing), and prints the latency
// percentiles. Requests rotate over the given account ids (header x-account-id) when there are any,
// since providers rate-limit per account.
// Usage: node bench/load.cjs <url> <rate> <seconds> <method> <body|-> <headers-json> [account,...]
"use strict";
const http = require("http");

const [url, rateArg, secondsArg, method, bodyArg, headersArg, accountsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const body = bodyArg === "-" ? null : bodyArg;
const headers = JSON.parse(headersArg);
const accounts = accountsArg ? accountsArg.split(",") : [];
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const target = new URL(url);

const latencies = [];
const statuses = {};
let sent = 0;
let done = 0;
const total = rate * seconds;
const start = process.hrtime.bigint();

function fire(scheduledNs) {
  const h = { ...headers };
  if (accounts.length) h["x-account-id"] = accounts[sent % accounts.length];
  if (body) h["content-length"] = Buffer.byteLength(body);
  sent++;
  const req = http.request(
    { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers: h, agent },
    (res) => {
      res.resume();
      res.on("end", () => finish(scheduledNs, res.statusCode));
    },
  );
  req.setTimeout(30000, () => req.destroy(new Error("timeout")));
  req.on("error", (e) => finish(scheduledNs, e.message === "timeout" ? "timeout" : "error"));
  if (body) req.write(body);
  req.end();
}

function finish(scheduledNs, status) {
  latencies.push(Number(process.hrtime.bigint() - scheduledNs) / 1e6);
  statuses[status] = (statuses[status] || 0) + 1;
  if (++done === total) report();
}

function report() {
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2);
  console.log(
    JSON.stringify({ rate, seconds, requests: done, achieved: +(done / elapsed).toFixed(1),
      p50_ms: +p(0.5), p90_ms: +p(0.9), p99_ms: +p(0.99), max_ms: +latencies[latencies.length - 1].toFixed(2), statuses }),
  );
  agent.destroy();
}

// schedule in 1 ms ticks: every tick sends the requests that are due by now
const intervalNs = 1e9 / rate;
const timer = setInterval(() => {
  const now = process.hrtime.bigint();
  while (sent < total && start + BigInt(Math.round(sent * intervalNs)) <= now) {
    fire(start + BigInt(Math.round(sent * intervalNs)));
  }
  if (sent >= total) clearInterval(timer);
}, 1);
