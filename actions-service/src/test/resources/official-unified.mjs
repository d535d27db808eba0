// Drives the unified routes of a running actions-service with StackOne's official TypeScript client
// (@stackone/stackone-client-ts@4.28.0). Usage: node official-unified.mjs <baseUrl> <apiKey> <accounts.json>
// where accounts.json is [{provider, account, routes: ["GET /unified/hris/employees", ...], required: {...}}]:
// each provider's account, the routes its connector serves, and the create fields its provider requires
// (snake_case, as on the wire). Every route is called through the client, which validates each
// answer against its own models; prints one JSON line: for each provider and route, what came back.
import { StackOne } from "@stackone/stackone-client-ts";
import { readFileSync } from "node:fs";

const [baseUrl, apiKey, accountsFile] = process.argv.slice(2);
const stackOne = new StackOne({
  serverURL: baseUrl,
  security: { username: apiKey, password: "" },
  retryConfig: { strategy: "none" },
  timeoutMs: 30_000,
});

function check(condition, what) {
  if (!condition) {
    throw new Error("expectation failed: " + what);
  }
}

const tag = () => Math.random().toString(36).slice(2, 10);

// the client's request objects take camelCase keys and Date objects for date-times
function clientFields(required) {
  return Object.fromEntries(
    Object.entries(required ?? {}).map(([key, value]) => [
      key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()),
      typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : value,
    ]),
  );
}

// a list through the client's page iterator (it follows `next`), in pages of 7
async function list(fn, field, xAccountId) {
  const records = [];
  let pages = 0;
  for await (const page of await fn({ xAccountId, pageSize: "7" })) {
    check(page.statusCode === 200, "a list page answers 200");
    records.push(...(page[field]?.data ?? []));
    check(++pages < 200, "the list ends");
  }
  return records;
}

const ROUTES = {
  "GET /unified/hris/employees": (x) => list(stackOne.hris.listEmployees.bind(stackOne.hris), "employeesPaginated", x),
  "GET /unified/hris/employees/{id}": (x, id) => stackOne.hris.getEmployee({ xAccountId: x, id }).then((r) => r.employeeResult?.data),
  "POST /unified/hris/employees": (x, extra) =>
    stackOne.hris
      .createEmployee({
        xAccountId: x,
        hrisCreateEmployeeRequestDto: { firstName: "Ada", lastName: "Lovelace " + tag(), workEmail: "ada." + tag() + "@example.com", ...extra },
      })
      .then((r) => r.createResult?.data),
  "PATCH /unified/hris/employees/{id}": (x, id) =>
    stackOne.hris
      .updateEmployee({ xAccountId: x, id, hrisUpdateEmployeeRequestDto: { jobTitle: "Staff Engineer" } })
      .then((r) => r.updateResult),
  "GET /unified/hris/companies": (x) => list(stackOne.hris.listCompanies.bind(stackOne.hris), "companiesPaginated", x),
  "GET /unified/hris/companies/{id}": (x, id) => stackOne.hris.getCompany({ xAccountId: x, id }).then((r) => r.companyResult?.data),
  "GET /unified/hris/time_off": (x) => list(stackOne.hris.listTimeOffRequests.bind(stackOne.hris), "timeOffPaginated", x),
  "GET /unified/hris/time_off/{id}": (x, id) => stackOne.hris.getTimeOffRequest({ xAccountId: x, id }).then((r) => r.timeOffResult?.data),
  "GET /unified/ats/jobs": (x) => list(stackOne.ats.listJobs.bind(stackOne.ats), "atsJobsPaginated", x),
  "GET /unified/ats/jobs/{id}": (x, id) => stackOne.ats.getJob({ xAccountId: x, id }).then((r) => r.atsJobResult?.data),
  "POST /unified/ats/jobs": (x, extra) =>
    stackOne.ats
      .createJob({ xAccountId: x, atsCreateJobRequestDto: { title: "Platform Engineer " + tag(), jobStatus: { value: "draft" }, ...extra } })
      .then((r) => r.createResult?.data),
  "GET /unified/ats/candidates": (x) => list(stackOne.ats.listCandidates.bind(stackOne.ats), "candidatesPaginated", x),
  "GET /unified/ats/candidates/{id}": (x, id) => stackOne.ats.getCandidate({ xAccountId: x, id }).then((r) => r.candidateResult?.data),
  "GET /unified/ats/applications": (x) => list(stackOne.ats.listApplications.bind(stackOne.ats), "applicationsPaginated", x),
  "GET /unified/ats/applications/{id}": (x, id) => stackOne.ats.getApplication({ xAccountId: x, id }).then((r) => r.applicationResult?.data),
  "GET /unified/crm/contacts": (x) => list(stackOne.crm.listContacts.bind(stackOne.crm), "contactsPaginated", x),
  "GET /unified/crm/contacts/{id}": (x, id) => stackOne.crm.getContact({ xAccountId: x, id }).then((r) => r.contactResult?.data),
  "POST /unified/crm/contacts": (x, extra) =>
    stackOne.crm
      .createContact({ xAccountId: x, crmCreateContactRequestDto: { firstName: "Grace", lastName: "Hopper " + tag(), emails: ["g." + tag() + "@example.com"], ...extra } })
      .then((r) => r.contactResult?.data),
  "GET /unified/crm/accounts": (x) => list(stackOne.crm.listAccounts.bind(stackOne.crm), "accountsPaginated", x),
  "GET /unified/crm/accounts/{id}": (x, id) => stackOne.crm.getAccount({ xAccountId: x, id }).then((r) => r.accountResult?.data),
};

const found = {};
let current = "";
try {
  for (const { provider, account, routes, required } of JSON.parse(readFileSync(accountsFile, "utf8"))) {
    found[provider] = {};
    const ids = {};
    // lists first: a get reads the first listed id
    const ordered = [...routes].sort((a, b) => a.endsWith("{id}") - b.endsWith("{id}"));
    for (const route of ordered) {
      current = provider + " " + route;
      const call = ROUTES[route];
      if (!call) {
        // routes the client 4.28.0 has no method for (crm deals)
        found[provider][route] = "no client method";
        continue;
      }
      if (route.endsWith("{id}")) {
        const listRoute = "GET " + route.slice(route.indexOf(" ") + 1, -"/{id}".length);
        check(ids[listRoute], current + ": a listed id to read");
        const answer = await call(account, ids[listRoute]);
        if (route.startsWith("PATCH")) {
          check(answer?.statusCode === 200, current + " answers the UpdateResult");
          found[provider][route] = "updated";
        } else {
          check(answer?.id === ids[listRoute], current + " answers the listed record");
          found[provider][route] = answer.id;
        }
      } else if (route.startsWith("POST")) {
        const created = await call(account, clientFields(required));
        check(typeof created?.id === "string", current + " answers the new id");
        found[provider][route] = "created";
      } else {
        const records = await call(account);
        check(records.length > 0 && records.every((r) => typeof r.id === "string"), current + " lists records with ids");
        check(new Set(records.map((r) => r.id)).size === records.length, current + ": no record twice across pages");
        ids[route] = records[0].id;
        found[provider][route] = records.length;
      }
    }
  }
  console.log(JSON.stringify({ ok: true, found }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, at: current, error: String(e?.stack ?? e).slice(0, 2000), found }));
  process.exit(1);
}
