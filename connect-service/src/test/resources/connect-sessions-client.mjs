// Drives connect sessions with StackOne's official client; prints one JSON line.
import { StackOne } from "@stackone/stackone-client-ts";

const [serverURL, apiKey] = process.argv.slice(2);
const stackOne = new StackOne({
  serverURL,
  security: { username: apiKey, password: "" },
  retryConfig: { strategy: "none" },
  timeoutMs: 20_000,
});
const out = { ok: false };
try {
  const created = await stackOne.connectSessions.createConnectSession({
    originOwnerId: "client-owner",
    originOwnerName: "Client Co",
    provider: "bamboohr",
    categories: ["hris", "hris-legacy"],
    expiresIn: 600,
  });
  const link = created.connectSessionTokenAuthLink;
  out.created = { id: link.id, organizationId: link.organizationId, projectId: link.projectId,
    categories: link.categories, provider: link.provider, authLinkUrl: link.authLinkUrl,
    hasToken: typeof link.token === "string" && link.token.length > 40,
    createdAt: link.createdAt instanceof Date };
  const authenticated = await stackOne.connectSessions.authenticateConnectSession({ token: link.token });
  const session = authenticated.connectSession;
  out.authenticated = { id: session.id, originOwnerId: session.originOwnerId, token: session.token ?? null };
  try {
    await stackOne.connectSessions.authenticateConnectSession({ token: "cst_unknown" });
    out.unknownToken = "accepted";
  } catch (e) {
    out.unknownToken = `${e.constructor.name} ${e.statusCode ?? e.httpMeta?.response?.status}`;
  }
  out.ok = true;
} catch (e) {
  out.error = String(e);
}
console.log(JSON.stringify(out));
