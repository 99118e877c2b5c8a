/** Small helpers for assembling CapturedRecord objects. */
import type {CapturedRecord} from '../types';

/** Remove undefined keys so records stay compact and compare cleanly (structured-clone friendly). */
export function dropUndefined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

export type FieldKey = keyof CapturedRecord['fields'] | 'name';
