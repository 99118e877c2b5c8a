/** What the capture feature last stored for the record on screen; widgets render from it. */
import {signal} from '@preact/signals';
import type {CompanySummary} from '../shared/protocol';

export interface CaptureState {
  recordId: string;
  summary: CompanySummary | null;
  error?: string;
}

export const captureState = signal<CaptureState | null>(null);
