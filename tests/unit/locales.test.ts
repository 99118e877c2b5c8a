/**
 * Every user-facing string is in every users' language (fi, da, sv, pl) with the same placeholders,
 * and every key the code asks for exists in the English catalogue.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';

type Catalogue = Record<string, {message: string; placeholders?: Record<string, {content: string}>}>;
const root = join(import.meta.dirname, '../../assets/_locales');
const load = (lang: string) => JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8')) as Catalogue;
const en = load('en');
const tokens = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe.each(['fi', 'da', 'sv', 'pl'])('%s catalogue', (lang) => {
  const other = load(lang);
  test('has every English key', () => {
    expect(Object.keys(en).filter((k) => !(k in other))).toEqual([]);
  });
  test('has no keys English lacks', () => {
    expect(Object.keys(other).filter((k) => !(k in en))).toEqual([]);
  });
  test('keeps the placeholders of every message', () => {
    const wrong = Object.keys(en).filter((k) => k in other && (JSON.stringify(other[k].placeholders ?? {}) !== JSON.stringify(en[k].placeholders ?? {}) || tokens(other[k].message).join() !== tokens(en[k].message).join()));
    expect(wrong).toEqual([]);
  });
});

test('every t("key") in src names a key of the English catalogue', () => {
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (!(m[1] in en)) missing.push(`${path}: ${m[1]}`);
      }
    }
  };
  walk(join(import.meta.dirname, '../../src'));
  expect(missing).toEqual([]);
});
