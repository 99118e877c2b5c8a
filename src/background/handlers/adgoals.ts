/** Handlers of the adgoals capability's messages (src/shared/protocol/adgoals.ts). */
import type {adgoalsProtocol} from '../../shared/protocol/adgoals';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';

export function adgoalsHandlers(_deps: HandlerDeps): HandlersFor<typeof adgoalsProtocol> {
  return {};
}
