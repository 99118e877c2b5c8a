// @vitest-environment happy-dom
import {afterEach, describe, expect, test} from 'vitest';
import {findHost, mountWidget} from './mount';
import {onDomChange} from './observe';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

afterEach(() => document.body.replaceChildren());

describe('mountWidget', () => {
  test('row badges: one host per key, found again without scanning the page, gone on abort', () => {
    const controller = new AbortController();
    const cells = Array.from({length: 3}, () => document.body.appendChild(document.createElement('td')));
    const roots = cells.map((cell, i) => mountWidget(cell, {id: 'lead-stage-badge', key: `k${i}`, signal: controller.signal, css: '.x{color:red}'}));
    expect(document.querySelectorAll('[data-goalpost="lead-stage-badge"]')).toHaveLength(3);
    // Mounting the same key at the same anchor again keeps the widget (nothing flickers).
    expect(mountWidget(cells[1], {id: 'lead-stage-badge', key: 'k1', signal: controller.signal, css: '.x{color:red}'})).toBe(roots[1]);
    expect(findHost('lead-stage-badge', 'k2')?.parentElement).toBe(cells[2]);
    controller.abort();
    expect(document.querySelectorAll('[data-goalpost]')).toHaveLength(0);
    expect(findHost('lead-stage-badge', 'k2')).toBeNull();
  });

  test('the widget CSS reaches the shadow root (a shared stylesheet, or a <style> where there is none)', () => {
    const root = mountWidget(document.body, {id: 'notice', signal: new AbortController().signal, css: '.x{color:red}'});
    const texts = [...Array.from(root.adoptedStyleSheets ?? []).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText)), ...Array.from(root.querySelectorAll('style')).map((s) => s.textContent ?? '')];
    expect(texts.join(' ')).toContain('color');
  });
});

describe('onDomChange', () => {
  test('adding Goalpost hosts wakes nobody; CRM changes and removing our host do', async () => {
    const controller = new AbortController();
    let calls = 0;
    onDomChange(document.body, () => calls++, controller.signal);
    const host = mountWidget(document.body, {id: 'company-panel', signal: controller.signal, css: ''}).host;
    await frame();
    expect(calls).toBe(0);
    document.body.append(document.createElement('section'));
    await frame();
    expect(calls).toBe(1);
    host.remove();
    await frame();
    expect(calls).toBe(2);
    controller.abort();
  });
});
