import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../src/compare/compare.js';
import type { ExtractResult } from '../src/types.js';
import { cli, hasSeeds, root, seeds } from './helpers.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`SKIPPED report browser tests: no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`);

const shots = join(root, 'test-results');
const dir = mkdtempSync(join(tmpdir(), 'claims-report-'));
const set = join(dir, 'story');
mkdirSync(set);
for (const f of readdirSync(join(root, 'fixtures', 'compare'))) copyFileSync(join(root, 'fixtures', 'compare', f), join(set, f));
const HOSTILE = '</script><script>alert(1)</script>';
writeFileSync(join(set, 'hostile.txt'), `Dam inspectors said on Monday that the spillway ${HOSTILE} was safe.`);

/** What the page must show, from the CLI's own JSON. */
function expected(paths: string[]): { groups: number; conflicts: number; dated: number; result: ExtractResult } {
  const result = JSON.parse(cli(['extract', ...paths, '--json', '-q']).stdout) as ExtractResult;
  const cmp = JSON.parse(cli(['compare', ...paths, '--json', '-q']).stdout) as CompareResult;
  return {
    groups: cmp.groups.filter((g) => g.sources >= 2).length,
    conflicts: cmp.conflicts.length,
    dated: result.claims.reduce((n, c) => n + c.when.filter((w) => w.date).length, 0),
    result,
  };
}

describe('claims report page', () => {
  it('carries each article\'s event and puts the Events table first', () => {
    const file = join(dir, 'static.html');
    expect(cli(['report', set, '-o', file, '-q']).status).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html.indexOf('id="events"')).toBeGreaterThan(0);
    expect(html.indexOf('id="events"')).toBeLessThan(html.indexOf('id="conflicts"'));
    const data = JSON.parse(/<script id="claims-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { result: ExtractResult };
    expect(data.result.documents.every((d) => 'event' in d)).toBe(true);
    expect(data.result.documents.some((d) => d.event?.who)).toBe(true);
  });
});

describe.skipIf(!hasBrowser)('claims report in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(shots, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(paths: string[], name: string): Promise<{ page: Page; dialogs: string[]; file: string }> {
    const file = join(dir, `${name}.html`);
    const r = cli(['report', ...paths, '-o', file, '-q']);
    expect(r.status, r.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // offline: any request leaving the file is an error
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs, file };
  }

  it('renders matrix, conflicts, timeline, article view; an entity filters; hostile text stays text', async () => {
    const exp = expected([set]);
    const { page, dialogs } = await open([set], 'fixtures');
    expect(await page.locator('#matrix tbody tr').count()).toBe(exp.groups);
    expect(exp.groups).toBeGreaterThan(0);
    expect(await page.locator('#conflicts .conflict').count()).toBe(exp.conflicts);
    expect(exp.conflicts).toBeGreaterThan(0);
    // each conflicting value shows its sentences and articles; a sentence opens its article
    const cmp = JSON.parse(cli(['compare', set, '--json', '-q']).stdout) as CompareResult;
    const v = cmp.conflicts[0]!.values[1]!.claims[0]!;
    const link = page.locator(`#conflicts li[data-claim="${v.id}"] a`).first();
    expect(await link.textContent()).toContain(v.text);
    await link.click();
    expect(await page.locator('#doc').inputValue()).toBe(v.doc);
    expect(await page.locator(`#article mark.claim[data-claim="${v.id}"]`).count()).toBe(1);
    await page.selectOption('#doc', '');
    expect(await page.locator('#timeline li').count()).toBe(exp.dated);
    const firstDoc = exp.result.documents[0]!.id;
    expect(await page.locator('#article mark.claim').count()).toBe(exp.result.claims.filter((c) => c.doc === firstDoc).length);
    // a cell shows how the article states the claim, the sentence on hover/focus
    const cell = page.locator('#matrix td.cell span[tabindex="0"]').first();
    expect(await cell.getAttribute('title')).toBeTruthy();
    await page.screenshot({ path: join(shots, 'report-fixtures.png'), fullPage: true });

    // clicking an entity filters the matrix and the timeline
    const before = await page.locator('#timeline li').count();
    const ent = page.locator('#entities button.ent').first();
    const name = (await ent.getAttribute('data-entity'))!;
    await ent.click();
    await expect.poll(() => page.locator('#entity-filter').isVisible()).toBe(true);
    const involve = exp.result.claims.filter((c) => c.who?.entity === name || c.who?.text === name || c.where.some((w) => w.entity === name || w.text === name) || c.source?.entity === name || c.text.includes(name));
    const datedAfter = involve.reduce((n, c) => n + c.when.filter((w) => w.date).length, 0);
    expect(await page.locator('#timeline li').count()).toBe(datedAfter);
    expect(datedAfter).toBeLessThan(before);
    expect(await page.locator('#entities button[aria-pressed="true"]').count()).toBe(1);

    // the hostile article renders its text literally and runs nothing
    await page.selectOption('#doc', 'hostile');
    await expect.poll(() => page.locator('#article .doc-text').textContent()).toContain(HOSTILE);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
    // keyboard: the search box filters
    await page.fill('#q', 'zzzz-no-such-claim');
    expect(await page.locator('#matrix tbody tr').count()).toBe(0);
    // phone width: still laid out, no horizontal scroll of the page itself
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.close();
  }, 60_000);

  it('the Events table: one row per article at the top of the page, sortable, a row opens its article', async () => {
    const exp = expected([set]);
    const { page } = await open([set], 'events');
    const rows = page.locator('#events tbody tr');
    expect(await rows.count()).toBe(exp.result.documents.length);
    const top = await page.evaluate(() => document.querySelector('main section')?.id);
    expect(top).toBe('events');
    const withEvent = exp.result.documents.find((d) => d.event?.who)!;
    expect(await page.locator(`#events tr[data-doc="${withEvent.id}"]`).textContent()).toContain(withEvent.event!.who!.text);
    // sort by outlet, then reverse it
    const outlets = (): Promise<string[]> => page.locator('#events tbody tr td:nth-child(2)').allTextContents();
    await page.locator('#events th button[data-key="outlet"]').click();
    const up = await outlets();
    expect(up).toEqual([...up].sort());
    expect(await page.locator('#events th[aria-sort="ascending"]').count()).toBe(1);
    await page.locator('#events th button[data-key="outlet"]').click();
    expect(await outlets()).toEqual([...up].sort().reverse());
    await page.locator(`#events tr[data-doc="${withEvent.id}"]`).click();
    expect(await page.locator('#doc').inputValue()).toBe(withEvent.id);
    await page.close();
  }, 60_000);

  it.skipIf(!hasSeeds)('the seed report: every view has content, under 1 MB', async () => {
    const exp = expected([seeds]);
    const { page, file } = await open([seeds], 'seeds');
    expect(statSync(file).size).toBeLessThan(1_000_000);
    expect(await page.locator('#matrix tbody tr').count()).toBe(exp.groups);
    expect(await page.locator('#conflicts .conflict').count()).toBe(exp.conflicts);
    expect(await page.locator('#timeline li').count()).toBe(exp.dated);
    expect(await page.locator('#article mark.claim').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(shots, 'report-seeds.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
