/**
 * The ad catalog (accounts and campaigns seen in imported ad data) that the goal wizard offers
 * (AG-11: a goal picks accounts and campaigns). Kept beside the event log in chrome.storage.local:
 * the engine only measures metrics for goals that exist, and the wizard needs the campaigns before.
 */
import * as v from 'valibot';
import type {AdMetricRow} from '../../core/model';
import browser from '../../shared/browser';
import {AdCatalogSchema, type AdCampaign, type AdCatalog} from '../../shared/protocol/adgoals';

const KEY = 'adCatalog';

export async function readAdCatalog(): Promise<AdCatalog> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = v.safeParse(AdCatalogSchema, stored);
  return parsed.success ? parsed.output : {campaigns: []};
}

/** Adds the campaigns of one import; a campaign already known widens its date range and keeps its id. */
export async function addToAdCatalog(rows: readonly AdMetricRow[], names: Record<string, string>, currency?: string): Promise<void> {
  const catalog = await readAdCatalog();
  const byKey = new Map<string, AdCampaign>(catalog.campaigns.map((c) => [`${c.accountId}\u0000${c.id}`, c]));
  for (const row of rows) {
    const key = `${row.accountId}\u0000${row.campaignId}`;
    const known = byKey.get(key);
    if (known) {
      if (row.date < known.firstDate) known.firstDate = row.date;
      if (row.date > known.lastDate) known.lastDate = row.date;
      continue;
    }
    byKey.set(key, {
      id: row.campaignId,
      name: names[row.campaignId] ?? row.campaignId,
      accountId: row.accountId,
      network: row.network ?? 'generic',
      firstDate: row.date,
      lastDate: row.date,
    });
  }
  const campaigns = [...byKey.values()].sort((a, b) => a.accountId.localeCompare(b.accountId) || a.name.localeCompare(b.name));
  const next: AdCatalog = {campaigns, ...(currency ?? catalog.currency ? {currency: currency ?? catalog.currency} : {})};
  await browser.storage.local.set({[KEY]: next});
}
