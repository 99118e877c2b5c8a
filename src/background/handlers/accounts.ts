/** Handlers of the accounts capability's messages (src/shared/protocol/accounts.ts), SPEC §4. */
import {prospectAccounts, queryAccounts, recommendAccounts, type AccountRow} from '../../core/accounts';
import {accountPickers, createAccountQueryMemo} from '../../core/accounts/query';
import type {ScenarioEvent} from '../../core/model';
import browser from '../../shared/browser';
import type {accountsProtocol, AccountRowData} from '../../shared/protocol/accounts';
import {accountEngineOf as engineOf, readAccountOverview} from '../account-activities';
import {db, type StoredRecord} from '../db';
import {ingest, readEngines, recordUserEvents, rulesChanged} from '../engine-host';
import type {HandlersFor} from '../router';
import {readSettings, writeSettings} from '../settings-store';
import {companySummary} from '../store';
import type {HandlerDeps} from './deps';

/** TA-30: dismissals must outlive engine rebuilds (they are not log events), so they are stored apart. */
const DISMISSED_KEY = 'accountsDismissed';
const PAGE = 100;

const rowData = ({categoryMask: _mask, ...row}: AccountRow): AccountRowData => ({...row, categories: [...row.categories]});

async function dismissedIds(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : []);
}

