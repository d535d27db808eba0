// A webhook receiver for the tests: verifies every delivery with the official `standardwebhooks`
// library and logs it. Usage: node webhook-receiver.cjs <port>
//   POST /__control {path, secrets: [...], behaviour: {status, failFirst, retryAfter}}
//     secrets to verify deliveries to <path> with; behaviour: answer `status` (to the first
//     `failFirst` attempts of each webhook-id, or to all when failFirst is absent), after `delayMs`
//   Requests are logged when they arrive, before any delay.
//   GET /__log  every request so far: {path, id, timestamp, at, answered, verified, type, data}
const http = require('node:http');
const { Webhook } = require('standardwebhooks');

const secrets = {};
const behaviour = {};
const attempts = {};
const log = [];

http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/__control' && req.method === 'POST') {
        const c = JSON.parse(body);
        secrets[c.path] = c.secrets || [];
        behaviour[c.path] = c.behaviour || {};
        res.writeHead(204).end();
        return;
      }
      if (req.url === '/__log') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
        return;
      }
      const id = req.headers['webhook-id'];
      const key = req.url + ' ' + id;
      attempts[key] = (attempts[key] || 0) + 1;
      const verified = (secrets[req.url] || []).map((s) => {
        try {
          new Webhook(s).verify(body, req.headers);
          return true;
        } catch (e) {
          return false;
        }
      });
      let parsed = {};
      try {
        parsed = JSON.parse(body);
      } catch (e) {}
      const b = behaviour[req.url] || {};
      let answered = verified.includes(true) ? 204 : 401;
      const headers = {};
      if (b.status && (!b.failFirst || attempts[key] <= b.failFirst)) {
        answered = b.status;
        if (b.retryAfter) headers['retry-after'] = String(b.retryAfter);
      }
      log.push({
        path: req.url, id, timestamp: req.headers['webhook-timestamp'], at: Date.now(),
        answered, verified, type: parsed.type, data: parsed.data,
      });
      setTimeout(() => res.writeHead(answered, headers).end(), b.delayMs || 0);
    });
  })
  .listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
