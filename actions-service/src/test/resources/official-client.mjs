// Drives a running actions-service with StackOne's official TypeScript client
// (@stackone/stackone-client-ts@4.28.0). Usage: node official-client.mjs <baseUrl> <apiKey> <accountId>
// Prints one JSON line of findings; exits 1 (with the reason) when a call does not go as the contract says.
import { StackOne } from "@stackone/stackone-client-ts";
import { Include } from "@stackone/stackone-client-ts/sdk/models/operations/index.js";
import * as errors from "@stackone/stackone-client-ts/sdk/models/errors/index.js";
import { HTTPClient } from "@stackone/stackone-client-ts/lib/http.js";

const [baseUrl, apiKey, accountId] = process.argv.slice(2);
// the client parses rpc data with an empty object schema: keep the last raw body to read the records
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
  // GET /connectors/meta: a bare array of ConnectorsMeta
  const connectors = await stackOne.connectors.listConnectorsMeta({ include: "field_path,resources" });
  check(connectors.statusCode === 200, "listConnectorsMeta answers 200");
  found.connectors = connectors.classes.map((c) => c.provider);
  const bamboo = connectors.classes.find((c) => c.provider === "bamboohr");
  check(bamboo && bamboo.providerName === "BambooHR", "bamboohr is listed with its name");
  check(bamboo.category === "hris", "bamboohr's category is hris");
  check(bamboo.resources?.images?.logoUrl?.startsWith("https://"), "bamboohr has a logo");
  check(typeof bamboo.models === "object", "models are an object");
  const one = await stackOne.connectors.getConnectorMeta({ provider: "bamboohr" });
  check(one.connectorsMeta?.provider === "bamboohr", "getConnectorMeta finds bamboohr");

  // GET /actions: paginated by next, one ActionsMeta per connector
  const pages = await stackOne.actions.listActionsMeta({
    filter: { connectors: "bamboohr" },
    include: [Include.OperationDetails],
    pageSize: "1",
  });
  found.actions = [];
  for await (const page of pages) {
    for (const meta of page.actionsMetaPaginated?.data ?? []) {
      for (const action of meta.actions ?? []) {
        found.actions.push(action.id);
        check(typeof action.operationDetails === "object", action.id + " has operation details");
      }
    }
  }
  check(found.actions.includes("bamboohr_list_employees"), "bamboohr_list_employees is listed");
  const all = await stackOne.actions.listActionsMeta({});
  found.groups = all.actionsMetaPaginated.data.map((m) => m.key);

  // POST /actions/rpc: the client sends no x-account-id of its own, so it goes as a request option
  const rpc = await stackOne.actions.rpcAction(
    { action: "bamboohr_list_employees", query: {} },
    { headers: { "x-account-id": accountId } },
  );
  check(rpc.statusCode === 200, "rpcAction answers 200");
  found.rpcParsed = rpc.actionsRpcResponse !== undefined;
  found.rpcRecords = JSON.parse(lastBody)?.data?.length ?? null;

  try {
    await stackOne.actions.rpcAction(
      { action: "bamboohr_does_not_exist" },
      { headers: { "x-account-id": accountId } },
    );
    check(false, "an unknown action is refused");
  } catch (e) {
    check(e instanceof errors.NotFoundResponse, "an unknown action is a NotFoundResponse, got " + e);
    found.unknownAction = e.statusCode ?? 404;
  }
  try {
    await stackOne.actions.rpcAction(
      { action: "bamboohr_get_employee" },
      { headers: { "x-account-id": accountId } },
    );
    check(false, "a missing input is refused");
  } catch (e) {
    check(e instanceof errors.BadRequestResponse, "a missing input is a BadRequestResponse, got " + e);
    found.missingInput = 400;
  }
  console.log(JSON.stringify({ ok: true, ...found }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e?.stack ?? e), ...found }));
  process.exit(1);
}
