// Drives a running proxy-service with StackOne's official TypeScript client
// (@stackone/stackone-client-ts@4.28.0). Usage: node official-client.mjs <baseUrl> <apiKey> <accountId>
// Prints one JSON line of findings; exits 1 (with the reason) when a call does not go as the contract says.
import { StackOne } from "@stackone/stackone-client-ts";
import * as errors from "@stackone/stackone-client-ts/sdk/models/errors/index.js";
import { HTTPClient } from "@stackone/stackone-client-ts/lib/http.js";

const [baseUrl, apiKey, accountId] = process.argv.slice(2);
// the client does not parse the proxy's body (4.28.0 types it as nil): keep the last raw body to read it
let lastBody = null;
const httpClient = new HTTPClient();
httpClient.addHook("response", async (res) => {
  lastBody = await res.clone().text();
});
const stackOne = new StackOne({
  httpClient,
  serverURL: baseUrl,
  security: { username: apiKey, password: "" },
  retryConfig: { strategy: "none" },
  timeoutMs: 20_000,
});

function check(condition, what) {
  if (!condition) {
    throw new Error("expectation failed: " + what);
  }
}

const found = {};
try {
  // POST /unified/proxy: the client exposes the status, headers and the raw response
  const get = await stackOne.proxy.proxyRequest({
    xAccountId: accountId,
    proxyRequestBody: { method: "get", path: "/echo/client?x=1", headers: { "X-From": "client" } },
  });
  check(get.statusCode === 200, "proxyRequest answers 200");
  const answer = JSON.parse(lastBody);
  found.getStatus = answer.status;
  found.getMethod = answer.data.method;
  found.getUri = answer.data.uri;
  found.fromHeader = answer.data.headers["x-from"];

  const post = await stackOne.proxy.proxyRequest({
    xAccountId: accountId,
    proxyRequestBody: { method: "post", path: "/echo/client", body: { name: "Ada" } },
  });
  check(post.statusCode === 200, "a POST through proxyRequest answers 200");
  const posted = JSON.parse(lastBody);
  found.postBody = Buffer.from(posted.data.body, "base64").toString("utf8");

  try {
    await stackOne.proxy.proxyRequest({
      xAccountId: "acc_unknown",
      proxyRequestBody: { method: "get", path: "/echo" },
    });
    check(false, "an unknown account is refused");
  } catch (e) {
    check(e instanceof errors.NotFoundResponse, "an unknown account is a NotFoundResponse: " + e);
    found.unknownAccount = e.statusCode;
  }
  console.log(JSON.stringify({ ok: true, ...found }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e), ...found }));
  process.exit(1);
}
