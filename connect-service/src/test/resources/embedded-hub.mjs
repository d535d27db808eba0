// @stackone/hub@1.11.4's web component on a page of a second origin (served here), with base-url
// pointing at connect-service. Scenarios: link an account, a refused API key (the red banner), and
// edit mode (change the subdomain, leave the secret untouched), and an OAuth2 account through the Hub's
// popup and the provider-sandbox's authorization server.
// Args: connect-service's URL, then JSON {create, refused, edit, oauth (session tokens), apiKey, wrongKey,
// subdomain, publicUrl (the one the service was started with)}.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { forwardOAuthCallbacks, launch, report, screenshot } from "./patchbay-browser.mjs";

const [api, json] = process.argv.slice(2);
const input = JSON.parse(json);
const webComponent = readFileSync(
  new URL("./node_modules/@stackone/hub/dist/webcomponent.js", import.meta.url));

function hostPage(token) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Customer app</title></head><body>
<h1>Customer app</h1>
<script src="/webcomponent.js"></script>
<stackone-hub id="hub" token="${token}" base-url="${api}" app-url="${api}" mode="integration-picker"
  height="640px" theme="light"></stackone-hub>
<script>
  window.__events = [];
  document.getElementById("hub").addEventListener("success", e => window.__events.push(e.detail));
</script></body></html>`;
}

// the customer's page, on its own origin
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://host");
  if (url.pathname === "/webcomponent.js") {
    res.writeHead(200, { "content-type": "text/javascript" }).end(webComponent);
  } else if (url.pathname === "/") {
    res.writeHead(200, { "content-type": "text/html" }).end(hostPage(url.searchParams.get("token")));
  } else {
    res.writeHead(204).end();
  }
});
await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

async function open(context, token) {
  const page = await context.newPage();
  const hubCalls = [];
  page.on("request", r => { if (r.url().startsWith(`${api}/hub/`)) hubCalls.push(`${r.method()} ${new URL(r.url()).pathname}`); });
  await page.goto(`${origin}/?token=${token}`);
  return { page, hubCalls };
}

await report(async () => {
  const { context, close } = await launch();
  try {
    // 1. link an account: the one connector the session allows is picked automatically
    const created = await open(context, input.create);
    await created.page.locator('input[name="apiKey"]').fill(input.apiKey);
    await created.page.locator('input[name="subdomain"]').fill(input.subdomain);
    await screenshot(created.page, "embedded-hub-1-form");
    await created.page.getByRole("button", { name: "Connect", exact: true }).click();
    await created.page.getByText("Connection Successful").waitFor();
    await screenshot(created.page, "embedded-hub-2-connected");
    const events = await created.page.evaluate(() => window.__events);

    // 2. a key the provider refuses: the Hub shows the message in its banner
    const refused = await open(context, input.refused);
    await refused.page.locator('input[name="apiKey"]').fill(input.wrongKey);
    await refused.page.locator('input[name="subdomain"]').fill(input.subdomain);
    await refused.page.getByRole("button", { name: "Connect", exact: true }).click();
    const banner = refused.page.getByText("BambooHR did not accept these credentials: it answered HTTP 401");
    await banner.waitFor();
    await screenshot(refused.page, "embedded-hub-3-refused");

    // 3. edit mode: the session names the account; the secret shows masked and stays untouched
    const edit = await open(context, input.edit);
    const subdomainField = edit.page.locator('input[name="subdomain"]');
    await edit.page.getByRole("button", { name: "Edit" }).waitFor();
    const shownSubdomain = await subdomainField.inputValue();
    await screenshot(edit.page, "embedded-hub-4-edit");
    await subdomainField.fill(input.subdomain);
    await edit.page.getByRole("button", { name: "Connect", exact: true }).click();
    await edit.page.getByText("Connection Successful").waitFor();
    await screenshot(edit.page, "embedded-hub-5-edited");

    // 4. OAuth2: Connect opens the popup (a connection attempt first); the sandbox consents at once, the
    // callback links the account, and the Hub learns it by polling the attempt
    await forwardOAuthCallbacks(context, input.publicUrl, api);
    const oauth = await open(context, input.oauth);
    await screenshot(oauth.page, "embedded-hub-6-oauth");
    const popup = context.waitForEvent("page");
    await oauth.page.getByRole("button", { name: "Connect", exact: true }).click();
    await popup;
    await oauth.page.getByText("Connection Successful").waitFor({ timeout: 30_000 });
    await screenshot(oauth.page, "embedded-hub-7-oauth-connected");

    return {
      origin,
      events,
      oauthEvents: await oauth.page.evaluate(() => window.__events),
      oauthCalls: oauth.hubCalls,
      refusedEvents: await refused.page.evaluate(() => window.__events),
      shownSubdomain,
      editCalls: edit.hubCalls,
    };
  } finally {
    await close();
    server.close();
  }
});
