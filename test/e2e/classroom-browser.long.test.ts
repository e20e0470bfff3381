import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroom, type RunningClassroom } from '../../sim/classroom/start.js';
import { loadScenario } from '../../sim/scenario/load.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';

/** What a class at the back of the room must read: every chart text at 28 px or more, none cut off at a chart's sides. */
async function projectorReadable(page: Page): Promise<{ small: string[]; outside: string[]; texts: number }> {
  return page.evaluate(() => {
    const small: string[] = [];
    const outside: string[] = [];
    let texts = 0;
    for (const box of document.querySelectorAll<HTMLElement>('.chart')) {
      if (!box.offsetParent) continue;
      const b = box.getBoundingClientRect();
      for (const el of box.querySelectorAll('svg text')) {
        const text = el.textContent ?? '';
        // Labels vega hid to keep neighbours apart (opacity 0) are not shown.
        if (!text.trim() || getComputedStyle(el).opacity === '0') continue;
        texts++;
        if (parseFloat(getComputedStyle(el).fontSize) < 28) small.push(text);
        const r = el.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1) outside.push(`${box.id}: ${text} (${Math.round(r.left)}-${Math.round(r.right)} in ${Math.round(b.left)}-${Math.round(b.right)} at ${innerWidth})`);
      }
    }
    return { small, outside, texts };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'classroom-browser-'));
let room: RunningClassroom;
let browser: Browser;

beforeAll(async () => {
  room = await startClassroom({ host: '127.0.0.1', port: 0, dir: join(dir, 's'), scenario: loadScenario('scenarios/teach-county.yaml'), source: 'teach-county', resume: false, pace: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await room?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('a short classroom session in Chromium: a teacher and two students on phones', () => {
  it('join, decide, step, rejoin after a reload, end with the debrief, in English and Chinese', async () => {
    const base = `http://127.0.0.1:${room.port}`;
    const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await teacher.goto(`${base}/teacher#key=${room.open.header.key}`);
    await teacher.getByText('Run one week').waitFor();
    // The join address as a QR code on the projector, as in the terminal: decoded from a screenshot.
    expect(await teacher.locator('#qr rect').count()).toBeGreaterThan(100);
    const png = PNG.sync.read(await teacher.locator('#qr').screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(room.links.student);

    const en = await (await browser.newContext({ ...PHONE, locale: 'en-GB' })).newPage();
    await en.goto(`${base}/`);
    await en.fill('#name', '<img src=x onerror="window.__pwned=1">');
    await en.getByRole('button', { name: 'Join' }).click();
    await en.getByText('You head the').waitFor();

    const zh = await (await browser.newContext({ ...PHONE, locale: 'zh-CN' })).newPage();
    await zh.goto(`${base}/`);
    await zh.getByText('你的姓名').waitFor();
    await zh.fill('#name', '王芳');
    await zh.getByRole('button', { name: '加入' }).click();
    await zh.getByText('的负责人').waitFor();
    const zhDept = await zh.locator('#who').textContent();
    // The department's Chinese name (the scenario's names: zh-CN), not its English one.
    expect(zhDept).toMatch(/你是(农业农村局|教育局|审计局|档案局)的负责人/);

    // The name shows as text on the teacher's screen, never as markup.
    await teacher.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).waitFor();
    expect(await teacher.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await teacher.locator('#students img').count()).toBe(0);

    await en.selectOption('#cw', '4');
    await en.getByRole('button', { name: 'Send decisions' }).click();
    await en.getByText('Sent for week 1').waitFor();
    await zh.check('input[name=shared][value=pass]');
    await zh.getByRole('button', { name: '提交决定' }).click();
    await zh.getByText('第 1 周的决定已提交').waitFor();
    await teacher.getByText('decided this week: 2').waitFor();

    await teacher.getByRole('button', { name: 'Run one week' }).click();
    await en.getByText('Week 2 of 35').waitFor();
    // The page's charts (vega, web/charts.ts): the county week by week with the campaign shaded, the ranking.
    await teacher.waitForFunction(() => document.querySelector('#chart-served svg')?.textContent?.includes('Campaign 1') ?? false);
    expect(await teacher.locator('#chart-served').getAttribute('aria-label')).toBe('Regular work served (items a week)');
    expect(await teacher.locator('#chart-ranking svg').textContent()).toContain('1. ');
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      // The charts are laid out again for the new size (the page counts its drawings).
      const drawn = Number(await teacher.evaluate(() => document.body.dataset.drawn ?? 0));
      await teacher.setViewportSize(size);
      await teacher.waitForFunction((n) => Number(document.body.dataset.drawn ?? 0) > n, drawn);
      await teacher.waitForTimeout(800);
      const r = await projectorReadable(teacher);
      expect(r.texts).toBeGreaterThan(20);
      expect(r.small).toEqual([]);
      expect(r.outside).toEqual([]);
    }
    await zh.getByText('第 2 周（共 35 周）').waitFor();
    expect(await zh.locator('#stats dd').first().textContent()).toMatch(/\d/);

    // A phone that locks or reloads keeps its department.
    await zh.reload();
    await zh.getByText('第 2 周').waitFor();
    expect(await zh.locator('#who').textContent()).toBe(zhDept);

    // The mobile layout fits the phone's width.
    expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await teacher.getByRole('button', { name: 'End and debrief' }).click();
    await teacher.locator('#arms').getByText('Heads who ignore the assessment', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await teacher.locator('#legend li').count()).toBe(3);
    await teacher.waitForFunction(() => document.querySelector('#chart-d-never')?.getAttribute('aria-label')?.startsWith('Requests never served') ?? false);
    const r = await projectorReadable(teacher);
    expect(r.small).toEqual([]);
    expect(r.outside).toEqual([]);
    expect(await teacher.locator('#sentence').textContent()).toMatch(/Same county, same random numbers/);
    await en.getByText('The session has ended').waitFor();
    // Each head's own summary: both students, with their department under the class and the model's heads.
    expect(await teacher.locator('#heads tr').count()).toBe(3);
    expect(await teacher.locator('#heads').textContent()).toContain('王芳');
    await teacher.getByRole('button', { name: '中文' }).click();
    expect(await teacher.locator('#sentence').textContent()).toMatch(/同一个县/);
    await teacher.waitForFunction(() => document.querySelector('#chart-d-never')?.getAttribute('aria-label') === '累计逾期作废事项（件）');
    expect(await teacher.locator('#chart-d-never svg').textContent()).toContain('第一次攻坚');
    await teacher.waitForTimeout(500);
    const zhText = await projectorReadable(teacher);
    expect(zhText.small).toEqual([]);
    expect(zhText.outside).toEqual([]);
    expect(await teacher.locator('#heads').textContent()).toMatch(/农业农村局|教育局|审计局|档案局/);
  }, 180_000);
});
