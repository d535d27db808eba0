// Browser test (b) of issue #4: the hosted page links an OAuth2 account (HubSpot) through the
// provider-sandbox's authorization server, in headless Chromium driven by playwright-core.
//
//   node hosted-page-oauth2.mjs <connect-service base URL> <session token of provider hubspot>
//        <screenshot dir> [<PATCHBAY_PUBLIC_URL the service was started with>]
//
// Prints one JSON line: {ok, accountId, steps, error?}. When the public URL differs from the base URL
// (a test instance on a random port), the provider's redirect to <public URL>/connect/oauth2/... is
// sent to the base URL instead, as the edge router would.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, token, shots, publicUrl = base] = process.argv.slice(2);
const out = { ok: false, steps: [] };
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "pb-oauth-")), {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  if (publicUrl !== base) {
    await context.route(`${publicUrl}/connect/oauth2/**`, async (route) => {
      const url = route.request().url().replace(publicUrl, base);
      await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/connect/hubspot?token=${token}`);
  await page.screenshot({ path: join(shots, "oauth2-1-options.png") });
  out.steps.push("options");

  await page.getByRole("button", { name: "Connect with HubSpot" }).click();
  const onward = page.getByRole("link", { name: "Continue to HubSpot" });
  await onward.waitFor();
  await page.screenshot({ path: join(shots, "oauth2-2-continue.png") });
  out.steps.push("continue");

  // the sandbox consents at once and redirects to Patchbay's callback
  await onward.click();
  await page.getByText("HubSpot is connected").waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(shots, "oauth2-3-connected.png") });
  out.steps.push("connected");

  out.accountId = await page.locator("code").first().textContent();
  const html = await page.content();
  // no token (the sandbox's start with "sbx.") and no authorization code in the final page
  out.secretInPage = html.includes("sbx.") || /[?&]code=/.test(html);
  out.ok = Boolean(out.accountId) && !out.secretInPage;
} catch (error) {
  out.error = String(error?.message ?? error).split("\n")[0];
  const page = context.pages()[0];
  if (page) {
    out.url = page.url().replace(/([?&](code|state|token)=)[^&]+/g, "$1…");
    out.text = (await page.locator("body").innerText().catch(() => "")).slice(0, 300);
    await page.screenshot({ path: join(shots, "oauth2-failed.png") }).catch(() => {});
  }
} finally {
  await context.close();
}
console.log(JSON.stringify(out));
