/** A refused or failed message, as the caller sees it. Apart from messaging.ts so content scripts can use it without the protocol. */
import type {ProtocolError} from './protocol';

export class MessageError extends Error {
  readonly code: ProtocolError['code'];
  readonly path?: string;
  constructor(error: ProtocolError) {
    super(error.path ? `${error.message} (at ${error.path})` : error.message);
    this.name = 'MessageError';
    this.code = error.code;
    this.path = error.path;
  }
}
