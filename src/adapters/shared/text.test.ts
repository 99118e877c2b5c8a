import {describe, expect, test} from 'vitest';
import {cleanName, cleanText, parseAmount, parseInstant, safeHttpUrl} from './text';
import {classifyHeading, normalizeLeadStage, parseBuyingRoles, parseOutcome} from './vocab';

describe('page text cleaning', () => {
  test('TA-13 names lose bidi overrides and extra whitespace; text is clipped to 500 characters', () => {
    expect(cleanName('\u202E Acme\u2066  Oy \u2069')).toBe('Acme Oy');
    expect(cleanText('x'.repeat(600))).toHaveLength(500);
    expect(cleanText('   ')).toBeUndefined();
  });

  test('TA-35 only http(s) links are kept', () => {
    expect(safeHttpUrl('javascript:alert(1)', 'https://a.example/')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x', 'https://a.example/')).toBeUndefined();
    expect(safeHttpUrl('/x', 'https://a.example/y')).toBe('https://a.example/x');
  });

  test.each([
    ['$12,500.00', 12500], ['12 500 €', 12500], ['1.234,56', 1234.56], ['EUR 900', 900], ['€1,000', 1000], ['n/a', undefined],
  ])('TA-9 amount %s reads as %s', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  test('TA-16 only machine-readable times become instants', () => {
    expect(parseInstant('2026-03-02T10:00:00Z')).toBe(Date.UTC(2026, 2, 2, 10));
    expect(parseInstant('1772445600')).toBe(1772445600000);
    expect(parseInstant('Today at 2:26 PM')).toBeUndefined();
  });

  test('TA-12 LA-2 CRM wording maps onto buying roles, outcomes, lead stages and activity types', () => {
    expect(parseBuyingRoles('Decision maker; Champion; Wizard')).toEqual(['decisionMaker', 'champion']);
    expect(parseOutcome('No answer')).toBe('noAnswer');
    expect(normalizeLeadStage('Attempting to contact')).toBe('attempting');
    expect(classifyHeading('Incoming email')).toEqual({type: 'email', direction: 'contact'});
    expect(classifyHeading('Call logged')).toEqual({type: 'call'});
  });
});
