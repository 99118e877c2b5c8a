/** Handlers of the data capability's messages (src/shared/protocol/data.ts). */
import type {dataProtocol} from '../../shared/protocol/data';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';

export function dataHandlers(_deps: HandlerDeps): HandlersFor<typeof dataProtocol> {
  return {};
}
