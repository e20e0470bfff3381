import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroom, type RunningClassroom } from '../../sim/classroom/start.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { launchChromium } from './browser.js';

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
    // The join address as a QR code on the projector, as in the terminal.
    expect(await teacher.locator('#qr rect').count()).toBeGreaterThan(100);

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
    await zh.getByText('第 2 周（共 35 周）').waitFor();
    expect(await zh.locator('#stats dd').first().textContent()).toMatch(/\d/);

    // A phone that locks or reloads keeps its department.
    await zh.reload();
    await zh.getByText('第 2 周').waitFor();
    expect(await zh.locator('#who').textContent()).toBe(zhDept);

    // The mobile layout fits the phone's width.
    expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await teacher.getByRole('button', { name: 'End and debrief' }).click();
    await teacher.getByText('Heads who ignore the assessment', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await teacher.locator('#sentence').textContent()).toMatch(/Same county, same random numbers/);
    await en.getByText('The session has ended').waitFor();
    // Each head's own summary: both students, with their department under the class and the model's heads.
    expect(await teacher.locator('#heads tr').count()).toBe(3);
    expect(await teacher.locator('#heads').textContent()).toContain('王芳');
    await teacher.getByRole('button', { name: '中文' }).click();
    expect(await teacher.locator('#sentence').textContent()).toMatch(/同一个县/);
  }, 180_000);
});
