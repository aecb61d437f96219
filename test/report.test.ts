import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../src/compare/compare.js';
import type { ExtractResult } from '../src/types.js';
import { parseFrontMatter } from '../src/read/index.js';
import { segment } from '../src/segment/index.js';
import { cli, cpSlice, hasSeeds, root, seeds } from './helpers.js';
import { writeStory } from './story.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`SKIPPED report browser tests: no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`);

const shots = join(root, 'test-results');
const dir = mkdtempSync(join(tmpdir(), 'claims-report-'));
const set = join(dir, 'story');
mkdirSync(set);
for (const f of readdirSync(join(root, 'fixtures', 'compare'))) copyFileSync(join(root, 'fixtures', 'compare', f), join(set, f));
const HOSTILE = '</script><script>alert(1)</script>';
const story = join(dir, 'story30');
const storyArticles = writeStory(story, 30);
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
    // the matrix's columns are named by outlet (front matter `source:`), else by file name
    const byOutlet = exp.result.documents.map((d) => d.outlet ?? d.path.split('/').pop());
    expect(await page.locator('#matrix thead th.col .outlet').allTextContents()).toEqual(byOutlet);
    expect(byOutlet).toContain('courier.example');
    expect(byOutlet).toContain('hostile.txt');
    expect(exp.conflicts).toBeGreaterThan(0);
    // each conflicting value shows its sentences and articles; a sentence opens its article
    const cmp = JSON.parse(cli(['compare', set, '--json', '-q']).stdout) as CompareResult;
    const v = cmp.conflicts[0]!.values[1]!.claims[0]!;
    const link = page.locator(`#conflicts li[data-claim="${v.id}"] a`).first();
    expect(await link.textContent()).toContain(v.text);
    // the whole sentence, as the segmenter numbered it, is quoted; the outlet and sentence number follow
    const vdoc = exp.result.documents.find((d) => d.id === v.doc)!;
    const vtext = readFileSync(join(set, vdoc.path.split('/').pop()!), 'utf8');
    const sentence = segment(vtext, parseFrontMatter(vtext).bodyStart)[v.sentence]!.text;
    expect(sentence.length).toBeGreaterThan(v.text.length);
    expect(await link.textContent()).toBe(`“${sentence}”`);
    expect(await page.locator(`#conflicts li[data-claim="${v.id}"]`).textContent()).toContain(`— ${vdoc.outlet ?? vdoc.path}`);
    await link.click();
    expect(await page.locator('#doc').inputValue()).toBe(v.doc);
    expect(await page.locator(`#article mark.claim[data-claim="${v.id}"]`).count()).toBe(1);
    // the article view shows the body, not the front matter; its header gives title, outlet, date
    const doc = exp.result.documents.find((d) => d.id === v.doc)!;
    const shown = (await page.locator('#article .doc-text').textContent())!;
    expect(vtext.startsWith('---')).toBe(true);
    expect(shown).not.toContain('---');
    expect(shown).not.toMatch(/^(?:source|date|title):/m);
    expect(shown).toBe(vtext.slice(parseFrontMatter(vtext).bodyStart));
    expect(await page.locator('#article .doc-meta').textContent()).toContain([doc.outlet, doc.published].join(' · '));
    // each claim's mark still covers exactly its text
    for (const c of exp.result.claims.filter((x) => x.doc === doc.id)) {
      const m = page.locator(`#article mark.claim[data-claim="${c.id}"]`);
      if ((await m.count()) === 1) expect(await m.textContent()).toBe(cpSlice(vtext, c.start, c.end));
    }
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
    // long lists come a page at a time: the total is on the list
    expect(await page.locator('#matrix .body').getAttribute('data-total')).toBe(String(exp.groups));
    expect(await page.locator('#conflicts .body').getAttribute('data-total')).toBe(String(exp.conflicts));
    expect(await page.locator('#timeline .body').getAttribute('data-total')).toBe(String(exp.dated));
    expect(await page.locator('#timeline li').count()).toBe(Math.min(25, exp.dated));
    expect(await page.locator('#article mark.claim').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(shots, 'report-seeds.png'), fullPage: false });
    await page.close();
  }, 60_000);

  it('a 30-article story stays within reach: sticky matrix headers, outlets as columns, one-source rows collapsed, lists paged, no page wider than a phone', async () => {
    const exp = expected([story]);
    const single = JSON.parse(cli(['compare', story, '--json', '-q']).stdout) as CompareResult;
    const multi = exp.groups;
    const one = single.groups.length - multi;
    expect(multi).toBeGreaterThan(25);
    expect(one).toBeGreaterThan(100);
    const { page } = await open([story], 'story30');
    const size = () => page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    // 1280 × 900: before this change 40,999 px tall and a 3,475 px wide matrix
    const desk = await size();
    expect(desk.w).toBeLessThanOrEqual(1280);
    expect(desk.h).toBeLessThanOrEqual(8000);
    // columns: the outlets, in document order, never ids
    const heads = await page.locator('#matrix thead th.col .outlet').allTextContents();
    expect(heads).toEqual(exp.result.documents.map((d) => d.outlet));
    expect(new Set(heads)).toEqual(new Set(storyArticles.map((a) => a.outlet)));
    // the matrix scrolls in its own box, at most 70% of the window tall and the window wide
    const box = page.locator('#matrix .box');
    const m = await box.evaluate((e) => ({ w: e.clientWidth, h: e.clientHeight, sw: e.scrollWidth, sh: e.scrollHeight }));
    expect(m.w).toBeLessThanOrEqual(1280);
    expect(m.h).toBeLessThanOrEqual(0.7 * 900 + 1);
    expect(m.sw).toBeLessThanOrEqual(2600);
    expect(m.sw).toBeGreaterThan(m.w);
    expect(m.sh).toBeGreaterThan(m.h);
    // scrolled right and down, the outlet row and the claim column stay in view
    const edges = () =>
      page.evaluate(() => {
        const b = document.querySelector('#matrix .box')!.getBoundingClientRect();
        const head = document.querySelector('#matrix thead th.col')!.getBoundingClientRect();
        const first = document.querySelector('#matrix tbody tr:last-child th')!.getBoundingClientRect();
        return { headTop: head.top - b.top, firstLeft: first.left - b.left };
      });
    const before = await edges();
    await box.evaluate((e) => e.scrollTo(e.scrollWidth, e.scrollHeight));
    const after = await edges();
    expect(Math.abs(after.headTop - before.headTop)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.firstLeft - before.firstLeft)).toBeLessThanOrEqual(1);
    // one-source rows are collapsed: a page of the claims two or more articles make
    const rows = page.locator('#matrix tbody tr');
    expect(await rows.count()).toBe(25);
    expect(await page.locator('#matrix tbody tr.single').count()).toBe(0);
    expect(await page.locator('#matrix .body').getAttribute('data-total')).toBe(String(multi));
    await page.locator('#matrix nav.pager button[data-go="next"]').click();
    expect(await rows.count()).toBe(multi - 25);
    expect(await page.locator('#matrix nav.pager').textContent()).toContain(`26–${multi} of ${multi}`);
    // expanded, they follow the shared claims
    const toggle = page.locator('#matrix button.toggle-single');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain(String(one));
    await toggle.click();
    expect(await page.locator('#matrix button.toggle-single').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#matrix .body').getAttribute('data-total')).toBe(String(multi + one));
    await page.locator('#matrix nav.pager button[data-go="next"]').click();
    expect(await page.locator('#matrix tbody tr.single').count()).toBe(25 - (multi - 25));
    // the timeline is paged too
    expect(await page.locator('#timeline li').count()).toBe(25);
    expect(await page.locator('#timeline .body').getAttribute('data-total')).toBe(String(exp.dated));
    // a conflict lists its first sentences and folds the rest
    const k = page.locator('#conflicts .conflict').first();
    expect(await k.locator('details').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'report-story30.png'), fullPage: false });
    // 390 px: the Article dropdown (long titles) overflowed the page to 1,278 px; 114,720 px tall
    await page.setViewportSize({ width: 390, height: 800 });
    const phone = await size();
    expect(phone.w).toBeLessThanOrEqual(390);
    expect(phone.h).toBeLessThanOrEqual(14000);
    const sel = await page.locator('#doc').boundingBox();
    expect(sel!.x + sel!.width).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);
});
