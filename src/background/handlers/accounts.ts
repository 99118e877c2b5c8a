/** Handlers of the accounts capability's messages (src/shared/protocol/accounts.ts). */
import type {accountsProtocol} from '../../shared/protocol/accounts';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';

export function accountsHandlers(_deps: HandlerDeps): HandlersFor<typeof accountsProtocol> {
  return {};
}
