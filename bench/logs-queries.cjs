// GET /logs latency, one request at a time: for each query, `warmup` untimed requests, then `count`
// timed ones; prints p50 and p95 (ms) and the rows of the last answer.
// Usage: node bench/logs-queries.cjs <baseUrl> <apiKey> <count> <query>...
"use strict";
const http = require("http");

const [base, key, countArg, ...queries] = process.argv.slice(2);
const count = Number(countArg);
const warmup = Math.max(2, Math.floor(count / 10));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const auth = "Basic " + Buffer.from(key + ":").toString("base64");

function get(path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http
      .get(base + path, { agent, headers: { authorization: auth, accept: "application/json" } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () =>
          resolve({ status: res.statusCode, body, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      })
      .on("error", reject);
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

(async () => {
  console.log("| query | p50 ms | p95 ms | rows |");
  console.log("|---|---|---|---|");
  for (const query of queries) {
    let last;
    for (let i = 0; i < warmup; i++) last = await get(query);
    if (last.status !== 200) {
      console.log(`| \`${query}\` | failed: ${last.status} ${last.body.slice(0, 200)} | | |`);
      continue;
    }
    const times = [];
    for (let i = 0; i < count; i++) {
      last = await get(query);
      times.push(last.ms);
    }
    times.sort((a, b) => a - b);
    const data = JSON.parse(last.body).data;
    const rows = Array.isArray(data) ? data.length : 1;
    console.log(`| \`${query}\` | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${rows} |`);
  }
})();
