// Opens the built dashboard in Debian's Chromium from file://. Fails (does not skip) when
// Chromium is missing: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/dashboard/render';
import { writeDashboard } from '../../src/dashboard/index';
import { readHistories } from '../../src/history/read-history';
import { makeHistory, SERIES_COUNT, toJsonl } from '../fixtures/report';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = join(__dirname, '../fixtures/history/sample-60.jsonl');
// The sample spans 2025-01-06 → 2025-04-06; "now" just after its last run.
const GENERATED_AT = '2025-04-06T12:00:00Z';
const ARTIFACTS = join(__dirname, '../../test-artifacts');

let browser: Browser | undefined;
const work = mkdtempSync(join(tmpdir(), 'carbon-dashboard-'));

// Launched by the first test that needs it, so that a missing Chromium fails every test
// by name instead of leaving them skipped.
async function launched(): Promise<Browser> {
  if (browser) return browser;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  otherRequests: string[];
}

async function open(file: string, width = 1280): Promise<Loaded> {
  const page = await (await launched()).newPage({ viewport: { width, height: 900 } });
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const otherRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) otherRequests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, consoleErrors, failedRequests, otherRequests };
}

function writePage(name: string, html: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.html');
  writeFileSync(file, html);
  return file;
}

describe('dashboard in Chromium', () => {
  it('loads the 60-run sample from file:// cleanly, with one circle per run', async () => {
    const written = await writeDashboard([SAMPLE], join(work, 'sample'), { generatedAt: GENERATED_AT });
    const { page, consoleErrors, failedRequests, otherRequests } = await open(written.path);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(otherRequests).toEqual([]); // nothing fetched at all: no CDN, no favicon
    // 60 runs, each series under 200 runs, so every run is plotted.
    expect(await page.locator('circle[data-value]').count()).toBe(60);
    expect(await page.locator('article.series').count()).toBe(SERIES_COUNT);
    const values = await page
      .locator('circle[data-value]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(values.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    // The charts are laid out (non-zero size), not just present in the DOM.
    const box = await page.locator('svg.trend').first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(40);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.close();
  });

  // A phone (390 px, an iPhone 12–15 in portrait) and a laptop (1280 px). Screenshots are kept
  // in test-artifacts/ for a person to look at; the assertions are what a person would check.
  it.each([390, 1280])(
    'reads well %i px wide: no sideways scrolling, the region table fits, axis labels ≥ 8 px',
    async (width) => {
      const written = await writeDashboard([SAMPLE], join(work, `width-${width}`), { generatedAt: GENERATED_AT });
      const { page, consoleErrors } = await open(written.path, width);
      expect(consoleErrors).toEqual([]);
      const page_ = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(page_.scroll).toBeLessThanOrEqual(page_.client);
      // The region table is there and fits its panel without a scrollbar of its own.
      expect(await page.locator('table.regions').count()).toBe(1);
      const table = await page.locator('.table-wrap').evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        right: el.getBoundingClientRect().right,
      }));
      expect(table.scroll).toBeLessThanOrEqual(table.client);
      expect(table.right).toBeLessThanOrEqual(width);
      // Every visible chart draws its 10-unit axis text at ≥ 8 CSS px (viewBox units × displayed scale).
      const labelPx = await page.locator('svg').evaluateAll((svgs) =>
        svgs
          .filter((el) => (el as SVGSVGElement).getBoundingClientRect().width > 0)
          .map((el) => {
            const svg = el as SVGSVGElement;
            return {
              cls: svg.getAttribute('class'),
              px: (10 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width,
            };
          }),
      );
      expect(labelPx.length).toBeGreaterThan(1);
      expect(labelPx.filter((l) => l.cls?.startsWith('weekly'))).toHaveLength(1); // one weekly chart shown, not both
      for (const l of labelPx) expect(l.px, `${l.cls} at ${width} px`).toBeGreaterThanOrEqual(8);
      // The weekly chart says which weeks it shows.
      expect(await page.locator('p.period').innerText()).toMatch(
        /^\d+ weeks, \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d, ending with the week of the last run/,
      );
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `dashboard-${width}px.png`), fullPage: true });
      await page.close();
    },
  );

  it('shows "no runs yet" for an empty history', async () => {
    const file = writePage('empty', buildDashboard([], { generatedAt: GENERATED_AT }));
    const { page, consoleErrors, failedRequests } = await open(file);
    expect(await page.locator('body').innerText()).toMatch(/no runs yet/i);
    expect(await page.locator('circle').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    await page.close();
  });

  it('loads a 5,000-run history, at most 200 points per chart', async () => {
    const historyFile = join(work, 'big.jsonl');
    writeFileSync(historyFile, toJsonl(makeHistory(5000, { spanDays: 365 })));
    const read = await readHistories([historyFile], { slim: true });
    const file = writePage('big', buildDashboard(read.reports, { generatedAt: '2026-01-06T00:00:00Z' }));
    const started = Date.now();
    const { page, consoleErrors, failedRequests } = await open(file);
    const loadMs = Date.now() - started;
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    // 5000 / 12 ≈ 417 runs per series, each downsampled to 200.
    expect(await page.locator('circle[data-value]').count()).toBe(SERIES_COUNT * 200);
    expect(await page.locator('article.series').first().getAttribute('data-runs')).toMatch(/^41[67]$/);
    expect(loadMs).toBeLessThan(10_000);
    await page.close();
  });

  it('keeps hostile names as text: no script runs, nothing injected', async () => {
    const [r] = makeHistory(1);
    r.context = {
      ...r.context,
      repository: '<script>window.__pwned=1</script>',
      branch: '"><img src=x onerror="window.__pwned=2">',
      job: '<b>bold</b>',
    };
    const file = writePage('hostile', buildDashboard([r], { generatedAt: GENERATED_AT }));
    const { page, failedRequests, otherRequests } = await open(file);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, script, b').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=1</script>');
    expect(failedRequests).toEqual([]);
    expect(otherRequests).toEqual([]);
    await page.close();
  });
});
