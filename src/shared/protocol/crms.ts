/**
 * Messages of the CRMs capability: which CRMs Goalpost runs on (built-in ones the user granted access
 * to, user-described custom CRMs), the per-CRM and per-feature kill switches, and "Test on this tab".
 */
import * as v from 'valibot';
import type {ProtocolMap} from './index';

/** The content features a user can switch off (ids of src/content/features; a unit test keeps them in step). */
export const FEATURE_IDS = ['activity-capture', 'company-panel', 'goal-indicator', 'lead-stage-badge'] as const;

/**
 * The host permission a CRM match pattern needs: Chrome grants hosts, not paths or ports, so
 * "http://127.0.0.1:8080/app/*" asks for "http://127.0.0.1/*".
 */
export function permissionOrigin(match: string): string {
  const m = /^(\*|https?):\/\/([^/:]+)(?::[^/]*)?\//.exec(match);
  return m ? `${m[1]}://${m[2]}/*` : match;
}

const Problem = v.object({path: v.string(), message: v.string()});
const CrmId = v.pipe(v.string(), v.minLength(1), v.maxLength(60));

export const CrmStatus = v.object({
  /** Adapter id: 'hubspot', 'demo', 'custom:acme' … */
  id: v.string(),
  name: v.string(),
  kind: v.picklist(['builtIn', 'demo', 'custom']),
  /** Host permission patterns for this CRM (what "Grant access" requests). */
  origins: v.array(v.string()),
  granted: v.boolean(),
  enabled: v.boolean(),
  /** Custom CRMs: the stored description, for editing. */
  description: v.optional(v.unknown()),
});
export type CrmStatus = v.InferOutput<typeof CrmStatus>;

const CrmsState = v.object({
  crms: v.array(CrmStatus),
  features: v.array(v.object({id: v.string(), enabled: v.boolean()})),
});
export type CrmsState = v.InferOutput<typeof CrmsState>;

const SelectorCount = v.object({path: v.string(), selector: v.string(), count: v.number(), items: v.optional(v.number())});

export const crmsProtocol = {
  'crms/list': {
    from: ['page'],
    request: v.object({}),
    response: CrmsState,
  },
  'crms/save': {
    from: ['page'],
    request: v.object({description: v.unknown(), replaces: v.optional(CrmId)}),
    response: v.variant('ok', [
      v.object({ok: v.literal(true), id: v.string(), origins: v.array(v.string()), state: CrmsState}),
      v.object({ok: v.literal(false), problems: v.array(Problem)}),
    ]),
  },
  'crms/remove': {
    from: ['page'],
    request: v.object({id: CrmId}),
    response: CrmsState,
  },
  'crms/switch': {
    from: ['page'],
    request: v.object({target: v.picklist(['crm', 'feature']), id: CrmId, enabled: v.boolean()}),
    response: CrmsState,
  },
  /** Re-register content scripts from the granted permissions (after a grant or removal in options). */
  'crms/sync': {
    from: ['page'],
    request: v.object({}),
    response: CrmsState,
  },
  'crms/tabs': {
    from: ['page'],
    request: v.object({id: CrmId}),
    response: v.array(v.object({tabId: v.number(), title: v.string(), url: v.string()})),
  },
  'crms/test': {
    from: ['page'],
    request: v.object({id: CrmId, tabId: v.pipe(v.number(), v.integer())}),
    response: v.variant('ok', [
      v.object({ok: v.literal(true), url: v.string(), page: v.nullable(v.string()), results: v.array(SelectorCount)}),
      v.object({ok: v.literal(false), reason: v.picklist(['not-custom', 'tab-closed', 'not-crm', 'no-script'])}),
    ]),
  },
} as const satisfies ProtocolMap;
