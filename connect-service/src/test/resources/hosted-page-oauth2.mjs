// The hosted Hub page links an OAuth2 account (HubSpot) through the provider-sandbox's
// authorization server. Args: connect-service's base URL, a session token for provider hubspot, and
// the public URL the service was started with (see forwardOAuthCallbacks).
import { forwardOAuthCallbacks, launch, report, screenshot } from "./patchbay-browser.mjs";

const [base, token, publicUrl] = process.argv.slice(2);

await report(async () => {
  const { context, close } = await launch();
  try {
    await forwardOAuthCallbacks(context, publicUrl, base);
    const page = await context.newPage();
    await page.goto(`${base}/connect/hubspot?token=${token}`);
    await screenshot(page, "hosted-page-oauth2-1-options");
    await page.getByRole("button", { name: "Connect with HubSpot" }).click();
    const onward = page.getByRole("link", { name: "Continue to HubSpot" });
    await onward.waitFor();
    await screenshot(page, "hosted-page-oauth2-2-continue");
    // the sandbox consents at once and redirects to Patchbay's callback
    await onward.click();
    await page.getByText("HubSpot is connected").waitFor({ timeout: 20_000 });
    await screenshot(page, "hosted-page-oauth2-3-connected");
    const html = await page.content();
    return {
      accountId: await page.locator("code").first().textContent(),
      // sandbox tokens start with "sbx."; the used authorization code must not be echoed either
      secretInPage: html.includes("sbx.") || /[?&]code=/.test(html),
    };
  } finally {
    await close();
  }
});
