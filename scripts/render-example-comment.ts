// Renders docs/example-comment.png: the PR comment for a fixture (scripts/example-comment-input.ts),
// turned into HTML as GitHub does (GFM tables, <details>, Mermaid charts drawn by Mermaid itself)
// and photographed in Chromium. Also writes docs/example-comment.md, the Markdown it came from;
// a unit test checks that file against what the code renders today, so a change to the comment
// fails the tests until this script is run again:
//
//   npm run example-comment            (Chromium from CHROMIUM_PATH, else /usr/bin/chromium)
//
// The charts' <details> is opened, as a reader would, so that the picture shows them; the
// other folded sections stay closed. Emoji need a colour emoji font (Debian: fonts-noto-color-emoji).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { exampleCommentMarkdown } from './example-comment-input';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
.comment { width: 780px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.header b { color: #1f2328; }
.body { padding: 16px; }
.body > :first-child { margin-top: 0; }
h4 { font-size: 14px; margin: 16px 0 8px; }
p { margin: 0 0 12px; }
table { border-collapse: collapse; margin: 0 0 12px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
th { font-weight: 600; background: #f6f8fa; }
tr:nth-child(2n) td { background: #f6f8fa; }
details { margin: 0 0 8px; }
summary { cursor: pointer; }
sub { color: #59636e; }
pre.mermaid { background: #fff; text-align: center; margin: 8px 0; }
`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const markdown = exampleCommentMarkdown();
  writeFileSync(`${root}docs/example-comment.md`, markdown);
  // GitHub hides the marker line (an HTML comment); Mermaid fences become <pre class="mermaid">.
  const charts: string[] = [];
  const body = markdown
    .split('\n')
    .slice(1)
    .join('\n')
    .replace(
      /```mermaid\n([\s\S]*?)\n```/g,
      (_m, chart: string) => `<pre class="mermaid" data-chart="${charts.push(chart) - 1}"></pre>`,
    );
  const html = await marked.parse(body, { gfm: true });
  const mermaidJs = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="comment"><div class="header"><b>github-actions</b> bot commented</div><div class="body">${html}</div></div>
<script>${mermaidJs}</script></body></html>`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 820, height: 800 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    tab.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    tab.on('pageerror', (err) => problems.push(err.message));
    await tab.setContent(page, { waitUntil: 'load' });
    await tab.evaluate(async (sources: string[]) => {
      type Mermaid = { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> };
      const m = (window as unknown as { mermaid: Mermaid }).mermaid;
      m.initialize({ startOnLoad: false, theme: 'default', xyChart: { width: 700, height: 320 } });
      for (const pre of Array.from(document.querySelectorAll<HTMLElement>('pre.mermaid'))) {
        const i = Number(pre.dataset.chart);
        pre.innerHTML = (await m.render(`chart-${i}`, sources[i])).svg;
        const details = pre.closest('details');
        if (details) details.open = true;
      }
    }, charts);
    const rendered = await tab.locator('pre.mermaid svg').count();
    if (rendered !== charts.length)
      throw new Error(
        `Mermaid drew ${rendered} of ${charts.length} charts${problems.length ? `: ${problems.join('; ')}` : ''}`,
      );
    await tab.locator('.comment').screenshot({ path: `${root}docs/example-comment.png` });
    console.log(
      `docs/example-comment.png: ${charts.length} Mermaid charts, from docs/example-comment.md (${markdown.length} characters)`,
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`render-example-comment: ${(err as Error).message}`);
    process.exit(1);
  });
}