/** Where the company lives in its CRM, as the company panel last saw it (TA-35 "View company record"). */
async function storedUrl(companyId: string): Promise<string | null> {
  const record = await (await db()).get('records', companyId);
  const url = record?.data.recordUrl;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

/** Who wrote a task or note in Goalpost: the browser's user, named like captured activities' users. */
const GOALPOST_USER = 'user:me';

/** Titles and bodies of the listed activities, from the stored records (capture or Goalpost's editors). */
async function activityTexts(ids: string[]): Promise<Map<string, {title?: string; body?: string}>> {
  const database = await db();
  const tx = database.transaction('records');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  const out = new Map<string, {title?: string; body?: string}>();
  found.forEach((record, i) => {
    if (!record) return;
    const title = typeof record.data.title === 'string' ? record.data.title.slice(0, 500) : undefined;
    const body = typeof record.data.body === 'string' ? record.data.body.slice(0, 2000) : undefined;
    out.set(ids[i], {...(title ? {title} : {}), ...(body ? {body} : {})});
  });
  return out;
}

export function accountsHandlers({now}: HandlerDeps): HandlersFor<typeof accountsProtocol> {
  const queryMemo = createAccountQueryMemo();
  /**
   * TA-35 "create task" / "create note": stored as a Goalpost activity record on the company and logged as
   * the engine event the rollups count (taskCreated → open tasks and Upcoming; noteLogged → the overview).
   */
  async function createActivity(kind: 'task' | 'note', companyId: string, text: {title?: string; body?: string; due?: number}): Promise<{id: string}> {
    const at = now();
    await readEngines(at, ({engines}) => {
      // TA-4 as for targets: only companies Goalpost has seen can carry its tasks and notes.
      if (!engineOf(engines).state.companies.has(companyId)) throw new Error(`Unknown company "${companyId}": open it in your CRM once, or import it, before adding a ${kind}`);
    });
    const id = `goalpost:${kind}:${crypto.randomUUID()}`;
    const data = {type: kind, direction: 'user', at, subjectId: companyId, userName: 'me', ...text};
    const record: StoredRecord = {id, kind: 'activity', source: 'goalpost', name: text.title || text.body?.slice(0, 80) || kind, data, companyIds: [companyId], firstSeen: at, lastSeen: at};
    const engine: ScenarioEvent =
      kind === 'task'
        ? {id, at, type: 'taskCreated', taskId: id, companyId, userId: GOALPOST_USER, ...(text.due !== undefined ? {due: text.due} : {})}
        : {id, at, type: 'noteLogged', companyId, userId: GOALPOST_USER};
    await ingest([record], [{id, at, recordedAt: at, type: engine.type, subject: companyId, body: data, engine}], at);
    return {id};
  }

  return {
    async 'accounts/task-create'({companyId, title, body, due}) {
      return createActivity('task', companyId, {title, ...(body ? {body} : {}), ...(due !== undefined ? {due} : {})});
    },
    async 'accounts/note-create'({companyId, title, body}) {
      return createActivity('note', companyId, {...(title ? {title} : {}), body});
    },
    async 'accounts/panel'({companyId}) {
      const at = now();
      const overview = await readAccountOverview(companyId, at, 0);
      if (!overview) return {known: false, targetAccount: false, row: null, stakeholders: [], now: at};
      return {known: true, targetAccount: overview.company.targetAccount, row: rowData(overview.row), stakeholders: overview.stakeholders.slice(0, 8), now: at};
    },
    async 'accounts/target-set'({companyIds, value, recordUrl}) {
      const at = now();
      const changing = await readEngines(at, ({engines}) => {
        const {state} = engineOf(engines);
        const unknown = companyIds.find((id) => !state.companies.has(id));
        // TA-4: only companies that already exist can be selected.
        if (unknown) throw new Error(`Unknown company "${unknown}": only captured or imported companies can be target accounts`);
        return companyIds.filter((id) => state.targets.has(id) !== value);
      });
      const events: ScenarioEvent[] = changing.map((companyId) => ({id: `user:${crypto.randomUUID()}`, at, type: 'targetAccountSet', companyId, value}));
      if (recordUrl && companyIds.length === 1) {
        const id = companyIds[0];
        const source = id.slice(0, Math.max(0, id.lastIndexOf(':company:')));
        const patch: StoredRecord = {id, kind: 'company', source, name: '', data: {recordUrl}, companyIds: [id], firstSeen: at, lastSeen: at};
        await ingest([patch], [], at);
      }
      if (events.length) await recordUserEvents(events, companyIds.length === 1 ? companyIds[0] : 'accounts', at);
      return {changed: events.length};
    },
    async 'accounts/query'({offset = 0, limit = PAGE, ...query}) {
      const at = now();
      // The settings (owners' names) are read while the engines answer, not before.
      const [{settings}, {ownerIds, ...answer}] = await Promise.all([
        readSettings(),
        readEngines(at, ({engines}) => {
          const engine = engineOf(engines);
          const {state} = engine;
          // A sort change on the same filter re-sorts the remembered rows (or reuses that sort).
          const cache = {memo: queryMemo, version: engine.version};
          const result = queryAccounts(state, query, cache);
          const pickers = accountPickers(state, cache);
          return {
            rows: result.rows.slice(offset, offset + limit).map(rowData),
            total: result.rows.length,
            metrics: result.metrics,
            categoryCounts: result.categoryCounts,
            setup: result.setup,
            teams: pickers.teams,
            ownerIds: pickers.ownerIds,
            now: at,
          };
        }),
      ]);
      const names = new Map(settings.users.map((u) => [u.id, u.name]));
      const owners = ownerIds.map((id) => ({id, name: names.get(id) ?? id})).sort((a, b) => a.name.localeCompare(b.name));
      return {...answer, owners};
    },
    async 'accounts/companies'({search}) {
      const needle = search.trim().toLowerCase();
      return readEngines(now(), ({engines}) => {
        const {state} = engineOf(engines);
        const out: Array<{id: string; name: string; contacts: number}> = [];
        for (const company of state.companies.values()) {
          if (state.targets.has(company.id) || (needle && !company.name.toLowerCase().includes(needle))) continue;
          out.push({id: company.id, name: company.name, contacts: state.companyContacts.get(company.id)?.size ?? 0});
        }
        return out.sort((a, b) => a.name.localeCompare(b.name)).slice(0, 200);
      });
    },
    async 'accounts/recommendations'() {
      const at = now();
      const dismissed = await dismissedIds();
      return readEngines(at, ({engines}) => {
        const {state} = engineOf(engines);
        for (const id of dismissed) if (state.companies.has(id)) state.dismissed.add(id);
        return {recommendations: recommendAccounts(state, {limit: 50}), prospects: prospectAccounts(state).slice(0, 50), now: at};
      });
    },
    async 'accounts/recommendation-accept'({companyId}) {
      const at = now();
      const effects = await readEngines(at, ({engines}) => engineOf(engines).acceptRecommendation(companyId, at).effects);
      const events = effects.flatMap((e) => (e.kind === 'emit' ? [e.event] : []));
      if (events.length) await recordUserEvents(events, companyId, at);
      return {};
    },
    async 'accounts/recommendation-dismiss'({companyId}) {
      const at = now();
      await readEngines(at, ({engines}) => engineOf(engines).dismissRecommendation(companyId, at));
      const dismissed = await dismissedIds();
      dismissed.add(companyId);
      await browser.storage.local.set({[DISMISSED_KEY]: [...dismissed]});
      return {};
    },
    async 'accounts/overview'({companyId}) {
      const at = now();
      const [summary, recordUrl] = await Promise.all([companySummary(companyId), storedUrl(companyId)]);
      const names = new Map((summary?.contacts ?? []).map((c) => [c.id, c]));
      const o = await readAccountOverview(companyId, at, 50);
      if (!o) throw new Error(`accountOverview: unknown company "${companyId}"`);
      const texts = await activityTexts(o.activities.map((a) => a.id));
      return {
        ...o,
        activities: o.activities.map((a) => ({...a, ...texts.get(a.id)})),
        row: rowData(o.row),
        primaryContacts: o.primaryContacts.map((id) => ({id, name: names.get(id)?.name ?? id, buyingRoles: names.get(id)?.buyingRoles ?? []})),
        deals: o.deals.map(({id, amount, stage}) => ({id, amount, stage})),
        recordUrl,
      };
    },
    async 'accounts/gdpr-get'() {
      return {gdprMode: (await readSettings()).settings.gdprMode};
    },
    async 'accounts/gdpr-set'({gdprMode}) {
      const {settings} = await readSettings();
      await writeSettings({...settings, gdprMode});
      await rulesChanged(now());
      return {gdprMode};
    },
  };
}
