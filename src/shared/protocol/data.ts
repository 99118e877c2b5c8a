/** Messages of the data capability: settings export/import, full backup and restore, storage use. */
import * as v from 'valibot';
import type {ProtocolMap} from './index';

const Problem = v.object({path: v.string(), message: v.string()});

export const dataProtocol = {
  'settings/get': {
    from: ['page', 'content'],
    request: v.object({}),
    response: v.object({settings: v.record(v.string(), v.unknown()), notes: v.array(v.string())}),
  },
  'settings/import': {
    from: ['page'],
    request: v.object({json: v.pipe(v.string(), v.maxLength(5_000_000))}),
    response: v.variant('ok', [
      v.object({ok: v.literal(true), notes: v.array(v.string())}),
      v.object({ok: v.literal(false), problems: v.array(Problem)}),
    ]),
  },
  'backup/export': {
    from: ['page'],
    request: v.object({}),
    response: v.object({json: v.string(), counts: v.record(v.string(), v.number())}),
  },
  'backup/restore': {
    from: ['page'],
    request: v.object({json: v.pipe(v.string(), v.maxLength(200_000_000))}),
    response: v.variant('ok', [
      v.object({ok: v.literal(true), counts: v.record(v.string(), v.number())}),
      v.object({ok: v.literal(false), problems: v.array(Problem)}),
    ]),
  },
  'data/wipe': {
    from: ['page'],
    request: v.object({confirm: v.literal('delete everything')}),
    response: v.object({}),
  },
  'storage/usage': {
    from: ['page'],
    request: v.object({}),
    response: v.object({usage: v.number(), quota: v.number(), persisted: v.boolean()}),
  },
} as const satisfies ProtocolMap;
