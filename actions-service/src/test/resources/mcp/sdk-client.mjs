// Drives the MCP server with the MCP TypeScript SDK (@modelcontextprotocol/sdk@1.32.2), as an agent
// does: over Streamable HTTP, then over the deprecated HTTP+SSE transport, with the API key and the
// account in headers. Usage: node sdk-client.mjs <baseUrl> <apiKey> <accountId>
// Prints one JSON line of findings; exits 1 (with the reason) when something goes wrong.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

const [baseUrl, apiKey, accountId] = process.argv.slice(2);
const headers = {
  Authorization: "Basic " + Buffer.from(apiKey + ":").toString("base64"),
  "x-account-id": accountId,
};

async function session(transport) {
  const client = new Client({ name: "patchbay-test", version: "1.0.0" });
  await client.connect(transport);
  const tools = [];
  let cursor;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    tools.push(...page.tools.map((t) => t.name));
    cursor = page.nextCursor;
  } while (cursor);
  const employee = await client.callTool({
    name: "bamboohr_get_employee",
    arguments: { path: { id: "7" } },
  });
  let unknownTool = null;
  try {
    await client.callTool({ name: "bamboohr_nope", arguments: {} });
  } catch (e) {
    unknownTool = e.code ?? String(e);
  }
  const found = {
    protocolVersion: transport.protocolVersion ?? null,
    sessionId: transport.sessionId ?? null,
    tools,
    firstName: employee.structuredContent?.data?.first_name ?? null,
    isError: employee.isError ?? false,
    unknownTool,
  };
  if (transport.terminateSession) {
    await transport.terminateSession();
  }
  await client.close();
  return found;
}

try {
  const streamable = await session(
    new StreamableHTTPClientTransport(new URL(baseUrl + "/mcp"), { requestInit: { headers } }),
  );
  const legacy = await session(
    new SSEClientTransport(new URL(baseUrl + "/mcp/sse"), {
      requestInit: { headers },
      eventSourceInit: {
        fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, ...headers } }),
      },
    }),
  );
  console.log(JSON.stringify({ ok: true, streamable, legacy }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e?.stack ?? e) }));
  process.exit(1);
}
