/** Handlers of the data capability's messages (src/shared/protocol/data.ts). */
import {validateCustomCrm} from '../../adapters/custom';
import type {dataProtocol} from '../../shared/protocol/data';
import {repairSettings, settingsWorld} from '../../shared/settings';
import browser from '../../shared/browser';
import {DISMISSED_KEY, dismissedOf, exportBackup, parseBackup, restoreBackup, wipeAll} from '../backup';
import {resetEngineHost, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import type {HandlerDeps} from './deps';

/** Dismissed target-account recommendations (TA-30, storage.local): set them, answer the ones replaced. */
async function swapDismissed(ids: string[]): Promise<string[]> {
  const before = dismissedOf((await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]);
  await browser.storage.local.set({[DISMISSED_KEY]: ids});
  return before;
}

export function dataHandlers({now}: HandlerDeps): HandlersFor<typeof dataProtocol> {
  return {
    async 'settings/get'() {
      const {settings, notes} = await readSettings();
      return {settings: settings as unknown as Record<string, unknown>, notes};
    },
    async 'settings/import'({json}) {
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch (error) {
        return {ok: false as const, problems: [{path: '(file)', message: `not valid JSON: ${(error as Error).message}`}]};
      }
      if (typeof raw !== 'object' || raw === null || (raw as {format?: unknown}).format !== 'goalpost-settings/1') {
        return {ok: false as const, problems: [{path: 'format', message: 'must be "goalpost-settings/1" (export settings from Goalpost to see the format)'}]};
      }
      // An import is checked strictly: a bad value is an error to fix, not something to repair quietly.
      const {settings, notes} = repairSettings(raw);
      const bad = notes.filter((n) => !n.includes('missing; default used'));
      if (bad.length) return {ok: false as const, problems: bad.map((n) => ({path: n.split(':')[0], message: n.slice(n.indexOf(':') + 2)}))};
      const rules = settingsWorld(settings, now());
      if (!rules.ok) return {ok: false as const, problems: [{path: rules.error.path, message: rules.error.message}]};
      for (const [i, crm] of settings.customCrms.entries()) {
        const checked = validateCustomCrm(crm);
        if (!checked.ok) return {ok: false as const, problems: checked.errors.map((e) => ({path: `customCrms[${i}].${e.path}`, message: e.message}))};
      }
      await writeSettings(settings);
      await rulesChanged(now());
      return {ok: true as const, notes};
    },
    async 'backup/export'() {
      const {settings} = await readSettings();
      const dismissed = dismissedOf((await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]);
      const doc = await exportBackup(settings, now(), dismissed);
      return {json: JSON.stringify(doc), counts: {records: doc.records.length, events: doc.events.length, trail: doc.trail.length, accountsDismissed: doc.accountsDismissed.length}};
    },
    async 'backup/restore'({json}) {
      const parsed = parseBackup(json);
      if (!parsed.ok) return {ok: false as const, problems: parsed.problems};
      const counts = await restoreBackup(parsed.backup, swapDismissed);
      await writeSettings(parsed.backup.settings);
      resetEngineHost();
      await rulesChanged(now());
      return {ok: true as const, counts};
    },
    async 'data/wipe'() {
      await wipeAll();
      await browser.storage.local.set({[DISMISSED_KEY]: []});
      resetEngineHost();
      await rulesChanged(now());
      return {};
    },
    async 'storage/usage'() {
      const estimate = await navigator.storage.estimate();
      const persisted = (await navigator.storage.persisted?.()) ?? false;
      return {usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted};
    },
  };
}
