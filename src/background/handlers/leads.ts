/** Handlers of the leads capability's messages (src/shared/protocol/leads.ts). */
import type {leadsProtocol} from '../../shared/protocol/leads';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';

export function leadsHandlers(_deps: HandlerDeps): HandlersFor<typeof leadsProtocol> {
  return {};
}
