// The hosted Hub page with JavaScript off: choose BambooHR, fill the form, submit, see the success
// page. Args: the session's auth link, the API key, the subdomain.
import { launch, report, screenshot } from "./patchbay-browser.mjs";

const [link, apiKey, subdomain] = process.argv.slice(2);

await report(async () => {
  const { context, close } = await launch({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(link);
    await screenshot(page, "hosted-page-1-connectors");
    await page.getByRole("link", { name: "BambooHR" }).click();
    // the inputs, found by their accessible names (their <label for>)
    await page.getByRole("textbox", { name: "API Key" }).fill(apiKey);
    await page.getByRole("textbox", { name: "Company subdomain" }).fill(subdomain);
    await screenshot(page, "hosted-page-2-form");
    await page.getByRole("button", { name: "Connect" }).click();
    await page.getByRole("heading", { name: "BambooHR is connected" }).waitFor();
    await screenshot(page, "hosted-page-3-connected");
    const html = await page.content();
    return {
      accountId: await page.locator("p[role=status] code").textContent(),
      keyInPage: html.includes(apiKey),
    };
  } finally {
    await close();
  }
});
