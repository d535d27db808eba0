// Reads a running logs-service with StackOne's official TypeScript client
// (@stackone/stackone-client-ts@4.28.0). Usage: node logs-client.mjs <baseUrl> <apiKey> <accountId> <requestId>...
// The account has the given request logs (the first with steps) and at least one platform log.
// Prints one JSON line of findings; exits 1 (with the reason) when a call does not go as the contract says.
import { StackOne } from "@stackone/stackone-client-ts";
import * as errors from "@stackone/stackone-client-ts/sdk/models/errors/index.js";

const [baseUrl, apiKey, accountId, ...requestIds] = process.argv.slice(2);
const stackOne = new StackOne({
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
  // GET /requests/logs, one log a page, following `next` to the end
  found.listed = [];
  let next = null;
  do {
    const page = await stackOne.requestLogs.listLogs({
      filter: { accountIds: accountId, startDate: new Date(Date.now() - 86_400_000) },
      include: "step_logs",
      orderBy: "eventDatetime",
      orderDirection: "asc",
      pageSize: 1,
      next,
    });
    check(page.statusCode === 200, "listLogs answers 200");
    for (const log of page.unifiedLogsPaginated?.data ?? []) {
      found.listed.push(log.requestId);
      check(log.eventDatetime instanceof Date, "a log has its time");
      if (log.requestId === requestIds[0]) {
        found.listedSteps = log.stepRequests?.length ?? 0;
      }
    }
    next = page.unifiedLogsPaginated?.next ?? null;
  } while (next);

  // GET /requests/logs/{id}: the full log
  const one = await stackOne.requestLogs.getLog({ id: requestIds[0], include: "step_logs" });
  const log = one.unifiedLogResult?.data;
  check(log?.requestId === requestIds[0], "getLog finds the log");
  found.method = log.request?.method;
  found.status = log.response?.statusCode;
  found.steps = log.stepRequests?.length ?? 0;

  // GET /requests/logs/steps?request_ids=
  const steps = await stackOne.requestLogs.listStepLogs({ filter: { requestIds: requestIds[0] } });
  found.stepLogs = (steps.stepLogsPaginated?.data ?? []).map((s) => s.requestId);

  // GET /requests/platform-logs
  const platform = await stackOne.requestLogs.listPlatformLogs({ filter: { accountIds: accountId } });
  found.platformLogs = (platform.platformLogsPaginated?.data ?? []).map((p) => p.accountId);

  // an unknown log is the typed 404
  try {
    await stackOne.requestLogs.getLog({ id: "req_unknown" });
    found.unknown = 200;
  } catch (e) {
    found.unknown = e instanceof errors.NotFoundResponse ? 404 : String(e);
  }
  console.log(JSON.stringify({ ok: true, ...found }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e), ...found }));
  process.exit(1);
}
