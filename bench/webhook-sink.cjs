// A minimal webhook receiver for benchmarks: answers 204 at once and measures, per delivery, the time
// from the event (the body's `timestamp`) to its arrival. GET /stats -> {count, p50, p95, max, per_second}.
const http = require('node:http');
const latencies = [];
let first = 0;
let last = 0;
http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/stats') {
        const sorted = [...latencies].sort((a, b) => a - b);
        const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        const seconds = (last - first) / 1000;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
          count: sorted.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: sorted[sorted.length - 1],
          per_second: seconds > 0 ? Math.round((sorted.length - 1) / seconds) : null,
        }));
        return;
      }
      if (req.url === '/reset') { latencies.length = 0; first = last = 0; res.writeHead(204).end(); return; }
      const now = Date.now();
      if (!first) first = now;
      last = now;
      try { latencies.push(now - Date.parse(JSON.parse(Buffer.concat(chunks)).timestamp)); } catch (e) {}
      res.writeHead(204).end();
    });
  })
  .listen(Number(process.argv[2] || 3999), '127.0.0.1');
