// Shared by the browser tests (platform-testing's Browser): Debian's Chromium, headless, with the
// launch flags that work here (ENVIRONMENT.md section 8) and the real popup blocker kept on; and
// screenshots into target/browser-screenshots.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "patchbay-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PATCHBAY_CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    ignoreDefaultArgs: ["--disable-popup-blocking"],
    viewport: { width: 1024, height: 800 },
    ...options,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

// A provider redirects to the public URL the service was started with (the edge router in production),
// not to the instance under test: the browser's requests for `${from}/connect/oauth2/…` go to `to`.
export async function forwardOAuthCallbacks(context, from, to) {
  if (from === to) {
    return;
  }
  await context.route(`${from}/connect/oauth2/**`, async (route) => {
    const url = route.request().url().replace(from, to);
    await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
  });
}

export async function screenshot(page, name) {
  const path = join(process.env.PATCHBAY_SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// Runs the scenarios, prints the findings as the last line, and exits non-zero on a failure.
export async function report(run) {
  const out = { ok: false };
  try {
    Object.assign(out, await run());
    out.ok = true;
  } catch (e) {
    out.error = String(e && e.stack ? e.stack : e);
  }
  console.log(JSON.stringify(out));
  process.exit(out.ok ? 0 : 1);
}
